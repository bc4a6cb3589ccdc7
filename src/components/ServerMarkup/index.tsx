/**
 * A part of a React page (src/pages) that only the server renders from its data: the page's
 * script does not carry that data (it is imported with the server-only query, see
 * src/plugins/server-only, and is `null` in the browser bundle). On the page the browser loaded,
 * the server's markup stays as it is, and its links navigate within the site through one
 * listener (src/components/AtlasIsland/links.ts). Reached by a client-side navigation, which
 * has no server markup, the part fetches its data (a chunk of its own) and renders it, then
 * scrolls to the address's anchor, which was not there when the route changed.
 *
 * For parts with nothing to do in the browser but be read (the corrections log); a part the
 * reader works with (a table's filters) needs its data on the page: see KeptUntilUsed.
 */
import React, { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import { KeptHolder } from '../AtlasIsland/kept';
import { scrollToAddressAnchor } from '../deferredView';
import styles from './styles.module.css';

/** The fetched data, or the failure to fetch it; null while nothing has arrived. */
export type Loaded<T> = { data: T } | { error: true } | null;

export default function ServerMarkup<T>({
  data,
  load,
  children,
}: {
  /** The data on the server; `null` in the browser bundle. */
  data: T | null;
  /** Fetches the data (for a page reached by a client-side navigation). */
  load: () => Promise<T>;
  children: (data: T) => ReactNode;
}): React.JSX.Element {
  const holder = useRef<HTMLDivElement>(null);
  const [loaded, setLoaded] = useState<Loaded<T>>(data === null ? null : { data });
  // Mounted without data: either the server's markup is in the holder (the page the browser
  // loaded; kept), or the holder is empty (a client-side navigation; fetch).
  const [kept, setKept] = useState(data === null);

  useLayoutEffect(() => {
    // Whether the holder has the server's markup is known only once it is mounted.
    if (kept && holder.current?.childElementCount === 0) setKept(false);
  }, [kept]);

  useEffect(() => {
    if (kept || loaded) return undefined;
    let live = true;
    load().then(
      (d) => live && setLoaded({ data: d }),
      () => live && setLoaded({ error: true }),
    );
    return () => {
      live = false;
    };
  }, [kept, loaded, load]);

  const rendered = loaded !== null && 'data' in loaded;
  useEffect(() => {
    if (rendered && data === null) scrollToAddressAnchor();
  }, [rendered, data]);

  return (
    <KeptHolder holder={holder} marker="server-markup" kept={kept}>
      {loaded !== null && 'data' in loaded ? (
        children(loaded.data)
      ) : (
        <LoadStatus failed={loaded !== null} />
      )}
    </KeptHolder>
  );
}

/** What stands in for a part whose data is being fetched, or could not be. */
export function LoadStatus({ failed }: { failed: boolean }): React.JSX.Element {
  return failed ? (
    <p role="alert" className={styles.status}>
      {translate({
        id: 'atlas.serverMarkup.failed',
        message: '这部分内容未能载入，请检查网络后刷新页面。',
      })}
    </p>
  ) : (
    <p role="status" className={styles.status}>
      {translate({ id: 'atlas.serverMarkup.loading', message: '正在载入……' })}
    </p>
  );
}
