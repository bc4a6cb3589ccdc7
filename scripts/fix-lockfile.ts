/**
 * `npm run fix:lockfile`: adds the entries of other platforms' optional packages that npm
 * left out of package-lock.json (see scripts/lib/lockfile.ts), reading each one's metadata
 * from the registry. Run it after `npm install` whenever the lockfile test says so.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { missingOptionalPackages, type Lockfile } from './lib/lockfile';

const path = join(import.meta.dirname, '..', 'package-lock.json');
const lock = JSON.parse(readFileSync(path, 'utf8')) as Lockfile;
const missing = missingOptionalPackages(lock);
type Meta = Record<string, unknown> & { version: string; dist?: { integrity?: string } };

/**
 * The registry's metadata for the package; when the registry reachable here does not carry
 * it (mirrors often hold only this platform's binaries), the platform is read from the
 * package's name (`…-darwin-arm64`, `…-win32-x64-msvc`), which is all `npm ci` needs to skip
 * it on other platforms.
 */
function metadata(name: string, version: string): Meta {
  try {
    return JSON.parse(execFileSync('npm', ['view', `${name}@${version}`, '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as Meta;
  } catch {
    const m = /-(darwin|linux|win32|freebsd|android)-(x64|arm64|ia32|arm)(?:-(gnu|musl|msvc))?$/.exec(name);
    if (!m) throw new Error(`fix-lockfile: ${name}@${version} is not in the registry and its platform cannot be read from its name`);
    const meta: Meta = { version, os: [m[1]], cpu: [m[2]] };
    if (m[3] === 'gnu') meta.libc = ['glibc'];
    if (m[3] === 'musl') meta.libc = ['musl'];
    return meta;
  }
}

for (const [parent, name, version] of missing) {
  const meta = metadata(name, version);
  const parentEntry = lock.packages[parent];
  const entry: Record<string, unknown> = { version: meta.version };
  if (meta.dist?.integrity) entry.integrity = meta.dist.integrity;
  for (const field of ['cpu', 'os', 'libc', 'license', 'engines'] as const) if (meta[field] !== undefined) entry[field] = meta[field];
  if (parentEntry?.dev) entry.dev = true;
  entry.optional = true;
  lock.packages[`node_modules/${name}`] = entry;
  console.log(`fix-lockfile: added ${name}@${meta.version}`);
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
if (missing.length === 0) console.log('fix-lockfile: nothing missing');
