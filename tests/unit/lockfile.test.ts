import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingOptionalPackages, type Lockfile } from '../../scripts/lib/lockfile';

describe('package-lock.json', () => {
  it('lists every platform of every optional package, so `npm ci` works on any machine', () => {
    const lock = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', '..', 'package-lock.json'), 'utf8'),
    ) as Lockfile;
    const missing = missingOptionalPackages(lock).map(
      ([parent, name, version]) =>
        `${name}@${version} (optional dependency of ${parent || 'the project'})`,
    );
    expect(missing, `run \`npm run fix:lockfile\`; missing: ${missing.join(', ')}`).toEqual([]);
  });

  it('finds a gap when one exists', () => {
    const lock: Lockfile = {
      packages: {
        '': {},
        'node_modules/a': { optionalDependencies: { 'a-linux': '1.0.0', 'a-darwin': '1.0.0' } },
        'node_modules/a-linux': {},
      },
    };
    expect(missingOptionalPackages(lock)).toEqual([['node_modules/a', 'a-darwin', '1.0.0']]);
  });
});
