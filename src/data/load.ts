/**
 * Reads every collection from YAML, validates it, and reports *all* problems at once.
 *
 * Runs in Node only (the build plugin and `npm run validate:data`). Nothing is ever dropped:
 * an entry with a problem is reported, and the caller refuses to build while any problem
 * remains.
 */
import { readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type * as z from 'zod';
import { collections, collectionNames, refPrefixes, type CollectionName } from './collections';
import type { AtlasData } from './types';
import { checkOpennessRules } from './rules/openness';
import {
  readOverlay,
  readYamlFile,
  translateEntry,
  unknownIdProblems,
  type EnglishTexts,
} from './overlay';

export interface Problem {
  file: string;
  id: string;
  field: string;
  message: string;
}

export const formatProblem = (p: Problem): string => `${p.file}: ${p.id}: ${p.field}: ${p.message}`;

export interface LoadOptions {
  /** Folder holding one sub-folder per collection. */
  dataDir: string;
  /** Paths in messages are relative to this (the site root). */
  rootDir?: string;
  /** Dates after this day are impossible (defaults to today, UTC). */
  today?: string;
  /** Where the doc pages are, for corrections that point at one (defaults to `<rootDir>/docs`). */
  docsDir?: string;
  /**
   * The English overlays, one sub-folder per collection mirroring `dataDir` (defaults to
   * `<rootDir>/i18n/en/data` when `dataDir` is `<rootDir>/src/data`, else none). Always
   * checked; applied only when `locale` is `en`.
   */
  overlayDir?: string;
  /** The locale being built (`zh-Hans` by default): `en` shows the English of each entry. */
  locale?: string;
  /** Missing English is a problem (defaults to `englishRequired` in ./translation.ts). */
  englishRequired?: boolean;
}

export interface LoadResult {
  data: AtlasData;
  problems: Problem[];
  /** The valid English of every entry that has an overlay, in every locale (for the exports). */
  english: EnglishTexts;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}…` : value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a mapping';
  return typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint'
    ? String(value)
    : typeof value;
}

function getAt(root: unknown, path: PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/** One zod issue → one line a contributor can act on. */
function issueToProblem(issue: z.core.$ZodIssue, raw: unknown, file: string, id: string): Problem {
  const field = issue.path.length ? issue.path.map(String).join('.') : '(entry)';
  const found = describe(getAt(raw, issue.path));
  switch (issue.code) {
    case 'unrecognized_keys':
      return {
        file,
        id,
        field,
        message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling against the schema in src/data/schema)`,
      };
    case 'invalid_type':
      if (getAt(raw, issue.path) === undefined) {
        return {
          file,
          id,
          field,
          message: `required field is missing (expected ${issue.expected})`,
        };
      }
      return { file, id, field, message: `expected ${issue.expected}, found ${found}` };
    case 'invalid_value':
      return {
        file,
        id,
        field,
        message: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, found ${found}`,
      };
    case 'invalid_union':
      return {
        file,
        id,
        field,
        message: `expected one of the allowed forms (see the schema), found ${found}`,
      };
    default: {
      const message = issue.message.includes('found')
        ? issue.message
        : `${issue.message}, found ${found}`;
      return { file, id, field, message };
    }
  }
}

const datePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Returns a message if the (partial) date does not exist or lies after `today`. */
export function checkDate(value: string, today: string): string | undefined {
  const m = datePattern.exec(value);
  if (!m) return undefined; // shape errors are the schema's to report
  const [, y, mo, d] = m;
  const year = Number(y);
  const month = mo ? Number(mo) : 1;
  const day = d ? Number(d) : 1;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return `expected a real calendar date, found "${value}"`;
  }
  // Compare on the precision given: "2026-11" is possible on any day of November 2026.
  if (value > today.slice(0, value.length)) {
    return `expected a date not after the build date ${today}, found "${value}"`;
  }
  return undefined;
}

const dateFields: Partial<Record<CollectionName, string[]>> = {
  models: ['released'],
  organizations: ['founded'],
  tools: ['first_release'],
  events: ['date'],
  corrections: ['date'],
};

export function loadAtlasData({
  dataDir,
  rootDir = process.cwd(),
  today,
  docsDir = join(rootDir, 'docs'),
  overlayDir = join(dataDir) === join(rootDir, 'src', 'data')
    ? join(rootDir, 'i18n', 'en', 'data')
    : undefined,
  locale = 'zh-Hans',
  englishRequired,
}: LoadOptions): LoadResult {
  const problems: Problem[] = [];
  const day = today ?? new Date().toISOString().slice(0, 10);
  const data = Object.fromEntries(collectionNames.map((c) => [c, []])) as unknown as AtlasData;
  const english = Object.fromEntries(collectionNames.map((c) => [c, {}])) as EnglishTexts;
  if (overlayDir) problems.push(...orphanOverlays(overlayDir, dataDir, rootDir));

  for (const name of collectionNames) {
    const dir = join(dataDir, name);
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort();
    const seen = new Map<string, string>();
    for (const f of files) {
      const path = join(dir, f);
      const file = relative(rootDir, path);
      const overlayPath = overlayDir && join(overlayDir, name, f);
      const overlay = overlayPath
        ? readOverlay(overlayPath, relative(rootDir, overlayPath))
        : undefined;
      if (overlay) problems.push(...overlay.problems);
      const idsInFile = new Set<string>();
      const { doc, problems: yamlProblems } = readYamlFile(path, file);
      problems.push(...yamlProblems);
      if (doc === null || doc === undefined) continue; // an empty file holds no entries
      if (!Array.isArray(doc)) {
        problems.push({
          file,
          id: '(file)',
          field: '(yaml)',
          message: `expected a list of entries (each starting with "- id: …"), found ${describe(doc)}`,
        });
        continue;
      }
      doc.forEach((raw: unknown, index: number) => {
        const rawId = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
        const id = typeof rawId === 'string' && rawId ? rawId : `(entry #${index + 1})`;
        idsInFile.add(id);
        const schema = collections[name].schema as z.ZodType;
        const result = schema.safeParse(raw, { reportInput: true });
        if (!result.success) {
          for (const issue of result.error.issues)
            problems.push(issueToProblem(issue, raw, file, id));
          return;
        }
        const entry = result.data as { id: string; verified: string } & Record<string, unknown>;
        const first = seen.get(entry.id);
        if (first) {
          problems.push({
            file,
            id,
            field: 'id',
            message: `duplicate id; "${entry.id}" is already used in ${first}`,
          });
          return;
        }
        seen.set(entry.id, file);
        for (const field of [...(dateFields[name] ?? []), 'verified']) {
          const value = entry[field];
          if (typeof value === 'string') {
            const message = checkDate(value, day);
            if (message) problems.push({ file, id, field, message });
          }
        }
        if (overlay) {
          const translated = translateEntry(entry, raw, overlay.entries.get(entry.id), {
            collection: name,
            locale,
            overlayFile: overlay.file,
            ...(englishRequired !== undefined ? { required: englishRequired } : {}),
          });
          problems.push(...translated.problems);
          if (translated.english) english[name][entry.id] = translated.english;
        }
        (data[name] as Array<Record<string, unknown>>).push({ ...entry, file });
      });
      if (overlay) problems.push(...unknownIdProblems(overlay, idsInFile, file));
    }
  }

  problems.push(
    ...checkAliases(data),
    ...checkReferences(data, { docsDir, blogDir: join(rootDir, 'blog'), rootDir }),
    ...checkOpennessRules(data),
  );
  return { data, problems, english };
}

