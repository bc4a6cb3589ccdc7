/**
 * Tokenisation shared by the index build, the browser and the benchmark. Pure functions, no
 * DOM, no Node APIs: the same code runs on both sides so that index-time and query-time
 * tokens always agree.
 *
 * Two scripts, two treatments (never one encoder for both):
 * - Han runs: Intl.Segmenter words, words from a user dictionary (glossary terms and data
 *   aliases), and character bigrams (plus single characters). Bigrams are the safety net:
 *   ICU splits many domain words differently (开源 → 开|源, 羊驼 → 羊|驼) and other engines'
 *   ICU may split them differently again, but a bigram is a bigram everywhere.
 * - Everything else (Latin, digits, other scripts): case-folded, diacritics removed, split
 *   on anything that is not a letter or digit. Prefix and typo matching happen at query time
 *   against the vocabulary (src/search/engine.ts).
 */

/** Longest query the engine looks at; longer input is cut, so a pasted novel cannot freeze the page. */
export const MAX_QUERY_LENGTH = 200;

const HAN = /\p{Script=Han}/u;
/**
 * A Han run, or a run of anything else that is not a space. Applied to folded text (letters,
 * digits and single spaces only), so "anything else" is letters and digits; this form avoids
 * a per-character lookahead, which made indexing several times slower.
 */
const CHUNK = /(\p{Script=Han}+)|([^\s\p{Script=Han}]+)/gu;

/**
 * NFKD folds full-width letters and digits to ASCII; marks are dropped; then lower case, with
 * final sigma as sigma: lower-casing then depends on no context, so normalising a text one
 * character at a time gives the same result (src/search/highlight.ts relies on that).
 */
export function normalize(text: string): string {
  // Most text here is ASCII, CJK and CJK punctuation, which NFKD leaves alone (or which `fold`
  // turns into spaces anyway): skip the costly normalisation for it.
  if (!NEEDS_NFKD.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ς/g, 'σ');
}
/**
 * Characters outside these ranges may fold differently under NFKD. Inside them NFKD changes
 * nothing that `fold` keeps: 〸〹〺 (Hangzhou numerals, NFKD 十卄卅) and the ideographic tone
 * marks U+302A–302F are left out, or text would fold one way alone and another way beside an
 * accented letter.
 */
