/**
 * Search for English readers: query words find their inflections (licenses → licensing,
 * models → model) as well as longer words (prefixes) and near misses (typos), Chinese names
 * still match in English text, and the English relevance set for `npm run bench:search` is
 * well formed: 40+ queries, each expecting pages of the English edition that exist.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../src/search/engine';
import { englishStem } from '../../src/search/tokenizer';

describe('englishStem', () => {
  it('gives the inflections of a word one form', () => {
    const groups = [
      ['license', 'licenses', 'licensed', 'licensing'],
      ['model', 'models', 'modeling'],
      ['embed', 'embedding', 'embeddings'],
      ['policy', 'policies'],
      ['run', 'running'],
      ['class', 'classes'],
      ['lawsuit', 'lawsuits'],
    ];
    for (const group of groups)
      expect(new Set(group.map(englishStem)), group.join(', ')).toHaveProperty('size', 1);
  });

  it('keeps apart words of different meaning, short words and non-words', () => {
    expect(englishStem('general')).not.toBe(englishStem('generate'));
    expect(englishStem('moe')).toBe('moe');
    expect(englishStem('class')).not.toBe(englishStem('clash'));
    expect(englishStem('gpt4')).toBe('gpt4');
  });
});

const page = (u: string, t: string, text: string) => ({ u, t, c: ['Docs'], text });
const pages = [
  page('/en/docs/licensing', 'Licensing terms', 'What a licence allows. Most models are licensed.'),
  page('/en/docs/model-cards', 'Model card basics', 'A card describes one model.'),
  page('/en/docs/embedding', 'Embedding models', 'Embeddings turn text into vectors.'),
  page('/en/docs/modelscope', 'ModelScope', 'ModelScope (魔搭) hosts models in China.'),
];
const engine = new SearchEngine({
  dict: ['魔搭'],
  synonyms: [['modelscope', '魔搭']],
  shards: [
    {
      pages: pages.map(({ u, t, c }) => ({ u, t, c })),
      docs: pages.map(({ text }, i) => [i, '', '', text]),
    },
  ],
});
const first = (q: string) => engine.search(q).pages[0]?.pageUrl;

describe('English queries', () => {
  it('find the inflections of their words', () => {
    expect(first('licenses')).toBe('/en/docs/licensing');
    expect(first('license terms')).toBe('/en/docs/licensing');
    expect(first('embeddings')).toBe('/en/docs/embedding');
    expect(first('model cards')).toBe('/en/docs/model-cards');
  });

  it('expand to the inflections the index holds, even when the word typed is there too', () => {
    // "models" and "licensed" are in the index themselves, so no typo expansion reaches
    // "model" or "licensing"; a prefix reaches only longer words (modelscope).
    expect(engine.search('models').highlights).toEqual(
      expect.arrayContaining(['models', 'model', 'modelscope']),
    );
    expect(engine.search('licensed').highlights).toEqual(
      expect.arrayContaining(['licensed', 'licensing']),
    );
  });

  it('rank the exact word above an inflection of it', () => {
    const ex = engine.search('embedding').pages.map((p) => p.pageUrl);
    expect(ex[0]).toBe('/en/docs/embedding');
  });

  it('still find Chinese names in English text, and English names by their Chinese', () => {
    expect(first('魔搭')).toBe('/en/docs/modelscope');
    expect(first('modelscope')).toBe('/en/docs/modelscope');
  });
});

describe('the English relevance set', () => {
  const root = join(import.meta.dirname, '..', '..');
  const { cases } = JSON.parse(
    readFileSync(join(root, 'tests', 'fixtures', 'search-queries-en.json'), 'utf8'),
  ) as { cases: Array<{ q: string; urls: string[] }> };

  it('has at least 40 distinct English queries, each expecting English pages', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.q)).size).toBe(cases.length);
    for (const c of cases) {
      expect(c.q, c.q).not.toMatch(/\p{Script=Han}/u);
      expect(c.urls.length, c.q).toBeGreaterThan(0);
      for (const url of c.urls) expect(url, c.q).toMatch(/^\/en\//);
    }
  });

  it('expects only chapters that exist', () => {
    const missing = cases
      .flatMap((c) => c.urls)
      .filter((url) => url.startsWith('/en/docs/'))
      .map((url) => url.replace(/^\/en\//, '').replace(/#.*/, ''))
      .filter(
        (p) => !existsSync(join(root, `${p}.mdx`)) && !existsSync(join(root, p, 'index.mdx')),
      );
    expect(missing).toEqual([]);
  });
});
