// The JSON API client: every request carries the bearer token kept in sessionStorage (given once as ?token=).

const TOKEN_KEY = 'marsad.token';

export class ApiError extends Error {
  constructor(status, error) {
    const code = error?.code ?? `HTTP ${status}`;
    super(`${code}: ${error?.message ?? 'request failed'}`);
    this.status = status;
    this.code = code;
    this.hint = error?.hint ?? '';
  }
}

/** Moves a ?token= of the page URL into sessionStorage and removes it from the address bar. */
export function adoptTokenFromUrl() {
  const url = new URL(window.location.href);
  const token = url.searchParams.get('token');
  if (token === null) return;
  sessionStorage.setItem(TOKEN_KEY, token);
  url.searchParams.delete('token');
  history.replaceState(null, '', url.pathname + url.search + url.hash);
}

export function authHeaders() {
  const token = sessionStorage.getItem(TOKEN_KEY);
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/** GET /api/<path> with query parameters (null/empty values are left out, arrays repeat the key). */
export async function apiGet(path, params = {}) {
  const url = new URL(`/api/${path}`, window.location.origin);
  for (const [key, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== null && item !== undefined && item !== '') url.searchParams.append(key, String(item));
    }
  }
  const response = await fetch(url, { headers: { Accept: 'application/json', ...authHeaders() } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body?.error);
  return body;
}

/** The path segment of an id in an API URL (ids may hold ':', '|', spaces). */
export function idPath(id) {
  return encodeURIComponent(id);
}
