/**
 * The model table made for scanning (issue 16) and the openness ranking (issue 17, item 7), in
 * Chromium against the built site: compact openness symbols with a legend and their text on
 * focus, sticky header and first column, no clipped cells, columns a reader shows or hides
 * (kept in the URL), count and 清除筛选, row selection for the compare page, the card layout on
 * a 360 px phone (with and without mobile emulation), the small-models chapter opening filtered,
 * the ranking page's filters and unrated list, and axe in light and dark mode.
 */
import { opennessView } from '../../src/data/derive/openness';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { loadAtlasData } from '../../src/data/load';
import { phoneRows } from '../../src/components/ComparisonTable/logic';
import { join } from 'node:path';
import {
  baseUrl,
  executedModules,
  hasHorizontalScroll,
  layoutShifts,
  browserForFile,
  openPage,
  axeTestInBothSchemes,
  scrolledIntoPlace,
  seriousAxeViolationsInBothSchemes,
  tooWideElements,
} from './harness';

const siteDir = join(import.meta.dirname, '..', '..');
const { data: atlas } = loadAtlasData({ dataDir: join(siteDir, 'src', 'data'), rootDir: siteDir });
const models = atlas.models;
const phone = { width: 360, height: 740 };

const browser = browserForFile();

const table = (page: Page): Locator => page.locator('table:has(thead button)').first();
const bodyRows = (page: Page) => table(page).locator('tbody tr');
const headers = (page: Page) =>
  table(page)
    .locator('thead th')
    .evaluateAll((ths) => ths.map((th) => (th as HTMLElement).innerText.trim()));
/** The table's (or the ranking's) result count; doc pages have other live regions too. */
const status = (page: Page) => page.locator('p[role="status"]').first();

describe('openness at a glance', () => {
  it('shows one symbol per component, a legend, and the full text on focus', async () => {
    const tab = await openPage(browser(), '/models');
    const { page } = tab;
    await expect.poll(() => page.getByText('开放程度图例：').count()).toBeGreaterThan(0);
    const first = bodyRows(page).first();
    const img = first.locator('[role="img"]');
    const label = (await img.getAttribute('aria-label')) ?? '';
    const id = await first.locator('th a').getAttribute('href');
    // Model names link to the model's own page, /models/<id>.
    expect(models.some((m) => id === `/models/${m.id}`)).toBe(true);
    const components = 18;
    // The score, then one line per level present naming its components, except the level most
    // components have, which the last line names as "the rest".
    const lines = label.split('\n');
    // One empty element per component, its tag naming the level (levelTag in OpennessSymbols).
    const shapes = img.locator(':scope > :is(b, i, s, u, q)');
    const tags = await shapes.evaluateAll((els) => els.map((e) => e.tagName));
    const perLevel = [...new Set(tags)].map((t) => tags.filter((x) => x === t).length);
    expect(lines).toHaveLength(perLevel.length + 1);
    expect(lines.at(-1)).toMatch(perLevel.length === 1 ? /^各项均为/ : /^其余各项：/);
    const named = lines.slice(1, -1).flatMap((l) => l.split('：')[1]!.split('、'));
    expect(named).toHaveLength(components - Math.max(...perLevel));
    for (const name of ['基座模型权重', '训练代码', '预训练数据', '获取条件'])
      expect(named.filter((n) => n === name).length).toBeLessThanOrEqual(1);
    expect(await shapes.count()).toBe(components);
    expect(await img.evaluate((el) => el.children.length)).toBe(components);
    // Keyboard focus shows the same text as a tooltip (drawn from the accessible name). The focus
    // fetches the table's rows and renders it; the focus moves to the rendered symbol.
    await img.focus();
    await expect
      .poll(() => img.evaluate((el) => getComputedStyle(el, '::after').content))
      .toContain(label.split('\n')[1]!);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });
});

