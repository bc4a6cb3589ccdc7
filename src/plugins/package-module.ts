/**
 * A file inside an installed Docusaurus package that a plugin replaces by webpack alias. Such a
 * path is not public API, so an upgrade may move it: the build then stops with the plugin's name
 * and the folder to review, instead of shipping the module the plugin meant to replace.
 */
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export function packageModule(plugin: string, pkg: string, ...segments: string[]): string {
  const path = join(dirname(require.resolve(`${pkg}/package.json`)), ...segments);
  if (!existsSync(path)) {
    throw new Error(
      `atlas-${plugin}: ${path} no longer exists; review src/plugins/${plugin} after the Docusaurus upgrade`,
    );
  }
  return path;
}
