// The catalog page's data for a couple of seconds: the same for everyone who asks for the same search in the same language and
// time zone (nothing personal is in it), so a busy catalog asks the database once per search every CATALOG_FRESH_MS, not per visitor.
// Seat figures on the catalog are therefore at most that old; the session page and the API always read them fresh.

export const CATALOG_FRESH_MS = 2_000;
const MAX_ENTRIES = 200;

type Entry = { value: Promise<unknown>; expiresAt: number };
const entries = new Map<string, Entry>();

/**
 * The value kept under `key` while it is fresh, or a new one from `load`. Visitors arriving while it loads share
 * the same promise, so a rush after expiry still runs `load` once. A failed load is not kept.
 */
export function freshCatalogPage<T>(key: string, load: () => Promise<T>, now = Date.now()): Promise<T> {
  const kept = entries.get(key);
  if (kept && kept.expiresAt > now) return kept.value as Promise<T>;
  const value = load();
  entries.delete(key);
  entries.set(key, { value, expiresAt: now + CATALOG_FRESH_MS });
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  // Oldest first: Map keeps insertion order, and every refresh re-inserts.
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return value;
}

export function forgetCatalogPages(): void {
  entries.clear();
}