const NEEDS_NFKD =
  // eslint-disable-next-line no-control-regex -- the range starts at U+0000 on purpose: ASCII needs no folding
  /[^\u0000-\u007f\u00a0\u00b7\u2000-\u206f\u3000-\u3029\u3030-\u3037\u303b-\u303f\u4e00-\u9fff\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/;

/**
 * Whether `fold(raw)` could contain one of `needles` (folded words or Han characters),
 * judged on the raw text: a necessary condition, cheap enough to skip folding records that
 * cannot match. Text that normalisation would change beyond lower-casing always passes.
 */
export function mayContain(raw: string, needles: readonly string[]): boolean {
  if (!raw) return false;
  if (NEEDS_NFKD.test(raw)) return true;
  const lower = raw.toLowerCase();
  return needles.some((n) => lower.includes(n));
}

/** Normalised, with every run of punctuation and spaces collapsed to one space: how fields and queries are compared. */
export function fold(text: string): string {
  return normalize(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export const isHan = (s: string): boolean => HAN.test(s);

let segmenter: Intl.Segmenter | null | undefined;
function getSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter =
      typeof Intl !== 'undefined' && 'Segmenter' in Intl
        ? new Intl.Segmenter('zh', { granularity: 'word' })
        : null;
  }
  return segmenter;
}

/** Intl.Segmenter words of a Han run (the run itself when no segmenter exists). */
export function segmentWords(run: string): string[] {
  const seg = getSegmenter();
  if (!seg) return [run];
  const out: string[] = [];
  for (const s of seg.segment(run))
    if (s.isWordLike !== false && s.segment.trim()) out.push(s.segment);
  return out;
}

/** Character bigrams of a Han run; a single character for a one-character run. */
export function bigrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** The whole character (code point) at code unit `i`: one unit, or a surrogate pair. */
function charAt(s: string, i: number): string {
  const cp = s.codePointAt(i);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** A user dictionary: Han words to keep whole, looked up by first character. */
export class Dictionary {
  private readonly byFirst = new Map<string, string[]>();
  constructor(words: Iterable<string> = []) {
    for (const w of words) this.add(w);
  }
  add(word: string): void {
    const w = normalize(word);
    if (Array.from(w).length < 2 || !/^\p{Script=Han}+$/u.test(w)) return;
    const first = Array.from(w)[0]!;
    const list = this.byFirst.get(first) ?? [];
    if (!list.includes(w)) {
      list.push(w);
      list.sort((a, b) => b.length - a.length); // longest first: maximal match
      this.byFirst.set(first, list);
    }
  }
  /**
   * Longest dictionary word starting at code unit `i` in `run`, if any. Keys are whole
   * characters: a word starting outside the Basic Multilingual Plane (CJK Extension B, 𠀀)
   * is keyed by its surrogate pair, not by the first half of it.
   */
  matchAt(run: string, i: number): string | undefined {
    const list = this.byFirst.get(charAt(run, i));
    return list?.find((w) => run.startsWith(w, i));
  }
  /** Every dictionary word occurring in `run` (overlaps included). */
  occurrences(run: string): string[] {
    const found: string[] = [];
    for (let i = 0; i < run.length; i += charAt(run, i).length) {
      const list = this.byFirst.get(charAt(run, i));
      if (list) for (const w of list) if (run.startsWith(w, i)) found.push(w);
    }
    return found;
  }
}

/** Chinese function words that carry no topic ("显存不够怎么微调" is about 显存 and 微调). */
const HAN_STOP = new Set(
  '的 了 吗 呢 吧 啊 呀 是 在 和 与 及 或 有 用 把 被 让 给 对 从 到 要 就 都 也 还 又 很 最 该 怎么 怎样 怎么样 如何 什么 为什么 为何 哪些 哪个 哪里 哪 可以 能否 能 是否 是不是 一个 一些 这个 那个 这些 那些 我 你 他 她 它 我们 你们 他们 吗 么 请问 介绍 一下 有哪些 有什么 关于'.split(
    ' ',
  ),
);
/** English function words; dropped from a query when it has other words. */
export const LATIN_STOP = new Set(
  'a an the of to in on for and or is are was be by with what how why which who when where do does can vs versus from about i my me'.split(
    ' ',
  ),
);

/**
 * Splits a Han run into query words: dictionary words first (longest match), the segmenter
 * for the rest, consecutive single characters glued back together (ICU's 开|源 → 开源),
 * function words dropped.
 */
export function segmentQueryRun(run: string, dict: Dictionary): string[] {
  const pieces: string[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) pieces.push(...segmentWords(buffer));
    buffer = '';
  };
  for (let i = 0; i < run.length;) {
    const word = dict.matchAt(run, i);
    if (word) {
      flush();
      pieces.push(word);
      i += word.length;
    } else {
      const ch = charAt(run, i);
      buffer += ch;
      i += ch.length;
    }
  }
  flush();
  const words: string[] = [];
  let glue = '';
  const flushGlue = () => {
    if (glue) words.push(glue);
    glue = '';
  };
  for (const p of pieces) {
    if (HAN_STOP.has(p)) {
      flushGlue();
      continue;
    }
    if (Array.from(p).length === 1) glue += p;
    else {
      flushGlue();
      words.push(p);
    }
  }
  flushGlue();
  // A lone character left beside a word belongs to it (ICU: 许可|证 → 许可证); alone it matches everything.
  for (let i = 0; i < words.length; i++) {
    if (Array.from(words[i]!).length !== 1 || words.length < 2) continue;
    if (i > 0) words[i - 1] = words[i - 1]! + words[i]!;
    else words[1] = words[0]! + words[1]!;
    words.splice(i, 1);
    i--;
  }
  // A query made only of function words ("什么") still searches for itself.
  return words.length > 0 ? words : run ? [run] : [];
}

export interface Chunk {
  han: boolean;
  text: string;
}

/** Splits folded text (see `fold`) into Han runs and other word runs, in order. */
export function chunks(normalized: string): Chunk[] {
  const out: Chunk[] = [];
  for (const m of normalized.matchAll(CHUNK))
    out.push(m[1] ? { han: true, text: m[1] } : { han: false, text: m[2]! });
  return out;
}

/** Tokens of one field as the index stores them. */
export interface FieldTokens {
  /** Non-Han words (exact, lower case). */
  words: Set<string>;
  /** Han tokens: bigrams and one-character runs. */
  han: Set<string>;
}

/**
 * Index-time tokens of a text (fold first). Intl.Segmenter is not run here: it is the slow
 * part (hundreds of ms per 200 000 characters) and would run in the reader's browser. Han
 * words are not tokens either: a query word is looked up by its bigrams and checked for
 * contiguity when scoring, so indexing words too would only cost time and memory. The
 * dictionary (with the words the build's segmenter finds, see `segmenterWords`) is used to
 * segment queries instead.
 */
export function indexTokens(normalized: string, withWords = true): FieldTokens {
  const words = new Set<string>();
  const han = new Set<string>();
  for (const c of chunks(normalized)) {
    if (!c.han) {
      if (withWords) words.add(c.text);
      continue;
    }
    // Bigrams only (a one-character run is its own token); single characters inside longer
    // runs are not indexed, a one-character query scans the text instead (rare, and cheap).
    for (const b of bigrams(c.text)) han.add(b);
  }
  return { words, han };
}

/**
 * Build time: the words Intl.Segmenter finds in a corpus (3+ characters, seen at least
 * `minCount` times), for the user dictionary. Shorter words are covered by bigrams.
 */
export function segmenterWords(texts: Iterable<string>, minCount = 2, max = 4000): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const c of chunks(fold(text))) {
      if (!c.han || c.text.length < 3) continue;
      for (const w of segmentWords(c.text))
        if (Array.from(w).length >= 3) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return [...counts]
    .filter(([, n]) => n >= minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, max)
    .map(([w]) => w);
}

