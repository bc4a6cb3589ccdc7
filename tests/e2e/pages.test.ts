/**
 * Every page in both locales' sitemaps loads with status 200, shows its h1, logs no console
 * error, has no failed request and asks nothing of any other origin. One test per page, so
 * a failure names the page (and, through its edit link, the source file).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, sourceFileOf, type WatchedPage } from './harness';

const buildDir = join(import.meta.dirname, '..', '..', 'build');

/** Paths listed in a locale's sitemap.xml, read from the build so each becomes its own test. */
function sitemapPaths(locale: '' | '/en'): string[] {
  const xml = readFileSync(join(buildDir, locale, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decodeURI(new URL(m[1]!).pathname));
}

let browser: Browser;
let tab: WatchedPage;

beforeAll(async () => {
  browser = await launchBrowser();
  tab = await openPage(browser, '/');
});
afterAll(async () => {
  await tab?.close();
  await browser?.close();
});

describe('failure messages', () => {
  it('name the source file of a doc, in both locales', async () => {
    await tab.goto('/docs/history');
    expect(await sourceFileOf(tab.page)).toBe('docs/history/index.mdx');
    await tab.goto('/en/docs/history');
    expect(await sourceFileOf(tab.page)).toBe('docs/history/index.mdx');
  });
});

for (const locale of ['', '/en'] as const) {
  const paths = sitemapPaths(locale);
  describe(`${locale || '/'}sitemap.xml`, () => {
    it('lists the site', () => {
      expect(paths.length).toBeGreaterThan(50);
    });

    for (const path of paths) {
      it(`${path} loads cleanly with an h1`, async () => {
        await tab.goto(encodeURI(path));
        const { page, problems } = tab;
        // Late errors (hydration, diagrams rendered in the browser) surface once the page settles.
        await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
        const h1 = await page.locator('h1').first().textContent({ timeout: 5000 }).catch(() => null);
        if (!h1?.trim()) problems.push('no h1');
        if ((await page.locator('.katex-error').count()) > 0) problems.push('a formula rendered as .katex-error');
        const source = problems.length ? await sourceFileOf(page) : undefined;
        expect(problems, `${path}${source ? ` (${source})` : ''}:\n    ${problems.join('\n    ')}`).toEqual([]);
      });
    }
  });
}
