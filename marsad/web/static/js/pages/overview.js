// Overview: what the database holds (counts, dates, languages), the overall timeline, top actors and dyads.
import { apiGet } from '../api.js';
import { h, hash, section } from '../dom.js';
import { number, score, scoreColor } from '../format.js';
import { timelineChart } from './timeline-chart.js';

function card(label, value, detail = null) {
  return h('div', { class: 'card' }, h('div', { class: 'card-value' }, value), h('div', { class: 'card-label' }, label), detail);
}

function actorsTable(actors) {
  return h(
    'table',
    { class: 'data compact' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Actor'), h('th', {}, 'Country'), h('th', { class: 'num' }, 'Events'))),
    h(
      'tbody',
      {},
      actors.map((a) =>
        h(
          'tr',
          {},
          h('td', {}, h('a', { href: hash(['events'], { actor: a.id }), dir: 'auto' }, a.label ?? a.id)),
          h('td', {}, a.country ? h('span', { class: 'code' }, a.country) : '—'),
          h('td', { class: 'num' }, number(a.events)),
        ),
      ),
    ),
  );
}

function dyadsTable(dyads) {
  return h(
    'table',
    { class: 'data compact' },
    h(
      'thead',
      {},
      h('tr', {}, h('th', {}, 'Actor'), h('th', {}, 'Recipient'), h('th', { class: 'num' }, 'Events'), h('th', { class: 'num' }, 'Score')),
    ),
    h(
      'tbody',
      {},
      dyads.map((d) => {
        const scoreCell = h('td', { class: 'num score' }, score(d.score));
        scoreCell.style.color = scoreColor(d.score);
        return h(
          'tr',
          {},
          h('td', {}, h('a', { href: hash(['dyad'], { a: d.actor, b: d.recipient }), dir: 'auto' }, d.actor_label ?? d.actor)),
          h('td', {}, h('a', { href: hash(['dyad'], { a: d.actor, b: d.recipient }), dir: 'auto' }, d.recipient_label ?? d.recipient)),
          h('td', { class: 'num' }, number(d.events)),
          scoreCell,
        );
      }),
    ),
  );
}

export async function render(root, { isCurrent }) {
  const [facets, actors, dyads, timeline] = await Promise.all([
    apiGet('facets'),
    apiGet('top/actors', { n: 12 }),
    apiGet('top/dyads', { n: 12 }),
    apiGet('timeline', { interval: 'month' }),
  ]);
  if (!isCurrent()) return null;
  const range = facets.date_min ? `${facets.date_min} → ${facets.date_max}` : 'no dated event';
  root.append(
    h('h1', {}, 'Overview'),
    h(
      'div',
      { class: 'cards' },
      card('articles', number(facets.documents)),
      card('events', number(facets.events)),
      card('event dates', range),
      card('languages', (facets.langs ?? []).join(' · ') || '—'),
      card('outlets', number((facets.outlets ?? []).length)),
    ),
  );
  const chartBox = h('div', { class: 'chart', id: 'overview-timeline' });
  root.append(section('Events per month, all actors', chartBox));
  root.append(
    h(
      'div',
      { class: 'columns' },
      section('Most active countries', actorsTable(actors)),
      section('Most active dyads', dyadsTable(dyads)),
    ),
  );
  return timelineChart(chartBox, timeline);
}
