import { describe, expect, it } from 'vitest';
import {
  bigrams,
  chunks,
  Dictionary,
  fold,
  indexTokens,
  MAX_QUERY_LENGTH,
  mayContain,
  normalize,
  segmenterWords,
  segmentQueryRun,
} from '../../src/search/tokenizer';
import { parseQuery, Synonyms } from '../../src/search/query';
import { editDistance } from '../../src/search/engine';

const dict = new Dictionary(['自注意力', '羊驼', '开源', '混合专家']);
const synonyms = new Synonyms([
  ['LLaMA', '羊驼'],
  ['自注意力', 'self-attention'],
  ['Hugging Face', '抱抱脸'],
]);
const altsOf = (q: string) =>
  parseQuery(q, dict, synonyms).parts.map((p) => p.alts.map((a) => a.text));

describe('normalisation', () => {
  it('folds case, full-width letters and diacritics', () => {
    expect(normalize('ＬｏＲＡ Über')).toBe('lora uber');
    expect(fold('Llama-3.1（8B）')).toBe('llama 3 1 8b');
  });
  it('folds a character the same alone as beside others (the fast path for CJK agrees with NFKD)', () => {
    // 〸 is NFKD 十; an ideographic tone mark is a mark, dropped; final sigma is sigma.
    expect(fold('〸')).toBe(fold('〸é').slice(0, 1));
    expect(fold('〸')).toBe('十');
    expect(fold('字\u302a字')).toBe(fold('字\u302a字é').slice(0, 2));
    expect(fold('ΟΔΟΣ')).toBe('οδοσ');
  });
});

describe('pre-filter on raw text', () => {
  it('passes text whose folded form contains a needle, and rejects text that cannot', () => {
    expect(mayContain('The Transformer, 2017', ['transformer'])).toBe(true);
    expect(mayContain('基于注意力的架构', ['注'])).toBe(true);
    expect(mayContain('LoRA 微调', ['transformer', '量'])).toBe(false);
    expect(mayContain('', ['a'])).toBe(false);
  });
  it('never rejects text that normalisation changes beyond case (full-width, accents)', () => {
    expect(fold('ＬｏＲＡ')).toBe('lora');
    expect(mayContain('ＬｏＲＡ', ['lora'])).toBe(true);
    expect(mayContain('Café', ['cafe'])).toBe(true);
  });
});

describe('Chinese segmentation', () => {
  it('gives Chinese text Chinese tokens: character bigrams', () => {
    const { han, words } = indexTokens(fold('开源大模型的自注意力机制'));
    expect(words.size).toBe(0);
    for (const t of ['开源', '源大', '模型', '自注', '注意', '意力'])
      expect(han.has(t), t).toBe(true);
    expect(indexTokens(fold('羊')).han.has('羊')).toBe(true);
  });

  it('feeds the words Intl.Segmenter finds at build time into the dictionary', () => {
    const words = segmenterWords(['注意力机制让模型关注。注意力很重要。', '预训练和注意力'], 2);
    expect(words).toContain('注意力');
  });

  it('glues the single characters ICU splits off (开|源 → 开源) and uses the user dictionary', () => {
    expect(segmentQueryRun('开源协议', new Dictionary())).toEqual(['开源', '协议']);
    expect(segmentQueryRun('自注意力机制', dict)).toEqual(['自注意力', '机制']);
    expect(segmentQueryRun('羊驼模型', dict)).toEqual(['羊驼', '模型']);
  });

  it('finds dictionary words that start outside the Basic Multilingual Plane (CJK Extension B)', () => {
    // 𠀀 (U+20000) is two UTF-16 units: the dictionary must be looked up by the whole character.
    const ext = new Dictionary(['𠀀𠀁', '模型𠀂']);
    expect(ext.matchAt('𠀀𠀁模型', 0)).toBe('𠀀𠀁');
    expect(ext.matchAt('𠀀𠀁模型', 1)).toBeUndefined();
    expect(segmentQueryRun('𠀀𠀁模型', ext)).toEqual(['𠀀𠀁', '模型']);
    expect(segmentQueryRun('开源𠀀𠀁', ext)).toContain('𠀀𠀁');
    expect(ext.occurrences('甲𠀀𠀁乙模型𠀂')).toEqual(['𠀀𠀁', '模型𠀂']);
    expect(parseQuery('𠀀𠀁模型', ext, synonyms).parts.map((p) => p.alts[0]!.text)).toEqual([
      '𠀀𠀁',
      '模型',
    ]);
  });

  it('drops function words from questions', () => {
    const words = segmentQueryRun('显存不够怎么微调', dict);
    expect(words).toContain('微调');
    expect(words).toContain('显存');
    expect(words).not.toContain('怎么');
  });

  it('makes bigrams, and a single character of a one-character run', () => {
    expect(bigrams('大模型')).toEqual(['大模', '模型']);
    expect(bigrams('羊')).toEqual(['羊']);
  });
});

describe('mixed scripts', () => {
  it('splits Latin words and Han runs apart, even without spaces', () => {
    expect(chunks(fold('LoRA微调与QLoRA'))).toEqual([
      { han: false, text: 'lora' },
      { han: true, text: '微调与' },
      { han: false, text: 'qlora' },
    ]);
    expect(altsOf('Llama 3 许可证')).toEqual([['llama', '羊驼'], ['3'], ['许可证']]);
  });
});

describe('alias expansion', () => {
  it('expands names from the data layer both ways', () => {
    expect(altsOf('羊驼')).toEqual([['羊驼', 'llama']]);
    expect(altsOf('抱抱脸')).toEqual([['抱抱脸', 'hugging face']]);
    expect(altsOf('self-attention')).toEqual([['self attention', '自注意力']]);
    expect(altsOf('Self Attention 原理')).toEqual([['self attention', '自注意力'], ['原理']]);
  });

  it('matches Latin names only on word boundaries', () => {
    expect(altsOf('ollama')).toEqual([['ollama']]);
  });
});

describe('typo matching', () => {
  it('measures edit distance with an upper bound', () => {
    expect(editDistance('transfomer', 'transformer', 2)).toBe(1);
    expect(editDistance('mixtrl', 'mixtral', 1)).toBe(1);
    expect(editDistance('bert', 'llama', 1)).toBeGreaterThan(1);
  });
});

describe('hostile queries', () => {
  const hostile = [
    '<img src=x onerror=alert(1)>',
    '.*+?[](){}|\\',
    'a'.repeat(10_000),
    '🦙🤗',
    '？！。，',
    '   ',
    '',
  ];
  it.each(hostile.map((q) => [q.slice(0, 30), q]))(
    'parses %j without throwing, in bounded time',
    (_label, q) => {
      const t = performance.now();
      const parsed = parseQuery(q, dict, synonyms);
      expect(performance.now() - t).toBeLessThan(200);
      expect(parsed.text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    },
  );
  it('yields nothing to search for punctuation, spaces and emoji', () => {
    expect(parseQuery('？！。，', dict, synonyms).parts).toEqual([]);
    expect(parseQuery('   ', dict, synonyms).parts).toEqual([]);
  });
});
