/**
 * `docusaurus start` runs no postBuild, so the open-data plugin writes the data exports when it
 * loads and hands the dev server that folder, served at the site root: /data/models.json and
 * the rest answer in development as they do on the built site.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadContext, Plugin } from '@docusaurus/types';
import openDataPlugin, { buildDate, devFilesDir } from '../../src/plugins/open-data';
import { collectionNames, exportPaths, jsonExport } from '../../src/plugins/open-data/export';
import { atlasDataFor, atlasEnglishFor } from '../../src/plugins/atlas-data';

const siteDir = join(import.meta.dirname, '..', '..');
const generatedFilesDir = mkdtempSync(join(tmpdir(), 'open-data-dev-'));
afterAll(() => rmSync(generatedFilesDir, { recursive: true, force: true }));

// The fields the plugin reads; a real LoadContext has many more, none of which it touches.
const context = {
  siteDir,
  generatedFilesDir,
  baseUrl: '/en/',
  siteConfig: { url: 'https://atlas.example', baseUrl: '/', title: 'Atlas', tagline: '' },
  i18n: { currentLocale: 'en', defaultLocale: 'zh-Hans' },
} as unknown as LoadContext;

async function loadPlugin(): Promise<Plugin<unknown>> {
  const plugin = openDataPlugin(context);
  const content = await plugin.loadContent?.();
  await plugin.contentLoaded?.({
    content,
    actions: {
      setGlobalData: () => undefined,
      createData: () => Promise.resolve('updates.json'),
      addRoute: () => undefined,
    },
  });
  return plugin;
}

describe('open data in development', () => {
  let plugin: Plugin<unknown>;
  // Loading reads the git history of src/data for the feed: seconds, not milliseconds.
  beforeAll(async () => {
    plugin = await loadPlugin();
  }, 120_000);

  it('writes every collection export, its schema and the feed when the plugin loads', () => {
    const dir = devFilesDir(context);
    for (const c of collectionNames) {
      for (const path of Object.values(exportPaths(c)))
        expect(existsSync(join(dir, path))).toBe(true);
    }
    expect(existsSync(join(dir, 'updates', 'atom.xml'))).toBe(true);
    const models = JSON.parse(readFileSync(join(dir, exportPaths('models').json), 'utf8'));
    expect(models).toEqual(
      jsonExport(atlasDataFor(siteDir, 'zh-Hans'), 'models', {
        generated: buildDate(),
        source: 'https://atlas.example/data/models.json',
        english: atlasEnglishFor(siteDir),
      }),
    );
  });

  it('has the dev server serve that folder at the site root, even for a locale with its own base', () => {
    const configure = plugin.configureWebpack as unknown as (
      config: object,
      isServer: boolean,
    ) => { devServer?: { static?: Array<{ directory: string; publicPath: string }> } } | undefined;
    expect(configure({}, false)?.devServer?.static).toEqual([
      expect.objectContaining({ directory: devFilesDir(context), publicPath: '/' }),
    ]);
    // The server bundle has no dev server to configure.
    expect(configure({}, true)).toBeUndefined();
  });
});
