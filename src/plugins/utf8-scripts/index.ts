/**
 * Emits the client JavaScript as UTF-8 instead of ASCII.
 *
 * Docusaurus configures Terser with `ascii_only: true`, which writes every non-ASCII
 * character as a `\uXXXX` escape: six bytes for a Han character that takes three in UTF-8.
 * On this site nearly every string the scripts carry is Chinese (sidebar, page metadata,
 * UI translations, data tables), so the escapes made a plain doc page's JavaScript about
 * 20 KiB larger. Every page declares `<meta charset="utf-8">` and scripts are same-origin,
 * so browsers decode them as UTF-8.
 *
 * Only the production client build is minified; the server build and `docusaurus start`
 * have no Terser and are left alone. If a Docusaurus upgrade changes how Terser is set up,
 * the build stops here rather than silently going back to escapes.
 */
import type { Plugin } from '@docusaurus/types';

interface TerserLike {
  constructor: { name: string };
  options?: { minimizer?: { options?: { output?: Record<string, unknown> } } };
}

export default function utf8ScriptsPlugin(): Plugin {
  return {
    name: 'atlas-utf8-scripts',
    configureWebpack(config, isServer) {
      if (isServer || !config.optimization?.minimize) return {};
      const terser = (config.optimization.minimizer ?? []).find(
        (m) => typeof m === 'object' && m !== null && m.constructor.name === 'TerserPlugin',
      ) as TerserLike | undefined;
      const output = terser?.options?.minimizer?.options?.output;
      if (!output || output.ascii_only !== true) {
        throw new Error('atlas-utf8-scripts: Terser is no longer configured as this plugin expects (output.ascii_only); review src/plugins/utf8-scripts');
      }
      output.ascii_only = false;
      return {};
    },
  };
}
