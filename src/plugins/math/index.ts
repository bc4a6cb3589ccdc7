/**
 * Math support on top of remark-math + rehype-katex, with two changes to their defaults:
 *
 * 1. A formula KaTeX cannot parse fails the build, naming the file and line (rehype-katex
 *    alone renders it in red and carries on).
 * 2. The KaTeX stylesheet and fonts are served by the site itself and linked only from pages
 *    that contain math, so other pages load none of it and no request leaves the origin.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Root as MdastRoot } from 'mdast';
import type { Root as HastRoot } from 'hast';
import type { VFile } from 'vfile';
import type { LoadContext, Plugin } from '@docusaurus/types';

const require = createRequire(import.meta.url);
const katexDist = join(dirname(require.resolve('katex/package.json')), 'dist');
export const katexVersion: string = (
  JSON.parse(readFileSync(join(katexDist, '..', 'package.json'), 'utf8')) as { version: string }
).version;

/**
 * Copies katex.min.css and its woff2 fonts into `<staticDir>/katex/`. The stylesheet
 * refers to `fonts/…` relative to itself, so fonts resolve under every locale's path.
 */
export function prepareKatexAssets(staticDir: string): void {
  const out = join(staticDir, 'katex');
  mkdirSync(join(out, 'fonts'), { recursive: true });
  copyFileSync(join(katexDist, 'katex.min.css'), join(out, 'katex.min.css'));
  for (const font of readdirSync(join(katexDist, 'fonts'))) {
    if (font.endsWith('.woff2'))
      copyFileSync(join(katexDist, 'fonts', font), join(out, 'fonts', font));
  }
}

/** Generated static folder (relative to the site) that the config lists in `staticDirectories`. */
export const generatedStaticDir = '.generated/static';

/**
 * Docusaurus plugin: copies the KaTeX assets (see prepareKatexAssets) into generatedStaticDir.
 * A build step rather than a side effect of loading the config, which Docusaurus evaluates
 * more than once.
 */
export function katexAssetsPlugin(context: LoadContext): Plugin {
  return {
    name: 'atlas-katex-assets',
    loadContent() {
      prepareKatexAssets(join(context.siteDir, generatedStaticDir));
    },
  };
}

interface MdNode {
  type: string;
  children?: MdNode[];
}

function containsMath(node: MdNode): boolean {
  if (node.type === 'math' || node.type === 'inlineMath') return true;
  return (node.children ?? []).some(containsMath);
}

/**
 * remark plugin: puts `<link rel="stylesheet" …>` first in MDX files that use math, so the
 * stylesheet sits at the top of the article in the server's HTML and stays there when React
 * hydrates (a stylesheet link is allowed in the body, and the browser holds back painting what
 * follows it until it has loaded). Not through the theme's `Head`: react-helmet removes the
 * link from <head> while the page hydrates and adds it back a moment later, and in between
 * the formulas lose their styles and KaTeX's fonts leave `document.fonts`.
 */
export function remarkKatexStylesheet(options: { baseUrl: string }) {
  const href = `${options.baseUrl}katex/katex.min.css?v=${katexVersion}`;
  return (tree: MdastRoot) => {
    if (!containsMath(tree)) return;
    (tree.children as unknown[]).unshift({
      type: 'mdxJsxFlowElement',
      name: 'link',
      attributes: [
        { type: 'mdxJsxAttribute', name: 'rel', value: 'stylesheet' },
        { type: 'mdxJsxAttribute', name: 'href', value: href },
      ],
      children: [],
    });
  };
}

/** rehype plugin, placed after rehype-katex: turns its parse warnings into a build error. */
export function rehypeStrictKatex() {
  return (_tree: HastRoot, file: VFile) => {
    const errors = file.messages.filter((m) => m.source === 'rehype-katex');
    if (errors.length === 0) return;
    const lines = errors.map((m) => {
      const line = m.place && 'line' in m.place ? m.place.line : m.place?.start.line;
      const reason = m.cause instanceof Error ? m.cause.message : m.reason;
      return `${file.path}:${line ?? '?'}: KaTeX cannot parse this formula: ${reason}`;
    });
    throw new Error(`Math that does not parse:\n${lines.join('\n')}`);
  };
}

interface HastLike {
  type: string;
  properties?: Record<string, unknown>;
  children?: HastLike[];
}

/**
 * rehype plugin, placed after rehype-katex: display formulas scroll sideways when wider than
 * the column (see custom.css), and a region that scrolls must be reachable by keyboard
 * (WCAG 2.1.1; axe `scrollable-region-focusable`), so each one joins the tab order.
 */
export function rehypeFocusableDisplayMath() {
  const visit = (node: HastLike) => {
    const className = node.properties?.className;
    if (
      node.type === 'element' &&
      Array.isArray(className) &&
      className.includes('katex-display')
    ) {
      node.properties!.tabIndex = 0;
    }
    node.children?.forEach(visit);
  };
  return (tree: HastRoot) => visit(tree);
}
