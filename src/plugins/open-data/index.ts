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
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
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

/** The build date, UTC; SOURCE_DATE_EPOCH (seconds) makes a build reproducible. */
export function buildDate(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const date =
    Number.isFinite(epoch) && env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date();
  return date.toISOString().slice(0, 10);
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

// Typed Plugin<unknown> because Docusaurus' config accepts only that; content is UpdatesView.
export default function openDataPlugin(context: LoadContext): Plugin<unknown> {
  const today = buildDate();
  return {
    name: 'open-data',
    loadContent(): UpdatesView {
      return updatesView(
        historyOf(context.siteDir),
        atlasDataFor(context.siteDir, context.i18n.currentLocale),
      );
    },
    async contentLoaded({ content, actions }) {
      actions.setGlobalData({ buildDate: today } satisfies OpenDataGlobal);
      const updates = await actions.createData('updates.json', JSON.stringify(content));
      actions.addRoute({
        path: `${context.baseUrl}updates`,
        component: '@site/src/components/UpdatesPage',
        modules: { updates },
        exact: true,
      });
    },
    postBuild({ outDir, plugins }) {
      const { i18n, siteDir, siteConfig, baseUrl } = context;
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
      const data = atlasDataFor(siteDir, i18n.defaultLocale);
      const english = atlasEnglishFor(siteDir);
      const siteUrl = `${siteConfig.url}${siteConfig.baseUrl.replace(/\/$/, '')}`;
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
    },
  };
}
