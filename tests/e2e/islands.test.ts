/**
 * Doc pages hydrate only their islands (src/plugins/islands), in Chromium against the built
 * site: the text of the page the browser loaded is in its HTML and in none of the scripts it
 * runs; its islands (a timeline, a comparison table, code blocks) work; its links navigate
 * within the site without a reload, and links to files the site serves outside its pages are
 * left to the browser; a formula page keeps its KaTeX stylesheet; another doc reached by a link,
 * and the first one reached again by going back, render whole from their pages' HTML.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import {
  baseUrl,
  browserForFile,
  executedModules,
  loadedScripts,
  openPage,
  scrolledIntoPlace,
} from './harness';

const browser = browserForFile();

/** A chapter with a timeline; one with code blocks; one with formulas; the models overview. */
const chapter = '/docs/history/llama-moment';
const withCode = '/docs/contributing/this-site';
const withMath = '/docs/fundamentals/transformer';

/** The longest run of text in the body's own paragraphs (outside islands). */
async function longestText(page: Page): Promise<string> {
  return page.evaluate(() => {
    let best = '';
    for (const p of document.querySelectorAll('.markdown p')) {
      if (p.closest('[data-island]')) continue;
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = (n.textContent ?? '').trim();
        if (text.length > best.length) best = text;
      }
    }
    return best;
  });
}

/**
 * Clicks `target` as a reader does: the button goes down, and comes up in a later task, not
 * in the same breath as Playwright's `click()`. `whileHeld` runs in between (by default, the
 * page gets two frames). The press focuses the target, which starts an island's rendering; a
 * click is dispatched only if the release lands on the element that was pressed.
 */
async function readerClick(
  page: Page,
  target: Locator,
  whileHeld: () => Promise<unknown> = () =>
    page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    ),
): Promise<void> {
  await scrolledIntoPlace(target);
  await target.hover();
  await page.mouse.down();
  await whileHeld();
  await page.mouse.up();
}

/**
 * Hides the first category of the page's first timeline with a reader's click (or `press`):
 * its island, which waits for the reader, renders and narrows its events.
 */
async function narrowTimeline(
  page: Page,
  press: (button: Locator) => Promise<void> = (button) => readerClick(page, button),
): Promise<void> {
  const group = page.getByRole('group', { name: '按类别显示事件' }).first();
  const events = group.locator('xpath=..').locator('ol > li > ol > li');
  const total = await events.count();
  expect(total).toBeGreaterThan(0);
  const button = group.getByRole('button').first();
  await press(button);
  await expect.poll(() => button.getAttribute('aria-pressed')).toBe('false');
  expect(await page.locator('[data-island-live] ol li').count()).toBeGreaterThan(0);
  expect(await events.count()).toBeLessThan(total);
}

/** Marks the window, so that a later check can tell a navigation without reload. */
const mark = (page: Page) =>
  page.evaluate(() => ((window as unknown as { atlasMark: number }).atlasMark = 1));
const marked = (page: Page) =>
  page.evaluate(() => (window as unknown as { atlasMark?: number }).atlasMark === 1);

