// Search: articles (full text, matches marked in the snippet) and actors whose names match.
import { apiGet } from '../api.js';
import { h, hash, metaLine, notice, section } from '../dom.js';
import { number } from '../format.js';

/** The snippet as text nodes with <mark> around each [start, end] span. */
function snippet(text, spans) {
  const out = h('p', { class: 'snippet', dir: 'auto' });
  let pos = 0;
  for (const [start, end] of [...(spans ?? [])].sort((x, y) => x[0] - y[0])) {
    if (start < pos || end <= start) continue;
    out.append(text.slice(pos, start), h('mark', {}, text.slice(start, end)));
    pos = end;
  }
  out.append(text.slice(pos));
  return out;
}

function searchForm(q, lang, langs, navigate) {
  const form = h(
    'form',
    { class: 'filters', role: 'search' },
    h('div', { class: 'field wide' }, h('label', { for: 'search-q' }, 'Words'), h('input', { id: 'search-q', name: 'q', type: 'search', value: q, dir: 'auto', required: true })),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'search-lang' }, 'Language'),
      h('select', { id: 'search-lang', name: 'lang' }, h('option', { value: '' }, 'any'), langs.map((code) => h('option', { value: code, selected: code === lang }, code))),
    ),
    h('div', { class: 'field buttons' }, h('button', { type: 'submit', class: 'primary' }, 'Search')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    navigate(['search'], { q: String(data.get('q') ?? '').trim(), lang: data.get('lang') });
  });
  return form;
}

export async function render(root, { params, navigate, isCurrent }) {
  const q = params.get('q') ?? '';
  const lang = params.get('lang') ?? '';
  const offset = Math.max(Number(params.get('offset')) || 0, 0);
  const facets = await apiGet('facets');
  if (!isCurrent()) return null;
  root.append(h('h1', {}, 'Search'), searchForm(q, lang, facets.langs ?? [], navigate));
  if (!q) return null;
  const [documents, actors] = await Promise.all([
    apiGet('documents', { q, lang, limit: 20, offset }),
    apiGet('actors', { q, limit: 20 }),
  ]);
  if (!isCurrent()) return null;
  const results = h(
    'ol',
    { class: 'results' },
    documents.items.map((item) =>
      h(
        'li',
        {},
        h('a', { href: hash(['article', item.id]), class: 'result-title', dir: 'auto' }, item.title ?? item.id),
        h('div', { class: 'muted' }, metaLine([item.outlet, item.lang, item.published])),
        snippet(item.snippet ?? '', item.snippet_spans),
      ),
    ),
  );
  const more = offset + documents.items.length < documents.total;
  root.append(
    h(
      'div',
      { class: 'columns wide-left' },
      section(
        `Articles (${number(documents.total)})`,
        documents.items.length ? results : notice('No article matches.'),
        more ? h('a', { class: 'button', href: hash(['search'], { q, lang, offset: offset + 20 }) }, 'More →') : null,
      ),
      section(
        `Actors (${number(actors.length)})`,
        actors.length
          ? h(
              'ul',
              { class: 'entity-list' },
              actors.map((a) =>
                h('li', {}, h('a', { href: hash(['actor', a.id]), dir: 'auto' }, a.label ?? a.id), a.country ? [' ', h('span', { class: 'code' }, a.country)] : null, h('span', { class: 'muted' }, ` · ${a.type ?? ''} · ${number(a.documents)} articles`)),
              ),
            )
          : notice('No actor matches.'),
      ),
    ),
  );
  return null;
}
