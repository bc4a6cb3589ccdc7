/**
 * `npm run fix:lockfile`: adds the entries of other platforms' optional packages that npm
 * left out of package-lock.json (see scripts/lib/lockfile.ts), each from that package's own
 * published metadata (version, integrity, os/cpu/libc), so `npm ci` works on every platform.
 *
 * It never writes a guessed entry. When the registry does not serve some platform's build of
 * the version npm chose (registries and mirrors sometimes lag behind a native package's
 * release), it stops and names the package: pin that package in package.json `overrides` to
 * a version the registry serves for every platform (`npm view <name>-<platform> versions`),
 * reinstall, and run this again. That is how `@swc/html` (from @docusaurus/faster) is pinned.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { missingOptionalPackages, type Lockfile } from './lib/lockfile';

const path = join(import.meta.dirname, '..', 'package-lock.json');
const lock = JSON.parse(readFileSync(path, 'utf8')) as Lockfile;
const missing = missingOptionalPackages(lock);
type Meta = Record<string, unknown> & { version: string; dist?: { integrity?: string } };

function metadata(name: string, version: string): Meta | undefined {
  try {
    return JSON.parse(
      execFileSync('npm', ['view', `${name}@${version}`, '--json'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    ) as Meta;
  } catch {
    return undefined;
  }
}

const unavailable: string[] = [];
for (const [parent, name, version] of missing) {
  const meta = metadata(name, version);
  if (!meta?.dist?.integrity) {
    unavailable.push(`${name}@${version} (optional dependency of ${parent || 'the project'})`);
    continue;
  }
  const entry: Record<string, unknown> = { version: meta.version, integrity: meta.dist.integrity };
  for (const field of ['cpu', 'os', 'libc', 'license', 'engines'] as const)
    if (meta[field] !== undefined) entry[field] = meta[field];
  if (lock.packages[parent]?.dev) entry.dev = true;
  entry.optional = true;
  lock.packages[`node_modules/${name}`] = entry;
  console.log(`fix-lockfile: added ${name}@${meta.version}`);
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) =>
    a === '' ? -1 : b === '' ? 1 : a.localeCompare(b),
  ),
);
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
if (unavailable.length > 0) {
  console.error(
    `fix-lockfile: the registry serves no published metadata for:\n  ${unavailable.join('\n  ')}\n` +
      'Pin the parent package in package.json "overrides" to a version whose every platform build the registry serves, reinstall, and run this again.',
  );
  process.exit(1);
}
if (missing.length === 0) console.log('fix-lockfile: nothing missing');
