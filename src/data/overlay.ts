/**
 * English overlays of the data (layout and format: src/data/translation.ts): reading and
 * checking one overlay file, and applying an overlay entry to its validated Chinese entry.
 *
 * Node only. Called by the loader (./load.ts) for every data file, so the build, `npm run
 * validate:data` and every consumer of the loaded data see the same English and the same
 * problems; nothing else reads overlays for display.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { droppedText, droppedTextMessage } from './yaml';
import type { CollectionName } from './collections';
import type { EntryTranslation } from './types';
import { englishRequired, entryHash, sourceKey, translatablePairs } from './translation';
import type { Problem } from './load';

/** One overlay entry as written: flat path → English, plus `_source`. */
export type OverlayEntry = Readonly<Record<string, unknown>>;

export interface OverlayFile {
  /** The overlay's path relative to the site root, as problems name it. */
  file: string;
  entries: ReadonlyMap<string, OverlayEntry>;
  problems: Problem[];
}

/**
 * Fields shown in both languages in both locales (the glossary shows a term's definition in
 * English and Chinese): the entry carries the other language's text in `i18n.other`.
 */
export const bilingualPaths: Partial<Record<CollectionName, readonly string[]>> = {
  terms: ['definition'],
};

const sourcePattern = /^[0-9a-f]{12}$/;

/** Values cut short by a comment on their line (./yaml.ts), as problems naming entry and field. */
function trailingComments(doc: Document, file: string): Problem[] {
  // A data file is a list of entries with an `id`; an overlay maps ids to fields.
  const entries = doc.contents;
  return droppedText(doc).map(({ path, comment }) => {
    const entry = isSeq(entries) ? entries.items[Number(path[0])] : undefined;
    const id = isSeq(entries)
      ? isMap(entry) && typeof entry.get('id') === 'string'
        ? String(entry.get('id'))
        : `(entry #${Number(path[0]) + 1})`
      : (path[0] ?? '(file)');
    return {
      file,
      id,
      field: path.slice(1).join('.') || '(yaml)',
      message: droppedTextMessage(comment),
    };
  });
}

/**
 * A YAML file's content, or the problems that it does not parse or drops text into a comment
 * (named by `file`).
 */
export function readYamlFile(path: string, file: string): { doc?: unknown; problems: Problem[] } {
  const doc = parseDocument(readFileSync(path, 'utf8'));
  const [error] = doc.errors;
  if (error)
    return {
      problems: [
        {
          file,
          id: '(file)',
          field: '(yaml)',
          message: `not valid YAML: ${error.message.split('\n')[0]}`,
        },
      ],
    };
  return { doc: doc.toJS(), problems: trailingComments(doc, file) };
}

/** Reads an overlay file; a missing file is an empty overlay, a broken one a problem. */
export function readOverlay(path: string, file: string): OverlayFile {
  const entries = new Map<string, OverlayEntry>();
  const problems: Problem[] = [];
  if (!existsSync(path)) return { file, entries, problems };
  const { doc, problems: yamlProblems } = readYamlFile(path, file);
  problems.push(...yamlProblems);
  if (doc === null || doc === undefined) return { file, entries, problems };
  if (typeof doc !== 'object' || Array.isArray(doc)) {
    problems.push({
      file,
      id: '(file)',
      field: '(yaml)',
      message: `expected a mapping from entry id to English fields (see i18n/en/data), found ${Array.isArray(doc) ? 'a list' : typeof doc}`,
    });
    return { file, entries, problems };
  }
  for (const [id, value] of Object.entries(doc as Record<string, unknown>)) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      problems.push({
        file,
        id,
        field: '(entry)',
        message: `expected a mapping of field paths to English text, found ${value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value}`,
      });
      continue;
    }
    entries.set(id, value as OverlayEntry);
  }
  return { file, entries, problems };
}

/** The overlay entries whose id has no entry in the Chinese file: one problem each. */
export function unknownIdProblems(
  overlay: OverlayFile,
  ids: ReadonlySet<string>,
  dataFile: string,
): Problem[] {
  return [...overlay.entries.keys()]
    .filter((id) => !ids.has(id))
    .map((id) => ({
      file: overlay.file,
      id,
      field: '(entry)',
      message: `no entry with this id in ${dataFile} (renamed, moved or removed?); remove it or move it with its entry`,
    }));
}

