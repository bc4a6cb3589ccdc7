/**
 * The data a component is handed: some entries of some collections (see ./views.ts, which
 * chooses them at build time). Kept apart from ./views.ts so that the components, which run
 * in the browser, do not bundle the selection code.
 */
import type { AtlasData } from '../data/types';
import type { CollectionName } from '../data/collections';

export type Entry<C extends CollectionName> = AtlasData[C][number];

/**
 * Some entries of some collections, each entry possibly without the fields nobody reads.
 * Typed as whole entries because every reader is a renderer whose output the build checks:
 * a renderer that reads a field its view left out fails server rendering of its page.
 */
export type AtlasView = { [C in CollectionName]?: Array<Entry<C>> };

/** The collection, or an error saying which component lacks it and why that happens. */
export function collectionOf<C extends CollectionName>(
  data: AtlasView | undefined,
  collection: C,
  component: string,
): Array<Entry<C>> {
  const entries = data?.[collection];
  if (!entries) {
    throw new Error(
      `${component}: no ${collection} data. In MDX the atlas-data remark plugin fills the data prop; in a page, pass the collection (see src/components/views.ts)`,
    );
  }
  return entries;
}
