/**
 * Filtering, sorting and URL state for ComparisonTable, as pure functions (no React, no
 * Docusaurus), so they are unit-tested directly (tests/unit/comparison-table.test.ts). The
 * value order and the `filter` prop's matching are shared with pages and plugins, so they live
 * in src/lib (sort.ts, filter.ts).
 */
import { compareValues, type SortValue } from '../../lib/sort';

export type SortDirection = 'asc' | 'desc';

export interface TableState {
  /** Free text typed by the reader. */
  query: string;
  /** Column key, or undefined for the data's own order. */
  sort: string | undefined;
  direction: SortDirection;
  /** Facet key → selected value ('' or absent: no filter). */
  facets: Record<string, string>;
  /** Columns the reader chose to show, in the table's order; undefined: the table's default. */
  shown: readonly string[] | undefined;
  /** One line per row (the default) or the roomier layout with secondary lines. */
  roomy: boolean;
}

export const emptyState: TableState = {
  query: '',
  sort: undefined,
  direction: 'asc',
  facets: {},
  shown: undefined,
  roomy: false,
};

/** What a table allows beyond sorting and facets; absent parts fall back to nothing. */
export interface StateOptions {
  /** Every column the reader may show; `<prefix>.cols` keeps only these. */
  columns?: readonly string[];
  /**
   * Facet values the table opens with (the small-models chapter opens on "小于 10B"). Reading
   * and writing compare against them, so the URL records only what the reader changed, and
   * `all` in the URL records a default the reader cleared.
   */
  initialFacets?: Readonly<Record<string, string>>;
}

/** The URL value of a facet the reader set to 全部 although the table opens filtered. */
export const allValue = 'all';

/** How the generic logic reads one collection's entries. */
export interface RowAccess<E> {
  /** Names and aliases, matched by the free-text filter. */
  searchText: (entry: E) => readonly string[];
  /** Column key → value to sort by. */
  sortValue: (entry: E, column: string) => SortValue;
  /** Facet key → the entry's values for that facet (an entry may have several, e.g. organisations). */
  facetValues: (entry: E, facet: string) => readonly string[];
}

/** Case-, width- and space-insensitive form used for matching ("Ｌｌａｍａ 2" ≈ "llama2"). */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_·・]+/g, '');
}

export function matchesQuery(texts: readonly string[], query: string): boolean {
  const q = normalizeText(query);
  if (!q) return true;
  return texts.some((t) => normalizeText(t).includes(q));
}

export function filterRows<E>(rows: readonly E[], state: TableState, access: RowAccess<E>): E[] {
  const active = Object.entries(state.facets).filter(([, v]) => v !== '');
  return rows.filter(
    (row) =>
      matchesQuery(access.searchText(row), state.query) &&
      active.every(([facet, value]) => access.facetValues(row, facet).includes(value)),
  );
}

/**
 * Stable sort by one column. Entries without a value go last in both directions, so
 * "largest context first" never starts with a block of unknowns.
 */
export function sortRows<E>(
  rows: readonly E[],
  column: string | undefined,
  direction: SortDirection,
  access: RowAccess<E>,
): E[] {
  if (!column) return [...rows];
  const sign = direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: access.sortValue(row, column) }))
    .sort((x, y) => {
      const xMissing = x.value === undefined || x.value === '';
      const yMissing = y.value === undefined || y.value === '';
      if (xMissing || yMissing)
        return xMissing === yMissing ? x.index - y.index : xMissing ? 1 : -1;
      return sign * compareValues(x.value, y.value) || x.index - y.index;
    })
    .map(({ row }) => row);
}

/** Clicking a column: first ascending, then descending, then back to the data's order. */
export function nextSort(
  state: TableState,
  column: string,
): Pick<TableState, 'sort' | 'direction'> {
  if (state.sort !== column) return { sort: column, direction: 'asc' };
  if (state.direction === 'asc') return { sort: column, direction: 'desc' };
  return { sort: undefined, direction: 'asc' };
}

/**
 * URL keys for one table: `<prefix>.q`, `<prefix>.sort` (column, "-column" for descending) and
 * `<prefix>.<facet>`. Unknown columns and facets in a hand-edited URL are ignored.
 */
