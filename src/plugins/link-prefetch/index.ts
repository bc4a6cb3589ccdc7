/**
 * Links fetch the page they lead to when the reader shows intent (pointer over the link, a
 * finger on it, or the click itself), not as soon as they scroll into view.
 *
 * Docusaurus' `<Link>` asks `window.docusaurus.prefetch` for every internal link that enters
 * the viewport. On a chapter that is the whole sidebar, the navbar and the inline links: about
 * 43 `<link rel="prefetch">` requests per page on a desktop (measured over 30 chapters), each
 * found by scanning every route's chunk names, all while the page is still becoming
 * interactive, and most of it for pages the reader never opens. That costs phone readers data
 * and main-thread time, and cost the test suite about a fifth of its page-load CPU.
 *
 * This plugin resolves core's `client/docusaurus.js` (the object behind `window.docusaurus`) to
 * `./docusaurus.client.ts`, whose `prefetch` does nothing and whose `preload` is core's. Links
 * still call `preload` on `mouseenter` and `touchstart`, and a navigation waits for it, so the
 * next page is fetched at the first sign the reader wants it. If an upgrade moves the module,
 * the build stops here.
 */
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { packageModule } from '../package-module';

/** Core's module that `clientEntry` assigns to `window.docusaurus`. */
export const coreDocusaurusModule = (): string =>
  packageModule('link-prefetch', '@docusaurus/core', 'lib', 'client', 'docusaurus.js');

export default function linkPrefetchPlugin(context: LoadContext): Plugin {
  return {
    name: 'atlas-link-prefetch',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        resolve: {
          alias: {
            [coreDocusaurusModule()]: join(
              context.siteDir,
              'src',
              'plugins',
              'link-prefetch',
              'docusaurus.client.ts',
            ),
          },
        },
      };
    },
  };
}
