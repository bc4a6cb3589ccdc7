/**
 * remark plugin: lets MDX pages use the atlas' components in one line, without an import.
 *
 * `<ModelCard id="mixtral-8x7b" />` in a page adds
 * `import ModelCard from '@site/src/components/ModelCard'` to that page only, so each
 * component (and the data it carries) is bundled with the pages that use it, not with every
 * page as a global MDX component would be. A component is any folder under
 * src/components whose name starts with a capital letter and which holds an index.tsx.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  children?: Node[];
}

export function listComponents(componentsDir: string): Set<string> {
  return new Set(
    readdirSync(componentsDir, { withFileTypes: true })
      .filter(
        (d) =>
          d.isDirectory() &&
          /^[A-Z]/.test(d.name) &&
          existsSync(join(componentsDir, d.name, 'index.tsx')),
      )
      .map((d) => d.name),
  );
}

/** An MDX `import Name from 'source'` node, with the estree MDX compiles from. */
export function importNode(name: string, source: string) {
  return {
    type: 'mdxjsEsm',
    value: `import ${name} from '${source}';`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ImportDeclaration',
            specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name } }],
            source: { type: 'Literal', value: source, raw: JSON.stringify(source) },
            attributes: [],
          },
        ],
      },
    },
  };
}

export default function remarkAutoImport(options: { componentsDir: string; importBase?: string }) {
  const base = options.importBase ?? '@site/src/components';
  const known = listComponents(options.componentsDir);
  return (tree: Root) => {
    const used = new Set<string>();
    const imported = new Set<string>();
    const visit = (node: Node) => {
      if (
        (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
        node.name &&
        known.has(node.name)
      ) {
        used.add(node.name);
      }
      if (node.type === 'mdxjsEsm' && node.value) {
        for (const m of node.value.matchAll(/import\s+([A-Z]\w*)/g)) imported.add(m[1]!);
      }
      node.children?.forEach(visit);
    };
    visit(tree);
    const missing = [...used].filter((n) => !imported.has(n)).sort();
    (tree.children as unknown[]).unshift(...missing.map((n) => importNode(n, `${base}/${n}`)));
  };
}
