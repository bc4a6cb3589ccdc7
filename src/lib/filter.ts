/**
 * The `filter` prop of a table: `{ family: "llama" }` keeps entries whose field equals the
 * value; a list of values (`{ id: ["a", "b"] }`) keeps entries matching any of them; list
 * fields match when they contain the value; dotted paths reach into objects
 * (`"openness.weights": "open"`), and `{ level }` objects compare by level.
 */
export type TableFilter = Readonly<
  Record<string, string | number | boolean | ReadonlyArray<string | number>>
>;

export function matchesFilter(entry: unknown, filter: Readonly<Record<string, unknown>>): boolean {
  return Object.entries(filter).every(([path, expected]) => matchesValue(entry, path, expected));
}

function matchesValue(entry: unknown, path: string, expected: unknown): boolean {
  const actual = getPath(entry, path);
  const candidates = Array.isArray(actual) ? actual : [actual];
  const wanted: readonly unknown[] = Array.isArray(expected) ? expected : [expected];
  return candidates.some((v) => wanted.some((w) => sameValue(v, w)));
}

/**
 * The values of a filter's lists that no entry has (`{ id: ["a", "typo"] }` → `id: "typo"`):
 * a listed value is a promise that the table shows that entry, so a miss is a mistake.
 */
export function unmatchedFilterValues(
  entries: readonly unknown[],
  filter: Readonly<Record<string, unknown>>,
): string[] {
  return Object.entries(filter).flatMap(([path, expected]) =>
    Array.isArray(expected)
      ? expected
          .filter((w) => !entries.some((e) => matchesValue(e, path, w)))
          .map((w) => `${path}: ${JSON.stringify(w)}`)
      : [],
  );
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
