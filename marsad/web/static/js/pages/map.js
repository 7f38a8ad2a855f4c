// World map: events by country (actor or recipient side) as a choropleth; click a country for its events.
import { apiGet } from '../api.js';
import { createChart, loadWorld, tooltip } from '../charts.js';
import { h, hash, notice, section } from '../dom.js';
import { AGGREGATE_FILTERS, filterForm, filterParams, loadFacets } from '../components/filters.js';
import { number } from '../format.js';

function countriesTable(rows, names) {
  return h(
    'table',
    { class: 'data compact' },
    h(
      'thead',
      {},
      h('tr', {}, ['Country', 'Events', 'As actor', 'As recipient'].map((label, i) => h('th', { class: i ? 'num' : null }, label))),
    ),
    h(
      'tbody',
      {},
      rows.map((row) =>
        h(
          'tr',
          {},
          h('td', {}, h('span', { class: 'code' }, row.country), ' ', names.get(row.country) ?? ''),
          h('td', { class: 'num' }, number(row.events)),
          h('td', { class: 'num' }, h('a', { href: hash(['events'], { actor: row.country }) }, number(row.as_actor))),
          h('td', { class: 'num' }, h('a', { href: hash(['events'], { recipient: row.country }) }, number(row.as_recipient))),
        ),
      ),
    ),
  );
}

export async function render(root, { params, navigate, isCurrent }) {
  const filters = filterParams(params, AGGREGATE_FILTERS);
  const [facets, rows] = await Promise.all([loadFacets(), apiGet('countries', filters)]);
  if (!isCurrent()) return null;
  root.append(h('h1', {}, 'World map'), filterForm(AGGREGATE_FILTERS, params, facets, (chosen) => navigate(['map'], chosen)));
  const box = h('div', { class: 'chart tall', id: 'world-map' });
  const byCountry = new Map(rows.map((row) => [row.country, row]));
  root.append(section('Events by country (either side)', box));
  let names = new Map();
  let dispose = null;
  try {
    const { echarts, chart } = await createChart(box);
    names = await loadWorld(echarts);
    const max = Math.max(1, ...rows.map((row) => row.events));
    chart.setOption({
      tooltip: {
        trigger: 'item',
        formatter: (item) => {
          const row = byCountry.get(item.name);
          return tooltip(`${names.get(item.name) ?? item.name} (${item.name})`, [
            { label: 'events', value: number(row?.events ?? 0) },
            { label: 'as actor', value: number(row?.as_actor ?? 0) },
            { label: 'as recipient', value: number(row?.as_recipient ?? 0) },
          ]);
        },
      },
      visualMap: {
        min: 0,
        max,
        left: 16,
        bottom: 16,
        text: ['more events', 'fewer'],
        calculable: true,
        inRange: { color: ['#e8eef6', '#7aa6d6', '#1f3a5f'] },
      },
      series: [
        {
          type: 'map',
          map: 'world',
          roam: true,
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#f2c14e' } },
          itemStyle: { areaColor: '#f4f5f7', borderColor: '#b8c0cc', borderWidth: 0.5 },
          data: rows.map((row) => ({ name: row.country, value: row.events })),
        },
      ],
    });
    chart.on('click', (item) => {
      if (byCountry.has(item.name)) navigate(['events'], { actor: item.name });
    });
    dispose = () => chart.dispose();
  } catch (error) {
    box.replaceWith(notice(error.message, 'warning'));
  }
  if (!isCurrent()) return dispose;
  root.append(section('Countries', rows.length ? countriesTable(rows, names) : notice('No event matches these filters.')));
  return dispose;
}
