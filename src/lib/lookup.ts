/**
 * Finding entries by id. A page that names an entry which does not exist is a bug the
 * author must see: throwing during server rendering fails the build with this message,
 * instead of a card or link silently missing from the page.
 */
export class UnknownEntryError extends Error {
  override name = 'UnknownEntryError';
}

export function entryById<T extends { id: string }>(
  entries: readonly T[],
  id: string,
  collection: string,
): T {
  const found = entries.find((e) => e.id === id);
  if (found) return found;
  const known = entries.map((e) => e.id).sort();
  const list =
    known.length > 20
      ? `${known.slice(0, 20).join(', ')}, … (${known.length} in all)`
      : known.join(', ') || '(none yet)';
  throw new UnknownEntryError(
    `Unknown ${collection} id "${id}": no entry with this id in src/data/${collection}/. Known ids: ${list}`,
  );
}

/** Index a collection by id once per module, for renderers that resolve many references. */
export function indexById<T extends { id: string }>(entries: readonly T[]): ReadonlyMap<string, T> {
  return new Map(entries.map((e) => [e.id, e]));
}
