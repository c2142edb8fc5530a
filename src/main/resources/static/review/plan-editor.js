// The plan editor of the review page: one table a day, one editable row an exercise, catalog search per row,
// and the corrections read back from the rows (only what the reviewer changed). Text reaches the DOM as text only.
'use strict';

/** `call(method, path, body)` is the page's API client, `say(message, isError)` its status line. */
window.ReviewPlanEditor = function (call, say) {
  const { el, clear, weightText, parseWeight, percent } = window.ReviewDom;
  const $ = (id) => document.getElementById(id);

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

  return { renderPlan, collectApproval };
};
