/**
 * Data in the English build (src/data/overlay.ts): a translated entry (models/phi.yaml has an
 * overlay, i18n/en/data/models/phi.yaml) shows English on its model page and in its card, with
 * no Chinese outside elements marked lang="zh-Hans" (aliases, untranslated event and page
 * titles), on every model page (read from the built HTML: every model has its English since
 * the edition was completed; how an entry without English renders is tested on fixtures in
 * tests/unit/data-overlay-render.test.ts); the Chinese build and the
 * exports keep the Chinese, the exports with the English beside it.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { DomUtils } from 'htmlparser2';
import { browserForFile, openPage } from './harness';
import { atlasDataFor } from '../../src/plugins/atlas-data';
import { builtFile } from '../../scripts/lib/built-html';
import { byTag, findAll, parseHtml, textOf, type Element } from '../../scripts/lib/html';

const browser = browserForFile();
const translated = 'phi-4';
const english = atlasDataFor(undefined, 'en').models;
const chinese = atlasDataFor(undefined, 'zh-Hans').models;

/**
 * Text in `main` with Chinese characters that no lang="zh-Hans" ancestor marks, as
 * "tag: text" lines, leaving out the model and organisation names given and Chinese names
 * glossed in brackets after their English form.
 */
async function unmarkedChinese(page: Page, names: readonly string[]): Promise<string[]> {
  const nodes = await page.evaluate(() => {
    const found: Array<{ tag: string; text: string; marked: boolean }> = [];
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      found.push({
        tag: parent.tagName.toLowerCase(),
        text: node.textContent ?? '',
        marked: parent.closest('[lang]')?.getAttribute('lang') === 'zh-Hans',
      });
    }
    return found;
  });
  return nodes
    .filter((n) => !n.marked)
    .map((n) => ({ tag: n.tag, text: unmarkedText(n.text, names) }))
    .filter((n) => /\p{Script=Han}/u.test(n.text))
    .map((n) => `${n.tag}: ${n.text.trim().slice(0, 80)}`);
}

/** A text without the names given and without Chinese names glossed in brackets. */
function unmarkedText(text: string, names: readonly string[]): string {
  for (const name of names) text = text.split(name).join('');
  // A Chinese name given in brackets after its English form, "Hunyuan (混元)": meant.
  return text.replace(/\([^()]{0,20}\)/gu, (g) =>
    /^\([\p{Script=Han}\s,·]+\)$/u.test(g) ? '' : g,
  );
}

/** A node of a parsed page. */
type Node = Parameters<typeof DomUtils.isText>[0];

/** unmarkedChinese for built HTML, read in Node: the same rules over `main`'s text nodes. */
function unmarkedChineseIn(main: Element, names: readonly string[]): string[] {
  const out: string[] = [];
  const visit = (node: Node) => {
    if (DomUtils.isText(node)) {
      const text = unmarkedText(node.data, names);
      if (!/\p{Script=Han}/u.test(text)) return;
      let el = node.parent;
      while (el && DomUtils.isTag(el) && el.attribs.lang === undefined) el = el.parent;
      if (el && DomUtils.isTag(el) && el.attribs.lang === 'zh-Hans') return;
      const parent = node.parent;
      out.push(
        `${parent && DomUtils.isTag(parent) ? parent.name : '?'}: ${text.trim().slice(0, 80)}`,
      );
      return;
    }
    if (DomUtils.hasChildren(node)) for (const child of node.children) visit(child);
  };
  visit(main);
  return out;
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

  it('every model page is in English: Chinese only in names and marked elements (built HTML)', () => {
    const orgNames = atlasDataFor(undefined, 'en').organizations;
    const withDescription = english.filter((m) => m.description);
    expect(withDescription.length).toBeGreaterThan(150);
    for (const m of withDescription) {
      const file = builtFile(`/en/models/${m.id}`);
      expect(file, m.id).toBeDefined();
      const main = byTag(parseHtml(readFileSync(file!, 'utf8')), 'main')[0];
      expect(main, m.id).toBeDefined();
      // The lead is the English description, not marked as Chinese.
      const lead = findAll(
        main!,
        (el) =>
          el.name === 'p' &&
          !!el.parent &&
          DomUtils.isTag(el.parent) &&
          el.parent.name === 'header',
      ).filter((p) => textOf(p).includes(m.description!.slice(0, 24)));
      expect(lead.length, m.id).toBe(1);
      expect(lead[0]!.attribs.lang, m.id).toBeUndefined();
      const names = [
        m.name,
        ...m.aliases,
        ...orgNames.filter((o) => m.organizations.includes(o.id)).map((o) => o.name),
      ];
      expect(unmarkedChineseIn(main!, names), m.id).toEqual([]);
    }
  });

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
