/**
 * The corrections log at /corrections, on the built site: every entry of
 * src/data/corrections is there without JavaScript, newest first, with what was wrong, what is
 * right, its sources and a working link to the page or entry it corrects; the English UI
 * labels it in English; axe finds nothing serious in light or dark mode; and a 360 px phone,
 * with and without mobile emulation, needs no sideways scrolling.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAtlasData } from '../../src/data/load';
import { newestFirst } from '../../src/pages/_components/CorrectionsLog/logic';
import { displayUrl } from '../../src/lib/links';
import {
  browserForFile,
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

describe('/corrections', () => {
  it('lists every correction newest first, complete without JavaScript', async () => {
    const tab = await openPage(browser(), '/corrections', { javaScriptEnabled: false });
    try {
      const items = await tab.page.locator('[data-corrections] > li').evaluateAll((lis) =>
        lis.map((li) => ({
          id: li.id,
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
