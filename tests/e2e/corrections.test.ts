/**
 * The corrections log at /corrections, on the built site: every entry of
 * src/data/corrections is there without JavaScript, newest first, with what was wrong, what is
 * right, its sources and a working link to the page or entry it corrects; the English UI
 * labels it in English; axe finds nothing serious in light or dark mode; and a 360 px phone,
 * with and without mobile emulation, needs no sideways scrolling. A corrected doc page or model
 * page ends with its own entries ("本页的更正"), each linking to its place in the log.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAtlasData } from '../../src/data/load';
import { correctionsOf, newestFirst } from '../../src/lib/corrections';
import { displayUrl } from '../../src/lib/links';
import type { Page } from 'playwright-core';
import {
  browserForFile,
  executedModules,
  hasHorizontalScroll,
  openPage,
  seriousAxeViolationsInBothSchemes,
  tooWideElements,
} from './harness';

const siteDir = join(import.meta.dirname, '..', '..');
const { data } = loadAtlasData({ dataDir: join(siteDir, 'src', 'data'), rootDir: siteDir });
const expected = newestFirst(data.corrections);
const phone = { width: 360, height: 740 };

const browser = browserForFile();

/** Marks the window, so that a later check can tell a navigation without reload. */
const mark = (page: Page) =>
  page.evaluate(() => ((window as unknown as { atlasMark: number }).atlasMark = 1));
const marked = (page: Page) =>
  page.evaluate(() => (window as unknown as { atlasMark?: number }).atlasMark === 1);

