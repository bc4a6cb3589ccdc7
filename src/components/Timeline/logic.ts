/** Choosing and grouping timeline events. Pure, unit-tested. */

export interface EventLike {
  id: string;
  date: string;
  category: string;
}

export interface EventSelection {
  /** First year shown (inclusive). */
  from?: number | string;
  /** Last year shown (inclusive). */
  to?: number | string;
  categories?: readonly string[];
  ids?: readonly string[];
}

/** Events in the selection, oldest first; same-date events keep their data order. */
export function selectEvents<E extends EventLike>(
  events: readonly E[],
  { from, to, categories, ids }: EventSelection,
): E[] {
  const fromYear = from === undefined ? -Infinity : Number(from);
  const toYear = to === undefined ? Infinity : Number(to);
  if (Number.isNaN(fromYear) || Number.isNaN(toYear)) {
    throw new Error(
      `Timeline: from/to must be years such as 2019, found from=${String(from)} to=${String(to)}`,
    );
  }
  const wanted = ids ? new Set(ids) : undefined;
  if (wanted) {
    const known = new Set(events.map((e) => e.id));
    const missing = [...wanted].filter((id) => !known.has(id));
    if (missing.length > 0) {
      throw new Error(
        `Timeline: unknown event id${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} (src/data/events/)`,
      );
    }
  }
  return events
    .map((e, index) => ({ e, index }))
    .filter(({ e }) => {
      const year = Number(e.date.slice(0, 4));
      return (
        year >= fromYear &&
        year <= toYear &&
        (!categories || categories.includes(e.category)) &&
        (!wanted || wanted.has(e.id))
      );
    })
    .sort((a, b) => compareDates(a.e.date, b.e.date) || a.index - b.index)
    .map(({ e }) => e);
}

/** "2023" sorts before "2023-01" (a year-only date is shown first in its year). */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function groupByYear<E extends EventLike>(
  events: readonly E[],
): Array<{ year: string; events: E[] }> {
  const groups: Array<{ year: string; events: E[] }> = [];
  for (const e of events) {
    const year = e.date.slice(0, 4);
    const last = groups[groups.length - 1];
    if (last && last.year === year) last.events.push(e);
    else groups.push({ year, events: [e] });
  }
  return groups;
}

/** Each category present among the events, in order of first appearance, with its count. */
export function countByCategory<C extends string>(
  events: ReadonlyArray<{ category: C }>,
): Array<[C, number]> {
  const counts = new Map<C, number>();
  for (const e of events) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
  return [...counts];
}
