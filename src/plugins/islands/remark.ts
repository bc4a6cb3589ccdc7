/**
 * remark plugin (doc pages): marks the parts of a page that the browser must run, its
 * "islands", by wrapping each in `<AtlasIsland n="k">` (src/components/AtlasIsland). An island
 * is a code block (its copy and word-wrap buttons), one of the components in `islandComponents`,
 * or a component the page defines itself.
 * Everything else in a doc's body is markup that needs no script: text, headings, links, images,
 * formulas, diagrams and charts drawn at build time, glossary terms (src/components/Term/behaviour.ts) and
 * entity cards.
 *
 * The server renders the whole page, islands included. The browser bundle of the page holds
 * only its islands (./stub.ts cuts the rest out): on the first load the body stays the server's
 * markup and each island is rendered into its place. See src/plugins/islands/index.ts.
 */
import type { Root } from 'mdast';
import { importNode } from '../mdx-auto-import';
import { attribute } from '../mdx-nodes';

/**
 * Components that must run in the browser: they keep state or handle events, or (`Head`, such
 * as a formula page's KaTeX stylesheet) hand the document's head what the page needs, which the
 * head manager would otherwise drop once the page hydrates.
 */
export const islandComponents: ReadonlySet<string> = new Set([
  'ComparisonTable',
  'Timeline',
  'Head',
]);

/**
 * Islands whose component is fetched only when the reader uses it (src/components/AtlasIsland/
 * lazy.tsx): their server markup is complete until then.
 */
export const lazyIslandComponents: ReadonlySet<string> = new Set(['ComparisonTable', 'Timeline']);

/**
 * Components with code for the browser that a body of server markup does without, and why. A
 * unit test (tests/unit/islands.test.ts) fails if a component used in a doc has such code
 * (state, effects, event handlers, its own or a component's it uses) and is in neither list.
 */
export const serverMarkupSuffices: Readonly<Record<string, string>> = {
  MermaidDiagram:
    'its state and effect only fetch the drawing after a client-side navigation, which renders the whole body',
  StaleNotice:
    "a card's notice for the reader's date is added to server markup by KeptStaleNotices",
};

/** The wrapper's name in MDX, and where it is imported from. */
export const islandName = 'AtlasIsland';
export const islandModule = '@site/src/components/AtlasIsland';

interface Node {
  type: string;
  name?: string | null;
  lang?: string | null;
  position?: { start: { line: number; column: number } };
  attributes?: unknown[];
  children?: Node[];
}

interface File {
  path?: string;
}

interface EsmNode {
  type: string;
  data?: { estree?: { body: Statement[] } };
}
interface Statement {
  type: string;
  declaration?: {
    type: string;
    id?: { type: string; name: string } | null;
    declarations?: Array<{ id: { type: string; name?: string } }>;
  } | null;
}

/**
 * Components a page defines itself (`export function Name() {…}` or `export const Name = …`):
 * the build cannot tell what they do in the browser, so each use is an island, as the page's
 * author would expect it to run there.
 */
function localComponents(tree: Root): Set<string> {
  const names = new Set<string>();
  for (const node of tree.children as EsmNode[]) {
    if (node.type !== 'mdxjsEsm') continue;
    for (const statement of node.data?.estree?.body ?? []) {
      const d = statement.declaration;
      if (statement.type !== 'ExportNamedDeclaration' || !d) continue;
      if (d.type === 'FunctionDeclaration' && d.id) names.add(d.id.name);
      for (const v of d.declarations ?? []) if (v.id.type === 'Identifier') names.add(v.id.name!);
    }
  }
  return new Set([...names].filter((n) => /^[A-Z]/.test(n)));
}

export default function remarkIslands() {
  return (tree: Root, file: File) => {
    let count = 0;
    const local = localComponents(tree);
    const runsInBrowser = (name: string | null | undefined) =>
      !!name && (islandComponents.has(name) || local.has(name));
    const visit = (parent: Node) => {
      const children = parent.children;
      if (!children) return;
      children.forEach((node, i) => {
        const where = `${file.path ?? 'an MDX page'}:${node.position?.start.line ?? '?'}`;
        if (node.type === 'mdxJsxTextElement' && runsInBrowser(node.name))
          throw new Error(
            `${where}: <${node.name}> runs in the browser and must stand in a paragraph of its own (a blank line before and after it), not inside text.`,
          );
        if (node.type === 'mdxJsxFlowElement' && node.name === islandName)
          throw new Error(`${where}: <${islandName}> is added by the build; do not write it.`);
        const island =
          node.type === 'code' || (node.type === 'mdxJsxFlowElement' && runsInBrowser(node.name));
        if (island) {
          children[i] = {
            type: 'mdxJsxFlowElement',
            name: islandName,
            attributes: [attribute('n', String(count++))],
            children: [node],
            position: node.position,
          };
          return;
        }
        visit(node);
      });
    };
    visit(tree);
    if (count > 0) (tree.children as unknown[]).unshift(importNode(islandName, islandModule));
  };
}
