/**
 * What each data component reads, chosen from the atlas at build time. Pure (no React, no
 * Docusaurus): the atlas-data remark plugin calls these for every component in a page and
 * hands the result to the component as its `data` prop, so a page carries the rows and
 * fields it shows and nothing else (see src/plugins/atlas-data/index.ts for why).
 *
 * A view is a subset of the atlas: the same collections, fewer entries, fewer fields. A
 * component given a view renders exactly what it would render given the whole atlas, so the
 * data pages, which show everything, pass the whole collections instead.
 */
import type { EntryOf, EntryTranslation, EventCategory, Model } from '../data/types';
import type { CollectionName } from '../data/collections';
import { matchesFilter, unmatchedFilterValues, type TableFilter } from '../lib/filter';
import {
  defaultColumns,
  defaultFacets,
  tableCollections,
  tableFields,
  type TableCollection,
} from './ComparisonTable/fields';
import { countByCategory, selectEvents, type EventSelection } from './Timeline/logic';
import { parseRef } from '../lib/links';
import { entryById } from '../lib/lookup';
import { collectionOf, type AtlasView, type Entry } from './atlasView';
import { publishedMemory } from '../data/memory-checks';
import { archShape, type ArchShape } from '../data/derive/memory';

export type { AtlasView } from './atlasView';

/**
 * The names-only index: what a link, a badge or a list of names shows of an entry (display
 * name, and the ids or kind a badge or a filter reads). Its URL follows from collection and id
 * (see ./links). Shipped whole as `names.json` to the data pages, in slices to other pages.
 */
export const nameFields = {
  models: ['id', 'name', 'organizations', 'released', 'license'],
  organizations: ['id', 'name'],
  tools: ['id', 'name', 'license'],
  licenses: ['id', 'name', 'spdx', 'kind', 'osi_approved'],
  terms: ['id', 'zh'],
  events: ['id', 'title'],
  corrections: ['id', 'date', 'target'],
} as const satisfies { [C in CollectionName]: ReadonlyArray<keyof EntryOf<C>> };

/**
 * The entry with only the given fields (those it has), and its `i18n` record (src/data/overlay.ts)
 * cut to those fields: which of them show Chinese in the English build, the other language's
 * text of those shown in both, and whether the translation is stale, which every renderer of a
 * text field reads for its `lang`.
 */
export function pickFields<T extends object>(entry: T, fields: Iterable<string>): T {
  const out: Record<string, unknown> = {};
  const picked = [...fields];
  for (const f of picked) if (f in entry) out[f] = (entry as Record<string, unknown>)[f];
  const i18n = (entry as { i18n?: EntryTranslation }).i18n;
  if (i18n) {
    const kept = (path: string) => picked.includes(path.split('.')[0]!);
    const cut: EntryTranslation = {};
    const zh = i18n.zh?.filter(kept);
    if (zh?.length) cut.zh = zh;
    const other = Object.entries(i18n.other ?? {}).filter(([path]) => kept(path));
    if (other.length) cut.other = Object.fromEntries(other);
    if (i18n.stale) cut.stale = true;
    if (Object.keys(cut).length > 0) out.i18n = cut;
  }
  // A trimmed entry; see AtlasView for why it keeps the entry's type.
  return out as T;
}

export function namesIndex(data: AtlasView): AtlasView {
  const out: Record<string, unknown[]> = {};
  for (const [collection, fields] of Object.entries(nameFields)) {
    const entries = data[collection as CollectionName];
    if (entries) out[collection] = entries.map((e) => pickFields(e, fields));
  }
  // Each key holds that collection's trimmed entries, as the loop above builds them.
  return out;
}

/**
 * The entries with these ids, in the data's order, cut to `fields` (by default their names);
 * an unknown id fails with the known ids listed.
 */
function namesOf<C extends CollectionName>(
  data: AtlasView,
  collection: C,
  ids: readonly string[],
  component: string,
  fields: Iterable<string> = nameFields[collection],
): Array<Entry<C>> {
  const all = collectionOf(data, collection, component);
  for (const id of ids) entryById(all, id, collection);
  const wanted = new Set(ids);
  return all.filter((e) => wanted.has(e.id)).map((e) => pickFields(e, fields));
}

