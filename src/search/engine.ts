/**
 * The search engine: builds FlexSearch indexes from plain records (src/search/types.ts) and
 * answers queries with ranked, page-grouped results. Runs in the browser and in Node (tests,
 * benchmark) alike.
 *
 * FlexSearch holds the inverted indexes (one for non-Han words, one for Han tokens) and finds
 * candidates; tokens come from src/search/tokenizer.ts, so FlexSearch's own encoders (whose
 * CJK charset splits every character and mangles English in mixed text) are bypassed with
 * `encode`. Ranking (src/search/rank.ts) then scores only the candidates.
 */
import FlexSearch from 'flexsearch';
import type { Id, Index } from 'flexsearch';
import {
  Dictionary,
  englishStem,
  indexTokens,
  LATIN_STOP,
  mayContain,
  vocabulary,
} from './tokenizer';
import { parseQuery, Synonyms, type ParsedQuery } from './query';
import { FieldView, scoreRecord, type RecordView, type TermMatcher } from './rank';
import type { SearchIndexData, SearchPage, SearchShard } from './types';

export interface SearchHit {
  /** Link target: page path plus #anchor for a heading section. */
  url: string;
  pageUrl: string;
  title: string;
  /** Heading of the section, empty for the page itself. */
  heading: string;
  crumbs: string[];
  text: string;
  score: number;
}

export interface PageResult {
  pageUrl: string;
  title: string;
  crumbs: string[];
  /** Best first; `hits[0]` is where the result links to. */
  hits: SearchHit[];
  score: number;
}

export interface SearchResponse {
  query: ParsedQuery;
  pages: PageResult[];
  /**
   * What to mark in titles and snippets (see src/search/highlight.ts): folded words and
   * phrases that the query's parts match as the ranking counts them.
   */
  highlights: string[];
}

interface IndexedRecord extends RecordView {
  page: SearchPage;
  anchor: string;
  heading: string;
  text: string;
}

const split = (s: string): string[] => (s ? s.split(' ') : []);

/** The texts of a shard that its records' fields are made of (for the vocabulary). */
export function recordTexts(shard: SearchShard): string[] {
  return [
    ...shard.pages.flatMap((p) => [p.t, p.c.join(' ')]),
    ...shard.docs.flatMap(([, , heading, text]) => [heading, text]),
  ];
}

