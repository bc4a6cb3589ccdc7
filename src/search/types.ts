/**
 * The shape of the search index as it travels from the build (src/plugins/search) to the
 * browser (src/theme/SearchBar, src/pages/search.tsx) and the benchmark. Plain JSON: the
 * browser builds its FlexSearch indexes from these records, which is smaller to ship than a
 * serialised index and keeps tokenisation in one place (src/search/tokenizer.ts).
 */

/** One rendered page. */
export interface SearchPage {
  /** Path of the page on the site, with the locale's base URL (e.g. "/en/docs/models"). */
  u: string;
  /** Page title (the page's h1). */
  t: string;
  /** Breadcrumb above the page, outermost first (e.g. ["模型"]); may be empty. */
  c: string[];
}

/**
 * One searchable record: the page itself (anchor "") or one heading section of it.
 * A tuple keeps the JSON small: [page index, anchor, heading, body text].
 */
export type SearchDoc = [page: number, anchor: string, heading: string, text: string];

/** One shard file: a self-contained slice of pages and their records. */
export interface SearchShard {
  pages: SearchPage[];
  docs: SearchDoc[];
}

/** Words and synonyms that come from the data layer (glossary terms, model and org names). */
export interface SearchLexicon {
  /** Han words the segmenter should keep whole (user dictionary), normalised. */
  dict: string[];
  /** Groups of names for the same thing, normalised (e.g. ["llama", "羊驼"]). */
  synonyms: string[][];
}

/** The lexicon file the build writes: the data-layer lexicon plus the index's vocabulary. */
export interface SearchLexiconFile extends SearchLexicon {
  /** Every non-Han word of the records' titles, breadcrumbs, headings and text, folded and sorted. */
  vocab: string[];
}

/** Small file at a stable URL (`<baseUrl>search-manifest.json`) naming the hashed shards. */
export interface SearchManifest {
  version: 1;
  locale: string;
  /** Shard file names relative to the site's base URL, content-hashed (cache forever). */
  shards: string[];
  /** Lexicon file name relative to the base URL, content-hashed. */
  lexicon: string;
}

/** Everything the engine needs, once the shards and lexicon are loaded. */
export interface SearchIndexData extends SearchLexicon {
  shards: SearchShard[];
  /** As in SearchLexiconFile; computed from the records when absent (tests, fixtures). */
  vocab?: string[];
}