describe('/corrections', () => {
  it('lists every correction newest first, complete without JavaScript', async () => {
    const tab = await openPage(browser(), '/corrections', { javaScriptEnabled: false });
    try {
      const items = await tab.page.locator('[data-corrections] > li').evaluateAll((lis) =>
        lis.map((li) => ({
          id: li.querySelector('h3')?.id,
          date: li.querySelector('time')?.getAttribute('datetime'),
          text: li.textContent ?? '',
          target: li.querySelector('h3 a')?.getAttribute('href'),
          sources: [...li.querySelectorAll('dd ul a')].map((a) => a.getAttribute('href')),
          sourceTexts: [...li.querySelectorAll('dd ul a')].map((a) => a.textContent),
        })),
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(items.map((i) => i.id)).toEqual(expected.map((c) => c.id));
      const dates = items.map((i) => i.date ?? '');
      expect(dates).toEqual([...dates].sort().reverse());
      items.forEach((item, n) => {
        const c = expected[n]!;
        expect(item.date).toBe(c.date);
        expect(item.text).toContain(c.wrong);
        expect(item.text).toContain(c.right);
        expect(item.sources).toEqual(c.sources);
        // Each link reads as its shortened address (a long one ends in an ellipsis).
        expect(item.sourceTexts).toEqual(c.sources.map(displayUrl));
        if (c.target.startsWith('/')) expect(item.target).toBe(c.target);
        else expect(item.target).toMatch(new RegExp(`[#/]${c.target.split(':')[1]}$`));
      });
      expect(await tab.page.locator('h1').textContent()).toBe('更正记录');
      expect(tab.problems).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  it('each target link leads to a page that exists', async () => {
    const tab = await openPage(browser(), '/corrections');
    try {
      const hrefs = [
        ...new Set(
          await tab.page
            .locator('[data-corrections] h3 a')
            .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)),
        ),
      ];
      for (const href of hrefs) {
        const res = await fetch(href.split('#')[0]!);
        expect(res.status, href).toBe(200);
      }
    } finally {
      await tab.close();
    }
  });

  it('is linked from the footer and from the contributing guide, in both locales', async () => {
    for (const [locale, path] of [
      ['', '/docs/contributing/this-site'],
      ['/en', '/en/docs/contributing/this-site'],
    ] as const) {
      const tab = await openPage(browser(), path);
      try {
        expect(await tab.page.locator(`footer a[href="${locale}/corrections"]`).count()).toBe(1);
        expect(
          await tab.page.locator(`article a[href="${locale}/corrections"]`).count(),
        ).toBeGreaterThan(0);
      } finally {
        await tab.close();
      }
    }
  });

  it('has English UI strings under /en/', async () => {
    const tab = await openPage(browser(), '/en/corrections');
    try {
      expect(await tab.page.locator('h1').textContent()).toBe('Corrections');
      expect(await tab.page.locator('[data-corrections] dt').first().textContent()).toBe('It said');
      expect(await tab.page.locator('[data-corrections] > li').count()).toBe(expected.length);
      expect(tab.problems).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  it('keeps its entries out of the scripts of a page loaded on it', async () => {
    const tab = await openPage(browser(), '/corrections');
    try {
      // The newest entry's text and the oldest one's id: in the HTML, not in any module run.
      const [newest, oldest] = [expected[0]!, expected[expected.length - 1]!];
      expect(await tab.page.locator(`[data-corrections] h3[id="${oldest.id}"]`).count()).toBe(1);
      const modules = (await executedModules(tab.page)).join('\n');
      expect(modules.length).toBeGreaterThan(1000);
      // Booleans, so that a failure does not print the modules.
      expect(modules.includes(JSON.stringify(newest.right).slice(1, -1)), 'newest text').toBe(
        false,
      );
      expect(modules.includes(oldest.id), 'oldest id').toBe(false);
      expect(tab.problems).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  it('follows a link in its markup without reloading the page', async () => {
    const tab = await openPage(browser(), '/corrections');
    const { page } = tab;
    try {
      await mark(page);
      const link = page.locator('[data-corrections] h3 a[href^="/docs/"]').first();
      const target = (await link.getAttribute('href'))!;
      await link.click();
      await page.waitForURL((url) => url.pathname === target);
      expect(await marked(page)).toBe(true);
      expect(tab.problems).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  it('reached by a client-side navigation, fetches its entries and scrolls to the one linked', async () => {
    // The oldest correction of the corrected page, far down the log.
    const target = expected[expected.length - 1]!;
    expect(target.target.startsWith('/docs/')).toBe(true);
    const tab = await openPage(browser(), target.target);
    const { page } = tab;
    try {
      await mark(page);
      const link = page.locator(
        `section:has(> h2#page-corrections) a[href="/corrections#${target.id}"]`,
      );
      await link.click();
      await page.waitForURL((url) => url.pathname === '/corrections');
      const heading = page.locator(`[data-corrections] h3[id="${target.id}"]`);
      await heading.waitFor();
      expect(await marked(page)).toBe(true);
      expect(await page.locator('[data-corrections] > li').count()).toBe(expected.length);
      await expect
        .poll(() =>
          heading.evaluate((h) => {
            const { top, bottom } = h.getBoundingClientRect();
            return top >= 0 && bottom <= window.innerHeight;
          }),
        )
        .toBe(true);
      expect(tab.problems).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  it('has no serious or critical axe violations in light or dark mode', async () => {
    const serious = await seriousAxeViolationsInBothSchemes(browser(), '/corrections');
    expect(serious, serious.join('\n')).toEqual([]);
  });

  for (const mobile of [false, true]) {
    it(`fits a 360 px phone ${mobile ? 'with mobile emulation' : 'in a 360 px window'}`, async () => {
      const tab = await openPage(browser(), '/corrections', {
        viewport: phone,
        ...(mobile ? { isMobile: true, hasTouch: true } : {}),
      });
      try {
        // Under isMobile, Chromium widens the layout viewport to the content, so the elements
        // are measured against the 360 px asked for, not against window.innerWidth.
        expect(await tooWideElements(tab.page)).toEqual([]);
        expect(await hasHorizontalScroll(tab.page)).toBe(false);
        expect(tab.problems).toEqual([]);
      } finally {
        await tab.close();
      }
    });
  }
});

describe('本页的更正: a corrected page ends with its own corrections', () => {
  const pageTargets = [...new Set(data.corrections.map((c) => c.target))].filter((t) =>
    t.startsWith('/docs/'),
  );
  // The page with the most corrections, and a model page with more than one.
  const docTarget = pageTargets.sort(
    (a, b) => correctionsOf(data.corrections, b).length - correctionsOf(data.corrections, a).length,
  )[0]!;
  const modelTarget = [...new Set(data.corrections.map((c) => c.target))].find(
    (t) => t.startsWith('model:') && correctionsOf(data.corrections, t).length > 1,
  )!;
  const uncorrected = '/docs/fundamentals';

  const listed = async (path: string, javaScriptEnabled = true) => {
    const tab = await openPage(browser(), path, { javaScriptEnabled });
    try {
      const section = tab.page.locator('section:has(> h2#page-corrections)');
      const present = (await section.count()) > 0;
      const items = await section.locator('ol > li').evaluateAll((lis) =>
        lis.map((li) => ({
          href: li.querySelector('a[href*="/corrections#"]')?.getAttribute('href'),
          date: li.querySelector('time')?.getAttribute('datetime'),
          text: li.textContent ?? '',
        })),
      );
      return {
        items,
        // Without the zero-width space of the heading's anchor link.
        heading: present
          ? await section.locator('h2').evaluate((h) => h.textContent?.replace(/\u200b/g, ''))
          : null,
        skipped: present
          ? await section.evaluate((s) => s.classList.contains('atlas-search-skip'))
          : null,
        problems: tab.problems,
      };
    } finally {
      await tab.close();
    }
  };

  it('a doc page lists its corrections newest first, without JavaScript, linking to the log', async () => {
    const expectedHere = correctionsOf(data.corrections, docTarget);
    expect(expectedHere.length).toBeGreaterThan(1);
    const { items, heading, skipped, problems } = await listed(docTarget, false);
    expect(heading).toBe('本页的更正');
    expect(items.map((i) => i.href)).toEqual(expectedHere.map((c) => `/corrections#${c.id}`));
    items.forEach((item, n) => {
      expect(item.date).toBe(expectedHere[n]!.date);
      expect(item.text).toContain(expectedHere[n]!.wrong);
      expect(item.text).toContain(expectedHere[n]!.right);
    });
    // What a page once said wrongly is kept out of its search records.
    expect(skipped).toBe(true);
    expect(problems).toEqual([]);
  });

  it('each link lands on its entry in the log', async () => {
    const { items } = await listed(docTarget);
    const tab = await openPage(browser(), items[0]!.href!);
    try {
      const id = items[0]!.href!.split('#')[1]!;
      expect(await tab.page.locator(`[data-corrections] > li h3[id="${id}"]`).count()).toBe(1);
    } finally {
      await tab.close();
    }
  });

  it('a model page lists its model’s corrections', async () => {
    const expectedHere = correctionsOf(data.corrections, modelTarget);
    const { items, heading } = await listed(`/models/${modelTarget.slice('model:'.length)}`, false);
    expect(heading).toBe('本页的更正');
    expect(items.map((i) => i.href)).toEqual(expectedHere.map((c) => `/corrections#${c.id}`));
  });

  it('a blog post lists its corrections on its own page, not in its excerpt on /blog', async () => {
    const post = [...new Set(data.corrections.map((c) => c.target))].find((t) =>
      t.startsWith('/blog/'),
    )!;
    const { items } = await listed(post, false);
    expect(items.map((i) => i.href)).toEqual(
      correctionsOf(data.corrections, post).map((c) => `/corrections#${c.id}`),
    );
    const list = await listed('/blog', false);
    expect(list.heading).toBeNull();
  });

  it('a page without corrections has no such section', async () => {
    expect(correctionsOf(data.corrections, uncorrected)).toEqual([]);
    const { items, heading } = await listed(uncorrected);
    expect(heading).toBeNull();
    expect(items).toEqual([]);
  });

  it('is labelled in English under /en/, with links into the English log', async () => {
    const { items, heading } = await listed(`/en${docTarget}`, false);
    expect(heading).toBe('Corrections to this page');
    expect(items.length).toBe(correctionsOf(data.corrections, docTarget).length);
    expect(items.every((i) => i.href?.startsWith('/en/corrections#'))).toBe(true);
  });

  it('has no serious or critical axe violations and fits a 360 px phone', async () => {
    const serious = await seriousAxeViolationsInBothSchemes(browser(), docTarget);
    expect(serious, serious.join('\n')).toEqual([]);
    const tab = await openPage(browser(), docTarget, {
      viewport: phone,
      isMobile: true,
      hasTouch: true,
    });
    try {
      // The section itself and everything in it stay within the 360 px asked for (the rest of
      // the page is pages.test.ts's to check).
      const overflow = await tab.page
        .locator('section:has(> h2#page-corrections)')
        .evaluate((section, w) => {
          const past = [section, ...section.querySelectorAll('*')].filter(
            (el) => el.getBoundingClientRect().right > w + 1,
          );
          return past.map((el) => el.tagName.toLowerCase());
        }, phone.width);
      expect(overflow).toEqual([]);
    } finally {
      await tab.close();
    }
  });
});
