// Rows of one written name, corrected at once. A FitNotes or Strong export names the same exercise on many rows;
// a reviewer who picks the catalog exercise for one of them means it for all of them. Choosing on one row applies
// the choice to every other row with the same written name that the reviewer has not set by hand, and each such
// row gets an "undo" that puts back what the matcher suggested for it. Text reaches the DOM as text only.
'use strict';

window.ReviewNameGroups = (function () {
  /** The written name as the page compares it: case, spacing and surrounding punctuation do not matter. */
  function key(name) {
    return (name || '').toLowerCase().replace(/\s+/g, ' ').replace(/^[\s\-*•.:]+|[\s\-*•.:]+$/g, '');
  }

  function rowsOf(root, groupKey) {
    return [...root.querySelectorAll('tbody tr')].filter((r) => r.dataset.nameGroup === groupKey);
  }

  /**
   * Marks the rows of every written name that occurs more than once, and lists those names above the plan.
   * `make(tag, attrs, ...children)` is the page's text-only element builder.
   */
  function mark(root, make) {
    const groups = new Map();
    root.querySelectorAll('tbody tr').forEach((row) => {
      if (row.dataset.added || !row.original) return;
      const k = key(row.original.name);
      if (!k) return;
      if (!groups.has(k)) groups.set(k, []);
      groups.get(k).push(row);
    });
    const repeated = [...groups.entries()].filter(([, rows]) => rows.length > 1);
    repeated.forEach(([k, rows]) => rows.forEach((row, i) => {
      row.dataset.nameGroup = k;
      row.querySelector('td.exercise-cell').append(make('span', {
        className: 'group-note', text: (i + 1) + ' of ' + rows.length + ' rows named "' + row.original.name + '"',
      }));
    }));
    if (repeated.length) {
      root.prepend(make('section', { className: 'name-groups', 'aria-label': 'Names on several rows' },
        make('p', { className: 'hint', text: 'Names on several rows: a choice on one row applies to all of them (each row can undo it).' }),
        make('ul', {}, ...repeated.map(([k, rows]) => make('li', { 'data-name-group': k },
          make('span', { className: 'group-name', text: rows[0].original.name }),
          make('span', { className: 'count', text: ' × ' + rows.length }))))));
    }
  }

  function setChoice(row, value, label) {
    const select = row.querySelector('select.exercise');
    if (value && ![...select.options].some((o) => o.value === value)) {
      select.querySelector('optgroup.results').append(new Option(label, value));
    }
    select.value = value;
    select.dispatchEvent(new CustomEvent('change', { detail: { propagated: true } }));
  }

  /** The reviewer chose on `source`: the same choice goes to the other rows of its name not set by hand. */
  function propagate(source, make) {
    source.dataset.chosenByHand = 'true';
    source.querySelector('.undo')?.remove();
    const k = source.dataset.nameGroup;
    if (!k) return 0;
    const select = source.querySelector('select.exercise');
    const value = select.value;
    const label = select.selectedOptions.length ? select.selectedOptions[0].textContent : '';
    let applied = 0;
    rowsOf(source.closest('#plan') || document, k).forEach((row) => {
      if (row === source || row.dataset.chosenByHand === 'true') return;
      setChoice(row, value, label);
      applied++;
      if (!row.querySelector('.undo')) {
        const suggested = row.original.match ? row.original.match.exerciseId : '';
        const suggestedName = row.original.match ? row.original.match.name : '';
        row.querySelector('td.exercise-cell').append(make('button', {
          type: 'button', className: 'quiet undo', text: 'Undo',
          'aria-label': 'Undo the choice for this row of "' + row.original.name + '"',
          onclick: (event) => {
            setChoice(row, suggested, suggestedName);
            row.dataset.chosenByHand = 'true';
            event.currentTarget.remove();
          },
        }));
      }
    });
    return applied;
  }

  return { key, mark, propagate };
})();
