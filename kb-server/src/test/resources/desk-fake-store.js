// TEMPORARY, until the store's endpoints are merged: a stand-in for the agent API's write side.
(() => {
  const real = window.fetch.bind(window);
  const store = { links: [], reports: [], n: 0, messages: [
    { id: 'm1', title: 'Storing DigiD', body: 'DigiD is traag. Verwijs naar de balie.', important: true,
      publishFrom: '2026-12-01T08:00:00Z', publishUntil: null, read: false },
    { id: 'm2', title: 'Nieuwe tarieven', body: 'Per 1 januari gelden de tarieven 2027.', important: false,
      publishFrom: '2026-12-02T08:00:00Z', publishUntil: '2027-01-31T00:00:00Z', read: false }] };
  window.__fakeStore = store;
  const json = (status, body) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  window.fetch = async (url, options = {}) => {
    const path = String(url);
    const method = (options.method || 'GET').toUpperCase();
    const body = options.body ? JSON.parse(options.body) : null;
    const now = new Date().toISOString();
    if (method === 'POST' && path === '/api/agent/links') {
      const id = 'l' + ++store.n; store.links.push({ id, at: now, ...body }); return json(201, { id, at: now });
    }
    if (method === 'POST' && path === '/api/agent/feedback') {
      const id = 'f' + ++store.n; store.reports.push({ id, type: 'feedback', ...body, status: 'new', createdAt: now, updatedAt: now });
      return json(201, { id, status: 'new' });
    }
    if (method === 'POST' && path === '/api/agent/missing') {
      const id = 'f' + ++store.n; store.reports.push({ id, type: 'missing', ...body, status: 'new', createdAt: now, updatedAt: now });
      return json(201, { id, status: 'new' });
    }
    if (path === '/api/agent/feedback/mine') return json(200, { items: store.reports.slice().reverse() });
    if (path === '/api/agent/messages') return json(200, { items: store.messages });
    const read = path.match(/^\/api\/agent\/messages\/([^/]+)\/read$/);
    if (read) { store.messages.find((m) => m.id === read[1]).read = true; return new Response(null, { status: 204 }); }
    return real(url, options);
  };
})();
