/**
 * Model pages (`/models/<id>`) and the compare page (`/models/compare?ids=…`) in the browser:
 * what a page shows and links to in both locales, that old `/models#<id>` anchors lead to the
 * page, that the compare page keeps its state in the URL and works from the keyboard, that
 * both fit a 360 px phone (with and without mobile emulation), and axe in light and dark mode.
 * Every model page also loads once in pages.test.ts (it is in the sitemap).
 */
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDir, locales, sitemapPaths } from '../../scripts/lib/built-html';
import { SearchEngine } from '../../src/search/engine';
import type { SearchLexiconFile, SearchManifest, SearchShard } from '../../src/search/types';
import { atlasDataFor } from '../../src/plugins/atlas-data';
import { opennessView } from '../../src/data/derive/openness';
import { kvCacheGb, memoryOf } from '../../src/data/derive/memory';
import { formatGb } from '../../src/lib/format';
import {
  hasHorizontalScroll,
  browserForFile,
  openPage,
  seriousAxeViolationsInBothSchemes,
  tooWideElements,
} from './harness';

const browser = browserForFile();

const phone = { width: 360, height: 740 };
/** A model regraded or not, with a licence whose clauses were read, events and backlinks. */
const model = 'llama-3-1-8b';
const comparePath = '/models/compare?ids=llama-3-1-8b,qwen2-5-7b';

const siteRoot = join(import.meta.dirname, '..', '..');
const models = atlasDataFor(siteRoot).models;

/**
 * Opens a model page, hands `check` its architecture section and the text of its resources
 * section (memory figures), and asserts the page loaded without problems.
 */
async function checkModelPage(
  path: string,
  check: (arch: Locator, resources: string) => Promise<void>,
): Promise<void> {
  const tab = await openPage(browser(), path);
  try {
    const resources = await tab.page.locator('section[aria-labelledby="resources"]').innerText();
    await check(tab.page.locator('section[aria-labelledby="architecture"]'), resources);
    expect(tab.problems).toEqual([]);
  } finally {
    await tab.close();
  }
}

