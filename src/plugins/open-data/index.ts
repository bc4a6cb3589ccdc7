/**
 * The atlas as open data, written once at the site root after the default locale is built
 * (the exports do not depend on the locale, so /en/ has no copy; every page links the root):
 *
 * - /data/<collection>.json, .csv and /data/schema/<collection>.json (./export.ts)
 * - per locale: `<page>.md` for every doc page and blog post, /llms.txt and /llms-full.txt
 *   (./llms.ts, ./markdown.ts)
 * - /updates/atom.xml, the feed of the "最近更新" page (/updates, in every locale), both made
 *   from the git history of src/data (./history.ts)
 *
 * It also tells the browser the build date (global data `buildDate`), which the freshness
 * notices compare `verified` / `last_verified` with.
 *
 * `docusaurus start` runs no postBuild, so the data exports and the feed are also written to
 * .docusaurus/open-data-dev whenever the plugin loads (again on every edit of src/data) and the
 * dev server serves that folder at the site root, where the built site has them. The per-page
 * Markdown and llms.txt need the built pages and stay build-only.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
// Only for its typings: they add `devServer` to webpack's Configuration (the key the dev server
// of `docusaurus start` reads; see configureWebpack below).
import type {} from 'webpack-dev-server';
import { atlasDataFor, atlasEnglishFor } from '../atlas-data';
import { collectionNames, csvExport, exportPaths, fileJsonSchema, jsonExport } from './export';
import { readDataHistory, type DataHistory } from './history';
import { atomFeed, updatesView, type UpdatesView } from './updates';
import { writeLlmsFiles, type PageInfo } from './llms';

export interface OpenDataGlobal {
  buildDate: string;
}

function write(outDir: string, path: string, content: string): void {
  const file = join(outDir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

// Read once per process: both locales show the same history.
const histories = new Map<string, DataHistory>();
function historyOf(siteDir: string): DataHistory {
  let history = histories.get(siteDir);
  if (!history) {
    history = readDataHistory(siteDir);
    histories.set(siteDir, history);
  }
  return history;
}

/** The files that depend on the data only: /data/* exports and the updates feed. */
function writeDataFiles(outDir: string, siteDir: string, siteUrl: string, today: string): void {
  // The Chinese is canonical; each entry carries its English beside it (translation_en).
  const data = atlasDataFor(siteDir, 'zh-Hans');
  const english = atlasEnglishFor(siteDir);
  for (const c of collectionNames) {
    const paths = exportPaths(c);
    const json = jsonExport(data, c, {
      generated: today,
      source: `${siteUrl}${paths.json}`,
      english,
    });
    write(outDir, paths.json, `${JSON.stringify(json, null, 1)}\n`);
    write(outDir, paths.csv, csvExport(data, c, english));
    write(outDir, paths.schema, `${JSON.stringify(fileJsonSchema(c, siteUrl), null, 2)}\n`);
  }
  const view = updatesView(historyOf(siteDir), data);
  write(outDir, 'updates/atom.xml', atomFeed(view, { siteUrl, updated: today }));
}

/** Where `docusaurus start` serves the data files from (see the module comment). */
export const devFilesDir = (context: LoadContext): string =>
  join(context.generatedFilesDir, 'open-data-dev');

/** The build date, UTC; SOURCE_DATE_EPOCH (seconds) makes a build reproducible. */
export function buildDate(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const date =
    Number.isFinite(epoch) && env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}

// Typed Plugin<unknown> because Docusaurus' config accepts only that; content is UpdatesView.
export default function openDataPlugin(context: LoadContext): Plugin<unknown> {
  const today = buildDate();
  const { siteDir, siteConfig } = context;
  const siteUrl = `${siteConfig.url}${siteConfig.baseUrl.replace(/\/$/, '')}`;
  return {
    name: 'open-data',
    getPathsToWatch() {
      return [join(siteDir, 'src', 'data', '**', '*.{yaml,yml}')];
    },
    loadContent(): UpdatesView {
      return updatesView(
        historyOf(context.siteDir),
        atlasDataFor(context.siteDir, context.i18n.currentLocale),
      );
    },
    contentLoaded({ content, actions }) {
      actions.setGlobalData({ buildDate: today } satisfies OpenDataGlobal);
      writeDataFiles(devFilesDir(context), siteDir, siteUrl, today);
      actions.addRoute({
        path: `${context.baseUrl}updates`,
        component: '@site/src/components/UpdatesPage',
        props: { updates: content },
        exact: true,
      });
    },
    configureWebpack(_config, isServer) {
      if (isServer) return undefined;
      // Only the dev server reads `devServer`; the site root, not a locale's /en/ base.
      return {
        devServer: {
          static: [
            { directory: devFilesDir(context), publicPath: siteConfig.baseUrl, watch: false },
          ],
        },
      };
    },
    postBuild({ outDir, plugins }) {
      const { i18n, baseUrl } = context;
      const origin = siteConfig.url;
      const contentOf = (name: string) => plugins.find((p) => p.name === name)?.content;
      const docsContent = contentOf('docusaurus-plugin-content-docs') as
        { loadedVersions: Array<{ docs: PageInfo[] }> } | undefined;
      const blogContent = contentOf('docusaurus-plugin-content-blog') as
        { blogPosts: Array<{ metadata: PageInfo }> } | undefined;
      writeLlmsFiles({
        outDir,
        siteDir,
        baseUrl,
        localeUrl: `${origin}${baseUrl.replace(/\/$/, '')}`,
        rootUrl: origin,
        siteTitle: siteConfig.title,
        tagline: siteConfig.tagline,
        english: i18n.currentLocale === 'en',
        docs: docsContent?.loadedVersions[0]?.docs ?? [],
        posts: (blogContent?.blogPosts ?? []).map((p) => p.metadata),
        pages: [
          '/',
          '/models',
          '/organizations',
          '/tools',
          '/licenses',
          '/timeline',
          '/glossary',
          '/updates',
          '/corrections',
        ],
      });
      if (i18n.currentLocale !== i18n.defaultLocale) return;
      writeDataFiles(outDir, siteDir, siteUrl, today);
    },
  };
}
