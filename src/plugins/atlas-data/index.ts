/**
 * Loads and validates src/data at build time (and on every change in `npm start`) and hands
 * it to the browser in two ways:
 *
 * - Data components in MDX (tables, cards, terms, timelines, charts) get, through the remark
 *   plugin in ./remark.ts, a `data` prop holding only what they render: a table's rows after
 *   its fixed filter, only the fields of its columns and facets, and the names of what its
 *   cells link to (src/components/views.ts chooses). No component imports a
 *   collection. Timelines and charts keep even that out of the page's script: the server
 *   renders them from a module the browser fetches only when it must draw them itself.
 * - The data pages (/models, /tools…), which show every entry, import a view of their
 *   collection as a JSON module (`models-table.json`, `organizations-table.json`,
 *   `models-hardware.json`… see `listViews`) with only the fields they work with, and
 *   `names.json`, the names-only index (id → name and the few fields a link or badge shows)
 *   for what they only link to. Whole entries, `<collection>.json`, go to the server's
 *   rendering only (`?atlas-ssr`) where a page shows them to be read (the cards, the
 *   corrections log), and to a chunk fetched after a client-side navigation.
 *
 * Why per-use props and not one shared data chunk: Docusaurus puts a module in a shared
 * chunk only when half the pages use it, so a collection imported by components was copied
 * into every page chunk that used one (models.json, 81 KB, into ~53 page chunks; 24.4 MB of
 * JS per locale, 10.7 MB after this change). A cache group would ship each collection once,
 * but a page with one table, card or term would still download the collections it touches
 * on first load: all six are 75 KB gzip, more than the whole budget of 1.15 × a stock
 * Docusaurus page (+28 KB). A view is a few hundred bytes (a term, a card) to ~1.2 KB gzip
 * (the Qwen family table); only pages that show a whole collection carry it.
 *
 * In `npm start`, editing YAML reloads the data pages at once; MDX pages pick the change up
 * when they are next compiled (edit the page, or restart).
 *
 * Any problem stops the build with one line per problem (see src/data/load.ts).
 */
import { join, resolve } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { loadAtlasData, formatProblem } from '../../data/load';
import { collectionNames } from '../../data/collections';
import type { AtlasData } from '../../data/types';
import type { EnglishTexts } from '../../data/overlay';
import { listViews, namesIndex } from '../../components/views';

export class AtlasDataError extends Error {
  override name = 'AtlasDataError';
}

interface Loaded {
  data: AtlasData;
  english: EnglishTexts;
}

/** The locale Docusaurus is building (it sets this before loading the config of each locale). */
export const buildLocale = (): string => process.env.DOCUSAURUS_CURRENT_LOCALE ?? 'zh-Hans';

function loadOrThrow(siteDir: string, locale: string): Loaded {
  const { data, problems, english } = loadAtlasData({
    dataDir: join(siteDir, 'src', 'data'),
    rootDir: siteDir,
    locale,
  });
  if (problems.length > 0) {
    throw new AtlasDataError(
      `src/data has ${problems.length} problem${problems.length > 1 ? 's' : ''}; fix ${problems.length > 1 ? 'them' : 'it'} and build again:\n${problems.map(formatProblem).join('\n')}`,
    );
  }
  return { data, english };
}

// One load per site, locale and process, shared by the plugins and the remark plugin (which
// runs after every plugin has loaded its content, and on its own in unit tests). Keyed by
// locale too: one process builds both locales, and the English build shows the overlays.
const loaded = new Map<string, Loaded>();

function loadedFor(siteDir: string, locale: string): Loaded {
  const key = `${resolve(siteDir)}\0${locale}`;
  let result = loaded.get(key);
  if (!result) {
    result = loadOrThrow(resolve(siteDir), locale);
    loaded.set(key, result);
  }
  return result;
}

/**
 * The validated data of the site in `siteDir` (the working directory by default) as the
 * `locale` build shows it: in `en`, every entry with its English overlay applied
 * (src/data/overlay.ts). The one loader of every page, table, card, model page and export.
 */
export function atlasDataFor(siteDir = '.', locale = buildLocale()): AtlasData {
  return loadedFor(siteDir, locale).data;
}

/** The valid English of every translated entry (the same in every locale), for the exports. */
export function atlasEnglishFor(siteDir = '.'): EnglishTexts {
  return loadedFor(siteDir, 'zh-Hans').english;
}

// Typed Plugin<unknown> because Docusaurus' config accepts only that; content is AtlasData.
export default function atlasDataPlugin(context: LoadContext): Plugin<unknown> {
  return {
    name: 'atlas-data',
    getPathsToWatch() {
      return [
        join(context.siteDir, 'src', 'data', '**', '*.{yaml,yml}'),
        join(context.siteDir, 'i18n', 'en', 'data', '**', '*.{yaml,yml}'),
      ];
    },
    loadContent() {
      // Loaded afresh on every (re)load, so `npm start` picks up YAML edits.
      const locale = context.i18n.currentLocale;
      const result = loadOrThrow(context.siteDir, locale);
      loaded.set(`${resolve(context.siteDir)}\0${locale}`, result);
      return result.data;
    },
    async contentLoaded({ content, actions }) {
      const data = content as AtlasData;
      await Promise.all([
        ...collectionNames.map((c) => actions.createData(`${c}.json`, JSON.stringify(data[c]))),
        actions.createData('names.json', JSON.stringify(namesIndex(data))),
        ...Object.entries(listViews).map(([name, view]) =>
          actions.createData(`${name}.json`, JSON.stringify(view(data))),
        ),
      ]);
    },
  };
}
