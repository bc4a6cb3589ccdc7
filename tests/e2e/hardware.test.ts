/**
 * /models/hardware ("能跑吗") in a real browser against the built site: the state lives in the
 * URL and survives a reload, the controls work from the keyboard, the page fits a 360 px phone
 * (with and without mobile emulation), axe finds nothing serious in light or dark mode, the
 * figures shown are memory.ts's, and without JavaScript the default table and its explanation
 * are there.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { loadAtlasData } from '../../src/data/load';
import { totalMemoryGb, type KvUnavailable } from '../../src/data/derive/memory';
import { groupByFit } from '../../src/pages/_components/HardwareFit/logic';
import { formatGb } from '../../src/lib/format';
import {
  hasHorizontalScroll,
  browserForFile,
  openPage,
  seriousAxeViolationsInBothSchemes,
  tooWideElements,
} from './harness';

const path = '/models/hardware';
const siteDir = join(import.meta.dirname, '..', '..');
const { data } = loadAtlasData({ dataDir: join(siteDir, 'src', 'data'), rootDir: siteDir });

const browser = browserForFile();

// The Chinese text MemoryFigures' kvReasonText shows for each reason a cache cannot be counted.
const kvMissing: Record<KvUnavailable, string> = {
  'no-arch': '缺少架构数据，无法估算 KV 缓存',
  'unknown-facts': '层数、键值头数或每头维度未查到，无法估算 KV 缓存',
  'hybrid-unknown': '混合结构中不缓存键值的层数未查到，无法估算 KV 缓存',
  'encoder-decoder': '编码器-解码器模型的缓存取决于输入长度',
  'not-modelled': '这种注意力结构不在本站 KV 缓存公式的适用范围内',
};

const control = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const params = (page: Page) => new URL(page.url()).searchParams;
const row = (page: Page, id: string) => page.locator(`tr[data-model="${id}"]`).first();

describe('/models/hardware', () => {
  it('reads its state from the URL and keeps it across a reload', async () => {
    const tab = await openPage(browser(), `${path}?mem=80&ctx=4096&precision=bf16`);
    const { page } = tab;
    await expect.poll(() => control(page, '权重精度').inputValue()).toBe('bf16');
    expect(await control(page, '内存（GB）').inputValue()).toBe('80');
    expect(await control(page, '上下文长度（token）').inputValue()).toBe('4096');
    await control(page, '设备').selectOption('h200');
    await expect.poll(() => params(page).get('device')).toBe('h200');
    expect(params(page).get('mem')).toBe('141');
    await page.reload();
    await expect.poll(() => control(page, '设备').inputValue()).toBe('h200');
    await expect
      .poll(() => page.locator('[role="status"]').first().innerText())
      .toContain('141 GB');
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it('works from the keyboard: Tab moves through the controls, typing sets the memory', async () => {
    const tab = await openPage(browser(), path);
    const { page } = tab;
    const mem = control(page, '内存（GB）');
    await mem.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('48');
    await expect.poll(() => params(page).get('mem')).toBe('48');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      await control(page, '上下文长度（token）').getAttribute('id'),
    );
    await page.keyboard.press('Tab');
    const precision = control(page, '权重精度');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      await precision.getAttribute('id'),
    );
    // On a focused, closed <select>, the arrow keys change the choice (4-bit is last).
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => params(page).get('precision')).toBe('int8');
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it('shows the figures memory.ts computes, and says when arch facts are missing', async () => {
    const state = { memGb: 24, ctx: 8192, precision: 'int4' as const };
    const tab = await openPage(browser(), `${path}?mem=24&ctx=8192&precision=int4`);
    const { page } = tab;
    const groups = groupByFit(data.models, state);
    const chosen = groups.fits[0];
    expect(chosen, 'some model fits in 24 GB at 4-bit').toBeDefined();
    const model = chosen!.model;
    const e = totalMemoryGb(model, { precision: 'int4', tokens: 8192 });
    const cell = (col: string) => row(page, model.id).locator(`[data-col="${col}"]`).innerText();
    await expect.poll(() => cell('weights')).toBe(formatGb(e.weightsGb));
    expect(await cell('overhead')).toBe(formatGb(e.overheadGb));
    expect(await cell('total')).toBe(formatGb(e.totalGb));
    expect(await cell('headroom')).toBe(formatGb(24 - e.totalGb));
    if (e.kvCacheGb === null) expect(await cell('kv')).toContain(kvMissing[e.kvReason!]);
    else expect(await cell('kv')).toBe(formatGb(e.kvCacheGb));
    // Every model is in exactly one of the three tables.
    expect(await page.locator('tr[data-model]').count()).toBe(data.models.length);
    await tab.close();
  });

  it('is complete without JavaScript: the default table and what it assumes', async () => {
    const tab = await openPage(browser(), path, { javaScriptEnabled: false });
    const { page } = tab;
    expect(await page.locator('tr[data-model]').count()).toBe(data.models.length);
    expect(await page.locator('main').innerText()).toContain('4.5 位');
    expect(await page.locator('[role="status"]').first().innerText()).toContain('24 GB');
    // The controls are in the HTML, keeping their place, but hidden: without script they do nothing.
    expect(await control(page, '权重精度').count()).toBe(1);
    expect(await control(page, '权重精度').isVisible()).toBe(false);
    await tab.close();
  });

  for (const mobile of [false, true]) {
    it(`fits a 360 px phone ${mobile ? 'with' : 'without'} mobile emulation`, async () => {
      const tab = await openPage(browser(), `${path}?device=h100&precision=bf16`, {
        viewport: { width: 360, height: 740 },
        isMobile: mobile,
        hasTouch: mobile,
      });
      await tab.page
        .locator('details')
        .first()
        .evaluate((d) => ((d as HTMLDetailsElement).open = true));
      expect(
        await hasHorizontalScroll(tab.page),
        `too wide: ${(await tooWideElements(tab.page)).join(', ')}`,
      ).toBe(false);
      expect(tab.problems).toEqual([]);
      await tab.close();
    });
  }

  it('has no serious axe violations in light or dark mode', async () => {
    const serious = await seriousAxeViolationsInBothSchemes(browser(), path, {
      prepare: (page) =>
        page
          .locator('details')
          .first()
          .evaluate((d) => void ((d as HTMLDetailsElement).open = true)),
    });
    expect(serious, serious.join('\n')).toEqual([]);
  }, 300_000);
});
