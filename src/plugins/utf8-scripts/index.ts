/**
 * Emits the client JavaScript as UTF-8 instead of ASCII.
 *
 * Docusaurus Faster minifies with SWC (Rspack's `SwcJsMinimizerRspackPlugin`) and sets its
 * `format.ascii_only`, which writes every non-ASCII character as a `\uXXXX` escape: six
 * bytes for a Han character that takes three in UTF-8. On this site nearly every string the
 * scripts carry is Chinese (sidebar, page metadata, UI translations, data tables), so the
 * escapes made a plain doc page's JavaScript about 20 KiB larger. Every page declares
 * `<meta charset="utf-8">` and scripts are same-origin, so browsers decode them as UTF-8.
 *
 * Only the production client build is minified; the server build and `docusaurus start`
 * have no minimizer and are left alone. If a Docusaurus upgrade changes how the minimizer is
 * set up, the build stops here rather than silently going back to escapes.
 */
import type { Plugin } from '@docusaurus/types';

/** The part of an Rspack built-in plugin instance this plugin reads: its constructor arguments. */
interface SwcMinimizerLike {
  constructor: { name: string };
  _args?: [{ minimizerOptions?: { format?: Record<string, unknown> } }?];
}

/** Finds the SWC minimizer's `format` options, or says why it cannot. */
export function swcFormatOptions(minimizers: readonly unknown[]): Record<string, unknown> {
  const swc = minimizers.find(
    (m): m is SwcMinimizerLike =>
      typeof m === 'object' && m !== null && m.constructor.name === 'SwcJsMinimizerRspackPlugin',
  );
  const format = swc?._args?.[0]?.minimizerOptions?.format;
  if (!format || format.ascii_only !== true) {
    throw new Error(
      'atlas-utf8-scripts: the JS minimizer is no longer SWC with format.ascii_only set, as this plugin expects; review src/plugins/utf8-scripts',
    );
  }
  return format;
}

export default function utf8ScriptsPlugin(): Plugin {
  return {
    name: 'atlas-utf8-scripts',
    configureWebpack(config, isServer) {
      if (isServer || !config.optimization?.minimize) return {};
      swcFormatOptions(config.optimization.minimizer ?? []).ascii_only = false;
      return {};
    },
  };
}
