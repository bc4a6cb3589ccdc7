/**
 * Doc pages hydrate only their islands. Docusaurus compiles each page's MDX into the page's
 * script, so a chapter's text reached the browser twice, in the HTML and in the JavaScript
 * (a long chapter's script was 20–23 KiB gzip, a formula-heavy one more). Most of a chapter
 * needs no script at all.
 *
 * - ./remark.ts wraps the parts that do (code blocks, comparison tables, timelines) in
 *   `<AtlasIsland>`; the server renders every page whole.
 * - This plugin's loader (./loader.cjs, ./stub.ts) gives the browser bundle of each doc a
 *   module that holds only those islands (production builds only).
 * - On the page the browser loaded, src/theme/DocItem/Content keeps the server's markup of the
 *   body and renders each island into its place (src/components/AtlasIsland). Any other doc,
 *   reached by a client-side navigation, reads the same markup from its page's HTML file
 *   (src/components/AtlasIsland/body.tsx) and does the same. Links in that markup navigate
 *   within the site through one listener.
 */
import { createRequire } from 'node:module';
import { sep } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { stubModule } from './stub';

const require = createRequire(import.meta.url);

/** Doc sources: docs/ and each locale's translated docs. */
export function isDocSource(siteDir: string, file: string): boolean {
  const relative = file.startsWith(siteDir + sep) ? file.slice(siteDir.length + 1) : null;
  if (relative === null || !/\.mdx?$/.test(relative)) return false;
  const parts = relative.split(sep);
  return (
    parts[0] === 'docs' || (parts[0] === 'i18n' && parts[2] === 'docusaurus-plugin-content-docs')
  );
}

export default function islandsPlugin(context: LoadContext): Plugin {
  (globalThis as Record<symbol, unknown>)[Symbol.for('atlas.islands.stubModule')] = stubModule;
  const { siteDir } = context;
  return {
    name: 'atlas-islands',
    configureWebpack(_config, isServer) {
      // The development server renders no HTML: its pages are React's alone, as Docusaurus makes them.
      if (isServer || process.env.NODE_ENV !== 'production') return {};
      return {
        module: {
          rules: [
            {
              test: (file: string) => isDocSource(siteDir, file),
              enforce: 'post',
              use: [{ loader: require.resolve('./loader.cjs'), options: { siteDir } }],
            },
          ],
        },
      };
    },
  };
}
