/**
 * Every page in both locales' sitemaps, once, in the browser, as a phone (360 px wide, under
 * mobile emulation, which enlarges text as phones do). Most run with their script: the page
 * hydrates, logs no console error or uncaught exception (hydration errors only show here), has
 * no failed request, asks nothing of another origin while it runs, and fits the phone's width.
 * The desktop layout is checked on sample pages of each kind (reader.test.ts and the tests of
 * each component). What the HTML alone can tell (status, h1, description, links) is checked
 * without a browser in built-html.test.ts.
 *
 * The ~200 generated model pages per locale share one template: the browser sees one per
 * family (the longest name, the hardest to fit), while built-html.test.ts reads every one of
 * them and model-pages.test.ts checks the template's behaviour, phone layout and axe. Pages
 * listing one tag's or one author's entries are sampled the same way (one of each kind).
 *
 * The English edition runs the same code as the Chinese one: the same theme, components and
 * islands, from the same sources. What differs is its text, and text decides the width. So of
 * the English docs below a section's index, and of the sampled English model pages, the
 * browser checks the layout only: with script off, whose layout is the reader's (a doc body is
 * the server's markup either way, and the model pages are rendered whole on the server), at a
 * fraction of the cost of a page that runs its script. Every other English page, the section
 * indexes among them, runs its script as the Chinese ones do (./sweep.ts).
 *
 * Pages load a few at a time in separate contexts, and each test waits for hydration rather
 * than for the network to fall idle. One test per page, so a failure names the page and its
 * source file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hasHorizontalScroll,
  isKnownTooWide,
  browserForFile,
  TabPool,
  tooWideElements,
} from './harness';
import { locales, sitemapPaths, sourceFileOfPath } from '../../scripts/lib/built-html';
import type { Page } from 'playwright-core';
import { listKind, modelIds, sampledLists, sampledModels, sweepOf } from './sweep';

/** Tabs loading at once: enough to overlap network and rendering on two cores, not more. */
const tabs = 4;
const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

const browser = browserForFile();
let pool: TabPool;
let layoutPool: TabPool;

beforeAll(() => {
  pool = new TabPool(browser(), tabs, phone);
  layoutPool = new TabPool(browser(), tabs, { ...phone, javaScriptEnabled: false });
});
afterAll(async () => {
  await Promise.all([pool?.close(), layoutPool?.close()]);
});

/** What is wrong with the page's width on the phone (knownTooWide, harness.ts, allowed for). */
async function widthProblems(page: Page, path: string): Promise<string[]> {
  const tooWide = await hasHorizontalScroll(page);
  const known = isKnownTooWide(path, { mobile: true });
  const width = `${phone.viewport.width} px`;
  if (tooWide && !known)
    return [`wider than ${width}: ${(await tooWideElements(page)).join(', ')}`];
  if (!tooWide && known) return [`fits ${width} now: remove it from knownTooWide in harness.ts`];
  return [];
}

/** A failure message naming the page, its source file and each problem. */
function described(path: string, problems: readonly string[]): string {
  const source = problems.length ? sourceFileOfPath(path) : undefined;
  return `${path}${source ? ` (${source})` : ''}:\n    ${problems.join('\n    ')}`;
}

for (const locale of locales) {
  describe(`${locale || '/'}sitemap.xml`, () => {
    const paths = sitemapPaths(locale);
    const swept = paths.filter((p) => sweepOf(p) === 'script');
    const laidOut = paths.filter((p) => sweepOf(p) === 'layout');
    it('the sweep covers every page but the model and list pages outside the samples', () => {
      const lists = paths.filter(listKind);
      const sampled = lists.filter((p) => sampledLists.has(p));
      expect(new Set(sampled.map(listKind)).size).toBe(sampled.length);
      expect(sampled.length).toBe(3);
      expect(paths.length - swept.length - laidOut.length).toBe(
        modelIds.size - sampledModels.size + lists.length - sampled.length,
      );
      // Chinese pages all run their script; English ones where their code could differ.
      if (locale === '') expect(laidOut).toEqual([]);
      else {
        expect(laidOut.length).toBeGreaterThan(50);
        expect(swept.filter((p) => p.startsWith('/en/docs/')).length).toBeGreaterThan(5);
      }
    });
    for (const path of [...swept, ...laidOut]) {
      const script = sweepOf(path) === 'script';
      const name = script
        ? `${path} hydrates without errors and fits a 360 px phone`
        : `${path} fits a 360 px phone (its layout, script off)`;
      it.concurrent(name, async ({ expect }) => {
        const problems = await (script ? pool : layoutPool).use(async (tab) => {
          await tab.goto(encodeURI(path));
          return [...tab.problems, ...(await widthProblems(tab.page, path))];
        });
        expect(problems, described(path, problems)).toEqual([]);
      });
    }
  });
}
