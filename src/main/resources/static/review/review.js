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

  // ---- DOM helpers: build elements, text only ----

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'className') node.className = value;
      else if (key === 'text') node.textContent = value;
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function clear(node) {
    node.replaceChildren();
    return node;
  }

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

  // ---- Formatting ----

  function age(seconds) {
    if (seconds < 60) return 'just now';
    if (seconds < 3600) return Math.floor(seconds / 60) + ' min ago';
    if (seconds < 86400) return Math.floor(seconds / 3600) + ' h ago';
    return Math.floor(seconds / 86400) + ' d ago';
  }

  function weightText(weight) {
    if (weight === null || weight === undefined) return '';
    return Array.isArray(weight) ? weight.join('/') : String(weight);
  }

  /** "60" → 60, "60/70/80" → [60, 70, 80], "" → null; anything else is an error shown to the reviewer. */
  function parseWeight(text) {
    const t = text.trim();
    if (t === '') return null;
    const parts = t.split(/[\/,;]\s*|\s+/).map((p) => Number(p.replace(',', '.')));
    if (parts.some((n) => !Number.isFinite(n) || n < 0)) throw new Error('Weight "' + t + '" is not a number (use 60 or 60/70/80).');
    return parts.length === 1 ? parts[0] : parts;
  }

  function percent(confidence) {
    return Math.round((confidence || 0) * 100) + '%';
  }

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
    renderPlan(review);
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

  function renderPlan(review) {
    const root = clear($('plan'));
    const days = review.days && review.days.length ? review.days : [{ label: null, exercises: [] }];
    days.forEach((day, d) => {
      const tbody = el('tbody');
      (day.exercises || []).forEach((exercise, i) => tbody.append(exerciseRow(exercise, d, i)));
      const caption = day.label || (days.length > 1 ? 'Day ' + (d + 1) : 'Exercises');
      root.append(el('table', { className: 'plan-table', 'data-day': d },
        el('caption', { text: caption }),
        el('thead', {}, el('tr', {},
          el('th', { scope: 'col', text: 'As written' }),
          el('th', { scope: 'col', text: 'Exercise' }),
          el('th', { scope: 'col', text: 'Sets' }),
          el('th', { scope: 'col', text: 'Reps' }),
          el('th', { scope: 'col', text: 'Weight' }),
          el('th', { scope: 'col', text: 'Unit' }),
          el('th', { scope: 'col', text: 'Remove' }))),
        tbody));
      root.append(el('button', {
        type: 'button', className: 'quiet add', text: '+ Add an exercise',
        'aria-label': 'Add an exercise to ' + caption,
        onclick: () => {
          const row = exerciseRow(null, d, tbody.children.length);
          tbody.append(row);
          row.querySelector('input').focus();
        },
      }));
    });
    if (review.unreadLines && review.unreadLines.length) {
      root.append(el('p', { className: 'reason', text: review.unreadLines.length + ' line(s) could not be read; they are marked in the text.' }));
    }
    window.ReviewNameGroups.mark(root, el);
  }

  /** One editable row; `exercise` null for an added one. */
  function exerciseRow(exercise, day, index) {
    const added = exercise === null;
    const e = exercise || { name: '', match: null };
    const label = added ? 'the added exercise' : '"' + e.name + '"';
    const id = 'x-' + day + '-' + index + (added ? '-new' : '');
    const row = el('tr', { 'data-day': day, 'data-index': added ? null : index, 'data-added': added ? 'true' : null });
    row.original = e;

    const written = added
      ? el('input', { type: 'text', className: 'name', 'aria-label': 'Name of the added exercise', placeholder: 'Name' })
      : el('span', { className: 'written', text: e.name, title: e.text || null });

    const select = el('select', { id: id + '-exercise', className: 'exercise', 'aria-label': 'Catalog exercise for ' + label });
    fillMatchOptions(select, e.match);
    const search = el('input', {
      type: 'search', className: 'catalog-search', placeholder: 'Search the catalog',
      'aria-label': 'Search the catalog for ' + label, autocomplete: 'off',
    });
    wireSearch(search, select);
    const level = e.match ? e.match.level : (added ? null : 'unmatched');
    const matcherSays = level ? level + (e.match ? ' ' + percent(e.match.confidence) : '') : '';
    const badge = el('span', { className: 'level level-' + (level || 'none'), text: matcherSays });
    select.addEventListener('change', () => {
      const suggested = e.match ? e.match.exerciseId : '';
      const chosen = select.value !== suggested;
      badge.className = 'level ' + (chosen ? 'level-chosen' : 'level-' + (level || 'none'));
      badge.textContent = chosen ? (select.value ? 'your choice' : 'no exercise') : matcherSays;
    });
    select.addEventListener('change', (event) => {
      if (event.detail && event.detail.propagated) return; // set from another row of the same name
      const applied = window.ReviewNameGroups.propagate(row, el);
      if (applied) say('Applied to ' + applied + ' more row(s) named "' + e.name + '"; each can be undone.');
    });

    const number = (cls, value, what, attrs) => el('input', Object.assign({
      className: cls, value: value === null || value === undefined ? '' : value,
      'aria-label': what + ' for ' + label,
    }, attrs));

    row.append(
      el('td', { 'data-label': 'As written' }, written),
      el('td', { 'data-label': 'Exercise', className: 'exercise-cell' }, select, badge, search),
      el('td', { 'data-label': 'Sets' }, number('sets', e.sets, 'Sets', { type: 'number', min: 0, max: 1000, inputmode: 'numeric' })),
      el('td', { 'data-label': 'Reps' }, number('reps', e.reps, 'Reps', { type: 'text' })),
      el('td', { 'data-label': 'Weight' }, number('weight', weightText(e.weight), 'Weight (60 or 60/70/80)', { type: 'text', inputmode: 'decimal' })),
      el('td', { 'data-label': 'Unit' }, number('unit', e.unit, 'Unit', { type: 'text', size: 4 })),
      el('td', { 'data-label': 'Remove' }, el('input', { type: 'checkbox', className: 'remove', 'aria-label': 'Remove ' + label })));
    return row;
  }

  function fillMatchOptions(select, match) {
    clear(select);
    if (match && match.exerciseId) {
      select.append(el('option', { value: match.exerciseId, text: match.name }));
      const alternatives = (match.alternatives || []);
      if (alternatives.length) {
        select.append(el('optgroup', { label: 'Alternatives' },
          ...alternatives.map((a) => el('option', { value: a.exerciseId, text: a.name + ' (' + percent(a.confidence) + ')' }))));
      }
    }
    select.append(el('option', { value: '', text: '(no catalog exercise)' }));
    select.append(el('optgroup', { label: 'Search results', className: 'results' }));
  }

  /**
   * The catalog API's two answers, merged: what the matcher makes of the words (fuzzy, typos welcome) first,
   * then exercises whose name or an alias contains them.
   */
  async function searchCatalog(q) {
    const query = encodeURIComponent(q);
    const [matched, listed] = await Promise.all([
      call('GET', '/exercises/match?q=' + query),
      call('GET', '/exercises?limit=20&q=' + query),
    ]);
    const hits = new Map();
    const m = matched.match;
    if (m && m.exerciseId) {
      hits.set(m.exerciseId, { id: m.exerciseId, name: m.name });
      (m.alternatives || []).forEach((a) => hits.has(a.exerciseId) || hits.set(a.exerciseId, { id: a.exerciseId, name: a.name }));
    }
    (listed.exercises || []).forEach((e) => hits.has(e.id) || hits.set(e.id, { id: e.id, name: e.name }));
    return [...hits.values()].slice(0, 25);
  }

  /** Typing in the search box lists catalog hits in the drop-down and selects the first one. */
  function wireSearch(input, select) {
    let timer = null;
    let seq = 0;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const q = input.value.trim();
        const group = select.querySelector('optgroup.results');
        if (q.length < 2) { clear(group); return; }
        const mine = ++seq;
        try {
          const hits = await searchCatalog(q);
          if (mine !== seq) return; // a later search already answered
          clear(group);
          hits.forEach((hit) => group.append(el('option', { value: hit.id, text: hit.name })));
          if (hits.length) {
            select.value = hits[0].id;
            select.dispatchEvent(new Event('change'));
            say(hits.length + ' catalog match(es) for "' + q + '"; "' + hits[0].name + '" selected.');
          } else {
            say('Nothing in the catalog matches "' + q + '".');
          }
        } catch (e) {
          say(e.message, true);
        }
      }, 200);
    });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') { event.preventDefault(); select.focus(); }
    });
  }

  // ---- Deciding ----

  /** The corrections: only what the reviewer changed, so the API records exactly that. */
  function collectApproval() {
    const corrections = [];
    const added = [];
    document.querySelectorAll('#plan tbody tr').forEach((row) => {
      const e = row.original;
      const exerciseId = row.querySelector('select.exercise').value || null;
      const sets = row.querySelector('input.sets').value.trim();
      const reps = row.querySelector('input.reps').value.trim();
      const weight = parseWeight(row.querySelector('input.weight').value);
      const unit = row.querySelector('input.unit').value.trim() || null;
      const remove = row.querySelector('input.remove').checked;
      const day = Number(row.dataset.day);
      if (row.dataset.added) {
        const name = row.querySelector('input.name').value.trim() || null;
        if (remove || (!name && !exerciseId)) return;
        added.push({ day, name, exerciseId, sets: sets === '' ? null : Number(sets), reps: reps || null, weight, unit });
        return;
      }
      const c = { day, index: Number(row.dataset.index) };
      if (remove) c.remove = true;
      const suggested = e.match ? e.match.exerciseId : null;
      if (exerciseId !== suggested) c.exerciseId = exerciseId;
      if (sets !== (e.sets === null || e.sets === undefined ? '' : String(e.sets))) c.sets = sets === '' ? null : Number(sets);
      if (reps !== (e.reps || '')) c.reps = reps || null;
      if (weightText(weight) !== weightText(e.weight)) c.weight = weight;
      if (unit !== (e.unit || null)) c.unit = unit;
      if (Object.keys(c).length > 2) corrections.push(c);
    });
    return { corrections, added };
  }

  async function approve() {
    if (!state.canDecide || state.busy || !state.review || $('item').hidden) return;
    let approval;
    try {
      approval = collectApproval();
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
