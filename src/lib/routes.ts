/** Whether the site has a page at a path, from Docusaurus' route tree (`@generated/routes`). */

export interface Route {
  path?: string | string[];
  exact?: boolean;
  routes?: Route[];
}

/**
 * Docusaurus writes every route as a literal path (no parameters); a route that is not exact
 * also answers the paths below it, where its child routes take over. A trailing slash is
 * optional, as in React Router without `strict`.
 */
function matches(pathname: string, path: string, exact: boolean): boolean {
  const trim = (p: string) => (p.length > 1 ? p.replace(/\/$/, '') : p);
  const [a, b] = [trim(pathname), trim(path)];
  return a === b || (!exact && a.startsWith(b === '/' ? '/' : `${b}/`));
}

/** Whether a page of the site (not the catch-all "not found" route) answers `pathname`. */
export function isSitePage(pathname: string, list: readonly Route[]): boolean {
  return list.some((route) => {
    const paths = route.path === undefined ? [] : [route.path].flat();
    return (
      paths.some((p) => p !== '*' && matches(pathname, p, route.exact === true)) &&
      (!route.routes || isSitePage(pathname, route.routes))
    );
  });
}
