// Events: the full filter form and the paginated event table (each row opens its article).
import { apiGet } from '../api.js';
import { h, hash } from '../dom.js';
import { ALL_FILTERS, filterForm, filterParams, loadFacets } from '../components/filters.js';
import { eventsTable, pager } from '../components/events-table.js';

const PAGE_SIZE = 50;

export async function render(root, { params, navigate, isCurrent }) {
  const limit = Math.min(Math.max(Number(params.get('limit')) || PAGE_SIZE, 1), 1000);
  const offset = Math.max(Number(params.get('offset')) || 0, 0);
  const query = filterParams(params);
  const [facets, page] = await Promise.all([loadFacets(), apiGet('events', { ...query, limit, offset })]);
  if (!isCurrent()) return null;

  const linkFor = (newOffset) => {
    const next = new URLSearchParams(params);
    next.set('offset', String(newOffset));
    return hash(['events'], next);
  };
  root.append(
    h('h1', {}, 'Events'),
    filterForm(ALL_FILTERS, params, facets, (chosen) => navigate(['events'], chosen)),
    h(
      'div',
      { class: 'toolbar' },
      pager(page.total, page.limit, page.offset, linkFor),
      h('a', { href: hash(['network'], filterParams(params, ['actor', 'recipient', 'type', 'context', 'date_from', 'date_to', 'lang', 'outlet'])) }, 'Network of these events'),
    ),
    eventsTable(page.items),
    pager(page.total, page.limit, page.offset, linkFor),
  );
  return null;
}
