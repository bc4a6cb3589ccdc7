/**
 * Index letters for Chinese terms, by pinyin, without a pinyin dictionary: ICU's pinyin
 * collation orders Han characters by reading, so a character's letter is that of the last
 * "first character of a letter" it sorts after. Latin initials are their own letter.
 */
const collator = new Intl.Collator('zh-Hans-u-co-pinyin');
const letters = 'ABCDEFGHJKLMNOPQRSTWXYZ';
// The first character (in pinyin order) of each letter above; I, U and V start no syllable.
const boundaries = '阿八嚓哒妸发旮哈讥咔垃痳拏噢妑七呥扨它穵夕丫帀';

export function indexLetter(text: string): string {
  const first = text.trim().charAt(0);
  if (/[A-Za-z]/.test(first)) return first.toUpperCase();
  if (!/\p{Script=Han}/u.test(first)) return '#';
  let letter = '#';
  for (let i = 0; i < boundaries.length; i++) {
    if (collator.compare(first, boundaries.charAt(i)) < 0) break;
    letter = letters.charAt(i);
  }
  return letter;
}

/** Pinyin order for Chinese, alphabetical for Latin; mixed lists put Latin first. */
export function comparePinyin(a: string, b: string): number {
  return collator.compare(a, b);
}
