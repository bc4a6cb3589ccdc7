/**
 * Doc pages hydrate only their islands (src/plugins/islands): the remark plugin marks them,
 * and the browser module of a page keeps them and nothing else of the body.
 */
import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import { join } from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import remarkIslands, {
  islandComponents,
  serverMarkupSuffices,
} from '../../src/plugins/islands/remark';
import { stubModule } from '../../src/plugins/islands/stub';
import { isDocSource } from '../../src/plugins/islands';
import { isSitePage } from '../../src/lib/routes';

const page = `import ModelCard from '@site/src/components/ModelCard';
import ComparisonTable from '@site/src/components/ComparisonTable';
import Timeline from '@site/src/components/Timeline';
import '@site/src/css/side-effect.css';

export const shown = ['name', 'released'];

# 标题

这一段正文只属于服务器渲染的标记。 <ModelCard id="llama-2-70b" />

<ComparisonTable collection="models" columns={shown} />

<Timeline from="2017" to="2019" />

- 列表项

  \`\`\`bash
  npm run build
  \`\`\`

<Head><link rel="stylesheet" href="/katex.css" /></Head>
`;

async function compiled(source: string, path = 'docs/x.mdx'): Promise<string> {
  return String(
    await compile(
      { value: source, path },
      { remarkPlugins: [remarkIslands], providerImportSource: '@mdx-js/react' },
    ),
  );
}

