/**
 * What an English translation translates, and how to tell when it has fallen behind.
 *
 * Node only (hashing). Docs: `docs/<p>` → `i18n/en/docusaurus-plugin-content-docs/current/<p>`
 * and `blog/<f>` → `i18n/en/docusaurus-plugin-content-blog/<f>`, whose front matter records
 * `translation_source: <hash of the Chinese file>`. Data: `src/data/<c>/<f>.yaml` →
 * `i18n/en/data/<c>/<f>.yaml`, a mapping from entry id to flat field paths (`openness.paper.note`,
 * `founders.0`) holding English text, plus `_source: <hash of the entry's Chinese text>`.
 */
import { createHash } from 'node:crypto';

/**
 * Whether every translatable field must have English. The English edition is complete (since
 * 2026-12-02): the loader reports each missing field as a problem, failing validation and the
 * build (src/data/overlay.ts), so a new or changed entry comes with its English. A stale
 * translation (English older than its Chinese) is not a problem: it shows a notice.
 */
export const englishRequired: boolean = true;

/** Fields that stay Chinese on purpose in every locale (search aliases, the Chinese name itself). */
export const chineseOnly: ReadonlySet<string> = new Set(['aliases', 'name_zh', 'zh']);

/** The overlay key that records which Chinese text a translation was made from. */
export const sourceKey = '_source';

/** The front-matter key of a translated doc or post that records the same. */
export const docSourceKey = 'translation_source';

const han = /\p{Script=Han}/u;

const hash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 12);

/** Hash of a Chinese doc or post: its whole file, line endings normalised. */
export const docHash = (text: string): string => hash(text.replace(/\r\n?/g, '\n'));

/**
 * Every string of a data entry that needs an English counterpart, as [flat path, Chinese text]
 * in document order: the strings that contain Chinese characters, outside `chineseOnly` fields.
 */
export function translatablePairs(entry: unknown): [string, string][] {
  const pairs: [string, string][] = [];
  const walk = (value: unknown, path: string[]): void => {
    if (typeof value === 'string') {
      if (han.test(value)) pairs.push([path.join('.'), value]);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, String(i)]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (!chineseOnly.has(key)) walk(item, [...path, key]);
      }
    }
  };
  walk(entry, []);
  return pairs;
}

/** Hash of an entry's translatable Chinese text: changes exactly when a translation falls behind. */
export const entryHash = (entry: unknown): string => hash(JSON.stringify(translatablePairs(entry)));

/** Where the English overlay of a Chinese data file lives, relative to the site root. */
export const overlayPathOf = (dataFile: string): string =>
  dataFile.replace(/^src\/data\//, 'i18n/en/data/');

/** Where the English version of a Chinese doc or post lives, relative to the site root. */
export function translatedDocPathOf(file: string): string | null {
  if (file.startsWith('docs/'))
    return file.replace(/^docs\//, 'i18n/en/docusaurus-plugin-content-docs/current/');
  if (file.startsWith('blog/'))
    return file.replace(/^blog\//, 'i18n/en/docusaurus-plugin-content-blog/');
  return null;
}

/** The `translation_source` recorded in a translated doc's front matter, if any. */
export function recordedDocSource(text: string): string | null {
  const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  const m = fm && new RegExp(`^${docSourceKey}:\\s*['"]?([0-9a-f]+)['"]?\\s*$`, 'm').exec(fm[1]!);
  return m ? m[1]! : null;
}

/** The doc text with `translation_source` set to `source` (added as the last front-matter key). */
export function withDocSource(text: string, source: string): string {
  const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!fm) return `---\n${docSourceKey}: ${source}\n---\n\n${text}`;
  const body = fm[1]!;
  const line = new RegExp(`^${docSourceKey}:.*$`, 'm');
  const updated = line.test(body)
    ? body.replace(line, `${docSourceKey}: ${source}`)
    : `${body}\n${docSourceKey}: ${source}`;
  return `---\n${updated}\n---${text.slice(fm[0].length)}`;
}
