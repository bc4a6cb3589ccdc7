import { useCallback, useMemo } from 'react';
import { useHistory } from '@docusaurus/router';
import { useHistorySelector } from '@docusaurus/theme-common';
import { readState, writeState, type StateOptions, type TableState } from './logic';

/**
 * A table's filter, sort, column and density state, kept in the page's query string so it
 * survives a reload and can be shared as a link. The server and the first (hydrating) render
 * see an empty query string (useHistorySelector guarantees it), so the server-rendered table
 * (with the table's initial facets applied) hydrates without a mismatch; the URL's state
 * applies right after.
 */
export function useTableState(
  prefix: string,
  sortable: readonly string[],
  facets: readonly string[],
  options: StateOptions,
): [TableState, (next: TableState) => void] {
  const history = useHistory();
  const search = useHistorySelector((h) => h.location.search);
  // Keys, not arrays: callers build these lists on every render.
  const sortableKey = sortable.join(',');
  const facetsKey = facets.join(',');
  const columnsKey = (options.columns ?? []).join(',');
  const initialKey = JSON.stringify(options.initialFacets ?? {});
  const stable = useMemo<StateOptions>(
    () => ({
      columns: columnsKey.split(','),
      initialFacets: JSON.parse(initialKey) as Record<string, string>,
    }),
    [columnsKey, initialKey],
  );
  const state = useMemo(
    () => readState(search, prefix, sortableKey.split(','), facetsKey.split(','), stable),
    [search, prefix, sortableKey, facetsKey, stable],
  );
  const setState = useCallback(
    (next: TableState) => {
      const { pathname, hash, search: current } = history.location;
      history.replace({ pathname, hash, search: writeState(current, prefix, next, stable) });
    },
    [history, prefix, stable],
  );
  return [state, setState];
}