/** Damerau-free Levenshtein distance, giving up above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

export class SearchEngine {
  readonly dict: Dictionary;
  readonly synonyms: Synonyms;
  private readonly records: IndexedRecord[] = [];
  private readonly wordIndex: Index;
  private readonly hanIndex: Index;
  /** Sorted vocabulary of non-Han words, for prefix and typo expansion. */
  private readonly vocab: string[];

  /** How many records FlexSearch has indexed so far (see `indexStep`). */
  private indexed = 0;
  /** Tokens of records looked up before the index was ready (see `tokensOf`). */
  private readonly scanTokens = new Map<number, { words: Set<string>; han: Set<string> }>();

  /**
   * `deferIndex`: build only the cheap parts now (records whose fields fold on first use) and leave the
   * FlexSearch indexes to `indexStep`, which the browser runs in small slices after the first
   * results are on screen. Until they are complete, a query looks records up by the same tokens
   * the index would hold (`recordsWith`), among those whose raw text could match: no wait for the
   * index, slower per query, and exactly the same results (tests/unit/search-deferred.test.ts).
   */
  constructor(data: SearchIndexData, { deferIndex = false }: { deferIndex?: boolean } = {}) {
    this.dict = new Dictionary(data.dict);
    this.synonyms = new Synonyms(data.synonyms);
    const options = { tokenize: 'strict' as const, encode: split, resolution: 1, cache: false };
    this.wordIndex = new FlexSearch.Index(options);
    this.hanIndex = new FlexSearch.Index(options);
    for (const shard of data.shards) {
      for (const [pageIndex, anchor, heading, text] of shard.docs) {
        const page = shard.pages[pageIndex]!;
        const fields = {
          title: new FieldView(page.t),
          heading: new FieldView(heading),
          crumbs: new FieldView(page.c.join(' ')),
          body: new FieldView(text),
        };
        this.records.push({ page, anchor, heading, text, isPage: anchor === '', fields });
      }
    }
    this.vocab = data.vocab ?? vocabulary(data.shards.flatMap(recordTexts));
    if (!deferIndex) this.indexStep();
  }

  /** Adds records to the FlexSearch indexes until `budgetMs` is spent; true when all are in. */
  indexStep(budgetMs = Infinity): boolean {
    const until = performance.now() + budgetMs;
    while (this.indexed < this.records.length) {
      const id = this.indexed++;
      const { words, han } = this.tokensOf(id);
      if (words.size) this.wordIndex.add(id, [...words].join(' '));
      if (han.size) this.hanIndex.add(id, [...han].join(' '));
      // The index holds them now; the copy was only for searches made before it was ready.
      this.scanTokens.delete(id);
      if (performance.now() >= until) break;
    }
    return this.indexed >= this.records.length;
  }

  /**
   * The tokens a record is indexed under: its fields' non-Han words and Han bigrams, in one
   * list (fields are told apart when scoring). Before the index is ready, searches look
   * records up by these same tokens, so both ways find the same candidates.
   */
  private tokensOf(id: number): { words: Set<string>; han: Set<string> } {
    const cached = this.scanTokens.get(id);
    if (cached) return cached;
    const { title, heading, crumbs, body } = this.records[id]!.fields;
    const tokens = {
      words: new Set([...title.wordSet, ...heading.wordSet, ...crumbs.wordSet, ...body.wordSet]),
      han: indexTokens(`${title.norm} ${heading.norm} ${crumbs.norm} ${body.norm}`, false).han,
    };
    if (!this.indexReady) this.scanTokens.set(id, tokens);
    return tokens;
  }

  /**
   * Records indexed under `token`: from FlexSearch once it is ready, before that from the
   * records in `pool` (those whose raw text could contain the query part) checked one by one.
   */
  private recordsWith(kind: 'words' | 'han', token: string, pool: () => number[]): number[] {
    if (this.indexReady) {
      const index = kind === 'words' ? this.wordIndex : this.hanIndex;
      return index.search(token, { limit: 100000 }) as number[];
    }
    return pool().filter((id) => this.tokensOf(id)[kind].has(token));
  }

  /** Single Han characters are not indexed (see indexTokens): records whose text has one. */
  private recordsWithChar(char: string): number[] {
    const ids: number[] = [];
    this.records.forEach((r, id) => {
      if (Object.values(r.fields).some((f) => f.norm.includes(char))) ids.push(id);
    });
    return ids;
  }

  get indexReady(): boolean {
    return this.indexed >= this.records.length;
  }

  get size(): number {
    return this.records.length;
  }

  /** Vocabulary words a query word stands for, with how good a match each is. */
  private expandWord(word: string): Map<string, number> {
    const out = new Map<string, number>();
    const lo = lowerBound(this.vocab, word);
    if (this.vocab[lo] === word) out.set(word, 1);
    // Prefix: "transform" finds "transformer"; one letter is too little to guess from.
    if (word.length >= 2) {
      for (let i = lo; i < this.vocab.length && out.size < 40; i++) {
        const v = this.vocab[i]!;
        if (!v.startsWith(word)) break;
        if (v !== word) out.set(v, 0.85 - Math.min(0.25, (v.length - word.length) * 0.03));
      }
    }
    // Inflections: "licenses" finds "license" and "licensing", "models" finds "model" (a
    // prefix only reaches longer words). They share the stem's first letters, so only the
    // vocabulary words under that prefix are stemmed.
    const stem = englishStem(word);
    if (stem.length >= 3 && /^[a-z]+$/.test(word)) {
      const prefix = stem.replace(/y$/, '');
      for (let i = lowerBound(this.vocab, prefix), seen = 0; i < this.vocab.length; i++) {
        const v = this.vocab[i]!;
        if (!v.startsWith(prefix) || ++seen > 400) break;
        if (v !== word && englishStem(v) === stem) out.set(v, Math.max(out.get(v) ?? 0, 0.95));
      }
    }
    // Typos: only for words of 5+ letters that the index does not know.
    if (word.length >= 5 && !out.has(word) && /^[a-z]+$/.test(word)) {
      const max = word.length >= 8 ? 2 : 1;
      for (const v of this.vocab) {
        if (Math.abs(v.length - word.length) > max || v[0] !== word[0]) continue;
        const d = editDistance(word, v, max);
        if (d <= max && !out.has(v)) out.set(v, d === 1 ? 0.65 : 0.5);
      }
    }
    return out;
  }

  /**
   * Words close to a query that found nothing: vocabulary words within a small edit distance,
   * and names from the lexicon sharing a Chinese bigram with it. For the "did you mean" line.
   */
  suggest(raw: string, max = 5): string[] {
    const query = parseQuery(raw, this.dict, this.synonyms);
    const scored: Array<[string, number]> = [];
    for (const part of query.parts) {
      for (const term of part.alts[0]!.terms) {
        if (/\p{Script=Han}/u.test(term)) {
          const grams = new Set(
            bigramsOf(term).concat(Array.from(term).length === 1 ? [term] : []),
          );
          for (const g of this.synonyms.groups) {
            const name = g.find((n) => /\p{Script=Han}/u.test(n));
            if (name && [...grams].some((b) => name.includes(b))) scored.push([name, 1]);
          }
        } else if (term.length >= 3) {
          for (const v of this.vocab) {
            if (v.length < 3 || Math.abs(v.length - term.length) > 2) continue;
            const d = editDistance(term, v, 2);
            if (d <= 2 && v !== term) scored.push([v, d]);
          }
        }
      }
    }
    scored.sort((a, b) => a[1] - b[1]);
    return [...new Set(scored.map(([w]) => w))].slice(0, max);
  }

  /**
   * `limit`: most pages returned. `exhaustive`: score every candidate (the /search page, which
   * lists all results) instead of the most promising few hundred (the dialog, as you type).
   */
  search(
    raw: string,
    { limit = Infinity, exhaustive = false }: { limit?: number; exhaustive?: boolean } = {},
  ): SearchResponse {
    const query = parseQuery(raw, this.dict, this.synonyms);
    if (query.parts.length === 0) return { query, pages: [], highlights: [] };

    const expansions = new Map<string, Map<string, number>>();
    const candidates = new Set<number>();
    // Which parts of the query each candidate touches (for the cheap pre-ranking below).
    const touched = new Map<number, number>();
    let partBit = 1;
    const add = (ids: Id[]) => {
      for (const id of ids) {
        candidates.add(id as number);
        touched.set(id as number, (touched.get(id as number) ?? 0) | partBit);
      }
    };
    query.parts.forEach((part, partIndex) => {
      partBit = 1 << Math.min(partIndex, 30);
      // Before the index is ready: the records whose raw text could hold any spelling of this
      // part (a cheap necessary condition), computed once per part and only if needed.
      let pool: number[] | undefined;
      const partPool = () => {
        if (pool) return pool;
        const needles = part.alts.flatMap((alt) =>
          alt.terms.flatMap((term) =>
            /\p{Script=Han}/u.test(term) ? Array.from(term) : [...this.expandWord(term).keys()],
          ),
        );
        pool = [];
        this.records.forEach((r, id) => {
          if (Object.values(r.fields).some((f) => mayContain(f.raw, needles))) pool!.push(id);
        });
        return pool;
      };
      for (const alt of part.alts) {
        for (const term of alt.terms) {
          if (/\p{Script=Han}/u.test(term)) {
            if (Array.from(term).length === 1) add(this.recordsWithChar(term));
            else for (const k of bigramsOf(term)) add(this.recordsWith('han', k, partPool));
          } else {
            let ex = expansions.get(term);
            if (!ex) {
              ex = this.expandWord(term);
              expansions.set(term, ex);
            }
            for (const v of ex.keys()) add(this.recordsWith('words', v, partPool));
          }
        }
      }
    });
    const matcher: TermMatcher = { expansions };

    // A broad query ("大模型") touches most records. Full scoring is kept for the most promising
    // few hundred: most query parts touched, then the part's text in the title or heading.
    let toScore: Iterable<number> = candidates;
    if (!exhaustive && candidates.size > MAX_SCORED) {
      const firstTexts = query.parts.map((p) => p.alts[0]!.text);
      const pre = (id: number) => {
        const f = this.records[id]!.fields;
        let s = 10 * popcount(touched.get(id) ?? 0);
        if (firstTexts.some((t) => f.title.norm.includes(t) || f.heading.norm.includes(t))) s += 5;
        return s;
      };
      toScore = [...candidates]
        .map((id) => [id, pre(id)] as const)
        .sort((a, b) => b[1] - a[1])
        .slice(0, MAX_SCORED)
        .map(([id]) => id);
    }
    const scored: Array<{ rec: IndexedRecord; score: number }> = [];
    for (const id of toScore) {
      const rec = this.records[id]!;
      const score = scoreRecord(rec, query, matcher);
      if (score > 0) scored.push({ rec, score });
    }

    const byPage = new Map<string, PageResult>();
    for (const { rec, score } of scored) {
      const hit: SearchHit = {
        url: rec.anchor ? `${rec.page.u}#${rec.anchor}` : rec.page.u,
        pageUrl: rec.page.u,
        title: rec.page.t,
        heading: rec.heading,
        crumbs: rec.page.c,
        text: rec.text,
        score,
      };
      const group = byPage.get(rec.page.u);
      if (group) group.hits.push(hit);
      else
        byPage.set(rec.page.u, {
          pageUrl: rec.page.u,
          title: rec.page.t,
          crumbs: rec.page.c,
          hits: [hit],
          score: 0,
        });
    }
    const pages = [...byPage.values()];
    for (const p of pages) {
      p.hits.sort(
        (a, b) => b.score - a.score || Number(a.heading !== '') - Number(b.heading !== ''),
      );
      // A page whose many sections match is a little more about the query than one with a single mention.
      p.score = p.hits[0]!.score + 0.15 * Math.min(p.hits.length - 1, 4);
    }
    pages.sort(
      (a, b) =>
        b.score - a.score || a.title.length - b.title.length || a.pageUrl.localeCompare(b.pageUrl),
    );
    return { query, pages: pages.slice(0, limit), highlights: highlightNeedles(query, expansions) };
  }
}

