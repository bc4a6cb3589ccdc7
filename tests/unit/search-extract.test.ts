/**
 * Index extraction on a real page: a trimmed copy of a built doc page
 * (tests/fixtures/search/doc-page.html), with Docusaurus's heading hash-links, breadcrumbs,
 * term tooltip and footnotes as the build renders them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../src/plugins/search/extract';
import { buildIndexFiles } from '../../src/plugins/search';
import { SearchEngine } from '../../src/search/engine';
import type { SearchLexiconFile, SearchShard } from '../../src/search/types';

const html = readFileSync(
  join(import.meta.dirname, '..', 'fixtures', 'search', 'doc-page.html'),
  'utf8',
);

describe('a built doc page becomes records', () => {
  const page = extractPage(html)!;

  it('takes the title from the h1 and the breadcrumb without the page itself', () => {
    expect(page.title).toBe('预训练目标与三大模型家族');
    expect(page.crumbs).toEqual(['原理']);
    expect(page.description).toMatch(/^因果语言建模（GPT）/);
  });

  it('names sections by their visible heading text: no hash-link "#", zero-width space or its label', () => {
    expect(page.sections.map((s) => [s.anchor, s.heading])).toEqual([
      ['因果语言建模gpt', '因果语言建模：GPT'],
      ['因果语言建模的特点', '因果语言建模的特点'],
    ]);
    for (const text of [
      page.title,
      ...page.crumbs,
      ...page.sections.flatMap((s) => [s.heading, s.text]),
      page.intro,
    ]) {
      expect(text).not.toMatch(/^#|\u200b|直接链接/);
    }
  });

  it('leaves footnotes out of the text and keeps the paragraph', () => {
    const last = page.sections[1]!.text;
    expect(last).toMatch(/^GPT-2 和 GPT-3 表明/);
    expect(last).not.toContain('Radford');
  });

  it("gives search results whose titles and headings are the page's own", () => {
    const built = buildIndexFiles('zh-Hans', [{ url: '/docs/fundamentals/pretraining', html }], {
      dict: [],
      synonyms: [],
    });
    const lexicon = JSON.parse(built.files[built.manifest.lexicon]!) as SearchLexiconFile;
    const shards = built.manifest.shards.map(
      (name) => JSON.parse(built.files[name]!) as SearchShard,
    );
    const [result] = new SearchEngine({ ...lexicon, shards }).search('因果语言建模的特点').pages;
    expect(result!.title).toBe('预训练目标与三大模型家族');
    expect(result!.hits[0]!.heading).toBe('因果语言建模的特点');
    expect(result!.hits[0]!.url).toBe('/docs/fundamentals/pretraining#因果语言建模的特点');
  });
});

/**
 * The other kinds of page, each a copy of a real built page (tests/fixtures/search/): a blog
 * post, a data page whose entries are anchored cards and rows, and the homepage.
 */
const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'search', `${name}.html`), 'utf8');

describe('a built blog post becomes records', () => {
  const page = extractPage(fixture('blog-post'))!;

  it('takes the post title, no breadcrumbs, and the intro without the date and authors', () => {
    expect(page.title).toBe('2025 年开放大模型回顾：推理模型、宽松许可证与首批判决');
    expect(page.crumbs).toEqual([]);
    expect(page.intro).toMatch(/^2025 年的开放模型以 1 月的 DeepSeek-R1 开场/);
  });

  it('keeps footnote reference numbers out of the text', () => {
    const spring = page.sections.find((s) => s.heading.startsWith('春季'))!;
    expect(spring.text).toContain('仍使用 Gemma 使用条款。');
    for (const s of page.sections) expect(s.text).not.toMatch(/[\p{Script=Han}]\d+[。；，]/u);
  });

  it('makes one record per h2 section', () => {
    expect(page.sections.map((s) => s.heading)).toEqual([
      '1 月：DeepSeek-R1',
      '春季：Gemma 3、Llama 4 与 Qwen3',
      '夏季：万亿参数与 OpenAI 的开放权重模型',
      '版权与监管',
      '这一年改变了什么',
    ]);
  });
});

describe('a built data page becomes one record per entry', () => {
  const page = extractPage(fixture('data-page'))!;
  const byAnchor = new Map(page.sections.map((s) => [s.anchor, s]));

  it('names each anchored card by its heading and links it by its id', () => {
    expect(page.title).toBe('许可证数据表');
    expect(byAnchor.get('apache-2-0')?.heading).toBe('Apache License 2.0');
    expect(byAnchor.get('apache-2-0')?.text).toMatch(/宽松开源/);
    expect(byAnchor.get('baichuan-2-community')?.heading).toBe('Baichuan 2 模型社区许可协议');
  });

  it('has a record for every licence card on the page', () => {
    // The build minifies HTML, so attribute values may be unquoted.
    const ids = [...fixture('data-page').matchAll(/<article\b[^>]*?\bid="?([a-z0-9-]+)/g)].map(
      (m) => m[1]!,
    );
    expect(ids.length).toBeGreaterThan(30);
    for (const id of ids) expect(byAnchor.has(id), id).toBe(true);
  });
});

describe('the built homepage becomes records', () => {
  const page = extractPage(fixture('home-page'))!;

  it('reads its sections and leaves the search form out', () => {
    expect(page.title).toBe('开源大模型的历史、模型、工具与社区');
    expect(page.sections.map((s) => s.anchor)).toEqual([
      'home-sections',
      'home-principles',
      'home-posts',
    ]);
    const all = [page.intro, ...page.sections.map((s) => s.text)].join(' ');
    expect(all).not.toContain('例如：羊驼');
  });
});