describe('a doc page loaded directly', () => {
  it('has its text in the HTML and in none of the scripts the page runs', async () => {
    const tab = await openPage(browser(), chapter);
    const { page, problems } = tab;
    const text = await longestText(page);
    expect(text.length).toBeGreaterThan(30);
    const html = await (await page.request.get(new URL(chapter, baseUrl()).href)).text();
    expect(html).toContain(text);
    const scripts = await loadedScripts(page);
    expect(scripts.length).toBeGreaterThan(3);
    expect(scripts.filter((s) => s.includes(text))).toEqual([]);
    expect((await executedModules(page)).filter((m) => m.includes(text))).toEqual([]);
    expect(problems).toEqual([]);
    await tab.close();
  });

  it('runs its islands: the timeline filters, and the table sorts', async () => {
    const tab = await openPage(browser(), chapter);
    const { page, problems } = tab;
    const timeline = page.locator('[data-island] ol li').first();
    await expect.poll(() => timeline.count()).toBeGreaterThan(0);
    const count = page.locator('[data-island] p[role="status"]').first();
    const before = await count.innerText();
    // The timeline is the server's markup until the reader uses it; its buttons work at once.
    expect(await page.locator('[data-island-live]:has(ol li)').count()).toBe(0);
    await page.locator('[data-island] button[aria-pressed]').first().click();
    await expect.poll(() => count.innerText()).not.toBe(before);
    expect(await page.locator('[data-island-live]:has(ol li)').count()).toBe(1);
    expect(problems).toEqual([]);

    await tab.close();
  });

  it('runs its timeline on a tap on a phone', async () => {
    const tab = await openPage(browser(), chapter, {
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    // The finger is lifted before the browser makes the mousedown, mouseup and click of a tap
    // (a data page's kept table lost such taps: model-table.test.ts).
    await narrowTimeline(tab.page, async (button) => {
      await scrolledIntoPlace(button);
      await button.tap();
    });
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it("fetches a table's code only when the reader uses the table, and does what the reader did", async () => {
    const tab = await openPage(browser(), '/docs/models/falcon');
    const { page, problems } = tab;
    const island = page.locator('[data-island]:has(table)').first();
    const scripts = () =>
      page.evaluate(
        () => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js')).length,
      );
    await page.waitForLoadState('networkidle');
    const loaded = await scripts();
    // The server's table, complete, and no code for it yet.
    expect(await island.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-island-live]:has(table)').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(await scripts()).toBe(loaded);

    // One slow click: the code arrives while the button is still down (held half a second
    // more, time for the table to be ready), the table renders after the release, and the
    // click sorts it.
    const th = island.locator('thead th:has(button)').nth(1);
    const before = await th.getAttribute('aria-sort');
    await readerClick(page, th.locator('button'), async () => {
      await expect.poll(scripts).toBeGreaterThan(loaded);
      await page.waitForTimeout(500);
      expect(await page.locator('[data-island-live]:has(table)').count()).toBe(0);
    });
    await expect.poll(() => th.getAttribute('aria-sort')).not.toBe(before);
    expect(await page.locator('[data-island-live]:has(table)').count()).toBe(1);
    expect(await scripts()).toBeGreaterThan(loaded);
    expect(problems).toEqual([]);
    await tab.close();

    // Typing into the filter: the focus and the text reach the rendered table.
    const typed = await openPage(browser(), '/docs/models');
    const filter = typed.page.locator('[data-island] input[type="search"]').first();
    const rows = typed.page.locator('[data-island]:has(table) tbody tr').first();
    await filter.click();
    await filter.pressSequentially('qwen');
    await expect.poll(() => filter.inputValue()).toBe('qwen');
    await expect
      .poll(() => typed.page.evaluate(() => document.activeElement?.tagName))
      .toBe('INPUT');
    await expect.poll(() => rows.innerText()).toMatch(/Qwen/i);
    expect(typed.problems).toEqual([]);
    await typed.close();
  });

  it('renders a table at once when the address holds its state', async () => {
    const tab = await openPage(browser(), '/docs/models?models.q=qwen');
    await expect.poll(() => tab.page.locator('[data-island-live]:has(table)').count()).toBe(1);
    const first = tab.page.locator('[data-island-live] input[type="search"]').first();
    expect(await first.inputValue()).toBe('qwen');
    await expect
      .poll(() => tab.page.locator('[data-island-live] tbody tr').first().innerText())
      .toMatch(/Qwen/i);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it('copies a code block; the server highlights it, and only dark mode fetches the highlighter', async () => {
    const scripts = (page: Page) =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((n) => n.endsWith('.js')),
      );
    const colours = (page: Page) =>
      page
        .locator('[data-island] pre span[style*="color"]')
        .evaluateAll((spans) => spans.slice(0, 20).map((s) => (s as HTMLElement).style.color));

    const light = await openPage(browser(), withCode, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const block = light.page.locator('[data-island] .theme-code-block').first();
    // innerText puts a blank line after each of the block's line elements.
    const lines = (text: string) => text.trim().replace(/\n+/g, '\n');
    const code = lines(await block.locator('pre').innerText());
    expect(code.length).toBeGreaterThan(0);
    await block.hover();
    await block.locator('button:has([class*="copyButtonIcons"])').click();
    await expect
      .poll(async () => lines(await light.page.evaluate(() => navigator.clipboard.readText())))
      .toBe(code);
    const lightColours = await colours(light.page);
    expect(lightColours.length).toBeGreaterThan(0);
    await light.page.waitForLoadState('networkidle');
    const lightScripts = await scripts(light.page);
    expect(light.problems).toEqual([]);
    await light.close();

    const dark = await openPage(browser(), withCode, { colorScheme: 'dark' });
    await expect.poll(() => colours(dark.page)).not.toEqual(lightColours);
    expect(
      (await scripts(dark.page)).filter((s) => !lightScripts.includes(s)).length,
    ).toBeGreaterThan(0);
    expect(dark.problems).toEqual([]);
    await dark.close();
  });

  it('keeps the KaTeX stylesheet of a formula page after hydration', async () => {
    const tab = await openPage(browser(), withMath);
    const { page, problems } = tab;
    // First in the article (src/plugins/math), where hydration leaves it.
    expect(await page.locator('link[rel="stylesheet"][href*="katex"]').count()).toBe(1);
    expect(await page.locator('.markdown > link[rel="stylesheet"][href*="katex"]').count()).toBe(1);
    const font = await page
      .locator('.katex .mord')
      .first()
      .evaluate((el) => getComputedStyle(el).fontFamily);
    expect(font).toMatch(/KaTeX/);
    expect(problems).toEqual([]);
    await tab.close();
  });

  it('styles the formulas of a page reached by a client-side navigation', async () => {
    const tab = await openPage(browser(), '/docs/fundamentals');
    const { page, problems } = tab;
    try {
      await mark(page);
      await page.locator(`.theme-doc-sidebar-menu a[href="${withMath}"]`).click();
      await page.waitForURL((url) => url.pathname === withMath);
      await expect
        .poll(() =>
          page
            .locator('.katex .mord')
            .first()
            .evaluate((el) => getComputedStyle(el).fontFamily),
        )
        .toMatch(/KaTeX/);
      expect(await marked(page), 'no reload').toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await tab.close();
    }
  });
});

describe('links in a body that is the server markup', () => {
  it('navigate within the site without a reload, and back renders the first page whole', async () => {
    const tab = await openPage(browser(), chapter);
    const { page, problems } = tab;
    const first = await longestText(page);
    await mark(page);
    const link = page
      .locator('.markdown a[href^="/docs/"]:not([data-island] a):not([href*="#"])')
      .first();
    const target = (await link.getAttribute('href'))!;
    await link.click();
    await page.waitForURL((url) => url.pathname === target);
    expect(await marked(page)).toBe(true);
    // The next doc renders whole, its text read from its page's HTML, not from a script.
    await expect.poll(() => longestText(page)).not.toBe(first);
    const next = await longestText(page);
    expect(next.length).toBeGreaterThan(20);
    await expect.poll(() => page.locator('.table-of-contents a').count()).toBeGreaterThan(0);
    expect((await executedModules(page)).filter((m) => m.includes(next))).toEqual([]);
    // Its islands run there too (its timeline once used).
    await narrowTimeline(page);

    await page.goBack();
    await page.waitForURL((url) => url.pathname === chapter);
    await expect.poll(() => longestText(page)).toBe(first);
    expect(await marked(page)).toBe(true);
    await narrowTimeline(page);
    expect(problems).toEqual([]);
    await tab.close();
  });

  it('leave links to files outside the pages, and modified clicks, to the browser', async () => {
    const first = await openPage(browser(), chapter);
    const { page } = first;
    await mark(page);
    // A link as a chapter may hold one: to a file the site serves that is no page of it.
    await page.evaluate(() => {
      const a = document.createElement('a');
      a.href = '/llms.txt';
      a.id = 'file-link';
      a.textContent = 'llms.txt';
      document.querySelector('.markdown p')!.append(a);
    });
    await page.click('#file-link');
    await page.waitForURL((url) => url.pathname === '/llms.txt');
    expect(await marked(page)).toBe(false);
    await first.close();

    const second = await openPage(browser(), chapter);
    await mark(second.page);
    const link = second.page
      .locator('.markdown a[href^="/docs/"]:not([data-island] a):not([href*="#"])')
      .first();
    const opened = second.page.context().waitForEvent('page');
    await link.click({ modifiers: ['Control'] });
    await (await opened).close();
    expect(new URL(second.page.url()).pathname).toBe(chapter);
    await second.close();
  });
});

describe('a data page loaded directly (src/components/KeptUntilUsed)', () => {
  /** Whether React renders the element: it marks the nodes it owns with a fiber property. */
  const ownedByReact = (target: Locator) =>
    target.evaluate((el) => Object.keys(el).some((k) => k.startsWith('__reactFiber')));

  it('keeps the table and the chart as the server made them until the reader uses them', async () => {
    const tab = await openPage(browser(), '/models');
    const { page, problems } = tab;
    const th = page.locator('table thead th:has(button)').nth(1);
    const chart = page.locator('section[aria-labelledby="parameters"] svg[role="img"]').first();
    expect(await ownedByReact(th)).toBe(false);
    expect(await ownedByReact(chart)).toBe(false);
    // The first click, a reader's, sorts: the table renders under it and the click is replayed.
    const before = await th.getAttribute('aria-sort');
    await readerClick(page, th.locator('button'));
    await expect.poll(() => th.getAttribute('aria-sort')).not.toBe(before);
    expect(await ownedByReact(th)).toBe(true);
    // Each part renders on its own use: the chart below is still the server's.
    expect(await ownedByReact(chart)).toBe(false);
    expect(problems).toEqual([]);
    await tab.close();
  });

  it('follows a link in the kept markup without reloading the page', async () => {
    const tab = await openPage(browser(), '/tools');
    const { page, problems } = tab;
    await mark(page);
    const link = page
      .locator('section[aria-labelledby="entries"] a[href^="/organizations#"]')
      .first();
    const target = new URL((await link.getAttribute('href'))!, baseUrl());
    await link.click();
    await page.waitForURL((url) => url.pathname === target.pathname && url.hash === target.hash);
    await expect.poll(() => page.locator('h1').innerText()).not.toBe('工具数据表');
    expect(await marked(page)).toBe(true);
    expect(problems).toEqual([]);
    await tab.close();
  });

  it('renders at once when reached by a client-side navigation', async () => {
    const tab = await openPage(browser(), '/docs/tools');
    const { page } = tab;
    await mark(page);
    await page.locator('.markdown a[href="/tools"]').first().click();
    await page.waitForURL((url) => url.pathname === '/tools');
    const th = page.locator('table thead th').first();
    await expect.poll(() => ownedByReact(th)).toBe(true);
    expect(await marked(page)).toBe(true);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });
});
