/**
 * Which English translations are missing, current or behind their Chinese source, read from a
 * site's files (Node only). Shared by `npm run translations:check` (scripts/translations.ts)
 * and the build (src/plugins/translation-status), so the notice on a page and the report
 * agree. Every function takes the site root, so tests run it on fixtures in a temp dir.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  docHash,
  entryHash,
  overlayPathOf,
  recordedDocSource,
  sourceKey,
  translatablePairs,
  translatedDocPathOf,
} from './translation';

function walk(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? walk(p, ext) : ext.test(name) ? [p] : [];
    });
}

const relativeTo = (root: string, p: string): string => relative(root, p).split(sep).join('/');

/** Chinese docs and posts, relative to the root (`docs/…`, `blog/…`). */
export const docFiles = (root: string): string[] =>
  [...walk(join(root, 'docs'), /\.mdx?$/), ...walk(join(root, 'blog'), /\.mdx?$/)].map((p) =>
    relativeTo(root, p),
  );

/** Chinese data files, relative to the root (`src/data/…`). */
export const dataFiles = (root: string): string[] =>
  walk(join(root, 'src', 'data'), /\.ya?ml$/).map((p) => relativeTo(root, p));

export interface DataEntry {
  id: string;
  raw: Record<string, unknown>;
}

export function entriesOf(root: string, file: string): DataEntry[] {
  const parsed: unknown = parseYaml(readFileSync(join(root, file), 'utf8'));
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((raw: unknown) =>
    raw !== null && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string'
      ? [{ id: (raw as { id: string }).id, raw: raw as Record<string, unknown> }]
      : [],
  );
}

export type Overlay = Record<string, Record<string, unknown>>;

export function overlayOf(root: string, dataFile: string): Overlay {
  const path = join(root, overlayPathOf(dataFile));
  if (!existsSync(path)) return {};
  const parsed: unknown = parseYaml(readFileSync(path, 'utf8'));
  return parsed !== null && typeof parsed === 'object' ? (parsed as Overlay) : {};
}

/**
 * The day (YYYY-MM-DD, UTC) a Chinese file last changed: its last commit date from git; the
 * file's mtime when git cannot say — outside a git checkout, for an untracked file, or when the
 * file has uncommitted edits (its last commit is then older than the text being compared).
 */
export function lastChanged(root: string, file: string): string {
  const mtime = (): string => statSync(join(root, file)).mtime.toISOString().slice(0, 10);
  try {
    const git = (...args: string[]): string =>
      execFileSync('git', ['-C', root, ...args], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    if (git('status', '--porcelain', '--', file) !== '') return mtime();
    // %cI: committer date, ISO 8601 with the committer's offset; shown as a UTC day.
    const date = git('log', '-1', '--format=%cI', '--', file);
    return date ? new Date(date).toISOString().slice(0, 10) : mtime();
  } catch {
    return mtime();
  }
}

export interface DocTranslation {
  /** The Chinese file (`docs/…` or `blog/…`). */
  source: string;
  /** Its English version (`i18n/en/…`). */
  translation: string;
  status: 'missing' | 'unstamped' | 'stale' | 'current';
  /** For a stale translation: the day its Chinese source last changed. */
  sourceChanged?: string;
}

/** Every Chinese doc and post with the state of its English version, in file order. */
export function docTranslations(root: string): DocTranslation[] {
  const out: DocTranslation[] = [];
  for (const source of docFiles(root)) {
    const translation = translatedDocPathOf(source);
    if (!translation) continue;
    if (!existsSync(join(root, translation))) {
      out.push({ source, translation, status: 'missing' });
      continue;
    }
    const recorded = recordedDocSource(readFileSync(join(root, translation), 'utf8'));
    if (recorded === null) out.push({ source, translation, status: 'unstamped' });
    else if (recorded !== docHash(readFileSync(join(root, source), 'utf8')))
      out.push({ source, translation, status: 'stale', sourceChanged: lastChanged(root, source) });
    else out.push({ source, translation, status: 'current' });
  }
  return out;
}

export interface Status {
  missing: string[];
  stale: string[];
  unstamped: string[];
  current: number;
}

export function docStatus(root: string): Status {
  const s: Status = { missing: [], stale: [], unstamped: [], current: 0 };
  for (const d of docTranslations(root)) {
    if (d.status === 'current') s.current += 1;
    else if (d.status === 'stale') s.stale.push(`${d.source} (Chinese changed ${d.sourceChanged})`);
    else s[d.status].push(d.source);
  }
  return s;
}

export function dataStatus(root: string): Status {
  const s: Status = { missing: [], stale: [], unstamped: [], current: 0 };
  for (const file of dataFiles(root)) {
    const overlay = overlayOf(root, file);
    for (const { id, raw } of entriesOf(root, file)) {
      const pairs = translatablePairs(raw);
      if (pairs.length === 0) continue;
      const name = `${file.split('/')[2]}:${id}`;
      const en = overlay[id];
      const absent = pairs.filter(([path]) => typeof en?.[path] !== 'string' || en[path] === '');
      if (!en || absent.length === pairs.length) s.missing.push(name);
      else if (absent.length > 0) s.missing.push(`${name} (${absent.map(([p]) => p).join(', ')})`);
      else if (typeof en[sourceKey] !== 'string') s.unstamped.push(name);
      else if (en[sourceKey] !== entryHash(raw)) s.stale.push(name);
      else s.current += 1;
    }
  }
  return s;
}

/** What `npm run translations:check` prints: a summary line per kind, then each item. */
export function checkReport(root: string): string {
  const lines: string[] = [];
  for (const [label, s] of [
    ['Docs and posts', docStatus(root)],
    ['Data entries', dataStatus(root)],
  ] as const) {
    lines.push(
      `${label}: ${s.current} current, ${s.stale.length} stale, ${s.unstamped.length} not stamped, ${s.missing.length} missing`,
    );
    for (const [kind, list] of [
      ['stale', s.stale],
      ['not stamped', s.unstamped],
      ['missing', s.missing],
    ] as const) {
      for (const item of list) lines.push(`  ${kind}: ${item}`);
    }
  }
  return lines.join('\n');
}
