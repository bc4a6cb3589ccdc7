/**
 * The data components in a real browser, against the built site: the comparison table sorts
 * (mouse and keyboard, with aria-sort), filters (text and facets), keeps its state in the URL
 * across a reload and is complete without JavaScript; the other generated data pages fit a
 * 360 px window without mobile emulation (with it, and without errors, in the sweep of
 * pages.test.ts) and pass axe in light and dark mode (/models does, with its table controls, in
 * model-table.test.ts); a glossary term shows its definition on focus.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { join } from 'node:path';
import { loadAtlasData } from '../../src/data/load';
import { publishedMemory } from '../../src/data/memory-checks';
import { compareMemory } from '../../src/data/derive/memory-checks';
import {
  baseUrl,
  hasHorizontalScroll,
  executedModules,
  drawEverything,
  isKnownTooWide,
  browserForFile,
  openPage,
  axeTestInBothSchemes,
  waitForHydration,
} from './harness';

const dataPages = [
  '/models',
  '/organizations',
  '/tools',
  '/licenses',
  '/timeline',
  '/glossary',
] as const;
const siteDir = join(import.meta.dirname, '..', '..');
/** A chapter that uses <Term> in its text. */
const pageWithTerms = '/docs/fundamentals/attention';

const browser = browserForFile();

/**
 * From a model's page, follows its (last) link matching `link` to an anchor on the data page at
 * `pathname`: no reload; the page fetches what a client-side navigation did not bring, shows all
 * `count` of its `items` and scrolls the linked one into view.
 */
async function followsLinkToAnchor(
  model: string,
  link: string,
  pathname: string,
  items: string,
  count: number,
): Promise<void> {
  const tab = await openPage(browser(), `/models/${model}`);
  const { page } = tab;
  try {
    await page.evaluate(() => Object.assign(window, { atlasNoReload: true }));
    const anchor = page.locator(link).last();
    const id = decodeURIComponent((await anchor.getAttribute('href'))!.split('#')[1]!);
    await anchor.click();
    await page.waitForURL((url) => url.pathname === pathname);
    const target = page.locator(`[id="${id}"]`);
    await target.waitFor();
    expect(await page.evaluate(() => 'atlasNoReload' in window), 'no reload').toBe(true);
    expect(await page.locator(items).count()).toBe(count);
    await expect
      .poll(() =>
        target.evaluate((el) => {
          const { top } = el.getBoundingClientRect();
          return top >= 0 && top < window.innerHeight;
        }),
      )
      .toBe(true);
    expect(tab.problems).toEqual([]);
  } finally {
    await tab.close();
  }
}

/** The first comparison table on the page (the one in the "对比表" section on /models). */
const table = (page: Page): Locator => page.locator('table:has(thead button)').first();
const bodyRows = (page: Page) => table(page).locator('tbody tr');
const header = (page: Page, text: string) => table(page).locator('thead th', { hasText: text });

/** "46.7B" → 46.7, "110M" → 0.11, "1T" → 1000. */
function billions(text: string): number {
  const m = /([\d.]+)\s*([MBT])/.exec(text);
  if (!m) return NaN;
  const n = Number(m[1]);
  return m[2] === 'M' ? n / 1000 : m[2] === 'T' ? n * 1000 : n;
}

async function columnTexts(page: Page, columnIndex: number): Promise<string[]> {
  return bodyRows(page).evaluateAll(
    (rows, i) =>
      rows.map((r) => (r.children[i] as HTMLElement | undefined)?.innerText.trim() ?? ''),
    columnIndex,
  );
}

async function columnIndexOf(page: Page, text: string): Promise<number> {
  return table(page)
    .locator('thead th')
    .evaluateAll(
      (ths, t) => ths.findIndex((th) => (th as HTMLElement).innerText.includes(t)),
      text,
    );
}

const status = (page: Page) => page.locator('[role="status"]').first();

