/**
 * Ranking: how well one record (a page or one of its heading sections) answers a query.
 * Pure and deterministic, shared by browser and Node, tested on small fixtures.
 *
 * The rules, in order of strength:
 * - where a part matched: title > heading > breadcrumb/body;
 * - how it matched: whole word or contiguous Chinese word > prefix > typo > scattered bigrams;
 * - records matching every part beat records matching some (mixed queries such as LoRA 微调);
 * - the whole query as a phrase beats its words scattered;
 * - the page *about* a thing (its title is the thing, and little else) beats pages mentioning it.
 */
import { fold, wordSet } from './tokenizer';
import type { Alternative, ParsedQuery } from './query';

/**
 * One field of a record: its folded text and its words, both computed on first use, since
 * only a query's candidates are ever scored (and the browser's first query should not wait
 * for every record to be folded).
 */
export class FieldView {
  private folded?: string;
  private words?: Set<string>;
  constructor(readonly raw: string) {}
  get norm(): string {
    this.folded ??= fold(this.raw);
    return this.folded;
  }
  /** Non-Han words. */
  get wordSet(): Set<string> {
    this.words ??= wordSet(this.norm);
    return this.words;
  }
}

export interface RecordView {
  isPage: boolean;
  fields: { title: FieldView; heading: FieldView; crumbs: FieldView; body: FieldView };
}

/** Query words → vocabulary words they stand for, with match quality (1 exact, less for prefix/typo). */
export interface TermMatcher {
  expansions: Map<string, Map<string, number>>;
}

type FieldName = keyof RecordView['fields'];

const PAGE_WEIGHTS: Record<FieldName, number> = { title: 10, heading: 0, crumbs: 3, body: 2 };
const SECTION_WEIGHTS: Record<FieldName, number> = { title: 5, heading: 8, crumbs: 2, body: 2 };
const FIELDS: FieldName[] = ['title', 'heading', 'crumbs', 'body'];
const isHanTerm = (t: string) => /\p{Script=Han}/u.test(t);

function countOccurrences(haystack: string, needle: string, cap: number): number {
  let n = 0;
  for (
    let i = haystack.indexOf(needle);
    i !== -1 && n < cap;
    i = haystack.indexOf(needle, i + needle.length)
  )
    n++;
  return n;
}

/** 0..1: how well one atom matches one field. */
export function termQuality(term: string, field: FieldView, matcher: TermMatcher): number {
  if (isHanTerm(term)) {
    if (field.norm.includes(term)) return 1;
    const chars = Array.from(term);
    if (chars.length < 2) return 0;
    let have = 0;
    for (let i = 0; i < chars.length - 1; i++)
      if (field.norm.includes(chars[i]! + chars[i + 1]!)) have++;
    const coverage = have / (chars.length - 1);
    return coverage >= 0.5 ? 0.5 * coverage : 0;
  }
  let best = 0;
  const ex = matcher.expansions.get(term);
  if (ex) for (const [word, q] of ex) if (q > best && field.wordSet.has(word)) best = q;
  return best;
}

/** 0..1: how well one spelling of a part matches one field. */
function altQuality(alt: Alternative, field: FieldView, matcher: TermMatcher): number {
  if (!field.norm) return 0;
  if (alt.terms.length === 1) return termQuality(alt.terms[0]!, field, matcher);
  if (containsPhrase(field.norm, alt.text)) return 1;
  let sum = 0;
  let missing = 0;
  for (const t of alt.terms) {
    const q = termQuality(t, field, matcher);
    sum += q;
    if (q === 0) missing++;
  }
  // A synonym counts only whole: "llama index" (LlamaIndex) is no evidence for a page on Llama.
  if (missing > 0 && alt.quality < 1) return 0;
  return ((missing > 0 ? 0.5 : 0.8) * sum) / alt.terms.length;
}

/** Phrase containment that respects word starts for non-Han text ("ai" is not in "said"). */
export function containsPhrase(haystack: string, phrase: string): boolean {
  if (!phrase) return false;
  for (let i = haystack.indexOf(phrase); i !== -1; i = haystack.indexOf(phrase, i + 1)) {
    const before = haystack[i - 1];
    if (before === undefined || before === ' ' || isHanTerm(phrase[0]!) || isHanTerm(before))
      return true;
  }
  return false;
}

/** 1 when a title or heading is exactly what was typed or one of its other names: the record is *about* it. */
function nameMatch(name: string, query: ParsedQuery): number {
  if (name === query.text) return 1;
  let best = 0;
  for (const p of query.parts) for (const a of p.alts) if (a.text === name) best = 1;
  return best;
}

export function scoreRecord(rec: RecordView, query: ParsedQuery, matcher: TermMatcher): number {
  const weights = rec.isPage ? PAGE_WEIGHTS : SECTION_WEIGHTS;
  let total = 0;
  let weightSum = 0;
  let matched = 0;
  let titleChars = 0;
  for (const part of query.parts) {
    weightSum += part.weight;
    let best = 0;
    let bestAlt: Alternative | undefined;
    let bestField: FieldName | undefined;
    for (const alt of part.alts) {
      for (const f of FIELDS) {
        const w = weights[f];
        if (w === 0) continue;
        const q = altQuality(alt, rec.fields[f], matcher);
        if (q === 0) continue;
        let s = w * q * alt.quality;
        if (f === 'body') {
          // A body that keeps returning to the word is more about it than one passing mention.
          const needle = alt.terms.length === 1 && isHanTerm(alt.text) ? alt.text : alt.terms[0]!;
          s *= 1 + (0.6 * countOccurrences(rec.fields.body.norm, needle, 8)) / 8;
        }
        if (s > best) {
          best = s;
          bestAlt = alt;
          bestField = f;
        }
      }
    }
    if (best > 0) {
      matched += part.weight;
      total += part.weight * best;
      if (bestField === 'title' && bestAlt) titleChars += bestAlt.text.length;
    }
  }
  if (matched === 0 || weightSum === 0) return 0;
  let score = total / weightSum;
  const coverage = matched / weightSum;
  score *= 0.35 + 0.65 * coverage * coverage;
  if (query.parts.length > 1 && coverage >= 0.999) score += 1.5;

  const { title, heading, body } = rec.fields;
  const phrase = query.text;
  if (query.parts.length > 1 || phrase.includes(' ')) {
    if (containsPhrase(title.norm, phrase)) score += 3;
    else if (containsPhrase(heading.norm, phrase)) score += 2;
    else if (containsPhrase(body.norm, phrase)) score += 1;
  }
  // The page about the thing: its title is (nearly) just the query or one of its names.
  if (rec.isPage && titleChars > 0 && title.norm.length > 0) {
    score += 3 * Math.min(1, titleChars / title.norm.replace(/ /g, '').length);
    score += 2 * nameMatch(title.norm, query);
  }
  if (!rec.isPage && heading.norm) score += 2.5 * nameMatch(heading.norm, query);
  if (rec.isPage) score += 0.3;
  return score;
}
