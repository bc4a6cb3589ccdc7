/**
 * Every page in both locales' sitemaps loads with status 200, shows its h1, logs no console
 * error, has no failed request and asks nothing of any other origin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, sitemapPaths, sourceFileOf, type WatchedPage } from './harness';

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

for (const locale of ['', '/en'] as const) {
  describe(`every page in ${locale || '/'}sitemap.xml`, () => {
    it('loads cleanly with an h1', async () => {
      const paths = await sitemapPaths(locale);
      expect(paths.length).toBeGreaterThan(10);
      const failures: string[] = [];
      for (const path of paths) {
        await tab.goto(path);
        const { page, problems } = tab;
        // Late errors (hydration, diagrams rendered in the browser) surface once the page settles.
        await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
        const h1 = await page.locator('h1').first().textContent({ timeout: 5000 }).catch(() => null);
        if (!h1?.trim()) problems.push('no h1');
        if ((await page.locator('.katex-error').count()) > 0) problems.push('a formula rendered as .katex-error');
        if (problems.length) {
          const source = await sourceFileOf(page);
          failures.push(`${path}${source ? ` (${source})` : ''}:\n    ${problems.join('\n    ')}`);
        }
      }
      expect(failures, failures.join('\n')).toEqual([]);
    });
  });
}
