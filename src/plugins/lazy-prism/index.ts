/**
 * Keeps Prism (prism-react-renderer and the Prism languages, ~30 KiB gzip) out of the
 * JavaScript every page loads.
 *
 * The classic theme registers extra Prism languages in a client module
 * (`@docusaurus/theme-classic/lib/prism-include-languages.js`), and a client module is part of
 * the main bundle: its `import { Prism } from 'prism-react-renderer'` put the highlighter on
 * pages without a line of code. This plugin replaces that module with nothing; the swizzled
 * `src/theme/CodeBlock/Content` renders the highlighter, which registers the languages, through
 * `@atlas/code-highlighter`: resolved here to the highlighter itself for the server build and
 * to a lazy component, a chunk of its own, for the browser (see there for why that neither
 * flashes nor breaks hydration). If an upgrade moves the module, the build stops here.
 */
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { packageModule } from '../package-module';

/** The classic theme's client module that imports Prism into the main bundle. */
export const prismClientModule = (): string =>
  packageModule('lazy-prism', '@docusaurus/theme-classic', 'lib', 'prism-include-languages.js');

export default function lazyPrismPlugin(context: LoadContext): Plugin {
  return {
    name: 'atlas-lazy-prism',
    configureWebpack(_config, isServer) {
      const highlighter = join(
        context.siteDir,
        'src',
        'theme',
        'CodeBlock',
        'Content',
        isServer ? 'highlighter.server.ts' : 'highlighter.client.ts',
      );
      return {
        resolve: {
          alias: { [prismClientModule()]: false, '@atlas/code-highlighter': highlighter },
        },
      };
    },
  };
}
