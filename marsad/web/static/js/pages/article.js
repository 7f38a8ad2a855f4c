// Article view: the body with evidence sentences and entity mentions highlighted, the selected event's
// details, the article's events and entities. Everything from the article is inserted as text.
import { apiGet, idPath } from '../api.js';
import { h, hash, metaLine, notice, section } from '../dom.js';
import { typeBadge } from '../components/events-table.js';
import { confidence, quadKey, sideText } from '../format.js';
import { highlightedBody } from '../highlight.js';

const ENTITY_ORDER = ['PERSON', 'ORG', 'GPE', 'LOC', 'WEAPON'];

function actorIdsByEntity(rows) {
  const ids = new Map();
  for (const row of rows) {
    for (const side of [row.actor ?? [], row.recipient ?? []]) {
      for (const actor of side) if (actor.entity && actor.actor_id) ids.set(actor.entity, actor.actor_id);
    }
  }
  return ids;
}

function detail(label, value) {
  if (value === null || value === undefined || value === '') return null;
  return [h('dt', {}, label), h('dd', { dir: 'auto' }, value)];
}

function sideLinks(side) {
  if (!side?.length) return '—';
  return h(
    'span',
    {},
    side.map((actor, i) => [
      i ? ', ' : '',
      actor.actor_id
        ? h('a', { href: hash(['actor', actor.actor_id]), dir: 'auto' }, actor.name || actor.country || '?')
        : h('span', { dir: 'auto' }, actor.name || actor.country || '?'),
      actor.country && actor.name && actor.name !== actor.country ? [' ', h('span', { class: 'code' }, actor.country)] : '',
    ]),
  );
}

function eventCard(event, row) {
  const source = row ?? event;
  const date = event.date ? `${event.date}${event.date_text ? ` ("${event.date_text}")` : ''}` : `undated${event.date_text ? ` ("${event.date_text}")` : ''}`;
  return h(
    'div',
    { class: ['event-card', quadKey(event)], id: 'selected-event' },
    h('div', { class: 'event-head' }, typeBadge(event), event.mode ? h('span', { class: 'mode' }, event.mode) : null),
    h(
      'dl',
      { class: 'facts' },
      detail('Actor', sideLinks(source.actor)),
      detail('Recipient', sideLinks(source.recipient)),
      detail('Date', date),
      detail('Date basis', event.date_basis),
      detail('Modality', event.aux),
      detail('Contexts', (event.contexts ?? []).join(', ')),
      detail('Location', event.location ? [event.location.name, event.location.country].filter(Boolean).join(', ') : null),
      detail('Confidence', confidence(event.confidence)),
      detail('Rule', event.rule),
      detail('CAMEO', event.cameo ? `${event.cameo.code ?? event.cameo.root} · Goldstein ${event.cameo.goldstein} · ${event.cameo.quad_class}` : null),
    ),
    h('blockquote', { class: 'evidence-quote', dir: 'auto' }, event.evidence?.text ?? ''),
  );
}

function eventsList(doc, selected) {
  return h(
    'ol',
    { class: 'event-list' },
    (doc.events ?? []).map((event) =>
      h(
        'li',
        { class: event.id === selected ? 'selected' : null },
        h(
          'a',
          { href: hash(['article', doc.id], { event: event.id }), class: 'event-link', dataset: { event: event.id } },
          typeBadge(event),
          ' ',
          h('span', { dir: 'auto' }, `${sideText(event.actor)} → ${sideText(event.recipient)}`),
          event.date ? h('span', { class: 'muted' }, ` · ${event.date}`) : null,
        ),
      ),
    ),
  );
}

