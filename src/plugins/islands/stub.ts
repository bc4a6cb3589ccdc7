/**
 * Rewrites a doc's compiled MDX for the browser bundle: the body keeps only its islands (the
 * `<AtlasIsland>` elements that ./remark.ts wrapped); the rest of it is markup, which the
 * browser has in the page or reads from the page's HTML (src/components/AtlasIsland/body.tsx).
 * Exports (front matter, table of contents, metadata) stay as they are.
 */
import { parse } from 'acorn';
import { islandName, lazyIslandComponents } from './remark';

/** The module that exports `stubBody` (src/components/AtlasIsland/body.tsx). */
export const bodyModule = '@site/src/components/AtlasIsland/body';
/** Where the site's components are imported from in MDX. */
const componentsPrefix = '@site/src/components/';

/** The module that exports `lazyIsland`. */
export const lazyModule = '@site/src/components/AtlasIsland/lazy';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** The top-level statements of an ES module. */
const statementsOf = (code: string): Node[] =>
  (parse(code, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as { body: Node[] })
    .body;

/** Calls `enter` on `node` and, unless it returns false, on every node below it. */
function walk(node: Node, enter: (node: Node) => boolean | void): void {
  if (enter(node) === false) return;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.filter(isNode).forEach((child) => walk(child, enter));
    else if (isNode(value)) walk(value, enter);
  }
}

/** Every `_jsx(AtlasIsland, …)` call in `root`, outermost first, in source order. */
function islandCalls(root: Node): Node[] {
  const found: Node[] = [];
  walk(root, (node) => {
    const callee = node.callee as Node | undefined;
    const first = (node.arguments as Node[] | undefined)?.[0];
    const island =
      node.type === 'CallExpression' &&
      callee?.type === 'Identifier' &&
      /^_jsxs?$/.test(callee.name as string) &&
      first?.type === 'Identifier' &&
      first.name === islandName;
    if (island) found.push(node);
    return !island;
  });
  return found.sort((a, b) => a.start - b.start);
}

/**
 * `code` without the imports it no longer uses: components whose markup is the server's, and
 * their data. An import of a module only for its effects (`import './x.css'`) stays.
 */
function withoutUnusedImports(code: string): string {
  const statements = statementsOf(code);
  const used = new Set<string>();
  for (const statement of statements)
    walk(statement, (node) => {
      if (node.type === 'Identifier') used.add(node.name as string);
      return node.type !== 'ImportDeclaration';
    });
  const unused = statements.filter(
    (n) =>
      n.type === 'ImportDeclaration' &&
      (n.specifiers as Node[]).length > 0 &&
      (n.specifiers as Node[]).every((s) => !used.has((s.local as Node).name as string)),
  );
  let out = code;
  for (const n of [...unused].reverse()) out = out.slice(0, n.start) + out.slice(n.end);
  // A component's stylesheet must still reach the site's one CSS file, which Docusaurus gathers
  // from every chunk: each dropped component stays reachable as a chunk that is never fetched.
  const components = unused
    .map((n) => (n.source as Node).value as string)
    .filter((source) => source.startsWith(componentsPrefix));
  if (components.length > 0)
    out += `\nexport const atlasStylesheets = () => [${components.map((c) => `import(${JSON.stringify(c)})`).join(', ')}];\n`;
  return out;
}

/**
 * `import ComparisonTable from 'm'` becomes `const ComparisonTable = _atlasLazyIsland(() =>
 * import('m'))` for each component in `lazyIslandComponents`: a chunk fetched on use.
 */
function withLazyIslands(code: string): { code: string; count: number } {
  const statements = statementsOf(code);
  const lazy = statements.filter((n) => {
    const specifiers = n.specifiers as Node[] | undefined;
    return (
      n.type === 'ImportDeclaration' &&
      specifiers?.length === 1 &&
      specifiers[0]!.type === 'ImportDefaultSpecifier' &&
      lazyIslandComponents.has((specifiers[0]!.local as Node).name as string)
    );
  });
  let out = code;
  for (const n of [...lazy].reverse()) {
    const local = ((n.specifiers as Node[])[0]!.local as Node).name as string;
    const source = JSON.stringify((n.source as Node).value);
    out = `${out.slice(0, n.start)}const ${local} = _atlasLazyIsland(() => import(${source}));${out.slice(n.end)}`;
  }
  return { code: out, count: lazy.length };
}

export interface StubOptions {
  /** The doc's source as Docusaurus names it (`@site/docs/….mdx`). */
  source: string;
}

export function stubModule(code: string, { source }: StubOptions): string {
  const fail = (why: string) => {
    throw new Error(`islands: cannot make the browser module of ${source}: ${why}`);
  };
  const statements = statementsOf(code);
  const content = statements.find(
    (n) => n.type === 'FunctionDeclaration' && (n.id as Node).name === '_createMdxContent',
  );
  const body = ((content?.body as Node | undefined)?.body ?? []) as Node[];
  const last = body[body.length - 1];
  if (last?.type !== 'ReturnStatement' || !isNode(last.argument))
    return fail('no `return` at the end of _createMdxContent');
  const tree = last.argument;
  const exported = statements.find(
    (n) =>
      n.type === 'ExportDefaultDeclaration' &&
      (n.declaration as Node).type === 'FunctionDeclaration' &&
      ((n.declaration as Node).id as Node | null)?.name === 'MDXContent',
  );
  if (!exported) return fail('no `export default function MDXContent`');

  if (tree.end > exported.start) return fail('MDXContent comes before _createMdxContent');
  // Each island as it was, given a key (the jsx runtime's third argument) since they are now
  // the items of one array.
  const islands = islandCalls(tree).map((call, i) => {
    if ((call.arguments as Node[]).length !== 2) return fail('an island call with a key');
    return `${code.slice(call.start, call.end - 1)}, ${JSON.stringify(String(i))})`;
  });
  const declaration = exported.declaration as Node;
  let out =
    code.slice(0, tree.start) +
    `[${islands.join(', ')}]` +
    code.slice(tree.end, exported.start) +
    code.slice(declaration.start);
  out = withoutUnusedImports(out);
  const lazy = withLazyIslands(out);
  out = lazy.code;
  if (lazy.count > 0)
    out += `\nimport { lazyIsland as _atlasLazyIsland } from ${JSON.stringify(lazyModule)};`;
  // The doc's metadata (its permalink), which Docusaurus' loader re-exports from a module.
  const metadata = statements.find(
    (n) =>
      n.type === 'ExportNamedDeclaration' &&
      isNode(n.source) &&
      (n.specifiers as Node[]).some((s) => (s.exported as Node).name === 'metadata'),
  );
  if (!metadata) return fail('no `export {default as metadata} from …`');
  const metadataSource = JSON.stringify((metadata.source as Node).value);
  out += `
import _atlasMetadata from ${metadataSource};
import { stubBody as _atlasStubBody } from ${JSON.stringify(bodyModule)};
export const atlasBody = _atlasStubBody(${JSON.stringify(source)}, _atlasMetadata.permalink, MDXContent);
await atlasBody.ready;
export default atlasBody.Content;
`;
  return out;
}
