/**
 * Diagrams and formulas, checked from their sources: every ```mermaid block in docs/ and
 * blog/ parses (failures name file and line), renders to SVG on its page in both locales,
 * and pages without diagrams or math load neither Mermaid nor KaTeX.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { contentFiles, hasMath, mermaidBlocks } from '../../scripts/lib/content-files';
import { launchBrowser, openPage } from './harness';

const require = createRequire(import.meta.url);
const files = contentFiles();
const withMermaid = files.filter((f) => mermaidBlocks(f).length > 0);
const withMath = files.filter(hasMath);
const plain = files.find((f) => f.kind === 'doc' && mermaidBlocks(f).length === 0 && !hasMath(f) && f.url !== '/docs');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Mermaid', () => {
  it('every diagram in the sources parses', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
    const failures: string[] = [];
    for (const f of withMermaid) {
      for (const block of mermaidBlocks(f)) {
        const error = await page.evaluate(async (code) => {
          try {
            // @ts-expect-error -- the UMD bundle defines a global `mermaid` in the page
            await window.mermaid.parse(code);
            return null;
          } catch (e) {
            return String((e as Error).message ?? e).split('\n').slice(0, 3).join(' ');
          }
        }, block.code);
        if (error) failures.push(`${f.file}:${block.line}: Mermaid cannot parse this diagram: ${error}`);
      }
    }
    await context.close();
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('some page has a Mermaid diagram to test', () => {
    expect(withMermaid.length).toBeGreaterThan(0);
  });

  // One test per page and locale, so a slow page cannot starve the others of time and a
  // failure names its page.
  for (const locale of ['', '/en'] as const) {
    for (const f of withMermaid) {
      it(`${locale}${f.url}: its ${mermaidBlocks(f).length} diagram(s) render to SVG`, async () => {
        const tab = await openPage(browser, `${locale}${f.url}`, { waitUntil: 'networkidle' });
        const expected = mermaidBlocks(f).length;
        try {
          await tab.page
            .waitForFunction((n) => document.querySelectorAll('.docusaurus-mermaid-container svg').length >= n, expected, { timeout: 30_000 })
            .catch(() => undefined);
          const rendered = await tab.page.locator('.docusaurus-mermaid-container svg').count();
          expect(rendered, `${f.file}: diagrams rendered`).toBe(expected);
          expect(tab.problems, f.file).toEqual([]);
        } finally {
          await tab.close();
        }
      });
    }
  }

  it('follows the colour mode', async () => {
    const f = withMermaid[0]!;
    const colours: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      const tab = await openPage(browser, f.url, { colorScheme: scheme, waitUntil: 'networkidle' });
      await tab.page.locator('.docusaurus-mermaid-container svg').first().waitFor();
      colours.push(await tab.page.locator('.docusaurus-mermaid-container svg').first().evaluate((svg) => {
        const text = svg.querySelector('text, .nodeLabel, span') ?? svg;
        return getComputedStyle(text).color + getComputedStyle(text).fill;
      }));
      await tab.close();
    }
    expect(colours[0]).not.toBe(colours[1]);
  });
});

describe('Math', () => {
  it('some page has math to test', () => {
    expect(withMath.length).toBeGreaterThan(0);
  });

  for (const locale of ['', '/en'] as const) {
    for (const f of withMath) {
      it(`${locale}${f.url}: formulas render with KaTeX and its own fonts`, async () => {
        const tab = await openPage(browser, `${locale}${f.url}`, { waitUntil: 'networkidle' });
        try {
          const katex = await tab.page.locator('.katex').count();
          const errors = await tab.page.locator('.katex-error').count();
          const failedFonts = await tab.page.evaluate(async () => {
            await document.fonts.ready;
            return [...document.fonts].filter((ff) => ff.family.includes('KaTeX') && ff.status === 'error').map((ff) => ff.family);
          });
          expect(katex, `${f.file}: .katex elements`).toBeGreaterThan(0);
          expect(errors, `${f.file}: .katex-error elements`).toBe(0);
          expect(failedFonts, `${f.file}: KaTeX fonts that failed to load`).toEqual([]);
          expect(tab.problems, f.file).toEqual([]);
        } finally {
          await tab.close();
        }
      });
    }
  }
});

describe('heavy libraries stay off pages that do not use them', () => {
  it('a plain doc page loads no Mermaid code and no KaTeX stylesheet', async () => {
    expect(plain, 'no plain doc page found').toBeDefined();
    const tab = await openPage(browser, plain!.url, { waitUntil: 'networkidle' });
    const scripts: string[] = [];
    for (const src of await tab.page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js')))) {
      scripts.push(await (await fetch(src)).text());
    }
    const css = await tab.page.evaluate(() => [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => (l as HTMLLinkElement).href));
    await tab.close();
    // "flowchart-v2" names Mermaid's flowchart renderer inside the Mermaid library itself.
    expect(scripts.filter((s) => s.includes('flowchart-v2'))).toHaveLength(0);
    expect(css.filter((href) => href.includes('katex'))).toEqual([]);
  });
});
