/**
 * Doc pages hydrate only their islands. Docusaurus compiles each page's MDX into the page's
 * script, so a chapter's text reached the browser twice, in the HTML and in the JavaScript
 * (a long chapter's script was 20–23 KiB gzip, a formula-heavy one more). Most of a chapter
 * needs no script at all.
 *
 * - ./remark.ts wraps the parts that do (code blocks, comparison tables, timelines) in
 *   `<AtlasIsland>`; the server renders every page whole.
 * - This plugin's loader (./loader.cjs, ./stub.ts) gives the browser bundle of each doc a
 *   module that holds only those islands, and imports the whole body as a chunk of its own.
 * - On the page the browser loaded, src/theme/DocItem/Content keeps the server's markup of the
 *   body and renders each island into its place (src/components/AtlasIsland). Links in that
 *   markup navigate within the site through one listener. Any other doc page, reached by a
 *   client-side navigation, waits for its whole body and renders it as usual.
 */
import { createRequire } from 'node:module';
import { sep } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { fullQuery, stubModule } from './stub';

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
      if (isServer) return {};
      return {
        module: {
          rules: [
            {
              test: (file: string) => isDocSource(siteDir, file),
              resourceQuery: { not: [new RegExp(`^\\${fullQuery}$`)] },
              enforce: 'post',
              use: [{ loader: require.resolve('./loader.cjs'), options: { siteDir, fullQuery } }],
            },
          ],
        },
      };
    },
  };
}