export function readState(
  search: string,
  prefix: string,
  columns: readonly string[],
  facets: readonly string[],
  options: StateOptions = {},
): TableState {
  const params = new URLSearchParams(search);
  const sortParam = params.get(`${prefix}.sort`) ?? '';
  const descending = sortParam.startsWith('-');
  const sortColumn = descending ? sortParam.slice(1) : sortParam;
  const facetState: Record<string, string> = {};
  const initial = options.initialFacets ?? {};
  for (const facet of facets) {
    const value = params.get(`${prefix}.${facet}`) ?? initial[facet];
    if (value && value !== allValue) facetState[facet] = value;
  }
  const colsParam = params.get(`${prefix}.cols`);
  const available = options.columns ?? [];
  const shown =
    colsParam === null ? undefined : available.filter((c) => colsParam.split(',').includes(c));
  return {
    query: params.get(`${prefix}.q`) ?? '',
    sort: columns.includes(sortColumn) ? sortColumn : undefined,
    direction: descending && columns.includes(sortColumn) ? 'desc' : 'asc',
    facets: facetState,
    shown: shown && shown.length > 0 ? shown : undefined,
    roomy: params.get(`${prefix}.density`) === 'roomy',
  };
}

/** Writes one table's state into a query string, leaving every other key (other tables) alone. */
export function writeState(
  search: string,
  prefix: string,
  state: TableState,
  options: StateOptions = {},
): string {
  const params = new URLSearchParams(search);
  for (const key of [...params.keys()]) {
    if (key.startsWith(`${prefix}.`)) params.delete(key);
  }
  if (state.query) params.set(`${prefix}.q`, state.query);
  if (state.sort)
    params.set(`${prefix}.sort`, `${state.direction === 'desc' ? '-' : ''}${state.sort}`);
  const initial = options.initialFacets ?? {};
  const facetKeys = new Set([...Object.keys(state.facets), ...Object.keys(initial)]);
  for (const facet of facetKeys) {
    const value = state.facets[facet] ?? '';
    if (value === (initial[facet] ?? '')) continue;
    params.set(`${prefix}.${facet}`, value || allValue);
  }
  if (state.shown) params.set(`${prefix}.cols`, state.shown.join(','));
  if (state.roomy) params.set(`${prefix}.density`, 'roomy');
  const out = params.toString();
  return out ? `?${out}` : '';
}

/** A short, stable key for a table, from what distinguishes it from others on the page. */
export function tablePrefix(
  collection: string,
  filter: Readonly<Record<string, unknown>> | undefined,
): string {
  if (!filter || Object.keys(filter).length === 0) return collection;
  const text = JSON.stringify(Object.entries(filter).sort(([a], [b]) => a.localeCompare(b)));
  let hash = 5381;
  for (let i = 0; i < text.length; i++) hash = ((hash * 33) ^ text.charCodeAt(i)) >>> 0;
  return `${collection}-${hash.toString(36).slice(0, 5)}`;
}

/** Parameter ranges offered as a facet; bounds in billions, lower bound inclusive. */
export const parameterBuckets = [
  { key: 'lt10', min: 0, max: 10 },
  { key: '10to100', min: 10, max: 100 },
  { key: 'gte100', min: 100, max: Infinity },
] as const;

export function parameterBucket(totalBillions: number): string {
  return (
    parameterBuckets.find((b) => totalBillions >= b.min && totalBillions < b.max)?.key ?? 'gte100'
  );
}

/** Where-to-get filters: a download on ModelScope (魔搭), a model Ollama runs directly. */
export const getOptions = ['modelscope', 'ollama'] as const;

/** The where-to-get options an entry meets; an entry without `get` meets none. */
export function getValues(entry: {
  get?: {
    downloads: ReadonlyArray<{ site: string }>;
    runtimes: ReadonlyArray<{ runtime: string }>;
  };
}): string[] {
  const out: string[] = [];
  if (entry.get?.downloads.some((d) => d.site === 'modelscope')) out.push('modelscope');
  if (entry.get?.runtimes.some((r) => r.runtime === 'ollama')) out.push('ollama');
  return out;
}

/**
 * On a phone a table shows this many cards until the reader asks for the rest (the stylesheet
 * hides the others, `.collapsed`, whose rule repeats the number): laying out ~180 cards was
 * most of a phone's first load.
 */
export const phoneRows = 30;
