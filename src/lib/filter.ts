/**
 * The `filter` prop of a table: `{ family: "llama" }` keeps entries whose field equals the
 * value; list fields match when they contain it; dotted paths reach into objects
 * (`"openness.weights": "open"`), and `{ level }` objects compare by level.
 */
export function matchesFilter(entry: unknown, filter: Readonly<Record<string, unknown>>): boolean {
  return Object.entries(filter).every(([path, expected]) => {
    const actual = getPath(entry, path);
    const candidates = Array.isArray(actual) ? actual : [actual];
    return candidates.some((v) => sameValue(v, expected));
  });
}

function getPath(root: unknown, path: string): unknown {
  let cur: unknown = root;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

function sameValue(actual: unknown, expected: unknown): boolean {
  if (actual !== null && typeof actual === 'object' && 'level' in actual) {
    return actual.level === expected;
  }
  return actual === expected;
}
