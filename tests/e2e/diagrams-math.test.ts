/**
 * Diagrams and formulas are rendered at build time (src/plugins/mermaid, rehype-katex), and a
 * diagram or formula that does not parse already fails the build. What is left to check:
 *
 * - in Node, from the built HTML of every page in both locales: each ```mermaid block in the
 *   source became one figure with a light and a dark SVG and an accessible name, ids stay
 *   unique, pages with math carry KaTeX output, and no JavaScript file holds Mermaid;
 * - in the browser, on a few pages: the colour mode picks the variant, the page does not
 *   shift or overflow a phone, no Mermaid code loads, KaTeX's own fonts load.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  contentFiles,
  hasMath,
  mermaidBlocks,
  type ContentFile,
} from '../../scripts/lib/content-files';
import { buildDir, builtFile, builtFiles, locales } from '../../scripts/lib/built-html';
import { byClass, byTag, findAll, parseHtml, type Document } from '../../scripts/lib/html';
import {
  browserForFile,
  drawEverything,
  layoutShifts,
  loadedScripts,
  openPage,
  seriousAxeViolations,
  watchedTab,
} from './harness';

const files = contentFiles();
const withMermaid = files.filter((f) => mermaidBlocks(f).length > 0);
const withMath = files.filter(hasMath);
const plain = files.find(
  (f) => f.kind === 'doc' && mermaidBlocks(f).length === 0 && !hasMath(f) && f.url !== '/docs',
);
// A string from Mermaid's library code (its default configuration) that rendered SVG never contains.
const mermaidLibraryMarker = 'startOnLoad';

/** The built page for a source file, found as the test server finds it. */
function builtPage(locale: string, f: ContentFile): Document {
  const file = builtFile(`${locale}${f.url}`);
  if (!file) throw new Error(`${f.file}: no built page at ${locale}${f.url}`);
  return parseHtml(readFileSync(file, 'utf8'));
}

