import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../src/search/engine';
import { loadLexicon } from '../../src/plugins/search/lexicon';
import { buildIndexFiles } from '../../src/plugins/search';
import type {
  SearchDoc,
  SearchIndexData,
  SearchLexiconFile,
  SearchPage,
  SearchShard,
} from '../../src/search/types';

/** A tiny site: [url, title, crumbs, intro, sections [anchor, heading, text]]. */
type FixturePage = [string, string, string[], string, Array<[string, string, string]>?];
function fixture(
  pages: FixturePage[],
  lexicon: Pick<SearchIndexData, 'dict' | 'synonyms'>,
): SearchEngine {
  const ps: SearchPage[] = [];
  const docs: SearchDoc[] = [];
  pages.forEach(([u, t, c, intro, sections = []], i) => {
    ps.push({ u, t, c });
    docs.push([i, '', '', intro]);
    for (const [a, h, text] of sections) docs.push([i, a, h, text]);
  });
  return new SearchEngine({ ...lexicon, shards: [{ pages: ps, docs }] });
}

const lexicon = {
  dict: ['自注意力', '羊驼', '混合专家', '微调'],
  synonyms: [
    ['llama', '羊驼'],
    ['自注意力', 'self attention'],
    ['hugging face', '抱抱脸'],
    ['混合专家', 'mixture of experts', 'moe'],
  ],
};

const engine = fixture(
  [
    [
      '/docs/models/llama',
      'LLaMA',
      ['模型'],
      'Meta 发布的开放权重模型系列，社区常称羊驼。',
      [['licence', '许可证', 'Llama 3 使用 Llama 3 社区许可证。']],
    ],
    [
      '/docs/history/2023',
      '2023 年',
      ['历史'],
      '这一年 LLaMA 权重泄露，Mistral 7B 发布，Mixtral 使用混合专家。',
    ],
    [
      '/docs/fundamentals/transformer',
      'Transformer',
      ['原理'],
      'Transformer 是一种基于注意力的架构。',
      [
        ['self-attention', '自注意力', '自注意力让每个位置关注序列中的其他位置。'],
        ['ffn', '前馈网络', '每层还有前馈网络。'],
      ],
    ],
    [
      '/docs/tools/lora',
      'LoRA',
      ['工具链'],
      'LoRA 是一种参数高效的微调方法。',
      [['usage', '用 LoRA 微调 Llama', '冻结原权重，只训练低秩矩阵。']],
    ],
    [
      '/docs/tools/fine-tuning',
      '微调',
      ['工具链'],
      '微调是在预训练模型上继续训练。全参数微调需要大量显存。',
    ],
    ['/docs/models/mixtral', 'Mixtral 8x7B', ['模型'], 'Mistral AI 的混合专家模型。'],
    [
      '/docs/ecosystem/hugging-face',
      'Hugging Face',
      ['生态'],
      'Hugging Face 是托管模型与数据集的平台。',
    ],
    ['/docs/history/hf-story', '开源社区的故事', ['历史'], '很多人在 Hugging Face 上分享模型。'],
  ],
  lexicon,
);
const top = (q: string) => engine.search(q).pages.map((p) => p.hits[0]!.url);

describe('ranking', () => {
  it('finds LLaMA from its Chinese nickname', () => {
    expect(top('羊驼')[0]).toBe('/docs/models/llama');
    expect(top('抱抱脸')[0]).toBe('/docs/ecosystem/hugging-face');
  });

  it('puts the page about a thing above pages that mention it', () => {
    const r = top('llama');
    expect(r[0]).toBe('/docs/models/llama');
    expect(r).toContain('/docs/history/2023');
    expect(top('Hugging Face')[0]).toBe('/docs/ecosystem/hugging-face');
  });

  it('jumps to the heading that matches, in either language', () => {
    expect(top('自注意力')[0]).toBe('/docs/fundamentals/transformer#self-attention');
    expect(top('self-attention')[0]).toBe('/docs/fundamentals/transformer#self-attention');
  });

  it('matches prefixes and survives typos', () => {
    expect(top('transform')[0]).toBe('/docs/fundamentals/transformer');
    expect(top('transfomer')[0]).toBe('/docs/fundamentals/transformer');
    expect(top('mixtrl')[0]).toBe('/docs/models/mixtral');
  });

  it('ranks records with every part of a mixed query above records with one', () => {
    const r = top('LoRA 微调');
    expect(r[0]).toMatch(/^\/docs\/tools\/lora/);
    expect(r.indexOf('/docs/tools/fine-tuning')).toBeGreaterThan(0);
    expect(top('Llama 3 许可证')[0]).toBe('/docs/models/llama#licence');
  });

  it('prefers the exact phrase to scattered words', () => {
    expect(top('混合专家模型')[0]).toBe('/docs/models/mixtral');
  });

  it('answers hostile input with nothing (or something) but never throws', () => {
    for (const q of [
      '<img src=x onerror=alert(1)>',
      '.*+?[](){}|\\',
      'a'.repeat(10_000),
      '🦙',
      '！？',
      ' ',
      '',
    ]) {
      expect(() => engine.search(q)).not.toThrow();
    }
    expect(engine.search('').pages).toEqual([]);
  });
});

