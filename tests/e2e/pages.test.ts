/**
 * Every page in both locales' sitemaps, once, in the browser: it hydrates, logs no console
 * error or uncaught exception (hydration errors only show here), has no failed request, asks
 * nothing of another origin while it runs, and still fits a 360 px wide window once
 * narrowed. What the HTML alone can tell (status, h1, description, links) is checked without
 * a browser in built-html.test.ts.
 *
 * The ~200 generated model pages per locale share one template: the browser sees one per
 * family (the longest name, the hardest to fit), while built-html.test.ts reads every one of
 * them and model-pages.test.ts checks the template's behaviour, phone layout and axe. Pages
 * listing one tag's or one author's entries are sampled the same way (one of each kind).
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
import { join } from 'node:path';
import { loadAtlasData } from '../../src/data/load';

/** Tabs loading at once: enough to overlap network and rendering on two cores, not more. */
const tabs = 4;
const phone = { width: 360, height: 740 };
const desktop = { width: 1280, height: 900 };

const siteDir = join(import.meta.dirname, '..', '..');
const { data } = loadAtlasData({ dataDir: join(siteDir, 'src', 'data'), rootDir: siteDir });
const modelIds = new Set(data.models.map((m) => m.id));
/** Per family, the model with the longest name. */
const longestPerFamily = new Map<string, (typeof data.models)[number]>();
for (const m of data.models) {
  const seen = longestPerFamily.get(m.family);
  if (!seen || m.name.length > seen.name.length) longestPerFamily.set(m.family, m);
}
const sampledModels = new Set([...longestPerFamily.values()].map((m) => m.id));
/**
 * Pages listing the docs or posts under one tag or author: each kind is one template filled
 * with titles from front matter, so the browser sees the first of each kind per locale (the
 * indexes of all tags are swept as well) and built-html.test.ts reads every one.
 */
const listKind = (path: string) =>
  /^(?:\/en)?\/(docs\/tags|blog\/tags|blog\/authors)\/[^/]+$/.exec(path)?.[1];
const sampledLists = new Set(
  locales.flatMap((locale) => {
    const first = new Map<string, string>();
    for (const path of [...sitemapPaths(locale)].sort()) {
      const kind = listKind(path);
      if (kind && !first.has(kind)) first.set(kind, path);
    }
    return [...first.values()];
  }),
);
/** Model pages and list pages outside the samples are left to built-html.test.ts (see above). */
function inBrowserSweep(path: string): boolean {
  if (listKind(path)) return sampledLists.has(path);
  const id = /^(?:\/en)?\/models\/([^/]+)$/.exec(path)?.[1];
  return !id || !modelIds.has(id) || sampledModels.has(id);
}

const browser = browserForFile();
let pool: TabPool;

beforeAll(() => {
  pool = new TabPool(browser(), tabs, { viewport: desktop });
});
afterAll(async () => {
  await pool?.close();
});

/** Resolves after the browser has rendered two more frames (a resize has been laid out and painted). */
const twoFrames = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  );

for (const locale of locales) {
  describe(`${locale || '/'}sitemap.xml`, () => {
    const paths = sitemapPaths(locale);
    const swept = paths.filter(inBrowserSweep);
    it('the sweep covers every page but the model and list pages outside the samples', () => {
      const lists = paths.filter(listKind);
      const sampled = lists.filter((p) => sampledLists.has(p));
      expect(new Set(sampled.map(listKind)).size).toBe(sampled.length);
      expect(sampled.length).toBe(3);
      expect(paths.length - swept.length).toBe(
        modelIds.size - sampledModels.size + lists.length - sampled.length,
      );
    });
    for (const path of swept) {
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
