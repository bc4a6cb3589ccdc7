/**
 * A view that may arrive after the page: in the browser, a deferrable data component
 * (src/components/views.ts, `deferredViews`) is given `data={null}` and a `load` function
 * instead of its view, and keeps the server's markup of what the view renders (an element
 * whose inner HTML React is told to leave alone, see `keepServerMarkup`). It fetches the view
 * only when it must render something the server did not: after a client-side navigation
 * (nothing to keep), or when the reader changes what is shown.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { AtlasView } from './atlasView';

/** Fetches a component's view, a chunk of its own (src/plugins/server-only). */
export type ViewLoader = () => Promise<{ default: AtlasView }>;

export interface DeferredViewProps {
  /** The view; `null` in the browser bundle of an MDX page, which fetches it with `load`. */
  data: AtlasView | null;
  load?: ViewLoader;
}

/**
 * Props for the element that holds the server's markup until the view is here: React hydrates
 * it without touching its contents. Only for elements whose contents the view renders.
 */
export const keepServerMarkup = {
  dangerouslySetInnerHTML: { __html: '' },
  suppressHydrationWarning: true,
} as const;

/**
 * The view (null until it is here) and `request`, which fetches it. `holder` is the element
 * that keeps the server's markup: if it is empty once mounted, the page was reached by a
 * client-side navigation and the view is fetched at once.
 */
export function useDeferredView(
  { data, load }: DeferredViewProps,
  holder: RefObject<HTMLElement | null>,
  component: string,
): { view: AtlasView | null; request: () => void } {
  const [view, setView] = useState<AtlasView | null>(data);
  const requested = useRef(false);
  const request = useCallback(() => {
    if (view || requested.current) return;
    if (!load) throw new Error(`${component}: no data and no load function`);
    requested.current = true;
    void load().then((module) => setView(module.default));
  }, [view, load, component]);
  useEffect(() => {
    if (!view && holder.current && holder.current.childElementCount === 0) request();
  }, [view, holder, request]);
  return { view, request };
}