describe('the model table on /models', () => {
  it('keeps header and first column in view while its box scrolls, and clips no cell', async () => {
    const tab = await openPage(browser(), '/models');
    const { page } = tab;
    const box = page.locator('[role="region"]:has(table)').first();
    await box.evaluate((el) => el.scrollTo(400, 600));
    const [region, head, rowHead] = await Promise.all([
      box.boundingBox(),
      table(page).locator('thead th').nth(2).boundingBox(),
      bodyRows(page).nth(20).locator('th').boundingBox(),
    ]);
    expect(Math.abs(head!.y - region!.y)).toBeLessThan(2);
    expect(Math.abs(rowHead!.x - region!.x)).toBeLessThan(2);
    const clipped = await table(page)
      .locator('tbody td, tbody th')
      .evaluateAll((cells) =>
        cells
          .filter((c) => c.scrollWidth > c.clientWidth + 1)
          .slice(0, 5)
          .map((c) => c.textContent),
      );
    expect(clipped).toEqual([]);
    // The architecture column does not break "仅解码器" apart: one line box per cell.
    const archColumn = (await headers(page)).findIndex((h) => h.includes('架构')) + 1;
    expect(archColumn).toBeGreaterThan(1);
    const archLines = await table(page)
      .locator(`tbody td:nth-child(${archColumn}) > span`)
      .evaluateAll((spans) => spans.map((s) => s.getClientRects().length));
    expect(archLines.length).toBe(await bodyRows(page).count());
    expect(archLines.filter((n) => n !== 1)).toEqual([]);
    // Compact: most rows are one line (the old table's rows were about 124 px); only long
    // organisation or licence names wrap.
    const rowHeights = await bodyRows(page).evaluateAll((trs) =>
      trs.map((tr) => tr.getBoundingClientRect().height).sort((a, b) => a - b),
    );
    expect(rowHeights[Math.floor(rowHeights.length / 2)]).toBeLessThan(40);
    expect(Math.max(...rowHeights)).toBeLessThan(120);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it('shows and hides columns, in the URL and across a reload', async () => {
    const tab = await openPage(browser(), '/models');
    const { page } = tab;
    expect(await headers(page)).not.toContain('系列');
    await page.locator('summary', { hasText: '显示的列' }).click();
    const chooser = page.locator('details:has(summary:text("显示的列"))');
    await chooser.getByLabel('上下文长度').uncheck();
    await chooser.getByLabel('系列').check();
    await expect.poll(() => headers(page)).toContain('系列');
    expect(await headers(page)).not.toContain('上下文长度');
    const cols = new URL(page.url()).searchParams.get('models.cols')!.split(',');
    expect(cols).toContain('family');
    expect(cols).not.toContain('context_length');
    await page.reload();
    await page.locator('html[data-has-hydrated]').waitFor({ state: 'attached' });
    await expect.poll(() => headers(page)).toContain('系列');
    expect(await headers(page)).not.toContain('上下文长度');
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it('counts the rows a filter leaves and clears every filter at once', async () => {
    const tab = await openPage(browser(), '/models');
    const { page } = tab;
    const total = models.length;
    await expect.poll(() => status(page).innerText()).toBe(`共 ${total} 条`);
    await page.getByLabel('参数规模', { exact: true }).first().selectOption('lt10');
    await page.getByLabel('按名称或别名筛选').first().fill('l');
    const small = models.filter(
      (m) => m.parameters.total < 10 && [m.name, m.id, ...m.aliases].some((t) => /l/i.test(t)),
    ).length;
    await expect.poll(() => status(page).innerText()).toBe(`显示 ${small} 条，共 ${total} 条`);
    expect(await bodyRows(page).count()).toBe(small);
    await page.getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(() => bodyRows(page).count()).toBe(total);
    expect(
      [...new URL(page.url()).searchParams.keys()].filter((k) => k.startsWith('models.')),
    ).toEqual([]);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it('selects rows by keyboard and links 2–4 of them to the compare page', async () => {
    const tab = await openPage(browser(), '/models');
    const { page } = tab;
    const boxes = bodyRows(page).locator('th input[type="checkbox"]');
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      await boxes.nth(i).focus();
      await page.keyboard.press('Space');
      const href = await bodyRows(page).nth(i).locator('th a').getAttribute('href');
      ids.push(href!.split('/').at(-1)!);
      if (i === 0) expect(await page.getByRole('link', { name: '对比所选' }).count()).toBe(0);
    }
    const link = page.getByRole('link', { name: '对比所选' });
    expect(await link.getAttribute('href')).toBe(`/models/compare?ids=${ids.join(',')}`);
    // A fifth cannot be added: the compare page takes at most four.
    expect(await boxes.nth(4).isDisabled()).toBe(true);
    await page.getByRole('button', { name: '取消选择' }).click();
    expect(await link.count()).toBe(0);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  for (const mobile of [true, false]) {
    it(`is a card per model on a 360 px phone (${mobile ? 'with' : 'without'} mobile emulation)`, async () => {
      const tab = await openPage(browser(), '/models', {
        viewport: phone,
        ...(mobile ? { isMobile: true, hasTouch: true } : {}),
      });
      const { page } = tab;
      expect(await hasHorizontalScroll(page), (await tooWideElements(page)).join(', ')).toBe(false);
      const row = bodyRows(page).first();
      const rowBox = (await row.boundingBox())!;
      expect(rowBox.width).toBeLessThanOrEqual(phone.width);
      // Each fact is headed by its column's name.
      const labels = await row
        .locator('td')
        .evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content));
      const names = await table(page)
        .locator('thead th')
        .evaluateAll((ths) => ths.slice(1).map((th) => th.textContent?.trim() ?? ''));
      expect(labels).toHaveLength(names.length);
      expect(labels.length).toBeGreaterThan(3);
      labels.forEach((label, i) => {
        expect(label).toMatch(/^".+"$/);
        expect(names[i]).toContain(JSON.parse(label) as string);
      });
      expect(await row.evaluate((tr) => getComputedStyle(tr).display)).toBe('grid');
      // Two facts to a line: a card stays well under a phone screen's height (740 px).
      expect(rowBox.height).toBeLessThan(400);
      expect(tab.problems).toEqual([]);
      await tab.close();
    });
  }
});

describe('/models on a phone: the first cards, then the rest on request', () => {
  const shown = (page: Page) =>
    bodyRows(page).evaluateAll(
      (rows) => rows.filter((r) => getComputedStyle(r).display !== 'none').length,
    );

  // A phone's tap: the finger is lifted (`pointerup`, `touchend`) before the browser makes the
  // `mousedown`, `mouseup` and `click` of it, in a later task; a mouse's click, for comparison.
  for (const how of ['tap', 'click'] as const) {
    it(`shows 30 cards from the first paint and the rest when the reader asks (${how})`, async () => {
      const tab = await openPage(browser(), '/models', {
        viewport: phone,
        isMobile: true,
        hasTouch: true,
      });
      const { page } = tab;
      const total = await bodyRows(page).count();
      expect(total).toBeGreaterThan(phoneRows);
      expect(await shown(page)).toBe(phoneRows);
      const more = page.getByRole('button', { name: `显示全部 ${total} 条` });
      await scrolledIntoPlace(more);
      // The table is the server's markup until this use, which it replays once rendered.
      await more[how]();
      await expect.poll(() => shown(page)).toBe(total);
      expect(await more.count()).toBe(0);
      expect(tab.problems).toEqual([]);
      await tab.close();
    });
  }

  it('a filter that leaves fewer rows shows them all, with no button', async () => {
    const tab = await openPage(browser(), '/models', { viewport: phone });
    const { page } = tab;
    await page.getByLabel('按名称或别名筛选').fill('Llama');
    await expect.poll(() => bodyRows(page).count()).toBeLessThan(phoneRows);
    expect(await shown(page)).toBe(await bodyRows(page).count());
    expect(await page.getByRole('button', { name: /^显示全部/ }).count()).toBe(0);
    await tab.close();
  });

  it('shows every card without JavaScript', async () => {
    const tab = await openPage(browser(), '/models', { viewport: phone, javaScriptEnabled: false });
    const { page } = tab;
    const total = await bodyRows(page).count();
    expect(total).toBeGreaterThan(phoneRows);
    expect(await shown(page)).toBe(total);
    await tab.close();
  });

  it('shows every row on a wide screen', async () => {
    const tab = await openPage(browser(), '/models');
    expect(await shown(tab.page)).toBe(await bodyRows(tab.page).count());
    await tab.close();
  });
});

describe('phone cards not laid out yet take about the height they will have', () => {
  // Off-screen cards are not laid out (content-visibility) and take a guessed height until then
  // (ComparisonTable's columnLabels); a guess far off moves the scrollbar and where a long jump
  // lands. The licences table has a paragraph column, which is where a guess went wrong before.
  for (const path of ['/models', '/organizations', '/licenses', '/en/licenses']) {
    it.concurrent(`${path}: within 30% of the median card`, async () => {
      const tab = await openPage(browser(), path, {
        viewport: phone,
        isMobile: true,
        hasTouch: true,
      });
      const { guess, median } = await tab.page
        .locator('table')
        .first()
        .evaluate((t) => {
          const rows = [...t.querySelectorAll<HTMLElement>('tbody tr')].filter(
            (tr) => getComputedStyle(tr).display !== 'none',
          );
          const guessed = parseFloat(
            getComputedStyle(rows[0]!)
              .getPropertyValue('contain-intrinsic-block-size')
              .replace('auto', ''),
          );
          const heights = rows
            .map((tr) => {
              tr.style.contentVisibility = 'visible';
              return tr.getBoundingClientRect().height;
            })
            .sort((a, b) => a - b);
          return { guess: guessed, median: heights[Math.floor(heights.length / 2)]! };
        });
      expect(guess).toBeGreaterThan(0);
      expect(
        Math.abs(guess - median) / median,
        `guess ${guess} px, median ${median} px`,
      ).toBeLessThan(0.3);
      await tab.close();
    });
  }
});

describe('/models loading on a phone', () => {
  it('moves nothing when the table controls appear', async () => {
    const tab = await openPage(browser(), '/models', {
      viewport: { width: 412, height: 823 },
      isMobile: true,
      hasTouch: true,
    });
    // The controls are there and usable once script runs; the shifts are read after that.
    await expect
      .poll(() => tab.page.getByLabel('按名称或别名筛选').isVisible(), { timeout: 10_000 })
      .toBe(true);
    const shifts = await layoutShifts(tab.page);
    const total = shifts.reduce((n, s) => n + s.value, 0);
    expect(total, JSON.stringify(shifts)).toBeLessThan(0.01);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });
});

describe('the small-models chapter', () => {
  const small = models.filter((m) => m.parameters.total < 10).length;

  it('opens filtered to models under 10B and can show all', async () => {
    const tab = await openPage(browser(), '/docs/models/small');
    const { page } = tab;
    await expect.poll(() => bodyRows(page).count()).toBe(small);
    expect(await status(page).innerText()).toBe(`显示 ${small} 条，共 ${models.length} 条`);
    await page.getByLabel('参数规模', { exact: true }).first().selectOption('');
    await expect.poll(() => bodyRows(page).count()).toBe(models.length);
    expect(page.url()).toContain('.parameters=all');
    await page.reload();
    await page.locator('html[data-has-hydrated]').waitFor({ state: 'attached' });
    await expect.poll(() => bodyRows(page).count()).toBe(models.length);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it('lists the small models without JavaScript too', async () => {
    const tab = await openPage(browser(), '/docs/models/small', { javaScriptEnabled: false });
    expect(await bodyRows(tab.page).count()).toBe(small);
    await tab.close();
  });
});

describe('/models/openness', () => {
  it('ranks every model by its derived score, with a point per model on the chart', async () => {
    const tab = await openPage(browser(), '/models/openness');
    const { page } = tab;
    expect(await status(page).innerText()).toBe(
      `显示 ${models.length} 个模型（共 ${models.length} 个）`,
    );
    expect(await page.locator('#ranking-table tbody tr').count()).toBe(models.length);
    const scores = await page
      .locator('#ranking-table tbody tr td:nth-child(6)')
      .allInnerTexts()
      .then((t) => t.map(Number));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // The page shows what the code derives from the grades, not a typed number.
    const expected = models.map((m) => opennessView(m).score).sort((a, b) => b - a);
    expect(scores).toEqual(expected);
    expect(await page.locator('svg[role="img"] circle').count()).toBeGreaterThanOrEqual(
      models.length,
    );
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it('filters by region and year, with the state in the URL', async () => {
    const tab = await openPage(browser(), '/models/openness');
    const { page } = tab;
    const region = page.getByLabel('地区', { exact: true });
    const value = (await region.locator('option').nth(1).getAttribute('value'))!;
    await region.selectOption(value);
    const orgRegion = new Map(atlas.organizations.map((o) => [o.id, o.region]));
    const expected = models.filter((m) => m.organizations.some((o) => orgRegion.get(o) === value));
    await expect.poll(() => page.locator('#ranking-table tbody tr').count()).toBe(expected.length);
    expect(await status(page).innerText()).toBe(
      `显示 ${expected.length} 个模型（共 ${models.length} 个）`,
    );
    expect(new URL(page.url()).searchParams.get('rank.region')).toBe(value);
    const year = page.getByLabel('发布年份', { exact: true });
    const inYear = (y: string) => expected.filter((m) => m.released.startsWith(y)).length;
    const someYear = [...new Set(expected.map((m) => m.released.slice(0, 4)))][0]!;
    await year.selectOption(someYear);
    await expect.poll(() => page.locator('#ranking-table tbody tr').count()).toBe(inYear(someYear));
    expect(new URL(page.url()).searchParams.get('rank.year')).toBe(someYear);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it('keeps its models out of the page script until the reader uses a filter', async () => {
    // Aliases: only the ranking's rows carry them (for the text filter), not names.json.
    const aliases = models
      .flatMap((m) => m.aliases)
      .filter((a) => a.length > 12 && /[A-Z ]/.test(a));
    expect(aliases.length).toBeGreaterThan(20);
    const tab = await openPage(browser(), '/models/openness', { waitUntil: 'networkidle' });
    const { page } = tab;
    const shipped = async () => {
      const code = (await executedModules(page)).join('\n');
      return aliases.filter((a) => code.includes(JSON.stringify(a).slice(1, -1))).length;
    };
    expect(await shipped(), 'aliases in the scripts of the page as loaded').toBe(0);
    expect(await page.locator('#ranking-table tbody tr').count()).toBe(models.length);
    // Choosing a year fetches the models, renders the ranking and applies the choice.
    const year = page.getByLabel('发布年份', { exact: true });
    const someYear = (await year.locator('option').nth(1).getAttribute('value'))!;
    await year.selectOption(someYear);
    const inYear = models.filter((m) => m.released.startsWith(someYear)).length;
    await expect.poll(() => page.locator('#ranking-table tbody tr').count()).toBe(inYear);
    expect(new URL(page.url()).searchParams.get('rank.year')).toBe(someYear);
    expect(await shipped()).toBeGreaterThan(aliases.length / 2);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it('renders the state its address asks for, and after a client-side navigation', async () => {
    const someYear = models[0]!.released.slice(0, 4);
    const inYear = models.filter((m) => m.released.startsWith(someYear)).length;
    const tab = await openPage(browser(), `/models/openness?rank.year=${someYear}`);
    const { page } = tab;
    await expect.poll(() => page.locator('#ranking-table tbody tr').count()).toBe(inYear);
    await page.goto(new URL('/models', baseUrl()).href);
    await page.locator('html[data-has-hydrated]').waitFor({ state: 'attached' });
    await page.locator('main a[href="/models/openness"]').first().click();
    await page.waitForURL((url) => url.pathname === '/models/openness');
    await expect.poll(() => page.locator('#ranking-table tbody tr').count()).toBe(models.length);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  for (const mobile of [true, false]) {
    it(`fits a 360 px phone (${mobile ? 'with' : 'without'} mobile emulation)`, async () => {
      const tab = await openPage(browser(), '/models/openness', {
        viewport: phone,
        ...(mobile ? { isMobile: true, hasTouch: true } : {}),
      });
      expect(
        await hasHorizontalScroll(tab.page),
        (await tooWideElements(tab.page)).join(', '),
      ).toBe(false);
      await tab.close();
    });
  }
});

describe('axe', () => {
  for (const path of ['/models/openness', '/docs/models/small'])
    axeTestInBothSchemes(browser, path);
  it('/models, its column menu open, has no serious axe violations in light or dark mode', async () => {
    const serious = await seriousAxeViolationsInBothSchemes(browser(), '/models', {
      prepare: async (page) => {
        const menu = page.locator('details:has(summary:text("显示的列"))').first();
        if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open)))
          await menu.locator('summary').click();
      },
    });
    expect(serious, serious.join('\n')).toEqual([]);
  }, 300_000);
});
