/**
 * Loads and validates src/data at build time (and on every change in `npm start`), then
 * hands each collection to the browser as its own JSON module:
 * `@generated/atlas-data/default/<collection>.json`. Components import only the
 * collections they render, so the data ships with the pages that use it.
 *
 * Any problem stops the build with one line per problem (see src/data/load.ts).
 */
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { loadAtlasData, formatProblem } from '../../data/load';
import { collectionNames } from '../../data/collections';
import type { AtlasData } from '../../data/types';

export class AtlasDataError extends Error {
  override name = 'AtlasDataError';
}

export function loadOrThrow(siteDir: string): AtlasData {
  const { data, problems } = loadAtlasData({ dataDir: join(siteDir, 'src', 'data'), rootDir: siteDir });
  if (problems.length > 0) {
    throw new AtlasDataError(
      `src/data has ${problems.length} problem${problems.length > 1 ? 's' : ''}; fix ${problems.length > 1 ? 'them' : 'it'} and build again:\n${problems.map(formatProblem).join('\n')}`,
    );
  }
  return data;
}

// Typed Plugin<unknown> because Docusaurus' config accepts only that; content is AtlasData.
export default function atlasDataPlugin(context: LoadContext): Plugin<unknown> {
  return {
    name: 'atlas-data',
    getPathsToWatch() {
      return [join(context.siteDir, 'src', 'data', '**', '*.{yaml,yml}')];
    },
    async loadContent() {
      return loadOrThrow(context.siteDir);
    },
    async contentLoaded({ content, actions }) {
      const data = content as AtlasData;
      await Promise.all(collectionNames.map((c) => actions.createData(`${c}.json`, JSON.stringify(data[c]))));
    },
  };
}
