// Entity page: an actor's names in Arabic, French and English, roles over time, and its events.
import { apiGet, idPath } from '../api.js';
import { h, hash, notice, section } from '../dom.js';
import { eventsTable } from '../components/events-table.js';
import { number } from '../format.js';

const LANGUAGES = [
  { code: 'ar', label: 'Arabic', dir: 'rtl' },
  { code: 'fr', label: 'French', dir: 'ltr' },
  { code: 'en', label: 'English', dir: 'ltr' },
];

function namesBlock(names) {
  return h(
    'div',
    { class: 'names' },
    LANGUAGES.map((lang) =>
      h(
        'div',
        { class: 'names-lang', dataset: { lang: lang.code } },
        h('h3', {}, lang.label),
        (names?.[lang.code] ?? []).length
          ? h('ul', { lang: lang.code, dir: lang.dir }, names[lang.code].map((name) => h('li', {}, name)))
          : h('p', { class: 'muted' }, 'not seen in this language'),
      ),
    ),
  );
}

function rolesTable(roles) {
  if (!roles?.length) return notice('No role recorded.');
  return h(
    'table',
    { class: 'data compact' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Role'), h('th', {}, 'From'), h('th', {}, 'To'), h('th', { class: 'num' }, 'Articles'))),
    h(
      'tbody',
      {},
      roles.map((role) =>
        h(
          'tr',
          {},
          h('td', { dir: 'auto' }, role.role),
          h('td', {}, role.from ?? '—'),
          h('td', {}, role.to ?? '—'),
          h('td', { class: 'num' }, number(role.documents)),
        ),
      ),
    ),
  );
}

export async function render(root, { args, isCurrent }) {
  const actorId = args[0];
  if (!actorId) {
    root.append(notice('Open an actor from an event or the search.'));
    return null;
  }
  const actor = await apiGet(`actors/${idPath(actorId)}`);
  if (!isCurrent()) return null;
  const title = actor.label ?? actor.name ?? actor.names?.en?.[0] ?? actor.names?.fr?.[0] ?? actor.names?.ar?.[0] ?? actor.id;
  document.title = `${title} — Marsad`;
  const facts = [actor.type, actor.country, actor.sector, actor.kb_id ? `KB ${actor.kb_id}` : null].filter(Boolean);
  root.append(
    h(
      'header',
      { class: 'entity-head' },
      h('h1', { dir: 'auto' }, title),
      h('p', { class: 'article-meta' }, facts.map((fact) => h('span', { class: 'code' }, fact)), ` ${number(actor.documents)} articles · key `, h('code', {}, actor.id)),
    ),
    h('div', { class: 'columns' }, section('Names', namesBlock(actor.names)), section('Roles over time', rolesTable(actor.roles))),
    section(
      `Events (${number(actor.events?.total ?? 0)})`,
      (actor.events?.total ?? 0) > (actor.events?.items?.length ?? 0)
        ? h('p', {}, h('a', { href: hash(['events'], { actor: actor.id }) }, 'All its events as actor in the table →'))
        : null,
      eventsTable(actor.events?.items ?? []),
    ),
  );
  return null;
}
