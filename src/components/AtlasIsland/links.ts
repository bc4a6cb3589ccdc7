/**
 * Links in markup that React leaves to the server (a doc body, src/plugins/islands; a part of a
 * page kept until used, src/components/KeptUntilUsed) are plain `<a>` elements, not React's
 * `<Link>`: one listener on that markup gives them what `<Link>` gives,
 * a navigation within the site without reloading, and the next page's chunks fetched when
 * the pointer or a finger is on the link. Links inside a rendered island are React's own and
 * left to it.
 */
import routes from '@generated/routes';
import { isSitePage } from '../../lib/routes';

/** The site path a click on `target` should navigate to, or null to let the browser do it. */
export function sitePathOf(target: EventTarget | null, root: HTMLElement): string | null {
  const link = target instanceof Element ? target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement) || !root.contains(link)) return null;
  if (link.closest('[data-island-live]')) return null;
  if ((link.target && link.target !== '_self') || link.hasAttribute('download')) return null;
  const url = new URL(link.href, window.location.href);
  if (url.origin !== window.location.origin) return null;
  // A link to a place within the page: the browser scrolls to it.
  const samePage =
    url.pathname === window.location.pathname && url.search === window.location.search;
  if (samePage && url.hash) return null;
  let pathname = url.pathname;
  try {
    pathname = decodeURI(pathname);
  } catch {
    // A malformed escape: match the path as it is.
  }
  if (!isSitePage(pathname, routes) && !isSitePage(url.pathname, routes)) return null;
  return url.pathname + url.search + url.hash;
}

/** Listens on `root`; returns the function that stops listening. */
export function delegateLinks(root: HTMLElement, navigate: (to: string) => void): () => void {
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const to = sitePathOf(event.target, root);
    if (to === null) return;
    event.preventDefault();
    navigate(to);
  };
  const onIntent = (event: Event) => {
    const to = sitePathOf(event.target, root);
    if (to !== null) void window.docusaurus.preload(new URL(to, window.location.href).pathname);
  };
  root.addEventListener('click', onClick);
  root.addEventListener('mouseover', onIntent);
  root.addEventListener('touchstart', onIntent, { passive: true });
  return () => {
    root.removeEventListener('click', onClick);
    root.removeEventListener('mouseover', onIntent);
    root.removeEventListener('touchstart', onIntent);
  };
}
