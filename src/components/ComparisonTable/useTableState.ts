import { useCallback, useMemo } from 'react';
import { useHistory } from '@docusaurus/router';
import { useHistorySelector } from '@docusaurus/theme-common';
import { readState, writeState, type TableState } from './logic';

/**
 * A table's filter and sort state, kept in the page's query string so it survives a reload and
 * can be shared as a link. The server and the first (hydrating) render see an empty query
 * string (useHistorySelector guarantees it), so the server-rendered full table hydrates
 * without a mismatch; the URL's state applies right after.
 */
export function useTableState(
  prefix: string,
  columns: readonly string[],
  facets: readonly string[],
): [TableState, (next: TableState) => void] {
  const history = useHistory();
  const search = useHistorySelector((h) => h.location.search);
  const columnsKey = columns.join(',');
  const facetsKey = facets.join(',');
  const state = useMemo(
    () => readState(search, prefix, columnsKey.split(','), facetsKey.split(',')),
    [search, prefix, columnsKey, facetsKey],
  );
  const setState = useCallback(
    (next: TableState) => {
      const { pathname, hash, search: current } = history.location;
      history.replace({ pathname, hash, search: writeState(current, prefix, next) });
    },
    [history, prefix],
  );
  return [state, setState];
}
