/**
 * Mermaid diagrams rendered at build time: every ```mermaid block becomes inline SVG in the
 * page's HTML, in a light and a dark variant that CSS switches with the site's colour mode
 * (`html[data-theme]`). Readers download no Mermaid code and the page does not move when a
 * diagram appears; a diagram that does not parse fails the build, naming file and line.
 *
 * Why our own plugin rather than rehype-mermaid / mermaid-isomorphic: those render a light
 * SVG inline and offer a dark variant only as `<picture>` images keyed to
 * `prefers-color-scheme`, which ignores the site's colour-mode toggle; they take `playwright`
 * (not the `playwright-core` the tests already use) as a peer and pin their own KaTeX and
 * Font Awesome; and they cache nothing, so each locale and each rebuild would render every
 * diagram again. Driving Debian's Chromium through playwright-core with Mermaid's own
 * bundle takes about a hundred lines (renderer.ts) and shares the browser set-up with the
 * end-to-end tests.
 *
 * Each diagram needs an accessible name: the caption below it
 * (`<p className="atlas-caption">图：…</p>`, see CONTRIBUTING.md) or an `accTitle:` line in
 * the diagram. A diagram with neither fails the build too.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { Code, Parent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { MermaidRenderer, MermaidSyntaxError, variants, type Variant } from './renderer';
import { importNode } from '../mdx-auto-import';
import { serverOnlyQuery, writeJsonModule } from '../server-only';
import {
  attribute,
  expressionAttribute,
  identifierAttribute,
  lazyImportAttribute,
  literal,
  type JsxAttribute,
} from '../mdx-nodes';

export { serverOnlyQuery } from '../server-only';

export { MermaidRenderer } from './renderer';

/** The site's body font stack (`--ifm-font-family-base` in the given stylesheet). */
export function siteFontStack(cssFile: string): string {
  const m = /--ifm-font-family-base:\s*([^;]+);/.exec(readFileSync(cssFile, 'utf8'));
  if (!m)
    throw new Error(
      `${cssFile}: --ifm-font-family-base not found; Mermaid diagrams need the site's font stack`,
    );
  return m[1]!.replace(/\s+/g, ' ').trim();
}

/**
 * `dangerouslySetInnerHTML={{__html: svg}}`: the SVG goes into the page as one string rather
 * than as thousands of JSX nodes, and React hydrates it without comparing its contents.
 */
function innerHtml(html: string): JsxAttribute {
  return expressionAttribute('dangerouslySetInnerHTML', `{__html: ${JSON.stringify(html)}}`, {
    type: 'ObjectExpression',
    properties: [
      {
        type: 'Property',
        kind: 'init',
        method: false,
        shorthand: false,
        computed: false,
        key: { type: 'Identifier', name: '__html' },
        value: literal(html),
      },
    ],
  });
}

function div(attributes: JsxAttribute[], children: unknown[] = []): RootContent {
  return { type: 'mdxJsxFlowElement', name: 'div', attributes, children } as unknown as RootContent;
}

/** The text of the `atlas-caption` paragraph right after the diagram, without its "图：". */
function captionAfter(parent: Parent, index: number): string | undefined {
  const next = parent.children[index + 1] as
    (RootContent & { name?: string; attributes?: JsxAttribute[] }) | undefined;
  if (!next || next.type !== 'mdxJsxFlowElement') return undefined;
  const className = next.attributes?.find(
    (a) => 'name' in a && (a.name === 'className' || a.name === 'class'),
  )?.value;
  if (typeof className !== 'string' || !className.split(/\s+/).includes('atlas-caption'))
    return undefined;
  const text = toString(next).replace(/\s+/g, ' ').trim();
  return text.replace(/^(图|Figure)\s*[\d.]*\s*[：:]\s*/i, '') || undefined;
}

function accTitle(code: string): string | undefined {
  return /^\s*accTitle\s*:\s*(.+)$/m.exec(code)?.[1]?.trim();
}

/**
 * Mermaid's parse errors name a line of the diagram and quote it with a caret under the
 * column; the build names the file's line instead and keeps the message on one line, so the
 * quote and caret (meaningless once joined) go.
 */
export function parseFailure(message: string): { line: number; reason: string } {
  const line = Number(/\bon line (\d+)/.exec(message)?.[1] ?? 0);
  const reason = message
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('...') && !/^-*\^$/.test(l))
    .join(' ');
  return { line, reason };
}

export interface RemarkMermaidOptions {
  renderer: MermaidRenderer;
  /** File names in error messages are relative to this directory. */
  siteDir: string;
  /**
   * The site's mode: each diagram's two SVGs are written here as one JSON module, and the page
   * renders `<MermaidDiagram>` (src/components/MermaidDiagram), which the server build gives
   * the SVGs and the browser bundle only a way to fetch them (see src/plugins/server-only): the
   * HTML holds the diagram, the page's script does not. Without it, as in the unit tests that
   * evaluate MDX with no bundler, the SVGs are inlined in the page.
   */
  modulesDir?: string;
}

