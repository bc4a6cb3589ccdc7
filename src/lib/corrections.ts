/**
 * The corrections log in the order readers see it, and the part of it a page shows about itself
 * (used at build time by the model pages and src/plugins/page-corrections; tested in
 * tests/unit/corrections.test.ts and tests/unit/page-corrections.test.ts).
 */
import type { Correction, EntryTranslation } from '../data/types';

/**
 * Newest correction first. Entries are appended to the YAML file as they are made, so of two
 * corrections made on the same day the one further down the file is the later one.
 */
export function newestFirst<T extends Pick<Correction, 'date'>>(entries: readonly T[]): T[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => b.entry.date.localeCompare(a.entry.date) || b.index - a.index)
    .map(({ entry }) => entry);
}

/** What a page shows of one correction; sources and commit stay on /corrections. */
export type PageCorrection = Pick<Correction, 'id' | 'date' | 'wrong' | 'right'> & {
  i18n?: EntryTranslation;
};

/**
 * The corrections whose target is `target` (a page path such as "/docs/models/qwen", or an
 * entry such as "model:qwen3-32b"), newest first, in the build's locale.
 */
export function correctionsOf(
  corrections: ReadonlyArray<Correction & { i18n?: EntryTranslation }>,
  target: string,
): PageCorrection[] {
  return newestFirst(corrections.filter((c) => c.target === target)).map((c) => ({
    id: c.id,
    date: c.date,
    wrong: c.wrong,
    right: c.right,
    ...(c.i18n ? { i18n: c.i18n } : {}),
  }));
}