export function licenseBadgeView(data: AtlasView, { id }: { id: string }): AtlasView {
  return { licenses: namesOf(data, 'licenses', [id], 'LicenseBadge') };
}

export function termView(data: AtlasView, { id }: { id: string }): AtlasView {
  const term = entryById(collectionOf(data, 'terms', 'Term'), id, 'terms');
  return { terms: [pickFields(term, ['id', 'zh', 'en', 'abbr', 'definition'])] };
}

/** A model or tool whole, with the names of its organisations and licence. */
function entryWithOwners(
  data: AtlasView,
  collection: 'models' | 'tools',
  id: string,
  component: string,
): AtlasView {
  const entry: { id: string; organizations: string[]; license: string } = entryById(
    collectionOf(data, collection, component),
    id,
    collection,
  );
  return {
    [collection]: [entry],
    organizations: namesOf(data, 'organizations', entry.organizations, component),
    licenses: namesOf(data, 'licenses', [entry.license], component),
  };
}

export function modelCardView(data: AtlasView, { id }: { id: string }): AtlasView {
  return entryWithOwners(data, 'models', id, 'ModelCard');
}

export function orgCardView(data: AtlasView, { id }: { id: string }): AtlasView {
  const org = entryById(collectionOf(data, 'organizations', 'OrgCard'), id, 'organizations');
  const own = collectionOf(data, 'models', 'OrgCard').filter((m) =>
    m.organizations.includes(org.id),
  );
  return { organizations: [org], models: own.map((m) => pickFields(m, nameFields.models)) };
}

export function toolCardView(data: AtlasView, { id }: { id: string }): AtlasView {
  return entryWithOwners(data, 'tools', id, 'ToolCard');
}

export function parameterChartView(data: AtlasView, { family }: { family?: string }): AtlasView {
  const models = collectionOf(data, 'models', 'ParameterChart').filter(
    (m) => !family || m.family === family,
  );
  return {
    models: models.map((m) =>
      pickFields(m, ['id', 'name', 'family', 'released', 'parameters', 'sparsity']),
    ),
  };
}

export function timelineView(data: AtlasView, selection: EventSelection): AtlasView {
  const events = selectEvents(collectionOf(data, 'events', 'Timeline'), selection);
  const view: AtlasView = { events };
  const refs = events.flatMap((e) => e.related.map(parseRef).filter((r) => r !== undefined));
  for (const collection of new Set(refs.map((r) => r.collection))) {
    const ids = [...new Set(refs.filter((r) => r.collection === collection).map((r) => r.id))];
    // Collections are distinct keys; the assignment keeps each key's own entry type.
    (view as Record<string, unknown>)[collection] = namesOf(data, collection, ids, 'Timeline');
  }
  return view;
}

export interface TableViewProps {
  collection: TableCollection;
  columns?: readonly string[];
  filter?: TableFilter;
  facets?: readonly string[] | false;
}

/** The fields a table reads: its columns, facets, fixed filter and free-text filter. */
export function tableFieldsFor({
  collection,
  columns,
  filter,
  facets,
}: TableViewProps): Set<string> {
  if (!tableCollections.includes(collection)) {
    throw new Error(
      `ComparisonTable: unknown collection "${String(collection)}"; expected one of ${tableCollections.join(', ')}`,
    );
  }
  const spec = tableFields[collection];
  const lookup = (
    kind: 'column' | 'facet',
    known: Readonly<Record<string, readonly string[]>>,
    key: string,
  ) => {
    const fields = known[key];
    if (!fields)
      throw new Error(
        `ComparisonTable (${collection}): unknown ${kind} "${key}"; available: ${Object.keys(known).join(', ')}`,
      );
    return fields;
  };
  return new Set([
    'id',
    ...spec.search,
    ...(columns ?? defaultColumns[collection]).flatMap((k) => lookup('column', spec.columns, k)),
    ...(facets === false ? [] : (facets ?? defaultFacets[collection])).flatMap((k) =>
      lookup('facet', spec.facets, k),
    ),
    ...Object.keys(filter ?? {}).map((path) => path.split('.')[0]!),
  ]);
}

