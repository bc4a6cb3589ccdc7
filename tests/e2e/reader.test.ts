/**
 * What a reader meets, on one representative page of each kind in both locales: no serious
 * accessibility violations in light or dark mode, no sideways scrolling on a 360 px phone
 * under mobile emulation, a colour-mode toggle that sticks, a helpful 404, and the contributor
 * links on doc pages. The generated data pages have their own axe and phone tests in
 * data-components.test.ts and model-table.test.ts; every page's errors and its width on a
 * 360 px phone are checked in pages.test.ts (the phone check here takes the samples that sweep
 * does not load with their script), and what the HTML alone tells in built-html.test.ts.
 *
 * Dark mode changes colours only, and colours do not depend on the locale: the English pages
 * are checked in light mode, the Chinese ones in both.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { contentFiles, hasMath, mermaidBlocks } from '../../scripts/lib/content-files';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtFile, locales, sitemapPaths } from '../../scripts/lib/built-html';
import { docTranslations } from '../../src/data/translation-status';
import {
  drawEverything,
  hasHorizontalScroll,
  isKnownTooWide,
  browserForFile,
  layoutShifts,
  openPage,
  openPageWithLateScripts,
  scrolledIntoPlace,
  seriousAxeViolations,
  seriousAxeViolationsInBothSchemes,
  TabPool,
  tooWideElements,
  type WatchedPage,
} from './harness';
import { sweepOf } from './sweep';

/** One page of each kind a reader lands on (paths in the default locale). */
const samples = {
  home: '/',
  doc: '/docs/history',
  docWithDataTable: '/docs/ecosystem/licenses',
  docWithMath: '/docs/fundamentals/language-models',
  docWithDiagram: '/docs/history/free-software',
  blogPost: '/blog/welcome',
  blogList: '/blog',
  tags: '/docs/tags/open-weights',
  search: '/search?q=transformer',
  notFound: '/this-page-does-not-exist',
} as const;
type Kind = keyof typeof samples;

const sources = contentFiles();
const urlOf = (source: string): string => sources.find((f) => f.file === source)!.url;
const englishHtml = () =>
  sitemapPaths('/en').map((path) => ({ path, html: readFileSync(builtFile(path)!, 'utf8') }));
const translations = docTranslations(join(import.meta.dirname, '..', '..'));
/** A chapter with a current English translation, and one without any (none once the edition is complete). */
const translatedDoc = translations.find(
  (t) => t.status === 'current' && t.source.startsWith('docs/'),
)!;
const untranslatedDoc = translations.find(
  (t) => t.status === 'missing' && t.source.startsWith('docs/'),
);
const statusOf = (kind: Kind) => (kind === 'notFound' ? 404 : 200);
const phone = { width: 360, height: 740 };

const browser = browserForFile();
let phones: TabPool;
beforeAll(() => {
  // Under mobile emulation Chromium lays pages out as a phone does (and widens the layout
  // viewport to the content, which hasHorizontalScroll allows for).
  phones = new TabPool(browser(), 2, { viewport: phone, isMobile: true, hasTouch: true });
});
afterAll(async () => {
  await phones?.close();
});

describe('the samples are of their kind', () => {
  const files = contentFiles();
  const source = (url: string) => files.find((f) => f.url === url);
  it('the math sample has formulas and the diagram sample has a Mermaid diagram', () => {
    expect(hasMath(source(samples.docWithMath)!)).toBe(true);
    expect(mermaidBlocks(source(samples.docWithDiagram)!).length).toBeGreaterThan(0);
  });
  it('the data-table sample shows a comparison table', () => {
    expect(source(samples.docWithDataTable)!.body).toMatch(/<ComparisonTable\b/);
  });
});

