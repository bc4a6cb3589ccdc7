/**
 * What a phone card shows before the stylesheet lays it out: the column names its fields are
 * headed by, and the numbers from which its height is guessed. Pure, so the unit tests can call it
 * without a browser.
 */
import type React from 'react';

/**
 * About how many half-width characters fit on a line of a phone card's paragraph on a 360 px
 * screen (measured: 33–41 on /licenses in both languages).
 */
const cardLineUnits = 38;

/** A text's width in half-width characters: CJK and full-width forms count as two. */
export function textUnits(text: string): number {
  let units = 0;
  for (const ch of text)
    units += /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return units;
}

/**
 * On phones each cell is a card field headed by its column's name. The names are set once per
 * table, as custom properties read by the stylesheet (`--atlas-col-2` for the second column,
 * …), rather than on every cell: a `data-label` on each of /models' ~1,000 cells was 21 KB of
 * its HTML. From `--atlas-card-lines` (lines of two short fields) and `--atlas-card-text-lines`
 * (the lines of a typical entry's paragraphs, each with its heading: the median over `entries`)
 * the stylesheet guesses the height of a card not laid out yet. A
 * paragraph's length differs a lot between tables and languages (English licence conditions
 * run about twice as long as Chinese ones), so the guess reads the text.
 */
export function columnLabels<E>(
  columns: ReadonlyArray<{ header: string; prose?: (entry: E) => string }>,
  entries: readonly E[] = [],
): React.CSSProperties {
  // Custom properties are not in React's CSSProperties; the object is one nonetheless.
  const labels: Record<string, string | number> = Object.fromEntries(
    columns.slice(1).map((c, i) => [`--atlas-col-${i + 2}`, JSON.stringify(c.header)]),
  );
  const prose = columns.slice(1).flatMap((c) => (c.prose ? [c.prose] : []));
  labels['--atlas-card-lines'] = Math.ceil((columns.length - 1 - prose.length) / 2);
  if (prose.length > 0) {
    const lines = entries
      .map((e) =>
        prose.reduce((n, text) => n + 1 + Math.ceil(textUnits(text(e)) / cardLineUnits), 0),
      )
      .sort((a, b) => a - b);
    labels['--atlas-card-text-lines'] = lines[Math.floor(lines.length / 2)] ?? 2 * prose.length;
  }
  return labels;
}