/** Overlay files whose Chinese data file does not exist (renamed or removed). */
function orphanOverlays(overlayDir: string, dataDir: string, rootDir: string): Problem[] {
  const walk = (dir: string): string[] =>
    existsSync(dir)
      ? readdirSync(dir)
          .sort()
          .flatMap((name) => {
            const p = join(dir, name);
            return statSync(p).isDirectory() ? walk(p) : /\.ya?ml$/.test(name) ? [p] : [];
          })
      : [];
  return walk(overlayDir)
    .filter((p) => !existsSync(join(dataDir, relative(overlayDir, p))))
    .map((p) => ({
      file: relative(rootDir, p),
      id: '(file)',
      field: '(file)',
      message: `no Chinese data file ${relative(rootDir, join(dataDir, relative(overlayDir, p)))
        .split(sep)
        .join('/')} to translate; rename or remove the overlay with its data file`,
    }));
}

/**
 * Names and aliases must point at one entry only, or search and the glossary cannot tell
 * entries apart. Compared case-insensitively within a collection.
 */
function checkAliases(data: AtlasData): Problem[] {
  const problems: Problem[] = [];
  for (const name of collectionNames) {
    const owner = new Map<string, string>();
    for (const entry of data[name] as Array<{
      id: string;
      file: string;
      name?: string;
      zh?: string;
      en?: string;
      aliases?: string[];
    }>) {
      const labels: Array<{ field: string; value: string }> = [
        ...(['name', 'zh', 'en'] as const).flatMap((field) =>
          entry[field] ? [{ field, value: entry[field] }] : [],
        ),
        ...(entry.aliases ?? []).map((value) => ({ field: 'aliases', value })),
      ];
      const own = new Set<string>();
      for (const { field, value } of labels) {
        if (field === 'aliases' && value.includes('，')) {
          // What `npm run fix:zh` makes of a YAML flow list of two Chinese aliases: one alias.
          problems.push({
            file: entry.file,
            id: entry.id,
            field,
            message: `alias "${value}" contains a full-width comma; write aliases as a block list, one "- alias" per line`,
          });
        }
        const key = value.trim().toLowerCase();
        if (own.has(key)) {
          if (field === 'aliases') {
            problems.push({
              file: entry.file,
              id: entry.id,
              field,
              message: `alias "${value}" repeats a name or alias of the same entry`,
            });
          }
          continue;
        }
        own.add(key);
        const other = owner.get(key);
        if (other !== undefined) {
          const what = field === 'aliases' ? 'alias' : field;
          problems.push({
            file: entry.file,
            id: entry.id,
            field,
            message: `${what} "${value}" is already a name or alias of "${other}"`,
          });
        } else {
          owner.set(key, entry.id);
        }
      }
    }
  }
  return problems;
}