/**
 * `<MermaidDiagram label="…" svgs={__mermaidN} load={() => import('…json')} />`, with the
 * import of `__mermaidN` (the module with the server-only query) to put at the top of the page.
 */
function diagramElement(
  module: string,
  label: string,
  n: number,
): { element: RootContent; imported: RootContent } {
  const local = `__atlasMermaid${n}`;
  const element = {
    type: 'mdxJsxFlowElement',
    name: 'MermaidDiagram',
    attributes: [
      attribute('label', label),
      identifierAttribute('svgs', local),
      lazyImportAttribute('load', module),
    ],
    children: [],
  } as unknown as RootContent;
  return {
    element,
    imported: importNode(local, module + serverOnlyQuery) as unknown as RootContent,
  };
}

/**
 * remark plugin: replaces each ```mermaid block by
 * `<div class="atlas-mermaid" role="img" aria-label="caption" tabindex="0">` holding one
 * `<div class="atlas-mermaid__light">` and one `<div class="atlas-mermaid__dark">` SVG.
 */
export function remarkMermaid(options: RemarkMermaidOptions) {
  return async (tree: Root, file: VFile) => {
    const blocks: Array<{ node: Code; parent: Parent; index: number }> = [];
    const visit = (parent: Parent) => {
      parent.children.forEach((node, index) => {
        if (node.type === 'code' && node.lang === 'mermaid') blocks.push({ node, parent, index });
        else if ('children' in node) visit(node);
      });
    };
    visit(tree);
    if (blocks.length === 0) return;

    const where = (node: Code, lineInDiagram = 0) => {
      const fence = node.position?.start.line;
      return `${relative(options.siteDir, file.path)}:${fence === undefined ? '?' : fence + lineInDiagram}`;
    };
    const problems: string[] = [];
    const seen = new Map<string, number>();
    const replacements = await Promise.all(
      blocks.map(async ({ node, parent, index }, n) => {
        // The id follows the source (stable across builds, so cache hits); a diagram repeated
        // on one page gets a counter so ids stay unique.
        const base = `mermaid-${createHash('sha256').update(node.value).digest('hex').slice(0, 10)}`;
        const repeat = seen.get(base) ?? 0;
        seen.set(base, repeat + 1);
        const id = repeat === 0 ? base : `${base}-${repeat}`;
        const name = captionAfter(parent, index) ?? accTitle(node.value);
        try {
          const svgs = await Promise.all(
            variants.map((v) => options.renderer.render(node.value, `${id}-${v}`, v)),
          );
          if (!name) {
            problems.push(
              `${where(node)}: this Mermaid diagram has no caption: add <p className="atlas-caption">图：…</p> right below it (or an accTitle: line)`,
            );
            return undefined;
          }
          if (options.modulesDir) {
            const module = writeJsonModule(
              options.modulesDir,
              Object.fromEntries(variants.map((v, i) => [v, svgs[i]!])),
            );
            const { element, imported } = diagramElement(module, name, n);
            return { parent, index, node: element, imported };
          }
          const layers = variants.map((v: Variant, i) =>
            div([attribute('className', `atlas-mermaid__${v}`), innerHtml(svgs[i]!)]),
          );
          // Focusable because a wide diagram scrolls inside it and keyboards must reach that too.
          const figure = div(
            [
              attribute('className', 'atlas-mermaid'),
              attribute('role', 'img'),
              attribute('aria-label', name),
              attribute('tabIndex', '0'),
            ],
            layers,
          );
          return { parent, index, node: figure, imported: undefined };
        } catch (e) {
          if (!(e instanceof MermaidSyntaxError)) throw e;
          const { line, reason } = parseFailure(e.message);
          problems.push(`${where(node, line)}: Mermaid cannot parse this diagram: ${reason}`);
          return undefined;
        }
      }),
    );
    if (problems.length > 0)
      throw new Error(`Mermaid diagrams that do not build:\n${problems.join('\n')}`);
    for (const r of replacements) if (r) r.parent.children[r.index] = r.node;
    const imports = replacements.flatMap((r) => (r?.imported ? [r.imported] : []));
    tree.children.unshift(...imports);
  };
}

/** The renderer a build uses, with its cache under node_modules/.cache like other build caches. */
export function createSiteRenderer(siteDir: string): MermaidRenderer {
  return new MermaidRenderer({
    cacheDir: join(siteDir, 'node_modules', '.cache', 'atlas-mermaid'),
    fontFamily: siteFontStack(join(siteDir, 'src', 'css', 'custom.css')),
  });
}

/** Where the site keeps its diagram modules: with Docusaurus' other generated files. */
export const diagramModulesDir = (siteDir: string): string =>
  join(siteDir, '.docusaurus', 'atlas-mermaid');

/**
 * Docusaurus plugin: closes the renderer's browser when a locale's build is done. (The
 * diagram modules are server-only imports, see src/plugins/server-only.)
 */
export default function mermaidPlugin(_context: LoadContext, options: unknown): Plugin {
  const { renderer } = options as { renderer: MermaidRenderer };
  return {
    name: 'atlas-mermaid',
    async postBuild() {
      await renderer.close();
    },
  };
}
