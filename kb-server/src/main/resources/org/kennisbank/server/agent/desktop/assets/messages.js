// Work instructions and news: important unread messages pinned on top and marked, unread before
// read, and "Gelezen" to dismiss one (the read mark is per agent, on the server).

import { get, post } from './api.js';
import { el, day } from './dom.js';

export function createMessages({ list, readList, readBox, status }) {
  let items = [];

  function order(a, b) {
    if (a.important !== b.important) return a.important ? -1 : 1;
    return String(b.publishFrom).localeCompare(String(a.publishFrom));
  }

  function render() {
    const unread = items.filter((item) => !item.read).sort(order);
    const read = items.filter((item) => item.read).sort(order);
    list.replaceChildren(...unread.map((item) => message(item, true)));
    readList.replaceChildren(...read.map((item) => message(item, false)));
    readBox.hidden = read.length === 0;
    readBox.querySelector('summary').textContent = 'Gelezen berichten (' + read.length + ')';
    status.textContent = unread.length === 0 ? 'Geen nieuwe berichten.'
      : unread.length + (unread.length === 1 ? ' nieuw bericht' : ' nieuwe berichten') + '.';
  }

  function message(item, unread) {
    const head = el('h3', { class: 'message-title' },
      item.important ? el('span', { class: 'badge important', text: 'Belangrijk' }) : null, item.title);
    const dates = 'Van ' + day(String(item.publishFrom).slice(0, 10))
      + (item.publishUntil ? ' tot ' + day(String(item.publishUntil).slice(0, 10)) : '');
    const node = el('li', {
      class: 'message' + (item.important ? ' important' : '') + (unread ? ' unread' : ''), 'data-id': item.id,
    }, head, el('p', { class: 'message-body', text: item.body }), el('p', { class: 'message-dates', text: dates }));
    if (unread) {
      const dismiss = el('button', { type: 'button', class: 'quiet dismiss', 'data-id': item.id },
        'Gelezen', el('span', { class: 'sr', text: ': ' + item.title }));
      dismiss.addEventListener('click', () => markRead(item, dismiss));
      node.append(dismiss);
    }
    return node;
  }

  async function markRead(item, button) {
    button.disabled = true;
    try {
      await post('/messages/' + encodeURIComponent(item.id) + '/read');
      item.read = true;
      render();
      status.textContent = 'Bericht ‘' + item.title + '’ is gelezen.';
    } catch (error) {
      button.disabled = false;
      status.textContent = 'Markeren lukte niet: ' + error.message;
    }
  }

  async function load() {
    try {
      const answer = await get('/messages');
      items = answer.items;
      render();
    } catch (error) {
      status.textContent = error.status === 404 ? '' : 'Berichten laden lukte niet: ' + error.message;
    }
  }

  return { load };
}