/**
 * The needles to highlight, as the ranking counts matches (rank.ts): each spelling of each part
 * as a whole (a name of several words as its phrase), with the words a query word stands for
 * (prefix and typo expansions). A synonym of several words counts only whole, so only its
 * phrase is marked: 羊驼 stands for "LLaMA 1" and "LLaMA 7B", and a lone "1" or "7B" elsewhere
 * on the page is not what the reader asked for. Of a name the reader typed, the words count
 * one by one too, except numbers, sizes and function words, which say nothing alone.
 */
function highlightNeedles(
  query: ParsedQuery,
  expansions: Map<string, Map<string, number>>,
): string[] {
  const out = new Set<string>();
  const addTerm = (term: string) => {
    if (/\p{Script=Han}/u.test(term)) out.add(term);
    else for (const word of expansions.get(term)?.keys() ?? []) out.add(word);
  };
  for (const part of query.parts) {
    for (const alt of part.alts) {
      if (alt.terms.length === 1) {
        addTerm(alt.terms[0]!);
        continue;
      }
      out.add(alt.text);
      if (alt.quality < 1) continue;
      for (const term of alt.terms)
        if (!/^\p{N}/u.test(term) && !LATIN_STOP.has(term)) addTerm(term);
    }
  }
  return [...out];
}

/** Candidates fully scored per keystroke when a query is broad (see `search`). */
const MAX_SCORED = 300;

function popcount(n: number): number {
  let c = 0;
  for (let x = n; x; x &= x - 1) c++;
  return c;
}

function bigramsOf(term: string): string[] {
  const chars = Array.from(term);
  const out: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

function lowerBound(sorted: string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
