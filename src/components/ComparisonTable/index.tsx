import React, { memo, useCallback, useMemo, useRef, useState } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import { tableSpec } from './columns';
import type { Column } from './spec';
import { columnLabels } from './cardLabels';
import { defaultColumns, defaultFacets, tableCollections, type TableCollection } from './fields';
import type { AtlasView } from '../atlasView';
import { useDeferredView, useKeptMarkup, type ViewLoader } from '../deferredView';
import { compareValues } from '../../lib/sort';
import { matchesFilter, type TableFilter } from '../../lib/filter';
import {
  filterRows,
  nextSort,
  sortRows,
  phoneRows,
  tablePrefix,
  type RowAccess,
  type TableState,
} from './logic';
import Controls, { type FacetOptions } from './Controls';
import { OpennessLegend } from '../OpennessSymbols';
import { listSeparator } from '../labels';
import { collectionRoutes } from '../../data/vocab';
import { useTableState } from './useTableState';
import a11y from '../../css/a11y.module.css';
import styles from './styles.module.css';

export interface ComparisonTableProps {
  collection: TableCollection;
  /** Column keys in display order; see defaultColumns in ./fields.ts for each collection's keys. */
  columns?: readonly string[];
  /**
   * Fixed filter: `{ family: "llama" }`, or a list of values any of which matches
   * (`{ id: ["a", "b"] }`); list fields match when they contain the value (src/lib/filter.ts).
   */
  filter?: TableFilter;
  /** Facet menus to offer; `false` or `[]` for none. */
  facets?: readonly string[] | false;
  /** Visible caption; without one the table gets a caption for screen readers only. */
  caption?: string;
  /** Query-string prefix, if two otherwise identical tables share a page. */
  urlKey?: string;
  /** Columns (among `columns`) hidden until the reader shows them. */
  hiddenColumns?: readonly string[];
  /** Facet values the table opens with, e.g. `{ parameters: "lt10" }`; the reader can clear them. */
  initialFacets?: Readonly<Record<string, string>>;
  /** Offer row selection and "对比所选" (models only; default: when facets are offered). */
  selectable?: boolean;
  /**
   * Give each row its entry's id, so that `<page>#<id>` lands on the row without script (only
   * where the page shows no other element with those ids: /models).
   */
  anchorRows?: boolean;
  /**
   * The rows and names to show. In MDX it is filled in at build time (src/plugins/atlas-data)
   * and, in the browser, is null with a `load` function instead (a module of its own, fetched
   * when the table must render: see src/components/AtlasIsland/lazy.tsx).
   */
  data: AtlasView | null;
  load?: ViewLoader;
}

function defaultCaption(collection: TableCollection): string {
  switch (collection) {
    case 'models':
      return translate({ id: 'atlas.table.caption.models', message: '模型对比' });
    case 'tools':
      return translate({ id: 'atlas.table.caption.tools', message: '工具对比' });
    case 'organizations':
      return translate({ id: 'atlas.table.caption.organizations', message: '机构一览' });
    case 'licenses':
      return translate({ id: 'atlas.table.caption.licenses', message: '许可证对比' });
  }
}