/** A model's openness levels without evidence and notes, which tables do not show. */
function levelsOnly<T extends Record<string, { level: string }>>(openness: T): T {
  const out: Record<string, { level: string }> = {};
  for (const [component, { level }] of Object.entries(openness)) out[component] = { level };
  // The same components, each without its evidence and note (both optional for readers).
  return out as T;
}

/**
 * Where a model can be downloaded and what runs it, without the links and notes: a table's
 * "获取与运行" facet reads only the sites and runtimes (the links are on each model's page).
 */
function sitesOnly(get: NonNullable<Model['get']>): NonNullable<Model['get']> {
  // The same lists, each item without its url and note (the type keeps them; nothing here reads them).
  return {
    downloads: get.downloads.map(({ site }) => ({ site })),
    runtimes: get.runtimes.map(({ runtime }) => ({ runtime })),
    verified: get.verified,
  } as NonNullable<Model['get']>;
}

/** The rows a table shows (its fixed filter applied), only the fields it reads, and the names its cells link to. */
export function tableView(data: AtlasView, props: TableViewProps): AtlasView {
  const fields = tableFieldsFor(props);
  const { collection, filter } = props;
  const entries: Array<{ id: string }> = collectionOf(data, collection, 'ComparisonTable');
  const missing = filter ? unmatchedFilterValues(entries, filter) : [];
  if (missing.length > 0) {
    throw new Error(`filter lists what no ${collection} entry has: ${missing.join(', ')}`);
  }
  const rows = entries.filter((e) => !filter || matchesFilter(e, filter));
  const trim = (r: { id: string }) => {
    const row = pickFields(r, fields);
    const m = row as Partial<Model>;
    return {
      ...row,
      ...(m.openness ? { openness: levelsOnly(m.openness) } : {}),
      ...(m.get ? { get: sitesOnly(m.get) } : {}),
    };
  };
  const view: Record<string, unknown> = { [collection]: rows.map(trim) };
  for (const { collection: target, field } of tableFields[collection].refs) {
    if (!fields.has(field)) continue;
    const ids = [
      ...new Set(
        rows.flatMap((r) => (r as unknown as Record<string, string | string[]>)[field] ?? []),
      ),
    ];
    view[target] = namesOf(data, target, ids, 'ComparisonTable');
  }
  // Keys are collection names, each holding entries of that collection.
  return view;
}

/**
 * The columns /models offers (shown or chosen from the column menu): the page renders them
 * and the build ships its rows with only their fields.
 */
export const modelsPageColumns = [
  'name',
  'organizations',
  'family',
  'released',
  'parameters',
  'openness',
  'license',
  'architecture',
  'context_length',
  'modalities',
] as const;

/** Fields of a model the openness ranking reads (levels only: it shows no notes or evidence). */
const rankingFields = ['id', 'name', 'aliases', 'organizations', 'released', 'license'] as const;
/** Fields of a model the hardware page reads to compute memory. */
const hardwareFields = [
  'id',
  'name',
  'parameters',
  'architecture',
  'arch',
  'context_length',
] as const;

export type RankingModel = Pick<Model, (typeof rankingFields)[number] | 'openness'>;
/** A model as the hardware page reads it: the architecture facts without sources and note. */
export type HardwareModel = Omit<Pick<Model, (typeof hardwareFields)[number]>, 'arch'> & {
  arch?: ArchShape;
};

/**
 * What each page that lists a whole collection reads in the browser, written by the build as its
 * own JSON module (`@generated/atlas-data/default/<name>.json`): the models with their notes
 * and evidence are 600 KB, which only the model pages need, one entry each; the organisations',
 * tools' and licences' cards are read, not worked with, and stay in the HTML.
 */
