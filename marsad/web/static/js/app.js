// The dashboard shell: hash router (#/page/arg?params), navigation state, quick search, page lifecycle.
import { adoptTokenFromUrl } from './api.js';
import { clear, errorNotice, hash } from './dom.js';
import * as actor from './pages/actor.js';
import * as article from './pages/article.js';
import * as dyad from './pages/dyad.js';
import * as events from './pages/events.js';
import * as map from './pages/map.js';
import * as network from './pages/network.js';
import * as overview from './pages/overview.js';
import * as search from './pages/search.js';

const PAGES = { '': overview, events, dyad, network, map, article, actor, search };

const root = document.getElementById('page');
let current = { dispose: null, generation: 0 };

export function parseHash(raw = window.location.hash) {
  const text = raw.replace(/^#\/?/, '');
  const cut = text.indexOf('?');
  const path = cut < 0 ? text : text.slice(0, cut);
  const params = new URLSearchParams(cut < 0 ? '' : text.slice(cut + 1));
  const [page = '', ...args] = path.split('/').map((part) => decodeURIComponent(part));
  return { page, args, params };
}

/** Goes to another page (or the same page with other parameters). */
export function navigate(parts, params) {
  window.location.hash = hash(parts, params);
}

async function route() {
  const { page, args, params } = parseHash();
  const module = PAGES[page] ?? null;
  for (const link of document.querySelectorAll('.nav a')) {
    link.classList.toggle('active', link.dataset.page === page);
  }
  const generation = ++current.generation;
  if (current.dispose) current.dispose();
  current.dispose = null;
  clear(root);
  document.title = 'Marsad workbench';
  if (!module) {
    root.append(errorNotice(new Error(`No page "${page}". Use the menu above.`)));
    return;
  }
  const context = { args, params, navigate, isCurrent: () => generation === current.generation };
  try {
    const dispose = await module.render(root, context);
    if (generation === current.generation) current.dispose = dispose ?? null;
    else if (dispose) dispose();
  } catch (error) {
    if (generation === current.generation) root.append(errorNotice(error));
  }
  if (generation === current.generation) document.body.dataset.page = page || 'overview';
}

function start() {
  adoptTokenFromUrl();
  document.getElementById('quick-search').addEventListener('submit', (event) => {
    event.preventDefault();
    const q = new FormData(event.target).get('q')?.toString().trim();
    if (q) navigate(['search'], { q });
  });
  window.addEventListener('hashchange', route);
  route();
}

start();
