/**
 * The build-time Mermaid plugin on small MDX fixtures, compiled and rendered to HTML the way
 * Docusaurus does (MDX → React → static markup). Starts Debian's Chromium once for the file.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile, evaluate } from '@mdx-js/mdx';
import { renderToStaticMarkup } from 'react-dom/server';
import * as runtime from 'react/jsx-runtime';
import type { Browser } from 'playwright-core';
import { VFile } from 'vfile';
import { afterAll, describe, expect, it } from 'vitest';
import { siteRoot } from '../../scripts/lib/content-files';
import { byClass, byTag, parseHtml, textOf } from '../../scripts/lib/html';
import { launchChromium } from '../../scripts/lib/chromium';
import {
  MermaidRenderer,
  remarkMermaid,
  serverOnlyQuery,
  siteFontStack,
} from '../../src/plugins/mermaid';
import MermaidDiagram, { type DiagramSvgs } from '../../src/components/MermaidDiagram';

const cacheDir = mkdtempSync(join(tmpdir(), 'atlas-mermaid-test-'));
const fontFamily = siteFontStack(join(siteRoot, 'src', 'css', 'custom.css'));
/** A renderer on the shared cache that counts how often it starts a browser. */
function countingRenderer(launch: () => Promise<Browser>): {
  launches: number;
  renderer: MermaidRenderer;
} {
  const counted = { launches: 0 };
  const renderer = new MermaidRenderer({
    cacheDir,
    fontFamily,
    launch: (): Promise<Browser> => {
      counted.launches++;
      return launch();
    },
  });
  return Object.assign(counted, { renderer });
}
const online = countingRenderer(launchChromium);
const renderer = online.renderer;

afterAll(async () => {
  await renderer.close();
  rmSync(cacheDir, { recursive: true, force: true });
});

async function toHtml(
  source: string,
  path = 'docs/example.mdx',
  using = renderer,
): Promise<string> {
  const { default: Content } = await evaluate(
    new VFile({ path: join(siteRoot, path), value: source }),
    {
      ...runtime,
      remarkPlugins: [[remarkMermaid, { renderer: using, siteDir: siteRoot }]],
    },
  );
  return renderToStaticMarkup(runtime.jsx(Content, {}));
}

const diagram = '```mermaid\nflowchart LR\n  A["模型权重"] --> B["推理服务"]\n```\n';
const caption = '<p className="atlas-caption">图：从权重到服务。</p>\n';

