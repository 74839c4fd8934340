// The desktop's entry point: binds the search box, the article view, the reports and the
// messages to the page, and the keys that work everywhere (/ or Alt+K to search, Escape back).

import { get } from './api.js';
import { createSearch } from './search.js';
import { showArticle } from './article.js';
import { createReports } from './reports.js';
import { createMessages } from './messages.js';

const input = document.getElementById('zoekvak');
const articleView = document.getElementById('article');
const readerEmpty = document.getElementById('reader-empty');
const resultStatus = document.getElementById('result-status');
let section = null;
let opening = 0;

const reports = createReports({ currentSection: () => section, searchQuery: () => search.query() });

const search = createSearch({
  input,
  results: document.getElementById('results'),
  status: resultStatus,
  suggestions: document.getElementById('suggestions'),
  themes: document.getElementById('themes'),
  onOpen: open,
  onQueryChange: () => {
    document.getElementById('notice').textContent = '';
  },
});

async function open(id) {
  const mine = ++opening;
  try {
    const view = await get('/articles/' + encodeURIComponent(id));
    if (mine !== opening) return;
    showArticle(articleView, view, {
      open,
      feedback: reports.feedback,
      answerBar: reports.answerBar,
      sectionChanged: (title) => {
        section = title;
        reports.sectionChanged(title);
      },
    });
    readerEmpty.hidden = true;
    articleView.dataset.articleId = id;
    document.getElementById('article-title').focus();
  } catch (error) {
    resultStatus.textContent = 'Artikel openen lukte niet: ' + error.message;
  }
}

const messages = createMessages({
  list: document.getElementById('message-list'),
  readList: document.getElementById('message-read-list'),
  readBox: document.getElementById('messages-read'),
  status: document.getElementById('messages-status'),
});

function typing(target) {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target.isContentEditable;
}

document.addEventListener('keydown', (event) => {
  if (document.querySelector('dialog[open]')) return;
  const toSearch = (event.key === '/' && !typing(event.target))
    || (event.altKey && (event.key === 'k' || event.key === 'K'));
  if (toSearch) {
    event.preventDefault();
    search.focus();
  } else if (event.key === 'Escape' && articleView.contains(event.target)) {
    event.preventDefault();
    search.focus();
  }
});

messages.load();
// New work instructions reach an agent who keeps the desktop open all day.
setInterval(messages.load, 5 * 60 * 1000);
input.focus();
