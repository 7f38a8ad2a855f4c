// Network: who acts on whom (countries or actors), edges weighted by events and coloured by score.
import { apiGet } from '../api.js';
import { createChart, tooltip } from '../charts.js';
import { h, hash, notice, section } from '../dom.js';
import { AGGREGATE_FILTERS, filterForm, filterParams, loadFacets } from '../components/filters.js';
import { number, score, scoreColor } from '../format.js';

function levelControl(level) {
  return h(
    'div',
    { class: 'field' },
    h('label', { for: 'network-level' }, 'Nodes'),
    h(
      'select',
      { id: 'network-level', name: 'level' },
      h('option', { value: 'country', selected: level === 'country' }, 'countries'),
      h('option', { value: 'actor', selected: level === 'actor' }, 'actors'),
    ),
  );
}

function edgeTypes(types) {
  return Object.entries(types ?? {})
    .sort((x, y) => y[1] - x[1])
    .map(([type, n]) => ({ label: type, value: String(n) }));
}

function drawGraph(chart, graph, level, navigate) {
  const maxNode = Math.max(1, ...graph.nodes.map((n) => n.weight ?? 1));
  const maxEdge = Math.max(1, ...graph.edges.map((e) => e.weight ?? 1));
  const labels = new Map(graph.nodes.map((n) => [n.id, n.label ?? n.id]));
  chart.setOption({
    animationDurationUpdate: 400,
    tooltip: {
      formatter: (item) => {
        if (item.dataType === 'edge') {
          const edge = item.data;
          return tooltip(`${labels.get(edge.source)} → ${labels.get(edge.target)}`, [
            { label: 'events', value: number(edge.weight) },
            { label: 'score', value: score(edge.score), color: scoreColor(edge.score) },
            ...edgeTypes(edge.types),
          ]);
        }
        const node = item.data;
        return tooltip(node.name, [
          { label: 'events', value: number(node.weight) },
          { label: 'country', value: node.country ?? '—' },
        ]);
      },
    },
    series: [
      {
        type: 'graph',
        layout: 'force',
        roam: true,
        draggable: true,
        force: { repulsion: 900, edgeLength: [90, 260], gravity: 0.06, layoutAnimation: false },
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: 7,
        label: { show: true, position: 'right', fontSize: 11 },
        emphasis: { focus: 'adjacency', lineStyle: { width: 4 } },
        data: graph.nodes.map((n) => ({
          id: n.id,
          name: n.label ?? n.id,
          country: n.country,
          weight: n.weight,
          symbolSize: 10 + 30 * Math.sqrt((n.weight ?? 1) / maxNode),
          itemStyle: { color: '#1f3a5f' },
        })),
        links: graph.edges.map((e) => ({
          source: e.source,
          target: e.target,
          weight: e.weight,
          score: e.score,
          types: e.types,
          lineStyle: { width: 1 + 5 * ((e.weight ?? 1) / maxEdge), color: scoreColor(e.score), curveness: 0.15, opacity: 0.8 },
        })),
      },
    ],
  });
  chart.on('click', (item) => {
    if (item.dataType === 'edge') navigate(['events'], { dyad: [item.data.source, item.data.target] });
    else if (item.dataType === 'node') {
      if (level === 'actor') navigate(['actor', item.data.id]);
      else navigate(['events'], { actor: item.data.id });
    }
  });
}

export async function render(root, { params, navigate, isCurrent }) {
  const level = params.get('level') === 'actor' ? 'actor' : 'country';
  const minWeight = Math.max(1, Number(params.get('min_weight')) || 1);
  const filters = filterParams(params, AGGREGATE_FILTERS);
  const [facets, graph] = await Promise.all([
    loadFacets(),
    apiGet('network', { ...filters, level, min_weight: minWeight, limit: 200 }),
  ]);
  if (!isCurrent()) return null;
  root.append(
    h('h1', {}, 'Network'),
    filterForm(AGGREGATE_FILTERS, params, facets, (chosen) => navigate(['network'], chosen), {
      after: [levelControl(level)],
    }),
  );
  const box = h('div', { class: 'chart tall', id: 'network-graph' });
  const legend = h(
    'p',
    { class: 'legend-note' },
    `${number(graph.nodes.length)} ${level === 'actor' ? 'actors' : 'countries'}, ${number(graph.edges.length)} dyads. `,
    'Arrows go from actor to recipient; width = events, colour = mean score (green cooperation, red conflict). ',
    'Click an edge for its events, a node for its ',
    level === 'actor' ? 'actor page.' : 'events.',
  );
  root.append(section('Actor network', legend, box));
  if (!graph.nodes.length) {
    box.replaceWith(notice('No event matches these filters.'));
    return null;
  }
  try {
    const { chart } = await createChart(box);
    drawGraph(chart, graph, level, navigate);
    root.append(
      h('p', {}, h('a', { href: hash(['events'], filters) }, 'These events in the table →')),
    );
    return () => chart.dispose();
  } catch (error) {
    box.replaceWith(notice(error.message, 'warning'));
    return null;
  }
}
