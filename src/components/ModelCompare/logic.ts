/**
 * The compare page's state is its URL: `/models/compare?ids=a,b,c`. Pure helpers, shared with
 * whatever links to the page (a model page's "对比", rows selected in the model table).
 */

export const minCompared = 2;
export const maxCompared = 4;

/** `/models/compare?ids=a,b` for these ids (commas kept readable; ids are [a-z0-9-]). */
export function compareHref(ids: readonly string[]): string {
  return ids.length === 0 ? '/models/compare' : `/models/compare?ids=${ids.join(',')}`;
}

/**
 * The ids a query string asks for, known ones only, each once, at most `maxCompared`, in the
 * order given. Accepts `ids=a,b` and repeated `ids=a&ids=b` (what an HTML form sends).
 */
export function parseCompareIds(search: string, known: ReadonlySet<string>): string[] {
  const params = new URLSearchParams(search);
  const out: string[] = [];
  for (const value of params.getAll('ids')) {
    for (const raw of value.split(',')) {
      const id = raw.trim();
      if (id && known.has(id) && !out.includes(id)) out.push(id);
    }
  }
  return out.slice(0, maxCompared);
}

/** Whether a row's values differ between the compared models (compared as displayed text). */
export function differs(values: readonly string[]): boolean {
  return new Set(values).size > 1;
}
