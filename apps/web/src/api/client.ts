import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

/** The typed client of /api/v1, generated from the OpenAPI document (npm run gen:api). */
export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];
export type FieldError = { field: string; message: string };

const SESSION_KEY = 'transferpunt.session';
/** Refresh this long before the access token runs out, so a request never leaves with a token about to expire. */
const EARLY_MS = 30_000;

/** The tokens of this tab's session (sessionStorage: they end with the tab). */
interface StoredSession {
  accessToken: string;
  refreshToken: string;
  /** When the access token runs out (ms since the epoch, by this browser's clock). */
  accessExpiresAt: number;
}
type Tokens = Pick<Schemas['LoginResponse'], 'accessToken' | 'refreshToken' | 'expiresIn'>;

function load(): StoredSession | null {
  try {
    const s = JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null') as StoredSession | null;
    return s && typeof s.accessToken === 'string' && typeof s.refreshToken === 'string' ? s : null;
  } catch {
    return null;
  }
}

let session: StoredSession | null = load();
let refreshing: Promise<boolean> | null = null;
let onUnauthorized: () => void = () => undefined;

/** Keeps the tokens of a login or refresh (null: forget them). */
export const setTokens = (t: Tokens | null) => {
  session = t ? { accessToken: t.accessToken, refreshToken: t.refreshToken, accessExpiresAt: Date.now() + t.expiresIn * 1000 } : null;
  if (session) sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
  else sessionStorage.removeItem(SESSION_KEY);
};
export const getToken = () => session?.accessToken ?? null;
export const whenUnauthorized = (f: () => void) => (onUnauthorized = f);

const AUTH_PATHS = ['/auth/login', '/auth/refresh', '/auth/oidc/exchange'];
const isAuthCall = (url: string) => AUTH_PATHS.some((p) => new URL(url, location.origin).pathname.endsWith(p));

/**
 * Trades the refresh token for new tokens; one refresh at a time (a refresh token can be used once,
 * and a second use would end the session). False when the session has ended.
 */
export function refreshSession(): Promise<boolean> {
  const current = session;
  if (!current) return Promise.resolve(false);
  refreshing ??= fetch('/api/v1/auth/refresh', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ refreshToken: current.refreshToken }) })
    .then(async (res) => {
      if (!res.ok) return false;
      setTokens((await res.json()) as Tokens);
      return true;
    })
    .catch(() => false)
    .finally(() => (refreshing = null));
  return refreshing;
}

/** Ends the session on the server (its tokens stop working at once) and forgets it here. */
export async function endSession(): Promise<void> {
  if (session) {
    try {
      await api.POST('/auth/logout');
    } catch {
      // offline: the tokens are forgotten here all the same, and the session runs out on the server
    }
  }
  setTokens(null);
}

/** The access token, refreshed first when it is about to run out (for downloads made with fetch). */
export async function freshToken(): Promise<string | null> {
  if (session && session.accessExpiresAt - EARLY_MS < Date.now()) await refreshSession();
  return getToken();
}

// JSON bodies: the reports' CSV and Excel files are downloads (see downloadReport), not typed data
export const api = createClient<paths, 'application/json'>({ baseUrl: '/api/v1' });
/** A copy of each request as sent, so it can be sent once more after a refresh. */
const copies = new WeakMap<Request, Request>();
api.use({
  async onRequest({ request }) {
    if (isAuthCall(request.url)) return request;
    if (session && session.accessExpiresAt - EARLY_MS < Date.now()) await refreshSession();
    if (session) request.headers.set('Authorization', `Bearer ${session.accessToken}`);
    copies.set(request, request.clone());
    return request;
  },
  async onResponse({ response, request }) {
    if (response.status !== 401 || isAuthCall(request.url) || !session) return response;
    // the access token ran out (a sleeping laptop) or the session ended: refresh once and try again
    const sentWith = request.headers.get('Authorization');
    const renewed = sentWith !== `Bearer ${session.accessToken}` || (await refreshSession());
    const copy = copies.get(request);
    if (renewed && session && copy) {
      copy.headers.set('Authorization', `Bearer ${session.accessToken}`);
      const again = await fetch(copy);
      if (again.status !== 401) return again;
    }
    setTokens(null);
    onUnauthorized();
    return response;
  },
});

/** A failed call: the HTTP status and the RFC 9457 problem body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Partial<Problem>,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
  }
  get fieldErrors(): FieldError[] {
    return (this.problem.errors ?? []) as FieldError[];
  }
}

/** Unwraps an openapi-fetch result: the data, or an ApiError with the problem. */
export async function call<T>(p: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let r: { data?: T; error?: unknown; response: Response };
  try {
    r = await p;
  } catch {
    throw new ApiError(0, { title: 'Geen verbinding', detail: 'De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.' });
  }
  if (!r.response.ok) throw new ApiError(r.response.status, (r.error ?? {}) as Partial<Problem>);
  return r.data as T;
}

/** Every item of a cursor-paginated list (for counts and look-ups, up to `max` items). */
export async function all<T>(page: (cursor?: string) => Promise<{ items: T[]; nextCursor: string | null }>, max = 5000): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | undefined;
  do {
    const p = await page(cursor);
    out.push(...p.items);
    cursor = p.nextCursor ?? undefined;
  } while (cursor && out.length < max);
  return out;
}