describe('Mermaid in the built HTML', () => {
  it('some page has a Mermaid diagram to test', () => {
    expect(withMermaid.length).toBeGreaterThan(0);
  });

  it('every page has one figure per ```mermaid block, each with both variants and a name', () => {
    const problems: string[] = [];
    for (const locale of locales) {
      for (const f of files) {
        const where = `${locale || '/'} ${f.file}`;
        const figures = byClass(builtPage(locale, f), 'atlas-mermaid');
        const expected = mermaidBlocks(f).length;
        if (figures.length !== expected)
          problems.push(`${where}: ${figures.length} diagram(s), expected ${expected}`);
        for (const [i, figure] of figures.entries()) {
          const light = byClass(figure, 'atlas-mermaid__light').flatMap((v) => byTag(v, 'svg'));
          const dark = byClass(figure, 'atlas-mermaid__dark').flatMap((v) => byTag(v, 'svg'));
          if (light.length !== 1 || dark.length !== 1)
            problems.push(
              `${where} diagram ${i + 1}: ${light.length} light and ${dark.length} dark SVGs`,
            );
          if (figure.attribs.role !== 'img' || !figure.attribs['aria-label']?.trim())
            problems.push(`${where} diagram ${i + 1}: no role=img with an aria-label`);
          for (const svg of [...light, ...dark]) {
            if (!svg.attribs.viewbox || !Number(svg.attribs.width) || !Number(svg.attribs.height))
              problems.push(`${where} diagram ${i + 1}: SVG without viewBox and intrinsic size`);
          }
        }
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('ids inside diagrams occur once per page, on every built page', () => {
    const problems: string[] = [];
    for (const file of builtFiles('.html')) {
      const html = readFileSync(join(buildDir, file), 'utf8');
      if (!html.includes('atlas-mermaid')) continue;
      const page = parseHtml(html);
      const counts = new Map<string, number>();
      for (const el of findAll(page, (e) => e.attribs.id !== undefined))
        counts.set(el.attribs.id!, (counts.get(el.attribs.id!) ?? 0) + 1);
      const diagramIds = byClass(page, 'atlas-mermaid').flatMap((fig) =>
        findAll(fig, (e) => e.attribs.id !== undefined).map((e) => e.attribs.id!),
      );
      if (diagramIds.length === 0) problems.push(`${file}: diagrams without ids`);
      const repeated = [...new Set(diagramIds.filter((id) => counts.get(id)! > 1))];
      if (repeated.length > 0)
        problems.push(`${file}: repeated ids ${repeated.slice(0, 5).join(', ')}`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('no JavaScript file in the build contains Mermaid', () => {
    const js = builtFiles('.js');
    expect(js.length).toBeGreaterThan(0);
    expect(
      js.filter((file) =>
        readFileSync(join(buildDir, file), 'utf8').includes(mermaidLibraryMarker),
      ),
    ).toEqual([]);
  });
});

describe('math in the built HTML', () => {
  it('some page has math to test', () => {
    expect(withMath.length).toBeGreaterThan(0);
  });

  it('every page with math in its source carries KaTeX output, in both locales', () => {
    const missing = locales.flatMap((locale) =>
      withMath
        .filter((f) => byClass(builtPage(locale, f), 'katex').length === 0)
        .map((f) => `${locale || '/'} ${f.file}`),
    );
    expect(missing, `pages without .katex:\n${missing.join('\n')}`).toEqual([]);
  });
});

const browser = browserForFile();

const hydrated = (page: Page) =>
  page.waitForSelector('html[data-has-hydrated]', { state: 'attached' });

/** Which variant of each diagram is displayed. */
const shownVariants = (page: Page) =>
  page.$$eval('.atlas-mermaid', (figures) =>
    figures.map((f) =>
      ['light', 'dark']
        .filter(
          (v) =>
            f.querySelector<SVGElement>(`.atlas-mermaid__${v} svg`)?.getBoundingClientRect().width,
        )
        .join('+'),
    ),
  );

// Two diagram pages: the first, and the one with the most diagrams.
const diagramPages = [
  withMermaid[0]!,
  [...withMermaid].sort((a, b) => mermaidBlocks(b).length - mermaidBlocks(a).length)[0]!,
].filter((f, i, all) => all.indexOf(f) === i);

describe('Mermaid in the browser', () => {
  for (const f of diagramPages) {
    const n = mermaidBlocks(f).length;

    it(`${f.url}: the colour mode shows one variant of each of its ${n} diagram(s)`, async () => {
      for (const scheme of ['light', 'dark'] as const) {
        const tab = await openPage(browser(), f.url, { colorScheme: scheme });
        try {
          await hydrated(tab.page);
          expect(await shownVariants(tab.page), `${f.file} (${scheme})`).toEqual(
            Array(n).fill(scheme),
          );
          expect(tab.problems, f.file).toEqual([]);
          if (scheme === 'light') {
            // The navbar toggle cycles through its modes; follow it until the page is dark.
            const toggle = tab.page.locator('.navbar button[class*="toggleButton"]').first();
            for (
              let i = 0;
              i < 3 && (await tab.page.getAttribute('html', 'data-theme')) !== 'dark';
              i++
            )
              await toggle.click();
            expect(await tab.page.getAttribute('html', 'data-theme')).toBe('dark');
            expect(await shownVariants(tab.page), `${f.file} after the toggle`).toEqual(
              Array(n).fill('dark'),
            );
          }
        } finally {
          await tab.close();
        }
      }
    });

    it(`${f.url}: axe finds nothing serious in its diagrams, light or dark`, async () => {
      for (const scheme of ['light', 'dark'] as const) {
        const tab = await openPage(browser(), f.url, { colorScheme: scheme });
        try {
          await hydrated(tab.page);
          expect(
            await seriousAxeViolations(tab.page, scheme, {
              include: '.atlas-mermaid',
              everyRule: true, // the dark variant of each diagram is its own SVG
            }),
            `${f.file} (${scheme})`,
          ).toEqual([]);
        } finally {
          await tab.close();
        }
      }
    });

    it(`${f.url}: loads no Mermaid code and does not shift while loading`, async () => {
      // Tall viewport: layout shifts count only where they are visible.
      const tab = await openPage(browser(), f.url, {
        viewport: { width: 1280, height: 4000 },
        waitUntil: 'networkidle',
      });
      try {
        await hydrated(tab.page);
        const shift = (await layoutShifts(tab.page, 300)).reduce((n, e) => n + e.value, 0);
        expect(shift, `${f.file}: cumulative layout shift`).toBeLessThan(0.01);
        const scripts = await loadedScripts(tab.page);
        expect(scripts.filter((s) => s.includes(mermaidLibraryMarker))).toHaveLength(0);
        // The SVGs are in the HTML only: no script the page loaded carries one of its diagrams.
        const svgIds = await tab.page.$$eval('.atlas-mermaid svg', (svgs) => svgs.map((e) => e.id));
        expect(svgIds).toHaveLength(2 * n);
        expect(svgIds.filter((id) => scripts.some((js) => js.includes(id)))).toEqual([]);
        expect(tab.problems, f.file).toEqual([]);
      } finally {
        await tab.close();
      }
    });

    it(`${f.url}: reached by a client-side navigation, fetches and shows its ${n} diagram(s)`, async () => {
      // A neighbour in the sidebar: its page shows the link to this one.
      const dir = f.url.replace(/\/[^/]+$/, '');
      const from = files.find(
        (g) => g.kind === 'doc' && g.url !== f.url && g.url.startsWith(`${dir}/`),
      );
      expect(from, `no other page under ${dir}`).toBeDefined();
      const tab = await openPage(browser(), from!.url, { colorScheme: 'dark' });
      try {
        await tab.page.locator(`.theme-doc-sidebar-menu a[href="${f.url}"]`).click();
        await tab.page.waitForURL((url) => url.pathname === f.url);
        await tab.page.waitForFunction(
          (count) => document.querySelectorAll('.atlas-mermaid__dark svg').length === count,
          n,
        );
        expect(await shownVariants(tab.page), f.file).toEqual(Array(n).fill('dark'));
        expect(await tab.page.locator('.atlas-mermaid__light svg').count()).toBe(n);
        expect(tab.problems, f.file).toEqual([]);
      } finally {
        await tab.close();
      }
    });

    it(`${f.url}: nothing overflows a 360 px wide phone`, async () => {
      for (const isMobile of [false, true]) {
        const tab = await openPage(browser(), f.url, {
          viewport: { width: 360, height: 740 },
          isMobile,
        });
        try {
          await hydrated(tab.page);
          await drawEverything(tab.page);
          // Compared with the width asked for: under isMobile Chromium widens innerWidth to the content.
          const widths = await tab.page.evaluate(() => ({
            page: document.documentElement.scrollWidth,
            figures: [...document.querySelectorAll('.atlas-mermaid')].map(
              (e) => e.getBoundingClientRect().right,
            ),
          }));
          expect(widths.page, `${f.file}: page width (isMobile ${isMobile})`).toBeLessThanOrEqual(
            360,
          );
          for (const right of widths.figures) expect(right).toBeLessThanOrEqual(360);
        } finally {
          await tab.close();
        }
      }
    });
  }
});

describe('math in the browser', () => {
  const mathPage = withMath[0];
  for (const locale of locales) {
    it(`${locale}${mathPage?.url}: KaTeX's fonts load from the site`, async () => {
      expect(mathPage, 'no page with math').toBeDefined();
      const tab = await watchedTab(browser());
      // Records any removal of the stylesheet's <link>: react-helmet used to take it out of
      // <head> during hydration and put it back, leaving the formulas unstyled in between.
      await tab.page.addInitScript(() => {
        const removed: string[] = [];
        Object.assign(window, { atlasRemovedStylesheets: removed });
        new MutationObserver((records) => {
          for (const r of records)
            for (const n of r.removedNodes)
              if (n instanceof HTMLLinkElement && n.rel === 'stylesheet') removed.push(n.href);
        }).observe(document, { childList: true, subtree: true });
      });
      await tab.goto(`${locale}${mathPage!.url}`);
      try {
        await hydrated(tab.page);
        // react-helmet applied its changes in an animation frame after hydration.
        await tab.page.evaluate(
          () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
        );
        expect(
          await tab.page.evaluate(() =>
            [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')]
              .map((l) => l.href)
              .filter((href) => href.includes('katex')),
          ),
          'the KaTeX stylesheet, once',
        ).toHaveLength(1);
        expect(
          await tab.page.evaluate(
            () =>
              (window as unknown as { atlasRemovedStylesheets: string[] }).atlasRemovedStylesheets,
          ),
          'stylesheets removed while the page loaded and hydrated',
        ).toEqual([]);
        // Fonts load when a formula is on screen; wait up to 15 s for one, then say what was there.
        await tab.page.locator('.katex').first().scrollIntoViewIfNeeded();
        await tab.page
          .waitForFunction(
            () =>
              [...document.fonts].some(
                (ff) => ff.family.includes('KaTeX') && ff.status === 'loaded',
              ),
            null,
            { timeout: 15_000 },
          )
          .catch(() => undefined); // the assertions below say what was there
        const fonts = await tab.page.evaluate(async () => {
          await document.fonts.ready;
          return [...document.fonts]
            .filter((ff) => ff.family.includes('KaTeX'))
            .map((ff) => `${ff.family} ${ff.status}`);
        });
        expect(
          fonts.filter((s) => s.endsWith('error')),
          `${mathPage!.file}: KaTeX fonts that failed`,
        ).toEqual([]);
        expect(
          fonts.filter((s) => s.endsWith('loaded')).length,
          `${mathPage!.file}: KaTeX fonts loaded (${fonts.join(', ')})`,
        ).toBeGreaterThan(0);
        expect(tab.problems, mathPage!.file).toEqual([]);
      } finally {
        await tab.close();
      }
    });
  }
});

describe('heavy libraries stay off pages that do not use them', () => {
  it('a plain doc page loads no Mermaid code and no KaTeX stylesheet', async () => {
    expect(plain, 'no plain doc page found').toBeDefined();
    const tab = await openPage(browser(), plain!.url, { waitUntil: 'networkidle' });
    try {
      const css = await tab.page.evaluate(() =>
        [...document.querySelectorAll('link[rel="stylesheet"]')].map(
          (l) => (l as HTMLLinkElement).href,
        ),
      );
      expect(
        (await loadedScripts(tab.page)).filter((s) => s.includes(mermaidLibraryMarker)),
      ).toHaveLength(0);
      expect(css.filter((href) => href.includes('katex'))).toEqual([]);
    } finally {
      await tab.close();
    }
  });
});
