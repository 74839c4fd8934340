// Small DOM helpers. Text always goes in as text (textContent), never as HTML; the only HTML the
// desktop inserts is the library's own (sections, rendered and sanitised on the server; snippets,
// escaped there apart from <mark>).

/** Theme ids to their labels, learnt from the facets of each search answer. */
export const themeLabels = new Map();

/** An element with attributes (`class`, `data-*`, `aria-*`, properties for `hidden` etc.) and children. */
export function el(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'text') element.textContent = value;
    else if (name === 'hidden' || name === 'disabled') element[name] = Boolean(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** A snippet's text with its <mark> words marked, everything else as plain text. */
export function marked(snippet) {
  const fragment = document.createDocumentFragment();
  const holder = document.createElement('template');
  holder.innerHTML = snippet || '';
  for (const node of holder.content.childNodes) {
    if (node.nodeName === 'MARK') fragment.append(el('mark', null, node.textContent));
    else fragment.append(document.createTextNode(node.textContent));
  }
  return fragment;
}

/** HTML the server rendered and sanitised from the content (a section body). */
export function trustedHtml(html) {
  const holder = document.createElement('template');
  holder.innerHTML = html || '';
  return holder.content;
}

/** A day (2027-03-01) in Dutch words (1 maart 2027). */
export function day(iso) {
  const date = new Date(iso + 'T12:00:00');
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** A moment (ISO instant) as Dutch day and time. */
export function moment(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso || '';
  return date.toLocaleString('nl-NL', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

export function plural(count, one, many) {
  return count + ' ' + (count === 1 ? one : many);
}
