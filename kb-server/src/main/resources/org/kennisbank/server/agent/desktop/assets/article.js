// The article view: the short answer first (to read aloud, with a copy button), who handles the
// question, the answer bar (link to the contact), the sections as tabs with the internal part
// marked "Intern", related articles one click away, owner and review date.

import { el, trustedHtml, day, themeLabels } from './dom.js';

const HANDLING = {
  'first-line': ['Eerste lijn', 'het KCC beantwoordt de vraag zelf, bij het eerste contact.'],
  'second-line': ['Tweede lijn', 'zet de vraag door naar het themateam'],
  'back-office': ['Backoffice', 'de afdeling die beslist handelt de vraag af'],
};

const TYPES = { product: 'Product', theme: 'Thema', faq: 'Vraag en antwoord' };

/** The handling line in words, with the owning team where it helps. */
function handlingText(handling, owner) {
  const words = HANDLING[handling];
  if (!words) return 'Niet vastgelegd: kijk in het interne deel of vraag het themateam.';
  const [line, what] = words;
  return line + ': ' + what + (handling === 'first-line' || !owner ? '' : ' (' + owner + ').');
}

/**
 * Renders one article into `container` and returns the view's state: the section the agent is
 * looking at (for links and section feedback).
 */
export function showArticle(container, view, actions) {
  const article = view.article;
  const tabs = article.sections.map((section) => ({ title: section.title, html: section.html, internal: false }));
  if (view.internal && view.internal.length > 0) {
    const html = view.internal.map((part) => '<h4>' + escapeText(part.title) + '</h4>' + part.html).join('');
    tabs.push({ title: 'Intern', html, internal: true });
  }
  let current = 0;

  const copyStatus = el('span', { class: 'copy-status', role: 'status', id: 'copy-status' });
  const copyButton = el('button', { type: 'button', id: 'copy-short', class: 'quiet' }, 'Kopieer kort antwoord');
  copyButton.addEventListener('click', () => copy(article.summary, copyStatus));

  const tabList = el('div', { role: 'tablist', class: 'tabs', 'aria-label': 'Onderdelen van het artikel' });
  const panels = el('div', { class: 'panels' });
  tabs.forEach((tab, index) => {
    const button = el('button', {
      type: 'button', role: 'tab', id: 'tab-' + index, 'aria-controls': 'panel-' + index,
      'aria-selected': String(index === 0), tabindex: index === 0 ? '0' : '-1', class: tab.internal ? 'tab intern' : 'tab',
    }, tab.internal ? el('span', { class: 'tag-intern', text: 'Intern' }) : tab.title);
    button.addEventListener('click', () => select(index, false));
    tabList.append(button);
    const flag = el('button', { type: 'button', class: 'quiet flag-section', 'data-section': tab.title },
      'Meld iets over ‘' + tab.title + '’');
    flag.addEventListener('click', () => actions.feedback(article, tab.title));
    panels.append(el('div', {
      role: 'tabpanel', id: 'panel-' + index, 'aria-labelledby': 'tab-' + index, tabindex: '0',
      class: tab.internal ? 'panel intern' : 'panel', hidden: index !== 0,
    }, tab.internal ? el('p', { class: 'intern-note', text: 'Intern: alleen voor medewerkers, niet voorlezen.' }) : null,
    el('div', { class: 'body' }, trustedHtml(tab.html)), el('p', { class: 'panel-actions' }, flag)));
  });
  tabList.addEventListener('keydown', (event) => {
    const moves = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: tabs.length - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    select((moves[event.key] + tabs.length) % tabs.length, true);
  });

  function select(index, focus) {
    current = index;
    [...tabList.children].forEach((button, i) => {
      button.setAttribute('aria-selected', String(i === index));
      button.tabIndex = i === index ? 0 : -1;
    });
    [...panels.children].forEach((panel, i) => { panel.hidden = i !== index; });
    if (focus) tabList.children[index].focus();
    actions.sectionChanged(tabs[index] ? tabs[index].title : null);
  }

  const related = article.related.length === 0 ? null : el('nav', { class: 'related', 'aria-label': 'Zie ook' },
    el('h3', { text: 'Zie ook' }),
    el('ul', null, article.related.map((item) => {
      const button = el('button', { type: 'button', class: 'link', 'data-id': item.id }, item.title);
      button.addEventListener('click', () => actions.open(item.id));
      return el('li', null, button);
    })));

  const flagArticle = el('button', { type: 'button', class: 'quiet', id: 'flag-article' }, 'Meld iets over dit artikel');
  flagArticle.addEventListener('click', () => actions.feedback(article, null));

  const due = new Date(article.review + 'T23:59:59') < new Date();
  container.replaceChildren(
    el('header', { class: 'article-head' },
      el('p', { class: 'kicker', text: [TYPES[article.type] || article.type, ...(article.themes || []).map((id) => themeLabels.get(id) || id)].join(' · ') }),
      el('h2', { id: 'article-title', tabindex: '-1', text: article.title })),
    el('section', { class: 'short', 'aria-labelledby': 'short-title' },
      el('h3', { id: 'short-title', text: 'Kort antwoord' }),
      el('p', { id: 'short-answer', class: 'short-answer', text: article.summary }),
      el('p', { class: 'short-actions' }, copyButton, ' ', copyStatus)),
    el('p', { class: 'handling', id: 'handling' }, el('strong', { text: 'Afhandeling: ' }), handlingText(view.handling, article.owner)),
    actions.answerBar(article),
    tabs.length > 0 ? el('div', { class: 'sections' }, tabList, panels) : null,
    related,
    el('footer', { class: 'article-meta' },
      el('span', { text: 'Eigenaar: ' + article.owner }),
      el('span', { class: due ? 'due' : '', text: (due ? 'Controle verlopen sinds ' : 'Volgende controle: ') + day(article.review) }),
      flagArticle,
      el('a', { href: article.url, target: '_blank', rel: 'noopener' }, 'Op de website')));
  container.hidden = false;
  actions.sectionChanged(tabs.length > 0 ? tabs[0].title : null);
}

async function copy(text, status) {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = 'Kort antwoord gekopieerd.';
  } catch (ignored) {
    // No clipboard API (plain http on another host) or no permission: the old way.
    const previous = document.activeElement;
    const area = el('textarea', { class: 'offscreen', readonly: true });
    area.value = text;
    document.body.append(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    if (previous) previous.focus();
    status.textContent = done ? 'Kort antwoord gekopieerd.' : 'Kopiëren lukte niet; selecteer de tekst zelf.';
  }
}

function escapeText(text) {
  const holder = document.createElement('span');
  holder.textContent = text;
  return holder.innerHTML;
}
