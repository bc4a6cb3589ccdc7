/** Recent searches, remembered in localStorage (newest first). Fails quietly without storage. */
const KEY = 'atlas-search-recent';
const MAX = 6;

export function readRecent(): string[] {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(value)
      ? value.filter((v): v is string => typeof v === 'string').slice(0, MAX)
      : [];
  } catch {
    return [];
  }
}

export function rememberRecent(query: string): string[] {
  const q = query.trim().slice(0, 100);
  if (!q) return readRecent();
  const next = [q, ...readRecent().filter((r) => r !== q)].slice(0, MAX);
  try {
    window.localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    // Private mode or full storage: the feature is a convenience.
  }
  return next;
}

export function clearRecent(): void {
  try {
    window.localStorage.removeItem(KEY);
  } catch {
    // see above
  }
}
