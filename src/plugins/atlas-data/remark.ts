/**
 * remark plugin: fills the `data` prop of every data component in an MDX page with the view it
 * needs (src/components/views.ts), e.g.
 * `<ComparisonTable collection="models" filter={{ family: "qwen" }} />` gets the Qwen rows,
 * only the fields of its columns, and the names of the organisations and licences they link
 * to, as `data={JSON.parse("…")}`. The page chunk then carries what the page shows, and no
 * page imports a whole collection. A timeline's events and a chart's models, which the reader
 * only sees (the HTML has them), are not in the page chunk at all: they are written as a
 * module the server imports and the browser fetches only if it must draw them itself
 * (`deferredViews` in src/components/views.ts, src/plugins/server-only).
 *
 * Props must be literals (strings, numbers, arrays, objects), since they are read here, at
 * build time. A bad prop or an unknown id fails the build with the file, line and component.
 */
import { join } from 'node:path';
import type { Root } from 'mdast';
import type { AtlasData } from '../../data/types';
import { componentViews, deferredViews, type DeferredView } from '../../components/views';
import { importNode } from '../mdx-auto-import';
import { serverOnlyQuery, writeJsonModule } from '../server-only';
import {
  identifierAttribute,
  jsonAttribute,
  lazyImportAttribute,
  type JsxAttribute,
} from '../mdx-nodes';

export type DataComponent = keyof typeof componentViews;
const dataComponents = new Set<string>(Object.keys(componentViews));

/** The few estree node shapes a literal prop is made of. */
interface EsNode {
  type: string;
  value?: unknown;
  operator?: string;
  argument?: EsNode;
  elements?: Array<EsNode | null>;
  properties?: EsNode[];
  key?: EsNode;
  name?: string;
  computed?: boolean;
  kind?: string;
  expressions?: EsNode[];
  quasis?: Array<{ value: { cooked?: string | null } }>;
  expression?: EsNode;
  body?: EsNode[];
}
interface AttributeValueExpression {
  type: 'mdxJsxAttributeValueExpression';
  value: string;
  data?: { estree?: EsNode };
}
interface Attribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | AttributeValueExpression | null;
}
interface Node {
  type: string;
  name?: string | null;
  attributes?: Attribute[];
  children?: Node[];
  position?: { start: { line: number } };
}

export class DataPropsError extends Error {
  override name = 'DataPropsError';
}

/**
 * A literal prop's value, read from the expression's syntax tree (MDX parses it for us):
 * strings, numbers, booleans, null, arrays, plain objects, template strings without
 * placeholders and negative numbers. Anything else (a variable, a call) cannot be known at
 * build time and is refused.
 */
export function literal(node: EsNode | undefined): unknown {
  switch (node?.type) {
    case 'Program':
      if (node.body?.length === 1) return literal(node.body[0]);
      break;
    case 'ExpressionStatement':
      return literal(node.expression);
    case 'Literal':
      return node.value;
    case 'TemplateLiteral':
      if (node.expressions?.length === 0)
        return node.quasis?.map((q) => q.value.cooked ?? '').join('');
      break;
    case 'UnaryExpression':
      if (
        node.operator === '-' &&
        node.argument?.type === 'Literal' &&
        typeof node.argument.value === 'number'
      )
        return -node.argument.value;
      break;
    case 'ArrayExpression':
      return (node.elements ?? []).map((e) => literal(e ?? undefined));
    case 'ObjectExpression': {
      const out: Record<string, unknown> = {};
      for (const p of node.properties ?? []) {
        if (p.type !== 'Property' || p.computed || p.kind !== 'init')
          throw new Error('only plain "key: value" properties');
        const key =
          p.key?.type === 'Identifier'
            ? p.key.name
            : p.key?.type === 'Literal'
              ? String(p.key.value)
              : undefined;
        if (key === undefined) throw new Error('only plain "key: value" properties');
        out[key] = literal(p.value as EsNode);
      }
      return out;
    }
  }
  throw new Error(`${node?.type ?? 'nothing'} is not a literal`);
}

/** The element's props as the component will receive them, or an error naming the prop. */
export function readProps(node: Node): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || !attr.name) {
      throw new DataPropsError(
        `<${node.name}>: spread props ({...x}) cannot be read at build time; write each prop out`,
      );
    }
    const { name, value } = attr;
    if (value === null || value === undefined) props[name] = true;
    else if (typeof value === 'string') props[name] = value;
    else {
      try {
        props[name] = literal(value.data?.estree);
      } catch (e) {
        throw new DataPropsError(
          `<${node.name}>: prop ${name}={${value.value}} must be a literal (string, number, array or object): ${(e as Error).message}`,
        );
      }
    }
  }
  return props;
}

/** Where the site keeps the views written as modules: with Docusaurus' other generated files. */
export const viewModulesDir = (siteDir: string): string =>
  join(siteDir, '.docusaurus', 'atlas-views');

export interface RemarkAtlasDataOptions {
  data: () => AtlasData;
  /**
   * The site's mode: the view of a component that can keep its server markup (see
   * `deferredViews` in src/components/views.ts) is written here as a JSON module, which the
   * server build imports and the browser bundle fetches only when the component needs it
   * (src/plugins/server-only). Without it, as in unit tests that evaluate MDX with no bundler,
   * every view is inlined in the page.
   */
  modulesDir?: string;
}

export default function remarkAtlasData(options: RemarkAtlasDataOptions) {
  return (tree: Root, file: { path?: string }) => {
    let data: AtlasData | undefined;
    const imports: unknown[] = [];
    const visit = (node: Node) => {
      const isElement = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
      if (
        isElement &&
        node.name &&
        dataComponents.has(node.name) &&
        !node.attributes?.some((a) => a.name === 'data')
      ) {
        data ??= options.data();
        const name = node.name as DataComponent;
        try {
          const props = readProps(node);
          const view = componentViews[name](data, props);
          const deferred = (deferredViews as Partial<Record<DataComponent, DeferredView>>)[name];
          let added: JsxAttribute[];
          if (deferred && options.modulesDir) {
            const module = writeJsonModule(options.modulesDir, view);
            const local = `__atlasView${imports.length}`;
            imports.push(importNode(local, module + serverOnlyQuery));
            added = [identifierAttribute('data', local), lazyImportAttribute('load', module)];
            const shell = deferred(view, props);
            if (shell !== undefined) added.push(jsonAttribute('shell', shell));
          } else {
            added = [jsonAttribute('data', view)];
          }
          node.attributes = [...(node.attributes ?? []), ...(added as unknown as Attribute[])];
        } catch (e) {
          const where = `${file.path ?? '(mdx)'}:${node.position?.start.line ?? '?'}`;
          throw new DataPropsError(`${where}: <${node.name}>: ${(e as Error).message}`);
        }
      }
      node.children?.forEach(visit);
    };
    visit(tree);
    tree.children.unshift(...(imports as Root['children']));
  };
}