export const listViews = {
  /** /models: the table's rows (which the chart and the index of model pages also read). */
  'models-table': (data: AtlasView): Model[] =>
    tableView(data, { collection: 'models', columns: modelsPageColumns }).models ?? [],
  'models-ranking': (data: AtlasView): RankingModel[] =>
    collectionOf(data, 'models', 'OpennessRanking').map((m) => ({
      ...pickFields(m, rankingFields),
      openness: levelsOnly(m.openness),
    })),
  // The tables of /organizations, /tools and /licenses (their cards are in the HTML only).
  'organizations-table': (data: AtlasView) =>
    tableView(data, { collection: 'organizations' }).organizations ?? [],
  'tools-table': (data: AtlasView) => tableView(data, { collection: 'tools' }).tools ?? [],
  'licenses-table': (data: AtlasView) => tableView(data, { collection: 'licenses' }).licenses ?? [],
  // The page computes from the facts; their sources and notes (two thirds of the bytes) are on
  // each model's page.
  'models-hardware': (data: AtlasView): HardwareModel[] =>
    collectionOf(data, 'models', 'HardwareFit').map((m) => {
      const { arch, ...rest } = pickFields(m, hardwareFields);
      return { ...rest, ...(arch ? { arch: archShape(arch) } : {}) };
    }),
  // /timeline: its buttons and count; the events are in the HTML, and fetched when the reader
  // narrows the list (or after a client-side navigation).
  'timeline-shell': (data: AtlasView): TimelineShell => deferredViews.Timeline(data),
};

/** The models the memory chapter's comparison reads: what the memory functions need. */
export function memoryCheckView(data: AtlasView): AtlasView {
  const ids = [...new Set(publishedMemory.map((p) => p.model))];
  return {
    models: namesOf(data, 'models', ids, 'MemoryCheck', [
      'id',
      'name',
      'parameters',
      'architecture',
      'arch',
    ]),
  };
}

/** Each data component usable in MDX, and the view it needs given its props. */
export const componentViews = {
  ComparisonTable: (data: AtlasView, props: Record<string, unknown>) =>
    tableView(data, props as unknown as TableViewProps),
  ModelCard: (data: AtlasView, props: Record<string, unknown>) =>
    modelCardView(data, { id: String(props.id) }),
  OrgCard: (data: AtlasView, props: Record<string, unknown>) =>
    orgCardView(data, { id: String(props.id) }),
  ToolCard: (data: AtlasView, props: Record<string, unknown>) =>
    toolCardView(data, { id: String(props.id) }),
  LicenseBadge: (data: AtlasView, props: Record<string, unknown>) =>
    licenseBadgeView(data, { id: String(props.id) }),
  Term: (data: AtlasView, props: Record<string, unknown>) =>
    termView(data, { id: String(props.id) }),
  ParameterChart: (data: AtlasView, props: Record<string, unknown>) =>
    parameterChartView(data, { family: props.family as string | undefined }),
  Timeline: (data: AtlasView, props: Record<string, unknown>) => timelineView(data, props),
  MemoryCheck: (data: AtlasView) => memoryCheckView(data),
} satisfies Record<string, (data: AtlasView, props: Record<string, unknown>) => AtlasView>;

/**
 * What a deferrable component needs in the browser before it has its view: `undefined` when it
 * needs nothing (it keeps its server markup until it has the view), or a small summary it
 * renders its controls from. Components listed here accept `data={null}` with a `load`
 * function and keep the server's markup (see src/plugins/server-only): their views are
 * written as modules of their own instead of being inlined in the page's script.
 */
export type DeferredView = (view: AtlasView, props: Record<string, unknown>) => unknown;

/** A timeline's categories and how many events each has: its buttons and count, before its events are loaded. */
export interface TimelineShell {
  categories: Array<[EventCategory, number]>;
}

export const deferredViews = {
  // Its rows come with its code, when the reader uses the table (src/components/AtlasIsland/lazy.tsx).
  ComparisonTable: () => undefined,
  ParameterChart: () => undefined,
  Timeline: (view: AtlasView): TimelineShell => ({
    categories: countByCategory(collectionOf(view, 'events', 'Timeline')),
  }),
} satisfies Partial<Record<keyof typeof componentViews, DeferredView>>;
