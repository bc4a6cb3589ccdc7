/**
 * A view that may arrive after the page: in the browser, a deferrable data component
 * (src/components/views.ts, `deferredViews`) is given `data={null}` and a `load` function
 * instead of its view, and keeps the server's markup of what the view renders (an element
 * whose inner HTML React is told to leave alone, see `useKeptMarkup`). It fetches the view
 * only when it must render something the server did not: after a client-side navigation
 * (nothing to keep), or when the reader changes what is shown.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  type RefObject,
} from 'react';
import type { AtlasView } from './atlasView';

/** Fetches a component's view, a chunk of its own (src/plugins/server-only). */
export type ViewLoader = () => Promise<{ default: AtlasView }>;

export interface DeferredViewProps {
  /** The view; `null` in the browser bundle of an MDX page, which fetches it with `load`. */
  data: AtlasView | null;
  load?: ViewLoader;
}

/**
 * What an island (src/components/AtlasIsland) saved of the server's markup before it rendered
 * its component afresh: the inner HTML of each element marked `data-kept`, by name.
 */
export const KeptMarkup = createContext<ReadonlyMap<string, string> | null>(null);

/**
 * Props for the element that holds the server's markup until the view is here. When the page
 * hydrates, React leaves the element's contents alone. Inside an island, which renders its
 * component afresh, the element gets back the markup the island saved (`restored` is then
 * true). Only for elements whose contents the view renders; `name` is unique in a component.
 */
export function useKeptMarkup(name: string): {
  restored: boolean;
  props: {
    'data-kept': string;
    dangerouslySetInnerHTML: { __html: string };
    suppressHydrationWarning: true;
  };
} {
  const saved = useContext(KeptMarkup)?.get(name);
  return {
    restored: saved !== undefined,
    props: {
      'data-kept': name,
      dangerouslySetInnerHTML: { __html: saved ?? '' },
      suppressHydrationWarning: true,
    },
  };
}

/**
 * Scrolls to the element the address's fragment names. For content rendered after a
 * client-side navigation: the router looked for the anchor when the route changed, before the
 * content was there.
 */
export function scrollToAddressAnchor(): void {
  if (!window.location.hash) return;
  let id = window.location.hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // A malformed escape: look the anchor up as it is.
  }
  document.getElementById(id)?.scrollIntoView();
}

/**
 * The view (null until it is here) and `request`, which fetches it. `holder` is the element
 * that keeps the server's markup: if it is empty once mounted, the page was reached by a
 * client-side navigation and the view is fetched at once (`onArrival` is then true).
 */
export function useDeferredView(
  { data, load }: DeferredViewProps,
  holder: RefObject<HTMLElement | null>,
  component: string,
): { view: AtlasView | null; request: () => void; onArrival: boolean } {
  const [view, setView] = useState<AtlasView | null>(data);
  const requested = useRef(false);
  const arrived = useRef(false);
  const request = useCallback(() => {
    if (view || requested.current) return;
    if (!load) throw new Error(`${component}: no data and no load function`);
    requested.current = true;
    void load().then((module) => setView(module.default));
  }, [view, load, component]);
  useEffect(() => {
    if (!view && holder.current && holder.current.childElementCount === 0) {
      arrived.current = true;
      request();
    }
  }, [view, holder, request]);
  return { view, request, onArrival: arrived.current };
}
