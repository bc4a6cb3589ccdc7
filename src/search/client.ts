/**
 * Browser side: fetches this locale's index (manifest → lexicon + shards) once, on first
 * use, and builds the engine. Every caller shares one promise. Imported only through dynamic
 * import(), so neither FlexSearch nor this code is in the JavaScript of an ordinary page load.
 */
import { SearchEngine } from './engine';
import { fetchJson, fetchManifest } from './manifest';
import type { SearchLexiconFile, SearchShard } from './types';

const engines = new Map<string, Promise<SearchEngine>>();

/** `baseUrl` is the locale's base URL ("/" or "/en/"). */
export function loadSearchEngine(baseUrl: string): Promise<SearchEngine> {
  let promise = engines.get(baseUrl);
  if (!promise) {
    promise = (async () => {
      const manifest = await fetchManifest(baseUrl);
      const [lexicon, ...shards] = await Promise.all([
        fetchJson<SearchLexiconFile>(baseUrl + manifest.lexicon),
        ...manifest.shards.map((s) => fetchJson<SearchShard>(baseUrl + s)),
      ]);
      const engine = new SearchEngine({ ...lexicon, shards: shards }, { deferIndex: true });
      // Build FlexSearch's indexes in slices that leave the page responsive; queries before
      // then score every record directly (see SearchEngine).
      const step = () => {
        if (!engine.indexStep(8)) window.setTimeout(step, 0);
      };
      window.setTimeout(step, 50);
      return engine;
    })();
    // A failed load (offline, say) may be retried on the next open.
    promise.catch(() => engines.delete(baseUrl));
    engines.set(baseUrl, promise);
  }
  return promise;
}

export type { SearchEngine };
