/**
 * The `lang` of a data field as rendered. In the English build, a field with no English yet
 * shows its Chinese (the loader lists such paths in `entry.i18n.zh`, src/data/overlay.ts);
 * marking it `zh-Hans` lets screen readers switch voice and browsers pick CJK fonts and line
 * breaking. Elsewhere the field is in the page's own language and needs no attribute.
 */
import type { EntryTranslation } from '../data/types';

export type FieldLang = 'zh-Hans' | undefined;

const han = /\p{Script=Han}/u;

/**
 * `zh-Hans` for text kept Chinese on purpose in every locale (aliases, Chinese names) when it
 * has Chinese in it: a mixed list of aliases is read as Chinese, as it is written for Chinese
 * readers.
 */
export const chineseLang = (text: string | undefined): FieldLang =>
  text && han.test(text) ? 'zh-Hans' : undefined;

type Translated = { i18n?: EntryTranslation };

// Any entry or view of one: most entry types do not declare `i18n`, which the loader adds.
const i18nOf = (entry: object | undefined): EntryTranslation | undefined =>
  (entry as Translated | undefined)?.i18n;

export function langOf(entry: object | undefined, path: string): FieldLang {
  return i18nOf(entry)?.zh?.includes(path) ? 'zh-Hans' : undefined;
}

/** Whether the entry's English was made from an older Chinese text (English build only). */
export const isStale = (entry: object | undefined): boolean => i18nOf(entry)?.stale === true;