function ids(html: string): string[] {
  return [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
}

// The first test starts Chromium and loads Mermaid (several seconds on a busy machine).
describe('Mermaid at build time', { timeout: 60_000 }, () => {
  it('turns a block into a light and a dark SVG with distinct ids, named by its caption', async () => {
    const html = await toHtml(`# 标题\n\n${diagram}\n${caption}`);
    const figure = byClass(parseHtml(html), 'atlas-mermaid')[0]!;
    expect(figure.attribs.role).toBe('img');
    expect(figure.attribs['aria-label']).toBe('从权重到服务。');
    expect(figure.attribs.tabindex).toBe('0');
    const light = byTag(byClass(figure, 'atlas-mermaid__light')[0]!, 'svg')[0]!;
    const dark = byTag(byClass(figure, 'atlas-mermaid__dark')[0]!, 'svg')[0]!;
    expect(light.attribs.id).toMatch(/^mermaid-[0-9a-f]{10}-light$/);
    expect(dark.attribs.id).toBe(light.attribs.id!.replace(/-light$/, '-dark'));
    // Intrinsic size from the viewBox, so the browser reserves the box before painting.
    const [, , w, h] = light.attribs.viewbox!.split(/\s+/).map(Number);
    expect(Number(light.attribs.width)).toBe(Math.ceil(w!));
    expect(Number(light.attribs.height)).toBe(Math.ceil(h!));
    expect(light.attribs.style).toBe(`min-width:${Math.round(w! * 0.6)}px`);
    expect(light.attribs.role).toBeUndefined();
    // The labels, the site's CJK font stack, and theme colours that differ between variants.
    expect(textOf(light)).toContain('模型权重');
    const lightCss = textOf(byTag(light, 'style')[0]!);
    const darkCss = textOf(byTag(dark, 'style')[0]!);
    expect(lightCss).toContain('Noto Sans CJK SC');
    expect(lightCss).not.toBe(darkCss.replaceAll(dark.attribs.id!, light.attribs.id!));
    // Arrowheads point at markers of their own variant.
    expect(html).toContain(`url(#${light.attribs.id}_`);
    expect(html).toContain(`url(#${dark.attribs.id}_`);
    const all = ids(html);
    expect(new Set(all).size).toBe(all.length);
  });

  it('keeps ids unique when a page repeats a diagram', async () => {
    const html = await toHtml(`${diagram}\n${caption}\n${diagram}\n${caption}`);
    expect(html.match(/class="atlas-mermaid"/g)).toHaveLength(2);
    const all = ids(html);
    expect(new Set(all).size).toBe(all.length);
  });

  it('takes the accessible name from accTitle when there is no caption', async () => {
    const html = await toHtml('```mermaid\nflowchart LR\n  accTitle: 两步流程\n  A --> B\n```\n');
    expect(html).toContain('aria-label="两步流程"');
  });

  it('fails on a diagram Mermaid cannot parse, naming file and the line Mermaid points at', async () => {
    // The fence is on line 5; Mermaid stumbles on the diagram's third line, the file's eighth.
    const source = '# 坏图\n\n一段文字。\n\n```mermaid\nflowchart LR\n  A -->\n  B -->> [C\n```\n';
    await expect(toHtml(source, 'docs/broken-diagram.mdx')).rejects.toThrow(
      /^Mermaid diagrams that do not build:\ndocs\/broken-diagram\.mdx:8: Mermaid cannot parse this diagram: Parse error on line 3: Expecting .*got '\w+'$/,
    );
  });

  it('fails on a diagram without a caption, naming file and line', async () => {
    await expect(toHtml(`第一段。\n\n${diagram}`, 'docs/no-caption.mdx')).rejects.toThrow(
      /docs\/no-caption\.mdx:3: this Mermaid diagram has no caption/,
    );
  });

  it('serves a second build from the cache without starting a browser', async () => {
    const source = `${diagram}\n${caption}`;
    const first = await toHtml(source);
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.svg')).length).toBeGreaterThanOrEqual(
      2,
    );
    const before = online.launches;
    const offline = countingRenderer(() =>
      Promise.reject(new Error('the cache should have answered')),
    );
    expect(await toHtml(source, 'docs/example.mdx', offline.renderer)).toBe(first);
    expect(offline.launches).toBe(0);
    expect(online.launches).toBe(before);
  });

  it('in the site, keeps the SVGs out of the page: a module per diagram, imported for the server', async () => {
    const modulesDir = mkdtempSync(join(tmpdir(), 'atlas-mermaid-modules-'));
    try {
      const code = String(
        await compile(
          new VFile({
            path: join(siteRoot, 'docs/example.mdx'),
            value: `${diagram}\n${caption}\n${diagram.replace('推理服务', '推理')}\n${caption}`,
          }),
          { remarkPlugins: [[remarkMermaid, { renderer, siteDir: siteRoot, modulesDir }]] },
        ),
      );
      const modules = readdirSync(modulesDir).filter((f) => f.endsWith('.json'));
      expect(modules).toHaveLength(2);
      expect(code).not.toContain('<svg');
      for (const file of modules) {
        const path = join(modulesDir, file);
        expect(code).toContain(JSON.stringify(path + serverOnlyQuery));
        expect(code).toContain(`import(${JSON.stringify(path)})`);
      }
      expect(code).toMatch(/label: "从权重到服务。"/);
      // What the server renders from a module: the figure the inline mode makes.
      const svgs = JSON.parse(readFileSync(join(modulesDir, modules[0]!), 'utf8')) as DiagramSvgs;
      const html = renderToStaticMarkup(
        runtime.jsx(MermaidDiagram, {
          label: '从权重到服务。',
          svgs,
          load: () => Promise.resolve({ default: svgs }),
        }),
      );
      const figure = byClass(parseHtml(html), 'atlas-mermaid')[0]!;
      expect(figure.attribs.role).toBe('img');
      expect(figure.attribs['aria-label']).toBe('从权重到服务。');
      expect(figure.attribs.tabindex).toBe('0');
      for (const v of ['light', 'dark'] as const)
        expect(byTag(byClass(figure, `atlas-mermaid__${v}`)[0]!, 'svg')[0]!.attribs.id).toMatch(
          new RegExp(`^mermaid-[0-9a-f]{10}-${v}$`),
        );
    } finally {
      rmSync(modulesDir, { recursive: true, force: true });
    }
  });
});
