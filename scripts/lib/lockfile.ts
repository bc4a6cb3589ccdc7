/**
 * npm on one platform writes package-lock.json without the optional packages built for
 * other platforms (e.g. autocorrect-node's darwin and win32 binaries), and `npm ci` then
 * refuses the lockfile on every machine. These helpers find such gaps; `npm run
 * fix:lockfile` fills them from the registry.
 */
export interface LockPackage {
  version?: string;
  optionalDependencies?: Record<string, string>;
  [key: string]: unknown;
}

export interface Lockfile {
  packages: Record<string, LockPackage>;
  [key: string]: unknown;
}

/** Optional dependencies that have no entry of their own: `[parentPath, name, version]`. */
export function missingOptionalPackages(lock: Lockfile): Array<[string, string, string]> {
  const missing: Array<[string, string, string]> = [];
  for (const [path, pkg] of Object.entries(lock.packages)) {
    for (const [name, version] of Object.entries(pkg.optionalDependencies ?? {})) {
      const nested = path ? `${path}/node_modules/${name}` : `node_modules/${name}`;
      if (!lock.packages[nested] && !lock.packages[`node_modules/${name}`])
        missing.push([path, name, version]);
    }
  }
  return missing;
}
