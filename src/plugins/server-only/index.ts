/**
 * Modules that only the server's rendering reads. A remark plugin writes what a component
 * renders (a diagram's SVGs, a timeline's events) as a JSON module named after its content
 * and imports it twice in the page:
 *
 * - with the query `?atlas-ssr`, which the server bundle resolves as usual and the browser
 *   bundle turns into `null` (./loader.cjs): the HTML holds what the module holds, the page's
 *   script does not;
 * - as `() => import(module)`, a chunk of its own that the browser fetches only when it needs
 *   the contents: after a client-side navigation, which has no server markup, or when the
 *   reader asks for something the server did not render.
 *
 * The component keeps the server's markup through hydration (an element whose inner HTML
 * React is told to leave alone) until it has the contents itself.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Plugin } from '@docusaurus/types';

/** Query that marks the server's import of a module; the browser bundle gets null. */
export const serverOnlyQuery = '?atlas-ssr';

/** Writes `value` as a JSON module named after its content in `dir`; returns its path. */
export function writeJsonModule(dir: string, value: unknown): string {
  const json = JSON.stringify(value);
  const file = join(dir, `${createHash('sha256').update(json).digest('hex').slice(0, 16)}.json`);
  mkdirSync(dir, { recursive: true });
  // Two locales may write the same module at once: write aside, then rename into place.
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(partial, json);
  renameSync(partial, file);
  return file;
}

const require = createRequire(import.meta.url);

/** Docusaurus plugin: the browser bundle's rule for modules imported with the server-only query. */
export default function serverOnlyPlugin(): Plugin {
  return {
    name: 'atlas-server-only',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        module: {
          rules: [
            {
              test: /\.json$/,
              resourceQuery: new RegExp(`^\\${serverOnlyQuery}$`),
              type: 'javascript/auto',
              use: [{ loader: require.resolve('./loader.cjs') }],
            },
          ],
        },
      };
    },
  };
}
