/**
 * The atlas as open data, written once at the site root after the default locale is built
 * (the exports do not depend on the locale, so /en/ has no copy; every page links the root):
 *
 * - /data/<collection>.json, .csv and /data/schema/<collection>.json (./export.ts)
 *
 * It also tells the browser the build date (global data `buildDate`), which the freshness
 * notices compare `verified` / `last_verified` with.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { atlasDataFor } from '../atlas-data';
import { collectionNames, csvExport, exportPaths, fileJsonSchema, jsonExport } from './export';

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

export default function openDataPlugin(context: LoadContext): Plugin<unknown> {
  const today = buildDate();
  return {
    name: 'open-data',
    contentLoaded({ actions }) {
      actions.setGlobalData({ buildDate: today } satisfies OpenDataGlobal);
    },
    postBuild({ outDir }) {
      const { i18n, siteDir, siteConfig } = context;
      if (i18n.currentLocale !== i18n.defaultLocale) return;
      const data = atlasDataFor(siteDir);
      const siteUrl = `${siteConfig.url}${siteConfig.baseUrl.replace(/\/$/, '')}`;
      for (const c of collectionNames) {
        const paths = exportPaths(c);
        const json = jsonExport(data, c, { generated: today, source: `${siteUrl}${paths.json}` });
        write(outDir, paths.json, `${JSON.stringify(json, null, 1)}\n`);
        write(outDir, paths.csv, csvExport(data, c));
        write(outDir, paths.schema, `${JSON.stringify(fileJsonSchema(c, siteUrl), null, 2)}\n`);
      }
    },
  };
}
