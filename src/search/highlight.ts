/**
 * Snippets and highlighting as plain data: a list of text pieces, some marked. Components
 * render the pieces as text nodes (and <mark>), so whatever a query or a page contains is
 * never interpreted as HTML. Matching uses indexOf, never a RegExp built from input.
 *
 * Highlighting sees text the way matching does: folded (`fold` in tokenizer.ts: NFKD,
 * marks dropped, lower case, punctuation to spaces), so a page's "ＬＬａＭＡ" or "Café" is
 * marked for `llama` or `cafe`. Folding changes lengths (ﬁ → fi, e + U+0301 → e, ½ → 1 2),
 * so the text is folded one code point at a time while recording which original code units
 * each folded unit came from; a match in the folded text maps back through that record.
 *
 * Needles (SearchResponse.highlights) are folded words and phrases. A needle starting or
 * ending with a non-Han word matches only on word boundaries there, as the index does
 * ("1" is not marked inside "2017", "ai" not inside "said"); Han needles match anywhere.
 */
import { fold, isHan, normalize } from './tokenizer';

export interface Piece {
  text: string;
  hit: boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** 1 for ASCII letters and digits, by code. */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) =>
  LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 0,
);

/**
 * Folded text with space between Han and non-Han letters too, which `fold` leaves joined
 * ("llama中文"): the index sees a word boundary there, and with a space a boundary is always
 * a space or an end, one cheap check.
 */
export function spaced(folded: string): string {
  let out = '';
  let prevHan: boolean | undefined;
  for (const ch of folded) {
    if (ch === ' ') {
      prevHan = undefined;
      out += ch;
      continue;
    }
    const han = isHan(ch);
    if (prevHan !== undefined && han !== prevHan) out += ' ';
    prevHan = han;
    out += ch;
  }
  return out;
}

/** `spaced(fold(text))`, with the original range [start, end) of every folded code unit. */
export interface AlignedText {
  folded: string;
  start: number[];
  end: number[];
}

export function align(text: string): AlignedText {
  let folded = '';
  const start: number[] = [];
  const end: number[] = [];
  let pendingSpace = false;
  let prevHan: boolean | undefined;
  const emit = (unit: string, s: number, e: number) => {
    folded += unit;
    start.push(s);
    end.push(e);
  };
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    // ASCII letters and digits and common Han, most of any page, without the general path.
    if (cp < 0x80 ? ASCII_WORD[cp] === 1 : cp >= 0x4e00 && cp <= 0x9fff) {
      const han = cp >= 0x4e00;
      if (pendingSpace || (prevHan !== undefined && han !== prevHan)) emit(' ', i, i);
      pendingSpace = false;
      prevHan = han;
      emit(cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : text[i]!, i, i + 1);
      i += 1;
      continue;
    }
    // Per code point, `normalize` gives what it gives the whole text: NFKD decomposes each
    // character on its own, reordering only marks (dropped), and lower-casing has no context
    // once final sigma is folded (tokenizer.ts). A unit test holds this over whole Unicode blocks.
    const f = normalize(text.slice(i, i + width));
    if (f === '' && folded.length > 0 && !pendingSpace) {
      // A combining mark: it belongs to the letter before it, and so does its highlight.
      end[end.length - 1] = i + width;
      for (let k = end.length - 2; k >= 0 && start[k] === start[end.length - 1]; k--)
        end[k] = i + width;
    }
    for (const ch of f) {
      if (!LETTER_OR_DIGIT.test(ch)) {
        pendingSpace = folded.length > 0;
        continue;
      }
      const han = isHan(ch);
      if (pendingSpace || (prevHan !== undefined && han !== prevHan)) emit(' ', i, i);
      pendingSpace = false;
      prevHan = han;
      for (let u = 0; u < ch.length; u++) emit(ch[u]!, i, i + width);
    }
    i += width;
  }
  return { folded, start, end };
}

/** Ranges of the original text where any needle occurs (folded, on word boundaries), merged, in order. */
export function findRanges(text: string, needles: readonly string[]): Array<[number, number]> {
  if (!text) return [];
  const { folded, start, end } = align(text);
  const ranges: Array<[number, number]> = [];
  // Needles from the engine are folded already; folding again changes nothing then and makes any other caller safe.
  for (const needle of new Set(needles.map((n) => spaced(fold(n))))) {
    if (!needle) continue;
    const chars = Array.from(needle);
    const openStart = !isHan(chars[0]!);
    const openEnd = !isHan(chars[chars.length - 1]!);
    for (let i = folded.indexOf(needle); i !== -1; i = folded.indexOf(needle, i + 1)) {
      const j = i + needle.length;
      if (openStart && i > 0 && folded[i - 1] !== ' ') continue;
      if (openEnd && j < folded.length && folded[j] !== ' ') continue;
      ranges.push([start[i]!, end[j - 1]!]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** `text` from `from` to `to`, cut into pieces by `ranges` (clipped to the window). */
function piecesOf(
  text: string,
  ranges: Array<[number, number]>,
  from = 0,
  to = text.length,
): Piece[] {
  const pieces: Piece[] = [];
  let at = from;
  for (const [rs, re] of ranges) {
    const s = Math.max(rs, from);
    const e = Math.min(re, to);
    if (e <= s) continue;
    if (s > at) pieces.push({ text: text.slice(at, s), hit: false });
    pieces.push({ text: text.slice(s, e), hit: true });
    at = e;
  }
  if (at < to) pieces.push({ text: text.slice(at, to), hit: false });
  return pieces;
}

/** The whole text, cut into marked and unmarked pieces. */
export function highlight(text: string, needles: readonly string[]): Piece[] {
  return piecesOf(text, findRanges(text, needles));
}

/** Moves a cut off the middle of a surrogate pair. */
const onCodePoint = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return i > 0 && i < text.length && c >= 0xdc00 && c <= 0xdfff ? i - 1 : i;
};

/** A window of about `length` characters around the first match, highlighted. */
export function snippet(text: string, needles: readonly string[], length = 110): Piece[] {
  if (!text) return [];
  const ranges = findRanges(text, needles);
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(length / 3));
  let end = onCodePoint(text, Math.min(text.length, start + length));
  start = onCodePoint(text, Math.max(0, Math.min(start, end - length)));
  // A match across an edge of the window is shown whole rather than as a marked fragment.
  for (const [s, e] of ranges) {
    if (s < start && e > start) start = s;
    if (s < end && e > end) end = e;
  }
  const pieces = piecesOf(text, ranges, start, end);
  if (start > 0) pieces.unshift({ text: '…', hit: false });
  if (end < text.length) pieces.push({ text: '…', hit: false });
  return pieces;
}
