// The review page: plain JavaScript, no build step. Every text from the API (plan text above all) is
// untrusted and reaches the DOM through textContent or attributes only, never as HTML.
'use strict';

(function () {
  const TOKEN_KEY = 'workout-review-token';
  const API = '/api/v1';

  const state = {
    items: [],        // the pending queue, oldest first
    index: -1,        // which item is open
    review: null,     // the open item, as GET /reviews/{id} returned it
    busy: false,
    canDecide: false, // reviewers and admins decide; other users see their own items
  };

  const $ = (id) => document.getElementById(id);
  const { el, clear, age, weightText } = window.ReviewDom;

  function say(message, isError) {
    const status = $('status');
    status.textContent = message;
    status.classList.toggle('error', Boolean(isError));
  }

  // ---- API ----

  class ApiError extends Error {
    constructor(status, message) {
      super(message);
      this.status = status;
    }
  }

  async function call(method, path, body) {
    const token = sessionStorage.getItem(TOKEN_KEY);
    const headers = { Authorization: 'Bearer ' + token, Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(API + path, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    });
    let json = null;
    try { json = await response.json(); } catch (e) { /* no JSON body */ }
    if (!response.ok) {
      const message = (json && json.message) || ('The service answered ' + response.status + '.');
      if (response.status === 401) signOut(message);
      throw new ApiError(response.status, message);
    }
    return json;
  }

  // the plan tables and their rows (plan-editor.js), on this page's API client and status line
  const editor = window.ReviewPlanEditor(call, say);

  // ---- Sign in / out ----

  async function signIn(token) {
    sessionStorage.setItem(TOKEN_KEY, token);
    let me;
    try {
      me = await call('GET', '/users/me');
      await loadQueue();
    } catch (e) {
      sessionStorage.removeItem(TOKEN_KEY);
      $('sign-in-error').textContent = e.message;
      return;
    }
    $('sign-in').hidden = true;
    $('workspace').hidden = false;
    $('sign-out').hidden = false;
    $('who').hidden = false;
    $('who').textContent = 'Signed in as ' + me.displayName + ' (' + me.role + ')';
    state.canDecide = me.role === 'reviewer' || me.role === 'admin';
    $('approve').hidden = !state.canDecide;
    $('reject-form').hidden = !state.canDecide;
    $('read-only').hidden = state.canDecide;
    if (state.items.length) await open(0);
    else $('refresh').focus();
  }

  function signOut(message) {
    sessionStorage.removeItem(TOKEN_KEY);
    $('workspace').hidden = true;
    $('sign-out').hidden = true;
    $('who').hidden = true;
    $('sign-in').hidden = false;
    $('token').value = '';
    $('sign-in-error').textContent = message || '';
    $('token').focus();
  }

  // ---- The queue ----

  async function loadQueue() {
    const page = await call('GET', '/reviews?status=PENDING&size=100');
    state.items = page.items;
    $('queue-count').textContent = '(' + page.total + ')';
    renderQueue();
  }

  function renderQueue() {
    const list = clear($('queue-list'));
    $('queue-empty').hidden = state.items.length > 0;
    state.items.forEach((item, i) => {
      const current = i === state.index;
      list.append(el('li', {},
        el('button', {
          type: 'button', className: 'queue-item' + (current ? ' current' : ''),
          'aria-current': current ? 'true' : null, 'data-review-id': item.id,
          onclick: () => open(i),
        },
        el('span', { className: 'queue-source', text: item.source + (item.sourceRef ? ' · ' + item.sourceRef : '') }),
        el('span', { className: 'queue-age', text: age(item.ageSeconds) }),
        el('span', { className: 'queue-reason', text: item.reason }),
        el('span', { className: 'queue-user', text: item.userName || '' }))));
    });
  }

  async function open(i) {
    if (i < 0 || i >= state.items.length) return;
    state.index = i;
    renderQueue();
    say('');
    try {
      state.review = await call('GET', '/reviews/' + encodeURIComponent(state.items[i].id));
    } catch (e) {
      say(e.message, true);
      return;
    }
    renderReview(state.review);
    $('result').hidden = true;
    $('item').hidden = false;
    $('item-title').focus();
  }

  function move(step) {
    if (!state.items.length) return;
    const next = state.index < 0 ? 0 : Math.min(Math.max(state.index + step, 0), state.items.length - 1);
    if (next !== state.index || $('item').hidden) open(next);
  }

  // ---- One item ----

  function renderReview(review) {
    $('item-title').textContent = 'Plan from ' + review.source + ', ' + age(review.ageSeconds);
    $('item-meta').textContent = [review.userName && ('by ' + review.userName), review.sourceRef,
      'parser: ' + (review.parser || 'unknown'), readBy(review.readBy)].filter(Boolean).join(' · ');
    $('item-reason').textContent = review.reason;
    $('reject-reason').value = '';
    renderRawText(review);
    editor.renderPlan(review);
  }

  // Provenance: whether the plan's text went to an LLM provider (the owner's consent decides; docs/security.md)
  function readBy(r) {
    if (!r) return null;
    return r.provider ? 'read by an LLM: ' + r.provider + (r.model ? ' / ' + r.model : '') : 'not sent to an LLM';
  }

  function renderRawText(review) {
    const unread = new Set((review.unreadLines || []).map((l) => l.line));
    const notUnderstood = new Set((review.notUnderstoodLines || []).map((l) => l.line));
    const list = clear($('raw-text'));
    (review.rawText || '').split(/\r?\n/).forEach((line, i) => {
      const notRead = unread.has(i + 1);
      const misread = !notRead && notUnderstood.has(i + 1);
      list.append(el('li', {
        className: notRead ? 'unread' : (misread ? 'not-understood' : null),
        title: notRead ? 'Nothing could read this line' : (misread ? 'Read, but its name matches nothing in the catalog' : null),
      }, line === '' ? '\u00a0' : line));
    });
  }

  // ---- Deciding ----

  async function approve() {
    if (!state.canDecide || state.busy || !state.review || $('item').hidden) return;
    let approval;
    try {
      approval = editor.collectApproval();
    } catch (e) {
      say(e.message, true);
      return;
    }
    await decide('approve', approval, async (decision) => {
      const plan = await call('GET', '/workout-plans/' + encodeURIComponent(decision.workoutPlanId));
      showStoredPlan(plan, decision);
    });
  }

  async function reject() {
    if (!state.canDecide || state.busy || !state.review || $('item').hidden) return;
    const reason = $('reject-reason').value.trim();
    if (!reason) {
      say('Type the reason for rejecting, then press Enter.', true);
      $('reject-reason').focus();
      return;
    }
    await decide('reject', { reason }, async () => {
      say('Rejected. The plan\'s owner will see your reason.');
      await advance();
    });
  }

  async function decide(action, body, after) {
    state.busy = true;
    const reviewId = state.review.id;
    try {
      const decision = await call('POST', '/reviews/' + encodeURIComponent(reviewId) + '/' + action, body);
      state.items = state.items.filter((item) => item.id !== reviewId);
      state.index = Math.min(state.index, state.items.length - 1);
      $('queue-count').textContent = '(' + state.items.length + ')';
      renderQueue();
      await after(decision);
    } catch (e) {
      say(e.status === 409 ? e.message + ' It has been taken off your list.' : e.message, true);
      if (e.status === 409) await loadQueue();
    } finally {
      state.busy = false;
    }
  }

  function showStoredPlan(plan, decision) {
    $('item').hidden = true;
    const learned = decision.learnedAliases || [];
    $('result-meta').textContent = 'Approved with ' + decision.corrections + ' match correction(s)'
      + (learned.length ? '; learned: ' + learned.map((a) => '"' + a.alias + '"').join(', ') : '') + '.';
    const root = clear($('stored-plan'));
    plan.days.forEach((day, d) => {
      root.append(el('table', { className: 'plan-table stored', id: d === 0 ? 'stored-plan-table' : null },
        el('caption', { text: day.label || 'Exercises' }),
        el('thead', {}, el('tr', {},
          ...['As written', 'Exercise', 'Sets', 'Reps', 'Weight', 'Unit'].map((h) => el('th', { scope: 'col', text: h })))),
        el('tbody', {}, ...day.exercises.map((x) => el('tr', { 'data-exercise-id': x.exerciseId || '' },
          el('td', { 'data-label': 'As written', text: x.name }),
          el('td', { 'data-label': 'Exercise', text: x.exerciseName || '(none)' }),
          el('td', { 'data-label': 'Sets', text: x.sets === null ? '' : x.sets }),
          el('td', { 'data-label': 'Reps', text: x.reps || '' }),
          el('td', { 'data-label': 'Weight', text: weightText(x.weight) }),
          el('td', { 'data-label': 'Unit', text: x.unit || '' }))))));
    });
    $('result').hidden = false;
    $('next').hidden = state.items.length === 0;
    say('Approved and stored.');
    $('result-title').focus();
  }

  async function advance() {
    $('result').hidden = true;
    if (state.items.length) {
      await open(Math.max(0, Math.min(state.index, state.items.length - 1)));
    } else {
      $('item').hidden = true;
      $('queue-empty').hidden = false;
      $('refresh').focus();
    }
  }

  // ---- Keyboard ----

  function typingIn(target) {
    return target instanceof HTMLElement
      && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));
  }

  function onKey(event) {
    if (event.ctrlKey || event.metaKey || event.altKey || $('workspace').hidden) return;
    if (event.key === 'Escape' && typingIn(event.target)) { event.target.blur(); return; }
    if (typingIn(event.target)) return;
    const reviewing = !$('item').hidden;
    switch (event.key) {
      case 'j': event.preventDefault(); if ($('result').hidden) move(1); else advance(); break;
      case 'k': event.preventDefault(); move(-1); break;
      case 'a': if (reviewing) { event.preventDefault(); approve(); } break;
      case 'r': if (reviewing && state.canDecide) { event.preventDefault(); $('reject-reason').focus(); say('Type the reason, then press Enter to reject.'); } break;
      case '/': {
        const search = document.querySelector('#plan input.catalog-search');
        if (reviewing && search) { event.preventDefault(); search.focus(); }
        break;
      }
      default:
    }
  }

  // ---- Start ----

  document.addEventListener('DOMContentLoaded', () => {
    $('sign-in-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const token = $('token').value.trim();
      $('sign-in-error').textContent = token ? '' : 'Paste your API token.';
      if (token) signIn(token);
    });
    $('sign-out').addEventListener('click', () => signOut('Signed out.'));
    $('refresh').addEventListener('click', async () => {
      try {
        await loadQueue();
        say('Queue refreshed: ' + state.items.length + ' pending.');
        if (state.items.length && $('item').hidden && $('result').hidden) await open(0);
      } catch (e) { say(e.message, true); }
    });
    $('approve').addEventListener('click', approve);
    $('reject-form').addEventListener('submit', (event) => { event.preventDefault(); reject(); });
    $('next').addEventListener('click', advance);
    document.addEventListener('keydown', onKey);

    const token = sessionStorage.getItem(TOKEN_KEY);
    if (token) signIn(token);
    else $('token').focus();
  });
})();
