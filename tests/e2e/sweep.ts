/**
 * Which pages of the sitemaps the browser sweep (pages.test.ts) loads, and how. Shared with the
 * tests that check sample pages of each kind (reader.test.ts), so that they leave out what the
 * sweep already does.
 */
import { join } from 'node:path';
import { locales, sitemapPaths } from '../../scripts/lib/built-html';
import { loadAtlasData } from '../../src/data/load';

const siteDir = join(import.meta.dirname, '..', '..');
const { data } = loadAtlasData({ dataDir: join(siteDir, 'src', 'data'), rootDir: siteDir });
export const modelIds = new Set(data.models.map((m) => m.id));
/** Per family, the model with the longest name. */
const longestPerFamily = new Map<string, (typeof data.models)[number]>();
for (const m of data.models) {
  const seen = longestPerFamily.get(m.family);
  if (!seen || m.name.length > seen.name.length) longestPerFamily.set(m.family, m);
}
export const sampledModels = new Set([...longestPerFamily.values()].map((m) => m.id));
/**
 * Pages listing the docs or posts under one tag or author: each kind is one template filled
 * with titles from front matter, so the browser sees the first of each kind per locale (the
 * indexes of all tags are swept as well) and built-html.test.ts reads every one.
 */
export const listKind = (path: string) =>
  /^(?:\/en)?\/(docs\/tags|blog\/tags|blog\/authors)\/[^/]+$/.exec(path)?.[1];
export const sampledLists = new Set(
  locales.flatMap((locale) => {
    const first = new Map<string, string>();
    for (const path of [...sitemapPaths(locale)].sort()) {
      const kind = listKind(path);
      if (kind && !first.has(kind)) first.set(kind, path);
    }
    return [...first.values()];
  }),
);
/**
 * How the browser sees a page: running its script, its layout alone (English docs below a
 * section's index and sampled English model pages, see above), or not at all (model and list
 * pages outside the samples, left to built-html.test.ts).
 */
export function sweepOf(path: string): 'script' | 'layout' | undefined {
  if (listKind(path)) return sampledLists.has(path) ? 'script' : undefined;
  const id = /^(?:\/en)?\/models\/([^/]+)$/.exec(path)?.[1];
  const model = id !== undefined && modelIds.has(id);
  if (model && !sampledModels.has(id)) return undefined;
  if (!path.startsWith('/en/')) return 'script';
  return model || /^\/en\/docs\/[^/]+\/./.test(path) ? 'layout' : 'script';
}