/** The search index the build wrote for a locale, loaded as the browser loads it. */
function builtSearch(locale: string): SearchEngine {
  const dir = join(buildDir, locale);
  const read = <T>(name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as T;
  const manifest = read<SearchManifest>('search-manifest.json');
  const lexicon = read<SearchLexiconFile>(manifest.lexicon);
  return new SearchEngine({ ...lexicon, shards: manifest.shards.map((f) => read<SearchShard>(f)) });
}

describe('every model has a page in the sitemap and the search index', () => {
  for (const locale of locales) {
    it(`${locale || '/'}: sitemap lists /models/<id> for all ${models.length} models`, () => {
      const paths = new Set(sitemapPaths(locale));
      const missing = models.filter((m) => !paths.has(`${locale}/models/${m.id}`)).map((m) => m.id);
      expect(missing).toEqual([]);
    });

    it(`${locale || '/'}: searching a model's name finds its page among the first five`, () => {
      const engine = builtSearch(locale);
      const notFound = models
        .filter((m) => {
          const urls = engine
            .search(m.name)
            .pages.slice(0, 5)
            .map((p) => p.pageUrl);
          return !urls.includes(`${locale}/models/${m.id}`);
        })
        .map((m) => m.name);
      expect(notFound).toEqual([]);
    });
  }
});

describe('a model page', () => {
  for (const locale of locales) {
    it(`${locale}/models/${model} shows the model, its licence, openness and links`, async () => {
      const tab = await openPage(browser(), `${locale}/models/${model}`);
      const { page } = tab;
      try {
        await expect(page.locator('h1').textContent()).resolves.toBe('Llama 3.1 8B');
        const lang = await page.evaluate(() => document.documentElement.lang);
        expect(lang).toBe(locale === '/en' ? 'en' : 'zh-Hans');
        const main = page.locator('main');
        // Infobox: organisation links to its entry, licence to the licence list.
        await expect(main.locator('dl a[href$="/organizations#meta"]').count()).resolves.toBe(1);
        // Licence clauses decoded from the licence text: six rows, the threshold spelled out.
        expect(await main.locator('tr[data-clause]').count()).toBe(6);
        const threshold = await main
          .locator('tr[data-clause="user_threshold"] td')
          .first()
          .textContent();
        expect(threshold).toContain('700,000,000');
        // Openness: all 18 components, each with its evidence or a note, and the score the
        // code derives from the grades (never a typed number).
        expect(await main.locator('tr[data-component]').count()).toBe(18);
        const explained = await main
          .locator('tr[data-component] td:last-child')
          .evaluateAll((tds) => tds.every((td) => (td.textContent ?? '').trim().length > 0));
        expect(explained).toBe(true);
        const { score } = opennessView(models.find((m) => m.id === model)!);
        expect(await main.locator('dd[data-score]').getAttribute('data-score')).toBe(String(score));
        // Memory figures from the architecture facts: 16 GB of BF16 weights, and a KV cache of
        // 2 × 32 layers × 8 heads × 128 × 2 bytes × 1,000 tokens = 0.131 GB, shown as 0.13.
        const resources = await main.locator('section[aria-labelledby="resources"]').innerText();
        expect(resources).toMatch(/16\.0/);
        expect(resources).toMatch(/0\.13\b/);
        // Architecture facts, one row each as the data has them, with the sources they come from.
        const arch = models.find((m) => m.id === model)!.arch!;
        const archSection = main.locator('section[aria-labelledby="architecture"]');
        const archRows = await archSection
          .locator('tr[data-arch]')
          .evaluateAll((trs) =>
            trs.map((tr) => [tr.getAttribute('data-arch'), tr.querySelector('td')?.textContent]),
          );
        expect(archRows.slice(0, 2)).toEqual([
          ['layers', String(arch.layers)],
          ['hidden_size', Number(arch.hidden_size).toLocaleString('en-US')],
        ]);
        expect(archRows).toHaveLength(8);
        const evidence = await archSection
          .locator('li a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        expect(evidence).toEqual(arch.evidence);
        // The family links to sibling pages, never to the old anchors.
        const family = main.locator('#family + * a, section[aria-labelledby="family"] a');
        const hrefs = await family.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        expect(hrefs).toContain(`${locale}/models/llama-3-1-70b`);
        expect(hrefs.filter((h) => h?.includes('/models#'))).toEqual([]);
        // Backlinks to atlas pages computed at build time.
        const mentions = await main
          .locator('section[aria-labelledby="mentions"] a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        expect(mentions).toContain(`${locale}/docs/models/llama`);
        // Compare, edit and report.
        await expect(
          main.locator(`a[href="${locale}/models/compare?ids=${model}"]`).count(),
        ).resolves.toBe(1);
        const edit = await main.locator('a[href*="/edit/"]').getAttribute('href');
        expect(edit).toMatch(/\/edit\/main\/src\/data\/models\/llama\.yaml$/);
        const report = await main.locator('a[href*="/issues/new"]').getAttribute('href');
        expect(decodeURIComponent(report ?? '')).toContain(`/models/${model}`);
        expect(tab.problems).toEqual([]);
      } finally {
        await tab.close();
      }
    });
  }

  for (const locale of locales) {
    it(`${locale}: a count that differs from the size in the name is explained beside it`, async () => {
      const data = atlasDataFor(siteRoot, locale === '/en' ? 'en' : 'zh-Hans');
      const noted = data.models.find((m) => m.id === 'qwen2-5-7b')!;
      expect(noted.parameters_note, 'qwen2-5-7b has a parameters_note').toBeTruthy();
      const tab = await openPage(browser(), `${locale}/models/${noted.id}`);
      try {
        const facts = await tab.page
          .locator('main dl > div')
          .evaluateAll((divs) =>
            divs.map((d) => [
              d.querySelector('dt')?.textContent,
              d.querySelector('dd')?.textContent,
            ]),
          );
        const label = locale === '/en' ? 'Basis of the parameter counts' : '参数量的依据';
        expect(facts).toContainEqual([label, noted.parameters_note]);
        // In English the note is English: no Chinese characters.
        if (locale === '/en') expect(noted.parameters_note).not.toMatch(/\p{Script=Han}/u);
        expect(tab.problems).toEqual([]);
      } finally {
        await tab.close();
      }
      // A model whose name states no size (or its exact size) has no such row.
      const plain = await openPage(browser(), `${locale}/models/${model}`);
      try {
        const labels = await plain.page.locator('main dl > div > dt').allTextContents();
        expect(labels.some((l) => /参数量的依据|Basis of the parameter/.test(l))).toBe(false);
      } finally {
        await plain.close();
      }
    });
  }

  it('says which architecture facts were not found, in English too, and estimates no KV cache', async () => {
    // The first decoder whose KV figure is missing because facts it needs are not found.
    const entry = models.find((m) => {
      const kv = kvCacheGb(m, 1000);
      return (
        m.arch &&
        !m.arch.mla &&
        !m.arch.linear_layers &&
        kv.gb === null &&
        kv.reason === 'unknown-facts'
      );
    })!;
    expect(entry).toBeDefined();
    const { experts, ...facts } = entry.arch!;
    const unread = [...Object.values(facts), ...Object.values(experts ?? {})].filter(
      (v) => v === 'unknown',
    ).length;
    expect(unread).toBeGreaterThan(0);
    for (const [locale, notFound] of [
      ['', '未查到'],
      ['/en', 'Not found'],
    ] as const) {
      await checkModelPage(`${locale}/models/${entry.id}`, async (section, resources) => {
        const cells = await section
          .locator('tr[data-known="false"] td')
          .evaluateAll((tds) => tds.map((td) => td.textContent));
        // Each fact and expert count the data has as unknown says so, and nothing else does.
        expect(cells).toEqual(Array<string>(unread).fill(notFound));
        expect(resources).toContain(locale ? 'not found' : '未查到，无法估算 KV 缓存');
      });
    }
  });

  it('tags the facts read in copies of the official config, in English too, and says so by the KV figure', async () => {
    const entry = models.find(
      (m) => m.arch?.copied?.fields.includes('kv_heads') && kvCacheGb(m, 1000).gb !== null,
    )!;
    expect(entry).toBeDefined();
    for (const [locale, mark, kvNote] of [
      ['', '据转载', '据转载的配置文件'],
      ['/en', 'from copies', 'read in copies of the config file'],
    ] as const) {
      await checkModelPage(`${locale}/models/${entry.id}`, async (section, resources) => {
        const tagged = await section
          .locator('tr[data-copied="true"]')
          .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-arch')));
        expect(tagged).toContain('kv_heads');
        expect(await section.locator('tr[data-copied="true"] td').first().innerText()).toContain(
          mark,
        );
        for (const url of entry.arch!.copied!.evidence)
          expect(await section.locator(`a[href="${url}"]`).count()).toBeGreaterThan(0);
        expect(resources).toContain(kvNote);
      });
    }
  });

  it("shows the value heads' own size and the window layers' own key/value heads, and a KV figure that uses both", async () => {
    // The first model in the data whose window layers have their own KV-head count.
    const entry = models.find((m) => m.arch?.sliding_window?.kv_heads !== undefined)!;
    expect(entry).toBeDefined();
    const arch = entry.arch!;
    const kv = memoryOf(entry).kv_cache_gb_per_1k_tokens;
    expect(kv).not.toBeNull();
    for (const [locale, kvWords, headWords] of [
      ['', '滑动窗口层', '值'],
      ['/en', 'sliding-window layers', 'for values'],
    ] as const) {
      await checkModelPage(`${locale}/models/${entry.id}`, async (section, resources) => {
        const kvRow = await section.locator('tr[data-arch="kv_heads"] td').innerText();
        expect(kvRow).toContain(kvWords);
        expect(kvRow).toContain(String(arch.sliding_window!.kv_heads));
        expect(kvRow).toContain(String(arch.kv_heads));
        const headRow = await section.locator('tr[data-arch="head_dim"] td').innerText();
        expect(headRow).toContain(headWords);
        expect(headRow).toContain(String(arch.v_head_dim));
        expect(resources).toContain(formatGb(kv!));
      });
    }
  });

  it('links to each model from other pages go to the model page', async () => {
    // A chapter with a model card and a family table, both of which link models.
    const tab = await openPage(browser(), '/docs/models/phi');
    const hrefs = await tab.page
      .locator('main article a[href*="/models"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/models/phi-4');
    expect(hrefs.filter((h) => h?.includes('/models#'))).toEqual([]);
    await tab.close();
  });
});

describe('old /models#<id> anchors', () => {
  for (const locale of locales) {
    it(`${locale}/models#mixtral-8x7b leads to ${locale}/models/mixtral-8x7b`, async () => {
      const tab = await openPage(browser(), `${locale}/models#mixtral-8x7b`);
      await tab.page.waitForURL((url) => url.pathname === `${locale}/models/mixtral-8x7b`);
      // The URL changes before the model page's chunk has loaded and rendered: wait for it.
      await expect
        .poll(() => tab.page.locator('h1').textContent(), { timeout: 15_000 })
        .toBe('Mixtral 8x7B');
      expect(tab.problems).toEqual([]);
      await tab.close();
    });
  }

  it("without JavaScript the anchor is the model's row on /models, which links to the page", async () => {
    const tab = await openPage(browser(), '/models#mixtral-8x7b', { javaScriptEnabled: false });
    const row = tab.page.locator('tr[id="mixtral-8x7b"]');
    await expect(row.locator('th a').getAttribute('href')).resolves.toBe('/models/mixtral-8x7b');
    // The row is where the browser went: in view, below the sticky navbar.
    const top = await row.evaluate((el) => el.getBoundingClientRect().top);
    const navbar = await tab.page
      .locator('nav.navbar')
      .evaluate((el) => el.getBoundingClientRect().bottom);
    expect(top).toBeGreaterThanOrEqual(navbar - 1);
    expect(top).toBeLessThan(navbar + 100);
    await tab.close();
  });
});

describe('the compare page', () => {
  it('renders the models in the URL, marks differences and keeps the state in the URL', async () => {
    const tab = await openPage(browser(), comparePath);
    const { page } = tab;
    const heads = () =>
      page.locator('thead th a').evaluateAll((as) => as.map((a) => a.textContent));
    expect(await heads()).toEqual(['Llama 3.1 8B', 'Qwen2.5-7B']);
    // Licences differ: the row says so in words, not only in colour.
    const licence = page.locator('tr[data-row="license"]');
    await expect(licence.getAttribute('data-differs')).resolves.toBe('true');
    await expect(licence.locator('th').textContent()).resolves.toContain('≠');
    // Both are dense text models: that row is not marked.
    await expect(
      page.locator('tr[data-row="modalities"]').getAttribute('data-differs'),
    ).resolves.toBeNull();

    // Memory and architecture rows, computed from the same data as the model pages.
    const cellsOf = (row: string) =>
      page
        .locator(`tr[data-row="${row}"] td`)
        .evaluateAll((tds) => tds.map((td) => td.textContent));
    const pair = ['llama-3-1-8b', 'qwen2-5-7b'].map((id) => models.find((m) => m.id === id)!);
    expect(await cellsOf('weights-bf16')).toEqual(
      pair.map((m) => formatGb(memoryOf(m).weights_gb.bf16)),
    );
    expect(await cellsOf('kv')).toEqual(pair.map((m) => formatGb(kvCacheGb(m, 1000).gb!)));
    expect(await cellsOf('arch-layers')).toEqual(pair.map((m) => String(m.arch!.layers)));
    // Both are dense: no expert counts.
    expect(await cellsOf('arch-experts.total')).toEqual(['—', '—']);

    // Add a third model from the picker with the keyboard only.
    const select = page.getByLabel(/添加模型/);
    await select.focus();
    await select.selectOption('mixtral-8x7b');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/ids=llama-3-1-8b,qwen2-5-7b,mixtral-8x7b$/);
    expect(await heads()).toEqual(['Llama 3.1 8B', 'Qwen2.5-7B', 'Mixtral 8x7B']);

    // Remove one with its button (keyboard), then Back restores it: the URL is the state.
    await page.getByRole('button', { name: '移除 Qwen2.5-7B' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/ids=llama-3-1-8b,mixtral-8x7b$/);
    expect(await heads()).toEqual(['Llama 3.1 8B', 'Mixtral 8x7B']);
    await page.goBack();
    await page.waitForURL(/ids=llama-3-1-8b,qwen2-5-7b,mixtral-8x7b$/);
    expect(await heads()).toHaveLength(3);

    // A reload keeps it too.
    await page.reload();
    await page.locator('html[data-has-hydrated="true"]').waitFor({ state: 'attached' });
    expect(await heads()).toHaveLength(3);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it('ignores unknown ids and explains how to choose when fewer than two are given', async () => {
    const tab = await openPage(browser(), '/models/compare?ids=no-such-model,llama-3-1-8b');
    await expect(tab.page.locator('table').count()).resolves.toBe(0);
    await expect(tab.page.locator('main').textContent()).resolves.toContain('?ids=');
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it('without JavaScript explains how to choose and links to example comparisons', async () => {
    const tab = await openPage(browser(), comparePath, { javaScriptEnabled: false });
    const main = tab.page.locator('main');
    await expect(main.textContent()).resolves.toContain('?ids=');
    const examples = await main
      .locator('a[href*="/models/compare?ids="]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(examples.length).toBeGreaterThanOrEqual(2);
    await tab.close();
  });

  it('the English page is in English', async () => {
    const tab = await openPage(browser(), `/en${comparePath}`);
    await expect(tab.page.locator('h1').textContent()).resolves.toBe('Compare models');
    await expect(tab.page.getByLabel('Add a model').count()).resolves.toBe(1);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });
});

const phonePages = [
  `/models/${model}`,
  comparePath,
  '/models/compare?ids=llama-3-1-8b,qwen2-5-7b,mixtral-8x7b,deepseek-r1',
];

describe('360 px phone: no horizontal page scroll', () => {
  for (const mobile of [true, false]) {
    for (const path of phonePages) {
      it.concurrent(
        `${path} ${mobile ? 'with mobile emulation' : 'in a 360 px window'}`,
        async () => {
          const tab = await openPage(browser(), path, {
            viewport: phone,
            ...(mobile ? { isMobile: true, hasTouch: true } : {}),
          });
          try {
            const scrolls = await hasHorizontalScroll(tab.page);
            const wide = scrolls ? await tooWideElements(tab.page) : [];
            expect(scrolls, `wider than the screen: ${wide.join(', ')}`).toBe(false);
            expect(tab.problems).toEqual([]);
          } finally {
            await tab.close();
          }
        },
      );
    }
  }
});

describe('accessibility (axe: no serious or critical violations)', () => {
  for (const path of [`/models/${model}`, '/models/deepseek-r1', comparePath, '/en/models/phi-4']) {
    it.concurrent(`${path} in light and dark mode`, async () => {
      const serious = await seriousAxeViolationsInBothSchemes(browser(), path);
      expect(serious, serious.join('\n')).toEqual([]);
    });
  }
});
