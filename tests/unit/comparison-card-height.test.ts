/**
 * The height a phone card takes before it is laid out (ComparisonTable's columnLabels): short
 * fields go two to a line, and a paragraph column adds its heading and as many lines as the
 * median entry's text needs, counting CJK characters twice. The e2e test in model-table.test.ts
 * checks the resulting guess against the laid-out cards of /models, /organizations and /licenses.
 */
import { describe, expect, it } from 'vitest';
import { columnLabels, textUnits } from '../../src/components/ComparisonTable/cardLabels';

describe('textUnits', () => {
  it('counts Latin letters once and CJK characters and full-width punctuation twice', () => {
    expect(textUnits('Apache 2.0')).toBe(10);
    expect(textUnits('须署名')).toBe(6);
    expect(textUnits('商用须申请，月活 7 亿')).toBe(2 * 9 + 3);
  });
});

describe('columnLabels', () => {
  const short = (header: string) => ({ header });
  it('names each column after the first and counts lines of two short fields', () => {
    const labels = columnLabels([short('名称'), short('a'), short('b'), short('c')]) as Record<
      string,
      unknown
    >;
    expect(labels['--atlas-col-2']).toBe('"a"');
    expect(labels['--atlas-col-4']).toBe('"c"');
    expect(labels['--atlas-card-lines']).toBe(2);
    expect(labels['--atlas-card-text-lines']).toBeUndefined();
  });

  it("sizes a paragraph column from the median entry's text, so longer text guesses taller cards", () => {
    const entries = [{ t: 'x'.repeat(10) }, { t: 'x'.repeat(200) }, { t: 'x'.repeat(400) }];
    const columns = [short('名称'), short('a'), { header: 'p', prose: (e: { t: string }) => e.t }];
    const labels = columnLabels(columns, entries) as Record<string, unknown>;
    expect(labels['--atlas-card-lines']).toBe(1);
    // The median text is 200 half-width characters: ceil(200 / 38) = 6 lines plus its heading.
    expect(labels['--atlas-card-text-lines']).toBe(7);
    // The same number of characters in Chinese takes twice the width.
    const chinese = entries.map((e) => ({ t: '字'.repeat(e.t.length) }));
    expect(
      (columnLabels(columns, chinese) as Record<string, unknown>)['--atlas-card-text-lines'],
    ).toBe(12);
  });
});