describe('accessibility (axe: no serious or critical violations)', () => {
  for (const locale of locales) {
    for (const [kind, path] of Object.entries(samples) as Array<[Kind, string]>) {
      const url = `${locale}${path}`;
      const options = { status: statusOf(kind) };
      if (!locale) {
        it.concurrent(`${url} (${kind}) in light and dark mode`, async ({ expect }) => {
          const serious = await seriousAxeViolationsInBothSchemes(browser(), url, options);
          expect(serious, serious.join('\n')).toEqual([]);
        });
        continue;
      }
      it.concurrent(`${url} (${kind}) in light mode`, async ({ expect }) => {
        const tab = await openPage(browser(), url, { ...options, colorScheme: 'light' });
        try {
          const serious = await seriousAxeViolations(tab.page, 'light');
          expect(serious, serious.join('\n')).toEqual([]);
        } finally {
          await tab.close();
        }
      });
    }
  }
});

describe('the axe check itself', () => {
  it('reports a paragraph too faint to read, an image without alt text and a button without a name', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const tab = await openPage(browser(), '/docs/history', { colorScheme: scheme });
      await tab.page.evaluate((dark) => {
        // Outside React's root, so no re-render can take the faults away before axe runs.
        const box = document.body.appendChild(document.createElement('div'));
        const faint = document.createElement('p');
        faint.textContent = '这一段文字的颜色与背景太接近。';
        faint.style.color = dark ? 'rgb(60, 60, 60)' : 'rgb(210, 210, 210)';
        const image = document.createElement('img');
        image.src = '/img/logo.svg';
        box.append(faint, image, document.createElement('button'));
      }, scheme === 'dark');
      const found = (await seriousAxeViolations(tab.page, scheme)).map((v) => v.split(' ')[0]);
      await tab.close();
      // In dark mode only the colour rules run (see seriousAxeViolations).
      expect(found.sort()).toEqual(
        scheme === 'light' ? ['button-name', 'color-contrast', 'image-alt'] : ['color-contrast'],
      );
    }
  });
});

/** Pages the sitemap sweep (pages.test.ts) already loads as a phone, running their script. */
const sweptAsPhone = new Set(
  locales.flatMap((locale) => sitemapPaths(locale).filter((p) => sweepOf(p) === 'script')),
);

describe('360 px phone under mobile emulation: no horizontal page scroll', () => {
  it('the sweep covers some samples, and these leave them to it', () => {
    expect(sweptAsPhone.has(samples.doc)).toBe(true);
  });
  for (const locale of locales) {
    for (const [kind, path] of Object.entries(samples) as Array<[Kind, string]>) {
      const page = `${locale}${path}`;
      if (sweptAsPhone.has(page)) continue;
      it.concurrent(`${page} (${kind})`, async ({ expect }) => {
        await phones.use(async (tab) => {
          await tab.goto(page, statusOf(kind));
          const known = isKnownTooWide(page, { mobile: true });
          const scrolls = await hasHorizontalScroll(tab.page);
          const wide = scrolls ? await tooWideElements(tab.page) : [];
          expect(
            scrolls,
            known
              ? 'fits now: remove it from knownTooWide in harness.ts'
              : `wider than the screen: ${wide.join(', ')}`,
          ).toBe(known);
          expect(tab.problems).toEqual([]);
        });
      });
    }
  }
});

describe('a phone loading a page sees nothing move (layout shift)', () => {
  // Pages whose script adds or changes something once it runs: controls, a table rendered from
  // the address, results. Scripts are held back, so the server's markup is painted first.
  const pages = [
    '/',
    '/docs/models',
    // A long chapter: its blocks past the first screen are drawn only as the reader nears them.
    '/docs/history/2024-2026',
    '/models',
    '/models/hardware',
    '/models/openness',
    '/models/compare?ids=llama-2-7b,mistral-7b',
    '/models/llama-2-7b',
    '/organizations',
    '/timeline',
    '/corrections',
    '/glossary',
    '/search?q=qwen',
    '/en/models/hardware',
  ];
  for (const path of pages) {
    it(path, async () => {
      const tab = await openPageWithLateScripts(browser(), path, {
        viewport: { width: 412, height: 823 },
        isMobile: true,
        hasTouch: true,
      });
      try {
        const shifts = await layoutShifts(tab.page, 800);
        const total = shifts.reduce((n, e) => n + e.value, 0);
        expect(total, JSON.stringify(shifts)).toBeLessThan(0.01);
        expect(tab.problems).toEqual([]);
      } finally {
        await tab.close();
      }
    });
  }
});