/**
 * The source file of a doc page's path: "/docs/a/b" is docs/a/b.mdx (or .md), or the section
 * index docs/a/b/index.mdx; "/docs" is docs/index.mdx. No doc sets its own `slug` except the
 * root index, so the path follows the file.
 */
export function docFileOf(path: string, docsDir: string): string | undefined {
  const rel = path.replace(/^\/docs\/?/, '');
  const candidates = [
    ...(rel ? [`${rel}.mdx`, `${rel}.md`] : []),
    join(rel, 'index.mdx'),
    join(rel, 'index.md'),
  ];
  return candidates.map((c) => join(docsDir, c)).find((f) => existsSync(f));
}

/**
 * The file of the blog post at `/blog/<slug>`: Docusaurus takes the slug from the file name
 * after its date, `2023-12-31-open-llms-2023.mdx` → `/blog/open-llms-2023`.
 */
export function blogFileOf(path: string, blogDir: string): string | undefined {
  const slug = path.replace(/^\/blog\//, '');
  if (!existsSync(blogDir)) return undefined;
  const name = readdirSync(blogDir).find((f) =>
    new RegExp(`^(?:\\d{4}-\\d{2}-\\d{2}-)?${slug}\\.mdx?$`).test(f),
  );
  return name && join(blogDir, name);
}

function checkReferences(
  data: AtlasData,
  { docsDir, blogDir, rootDir }: { docsDir: string; blogDir: string; rootDir: string },
): Problem[] {
  const problems: Problem[] = [];
  const ids = Object.fromEntries(
    collectionNames.map((c) => [c, new Set((data[c] as Array<{ id: string }>).map((e) => e.id))]),
  ) as Record<CollectionName, Set<string>>;
  const knownList = (c: CollectionName) => {
    const all = [...ids[c]].sort();
    return all.length > 12
      ? `${all.slice(0, 12).join(', ')}, … (${all.length} in all)`
      : all.join(', ') || '(none yet)';
  };
  const expectRef = (
    file: string,
    id: string,
    field: string,
    target: CollectionName,
    value: string,
    label: string,
  ) => {
    if (!ids[target].has(value)) {
      problems.push({
        file,
        id,
        field,
        message: `unknown ${label} id "${value}"; known ids: ${knownList(target)}`,
      });
    }
  };
  for (const m of data.models) {
    m.organizations.forEach((o, i) =>
      expectRef(m.file, m.id, `organizations.${i}`, 'organizations', o, 'organisation'),
    );
    expectRef(m.file, m.id, 'license', 'licenses', m.license, 'licence');
    m.license_history.forEach((h, i) =>
      expectRef(m.file, m.id, `license_history.${i}.license`, 'licenses', h.license, 'licence'),
    );
    if (m.base_model) expectRef(m.file, m.id, 'base_model', 'models', m.base_model, 'model');
  }
  for (const t of data.tools) {
    expectRef(t.file, t.id, 'license', 'licenses', t.license, 'licence');
    t.organizations.forEach((o, i) =>
      expectRef(t.file, t.id, `organizations.${i}`, 'organizations', o, 'organisation'),
    );
  }
  /** A "kind:id" reference, whose shape the schema has checked. */
  const expectEntryRef = (file: string, id: string, field: string, ref: string) => {
    const [prefix, refId] = ref.split(':') as [string, string];
    const target = (refPrefixes as Record<string, CollectionName | undefined>)[prefix];
    if (target) expectRef(file, id, field, target, refId, collections[target].label);
  };
  for (const e of data.events) {
    e.related.forEach((ref, i) => expectEntryRef(e.file, e.id, `related.${i}`, ref));
  }
  for (const c of data.corrections) {
    if (!c.target.startsWith('/')) expectEntryRef(c.file, c.id, 'target', c.target);
    else if (c.target.startsWith('/blog/')) {
      if (!blogFileOf(c.target, blogDir))
        problems.push({
          file: c.file,
          id: c.id,
          field: 'target',
          message: `no blog post at "${c.target}" (looked for ${relative(rootDir, blogDir) || '.'}/<date>-${c.target.slice('/blog/'.length)}.mdx or .md)`,
        });
    } else if (!docFileOf(c.target, docsDir)) {
      problems.push({
        file: c.file,
        id: c.id,
        field: 'target',
        message: `no doc page at "${c.target}" (looked for ${relative(rootDir, docsDir) || '.'}${c.target.replace(/^\/docs/, '')}.mdx, .md or /index.mdx)`,
      });
    }
  }
  for (const t of data.terms) {
    t.related.forEach((r, i) => expectRef(t.file, t.id, `related.${i}`, 'terms', r, 'term'));
  }
  return problems;
}