describe('ComparisonTable on /models', () => {
  it('sorts by click, cycling aria-sort ascending → descending → none', async () => {
    const tab = await openPage(browser(), '/models');
    const { page } = tab;
    const th = header(page, '参数量');
    const col = await columnIndexOf(page, '参数量');
    await th.locator('button').click();
    await expect.poll(() => th.getAttribute('aria-sort')).toBe('ascending');
    const asc = (await columnTexts(page, col)).map(billions);
    expect(asc.length).toBeGreaterThan(1);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));

    await th.locator('button').click();
    await expect.poll(() => th.getAttribute('aria-sort')).toBe('descending');
    const desc = (await columnTexts(page, col)).map(billions);
    expect(desc).toEqual([...desc].sort((a, b) => b - a));

    await th.locator('button').click();
    await expect.poll(() => th.getAttribute('aria-sort')).toBe(null);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it('sorts from the keyboard (Tab to the header button, Enter / Space)', async () => {
    const tab = await openPage(browser(), '/models');
    const { page } = tab;
    const button = header(page, '发布').locator('button');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => header(page, '发布').getAttribute('aria-sort')).toBe('ascending');
    await page.keyboard.press('Space');
    await expect.poll(() => header(page, '发布').getAttribute('aria-sort')).toBe('descending');
    const dates = await bodyRows(page)
      .locator('time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it('filters by text and announces the row count', async () => {
    const tab = await openPage(browser(), '/models');
    const { page } = tab;
    const total = await bodyRows(page).count();
    const name = (await bodyRows(page).first().locator('th').innerText()).trim();
    await page.getByLabel('按名称或别名筛选').first().fill(name);
    await expect.poll(() => bodyRows(page).count()).toBeLessThan(total);
    const shown = await bodyRows(page).count();
    expect(shown).toBeGreaterThan(0);
    const names = await bodyRows(page).locator('th').allInnerTexts();
    expect(names).toContain(name);
    await expect.poll(() => status(page).innerText()).toBe(`显示 ${shown} 条，共 ${total} 条`);

    await page.getByLabel('按名称或别名筛选').first().fill('<script>.*(🦙');
    await expect.poll(() => bodyRows(page).count()).toBe(0);
    await expect.poll(() => page.getByText('没有条目符合当前筛选条件。').count()).toBe(1);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it('filters by a facet (organisation)', async () => {
    const tab = await openPage(browser(), '/models');
    const { page } = tab;
    const total = await bodyRows(page).count();
    const select = page.getByLabel('机构', { exact: true }).first();
    const option = select.locator('option').nth(1);
    const [value, label] = [await option.getAttribute('value'), (await option.innerText()).trim()];
    await select.selectOption(value);
    // The rows stay the server's until the table's data has arrived (KeptUntilUsed) and the
    // filter is applied: wait for the narrowed list, not for any list.
    await expect.poll(() => bodyRows(page).count()).toBeLessThan(total);
    const col = await columnIndexOf(page, '机构');
    const orgs = await columnTexts(page, col);
    expect(orgs.length).toBeGreaterThan(0);
    for (const cell of orgs) expect(cell).toContain(label);
    expect(page.url()).toContain(`models.organization=${encodeURIComponent(value!)}`);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it('keeps filter and sort in the URL across a reload', async () => {
    const tab = await openPage(browser(), '/models');
    const { page } = tab;
    const name = (await bodyRows(page).first().locator('th').innerText()).trim();
    const query = name.slice(0, Math.max(3, Math.ceil(name.length / 2)));
    await page.getByLabel('按名称或别名筛选').first().fill(query);
    await header(page, '模型').locator('button').click();
    await header(page, '模型').locator('button').click();
    await expect.poll(() => header(page, '模型').getAttribute('aria-sort')).toBe('descending');
    const before = await bodyRows(page).locator('th').allInnerTexts();
    const url = new URL(page.url());
    expect(url.searchParams.get('models.q')).toBe(query);
    expect(url.searchParams.get('models.sort')).toBe('-name');

    // The state is restored by React: wait for hydration, not for the network to fall idle.
    await page.reload({ waitUntil: 'domcontentloaded' });
    await waitForHydration(page, tab.problems);
    await expect.poll(() => page.getByLabel('按名称或别名筛选').first().inputValue()).toBe(query);
    await expect.poll(() => header(page, '模型').getAttribute('aria-sort')).toBe('descending');
    expect(await bodyRows(page).locator('th').allInnerTexts()).toEqual(before);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it('is complete in the HTML: every model row is there without JavaScript', async () => {
    const tab = await openPage(browser(), '/models', { javaScriptEnabled: false });
    const { page } = tab;
    const rows = await bodyRows(page).count();
    expect(rows).toBeGreaterThan(0);
    await expect.poll(() => status(page).innerText()).toBe(`共 ${rows} 条`);
    // No control a reader can see or reach that would do nothing without script (the controls
    // keep their place, hidden, which also keeps them out of the tab order and away from
    // screen readers, so that showing them later moves nothing).
    const filter = page.getByLabel('按名称或别名筛选');
    expect(await filter.count()).toBe(1);
    expect(await filter.isVisible()).toBe(false);
    expect(await filter.evaluate((el) => getComputedStyle(el).visibility)).toBe('hidden');
    // Each row's checkbox is in the HTML, so that hydrating changes no row, but out of sight.
    const boxes = bodyRows(page).locator('th input[type="checkbox"]');
    expect(await boxes.count()).toBe(rows);
    expect(await boxes.first().isVisible()).toBe(false);
    // Every row links to its model's page, and the model's old anchor is still on the page.
    const targets = await bodyRows(page)
      .locator('th a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const path of targets) {
      expect(path).toMatch(/^\/models\/[a-z0-9-]+$/);
      const id = path.slice('/models/'.length);
      expect(await page.locator(`[id="${id}"]`).count(), `#${id}`).toBe(1);
    }
    await tab.close();
  });
});

/** /models' phone layout and axe are tested with its table controls in model-table.test.ts. */
const otherDataPages = dataPages.filter((p) => p !== '/models');

describe('generated data pages', () => {
  for (const path of otherDataPages) axeTestInBothSchemes(browser, path);

  it('/organizations says, for every organisation, when it was founded, by whom and where it is based', async () => {
    const { data } = loadAtlasData({ dataDir: join(siteDir, 'src', 'data'), rootDir: siteDir });
    const tab = await openPage(browser(), '/organizations');
    // Cards far down are drawn only as the reader nears them; innerText reads what is drawn.
    await drawEverything(tab.page);
    const cards = await tab.page
      .locator('article[id]')
      .evaluateAll((els) =>
        Object.fromEntries(els.map((el) => [el.id, (el as HTMLElement).innerText])),
      );
    for (const o of data.organizations) {
      const text = cards[o.id];
      expect(text, `no card for ${o.id}`).toBeDefined();
      expect(text).toContain(o.headquarters.city ?? o.headquarters.note);
      if (o.headquarters.note) expect(text).toContain(o.headquarters.note);
      if (o.founded) expect(text).toContain(o.founded.slice(0, 4));
      if (o.founded_note) expect(text).toContain(o.founded_note);
      for (const name of o.founders ?? []) expect(text).toContain(name);
      if (o.founders_note) expect(text).toContain(o.founders_note);
    }
    await tab.close();
  });

  it('every entry on /glossary is anchored at its id', async () => {
    const tab = await openPage(browser(), '/glossary');
    const ids = await tab.page.locator('article[id]').evaluateAll((as) => as.map((a) => a.id));
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    await tab.close();
  });

  it('/glossary keeps its terms out of the scripts of a page loaded on it', async () => {
    const { data } = loadAtlasData({ dataDir: join(siteDir, 'src', 'data'), rootDir: siteDir });
    const tab = await openPage(browser(), '/glossary');
    const ids = await tab.page.locator('article[id]').evaluateAll((as) => as.map((a) => a.id));
    expect(ids.length).toBe(data.terms.length);
    const modules = (await executedModules(tab.page)).join('\n');
    expect(modules.length).toBeGreaterThan(1000);
    // The longest definition: in the HTML, and (a boolean, so a failure does not print the
    // modules) in no module the page runs.
    const longest = data.terms.map((t) => t.definition).sort((a, b) => b.length - a.length)[0]!;
    await drawEverything(tab.page);
    expect(await tab.page.locator('main').innerText()).toContain(longest.slice(0, 20));
    expect(modules.includes(JSON.stringify(longest).slice(1, -1)), 'definition in a script').toBe(
      false,
    );
    expect(tab.problems).toEqual([]);
    await tab.close();
  });
});

describe('the cards of /organizations, /tools and /licenses', () => {
  const { data } = loadAtlasData({ dataDir: join(siteDir, 'src', 'data'), rootDir: siteDir });
  // A text only a card shows (not a table column), for each page.
  const cardOnly = {
    '/organizations': data.organizations.flatMap((o) => o.founders_note ?? []),
    '/tools': data.tools.flatMap((t) =>
      t.sources.filter((u) => u !== t.repository && u !== t.homepage),
    ),
    '/licenses': data.licenses.flatMap((l) => l.sources.filter((u) => u !== l.url)),
  };
  for (const [path, texts] of Object.entries(cardOnly)) {
    it(`${path} has every card in the HTML and their texts in none of its scripts`, async () => {
      const longest = [...texts].sort((a, b) => b.length - a.length)[0];
      expect(longest, `no card-only text for ${path}`).toBeTruthy();
      const tab = await openPage(browser(), path);
      try {
        const collection = path.slice(1) as 'organizations' | 'tools' | 'licenses';
        expect(await tab.page.locator('article[id]').count()).toBe(data[collection].length);
        expect(await tab.page.locator('main').innerHTML()).toContain(
          longest!.replaceAll('&', '&amp;').slice(0, 30),
        );
        const modules = (await executedModules(tab.page)).join('\n');
        expect(modules.length).toBeGreaterThan(1000);
        // A boolean, so that a failure does not print the modules.
        expect(
          modules.includes(JSON.stringify(longest).slice(1, -1)),
          'card text in a script',
        ).toBe(false);
        // The table still works: it sorts on a click.
        const before = await bodyRows(tab.page).first().innerText();
        await header(
          tab.page,
          path === '/tools' ? '首次发布' : path === '/licenses' ? '类型' : '成立',
        )
          .locator('button')
          .click();
        await expect.poll(() => bodyRows(tab.page).first().innerText()).not.toBe(before);
        expect(tab.problems).toEqual([]);
      } finally {
        await tab.close();
      }
    });
  }

  it('/organizations reached by a client-side navigation fetches its cards and scrolls to the one linked', async () => {
    // The model of the organisation whose card comes last: far down the page.
    const withModels = data.organizations.filter((o) =>
      data.models.some((m) => m.organizations.includes(o.id)),
    );
    const org = withModels.sort((a, b) => a.name.localeCompare(b.name)).at(-1)!;
    const model = data.models.find((m) => m.organizations.includes(org.id))!;
    await followsLinkToAnchor(
      model.id,
      `main dl a[href="/organizations#${org.id}"]`,
      '/organizations',
      'article[id]',
      data.organizations.length,
    );
  });
});

describe('Term', () => {
  // Each check reads the link's aria-describedby right when it uses it: if React ever has to
  // re-render a page on the client, the ids it generates change.
  async function focusedTooltip(page: Page, index: number) {
    const link = page.locator('article a[href*="/glossary#"][aria-describedby]').nth(index);
    await link.focus();
    // The tooltip opens on React's next commit after focus: wait for it rather than race it.
    await page
      .waitForFunction(
        () => {
          const a = document.activeElement;
          const tip = a && document.getElementById(a.getAttribute('aria-describedby') ?? '');
          return Boolean(tip && getComputedStyle(tip).display !== 'none');
        },
        undefined,
        { timeout: 5000 },
      )
      .catch(() => undefined);
    return page.evaluate(() => {
      const a = document.activeElement as HTMLAnchorElement | null;
      const tip = a ? document.getElementById(a.getAttribute('aria-describedby') ?? '') : null;
      if (!a || !tip) return undefined;
      const box = tip.getBoundingClientRect();
      return {
        href: a.getAttribute('href') ?? '',
        role: tip.getAttribute('role'),
        visible: getComputedStyle(tip).display !== 'none' && box.width > 0,
        text: tip.innerText,
        left: box.left,
        right: box.right,
        viewport: document.documentElement.clientWidth,
        // Under mobile emulation the page's layout widens to what reaches past the screen, so
        // a definition that does shows up here and not in `viewport`.
        pageWidth: document.documentElement.scrollWidth,
      };
    });
  }

  it('shows its definition on keyboard focus, dismisses it with Escape, and links to the glossary', async () => {
    const tab = await openPage(browser(), pageWithTerms);
    const { page } = tab;
    const link = page.locator('article a[href*="/glossary#"][aria-describedby]').first();
    const hiddenBefore = await page.evaluate(() => {
      const a = document.querySelector('article a[href*="/glossary#"][aria-describedby]');
      const tip = a && document.getElementById(a.getAttribute('aria-describedby') ?? '');
      return tip ? getComputedStyle(tip).display === 'none' : undefined;
    });
    expect(hiddenBefore).toBe(true);

    const shown = await focusedTooltip(page, 0);
    expect(shown?.role).toBe('tooltip');
    expect(shown?.visible).toBe(true);
    expect(shown?.text.length).toBeGreaterThan(5);

    await page.keyboard.press('Escape');
    await expect
      .poll(() =>
        page.evaluate(() => {
          const a = document.activeElement;
          const tip = a && document.getElementById(a.getAttribute('aria-describedby') ?? '');
          return tip ? getComputedStyle(tip).display : 'missing';
        }),
      )
      .toBe('none');

    const id = shown!.href.split('#')[1]!;
    await link.click();
    await page.waitForURL(/\/glossary#/);
    await expect
      .poll(() => page.locator(`article[id="${id}"]`).count(), { timeout: 15_000 })
      .toBe(1);
    await tab.close();
  });

  it('keeps the tooltip on screen on a 360 px phone', async () => {
    const tab = await openPage(browser(), pageWithTerms, {
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const n = Math.min(
      await tab.page.locator('article a[href*="/glossary#"][aria-describedby]').count(),
      8,
    );
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      // The shift into view happens on the next animation frame.
      await expect
        .poll(async () => {
          const tip = await focusedTooltip(tab.page, i);
          return (
            tip &&
            tip.visible &&
            tip.left >= 0 &&
            tip.right <= tip.viewport + 1 &&
            tip.pageWidth <= 361
          );
        })
        .toBe(true);
    }
    // knownTooWide (harness.ts) lists the pages still too wide; the check fails once they fit.
    expect(await hasHorizontalScroll(tab.page)).toBe(
      isKnownTooWide(pageWithTerms, { mobile: true }),
    );
    await tab.close();
  });
});

describe('data ships with the pages that show it', () => {
  it('/models HTML stays lean: at most 1,400 bytes a model row, 60 KB besides the table', async () => {
    // The page grows with the data (one row per model); what must not grow is the markup of a
    // row (1,225 bytes at 216 models) or of the page around the table (46 KB).
    const { data } = loadAtlasData({ dataDir: join(siteDir, 'src', 'data'), rootDir: siteDir });
    const html = await (await fetch(new URL('/models', baseUrl()))).text();
    // The entries and their anchors are still there (the minifier drops the quotes).
    expect(html).toMatch(/id="?mixtral-8x7b[" >]/);
    const start = html.indexOf('<tbody');
    const end = html.indexOf('</table>', start);
    expect(start).toBeGreaterThan(0);
    const table = Buffer.byteLength(html.slice(start, end));
    const rows = html.slice(start, end).match(/<tr[ >]/g)?.length ?? 0;
    expect(rows).toBe(data.models.length);
    expect(table / rows).toBeLessThanOrEqual(1_400);
    expect(Buffer.byteLength(html) - table).toBeLessThanOrEqual(60_000);
  });

  it('/models keeps its rows out of the page script until the reader uses the table, then sorts', async () => {
    const { data } = loadAtlasData({ dataDir: join(siteDir, 'src', 'data'), rootDir: siteDir });
    // Aliases: only the rows carry them (for the table's text filter), not names.json. Not those
    // written like a model id (the route table names every model page).
    const aliases = data.models
      .flatMap((m) => m.aliases)
      .filter((a) => a.length > 12 && /[A-Z ]/.test(a));
    expect(aliases.length).toBeGreaterThan(20);
    const tab = await openPage(browser(), '/models', { waitUntil: 'networkidle' });
    const { page } = tab;
    try {
      await waitForHydration(page, tab.problems);
      const shipped = async () => {
        const code = (await executedModules(page)).join('\n');
        return aliases.filter((a) => code.includes(JSON.stringify(a).slice(1, -1))).length;
      };
      expect(await shipped(), 'aliases in the scripts of the page as loaded').toBe(0);
      expect(await bodyRows(page).count()).toBe(data.models.length);
      // A click on a column header fetches the rows, renders the table and sorts it.
      const before = await bodyRows(page).first().innerText();
      await header(page, '发布').locator('button').click();
      await expect.poll(() => bodyRows(page).first().innerText()).not.toBe(before);
      expect(await shipped()).toBeGreaterThan(aliases.length / 2);
      expect(await bodyRows(page).count()).toBe(data.models.length);
      expect(tab.problems).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  it('/models reached by a client-side navigation fetches its rows and shows the table', async () => {
    const { data } = loadAtlasData({ dataDir: join(siteDir, 'src', 'data'), rootDir: siteDir });
    const tab = await openPage(browser(), `/models/${data.models[0]!.id}`);
    const { page } = tab;
    try {
      await waitForHydration(page, tab.problems);
      await page.evaluate(() => Object.assign(window, { atlasNoReload: true }));
      // The model page's kind line links back to the table.
      await page.locator('main header a[href="/models"]').click();
      await page.waitForURL((url) => url.pathname === '/models');
      await expect.poll(() => bodyRows(page).count()).toBe(data.models.length);
      expect(await page.evaluate(() => 'atlasNoReload' in window), 'no reload').toBe(true);
      await expect.poll(() => page.locator('main figure svg title').count()).toBeGreaterThan(100);
      expect(tab.problems).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  it('a chapter with a family table loads no script naming a model it does not show', async () => {
    const { data } = loadAtlasData({ dataDir: join(siteDir, 'src', 'data'), rootDir: siteDir });
    const tab = await openPage(browser(), '/docs/models/qwen', { waitUntil: 'networkidle' });
    await tab.page.waitForSelector('html[data-has-hydrated]', { state: 'attached' });
    const shown = await tab.page.evaluate(() => document.documentElement.outerHTML);
    const qwen = data.models.filter((m) => m.family === 'qwen');
    expect(qwen.length).toBeGreaterThan(1);
    for (const m of qwen) expect(shown).toContain(m.name);
    const unrelated = data.models.filter((m) => !shown.includes(m.name)).map((m) => m.name);
    expect(unrelated.length).toBeGreaterThan(50);
    // Entries as data ("name":"…" in a JSON module or a data prop), not doc titles in the sidebar.
    const asData = async () => {
      const code = (await executedModules(tab.page)).map((js) => js.replace(/\\"/g, '"'));
      return (name: string) => code.some((js) => js.includes(`"name":${JSON.stringify(name)}`));
    };
    // The table is the server's markup until the reader uses it: no rows in any script yet.
    const before = await asData();
    expect(qwen.map((m) => m.name).filter(before)).toEqual([]);
    // A click on a column header fetches the table's code and its rows, and sorts.
    const table = tab.page.locator('[data-island]:has(table)').first();
    await table.locator('thead th:has(button) button').nth(1).click();
    await expect.poll(() => tab.page.locator('[data-island-live]:has(table)').count()).toBe(1);
    const isData = await asData();
    // The family's own rows are there, in the form looked for.
    expect(qwen.map((m) => m.name).filter((name) => !isData(name))).toEqual([]);
    const leaked = unrelated.filter(isData);
    expect(leaked, 'models shipped to a page that does not show them').toEqual([]);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it.each([
    ['a chapter timeline', '/docs/history/llama-moment'],
    ['/timeline', '/timeline'],
  ])(
    '%s keeps its events out of the page script until a category button narrows it',
    async (_, path) => {
      const tab = await openPage(browser(), path, {
        waitUntil: 'networkidle',
      });
      const { page } = tab;
      await waitForHydration(page, tab.problems);
      const buttons = page
        .getByRole('group', { name: '按类别显示事件' })
        .first()
        .getByRole('button');
      const timeline = page
        .getByRole('group', { name: '按类别显示事件' })
        .first()
        .locator('xpath=..');
      const events = timeline.locator('ol > li > ol > li');
      const status = timeline.locator('[role="status"]');
      const total = await events.count();
      expect(total).toBeGreaterThan(10);
      await expect.poll(() => status.textContent()).toBe(`共 ${total} 个事件`);
      // Descriptions of the events, as the server rendered them: no script the page ran holds one.
      const descriptions = await events.evaluateAll((items) =>
        items
          .slice(0, 5)
          .map((li) => li.querySelectorAll(':scope > p')[1]?.textContent?.trim() ?? ''),
      );
      expect(descriptions.every((d) => d.length > 20)).toBe(true);
      const inScripts = async () => {
        const code = (await executedModules(page)).join('\n');
        return descriptions.filter((d) => code.includes(d));
      };
      expect(await inScripts()).toEqual([]);
      // The first button hides its category: the events are fetched, and the list and count follow.
      expect(await buttons.count()).toBeGreaterThan(1);
      const first = buttons.first();
      await first.click();
      await expect.poll(() => first.getAttribute('aria-pressed')).toBe('false');
      await expect
        .poll(async () => (await inScripts()).length, {
          message: 'events fetched on the first narrowing',
        })
        .toBeGreaterThan(0);
      const shown = await events.count();
      expect(shown).toBeGreaterThan(0);
      expect(shown).toBeLessThan(total);
      await expect.poll(() => status.textContent()).toBe(`显示 ${shown} 个事件，共 ${total} 个`);
      await first.click();
      await expect.poll(() => events.count()).toBe(total);
      await expect.poll(() => status.textContent()).toBe(`共 ${total} 个事件`);
      expect(tab.problems).toEqual([]);
      await tab.close();
    },
  );

  it('/timeline reached by a client-side navigation fetches its events and scrolls to the one linked', async () => {
    const { data } = loadAtlasData({ dataDir: join(siteDir, 'src', 'data'), rootDir: siteDir });
    // A model's newest release event: far down the page, which runs from the oldest year.
    const model = [...data.models].sort((a, b) =>
      String(b.released).localeCompare(String(a.released)),
    )[0]!;
    await followsLinkToAnchor(
      model.id,
      'main a[href^="/timeline#"]',
      '/timeline',
      'main li[id]',
      data.events.length,
    );
  });

  it('a timeline and a chart reached by client-side navigation fetch their data and show it', async () => {
    const tab = await openPage(browser(), '/docs/history');
    const { page } = tab;
    await page.locator('article a[href="/docs/history/timeline"]').first().click();
    await page.waitForURL((url) => url.pathname === '/docs/history/timeline');
    const timeline = page
      .getByRole('group', { name: '按类别显示事件' })
      .first()
      .locator('xpath=..');
    await expect
      .poll(() => timeline.locator('[role="status"]').textContent())
      .toMatch(/^共 \d+ 个事件$/);
    const total = Number(
      /\d+/.exec((await timeline.locator('[role="status"]').textContent())!)![0],
    );
    expect(total).toBeGreaterThan(100);
    await expect.poll(() => timeline.locator('ol > li > ol > li').count()).toBe(total);
    // /docs/models from its sidebar neighbour: the parameter chart draws a mark per model.
    await page.goto(new URL('/docs/models/llama', baseUrl()).href);
    await waitForHydration(page, tab.problems);
    await page.locator('.theme-doc-sidebar-menu a[href="/docs/models"]').first().click();
    await page.waitForURL((url) => url.pathname === '/docs/models');
    // The chart's marks arrive with its data, after the page's other figures.
    await expect
      .poll(() => page.locator('figure svg title').count(), { timeout: 30_000 })
      .toBeGreaterThan(100);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  // Without mobile emulation Chromium keeps the layout viewport at the width asked for, so
  // anything wider than the screen shows up in scrollWidth.
  for (const path of otherDataPages) {
    it(`${path} fits 360 px without mobile emulation`, async () => {
      const tab = await openPage(browser(), path, { viewport: { width: 360, height: 740 } });
      await drawEverything(tab.page);
      const width = await tab.page.evaluate(() => document.documentElement.scrollWidth);
      const wide = await tab.page.evaluate(() =>
        [...document.querySelectorAll('main *')]
          .filter(
            (el) =>
              el.getBoundingClientRect().right > 361 &&
              !el.closest('[tabindex="0"][role="region"]'),
          )
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`),
      );
      expect(width, `wider than 360 px: ${wide.join(', ')}`).toBeLessThanOrEqual(360);
      expect(tab.problems).toEqual([]);
      await tab.close();
    });
  }
});

describe('MemoryCheck in the memory chapter', () => {
  const path = '/docs/fundamentals/memory';
  axeTestInBothSchemes(browser, path);

  it('sets every published memory figure beside the figure the atlas computes from its data', async () => {
    const { data } = loadAtlasData({ dataDir: join(siteDir, 'src', 'data'), rootDir: siteDir });
    const expected = compareMemory(publishedMemory, (id) => data.models.find((m) => m.id === id)!);
    const tab = await openPage(browser(), path);
    const check = tab.page.locator('[role="region"]:has(table caption)').filter({
      hasText: '开发者公布的显存数字',
    });
    const rows = check.locator('tbody tr');
    expect(await rows.count()).toBe(expected.length);
    const shown = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({
        kind: tr.getAttribute('data-kind'),
        gb: Number(tr.querySelector('td[data-gb]')?.getAttribute('data-gb')),
        href: tr.querySelector('td a')?.getAttribute('href'),
      })),
    );
    expect(shown).toEqual(expected.map((r) => ({ kind: r.kind, gb: r.atlasGb, href: r.source })));
    // The region scrolls by itself on a phone, and takes keyboard focus to do so.
    await check.focus();
    expect(await check.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it('fits a 360 px window without mobile emulation, the table scrolling inside its region', async () => {
    const tab = await openPage(browser(), path, { viewport: { width: 360, height: 740 } });
    await drawEverything(tab.page);
    const width = await tab.page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });
});
