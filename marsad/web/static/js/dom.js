// Builds DOM nodes from data. Text only ever goes through text nodes and attribute values: article text,
// titles and names are untrusted and are never parsed as HTML (no HTML-parsing DOM sink anywhere here).

/**
 * h('a', {href: '#/x', class: 'link', onclick: fn}, 'text', child, [more]) -> HTMLElement.
 * Attribute values are set with setAttribute (never parsed as markup); `text` sets textContent.
 */
export function h(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') element.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
    else if (key === 'text') element.textContent = String(value);
    else if (key === 'dataset') Object.assign(element.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') element.addEventListener(key.slice(2), value);
    else if (key === 'href') element.setAttribute('href', safeHref(value));
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

export function clear(element) {
  element.replaceChildren();
  return element;
}

/** In-app hash links and http(s) URLs only: a stored article URL like `javascript:...` becomes inert. */
export function safeHref(value) {
  const text = String(value);
  if (text.startsWith('#') || text.startsWith('/')) return text;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '#';
  } catch {
    return '#';
  }
}

/**
 * A link to a dashboard page: hash(['article', id], {event: 'v1'}) -> '#/article/<id>?event=v1'.
 * `params` is an object (array values repeat the key) or a URLSearchParams.
 */
export function hash(parts, params = {}) {
  const path = parts.map((part) => encodeURIComponent(part)).join('/');
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  const query = new URLSearchParams();
  for (const [key, value] of entries) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== null && item !== undefined && item !== '') query.append(key, String(item));
    }
  }
  const search = query.toString();
  return `#/${path}${search ? `?${search}` : ''}`;
}

export function notice(text, kind = 'info') {
  return h('p', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

export function errorNotice(error) {
  const parts = [error.message || String(error)];
  if (error.hint) parts.push(error.hint);
  return notice(parts.join(' — '), 'error');
}

export function section(title, ...children) {
  return h('section', { class: 'panel' }, h('h2', {}, title), ...children);
}

/** "a · b · c" where each part keeps its own direction (an Arabic outlet next to a date stays readable). */
export function metaLine(parts) {
  const line = [];
  for (const part of parts.filter((p) => p !== null && p !== undefined && p !== '')) {
    if (line.length) line.push(' · ');
    line.push(part instanceof Node ? part : h('bdi', {}, part));
  }
  return line;
}
