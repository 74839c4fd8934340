// KCS "link" and "flag it": record that an article answered this contact (channel, section; no
// caller data), feedback on an article or a section, "artikel ontbreekt" with the failed query,
// and "Mijn meldingen" with the status the editors gave each report.

import { get, post } from './api.js';
import { el, moment, plural } from './dom.js';

const CHANNELS = [['phone', 'Telefoon'], ['desk', 'Balie'], ['email', 'E-mail'], ['chat', 'Chat']];
const CHANNEL_KEY = 'kb.desk.channel';
const KINDS = { 'klopt-niet': 'Klopt niet', 'mist-informatie': 'Mist informatie', verouderd: 'Verouderd', onduidelijk: 'Onduidelijk' };
const STATUS = {
  new: 'Nieuw', 'in-progress': 'In behandeling', in_progress: 'In behandeling', done: 'Afgehandeld', rejected: 'Afgewezen',
};

function rememberedChannel() {
  try {
    const saved = window.localStorage.getItem(CHANNEL_KEY);
    return CHANNELS.some(([value]) => value === saved) ? saved : 'phone';
  } catch (ignored) {
    return 'phone';
  }
}

function remember(channel) {
  try {
    window.localStorage.setItem(CHANNEL_KEY, channel);
  } catch (ignored) {
    // private mode: the choice lasts this page only
  }
}

/** Dialogs close on their Cancel/Close buttons; Escape closes them natively. */
function bindClose(dialog) {
  dialog.querySelectorAll('[data-close]').forEach((button) => button.addEventListener('click', () => dialog.close()));
}

export function createReports({ currentSection, searchQuery }) {
  const feedbackDialog = document.getElementById('feedback-dialog');
  const feedbackForm = document.getElementById('feedback-form');
  const feedbackAbout = document.getElementById('feedback-about');
  const feedbackError = document.getElementById('feedback-error');
  const missingDialog = document.getElementById('missing-dialog');
  const missingForm = document.getElementById('missing-form');
  const missingError = document.getElementById('missing-error');
  const reportsDialog = document.getElementById('reports-dialog');
  const reportsList = document.getElementById('reports-list');
  const reportsStatus = document.getElementById('reports-status');
  const notice = document.getElementById('notice');
  [feedbackDialog, missingDialog, reportsDialog].forEach(bindClose);
  let feedbackTarget = null;
  /** Titles of the articles opened on this page, so that reports show them instead of ids. */
  const titles = new Map();

  /** The bar under the short answer: channel choice and the one-click link. */
  function answerBar(article) {
    const chosen = rememberedChannel();
    const status = el('span', { class: 'link-status', role: 'status', id: 'link-status' });
    const radios = CHANNELS.map(([value, label]) => {
      const radio = el('input', { type: 'radio', name: 'channel', value, id: 'channel-' + value });
      radio.checked = value === chosen;
      radio.addEventListener('change', () => remember(value));
      return el('label', { for: 'channel-' + value, class: 'channel' }, radio, ' ', label);
    });
    const button = el('button', { type: 'button', id: 'link-answer', class: 'primary' }, 'Beantwoord met dit artikel');
    const sectionNote = el('span', { class: 'section-note', id: 'link-section' });
    button.addEventListener('click', async () => {
      const channel = (document.querySelector('input[name="channel"]:checked') || {}).value || 'phone';
      const section = currentSection();
      button.disabled = true;
      try {
        const saved = await post('/links', { articleId: article.id, section: section || undefined, channel });
        const label = CHANNELS.find(([value]) => value === channel)[1].toLowerCase();
        status.textContent = 'Vastgelegd: beantwoord via ' + label + (section ? ', onderdeel ‘' + section + '’' : '')
          + ' (' + moment(saved.at) + ').';
        status.dataset.linkId = saved.id;
      } catch (error) {
        status.textContent = 'Vastleggen lukte niet: ' + error.message;
      } finally {
        button.disabled = false;
      }
    });
    return el('div', { class: 'answer-bar' },
      el('fieldset', { class: 'channels' }, el('legend', { text: 'Kanaal van dit contact' }), radios),
      el('p', { class: 'answer-actions' }, button, ' ', sectionNote, ' ', status));
  }

  function sectionChanged(section) {
    const note = document.getElementById('link-section');
    if (note) note.textContent = section ? 'onderdeel: ' + section : '';
  }

  function feedback(article, section) {
    titles.set(article.id, article.title);
    feedbackTarget = { articleId: article.id, section };
    feedbackForm.reset();
    feedbackError.textContent = '';
    feedbackAbout.textContent = article.title + (section ? ' › ' + section : ' (hele artikel)');
    feedbackDialog.showModal();
    feedbackForm.querySelector('input[name="kind"]').focus();
  }

  feedbackForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(feedbackForm);
    try {
      await post('/feedback', {
        articleId: feedbackTarget.articleId, section: feedbackTarget.section || undefined,
        kind: data.get('kind'), remark: String(data.get('remark')).trim(),
      });
      feedbackDialog.close();
      notice.textContent = 'Melding verstuurd. U ziet de status bij Mijn meldingen.';
    } catch (error) {
      feedbackError.textContent = 'Versturen lukte niet: ' + error.message;
    }
  });

  function missing() {
    missingForm.reset();
    missingError.textContent = '';
    document.getElementById('missing-query').value = searchQuery();
    missingDialog.showModal();
    document.getElementById('missing-note').focus();
  }

  missingForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(missingForm);
    try {
      await post('/missing', { query: String(data.get('query')).trim(), note: String(data.get('note')).trim() });
      missingDialog.close();
      notice.textContent = 'Ontbrekend artikel gemeld. U ziet de status bij Mijn meldingen.';
    } catch (error) {
      missingError.textContent = 'Melden lukte niet: ' + error.message;
    }
  });

  async function showReports() {
    reportsList.replaceChildren();
    reportsStatus.textContent = 'Meldingen laden…';
    reportsDialog.showModal();
    try {
      const mine = await get('/feedback/mine');
      reportsList.replaceChildren(...mine.items.map(report));
      reportsStatus.textContent = mine.items.length === 0 ? 'U hebt nog niets gemeld.' : plural(mine.items.length, 'melding', 'meldingen') + '.';
    } catch (error) {
      reportsStatus.textContent = 'Laden lukte niet: ' + error.message;
    }
  }

  function report(item) {
    const what = item.type === 'missing'
      ? 'Artikel ontbreekt: ‘' + (item.query || '') + '’'
      : (KINDS[item.kind] || item.kind) + ': ' + (titles.get(item.articleId) || item.articleId)
        + (item.section ? ' › ' + item.section : '');
    const status = item.status || 'new';
    return el('li', { class: 'report', 'data-id': item.id, 'data-status': status },
      el('span', { class: 'report-what', text: what }),
      el('span', { class: 'report-status status-' + status, text: STATUS[status] || status }),
      el('span', { class: 'report-text', text: item.remark || item.note || '' }),
      el('span', { class: 'report-when', text: 'Gemeld ' + moment(item.createdAt)
        + (item.updatedAt && item.updatedAt !== item.createdAt ? ' · bijgewerkt ' + moment(item.updatedAt) : '') }));
  }

  document.getElementById('missing-open').addEventListener('click', missing);
  document.getElementById('reports-open').addEventListener('click', showReports);

  return { answerBar, sectionChanged, feedback, missing };
}
