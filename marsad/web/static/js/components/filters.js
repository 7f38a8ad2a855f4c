// The event filter form (events, network, map, dyad pages): its values live in the page's hash parameters.
import { apiGet } from '../api.js';
import { h } from '../dom.js';
import { AUX_VALUES } from '../format.js';

let facetsPromise = null;

/** /api/facets, fetched once per page load. */
export function loadFacets() {
  facetsPromise ??= apiGet('facets').catch((error) => {
    facetsPromise = null;
    throw error;
  });
  return facetsPromise;
}

const SIDE_HINT = 'Country code (IRQ), actor key or part of a name';

const FIELDS = {
  actor: { label: 'Actor', input: 'text', placeholder: SIDE_HINT },
  recipient: { label: 'Recipient', input: 'text', placeholder: SIDE_HINT },
  dyad: { label: 'Dyad (either direction)', input: 'pair' },
  type: { label: 'Type', input: 'select', facet: 'types' },
  mode: { label: 'Mode', input: 'select', facet: 'modes' },
  context: { label: 'Context', input: 'select', facet: 'contexts' },
  aux: { label: 'Modality', input: 'select', options: AUX_VALUES },
  date_from: { label: 'From', input: 'text', placeholder: 'YYYY[-MM[-DD]]' },
  date_to: { label: 'To', input: 'text', placeholder: 'YYYY[-MM[-DD]]' },
  lang: { label: 'Language', input: 'select', facet: 'langs' },
  outlet: { label: 'Outlet', input: 'select', facet: 'outlets' },
  text: { label: 'Article text', input: 'search', placeholder: 'words in the article' },
  min_confidence: { label: 'Min. confidence', input: 'number' },
};

export const ALL_FILTERS = Object.keys(FIELDS);
export const AGGREGATE_FILTERS = ['actor', 'recipient', 'type', 'context', 'date_from', 'date_to', 'lang', 'outlet'];

function control(name, spec, params, facets) {
  const id = `filter-${name}`;
  if (spec.input === 'pair') {
    const [a = '', b = ''] = params.getAll(name);
    return h(
      'div',
      { class: 'field pair' },
      h('label', { for: `${id}-a` }, spec.label),
      h(
        'div',
        { class: 'pair-inputs' },
        h('input', { id: `${id}-a`, name, value: a, placeholder: 'side A (IRQ)', dir: 'auto', autocomplete: 'off' }),
        h('span', { class: 'pair-sep', 'aria-hidden': 'true' }, '⇄'),
        h('input', { id: `${id}-b`, name, value: b, placeholder: 'side B (RUS)', dir: 'auto', autocomplete: 'off' }),
      ),
    );
  }
  let input;
  if (spec.input === 'select') {
    const values = spec.options ?? facets?.[spec.facet] ?? [];
    const current = params.get(name) ?? '';
    input = h('select', { id, name }, h('option', { value: '' }, 'any'));
    for (const value of values) {
      input.append(h('option', { value, selected: value === current }, value));
    }
    if (current && !values.includes(current)) input.append(h('option', { value: current, selected: true }, current));
  } else if (spec.input === 'number') {
    input = h('input', { id, name, type: 'number', min: 0, max: 1, step: 0.05, value: params.get(name) ?? '' });
  } else {
    input = h('input', {
      id,
      name,
      type: spec.input,
      value: params.get(name) ?? '',
      placeholder: spec.placeholder,
      dir: 'auto',
      autocomplete: 'off',
    });
  }
  return h('div', { class: 'field' }, h('label', { for: id }, spec.label), input);
}

/**
 * A filter form over `names` (see FIELDS), filled from `params`; `onApply(URLSearchParams)` on submit.
 * Page-specific controls go `before` the filters (e.g. the two sides of a dyad) or `after` them.
 */
export function filterForm(names, params, facets, onApply, { before = [], after = [] } = {}) {
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filters' });
  form.append(...before);
  for (const name of names) form.append(control(name, FIELDS[name], params, facets));
  form.append(...after);
  form.append(
    h(
      'div',
      { class: 'field buttons' },
      h('button', { type: 'submit', class: 'primary' }, 'Apply'),
      h('button', { type: 'reset', class: 'ghost' }, 'Clear'),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = new URLSearchParams();
    const data = new FormData(form);
    const dyad = data.getAll('dyad').map((v) => v.trim());
    for (const [key, value] of data.entries()) {
      if (key === 'dyad') continue;
      if (String(value).trim() !== '') chosen.append(key, String(value).trim());
    }
    if (dyad.length === 2 && dyad[0] && dyad[1]) dyad.forEach((side) => chosen.append('dyad', side));
    onApply(chosen);
  });
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    onApply(new URLSearchParams());
  });
  return form;
}

/** The API parameters of the event filters present in hash params (dyad kept as its two sides). */
export function filterParams(params, names = ALL_FILTERS) {
  const out = {};
  for (const name of names) {
    const values = params.getAll(name);
    if (values.length) out[name] = name === 'dyad' ? values : values[0];
  }
  return out;
}