/** The non-Han words of a folded text. */
export function wordSet(folded: string): Set<string> {
  const words = new Set(folded.replace(HAN_RUNS, ' ').split(' '));
  words.delete('');
  return words;
}
const HAN_RUNS = /\p{Script=Han}+/gu;

/**
 * The sorted non-Han words of some texts: what query words are expanded against (prefixes,
 * typos). The build ships it with the index so that the browser need not fold every record
 * before its first query.
 */
export function vocabulary(texts: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const t of texts) for (const w of wordSet(fold(t))) words.add(w);
  return [...words].sort();
}

/**
 * A light English stemmer for query expansion (src/search/engine.ts): the inflections an
 * English reader types interchangeably — plurals, -ing, -ed, a final -e — reduced to one form
 * (licenses, licensed, licensing, license → licens; policies, policy → policy; embeddings,
 * embedding, embed → embed). Not Porter: it never merges words of different meaning such as "general" and
 * "generate", and a word under four letters is left as it is.
 */
export function englishStem(word: string): string {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(?:[sxz]|ch|sh)es$/.test(w) && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  // Then the verb ending, so that "embeddings" meets "embedding" and "embed".
  if (w.endsWith('ing') && w.length >= 6) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length >= 6) w = undouble(w.slice(0, -2));
  if (w.endsWith('e') && w.length >= 4) w = w.slice(0, -1);
  return w;
}

/** "runn" → "run", "stopp" → "stop" (the doubled consonant before -ing/-ed), but "pass" stays. */
const undouble = (w: string): string => (/([^aeiouslz])\1$/.test(w) ? w.slice(0, -1) : w);