function entitiesList(entities, actorIds, body) {
  const groups = new Map(ENTITY_ORDER.map((type) => [type, []]));
  for (const entity of entities ?? []) {
    if (!groups.has(entity.type)) groups.set(entity.type, []);
    groups.get(entity.type).push(entity);
  }
  const list = h('div', { class: 'entity-groups' });
  for (const [type, members] of groups) {
    if (!members.length) continue;
    list.append(
      h('h3', {}, h('span', { class: `legend type-${type}` }), type),
      h(
        'ul',
        { class: 'entity-list' },
        members.map((entity) => {
          const actorId = entity.actor_id ?? actorIds.get(entity.id) ?? (entity.kb_id ? `kb:${entity.kb_id}` : null);
          const name = actorId
            ? h('a', { href: hash(['actor', actorId]), dir: 'auto' }, entity.name)
            : h('span', { dir: 'auto' }, entity.name);
          const toggle = h(
            'button',
            { type: 'button', class: 'ghost small', title: 'Show its mentions in the text' },
            `${entity.mentions?.length ?? 0}×`,
          );
          toggle.addEventListener('click', () => {
            const on = !toggle.classList.contains('on');
            toggle.classList.toggle('on', on);
            for (const mark of body.querySelectorAll('mark.mention')) {
              if (mark.dataset.entity === entity.id) mark.classList.toggle('focus', on);
            }
          });
          return h(
            'li',
            { dataset: { entity: entity.id } },
            name,
            entity.country ? [' ', h('span', { class: 'code' }, entity.country)] : null,
            entity.role ? h('span', { class: 'muted', dir: 'auto' }, ` · ${entity.role}`) : null,
            ' ',
            toggle,
          );
        }),
      ),
    );
  }
  return list;
}

export async function render(root, { args, params, isCurrent }) {
  const docId = args[0];
  if (!docId) {
    root.append(notice('Open an article from the events table or the search.'));
    return null;
  }
  const [doc, rows] = await Promise.all([
    apiGet(`documents/${idPath(docId)}`),
    apiGet('events', { doc_id: docId, limit: 1000 }),
  ]);
  if (!isCurrent()) return null;
  const selected = params.get('event') ?? doc.events?.[0]?.id ?? null;
  const rowById = new Map(rows.items.map((row) => [row.event_id, row]));
  const selectedEvent = (doc.events ?? []).find((event) => event.id === selected) ?? null;
  document.title = `${doc.title ?? doc.id} — Marsad`;

  const body = highlightedBody(doc.body ?? '', doc.events, doc.entities, selected);
  const meta = metaLine([doc.outlet, doc.published ?? 'no publication date', doc.lang, doc.id]);
  const article = h(
    'article',
    { class: 'article', lang: doc.lang ?? null },
    h('h1', { class: 'article-title', dir: 'auto' }, doc.title ?? doc.id),
    h('p', { class: 'article-meta' }, meta, doc.url ? [' · ', h('a', { href: doc.url, rel: 'noopener noreferrer', target: '_blank' }, 'source')] : null),
    (doc.warnings ?? []).length ? h('ul', { class: 'warnings' }, doc.warnings.map((w) => h('li', {}, w))) : null,
    h(
      'p',
      { class: 'legend-note' },
      h('mark', { class: 'evidence sample' }, 'evidence sentence'),
      ' ',
      h('mark', { class: 'evidence selected sample' }, 'selected event'),
      ' ',
      ENTITY_ORDER.map((type) => [h('mark', { class: `mention sample type-${type}` }, type), ' ']),
    ),
    body,
  );
  const side = h(
    'aside',
    { class: 'article-side' },
    selectedEvent ? section('Event', eventCard(selectedEvent, rowById.get(selectedEvent.id))) : null,
    section(`Events (${doc.events?.length ?? 0})`, doc.events?.length ? eventsList(doc, selected) : notice('No event in this article.')),
    section(`Entities (${doc.entities?.length ?? 0})`, entitiesList(doc.entities, actorIdsByEntity(rows.items), body)),
  );
  root.append(h('div', { class: 'article-layout' }, article, side));
  body.querySelector('mark.evidence.selected')?.scrollIntoView({ block: 'center' });
  return null;
}
