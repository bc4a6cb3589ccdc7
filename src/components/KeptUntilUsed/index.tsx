/**
 * A part of a React page (src/pages) that the browser does not hydrate on the page's first
 * load: the server's markup stays as it is, its links work (through one listener), and the
 * part's component renders over it only when the reader uses it (a click, a focus, a changed
 * control, replayed on the rendered elements: src/components/AtlasIsland/lazy.tsx). On a phone
 * hydrating a large table, chart or list blocks the page for hundreds of milliseconds; this
 * is the doc islands' approach (src/plugins/islands) for pages written in React.
 *
 * Reached by a client-side navigation, or with a query string (which may hold a table's
 * state), the part renders at once. While kept, a data card that is stale by the reader's date
 * gets its notice (KeptStaleNotices), as in a doc body.
 */
import React, { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { hydrating } from '../AtlasIsland/body';
import { KeptHolder } from '../AtlasIsland/kept';
import { awaitUse, stateInAddress } from '../AtlasIsland/lazy';

/** The document is the server's, not yet hydrated, and its address holds no state. */
const hydratingPlainAddress = () => hydrating() && !stateInAddress();

export default function KeptUntilUsed({ children }: { children: ReactNode }): React.JSX.Element {
  const [kept, setKept] = useState(hydratingPlainAddress);
  const element = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const root = element.current;
    if (!kept || !root) return undefined;
    return awaitUse(
      root,
      () => undefined,
      () => Promise.resolve(),
      () => flushSync(() => setKept(false)),
    );
  }, [kept]);
  // The server's markup (the children, rendered there) stays until `kept` turns false.
  return (
    <KeptHolder holder={element} marker="kept-until-used" kept={kept}>
      {children}
    </KeptHolder>
  );
}
