/**
 * Full-text search, build side. After each locale is built (`postBuild` runs once per locale
 * with that locale's outDir), reads the rendered HTML of its docs, blog posts and pages,
 * turns them into records (one per page, one per h2/h3 section) and writes:
 *
 *   <outDir>/search/index.<hash>.json     shard(s) of records, content-hashed, cache forever
 *   <outDir>/search/lexicon.<hash>.json   synonyms + user dictionary from src/data, and the
 *                                         records' vocabulary (so the browser need not compute it)
 *   <outDir>/search-manifest.json         small, at a stable URL: names the files above
 *
 * Shards are split so that none exceeds ~300 KB gzipped. The browser fetches them only when
 * a reader first focuses or opens search (src/theme/SearchBar).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { buildLexicon } from './lexicon';
import type { AtlasData } from '../../data/types';
import { extractPage } from './extract';
import { segmenterWords, vocabulary } from '../../search/tokenizer';
import { recordTexts } from '../../search/engine';
import type {
  SearchDoc,
  SearchLexicon,
  SearchLexiconFile,
  SearchManifest,
  SearchPage,
  SearchShard,
} from '../../search/types';

/** Largest gzipped shard before the records are split into more files. */
export const MAX_SHARD_GZIP = 300 * 1024;

/** Routes (relative to the locale's base URL) that list or repeat other pages' text. */
const EXCLUDED = [
  /^$/,
  /^search$/,
  /^404$/,
  /^blog$/,
  /^blog\/(page|tags|archive|authors)(\/|$)/,
  /^docs\/tags(\/|$)/,
  /^blog\/.*\/page\/\d+$/,
];

export function isIndexedRoute(relative: string): boolean {
  return !EXCLUDED.some((re) => re.test(relative));
}

function htmlFileFor(outDir: string, relative: string): string | undefined {
  const candidates = relative
    ? [join(outDir, `${relative}.html`), join(outDir, relative, 'index.html')]
    : [join(outDir, 'index.html')];
  return candidates.find((f) => existsSync(f));
}

export interface BuiltIndex {
  manifest: SearchManifest;
  files: Record<string, string>;
  pages: number;
  records: number;
}

/** Pure part of the build: pages → files (name → JSON text). Exported for tests and the bench. */
export function buildIndexFiles(
  locale: string,
  pages: Array<{ url: string; html: string }>,
  lexicon: SearchLexicon,
): BuiltIndex {
  const entries: Array<{ page: SearchPage; docs: Array<[string, string, string]> }> = [];
  let records = 0;
  for (const { url, html } of pages) {
    const page = extractPage(html);
    if (!page || !page.title) continue;
    const docs: Array<[string, string, string]> = [
      ['', '', [page.description, page.intro].filter(Boolean).join(' ')],
    ];
    for (const s of page.sections) docs.push([s.anchor, s.heading, s.text]);
    records += docs.length;
    const crumbs =
      page.crumbs.length === 0 && /\/blog\//.test(url) ? [blogLabel(locale)] : page.crumbs;
    entries.push({ page: { u: url, t: page.title, c: crumbs }, docs });
  }

  const shardOf = (list: typeof entries): SearchShard => ({
    pages: list.map((e) => e.page),
    docs: list.flatMap((e, i) => e.docs.map(([a, h, t]): SearchDoc => [i, a, h, t])),
  });
  // Split evenly into as many shards as the gzipped size needs.
  const all = shardOf(entries);
  const whole = JSON.stringify(all);
  const count = Math.max(1, Math.ceil(gzipSync(whole).length / (MAX_SHARD_GZIP * 0.9)));
  const per = Math.ceil(entries.length / count);
  const files: Record<string, string> = {};
  const shards: string[] = [];
  for (let i = 0; i < count; i++) {
    const json =
      count === 1 ? whole : JSON.stringify(shardOf(entries.slice(i * per, (i + 1) * per)));
    const name = `search/index.${hash(json)}.json`;
    files[name] = json;
    shards.push(name);
  }
  // Index-time segmentation happens here, once: the segmenter's words join the dictionary.
  const texts = entries.flatMap((e) => [e.page.t, ...e.docs.flatMap(([, h, t]) => [h, t])]);
  const dict = [...new Set([...lexicon.dict, ...segmenterWords(texts)])].sort();
  const lexiconFile: SearchLexiconFile = { ...lexicon, dict, vocab: vocabulary(recordTexts(all)) };
  const lexJson = JSON.stringify(lexiconFile);
  const lexName = `search/lexicon.${hash(lexJson)}.json`;
  files[lexName] = lexJson;
  const manifest: SearchManifest = { version: 1, locale, shards, lexicon: lexName };
  files['search-manifest.json'] = JSON.stringify(manifest);
  return { manifest, files, pages: entries.length, records };
}

/** Breadcrumb for blog posts, which have none on the page. */
const blogLabel = (locale: string) => (locale.startsWith('zh') ? '博客' : 'Blog');

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 12);

export default function searchPlugin(context: LoadContext): Plugin {
  // The lexicon comes from the data the atlas-data plugin loaded and validated for this
  // build, not from a second, unvalidated read of src/data.
  let lexicon: SearchLexicon | undefined;
  return {
    name: 'atlas-search',
    allContentLoaded({ allContent }) {
      const data = allContent['atlas-data']?.default as AtlasData | undefined;
      if (!data)
        throw new Error('atlas-search needs the atlas-data plugin (its synonyms and names)');
      lexicon = buildLexicon(data);
    },
    postBuild({ outDir, routesPaths, baseUrl }) {
      const locale = context.i18n.currentLocale;
      if (!lexicon) throw new Error('atlas-search: postBuild ran before allContentLoaded');
      const pages: Array<{ url: string; html: string }> = [];
      for (const route of new Set(routesPaths)) {
        if (!route.startsWith(baseUrl)) continue;
        const relative = route.slice(baseUrl.length).replace(/\/$/, '');
        if (!isIndexedRoute(relative)) continue;
        const file = htmlFileFor(outDir, relative);
        if (file) pages.push({ url: route, html: readFileSync(file, 'utf8') });
      }
      const built = buildIndexFiles(locale, pages, lexicon);
      mkdirSync(join(outDir, 'search'), { recursive: true });
      for (const [name, json] of Object.entries(built.files))
        writeFileSync(join(outDir, name), json);
      console.log(
        `[atlas-search] ${locale}: ${built.pages} pages, ${built.records} records, ${built.manifest.shards.length} shard(s)`,
      );
    },
  };
}