function valueAt(target: unknown, path: string): unknown {
  let cur = target;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

function setAt(target: unknown, path: string, value: string): void {
  const keys = path.split('.');
  let cur = target as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) cur = cur[key] as Record<string, unknown>;
  cur[keys[keys.length - 1]!] = value;
}

export interface TranslateOptions {
  collection: CollectionName;
  /** The locale being built; only `en` shows the English. */
  locale: string;
  /** Where the overlay of this entry's file lives, for problems. */
  overlayFile: string;
  /** Report missing English as problems (defaults to the switch `englishRequired`). */
  required?: boolean;
}

/**
 * Checks an overlay entry against its Chinese entry (`raw`, as written in YAML) and, in the
 * English build, writes the English into `entry` (the validated entry, changed in place) and
 * records in `entry.i18n` which paths are still Chinese and whether the translation is stale.
 * Paths that are not translatable paths of the entry are reported, never applied.
 */
export function translateEntry(
  entry: Record<string, unknown> & { id: string },
  raw: unknown,
  en: OverlayEntry | undefined,
  { collection, locale, overlayFile, required = englishRequired }: TranslateOptions,
): { problems: Problem[]; english: EntryEnglish | undefined } {
  const problems: Problem[] = [];
  const pairs = translatablePairs(raw);
  const chinese = new Map(pairs);
  const english = new Map<string, string>();
  const problem = (field: string, message: string) =>
    problems.push({ file: overlayFile, id: entry.id, field, message });

  for (const [path, value] of Object.entries(en ?? {})) {
    if (path === sourceKey) {
      if (typeof value !== 'string' || !sourcePattern.test(value))
        problem(
          path,
          `expected the 12-hex-digit hash written by \`npm run translations:stamp\`, found ${JSON.stringify(value)}`,
        );
      continue;
    }
    if (!chinese.has(path)) {
      const there = valueAt(raw, path);
      const why =
        typeof there === 'string'
          ? `its text here, ${JSON.stringify(there.length > 40 ? `${there.slice(0, 37)}…` : there)}, has no Chinese and is shown as it is in every locale; remove the line`
          : 'the Chinese entry has no text at this path; obsolete after the entry changed shape?';
      problem(
        path,
        `not a translatable field of this entry (${why}); translatable: ${pairs.map(([p]) => p).join(', ') || '(none)'}`,
      );
      continue;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      problem(
        path,
        `expected English text, found ${value === null ? 'null' : typeof value === 'string' ? 'an empty string' : typeof value}`,
      );
      continue;
    }
    english.set(path, value);
  }
  if (required) {
    for (const [path] of pairs)
      if (!english.has(path) && !problems.some((p) => p.field === path))
        problem(
          path,
          `no English text (add it to ${overlayFile}; \`npm run translations:todo\` lists what is missing)`,
        );
  }

  const i18n: EntryTranslation = {};
  const other: Record<string, string> = {};
  const bilingual = new Set(bilingualPaths[collection] ?? []);
  if (locale === 'en') {
    for (const [path, text] of english) {
      setAt(entry, path, text);
      if (bilingual.has(path)) other[path] = chinese.get(path)!;
    }
    const zh = pairs.map(([p]) => p).filter((p) => !english.has(p));
    if (zh.length > 0) i18n.zh = zh;
    const source = en?.[sourceKey];
    if (english.size > 0 && typeof source === 'string' && source !== entryHash(raw))
      i18n.stale = true;
  } else {
    for (const path of bilingual) {
      const text = english.get(path);
      if (text !== undefined) other[path] = text;
    }
  }
  if (Object.keys(other).length > 0) i18n.other = other;
  if (Object.keys(i18n).length > 0) entry.i18n = i18n;
  const source = en?.[sourceKey];
  return {
    problems,
    english:
      english.size > 0
        ? {
            stale: typeof source === 'string' && source !== entryHash(raw),
            fields: Object.fromEntries(english),
          }
        : undefined,
  };
}

/**
 * The valid English of one entry, in both builds: what the open-data exports publish beside
 * the Chinese (`en` of each item). `stale`: translated from an older Chinese text.
 */
export interface EntryEnglish {
  stale: boolean;
  fields: Record<string, string>;
}

/** The English of every entry that has any, by collection and id. */
export type EnglishTexts = { [C in CollectionName]: Record<string, EntryEnglish> };
