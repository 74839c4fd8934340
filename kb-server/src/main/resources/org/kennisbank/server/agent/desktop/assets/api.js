// The agent API as the desktop calls it: JSON in and out, the session cookie, and the session's
// CSRF token (from the page's meta tag) on every write.

const API = '/api/agent';

/** A refused or failed request; `message` is the server's own explanation when it gave one. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function csrfToken() {
  const meta = document.querySelector('meta[name="csrf-token"]');
  return meta ? meta.content : '';
}

async function answer(response) {
  if (response.status === 401) {
    // The session ended: sign in again and come back here.
    window.location.assign('/inloggen?terug=' + encodeURIComponent(window.location.pathname));
    throw new ApiError(401, 'U bent niet meer ingelogd.');
  }
  if (!response.ok) {
    let message = 'De server gaf een fout (' + response.status + ').';
    try {
      const body = await response.json();
      if (body && body.message) message = body.message;
    } catch (ignored) {
      // not JSON: keep the status line
    }
    throw new ApiError(response.status, message);
  }
  if (response.status === 204) return null;
  return response.json();
}

export async function get(path, params, signal) {
  const query = params ? '?' + params.toString() : '';
  const response = await fetch(API + path + query, {
    credentials: 'same-origin', headers: { Accept: 'application/json' }, signal,
  });
  return answer(response);
}

export async function post(path, body) {
  const response = await fetch(API + path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': csrfToken() },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return answer(response);
}
