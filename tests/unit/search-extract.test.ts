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
