/**
 * Stands in for `@docusaurus/core/lib/client/docusaurus.js` in the browser bundle (see
 * ./index.ts): the same two methods, without prefetching links that come into view.
 */
import preloadRoute from '@docusaurus/core/lib/client/preload';

interface NetworkInformation {
  effectiveType?: string;
  saveData?: boolean;
}

const preloaded = new Set<string>();

/** As core does: on a 2G connection or with data saving on, nothing is fetched ahead. */
function constrained(): boolean {
  const connection = (navigator as Navigator & { connection?: NetworkInformation }).connection;
  return Boolean(connection?.effectiveType?.includes('2g') || connection?.saveData);
}

export default Object.freeze({
  /** Called by every internal link that scrolls into view: fetches nothing. */
  prefetch(): false {
    return false;
  },
  /** Called on pointer or touch intent and before a navigation: loads the route's chunks once. */
  preload(routePath: string): false | Promise<void[]> {
    if (constrained() || preloaded.has(routePath)) return false;
    preloaded.add(routePath);
    return preloadRoute(routePath);
  },
});