describe('remarkIslands', () => {
  it('wraps code blocks and island components, numbered in order, and imports the wrapper', async () => {
    const code = await compiled(page);
    expect(code).toMatch(/import AtlasIsland from ["']@site\/src\/components\/AtlasIsland["']/);
    const islands = [
      ...code.matchAll(/_jsx\(AtlasIsland, \{\s*n: "(\d+)",\s*children: (_jsx\([^,]+)/g),
    ];
    expect(islands.map((m) => [m[1], m[2]])).toEqual([
      ['0', '_jsx(ComparisonTable'],
      ['1', '_jsx(Timeline'],
      ['2', '_jsx(_components.pre'],
      ['3', '_jsx(Head'],
    ]);
    // A card is markup the server renders; it is not an island.
    expect(code).toMatch(/_jsx\(ModelCard, \{\s*id: "llama-2-70b"/);
  });

  it("makes each use of a component the page defines itself an island, which the page's module keeps", async () => {
    const source =
      "import { useEffect } from 'react';\n\nexport function Explode() {\n  useEffect(() => {\n    throw new Error('x');\n  }, []);\n  return null;\n}\n\nexport const shown = 1;\n\n# 标题\n\n<Explode />\n";
    const code = await compiled(source);
    expect(code).toMatch(/_jsx\(AtlasIsland, \{\s*n: "0",\s*children: _jsx\(Explode/);
    const stub = stubModule(
      `export const frontMatter = {};\nexport {default as metadata} from '@site/.docusaurus/x.json'\n${code}`,
      { source: '@site/docs/x.mdx' },
    );
    expect(stub).toContain('function Explode()');
    expect(stub).toMatch(/import \{\s*useEffect\s*\} from ['"]react['"]/);
    expect(stub).toMatch(/_jsx\(AtlasIsland, \{[\s\S]*_jsx\(Explode/);
    await expect(
      compiled(source.replace('<Explode />', '文字 <Explode /> 文字'), 'docs/local.mdx'),
    ).rejects.toThrow(/docs\/local\.mdx:\d+: <Explode> .* paragraph of its own/);
  });

  it('adds nothing to a page without islands', async () => {
    expect(await compiled('# 标题\n\n只有文字。\n')).not.toContain('AtlasIsland');
  });

  it('fails on an island component inside text, naming the file and line', async () => {
    await expect(
      compiled('# 标题\n\n文字 <ComparisonTable collection="models" /> 文字\n', 'docs/bad.mdx'),
    ).rejects.toThrow(/docs\/bad\.mdx:3: <ComparisonTable> .* paragraph of its own/);
  });

  it('fails on a hand-written wrapper', async () => {
    await expect(compiled('<AtlasIsland n="0">x</AtlasIsland>\n', 'docs/w.mdx')).rejects.toThrow(
      /docs\/w\.mdx:1: <AtlasIsland> is added by the build/,
    );
  });
});

describe('stubModule', () => {
  const options = { source: '@site/docs/x.mdx' };
  /** What Docusaurus' MDX loader puts before the compiled MDX. */
  const asDocusaurus = async (source: string) =>
    `export const frontMatter = {};\nexport {default as metadata} from '@site/.docusaurus/x.json'\n${await compiled(source)}`;

  it('keeps the islands, keyed, and drops the rest of the body and the imports it used', async () => {
    const stub = stubModule(await asDocusaurus(page), options);
    expect(stub).not.toContain('这一段正文');
    expect(stub).not.toContain('列表项');
    const imports = (module: string) => new RegExp(`import [^;]*["']${module}["']`);
    expect(await compiled(page)).toMatch(imports('@site/src/components/ModelCard'));
    expect(stub).not.toMatch(imports('@site/src/components/ModelCard'));
    // …but stays reachable, never fetched, so that its stylesheet is in the site's CSS.
    expect(stub).toContain(
      'export const atlasStylesheets = () => [import("@site/src/components/ModelCard")];',
    );
    // A table's or a timeline's code is fetched when the reader uses it.
    for (const name of ['ComparisonTable', 'Timeline']) {
      expect(stub).not.toMatch(imports(`@site/src/components/${name}`));
      expect(stub).toContain(
        `const ${name} = _atlasLazyIsland(() => import("@site/src/components/${name}"));`,
      );
    }
    expect(stub).toMatch(imports('@site/src/components/AtlasIsland/lazy'));
    expect(stub).toMatch(imports('@site/src/css/side-effect.css'));
    expect(stub).toContain('npm run build');
    expect(stub).toContain('href: "/katex.css"');
    // Each island is an item of one array, with its key.
    expect(stub).toMatch(/return \[_jsx\(AtlasIsland, \{[\s\S]*\}, "0"\), _jsx\(AtlasIsland,/);
    expect(stub).toMatch(/\}, "3"\)\];/);
    // Exports stay; the body's markup is read from the page at the doc's permalink.
    expect(stub).toContain('export const shown');
    expect(stub).toContain("export {default as metadata} from '@site/.docusaurus/x.json'");
    expect(stub).toContain('import _atlasMetadata from "@site/.docusaurus/x.json";');
    expect(stub).toContain(
      '_atlasStubBody("@site/docs/x.mdx", _atlasMetadata.permalink, MDXContent)',
    );
    expect(stub).not.toMatch(/import\(["'][^"']*x\.mdx/);
    expect(stub).toMatch(/await atlasBody\.ready;\nexport default atlasBody\.Content;/);
    expect(stub.match(/export default/g)).toHaveLength(1);
  });

  it('gives a page without islands an empty body', async () => {
    const stub = stubModule(await asDocusaurus('# 标题\n\n只有文字。\n'), options);
    expect(stub).toMatch(/return \[\];/);
    expect(stub).not.toContain('_atlasLazyIsland');
    expect(stub).not.toContain('只有文字');
  });

  it('refuses a module without the metadata export, naming the doc', async () => {
    const code = await compiled('# 标题\n');
    expect(() => stubModule(code, options)).toThrow(
      /@site\/docs\/x\.mdx: no `export \{default as metadata\}/,
    );
  });

  it('refuses code that is not compiled MDX, naming the doc', () => {
    expect(() => stubModule('export default 1;', options)).toThrow(
      /@site\/docs\/x\.mdx: no `return` at the end of _createMdxContent/,
    );
  });
});

describe('isDocSource', () => {
  const site = join('/', 'site');
  it('takes docs and translated docs, not blog posts, pages or other files', () => {
    expect(isDocSource(site, join(site, 'docs', 'index.mdx'))).toBe(true);
    expect(isDocSource(site, join(site, 'docs', 'models', 'qwen.md'))).toBe(true);
    expect(
      isDocSource(
        site,
        join(site, 'i18n', 'en', 'docusaurus-plugin-content-docs', 'current', 'a.mdx'),
      ),
    ).toBe(true);
    expect(
      isDocSource(site, join(site, 'i18n', 'en', 'docusaurus-plugin-content-blog', 'a.mdx')),
    ).toBe(false);
    expect(isDocSource(site, join(site, 'blog', 'a.mdx'))).toBe(false);
    expect(isDocSource(site, join(site, 'src', 'pages', 'a.mdx'))).toBe(false);
    expect(isDocSource(site, join(site, 'docs', 'a.json'))).toBe(false);
    expect(isDocSource(site, join('/', 'elsewhere', 'docs', 'a.mdx'))).toBe(false);
  });
});

describe('isSitePage', () => {
  const routes = [
    { path: '/models', exact: true },
    {
      path: '/docs',
      routes: [{ path: '/docs', routes: [{ path: '/docs/intro', exact: true }] }],
    },
    { path: '*' },
  ];
  it('matches leaf routes through nested ones, and not the catch-all "not found" route', () => {
    expect(isSitePage('/models', routes)).toBe(true);
    expect(isSitePage('/docs/intro', routes)).toBe(true);
    expect(isSitePage('/docs/missing', routes)).toBe(false);
    expect(isSitePage('/data/models.csv', routes)).toBe(false);
  });
});

describe('components in doc bodies', () => {
  const root = join(import.meta.dirname, '..', '..');
  const componentsDir = join(root, 'src', 'components');
  const mdxFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
      .map((e) => join(e.parentPath, e.name));
  const docs = [
    ...mdxFiles(join(root, 'docs')),
    ...mdxFiles(join(root, 'i18n', 'en', 'docusaurus-plugin-content-docs')),
  ];
  const folders = new Set(readdirSync(componentsDir));
  const code = (name: string) =>
    readdirSync(join(componentsDir, name))
      .filter((f) => f.endsWith('.tsx') || f.endsWith('.ts'))
      .map((f) => readFileSync(join(componentsDir, name, f), 'utf8'))
      .join('\n');
  /** The component and the atlas components it imports, transitively. */
  const closure = (name: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(name) || !folders.has(name)) return seen;
    seen.add(name);
    for (const m of code(name).matchAll(/from '\.\.\/([A-Z]\w+)/g)) closure(m[1]!, seen);
    return seen;
  };
  const runsInBrowser = (name: string) =>
    /\buse(State|Effect|LayoutEffect|Reducer)\b|\bon[A-Z][a-zA-Z]+=\{/.test(code(name));

  it('either run as islands or need no script in server markup, with the reason written down', () => {
    const used = new Set<string>(['MermaidDiagram']); // written into pages by src/plugins/mermaid
    for (const file of docs)
      for (const m of readFileSync(file, 'utf8').matchAll(/<([A-Z]\w+)/g))
        if (folders.has(m[1]!)) used.add(m[1]!);
    expect(used.size).toBeGreaterThan(5);
    const unexplained = [...used]
      .filter((name) => !islandComponents.has(name))
      .flatMap((name) =>
        [...closure(name)]
          .filter((c) => runsInBrowser(c) && !(c in serverMarkupSuffices))
          .map((c) => (c === name ? name : `${name} (through ${c})`)),
      );
    expect(unexplained).toEqual([]);
    // The check sees browser code where there is some.
    expect(runsInBrowser('ComparisonTable')).toBe(true);
    expect([...closure('ModelCard')]).toContain('StaleNotice');
  });
});
