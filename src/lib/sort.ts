/**
 * The order of values in the atlas's tables and lists: numbers by size, text by pinyin for
 * Chinese and alphabetically for Latin script, with numbers inside text compared as numbers
 * ("Llama 2" before "Llama 10").
 */

export type SortValue = string | number | undefined;

const collator = new Intl.Collator(['zh-Hans-u-co-pinyin', 'en'], {
  numeric: true,
  sensitivity: 'base',
});

export function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}