describe('before FlexSearch is ready', () => {
  it('scoring every record gives the same results as the index', () => {
    const pages: FixturePage[] = [
      ['/a', 'LLaMA', [], '羊驼 是社区的叫法。'],
      ['/b', 'Transformer', [], '自注意力。', [['x', '自注意力', 'self-attention 机制']]],
      ['/c', '微调', [], 'LoRA 微调与量化。'],
    ];
    const full = fixture(pages, lexicon);
    const ps: SearchPage[] = pages.map(([u, t, c]) => ({ u, t, c }));
    const docs: SearchDoc[] = pages.flatMap(([, , , intro, sections = []], i) => [
      [i, '', '', intro] as SearchDoc,
      ...sections.map(([a, h, t]) => [i, a, h, t] as SearchDoc),
    ]);
    const deferred = new SearchEngine(
      { ...lexicon, shards: [{ pages: ps, docs }] },
      { deferIndex: true },
    );
    expect(deferred.indexReady).toBe(false);
    for (const q of [
      '羊驼',
      'transfomer',
      'LoRA 微调',
      '自',
      'self attention',
      'lo',
      'ＬｏＲＡ',
      'TRANSFORMER',
      '量化 lora',
    ]) {
      expect(
        deferred.search(q).pages.map((p) => p.hits[0]!.url),
        q,
      ).toEqual(full.search(q).pages.map((p) => p.hits[0]!.url));
    }
    expect(deferred.indexStep()).toBe(true);
    expect(deferred.search('羊驼').pages[0]!.pageUrl).toBe('/a');
  });
});

describe('every name in the data layer is findable', () => {
  const real = loadLexicon(join(import.meta.dirname, '..', '..'));
  // One page per synonym group, titled with its first name; every other name must find it.
  const groups = real.synonyms;
  const named = fixture(
    groups.map((g, i) => [`/g/${i}`, g[0]!, [], `${g[0]} 的介绍。`] as FixturePage),
    real,
  );
  it.each(groups.flatMap((g, i) => g.map((name) => [name, i] as const)))('%s', (name, i) => {
    const urls = named
      .search(name)
      .pages.slice(0, 10)
      .map((p) => p.pageUrl);
    expect(urls).toContain(`/g/${i}`);
  });
});

describe('the index files the build writes', () => {
  const html = (title: string, intro: string, heading: string, text: string) =>
    `<html><head><meta name="description" content="${intro}"></head><body><main><article><div class="markdown"><h1>${title}</h1><p>${intro}</p><h2 id="s">${heading}</h2><p>${text}</p></div></article></main></body></html>`;
  const built = buildIndexFiles(
    'zh-Hans',
    [
      {
        url: '/docs/a',
        html: html(
          'Transformer 架构',
          'Transformer 是一种基于注意力的架构。',
          'Self-attention',
          '每个位置都关注其他位置。',
        ),
      },
      {
        url: '/docs/b',
        html: html('LoRA 微调', 'LoRA 冻结原权重。', 'QLoRA', '量化后再微调 Llama 模型。'),
      },
    ],
    lexicon,
  );
  const lexiconFile = JSON.parse(built.files[built.manifest.lexicon]!) as SearchLexiconFile;
  const shards = built.manifest.shards.map((name) => JSON.parse(built.files[name]!) as SearchShard);

  it('ship the vocabulary an engine would compute from the records', () => {
    expect(lexiconFile.vocab).toEqual(
      expect.arrayContaining(['transformer', 'self', 'attention', 'lora', 'qlora', 'llama']),
    );
    const shipped = new SearchEngine({ ...lexiconFile, shards }, { deferIndex: true });
    const computed = new SearchEngine(
      { ...lexiconFile, vocab: undefined, shards },
      { deferIndex: true },
    );
    for (const q of ['transfor', 'transfomer', 'lora 微调', 'qlor', 'attention']) {
      const urls = (e: SearchEngine) => e.search(q).pages.map((p) => p.hits[0]!.url);
      expect(urls(shipped), q).toEqual(urls(computed));
      expect(urls(shipped).length, q).toBeGreaterThan(0);
    }
  });
});
