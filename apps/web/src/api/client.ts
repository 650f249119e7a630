import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

/** The typed client of /api/v1, generated from the OpenAPI document (npm run gen:api). */
export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];
export type FieldError = { field: string; message: string };

const TOKEN_KEY = 'transferpunt.token';
let token: string | null = sessionStorage.getItem(TOKEN_KEY);
let onUnauthorized: () => void = () => undefined;

export const setToken = (t: string | null) => {
  token = t;
  if (t) sessionStorage.setItem(TOKEN_KEY, t);
  else sessionStorage.removeItem(TOKEN_KEY);
};
export const getToken = () => token;
export const whenUnauthorized = (f: () => void) => (onUnauthorized = f);

// JSON bodies: the reports' CSV and Excel files are downloads (see downloadReport), not typed data
export const api = createClient<paths, 'application/json'>({ baseUrl: '/api/v1' });
api.use({
  onRequest({ request }) {
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ response, request }) {
    if (response.status === 401 && token && !request.url.endsWith('/auth/login')) onUnauthorized();
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
