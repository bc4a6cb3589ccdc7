/**
 * The index manifest (`<baseUrl>search-manifest.json`, a few hundred bytes naming the hashed
 * index files), fetched once per locale. Kept apart from the engine so that the navbar's
 * search button can start this request at once, while the engine's code is still loading.
 */
import type { SearchManifest } from './types';

const manifests = new Map<string, Promise<SearchManifest>>();

export async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(`search index: HTTP ${res.status} for ${url}`);
  return (await res.json()) as T;
}

/** `baseUrl` is the locale's base URL ("/" or "/en/"). A failed fetch is retried on the next call. */
export function fetchManifest(baseUrl: string): Promise<SearchManifest> {
  let promise = manifests.get(baseUrl);
  if (!promise) {
    // The manifest sits at a stable URL and must be revalidated; the files it names are hashed.
    promise = fetchJson<SearchManifest>(`${baseUrl}search-manifest.json`, { cache: 'no-cache' });
    promise.catch(() => manifests.delete(baseUrl));
    manifests.set(baseUrl, promise);
  }
  return promise;
}
