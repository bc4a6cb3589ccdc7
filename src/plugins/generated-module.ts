import { relative } from 'node:path';
import type { LoadContext } from '@docusaurus/types';

/**
 * A file from `actions.createData` as a route module path: `@generated/…` rather than absolute.
 * The route registry, which every page loads, names each module by its path; the aliased one is
 * shorter and does not carry the build machine's directories into the site's script.
 */
export function generatedModule(
  context: Pick<LoadContext, 'generatedFilesDir'>,
  file: string,
): string {
  return `@generated/${relative(context.generatedFilesDir, file).split('\\').join('/')}`;
}
