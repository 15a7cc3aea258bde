import { errorBodySchema } from '@vinhdanh/contracts';
import type { z } from 'zod';

const BASE = '/api/v1';

/** A failed API call: the server's stable `code`, its Vietnamese `message`, and field paths for bad input. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** VALIDATION_FAILED details as `{ fieldName: message }`, with the `body.` / `querystring.` prefix dropped. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    if (this.code !== 'VALIDATION_FAILED' || !Array.isArray(this.details)) return out;
    for (const item of this.details as Array<{ path?: unknown; message?: unknown }>) {
      if (typeof item?.path !== 'string' || typeof item.message !== 'string') continue;
      const path = item.path.replace(/^(body|querystring|params)\.?/, '');
      if (path && !(path in out)) out[path] = item.message;
    }
    return out;
  }
}

/** Code used when the server could not be reached at all. */
export const NETWORK_ERROR = 'NETWORK_ERROR';

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

/** The session keeps the client's CSRF token in step with the current Me. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a request comes back 401 after login: the session clears itself and the router goes to login. */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined || v === null || v === '') continue;
    params.set(k, String(v));
  }
  const qs = params.toString();
  return `${BASE}${path}${qs ? `?${qs}` : ''}`;
}

interface RequestOptions<S extends z.ZodType | undefined> {
  query?: Query;
  body?: unknown;
  formData?: FormData;
  schema?: S;
  signal?: AbortSignal;
}
type Result<S> = S extends z.ZodType ? z.infer<S> : unknown;

async function send(method: string, path: string, opts: RequestOptions<z.ZodType | undefined>) {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (opts.formData) body = opts.formData;
  else if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(buildUrl(path, opts.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: opts.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, NETWORK_ERROR, 'Không kết nối được máy chủ.');
  }
  if (!res.ok) throw await toApiError(res, path);
  return res;
}

async function toApiError(res: Response, path: string): Promise<ApiError> {
  let parsed: z.infer<typeof errorBodySchema> | null = null;
  try {
    const json: unknown = await res.json();
    const r = errorBodySchema.safeParse(json);
    if (r.success) parsed = r.data;
  } catch {
    // Not JSON (a proxy error page): fall through to a generic error.
  }
  const error = parsed
    ? new ApiError(
        res.status,
        parsed.error.code,
        parsed.error.message,
        parsed.error.details,
        parsed.error.requestId,
      )
    : new ApiError(res.status, res.status >= 500 ? 'INTERNAL' : 'BAD_REQUEST', res.statusText);
  // A 401 on login is a wrong password; on /auth/me it only means "not logged in yet".
  if (res.status === 401 && path !== '/auth/login' && path !== '/auth/me') onUnauthenticated?.();
  return error;
}

async function request<S extends z.ZodType | undefined = undefined>(
  method: string,
  path: string,
  opts: RequestOptions<S> = {},
): Promise<Result<S>> {
  const res = await send(method, path, opts);
  const text = await res.text();
  const json: unknown = text ? JSON.parse(text) : null;
  if (!opts.schema) return json as Result<S>;
  const parsed = opts.schema.safeParse(json);
  if (parsed.success) return parsed.data as Result<S>;
  // The server and the contracts drifted apart: keep working with what came, but say so loudly.
  console.warn(`Response of ${method} ${path} does not match its contract`, parsed.error.issues);
  return json as Result<S>;
}

function fileNameFrom(res: Response, fallback: string): string {
  const cd = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(cd);
  if (star?.[1]) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(cd);
  return plain?.[1] ?? fallback;
}

export const api = {
  get: <S extends z.ZodType | undefined = undefined>(path: string, opts?: RequestOptions<S>) =>
    request('GET', path, opts),
  post: <S extends z.ZodType | undefined = undefined>(path: string, opts?: RequestOptions<S>) =>
    request('POST', path, opts),
  put: <S extends z.ZodType | undefined = undefined>(path: string, opts?: RequestOptions<S>) =>
    request('PUT', path, opts),
  patch: <S extends z.ZodType | undefined = undefined>(path: string, opts?: RequestOptions<S>) =>
    request('PATCH', path, opts),
  delete: <S extends z.ZodType | undefined = undefined>(path: string, opts?: RequestOptions<S>) =>
    request('DELETE', path, opts),

  /** Fetches a file (template, export) and hands it to the browser as a download. */
  async download(path: string, query: Query | undefined, fallbackName: string): Promise<void> {
    const res = await send('GET', path, { query });
    const blob = await res.blob();
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = fileNameFrom(res, fallbackName);
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};