describe('a long list or chapter lays out only what is near the screen (content-visibility)', () => {
  // Laying out every entry of these lists at once was most of a phone's blocking time on load.
  const lists: Array<[path: string, entries: string]> = [
    ['/corrections', '[data-corrections] > li'],
    ['/en/corrections', '[data-corrections] > li'],
    ['/organizations', 'section:has(> h2#entries) article'],
    ['/tools', 'section:has(> h2#entries) article'],
    ['/licenses', 'section:has(> h2#entries) article'],
    ['/glossary', 'main article'],
  ];
  // An entry not drawn still has its box; what it holds is skipped. Of blocks that hold only
  // text (a paragraph without links), whether they are drawn is not read.
  const drawn = (entries: Locator) =>
    entries.evaluateAll((els) =>
      els
        .map((el) => el.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }))
        .filter((d) => d !== undefined),
    );
  /**
   * Loads `path#id` and checks that the anchor's start is on the screen (a card may be taller
   * than a phone's screen) and stays there as what is around it is drawn.
   */
  async function landsOn(tab: WatchedPage, path: string, id: string): Promise<void> {
    await tab.goto(`${path}#${encodeURIComponent(id)}`);
    const inView = () =>
      tab.page.locator(`[id="${id}"]`).evaluate((el) => {
        const { top } = el.getBoundingClientRect();
        return top >= 0 && top < window.innerHeight / 2;
      });
    await expect.poll(inView).toBe(true);
    await tab.page.waitForTimeout(500);
    expect(await inView()).toBe(true);
  }
  it('a long chapter draws its later blocks as the reader nears them, lands on a heading far down, and shows a term far down whole', async () => {
    const path = '/docs/fundamentals/attention';
    const tab = await openPage(browser(), path, { viewport: { width: 360, height: 740 } });
    const { page } = tab;
    try {
      const blocks = page.locator('.markdown > :not(h2, h3, h4, h5, h6)');
      const before = await drawn(blocks);
      expect(before.length).toBeGreaterThan(20);
      expect(before.slice(0, 3)).toEqual([true, true, true]);
      // The footnotes, last, are not drawn until reached.
      expect(before.at(-1)).toBe(false);
      expect(before.filter(Boolean).length).toBeLessThan(before.length / 2);

      // Terms in blocks far down whose tooltip reaches below their block: nothing clips or
      // covers it (the block under the pointer drops its containment).
      const terms = page.locator('.markdown > :nth-child(n + 12) [data-term] a');
      let checked = 0;
      for (let i = 0; i < (await terms.count()); i++) {
        const term = terms.nth(i);
        await scrolledIntoPlace(term);
        await term.hover();
        const tip = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
        await expect.poll(() => tip.isVisible()).toBe(true);
        const seen = await term.evaluate((a) => {
          const el = document.getElementById(a.getAttribute('aria-describedby')!)!;
          const { left, right, bottom } = el.getBoundingClientRect();
          const block = a.closest('.markdown > *')!.getBoundingClientRect();
          if (bottom <= block.bottom + 8 || bottom > window.innerHeight) return 'not below';
          // The tooltip's bottom line, below the term's block.
          const hit = document.elementFromPoint((left + right) / 2, bottom - 4);
          return hit && el.contains(hit) ? 'whole' : `covered by ${hit?.outerHTML.slice(0, 80)}`;
        });
        if (seen === 'not below') continue;
        expect(seen).toBe('whole');
        checked++;
      }
      expect(checked).toBeGreaterThan(0);

      // The last section's heading, loaded directly, with the blocks above it not drawn yet.
      const id = await page.locator('.markdown > h2[id]').last().getAttribute('id');
      await landsOn(tab, path, id!);
      expect(tab.problems).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  it('a block of a chapter drawn as the reader reaches it is as tall as without containment', async () => {
    // Containment keeps a block's inner margins inside it; where they had collapsed out of it
    // (the footnotes' last note), the block grew. Each later block, drawn where it is reached,
    // against the same block with containment off.
    const tab = await openPage(browser(), '/docs/community/laion', {
      viewport: { width: 360, height: 740 },
    });
    const { page } = tab;
    try {
      const later = page.locator('.markdown > :nth-child(n + 12):not(h2, h3, h4, h5, h6)');
      const count = await later.count();
      expect(count).toBeGreaterThan(3);
      const contained: number[] = [];
      for (let i = 0; i < count; i++) {
        await scrolledIntoPlace(later.nth(i));
        contained.push(await later.nth(i).evaluate((el) => el.getBoundingClientRect().height));
      }
      await drawEverything(page);
      const free = await later.evaluateAll((els) =>
        els.map((el) => el.getBoundingClientRect().height),
      );
      expect(contained).toEqual(free);
      expect(tab.problems).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  for (const [path, selector] of lists) {
    it(`${path}: the first entries are drawn, the last only once the reader reaches it, and a link to it lands on it`, async () => {
      const tab = await openPage(browser(), path, { viewport: { width: 360, height: 740 } });
      try {
        const entries = tab.page.locator(selector);
        const before = await drawn(entries);
        expect(before.length).toBeGreaterThan(20);
        expect(before[0]).toBe(true);
        expect(before.at(-1)).toBe(false);
        expect(before.filter(Boolean).length).toBeLessThan(before.length / 2);
        const last = entries.last();
        await scrolledIntoPlace(last);
        expect((await drawn(entries)).at(-1)).toBe(true);
        // Its anchor (the entry's own id, or its heading's), loaded directly.
        const id = await last.evaluate((el) => el.id || el.querySelector('[id]')?.id);
        expect(id).toBeTruthy();
        await landsOn(tab, path, id!);
        expect(tab.problems).toEqual([]);
      } finally {
        await tab.close();
      }
    });
  }
});

describe('colour mode', () => {
  it('the toggle switches mode and the choice survives a reload', async () => {
    const tab = await openPage(browser(), samples.doc, { colorScheme: 'light' });
    const theme = () => tab.page.evaluate(() => document.documentElement.dataset.theme);
    expect(await theme()).toBe('light');
    const toggle = tab.page.locator('.navbar button[class*="toggleButton"]').first();
    for (let i = 0; i < 3 && (await theme()) !== 'dark'; i++) await toggle.click();
    expect(await theme()).toBe('dark');
    await tab.page.reload();
    expect(await theme()).toBe('dark');
    expect(tab.problems).toEqual([]);
    await tab.close();
  });
});

describe('pages readers land on', () => {
  it('the 404 page is in Chinese and offers a way on', async () => {
    const tab = await openPage(browser(), samples.notFound, { status: 404 });
    await expect(tab.page.locator('h1').textContent()).resolves.toMatch(/找不到/);
    expect(await tab.page.locator('main form[role="search"]').count()).toBe(1);
    expect(await tab.page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    await tab.close();
  });

  it('a translated English page is in English, with no translation notice', async () => {
    const tab = await openPage(browser(), `/en${urlOf(translatedDoc.source)}`);
    expect(await tab.page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect(tab.page.locator('h1').textContent()).resolves.not.toMatch(/\p{Script=Han}/u);
    expect(await tab.page.locator('aside[role="note"]').count()).toBe(0);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it('an English page whose translation is missing says so and links the original', async () => {
    if (!untranslatedDoc) {
      // The edition is complete: then no English page may carry the notice.
      const withNotice = englishHtml().filter((f) => /has not been translated/.test(f.html));
      expect(withNotice.map((f) => f.path)).toEqual([]);
      return;
    }
    const url = urlOf(untranslatedDoc.source);
    const tab = await openPage(browser(), `/en${url}`);
    const notice = tab.page.locator('aside[role="note"]');
    await expect(notice.textContent()).resolves.toMatch(/not been translated/);
    await expect(notice.locator('a').getAttribute('href')).resolves.toBe(url);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it('doc pages carry edit, report-error and last-updated information', async () => {
    const tab = await openPage(browser(), samples.doc);
    const edit = await tab.page.locator('a.theme-edit-this-page').getAttribute('href');
    expect(edit).toMatch(
      /^https:\/\/github\.com\/[^/]+\/[^/]+\/edit\/main\/docs\/history\/index\.mdx$/,
    );
    const report = new URL(
      (await tab.page.getByRole('link', { name: '报告错误' }).first().getAttribute('href'))!,
    );
    expect(report.pathname).toMatch(/\/issues\/new$/);
    expect(report.searchParams.get('page')).toMatch(/\/docs\/history$/);
    expect(report.searchParams.get('file')).toBe('docs/history/index.mdx');
    expect(await tab.page.locator('.theme-last-updated').count()).toBe(1);
    await tab.close();
  });

  it('a link fetches its page when the reader points at it, not when it scrolls into view (src/plugins/link-prefetch)', async () => {
    const tab = await openPage(browser(), '/');
    const prefetched: string[] = [];
    const scripts: string[] = [];
    tab.page.on('request', (req) => {
      if (req.headers()['sec-purpose']?.includes('prefetch')) prefetched.push(req.url());
      else if (req.resourceType() === 'script') scripts.push(req.url());
    });
    await tab.goto('/docs/history');
    // Links in view get their IntersectionObserver callback at the next rendering steps.
    await tab.page.evaluate(
      () =>
        new Promise<void>((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => requestIdleCallback(() => resolve())),
          ),
        ),
    );
    const inView = await tab.page.evaluate(
      () =>
        [...document.querySelectorAll<HTMLAnchorElement>('a[href^="/docs/"]')].filter((a) => {
          const r = a.getBoundingClientRect();
          return r.width > 0 && r.bottom > 0 && r.top < window.innerHeight;
        }).length,
    );
    expect(inView, 'internal links in view (the sidebar)').toBeGreaterThan(10);
    expect(prefetched).toEqual([]);

    // Pointing at a chapter's link loads that chapter's scripts before the click.
    const link = tab.page.locator('.theme-doc-sidebar-menu a[href="/docs/fundamentals"]');
    const before = scripts.length;
    const chunk = tab.page.waitForRequest((req) => req.resourceType() === 'script');
    await link.hover();
    await chunk;
    expect(scripts.length).toBeGreaterThan(before);
    await link.click();
    await tab.page.locator('h1', { hasText: '原理' }).waitFor({ timeout: 10_000 });
    expect(prefetched).toEqual([]);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it('doc tags are labelled in each locale, and client-side navigation renders Chinese from UTF-8 scripts', async () => {
    const en = await openPage(browser(), '/en/docs/tags');
    await expect(en.page.getByRole('link', { name: /^Open weights/ }).count()).resolves.toBe(1);
    await en.close();

    const tab = await openPage(browser(), '/docs/tags');
    // The scripts carry Chinese as UTF-8, not as \u escapes (src/plugins/utf8-scripts).
    const main = await tab.page.evaluate(async () => {
      const src = [...document.scripts]
        .map((s) => s.src)
        .find((u) => /\/main\.[0-9a-f]+\.js$/.test(u));
      return src ? (await fetch(src)).text() : '';
    });
    expect(main).toContain('开源大模型图谱');
    // A click is a client-side route change: the tag page is rendered by those scripts.
    await tab.page.getByRole('link', { name: /^开放权重/ }).click();
    await tab.page.waitForURL(/\/docs\/tags\/open-weights$/);
    // The URL changes before the route's chunk has loaded; wait for the new heading.
    await tab.page.locator('h1', { hasText: '开放权重' }).waitFor({ timeout: 10_000 });
    expect(await tab.page.locator('main article a').count()).toBeGreaterThan(1);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });
});
