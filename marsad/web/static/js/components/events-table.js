// The dense event table: date, type and mode, the two sides (linked to actor pages), evidence linked to the article.
import { append, h, hash, metaLine } from '../dom.js';
import { confidence, quadKey } from '../format.js';

function actorLinks(side) {
  if (!side?.length) return h('span', { class: 'muted' }, '—');
  const list = h('span', { class: 'side' });
  side.forEach((actor, index) => {
    if (index) list.append(', ');
    const name = actor.name || actor.country || '?';
    const label = actor.actor_id
      ? h('a', { href: hash(['actor', actor.actor_id]), dir: 'auto' }, name)
      : h('span', { dir: 'auto' }, name);
    list.append(label);
    if (actor.country && actor.country !== name) list.append(' ', h('span', { class: 'code' }, actor.country));
  });
  return list;
}

export function typeBadge(row) {
  return h('span', { class: ['badge', quadKey(row)] }, row.type);
}

export function eventLink(row) {
  return hash(['article', row.doc_id], { event: row.event_id });
}

/** A table of event rows; each evidence cell opens the article with that event's evidence highlighted. */
export function eventsTable(rows, { caption = null } = {}) {
  const table = h(
    'table',
    { class: 'data events-table' },
    caption ? h('caption', {}, caption) : null,
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['Date', 'Type', 'Actor', 'Recipient', 'Evidence', 'Article', 'Conf.'].map((label) => h('th', {}, label)),
      ),
    ),
  );
  const body = h('tbody');
  for (const row of rows) {
    body.append(
      h(
        'tr',
        { dataset: { doc: row.doc_id, event: row.event_id } },
        h('td', { class: 'nowrap' }, row.date ?? h('span', { class: 'muted', title: row.date_text ?? '' }, 'undated')),
        h(
          'td',
          { class: 'nowrap' },
          typeBadge(row),
          row.mode ? h('div', { class: 'mode' }, row.mode) : null,
          row.aux ? h('div', { class: 'aux' }, row.aux) : null,
        ),
        h('td', {}, actorLinks(row.actor)),
        h('td', {}, actorLinks(row.recipient)),
        h(
          'td',
          { class: 'evidence-cell' },
          h('a', { class: 'open-event', href: eventLink(row), dir: 'auto' }, row.evidence?.text ?? ''),
        ),
        h(
          'td',
          { class: 'article-cell' },
          h('div', { class: 'title', dir: 'auto' }, row.title ?? row.doc_id),
          h('div', { class: 'muted' }, metaLine([row.outlet, row.lang, row.published])),
        ),
        h('td', { class: 'num' }, confidence(row.confidence)),
      ),
    );
  }
  table.append(body);
  if (!rows.length) body.append(h('tr', {}, h('td', { colspan: 7, class: 'empty' }, 'No event matches.')));
  return h('div', { class: 'table-wrap' }, table);
}

/** "1–50 of 312" with previous/next links; `linkFor(offset)` gives the hash of another page. */
export function pager(total, limit, offset, linkFor) {
  const last = Math.min(offset + limit, total);
  const nav = h('nav', { class: 'pager', 'aria-label': 'Pages' });
  nav.append(h('span', { class: 'range' }, total ? `${offset + 1}–${last} of ${total.toLocaleString('en')}` : '0 events'));
  const previous = Math.max(0, offset - limit);
  append(nav, [
    offset > 0 ? h('a', { href: linkFor(previous), class: 'button', rel: 'prev' }, '← Previous') : null,
    last < total ? h('a', { href: linkFor(offset + limit), class: 'button', rel: 'next' }, 'Next →') : null,
  ]);
  return nav;
}
