/**
 * Where each kind of entry lives on the site. Pure: safe in tests, SSR and the browser.
 *
 * Entries of collections with pages of their own (`collectionsWithEntryPages`: models) link
 * to `/models/<id>`; the others to an anchor equal to their id on their collection's data page
 * (`/licenses#mit`). `/models#<id>` still exists: /models keeps an anchor per model that
 * leads to its page.
 */
import {
  collectionRoutes,
  collectionsWithEntryPages,
  refPrefixes,
  type CollectionName,
} from '../data/vocab';

export type LinkedCollection = CollectionName;
export { collectionRoutes };

export function entryHref(collection: LinkedCollection, id: string): string {
  return collectionsWithEntryPages.includes(collection)
    ? `${collectionRoutes[collection]}/${id}`
    : `${collectionRoutes[collection]}#${id}`;
}

export interface ParsedRef {
  collection: LinkedCollection;
  id: string;
  href: string;
}

/** "model:llama-2-70b" → { collection: 'models', id: 'llama-2-70b', href: '/models/llama-2-70b' }. */
export function parseRef(ref: string): ParsedRef | undefined {
  const colon = ref.indexOf(':');
  if (colon < 0) return undefined;
  const collection = (refPrefixes as Record<string, LinkedCollection>)[ref.slice(0, colon)];
  const id = ref.slice(colon + 1);
  if (!collection || !id) return undefined;
  return { collection, id, href: entryHref(collection, id) };
}

/** GitHub's editor for a data file: `<repo>/edit/<branch>/src/data/models/llama.yaml`. */
export function editUrl(repositoryUrl: string, branch: string, file: string): string {
  const path = file.replace(/\\/g, '/').replace(/^\.?\//, '');
  return `${repositoryUrl.replace(/\/$/, '')}/edit/${branch}/${path}`;
}

/** "https://arxiv.org/abs/2401.04088" → "arxiv.org/abs/2401.04088", shortened for display. */
export function displayUrl(url: string): string {
  const bare = url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
  return bare.length > 60 ? `${bare.slice(0, 57)}…` : bare;
}
