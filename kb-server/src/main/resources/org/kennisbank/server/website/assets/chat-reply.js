// One chatbot reply as DOM nodes. Every text from the server goes in as text (textContent), never
// as HTML; links only to the server's own paths and to tel: numbers.

/** An element with a class, optional text and children. */
function el(tag, className, text, ...children) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined && text !== null) element.textContent = text;
  element.append(...children);
  return element;
}

/** A link to one of the server's own pages; any other address stays plain text. */
function pageLink(url, text) {
  if (typeof url !== 'string' || !url.startsWith('/') || url.startsWith('//')) return el('span', null, text);
  const link = el('a', null, text);
  link.href = url;
  return link;
}

/** A phone number as a link that dials it ("0800-0113" dials 08000113). */
export function phoneLink(number) {
  const link = el('a', 'chat-phone', number);
  link.href = 'tel:' + String(number).replace(/[^0-9+]/g, '');
  return link;
}

/** What a resident can do per reason when the bot hands over; the phone number and hours follow. */
const HANDOVER_LINES = {
  greeting: 'Liever meteen iemand spreken? Bel het Klant Contact Centrum',
  thanks: 'Nog iets anders? U kunt ook het Klant Contact Centrum bellen',
  'personal-case': 'Een medewerker kan uw eigen aanvraag of melding inzien. Bel het Klant Contact Centrum',
  complaint: 'Vertel een medewerker wat er is gebeurd. Bel het Klant Contact Centrum',
  'out-of-scope': 'Een medewerker zoekt graag met u mee. Bel het Klant Contact Centrum',
  unclear: 'Komt u er met de chatbot niet uit? Bel het Klant Contact Centrum',
  abuse: 'Een medewerker van het Klant Contact Centrum is bereikbaar',
  emergency: 'Voor vragen aan de gemeente zonder spoed: bel het Klant Contact Centrum',
};

/** The help lines, shown first and marked as urgent. */
function helpLines(lines) {
  const box = el('div', 'chat-help');
  box.append(el('p', 'chat-help-title', 'Hulp nodig? Bel direct:'));
  const list = el('ul');
  for (const line of lines) {
    list.append(el('li', null, null, el('strong', null, line.name + ': '), phoneLink(line.number),
        el('span', 'chat-when', ' ' + line.when)));
  }
  box.append(list);
  return box;
}

/** The contact centre line of a handover: one sentence for the reason, the number and the hours. */
function contactLine(reason, contact) {
  const lead = HANDOVER_LINES[reason] || HANDOVER_LINES.unclear;
  const line = el('p', 'chat-contact', lead + ' op ');
  line.append(phoneLink(contact.phone), ' (' + contact.hours + ').');
  return line;
}

/** The bot's reply as a list item for the conversation. */
export function reply(answer, contact) {
  const item = el('li', 'chat-bot');
  item.dataset.reason = answer.reason;
  item.append(el('span', 'sr', 'Chatbot: '));
  if (answer.helpLines && answer.helpLines.length > 0) item.append(helpLines(answer.helpLines));
  item.append(el('p', 'chat-answer', answer.answer));
  if (!answer.handover && answer.url) {
    const source = el('p', 'chat-source', 'Lees meer: ');
    source.append(pageLink(answer.url, answer.title));
    if (answer.section) source.append(' (' + answer.section + ')');
    item.append(source);
  }
  if (answer.handover) item.append(contactLine(answer.reason, contact));
  if (answer.alternatives && answer.alternatives.length > 0) {
    const list = el('ul', 'chat-alternatives');
    for (const alternative of answer.alternatives) list.append(el('li', null, null, pageLink(alternative.url, alternative.title)));
    item.append(el('p', 'chat-more', answer.handover ? 'Misschien helpt een van deze pagina’s:' : 'Zie ook:'), list);
  }
  return item;
}

/** The resident's own message as a list item. */
export function question(text) {
  const item = el('li', 'chat-you');
  item.append(el('span', 'sr', 'U: '), el('span', null, text));
  return item;
}

/** A line from the widget itself (could not reach the server). */
export function notice(text, contact) {
  const item = el('li', 'chat-bot chat-error');
  item.append(el('p', null, text + ' Bel het Klant Contact Centrum op '), phoneLink(contact.phone), ' (' + contact.hours + ').');
  return item;
}
