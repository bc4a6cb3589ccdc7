/**
 * Where each kind of entry lives on the site. Pure: safe in tests, SSR and the browser.
 *
 * Every entry has an anchor equal to its id on its collection's data page, so
 * `/models#mixtral-8x7b` lands on that model.
 */
export type LinkedCollection =
  'models' | 'organizations' | 'tools' | 'licenses' | 'terms' | 'events';

export const collectionRoutes: Record<LinkedCollection, string> = {
  models: '/models',
  organizations: '/organizations',
  tools: '/tools',
  licenses: '/licenses',
  terms: '/glossary',
  events: '/timeline',
};

export function entryHref(collection: LinkedCollection, id: string): string {
  return `${collectionRoutes[collection]}#${id}`;
}

/** The prefixes events use in `related: [model:…, org:…]`. */
const refCollections: Record<string, LinkedCollection> = {
  model: 'models',
  org: 'organizations',
  tool: 'tools',
  license: 'licenses',
  term: 'terms',
};

export interface ParsedRef {
  collection: LinkedCollection;
  id: string;
  href: string;
}

/** "model:llama-2-70b" → { collection: 'models', id: 'llama-2-70b', href: '/models#llama-2-70b' }. */
export function parseRef(ref: string): ParsedRef | undefined {
  const colon = ref.indexOf(':');
  if (colon < 0) return undefined;
  const collection = refCollections[ref.slice(0, colon)];
  const id = ref.slice(colon + 1);
  if (!collection || !id) return undefined;
  return { collection, id, href: entryHref(collection, id) };
}

/** GitHub's editor for a data file: `<repo>/edit/<branch>/src/data/models/llama.yaml`. */
export function editUrl(repositoryUrl: string, branch: string, file: string): string {
  const path = file.replace(/\\/g, '/').replace(/^\.?\//, '');
  return `${repositoryUrl.replace(/\/$/, '')}/edit/${branch}/${path}`;
}
