// The search box: results on every keystroke in the agent search's typing mode (every word may be
// an abbreviation), suggestions, theme filters with counts, and the listbox the arrows walk through.
//
// Stale answers never show: each input gets a sequence number, the previous request is aborted,
// and an answer whose number is not the latest is dropped. The old results stay until the new
// ones arrive, so the list never flickers empty between keystrokes.

import { get } from './api.js';
import { el, marked, plural, themeLabels } from './dom.js';

const DEBOUNCE_MS = 60;
const TIMINGS_KEPT = 2000;
const THEMES_FOLDED = 3;
const SUGGESTIONS_SHOWN = 3;

/**
 * Key-up to rendered results, for the browser test and for anyone curious in the console:
 * `{query, ms, requestMs}` per keystroke whose own results were rendered. Bounded, so harmless all day.
 */
const timings = (window.__kbTimings = window.__kbTimings || []);

export function createSearch({ input, results, status, suggestions, themes, onOpen, onQueryChange }) {
  let sequence = 0;
  let controller = null;
  let timer = 0;
  let hits = [];
  let active = -1;
  let lastRendered = null;
  const selectedThemes = new Set();
  let themesOpen = false;
  let lastAnswer = null;
  const pendingKeys = [];

  function params(query) {
    const p = new URLSearchParams({ q: query, typing: 'true', size: '10' });
    for (const theme of selectedThemes) p.append('theme', theme);
    return p;
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  }

  async function run() {
    const raw = input.value;
    const query = raw.trim();
    const mine = ++sequence;
    const sent = performance.now();
    if (controller) controller.abort();
    onQueryChange(query);
    if (query === '') {
      controller = null;
      render(raw, query, null, null, sent);
      return;
    }
    controller = new AbortController();
    const signal = controller.signal;
    try {
      const [found, suggested] = await Promise.all([
        get('/search', params(query), signal),
        get('/suggest', new URLSearchParams({ q: query, limit: '5' }), signal).catch(() => null),
      ]);
      if (mine === sequence) render(raw, query, found, suggested, sent);
    } catch (error) {
      if (error.name === 'AbortError' || mine !== sequence) return;
      status.textContent = 'Zoeken lukt nu niet: ' + error.message;
    }
  }

  function render(raw, query, found, suggested, sent) {
    lastRendered = raw;
    lastAnswer = found;
    hits = found ? found.hits : [];
    active = hits.length > 0 && active >= 0 ? Math.min(active, hits.length - 1) : -1;
    renderThemes(found);
    results.replaceChildren(...hits.map(option));
    input.setAttribute('aria-expanded', String(hits.length > 0));
    markActive();
    renderStatus(query, found);
    renderSuggestions(query, found, suggested);
    results.dataset.renderedFor = raw;
    recordTimings(sent);
  }

  function option(hit, index) {
    const themesText = (hit.themes || []).map((id) => themeLabels.get(id) || id).join(', ');
    return el('li', { role: 'option', id: 'hit-' + index, class: 'hit', 'data-id': hit.id, 'aria-selected': 'false' },
      el('span', { class: 'hit-title' }, hit.title, hit.bestBet ? el('span', { class: 'badge', text: 'aanrader' }) : null),
      el('span', { class: 'hit-snippet' }, marked(hit.snippet || hit.summary)),
      hit.internalSnippet ? el('span', { class: 'hit-internal' }, el('span', { class: 'tag-intern', text: 'Intern' }),
        ' ', marked(hit.internalSnippet)) : null,
      el('span', { class: 'hit-meta', text: [typeLabel(hit.type), themesText].filter(Boolean).join(' · ') }));
  }

  function renderStatus(query, found) {
    if (!found) {
      status.textContent = '';
      return;
    }
    const total = found.total;
    let text = total === 0 ? 'Geen resultaten voor ‘' + query + '’.' : plural(total, 'resultaat', 'resultaten') + '.';
    if (found.relaxed) text += ' Niet alle woorden gevonden.';
    if (found.partial) text += ' Zoeken duurde te lang; dit zijn de beste tot nu toe.';
    status.textContent = text;
    status.classList.toggle('none', total === 0);
  }

  function renderSuggestions(query, found, suggested) {
    const items = [];
    if (found && found.didYouMean) {
      items.push(el('button', { type: 'button', class: 'chip dym', 'data-query': found.didYouMean },
        'Bedoelde u: ', el('strong', null, found.didYouMean), '?'));
    }
    // Completions that lead to an article already at the top of the list add nothing.
    const seen = new Set((found ? found.hits : []).slice(0, 3).map((hit) => hit.id));
    for (const suggestion of (suggested && suggested.suggestions) || []) {
      const text = suggestion.text;
      if (suggestion.type === 'theme' || seen.has(suggestion.id) || items.length >= SUGGESTIONS_SHOWN) continue;
      seen.add(suggestion.id);
      items.push(el('button', { type: 'button', class: 'chip', 'data-id': suggestion.id }, text));
    }
    suggestions.replaceChildren(...(items.length ? [el('span', { class: 'label', text: 'Suggesties:' }), ...items] : []));
    suggestions.hidden = items.length === 0;
  }

  function renderThemes(found) {
    const counts = found && found.facets ? found.facets.theme : [];
    counts.forEach((facet) => themeLabels.set(facet.value, facet.label));
    const shown = counts.filter((facet) => facet.count > 0 || selectedThemes.has(facet.value));
    for (const theme of selectedThemes) {
      if (!shown.some((facet) => facet.value === theme)) shown.push({ value: theme, label: theme, count: 0 });
    }
    // The top few by count stay in view; the rest one click away, so the results stay high up.
    const folded = !themesOpen && shown.length > THEMES_FOLDED + 1;
    const visible = folded ? shown.filter((facet, index) => index < THEMES_FOLDED || selectedThemes.has(facet.value)) : shown;
    const chips = visible.map((facet) => el('button', {
      type: 'button', class: 'chip theme', 'data-theme': facet.value,
      'aria-pressed': String(selectedThemes.has(facet.value)),
    }, facet.label, ' ', el('span', { class: 'count', text: '(' + facet.count + ')' })));
    if (folded) {
      chips.push(el('button', { type: 'button', class: 'chip more', 'data-more': 'true', 'aria-expanded': 'false' },
        '+ ' + (shown.length - visible.length) + ' thema’s'));
    }
    themes.replaceChildren(...chips);
    themes.hidden = shown.length === 0;
  }

  function markActive() {
    [...results.children].forEach((item, index) => {
      item.setAttribute('aria-selected', String(index === active));
      item.classList.toggle('active', index === active);
    });
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', 'hit-' + active);
      results.children[active].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function move(step) {
    if (hits.length === 0) return;
    active = active < 0 ? (step > 0 ? 0 : hits.length - 1) : (active + step + hits.length) % hits.length;
    markActive();
  }

  /** `ms`: key-up to rendered results; `requestMs`: from sending the search (after the debounce) to rendered. */
  function recordTimings(sent) {
    const now = performance.now();
    for (let i = pendingKeys.length - 1; i >= 0; i--) {
      const key = pendingKeys[i];
      if (key.value === lastRendered) {
        timings.push({ query: key.value, ms: tenths(now - key.at), requestMs: tenths(now - sent) });
        pendingKeys.splice(i, 1);
      }
    }
    if (timings.length > TIMINGS_KEPT) timings.splice(0, timings.length - TIMINGS_KEPT);
    // Keys whose input was overtaken by a later one never get results of their own.
    if (pendingKeys.length > 20) pendingKeys.splice(0, pendingKeys.length - 20);
  }

  input.addEventListener('input', () => {
    active = -1;
    schedule();
  });
  input.addEventListener('keyup', () => {
    const value = input.value;
    const last = pendingKeys[pendingKeys.length - 1];
    if (value !== lastRendered && (!last || last.value !== value)) {
      pendingKeys.push({ value, at: performance.now() });
    }
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      move(1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      move(-1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (hits.length > 0) onOpen(hits[active >= 0 ? active : 0].id);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (active >= 0) {
        active = -1;
        markActive();
      } else {
        input.value = '';
        schedule();
      }
    }
  });
  results.addEventListener('click', (event) => {
    const item = event.target.closest('li[data-id]');
    if (!item) return;
    active = [...results.children].indexOf(item);
    markActive();
    onOpen(item.dataset.id);
  });
  suggestions.addEventListener('click', (event) => {
    const chip = event.target.closest('button[data-query], button[data-id]');
    if (!chip) return;
    if (chip.dataset.id) {
      onOpen(chip.dataset.id);
      return;
    }
    input.value = chip.dataset.query;
    input.focus();
    schedule();
  });
  themes.addEventListener('click', (event) => {
    if (event.target.closest('button[data-more]')) {
      themesOpen = true;
      renderThemes(lastAnswer);
      themes.querySelector('button[data-theme]:nth-child(' + (THEMES_FOLDED + 1) + ')').focus();
      return;
    }
    const chip = event.target.closest('button[data-theme]');
    if (!chip) return;
    const theme = chip.dataset.theme;
    if (selectedThemes.has(theme)) selectedThemes.delete(theme);
    else selectedThemes.add(theme);
    schedule();
  });

  return {
    /** Back from the article: focus in the box, the list and its active result as they were. */
    focus() {
      input.focus();
      input.select();
    },
    query: () => input.value.trim(),
    /** The search again (after a change that may alter results). */
    refresh: schedule,
  };
}

function tenths(ms) {
  return Math.round(ms * 10) / 10;
}

function typeLabel(type) {
  return { product: 'Product', theme: 'Thema', faq: 'Vraag en antwoord' }[type] || type;
}
