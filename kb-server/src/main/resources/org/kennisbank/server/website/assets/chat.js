// The chatbot widget on every website page: a button opens a panel with the conversation and a
// question field; questions go to POST /api/chat/answer with the conversation id the server
// issued, so follow-ups ("en wat kost dat?") are answered against the previous topic. No inline
// script (the Content-Security-Policy forbids it): this module binds everything.

import { notice, question, reply } from './chat-reply.js';

const ANSWER = '/api/chat/answer';
const CONTACT = '/api/chat/contact';
const CONVERSATION_KEY = 'kb-chat-conversation';
/** Until the server tells otherwise (or when it cannot be reached). */
const FALLBACK_CONTACT = { phone: '14 0123', hours: 'maandag tot en met vrijdag 8.00 tot 17.00 uur' };

const root = document.getElementById('chat');
const toggle = document.getElementById('chat-toggle');
const panel = document.getElementById('chat-panel');
const close = document.getElementById('chat-close');
const form = document.getElementById('chat-form');
const input = document.getElementById('chat-question');
const log = document.getElementById('chat-log');
const status = document.getElementById('chat-status');

let contact = FALLBACK_CONTACT;
let contactAsked = false;
let busy = false;

function conversationId() {
  try {
    return sessionStorage.getItem(CONVERSATION_KEY);
  } catch (ignored) {
    return null; // storage switched off: the conversation lasts as long as the page
  }
}

let conversation = conversationId();

function remember(id) {
  conversation = id;
  try {
    sessionStorage.setItem(CONVERSATION_KEY, id);
  } catch (ignored) {
    // kept in memory only
  }
}

async function loadContact() {
  if (contactAsked) return;
  contactAsked = true;
  try {
    const response = await fetch(CONTACT, { headers: { Accept: 'application/json' } });
    if (response.ok) contact = await response.json();
  } catch (ignored) {
    // the fallback stays
  }
}

function open() {
  panel.hidden = false;
  toggle.setAttribute('aria-expanded', 'true');
  toggle.hidden = true;
  loadContact();
  input.focus();
}

function shut() {
  panel.hidden = true;
  toggle.hidden = false;
  toggle.setAttribute('aria-expanded', 'false');
  toggle.focus();
}

async function ask(text) {
  busy = true;
  status.textContent = 'De chatbot zoekt een antwoord…';
  const asked = question(text);
  log.append(asked);
  const body = { question: text };
  if (conversation) body.conversationId = conversation;
  try {
    const response = await fetch(ANSWER, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error('status ' + response.status);
    const answer = await response.json();
    remember(answer.conversationId);
    log.append(reply(answer, contact));
    log.dataset.answers = String(Number(log.dataset.answers || '0') + 1);
    status.textContent = '';
  } catch (error) {
    log.append(notice('De chatbot is nu niet bereikbaar. Probeer het later opnieuw.', contact));
    status.textContent = '';
  } finally {
    busy = false;
    // The question at the top of the conversation, so that a long reply is read from its start
    // (help lines first); only the conversation scrolls, not the page behind it.
    log.scrollTop = asked.offsetTop - log.offsetTop;
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (text === '' || busy) return;
  input.value = '';
  ask(text);
  input.focus();
});

toggle.addEventListener('click', open);
close.addEventListener('click', shut);
panel.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') {
    event.preventDefault();
    shut();
  }
});

root.hidden = false;
