// Dyad view: two sides, the timeline of their events (either direction) by quad class with the score line.
import { apiGet } from '../api.js';
import { h, hash, notice, section } from '../dom.js';
import { AGGREGATE_FILTERS, filterForm, filterParams, loadFacets } from '../components/filters.js';
import { eventsTable } from '../components/events-table.js';
import { number, score } from '../format.js';
import { timelineChart } from './timeline-chart.js';

const FILTERS = AGGREGATE_FILTERS.filter((name) => name !== 'actor' && name !== 'recipient');

function sideControl(id, name, label, value, placeholder) {
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    h('input', { id, name, value, placeholder, dir: 'auto', required: true, autocomplete: 'off' }),
  );
}

function intervalControl(interval) {
  return h(
    'div',
    { class: 'field' },
    h('label', { for: 'dyad-interval' }, 'Interval'),
    h(
      'select',
      { id: 'dyad-interval', name: 'interval' },
      ['month', 'week'].map((value) => h('option', { value, selected: value === interval }, value)),
    ),
  );
}

async function suggestions() {
  const dyads = await apiGet('top/dyads', { n: 12 });
  return h(
    'ul',
    { class: 'chips' },
    dyads.map((d) =>
      h('li', {}, h('a', { href: hash(['dyad'], { a: d.actor, b: d.recipient }), dir: 'auto' }, `${d.actor} → ${d.recipient} (${d.events})`)),
    ),
  );
}

export async function render(root, { params, navigate, isCurrent }) {
  const a = params.get('a') ?? '';
  const b = params.get('b') ?? '';
  const interval = params.get('interval') === 'week' ? 'week' : 'month';
  const facets = await loadFacets();
  if (!isCurrent()) return null;
  const form = filterForm(FILTERS, params, facets, (chosen) => navigate(['dyad'], chosen), {
    before: [
      sideControl('dyad-a', 'a', 'Side A', a, 'IRQ, kb:Q…, name'),
      h('span', { class: 'pair-sep', 'aria-hidden': 'true' }, '⇄'),
      sideControl('dyad-b', 'b', 'Side B', b, 'RUS'),
      intervalControl(interval),
    ],
  });
  form.classList.add('dyad-form');
  root.append(h('h1', {}, 'Dyad'), form);
  if (!a || !b) {
    const chips = await suggestions();
    if (isCurrent()) root.append(section('Most active dyads: pick one, or type two sides above', chips));
    return null;
  }
  const filters = { ...filterParams(params, FILTERS), dyad: [a, b] };
  const [timeline, page] = await Promise.all([
    apiGet('timeline', { ...filters, interval }),
    apiGet('events', { ...filters, limit: 50 }),
  ]);
  if (!isCurrent()) return null;
  const periods = timeline.periods ?? [];
  const dated = periods.reduce((sum, p) => sum + (p.total ?? 0), 0);
  const weighted = periods.reduce((sum, p) => sum + (p.score ?? 0) * (p.total ?? 0), 0);
  root.append(
    h(
      'p',
      { class: 'summary' },
      h('strong', {}, h('bdi', {}, a), ' ⇄ ', h('bdi', {}, b)),
      `: ${number(page.total)} events, ${number(dated)} dated, mean score ${score(dated ? weighted / dated : null)}`,
      timeline.undated ? `, ${number(timeline.undated)} undated` : '',
      timeline.imprecise ? `, ${number(timeline.imprecise)} dated to the year only` : '',
      timeline.undated || timeline.imprecise ? ' (not charted)' : '',
    ),
  );
  const chartBox = h('div', { class: 'chart', id: 'dyad-timeline' });
  root.append(section(`Events per ${interval} by quad class, and the cooperation–conflict score`, chartBox));
  root.append(
    section(
      'Events of this dyad',
      page.total > page.items.length
        ? h('p', {}, h('a', { href: hash(['events'], { dyad: [a, b] }) }, `All ${number(page.total)} events in the table →`))
        : null,
      eventsTable(page.items),
    ),
  );
  if (!periods.length) {
    chartBox.replaceWith(notice('No dated event for this dyad.'));
    return null;
  }
  return timelineChart(chartBox, timeline);
}
