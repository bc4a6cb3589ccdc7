/**
 * Which data entries were added, changed or removed, and when, read from git at build time:
 * `git log` over src/data lists the commits and the YAML files each touched; the entries of
 * each file before and after the commit are compared by id.
 *
 * CI often clones shallowly (`--depth 1`): the oldest commit then has no parent to compare
 * with, and older commits are missing. That is detected (`git rev-parse
 * --is-shallow-repository`) and reported as `partial`, never papered over with dates that
 * are not in the history; without git at all, the history is empty and says so.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { collectionNames, type CollectionName } from '../../data/vocab';

export interface LoggedCommit {
  hash: string;
  parents: string[];
  /** Committer date, ISO 8601 with offset. */
  date: string;
  subject: string;
  files: Array<{ status: 'A' | 'M' | 'D'; path: string }>;
}

export type ChangeKind = 'added' | 'changed' | 'removed';

export interface EntryChange {
  collection: CollectionName;
  id: string;
  name: string;
  kind: ChangeKind;
}

export interface HistoryCommit {
  hash: string;
  date: string;
  subject: string;
  changes: EntryChange[];
}

export interface DataHistory {
  /** false when the site was built outside a git checkout. */
  available: boolean;
  /** true when the clone is shallow: older changes are missing, the oldest commit is skipped. */
  partial: boolean;
  commits: HistoryCommit[];
}

const RS = '\x1e';
const US = '\x1f';
/** The `--format` that parseGitLog reads: one record per commit, fields split by US. */
export const logFormat = `${'%x1e'}%H${'%x1f'}%P${'%x1f'}%cI${'%x1f'}%s`;

/** `git log --format=<logFormat> --name-status --no-renames` output → commits. */
export function parseGitLog(text: string): LoggedCommit[] {
  return text
    .split(RS)
    .filter((record) => record.trim() !== '')
    .map((record) => {
      const [head = '', ...lines] = record.split('\n');
      const [hash = '', parents = '', date = '', subject = ''] = head.split(US);
      const files = lines.flatMap((line) => {
        const m = /^([AMD])\t(.+)$/.exec(line.trim());
        return m ? [{ status: m[1] as 'A' | 'M' | 'D', path: m[2]! }] : [];
      });
      return { hash, parents: parents.split(' ').filter(Boolean), date, subject, files };
    });
}

/** The collection a data file belongs to: `src/data/<collection>/<file>.yaml`. */
export function collectionOf(path: string, dataDir = 'src/data'): CollectionName | undefined {
  const m = new RegExp(`^${dataDir}/([^/]+)/[^/]+\\.ya?ml$`).exec(path);
  const name = m?.[1];
  return collectionNames.find((c) => c === name);
}

type Entries = Map<string, { name: string; text: string }>;

function entryOf(raw: unknown): { id: string; name: string; text: string } | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const e = raw as Record<string, unknown>;
  if (typeof e.id !== 'string') return undefined;
  const label = [e.name, e.title, e.zh].find((v) => typeof v === 'string');
  return { id: e.id, name: typeof label === 'string' ? label : e.id, text: JSON.stringify(e) };
}

function parseOrUndefined(yaml: string): unknown {
  try {
    return parseYaml(yaml);
  } catch {
    return undefined; // a commit may hold broken YAML; that commit's build failed, not ours
  }
}

/** id → (display name, canonical JSON) for one YAML file's entries; unreadable text → none. */
export function entriesOf(yaml: string | undefined): Entries {
  const entries: Entries = new Map();
  const doc = yaml === undefined ? undefined : parseOrUndefined(yaml);
  if (!Array.isArray(doc)) return entries;
  for (const raw of doc as unknown[]) {
    const e = entryOf(raw);
    if (e) entries.set(e.id, e);
  }
  return entries;
}

/**
 * The entries of a file as written (`- id: x` at the start of a line opens an entry), so that
 * only entries whose text differs are parsed: parsing every version of every file took
 * seconds. `undefined` when the file is not written that way (then it is parsed whole).
 */
