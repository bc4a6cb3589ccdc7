/**
 * Query parsing: raw text → parts to match. A part is one thing the reader asked for (a word,
 * a Chinese word, or a known name such as "hugging face"); alternatives are its synonyms from
 * the data layer (羊驼 → llama). Pure and shared by browser and Node.
 */
import {
  chunks,
  Dictionary,
  fold,
  LATIN_STOP,
  MAX_QUERY_LENGTH,
  segmentQueryRun,
} from './tokenizer';

/** One way of spelling a part. */
export interface Alternative {
  /** Normalised text, words separated by single spaces. */
  text: string;
  /** Its atoms: non-Han words and Han words. */
  terms: string[];
  /** 1 for what the reader typed, less for a synonym. */
  quality: number;
}

export interface QueryPart {
  alts: Alternative[];
  /** Lower for numbers and leftovers that say little on their own. */
  weight: number;
}

export interface ParsedQuery {
  /** The normalised query, cut to MAX_QUERY_LENGTH, whitespace collapsed. */
  text: string;
  parts: QueryPart[];
}

/** Synonym groups indexed for longest-match lookup in a query. */
export class Synonyms {
  private readonly groupsOf = new Map<string, number[]>();
  private readonly byFirst = new Map<string, string[]>();
  readonly groups: string[][];
  constructor(groups: string[][]) {
    this.groups = groups.map((g) => [...new Set(g.map((n) => fold(n)).filter(Boolean))]);
    this.groups.forEach((g, i) => {
      for (const name of g) {
        const ids = this.groupsOf.get(name) ?? [];
        ids.push(i);
        this.groupsOf.set(name, ids);
        const first = name[0]!;
        const list = this.byFirst.get(first) ?? [];
        if (!list.includes(name)) list.push(name);
        this.byFirst.set(first, list);
      }
    });
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }
  /** Longest name starting at i that sits on word boundaries (for non-Han names). */
  matchAt(text: string, i: number): string | undefined {
    const list = this.byFirst.get(text[i]!);
    if (!list) return undefined;
    if (i > 0 && isWordChar(text[i - 1]!) && isWordChar(text[i]!) && !isHanChar(text[i]!))
      return undefined;
    return list.find((name) => {
      if (!text.startsWith(name, i)) return false;
      const next = text[i + name.length];
      const last = name[name.length - 1]!;
      return next === undefined || isHanChar(last) || !isWordChar(next) || isHanChar(next);
    });
  }
  /** Every other name in the groups of `name`. */
  expand(name: string): string[] {
    const out = new Set<string>();
    for (const g of this.groupsOf.get(name) ?? [])
      for (const n of this.groups[g]!) if (n !== name) out.add(n);
    return [...out];
  }
}

const isWordChar = (c: string) => /[\p{L}\p{N}]/u.test(c);
const isHanChar = (c: string) => /\p{Script=Han}/u.test(c);

/** Atoms of an already normalised text, as a query sees them. */
export function termsOf(text: string, dict: Dictionary): string[] {
  const out: string[] = [];
  for (const c of chunks(text)) {
    if (c.han) out.push(...segmentQueryRun(c.text, dict));
    else out.push(c.text);
  }
  return out;
}

const MAX_PARTS = 12;

export function parseQuery(raw: string, dict: Dictionary, synonyms: Synonyms): ParsedQuery {
  const text = fold(String(raw).slice(0, MAX_QUERY_LENGTH));
  const parts: QueryPart[] = [];
  if (!text) return { text, parts };

  const plain = (chunk: string) => {
    for (const term of termsOf(chunk, dict)) {
      const numeric = /^\p{N}+$/u.test(term);
      parts.push({
        alts: [{ text: term, terms: [term], quality: 1 }],
        weight: numeric ? 0.5 : LATIN_STOP.has(term) ? 0.2 : 1,
      });
    }
  };

  let rest = '';
  for (let i = 0; i < text.length;) {
    const name = synonyms.matchAt(text, i);
    if (!name) {
      rest += text[i];
      i += 1;
      continue;
    }
    plain(rest);
    rest = '';
    const alts: Alternative[] = [{ text: name, terms: termsOf(name, dict), quality: 1 }];
    for (const other of synonyms.expand(name))
      alts.push({ text: other, terms: termsOf(other, dict), quality: 0.9 });
    parts.push({ alts, weight: 1 });
    i += name.length;
  }
  plain(rest);

  // Function words only matter when nothing else was asked ("what is" alone still searches).
  const meaningful = parts.filter((p) => p.weight > 0.2);
  const kept = meaningful.length > 0 ? meaningful : parts;
  return { text, parts: kept.slice(0, MAX_PARTS) };
}
