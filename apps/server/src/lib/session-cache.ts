import type { Actor } from './context.ts';

/**
 * A few seconds of memory for session lookups, so a busy list does not pay a session query per request.
 * Changes made through this process (logout, password, grants, unit moves) forget the affected entries
 * at once; other processes see them within TTL_MS. Keyed by database, so test apps never share entries.
 */
const TTL_MS = 5_000;
const MAX_ENTRIES = 20_000;
const caches = new WeakMap<object, Map<string, { actor: Actor; until: number }>>();

function cacheOf(db: object) {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  return cache;
}

export function cachedActor(db: object, tokenHash: string): Actor | undefined {
  const hit = cacheOf(db).get(tokenHash);
  if (!hit) return undefined;
  if (hit.until > Date.now()) return hit.actor;
  cacheOf(db).delete(tokenHash);
  return undefined;
}

export function rememberActor(db: object, tokenHash: string, actor: Actor): void {
  const cache = cacheOf(db);
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(tokenHash, { actor, until: Date.now() + TTL_MS });
}

/** Forgets cached sessions: all of them, or those matching (a user, a session). */
export function forgetActors(db: object, match?: (actor: Actor) => boolean): void {
  const cache = cacheOf(db);
  if (!match) {
    cache.clear();
    return;
  }
  for (const [key, entry] of cache) if (match(entry.actor)) cache.delete(key);
}
