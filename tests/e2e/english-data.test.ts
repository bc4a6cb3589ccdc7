/**
 * Data in the English build (src/data/overlay.ts): a translated entry (models/phi.yaml has an
 * overlay, i18n/en/data/models/phi.yaml) shows English on its model page and in its card, with
 * no Chinese outside elements marked lang="zh-Hans" (aliases, untranslated event and page
 * titles), on one model page per family; the Chinese build and the
 * exports keep the Chinese, the exports with the English beside it.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserForFile, openPage } from './harness';
import { atlasDataFor } from '../../src/plugins/atlas-data';

const browser = browserForFile();
const translated = 'phi-4';
const english = atlasDataFor(undefined, 'en').models;
const chinese = atlasDataFor(undefined, 'zh-Hans').models;
/**
 * One model per family (the last listed): every model has its English since the edition was
 * completed, so these pages must show no Chinese outside names and marked elements. How an
 * entry without English renders is tested on fixtures in tests/unit/data-overlay-render.test.ts.
 */
const perFamily = [
  ...new Map(english.filter((m) => m.description).map((m) => [m.family, m])).values(),
];

/**
 * Text in `main` with Chinese characters that no lang="zh-Hans" ancestor marks, as
 * "tag: text" lines, leaving out the model and organisation names given and Chinese names
 * glossed in brackets after their English form.
 */
async function unmarkedChinese(page: Page, names: readonly string[]): Promise<string[]> {
  return page.evaluate((names) => {
    const han = /\p{Script=Han}/u;
    const out: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      let text = node.textContent ?? '';
      for (const name of names) text = text.split(name).join('');
      // A Chinese name given in brackets after its English form, "Hunyuan (混元)": meant.
      text = text.replace(/\([^()]{0,20}\)/gu, (g) =>
        /^\([\p{Script=Han}\s,·]+\)$/u.test(g) ? '' : g,
      );
      if (!han.test(text)) continue;
      const parent = node.parentElement!;
      if (parent.closest('[lang]')?.getAttribute('lang') === 'zh-Hans') continue;
      out.push(`${parent.tagName.toLowerCase()}: ${text.trim().slice(0, 80)}`);
    }
    return out;
  }, names);
}

describe('English model pages', () => {
  it(`/en/models/${translated} shows its English description and notes, Chinese only where marked`, async () => {
    const tab = await openPage(browser(), `/en/models/${translated}`);
    const { page } = tab;
    try {
      const m = english.find((e) => e.id === translated)!;
      const main = page.locator('main');
      await expect(main.locator('h1').textContent()).resolves.toBe(m.name);
      const lead = main.locator('header p', { hasText: 'A 14B-parameter Phi model' });
      await expect(lead.count()).resolves.toBe(1);
      await expect(lead.getAttribute('lang')).resolves.toBeNull();
      // Every openness note and the licence history note are English.
      const notes = await main
        .locator('tr[data-component] td:last-child span')
        .evaluateAll((spans) => spans.map((s) => s.textContent ?? ''));
      expect(notes).toHaveLength(18);
      expect(notes.filter((n) => /\p{Script=Han}/u.test(n))).toEqual([]);
      await expect(
        main.getByText('on 8 January 2025 Microsoft changed the licence to MIT').count(),
      ).resolves.toBe(1);
      expect(await unmarkedChinese(page, [])).toEqual([]);
      // The translation is current: no stale notice.
      await expect(page.locator('[data-translation="stale"]').count()).resolves.toBe(0);
      expect(tab.problems).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  it("every family's model page is in English: Chinese only in names and marked elements", async () => {
    const orgNames = atlasDataFor(undefined, 'en').organizations;
    for (const m of perFamily) {
      const tab = await openPage(browser(), `/en/models/${m.id}`);
      try {
        // The lead is the English description, not marked as Chinese.
        const lead = tab.page.locator('main header p', { hasText: m.description!.slice(0, 24) });
        await expect(lead.count(), m.id).resolves.toBe(1);
        await expect(lead.getAttribute('lang'), m.id).resolves.toBeNull();
        const names = [
          m.name,
          ...m.aliases,
          ...orgNames.filter((o) => m.organizations.includes(o.id)).map((o) => o.name),
        ];
        expect(await unmarkedChinese(tab.page, names), m.id).toEqual([]);
        expect(tab.problems, m.id).toEqual([]);
      } finally {
        await tab.close();
      }
    }
  }, 300_000);

  it(`the Chinese page /models/${translated} keeps the Chinese, unmarked`, async () => {
    const tab = await openPage(browser(), `/models/${translated}`);
    try {
      const m = chinese.find((e) => e.id === translated)!;
      const lead = tab.page.locator('main header p', { hasText: m.description!.slice(0, 12) });
      await expect(lead.count()).resolves.toBe(1);
      await expect(lead.getAttribute('lang')).resolves.toBeNull();
      // Data text is in the page's own language: no note is marked.
      await expect(
        tab.page.locator('main tr[data-component] td:last-child span[lang]').count(),
      ).resolves.toBe(0);
    } finally {
      await tab.close();
    }
  });
});

describe('English cards, tables and glossary', () => {
  it('the model card in the Phi chapter reads the English data', async () => {
    const tab = await openPage(browser(), '/en/docs/models/phi');
    try {
      const card = tab.page.locator('main article', {
        has: tab.page.locator(`a[href="/en/models/${translated}"]`),
        hasText: 'A 14B-parameter Phi model',
      });
      await expect(card.count()).resolves.toBeGreaterThan(0);
    } finally {
      await tab.close();
    }
  });

  it('/en/glossary shows each term in English with its Chinese name marked', async () => {
    const tab = await openPage(browser(), '/en/glossary');
    try {
      const moe = tab.page.locator('main article[id="moe"]');
      await expect(moe.locator('h3 [lang="en"]').textContent()).resolves.toMatch(/experts/i);
      await expect(moe.locator('[lang="zh-Hans"]').first().textContent()).resolves.toMatch(
        /\p{Script=Han}/u,
      );
      // No terms overlay yet: the definition is the Chinese one, marked.
      await expect(moe.locator('p[lang="zh-Hans"]').count()).resolves.toBe(1);
    } finally {
      await tab.close();
    }
  });
});

describe('open data', () => {
  it('/data/models.json keeps the Chinese and carries the English in translation_en', async () => {
    const tab = await openPage(browser(), '/');
    try {
      const item = await tab.page.evaluate(async (id) => {
        const file = (await (await fetch('/data/models.json')).json()) as {
          items: Array<Record<string, unknown>>;
        };
        return file.items.find((i) => i.id === id);
      }, translated);
      expect(item?.description).toMatch(/\p{Script=Han}/u);
      expect(item?.translation_en).toMatchObject({
        stale: false,
        fields: { description: expect.stringMatching(/^A 14B-parameter Phi model/) },
      });
    } finally {
      await tab.close();
    }
  });
});