function SortIcon({ direction }: { direction: 'asc' | 'desc' | undefined }) {
  return (
    <svg
      className={styles.sortIcon}
      viewBox="0 0 10 14"
      width="10"
      height="14"
      aria-hidden="true"
      focusable="false">
      <path
        d="M5 1 L9 6 H1 Z"
        fill={direction === 'asc' ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth="1"
      />
      <path
        d="M5 13 L9 8 H1 Z"
        fill={direction === 'desc' ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth="1"
      />
    </svg>
  );
}

/**
 * One entry's row. Memoised: when the page hydrates and when the reader selects a model, only
 * rows whose props changed render again (on /models, 180 rows of nine cells each). The
 * checkbox is in the server's HTML too, hidden until the page has hydrated (the stylesheet
 * reads `html[data-has-hydrated="true"]`), so hydrating changes no row.
 */
const Row = memo(function Row({
  entry,
  columns,
  name,
  selectable,
  anchor,
  checked,
  disabled,
  toggle,
}: {
  entry: { id: string };
  columns: ReadonlyArray<Column<{ id: string }>>;
  name: (entry: { id: string }) => string;
  selectable: boolean;
  anchor: boolean;
  checked: boolean;
  disabled: boolean;
  toggle: (id: string) => void;
}) {
  return (
    <tr id={anchor ? entry.id : undefined}>
      {columns.map((c, i) =>
        i === 0 ? (
          <th key={c.key} scope="row" className={clsx(c.numeric && styles.numeric) || undefined}>
            {selectable && (
              <input
                type="checkbox"
                className={styles.check}
                checked={checked}
                disabled={disabled}
                onChange={() => toggle(entry.id)}
                aria-label={translate(
                  { id: 'atlas.table.select.row', message: '选择 {name} 进行对比' },
                  { name: name(entry) },
                )}
              />
            )}
            {c.cell(entry)}
          </th>
        ) : (
          <td
            key={c.key}
            className={
              clsx(c.numeric && styles.numeric, c.wraps && styles.wraps, c.prose && styles.prose) ||
              undefined
            }>
            {c.cell(entry)}
          </td>
        ),
      )}
    </tr>
  );
});

/**
 * The table, once it has its rows. Without them (an MDX page's browser bundle, rendered after a
 * client-side navigation) it fetches them first, showing nothing meanwhile.
 */
export default function ComparisonTable(props: ComparisonTableProps): React.JSX.Element {
  const holder = useRef<HTMLDivElement>(null);
  const kept = useKeptMarkup('table');
  const { view } = useDeferredView(props, holder, 'ComparisonTable');
  return view ? <Table {...props} data={view} /> : <div key="kept" ref={holder} {...kept.props} />;
}

function Table({
  collection,
  columns,
  filter,
  facets,
  caption,
  urlKey,
  hiddenColumns,
  initialFacets,
  selectable,
  anchorRows = false,
  data,
}: ComparisonTableProps & { data: AtlasView }): React.JSX.Element {
  if (!tableCollections.includes(collection)) {
    throw new Error(
      `ComparisonTable: unknown collection "${String(collection)}"; expected one of ${tableCollections.join(', ')}`,
    );
  }
  const spec = useMemo(() => tableSpec(collection, data), [collection, data]);
  const columnKeys = columns ?? defaultColumns[collection];
  const shownColumns = columnKeys.map((key) => {
    const column = spec.columns.find((c) => c.key === key);
    if (!column) {
      throw new Error(
        `ComparisonTable (${collection}): unknown column "${key}"; available: ${spec.columns.map((c) => c.key).join(', ')}`,
      );
    }
    return column;
  });
  const facetKeys = facets === false ? [] : (facets ?? defaultFacets[collection]);
  const shownFacets = facetKeys.map((key) => {
    const facet = spec.facets.find((f) => f.key === key);
    if (!facet) {
      throw new Error(
        `ComparisonTable (${collection}): unknown facet "${key}"; available: ${spec.facets.map((f) => f.key).join(', ')}`,
      );
    }
    return facet;
  });

  for (const key of [...(hiddenColumns ?? []), ...Object.keys(initialFacets ?? {})]) {
    if (!columnKeys.includes(key) && !facetKeys.includes(key)) {
      throw new Error(
        `ComparisonTable (${collection}): "${key}" in hiddenColumns or initialFacets is neither one of its columns (${columnKeys.join(', ')}) nor one of its facets (${facetKeys.join(', ')})`,
      );
    }
  }

  const prefix = urlKey ?? tablePrefix(collection, filter);
  const sortable = shownColumns.filter((c) => c.sort).map((c) => c.key);
  const [state, setState] = useTableState(prefix, sortable, facetKeys, {
    columns: columnKeys,
    initialFacets,
  });
  const canSelect = collection === 'models' && (selectable ?? facetKeys.length > 0);
  const [selected, setSelected] = useState<readonly string[]>([]);
  const [expanded, setExpanded] = useState(false);
  const toggle = useCallback(
    (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id])),
    [],
  );

  // The name column always stays: it heads each row and links to the entry. Kept the same
  // array while the columns are the same, so that rows whose facts are unchanged skip
  // rendering (Row is memoised).
  const visibleKeys = shownColumns
    .filter(
      (c, i) =>
        i === 0 ||
        (state.shown ? state.shown.includes(c.key) : !(hiddenColumns ?? []).includes(c.key)),
    )
    .map((c) => c.key)
    .join(' ');
  const visible = useMemo(
    () => visibleKeys.split(' ').map((key) => spec.columns.find((c) => c.key === key)!),
    [visibleKeys, spec],
  );

  const baseRows = useMemo(
    () => spec.entries.filter((e) => !filter || matchesFilter(e, filter)),
    [spec.entries, filter],
  );
  const access: RowAccess<{ id: string }> = {
    searchText: spec.searchText,
    sortValue: (e, key) => spec.columns.find((c) => c.key === key)?.sort?.(e),
    facetValues: (e, key) => spec.facets.find((f) => f.key === key)?.values(e) ?? [],
  };
  const rows = sortRows(filterRows(baseRows, state, access), state.sort, state.direction, access);
  const cardLabels = useMemo(() => columnLabels(visible, baseRows), [visible, baseRows]);

  // A facet no row has a value for (where-to-get, before entries record it) is left out.
  const facetOptions: FacetOptions[] = shownFacets
    .map((f) => {
      const values = [...new Set(baseRows.flatMap((e) => f.values(e)))];
      values.sort(f.compare ?? ((a, b) => compareValues(f.optionLabel(a), f.optionLabel(b))));
      return {
        key: f.key,
        label: f.label,
        options: values.map((v) => ({ value: v, label: f.optionLabel(v) })),
      };
    })
    .filter((f) => f.options.length > 0);
  const showsOpenness = visible.some((c) => c.key === 'openness');

  const title = caption ?? defaultCaption(collection);
  const setSort = (key: string) =>
    setState({ ...state, ...nextSort(state, key) } satisfies TableState);

  const collapsed = !expanded && rows.length > phoneRows;

  return (
    <div className={clsx(styles.wrapper, collapsed && styles.collapsed)}>
      {/* Controls do nothing without script. They are in the server's HTML all the same, and
          hidden (so out of reach of keyboards and screen readers) only where script does not
          run, so that showing them moves nothing below them (they pushed /models' legend and
          table 300 px down on a phone: layout shift 0.15). With script they show from the
          first paint: in a doc body, using them is what fetches the table's code
          (src/components/AtlasIsland/lazy.tsx). */}
      <div className={a11y.needsScript}>
        <Controls
          state={state}
          onChange={setState}
          facets={facetOptions}
          columns={shownColumns.slice(1).map((c) => ({
            key: c.key,
            label: c.header,
            shown: visible.includes(c),
          }))}
          allColumns={visible.map((c) => c.key)}
          label={translate(
            { id: 'atlas.table.controls', message: '筛选 {table}' },
            { table: title },
          )}
        />
      </div>
      {showsOpenness && <OpennessLegend />}
      {canSelect && (
        <p className={clsx(styles.selection, a11y.needsScript)}>
          {selected.length === 0
            ? translate({
                id: 'atlas.table.select.hint',
                message: '勾选 2–4 个模型即可并排对比。',
              })
            : translate(
                { id: 'atlas.table.select.count', message: '已选 {n} 个：{names}' },
                {
                  n: selected.length,
                  names: selected
                    .map((id) => spec.name(spec.entries.find((e) => e.id === id)!))
                    .join(listSeparator()),
                },
              )}
          {selected.length >= 2 && selected.length <= 4 && (
            <Link
              className={styles.compare}
              to={`${collectionRoutes.models}/compare?ids=${selected.join(',')}`}>
              {translate({ id: 'atlas.table.select.compare', message: '对比所选' })}
            </Link>
          )}
          {selected.length > 0 && (
            <button type="button" className={styles.reset} onClick={() => setSelected([])}>
              {translate({ id: 'atlas.table.select.clear', message: '取消选择' })}
            </button>
          )}
        </p>
      )}
      <p className={styles.count} role="status">
        {rows.length === baseRows.length
          ? translate(
              { id: 'atlas.table.count.all', message: '共 {total} 条' },
              { total: baseRows.length },
            )
          : translate(
              { id: 'atlas.table.count.filtered', message: '显示 {shown} 条，共 {total} 条' },
              { shown: rows.length, total: baseRows.length },
            )}
      </p>
      <div className={styles.scroll} role="region" tabIndex={0} aria-label={title}>
        <table
          className={clsx(styles.table, state.roomy ? styles.roomy : styles.compact)}
          style={cardLabels}>
          <caption className={clsx(!caption && a11y.srOnly)}>{title}</caption>
          <thead>
            <tr>
              {visible.map((c) => {
                const direction = state.sort === c.key ? state.direction : undefined;
                return (
                  <th
                    key={c.key}
                    scope="col"
                    className={clsx(c.numeric && styles.numeric) || undefined}
                    aria-sort={
                      direction === 'asc'
                        ? 'ascending'
                        : direction === 'desc'
                          ? 'descending'
                          : undefined
                    }>
                    {c.sort ? (
                      <button
                        type="button"
                        className={styles.sortButton}
                        onClick={() => setSort(c.key)}>
                        {c.header}
                        <SortIcon direction={direction} />
                      </button>
                    ) : (
                      c.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((entry) => {
              const checked = selected.includes(entry.id);
              return (
                <Row
                  key={entry.id}
                  entry={entry}
                  columns={visible}
                  name={spec.name}
                  selectable={canSelect}
                  anchor={anchorRows}
                  checked={checked}
                  disabled={!checked && selected.length >= 4}
                  toggle={toggle}
                />
              );
            })}
          </tbody>
        </table>
      </div>
      {/* In the server's HTML too, shown only where script runs (styles.module.css). */}
      {collapsed && (
        <button type="button" className={styles.more} onClick={() => setExpanded(true)}>
          {translate(
            { id: 'atlas.table.more', message: '显示全部 {total} 条' },
            { total: rows.length },
          )}
        </button>
      )}
      {rows.length === 0 && (
        <p className={styles.empty}>
          {baseRows.length === 0
            ? translate({ id: 'atlas.table.empty.data', message: '数据中还没有符合条件的条目。' })
            : translate({
                id: 'atlas.table.empty.filtered',
                message: '没有条目符合当前筛选条件。',
              })}
        </p>
      )}
    </div>
  );
}
