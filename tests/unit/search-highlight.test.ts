/**
 * Highlighting marks what matching matched: the same folding (full-width, accents, case), the
 * same word boundaries, offsets mapped back to the original text, pieces as plain data.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  align,
  findRanges,
  highlight,
  snippet,
  spaced,
  type Piece,
} from '../../src/search/highlight';
import { fold } from '../../src/search/tokenizer';
import { SearchEngine } from '../../src/search/engine';
import { loadLexicon } from '../../src/plugins/search/lexicon';

const hits = (pieces: Piece[]) => pieces.filter((p) => p.hit).map((p) => p.text);
const joined = (pieces: Piece[]) => pieces.map((p) => p.text).join('');
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('folding with offsets', () => {
  it('folds exactly as matching does, one code point at a time, over whole Unicode blocks', () => {
    // Every code point of the first three planes (surrogates excepted), 48 at a time, so that
    // marks follow letters, letters meet digits and Han meets Latin as they do in real text.
    let checked = 0;
    for (let base = 0; base < 0x30000; base += 48) {
      let text = '';
      for (let cp = base; cp < base + 48; cp++)
        if (cp < 0xd800 || cp > 0xdfff) text += String.fromCodePoint(cp);
      const { folded } = align(text);
      if (folded !== spaced(fold(text)))
        expect(folded, `block at U+${base.toString(16)}`).toBe(spaced(fold(text)));
      checked++;
    }
    expect(checked).toBe(4096);
    for (const text of [
      'ΟΔΟΣ ΟΔΟΣ',
      'Cafe\u0301\u0323 noir',
      'ﬁne-tuning ㎏ ½',
      'İstanbul',
      'Llama中文𠀀𠀁x',
      '  ， 开源 。 ',
    ]) {
      expect(align(text).folded, text).toBe(spaced(fold(text)));
    }
  });

  it('maps every folded unit back to whole characters of the original, in order', () => {
    const text = 'ＬＬａＭＡ 𠀀𠀁 Cafe\u0301 ﬁne ½ 🦙 İ';
    const { folded, start, end } = align(text);
    expect(start.length).toBe(folded.length);
    for (let i = 0; i < folded.length; i++) {
      expect(start[i]).toBeLessThanOrEqual(end[i]!);
      if (i > 0) expect(start[i]).toBeGreaterThanOrEqual(start[i - 1]!);
      expect(LONE_SURROGATE.test(text.slice(start[i], end[i]))).toBe(false);
    }
  });

  it('puts a word boundary between Han and Latin letters, as the index does', () => {
    expect(spaced('llama中文版 7b')).toBe('llama 中文版 7b');
  });
});

describe('highlighting what matching matches', () => {
  it('marks full-width, accented and decomposed spellings of a folded needle', () => {
    expect(hits(highlight('Meta 的 ＬＬａＭＡ 模型', ['llama']))).toEqual(['ＬＬａＭＡ']);
    expect(hits(highlight('Café au lait', ['cafe']))).toEqual(['Café']);
    // The combining accent belongs to the marked word: never a mark cut from its letter.
    expect(hits(highlight('Cafe\u0301 noir', ['cafe']))).toEqual(['Cafe\u0301']);
    expect(hits(highlight('ﬁne-tuning 指南', ['fine', 'tuning']))).toEqual(['ﬁne', 'tuning']);
    expect(hits(highlight('ΟΔΟΣ', ['οδοσ']))).toEqual(['ΟΔΟΣ']);
  });

  it('marks non-Han needles on word boundaries only', () => {
    expect(hits(highlight('2017 年发布 1 个 7B 模型，版本 1.1', ['1']))).toEqual(['1', '1', '1']);
    expect(hits(highlight('She said AI, not ai-generated', ['ai']))).toEqual(['AI', 'ai']);
    expect(hits(highlight('LLaMA 2 与 LLaMA 1', ['llama 1']))).toEqual(['LLaMA 1']);
    expect(hits(highlight('Llama中文社区', ['llama 中文']))).toEqual(['Llama中文']);
  });

  it('marks Han needles anywhere, including characters outside the BMP', () => {
    expect(hits(highlight('开源许可证', ['许可']))).toEqual(['许可']);
    const pieces = highlight('扩展 B 的𠀀𠀁字', ['𠀀𠀁']);
    expect(hits(pieces)).toEqual(['𠀀𠀁']);
    expect(joined(pieces)).toBe('扩展 B 的𠀀𠀁字');
  });

  it('cuts a window around the first match, on whole characters', () => {
    const text = `${'甲'.repeat(300)}羊驼${'乙'.repeat(300)}`;
    const pieces = snippet(text, ['羊驼'], 60);
    expect(hits(pieces)).toEqual(['羊驼']);
    expect(joined(pieces).length).toBeLessThan(70);
    // Astral characters on both edges of every possible window: no half of a pair survives.
    const astral = `${'𠀀'.repeat(100)}llama${'𠀁'.repeat(100)}`;
    for (let length = 20; length < 40; length++) {
      const p = snippet(astral, ['llama'], length);
      expect(hits(p)).toEqual(['llama']);
      for (const piece of p)
        expect(LONE_SURROGATE.test(piece.text), `length ${length}`).toBe(false);
    }
  });

  it('widens the window to show a match across its edge whole', () => {
    const pieces = snippet(
      `羊驼 ${'甲'.repeat(40)} LLaMA 7B ${'乙'.repeat(40)}`,
      ['羊驼', 'llama 7b'],
      48,
    );
    expect(hits(pieces)).toEqual(['羊驼', 'LLaMA 7B']);
  });

  it('marks the match and not a neighbour the window cut in half', () => {
    // "transformer" cut to "transform" by the window must not become a whole-word match.
    const pieces = snippet(
      `${'x '.repeat(20)}transform ${'y'.repeat(30)} transformers`,
      ['transform'],
      50,
    );
    expect(hits(pieces)).toEqual(['transform']);
  });
});

describe('hostile text and needles', () => {
  const cases: Array<[string, string, string[]]> = [
    ['HTML', '<img src=x onerror=alert(1)> <b>LoRA</b>', ['img', 'lora', '<b>']],
    ['regex metacharacters', 'a.*b (c) [d] \\e $f ^g', ['.*', '(', '[d]', '\\', 'f']],
    ['emoji', '🦙 LLaMA 🤗 Hugging Face 👍🏽', ['🦙', 'llama', 'hugging face']],
    ['10 000 characters', 'a '.repeat(5_000), ['a']],
    ['a 10 000-character needle', 'LoRA 微调', ['x'.repeat(10_000), 'lora']],
  ];
  it.each(cases)('%s: pieces rebuild the text exactly, in bounded time', (_name, text, needles) => {
    highlight('warm-up', needles);
    const t = performance.now();
    const pieces = highlight(text, needles);
    const window = snippet(text, needles);
    // Linear work is a few ms here; the bound is loose for a loaded machine and still catches quadratic work.
    expect(performance.now() - t).toBeLessThan(1000);
    expect(joined(pieces)).toBe(text);
    expect(text).toContain(joined(window).replace(/^…|…$/g, ''));
  });

  it('never marks markup or punctuation, only the words in it', () => {
    expect(hits(highlight('<b>LoRA</b> 微调 .*', ['lora', '.*', '</', '()']))).toEqual(['LoRA']);
    expect(hits(highlight('🦙 LLaMA 🤗', ['🦙', 'llama']))).toEqual(['LLaMA']);
    expect(findRanges('a '.repeat(5_000), ['a'])).toHaveLength(5_000);
  });
});

describe('what the engine asks to highlight', () => {
  // The real lexicon: 羊驼 is one name of the model whose other names are "LLaMA 7B" and "LLaMA 1".
  const lexicon = loadLexicon(join(import.meta.dirname, '..', '..'));
  const text =
    'LLaMA 1 于 2023 年 2 月 24 日发布，最小的 7B 版本使用非商业许可；LLaMA 7B 的权重 1 周后泄露。';
  const engine = new SearchEngine({
    ...lexicon,
    shards: [
      {
        pages: [{ u: '/docs/models/llama', t: 'LLaMA 与羊驼', c: ['模型'] }],
        docs: [[0, '', '', text]],
      },
    ],
  });

  it('for 羊驼 许可: the names 羊驼 stands for and 许可, never their stray digits', () => {
    const { highlights, pages } = engine.search('羊驼 许可');
    expect(pages).toHaveLength(1);
    expect(highlights).not.toContain('1');
    expect(highlights).not.toContain('7b');
    expect(hits(snippet(text, highlights, 200))).toEqual(['LLaMA 1', '许可', 'LLaMA 7B']);
    expect(hits(highlight('LLaMA 与羊驼', highlights))).toEqual(['羊驼']);
  });

  it('marks the expansions a query word matched (prefix, typo), as whole words', () => {
    const { highlights } = engine.search('llam');
    expect(highlights).toContain('llama');
    expect(hits(highlight('llama llamas ollama', highlights))).toEqual(['llama']);
  });

  it('for a name the reader typed, marks the phrase and its words, but not its numbers alone', () => {
    const { highlights } = engine.search('llama 7b');
    expect(highlights).toContain('llama 7b');
    expect(hits(highlight('LLaMA 7B 与 Mistral 7B，LLaMA 系列', highlights))).toEqual([
      'LLaMA 7B',
      'LLaMA',
    ]);
  });
});
