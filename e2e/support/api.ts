import { inject } from 'vitest';
import { DEMO_PASSWORD } from './browser.ts';

/** A logged-in API client for checks the journey makes beside the UI (what is stored, the audit chain). */
export interface ApiClient {
  get<T = unknown>(path: string): Promise<T>;
  post<T = unknown>(path: string, body?: unknown): Promise<T>;
  postForm<T = unknown>(path: string, form: FormData): Promise<T>;
  raw(path: string, init?: RequestInit): Promise<Response>;
}

export async function apiLogin(username: string, password = DEMO_PASSWORD): Promise<ApiClient> {
  const base = `${inject('e2e').baseUrl}/api/v1`;
  const res = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`API login ${username}: ${res.status} ${await res.text()}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const raw = (path: string, init: RequestInit = {}) =>
    fetch(`${base}${path}`, {
      ...init,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(init.headers as Record<string, string>) },
    });
  const json = async <T>(path: string, init?: RequestInit): Promise<T> => {
    const r = await raw(path, init);
    const text = await r.text();
    if (!r.ok) throw new Error(`${init?.method ?? 'GET'} ${path}: ${r.status} ${text.slice(0, 500)}`);
    return JSON.parse(text) as T;
  };
  return {
    raw,
    get: (path) => json(path),
    post: (path, body) =>
      json(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body ?? {}),
      }),
    postForm: (path, form) => json(path, { method: 'POST', body: form }),
  };
}

/** Stops / starts the server under test through the global setup (it owns the process). */
export async function controlServer(action: 'stop' | 'start'): Promise<void> {
  const res = await fetch(`${inject('e2e').controlUrl}/${action}`, { method: 'POST' });
  if (!res.ok) throw new Error(`server ${action}: ${res.status} ${await res.text()}`);
}
