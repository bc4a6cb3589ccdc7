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
 *
 * The part's data can stay out of the page's script too: given `data` (imported with the
 * server-only query, so `null` in the browser: src/plugins/server-only) and `load`, the part
 * fetches its data when the reader's pointer comes over it or the reader uses it, and renders
 * once it is here; with a query string it fetches at once and renders over the server's
 * markup when the data arrives; after a client-side navigation it shows that it is loading.
 */
import React, {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { flushSync } from 'react-dom';
import { hydrating } from '../AtlasIsland/body';
import { KeptHolder } from '../AtlasIsland/kept';
import { awaitUse, stateInAddress } from '../AtlasIsland/lazy';
import { LoadStatus, type Loaded } from '../ServerMarkup';

/** The document is the server's, not yet hydrated, and its address holds no state. */
const hydratingPlainAddress = () => hydrating() && !stateInAddress();

type Props<T> =
  | { children: ReactNode; data?: undefined; load?: undefined }
  | {
      /** The part's data on the server; `null` in the browser bundle. */
      data: T | null;
      /** Fetches the data (a chunk of its own). */
      load: () => Promise<T>;
      children: (data: T) => ReactNode;
    };

export default function KeptUntilUsed<T>(props: Props<T>): React.JSX.Element {
  const { load } = props;
  const [kept, setKept] = useState(() => (load ? hydrating() : hydratingPlainAddress()));
  const [loaded, setLoaded] = useState<Loaded<T>>(() =>
    props.data === undefined || props.data === null ? null : { data: props.data },
  );
  const element = useRef<HTMLDivElement>(null);
  const arrived = useRef<Loaded<T>>(null);
  const fetching = useRef<Promise<void> | null>(null);
  /** Fetches the data once; resolves when it is here or could not be fetched. */
  const fetchData = useCallback((): Promise<void> => {
    if (!load) return Promise.resolve();
    fetching.current ??= load().then(
      (data) => {
        arrived.current = { data };
      },
      () => {
        arrived.current = { error: true };
      },
    );
    return fetching.current;
  }, [load]);
  useLayoutEffect(() => {
    const root = element.current;
    if (!kept || !root) return undefined;
    const activate = () =>
      flushSync(() => {
        if (load) setLoaded(arrived.current);
        setKept(false);
      });
    if (load && stateInAddress()) {
      // The address may ask for a state the server's markup does not show: render at once.
      let live = true;
      void fetchData().then(() => live && activate());
      return () => {
        live = false;
      };
    }
    return awaitUse(root, () => void fetchData(), fetchData, activate);
  }, [kept, load, fetchData]);
  useEffect(() => {
    // Reached by a client-side navigation: nothing to keep, fetch and render.
    if (kept || loaded !== null || !load) return undefined;
    let live = true;
    void fetchData().then(() => live && setLoaded(arrived.current));
    return () => {
      live = false;
    };
  }, [kept, loaded, load, fetchData]);
  // The server's markup (the children, rendered there) stays until `kept` turns false.
  let content: ReactNode;
  if (props.load === undefined) content = props.children;
  else if (loaded !== null && 'data' in loaded) content = props.children(loaded.data);
  else content = <LoadStatus failed={loaded !== null} />;
  return (
    <KeptHolder holder={element} marker="kept-until-used" kept={kept}>
      {content}
    </KeptHolder>
  );
}
