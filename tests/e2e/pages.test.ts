/**
 * Every page in both locales' sitemaps, once, in the browser: it hydrates, logs no console
 * error or uncaught exception (hydration errors only show here), has no failed request, asks
 * nothing of another origin while it runs, and still fits a 360 px wide window once
 * narrowed. What the HTML alone can tell (status, h1, description, links) is checked without
 * a browser in built-html.test.ts.
 *
 * Pages load a few at a time in separate contexts, and each test waits for hydration rather
 * than for the network to fall idle. One test per page, so a failure names the page and its
 * source file.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  hasHorizontalScroll,
  isKnownTooWide,
  launchBrowser,
  TabPool,
  tooWideElements,
} from './harness';
import { locales, sitemapPaths, sourceFileOfPath } from '../../scripts/lib/built-html';

/** Tabs loading at once: enough to overlap network and rendering on two cores, not more. */
const tabs = 4;
const phone = { width: 360, height: 740 };
const desktop = { width: 1280, height: 900 };

let browser: Browser;
let pool: TabPool;

beforeAll(async () => {
  browser = await launchBrowser();
  pool = new TabPool(browser, tabs, { viewport: desktop });
});
afterAll(async () => {
  await pool?.close();
  await browser?.close();
});

/** Resolves after the browser has rendered two more frames (a resize has been laid out and painted). */
const twoFrames = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  );

for (const locale of locales) {
  describe(`${locale || '/'}sitemap.xml`, () => {
    for (const path of sitemapPaths(locale)) {
      it.concurrent(
        `${path} hydrates without errors and fits a 360 px window`,
        async ({ expect }) => {
          const problems = await pool.use(async (tab) => {
            await tab.goto(encodeURI(path));
            // Narrowing the window re-renders the responsive parts (navbar, table of contents)
            // for a phone, so their errors and their width are caught as well.
            await tab.page.setViewportSize(phone);
            await tab.page.evaluate(twoFrames);
            const tooWide = await hasHorizontalScroll(tab.page);
            const found = [...tab.problems];
            const known = isKnownTooWide(path, { mobile: false });
            if (tooWide && !known)
              found.push(
                `wider than ${phone.width} px: ${(await tooWideElements(tab.page)).join(', ')}`,
              );
            if (!tooWide && known)
              found.push(`fits ${phone.width} px now: remove it from knownTooWide in harness.ts`);
            await tab.page.setViewportSize(desktop);
            return found;
          });
          const source = problems.length ? sourceFileOfPath(path) : undefined;
          expect(
            problems,
            `${path}${source ? ` (${source})` : ''}:\n    ${problems.join('\n    ')}`,
          ).toEqual([]);
        },
      );
    }
  });
}