export function splitEntries(yaml: string | undefined): Map<string, string> | undefined {
  const chunks = new Map<string, string>();
  if (yaml === undefined) return chunks;
  const parts = yaml.split(/^(?=- )/m);
  for (const part of parts) {
    if (!part.startsWith('- ')) {
      // Comments and blank lines before the first entry.
      if (part.split('\n').every((l) => /^\s*(#.*)?$/.test(l))) continue;
      return undefined;
    }
    const id = /^- id:\s*['"]?([a-z0-9-]+)['"]?\s*$/m.exec(part.split('\n')[0] ?? '')?.[1];
    if (!id || chunks.has(id)) return undefined;
    chunks.set(id, part);
  }
  return chunks;
}

interface RawChange extends EntryChange {
  /** Canonical JSON of the entry, to tell a move between files from a change. */
  text: string;
}

function parsedChunk(chunk: string): { name: string; text: string } | undefined {
  const doc = parseOrUndefined(chunk);
  return Array.isArray(doc) ? entryOf(doc[0]) : undefined;
}

function changesBetween(
  collection: CollectionName,
  before: string | undefined,
  after: string | undefined,
): RawChange[] {
  const oldChunks = splitEntries(before);
  const newChunks = splitEntries(after);
  const changes: RawChange[] = [];
  if (oldChunks && newChunks) {
    for (const [id, chunk] of newChunks) {
      const prev = oldChunks.get(id);
      if (prev === chunk) continue;
      const now = parsedChunk(chunk);
      if (!now) continue;
      if (prev === undefined) {
        changes.push({ collection, id, name: now.name, kind: 'added', text: now.text });
        continue;
      }
      // Text differs; the entry may not (a comment, quoting, indentation).
      if (parsedChunk(prev)?.text !== now.text)
        changes.push({ collection, id, name: now.name, kind: 'changed', text: now.text });
    }
    for (const [id, chunk] of oldChunks) {
      if (newChunks.has(id)) continue;
      const prev = parsedChunk(chunk);
      changes.push({
        collection,
        id,
        name: prev?.name ?? id,
        kind: 'removed',
        text: prev?.text ?? '',
      });
    }
    return changes;
  }
  const old = entriesOf(before);
  const now = entriesOf(after);
  for (const [id, e] of now) {
    const prev = old.get(id);
    if (!prev) changes.push({ collection, id, name: e.name, kind: 'added', text: e.text });
    else if (prev.text !== e.text)
      changes.push({ collection, id, name: e.name, kind: 'changed', text: e.text });
  }
  for (const [id, e] of old)
    if (!now.has(id)) changes.push({ collection, id, name: e.name, kind: 'removed', text: e.text });
  return changes;
}

/** What changed between two versions of one collection file, by entry id. */
export function entryChanges(
  collection: CollectionName,
  before: string | undefined,
  after: string | undefined,
): EntryChange[] {
  return changesBetween(collection, before, after).map((c) => ({
    collection: c.collection,
    id: c.id,
    name: c.name,
    kind: c.kind,
  }));
}

/**
 * An entry moved from one file to another in one commit shows up as removed from one and
 * added to the other: that is one change, or none if the entry itself is the same.
 */
export function mergeMoves(changes: readonly RawChange[]): EntryChange[] {
  const key = (c: EntryChange) => `${c.collection}:${c.id}`;
  const removed = new Map(changes.filter((c) => c.kind === 'removed').map((c) => [key(c), c]));
  const added = new Set(changes.filter((c) => c.kind === 'added').map(key));
  const out: EntryChange[] = [];
  for (const { text, ...c } of changes) {
    const k = key(c);
    const from = removed.get(k);
    if (!from || !added.has(k)) out.push(c);
    else if (c.kind === 'added' && from.text !== text) out.push({ ...c, kind: 'changed' });
  }
  return out;
}

function git(cwd: string, args: string[], input?: string): Buffer | undefined {
  try {
    return execFileSync('git', args, {
      cwd,
      input,
      maxBuffer: 512 * 1024 * 1024,
      stdio: ['pipe', 'pipe', 'ignore'],
    });
  } catch {
    return undefined;
  }
}

/**
 * Many objects through one `git cat-file --batch` (one process instead of one per file: 10 s
 * became well under one here). `undefined` for an object the repository does not have.
 */
export function readObjects(repoDir: string, specs: readonly string[]): Array<string | undefined> {
  if (specs.length === 0) return [];
  const out = git(repoDir, ['cat-file', '--batch'], `${specs.join('\n')}\n`);
  if (!out) return specs.map(() => undefined);
  const results: Array<string | undefined> = [];
  let at = 0;
  for (let i = 0; i < specs.length; i++) {
    const eol = out.indexOf(10, at);
    const header = out.subarray(at, eol).toString('utf8');
    at = eol + 1;
    const m = / (\w+) (\d+)$/.exec(header);
    if (!m || header.endsWith(' missing')) {
      results.push(undefined);
      continue;
    }
    const size = Number(m[2]);
    results.push(m[1] === 'blob' ? out.subarray(at, at + size).toString('utf8') : '');
    at += size + 1; // the object, then a newline
  }
  return results;
}

/** The data history of the checkout at `repoDir`, newest first, at most `limit` commits. */
export function readDataHistory(
  repoDir: string,
  { dataDir = 'src/data', limit = 100 }: { dataDir?: string; limit?: number } = {},
): DataHistory {
  const shallowFlag = git(repoDir, ['rev-parse', '--is-shallow-repository']);
  if (shallowFlag === undefined) return { available: false, partial: true, commits: [] };
  const partial = shallowFlag.toString('utf8').trim() === 'true';
  // A shallow clone's boundary commits show no parents, as if they were the first commit:
  // they are listed in the `shallow` file and must not be read as adding everything.
  const boundary = new Set<string>();
  if (partial) {
    const shallowFile = git(repoDir, [
      'rev-parse',
      '--path-format=absolute',
      '--git-path',
      'shallow',
    ]);
    const path = shallowFile?.toString('utf8').trim();
    if (path && existsSync(path)) {
      for (const line of readFileSync(path, 'utf8').split('\n'))
        if (line) boundary.add(line.trim());
    }
  }
  const log = git(repoDir, [
    'log',
    `--format=${logFormat}`,
    '--name-status',
    '--no-renames',
    '-n',
    String(limit),
    '--',
    dataDir,
  ]);
  if (log === undefined) return { available: false, partial: true, commits: [] };
  const logged = parseGitLog(log.toString('utf8'));

  // Every version any commit needs, fetched at once: the parent (to tell whether a shallow
  // clone has it) and each touched file before and after.
  const specs = new Set<string>();
  for (const c of logged) {
    const parent = c.parents[0];
    if (parent) specs.add(parent);
    for (const f of c.files) {
      if (!collectionOf(f.path, dataDir)) continue;
      if (parent && f.status !== 'A') specs.add(`${parent}:${f.path}`);
      if (f.status !== 'D') specs.add(`${c.hash}:${f.path}`);
    }
  }
  const list = [...specs];
  const objects = new Map(readObjects(repoDir, list).map((o, i) => [list[i]!, o]));

  const commits: HistoryCommit[] = [];
  for (const c of logged) {
    const parent = c.parents[0];
    // A root commit adds everything; a commit whose parent the shallow clone lacks cannot be
    // compared, and calling its whole content "added" on that day would be false.
    if (boundary.has(c.hash) || (parent && objects.get(parent) === undefined)) continue;
    const changes: RawChange[] = [];
    for (const f of c.files) {
      const collection = collectionOf(f.path, dataDir);
      if (!collection) continue;
      const before = f.status === 'A' || !parent ? undefined : objects.get(`${parent}:${f.path}`);
      const after = f.status === 'D' ? undefined : objects.get(`${c.hash}:${f.path}`);
      changes.push(...changesBetween(collection, before, after));
    }
    const merged = mergeMoves(changes);
    if (merged.length > 0)
      commits.push({ hash: c.hash, date: c.date, subject: c.subject, changes: merged });
  }
  return { available: true, partial, commits };
}
