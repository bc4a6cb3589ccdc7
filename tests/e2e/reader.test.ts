/**
 * What a reader meets on the representative pages: no serious accessibility violations in
 * light or dark mode, no sideways scrolling on a 360 px phone, a colour-mode toggle that
 * sticks, a helpful 404, and the contributor links on doc pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { hasHorizontalScroll, launchBrowser, openPage, seriousAxeViolations } from './harness';

const samples = {
  home: '/',
  doc: '/docs/history',
  blogPost: '/blog/welcome',
  notFound: '/this-page-does-not-exist',
} as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('accessibility (axe: no serious or critical violations)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, path] of Object.entries(samples)) {
      it(`${name} in ${scheme} mode`, async () => {
        const tab = await openPage(browser, path, { colorScheme: scheme, status: name === 'notFound' ? 404 : 200, waitUntil: 'networkidle' });
        expect(await tab.page.evaluate(() => document.documentElement.dataset.theme)).toBe(scheme);
        const serious = await seriousAxeViolations(tab.page);
        await tab.close();
        expect(serious, serious.join('\n')).toEqual([]);
      });
    }
  }
});

describe('360 px phone', () => {
  for (const [name, path] of Object.entries(samples).filter(([n]) => n !== 'notFound')) {
    it(`${name} has no horizontal page scroll`, async () => {
      const tab = await openPage(browser, path, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, waitUntil: 'networkidle' });
      const wide = await tab.page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`),
      );
      const scrolls = await hasHorizontalScroll(tab.page);
      await tab.close();
      expect(scrolls, `wider than the screen: ${wide.join(', ')}`).toBe(false);
    });
  }
});

describe('colour mode', () => {
  it('the toggle switches mode and the choice survives a reload', async () => {
    const tab = await openPage(browser, samples.doc, { colorScheme: 'light' });
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
    const tab = await openPage(browser, samples.notFound, { status: 404 });
    await expect(tab.page.locator('h1').textContent()).resolves.toMatch(/找不到/);
    expect(await tab.page.locator('main form[role="search"]').count()).toBe(1);
    expect(await tab.page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    await tab.close();
  });

  it('the English site is in English and says when a page is not translated yet', async () => {
    const tab = await openPage(browser, `/en${samples.doc}`);
    expect(await tab.page.evaluate(() => document.documentElement.lang)).toBe('en');
    const notice = tab.page.locator('aside[role="note"]');
    await expect(notice.textContent()).resolves.toMatch(/not been translated/);
    await expect(notice.locator('a').getAttribute('href')).resolves.toBe(samples.doc);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it('doc pages carry edit, report-error and last-updated information', async () => {
    const tab = await openPage(browser, samples.doc);
    const edit = await tab.page.locator('a.theme-edit-this-page').getAttribute('href');
    expect(edit).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/edit\/main\/docs\/history\/index\.mdx$/);
    const report = new URL((await tab.page.getByRole('link', { name: '报告错误' }).first().getAttribute('href'))!);
    expect(report.pathname).toMatch(/\/issues\/new$/);
    expect(report.searchParams.get('page')).toMatch(/\/docs\/history$/);
    expect(report.searchParams.get('file')).toBe('docs/history/index.mdx');
    expect(await tab.page.locator('.theme-last-updated').count()).toBe(1);
    await tab.close();
  });

  it('pages have a description and Open Graph tags', async () => {
    const tab = await openPage(browser, samples.doc);
    const meta = (sel: string) => tab.page.locator(sel).first().getAttribute('content');
    await expect(meta('meta[name="description"]')).resolves.toMatch(/\S/);
    await expect(meta('meta[property="og:title"]')).resolves.toMatch(/历史/);
    await expect(meta('meta[property="og:description"]')).resolves.toMatch(/\S/);
    await expect(meta('meta[property="og:image"]')).resolves.toMatch(/^https:\/\/.+\.png$/);
    await tab.close();
  });

  it('doc tags are labelled in each locale, and client-side navigation renders Chinese from UTF-8 scripts', async () => {
    const en = await openPage(browser, '/en/docs/tags');
    await expect(en.page.getByRole('link', { name: /^Open weights/ }).count()).resolves.toBe(1);
    await en.close();

    const tab = await openPage(browser, '/docs/tags');
    // The scripts carry Chinese as UTF-8, not as \u escapes (src/plugins/utf8-scripts).
    const main = await tab.page.evaluate(async () => {
      const src = [...document.scripts].map((s) => s.src).find((u) => /\/main\.[0-9a-f]+\.js$/.test(u));
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

  it('the blog offers RSS and Atom feeds', async () => {
    for (const feed of ['/blog/rss.xml', '/blog/atom.xml']) {
      const tab = await openPage(browser, feed);
      const body = await tab.page.content();
      expect(body).toMatch(/welcome/);
      await tab.close();
    }
  });
});
