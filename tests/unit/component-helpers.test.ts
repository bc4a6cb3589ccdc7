/** Pure helpers behind the data components: links, lookups, number and date formats, timeline, chart scales, pinyin index. */
import { describe, expect, it } from 'vitest';
import { editUrl, entryHref, parseRef } from '../../src/lib/links';
import { entryById, UnknownEntryError } from '../../src/lib/lookup';
import { datePrecision, decimalYear, formatBillions, formatInteger } from '../../src/lib/format';
import { comparePinyin, indexLetter } from '../../src/lib/pinyin';
import { groupByYear, selectEvents } from '../../src/components/Timeline/logic';
import {
  linearScale,
  logScale,
  logTicks,
  yearAxis,
  yearTicks,
} from '../../src/components/ParameterChart/logic';

describe('links', () => {
  it('points models at their own pages and other collections at their data page anchor', () => {
    expect(entryHref('models', 'mixtral-8x7b')).toBe('/models/mixtral-8x7b');
    expect(entryHref('licenses', 'mit')).toBe('/licenses#mit');
    expect(entryHref('terms', 'moe')).toBe('/glossary#moe');
  });

  it('parses event references', () => {
    expect(parseRef('model:llama-2-70b')).toEqual({
      collection: 'models',
      id: 'llama-2-70b',
      href: '/models/llama-2-70b',
    });
    expect(parseRef('org:meta')?.href).toBe('/organizations#meta');
    expect(parseRef('tool:vllm')?.href).toBe('/tools#vllm');
    expect(parseRef('license:mit')?.href).toBe('/licenses#mit');
    expect(parseRef('term:moe')?.href).toBe('/glossary#moe');
    expect(parseRef('person:x')).toBeUndefined();
    expect(parseRef('model:')).toBeUndefined();
  });

  it('builds GitHub edit links from the entry file', () => {
    expect(editUrl('https://github.com/o/r/', 'main', 'src/data/models/llama.yaml')).toBe(
      'https://github.com/o/r/edit/main/src/data/models/llama.yaml',
    );
    expect(editUrl('https://github.com/o/r', 'main', 'src\\data\\tools\\x.yaml')).toBe(
      'https://github.com/o/r/edit/main/src/data/tools/x.yaml',
    );
  });
});

describe('lookup', () => {
  const entries = [{ id: 'a' }, { id: 'b' }];
  it('finds an entry', () => {
    expect(entryById(entries, 'b', 'models')).toBe(entries[1]);
  });
  it('throws, naming the id and the collection, for an unknown id', () => {
    expect(() => entryById(entries, 'zzz', 'models')).toThrow(UnknownEntryError);
    expect(() => entryById(entries, 'zzz', 'models')).toThrow(
      /Unknown models id "zzz".*src\/data\/models\/.*Known ids: a, b/,
    );
  });
});

describe('formats', () => {
  it('writes parameter counts in M, B or T', () => {
    expect([0.11, 0.125, 1, 7, 46.7, 7.241, 70, 671, 1000, 1040].map(formatBillions)).toEqual([
      '110M',
      '125M',
      '1B',
      '7B',
      '46.7B',
      '7.24B',
      '70B',
      '671B',
      '1T',
      '1.04T',
    ]);
  });
  it('groups integer digits', () => {
    expect([4096, 32768, 131072, 700000000].map(formatInteger)).toEqual([
      '4,096',
      '32,768',
      '131,072',
      '700,000,000',
    ]);
  });
  it('reads date precision from its shape and plots the middle of the period', () => {
    expect(['2023', '2023-07', '2023-07-18'].map(datePrecision)).toEqual(['year', 'month', 'day']);
    expect(decimalYear('2023')).toBe(2023.5);
    expect(decimalYear('2023-01')).toBeCloseTo(2023 + 0.5 / 12);
    expect(decimalYear('2023-12-31')).toBeLessThan(2024);
    expect(decimalYear('2023-12-31')).toBeGreaterThan(decimalYear('2023-12'));
    expect(decimalYear('2024-01-01')).toBeGreaterThan(2024);
  });
});

describe('timeline selection', () => {
  const events = [
    { id: 'c', date: '2023-07-18', category: 'model-release' },
    { id: 'a', date: '2017-06', category: 'research' },
    { id: 'b', date: '2023', category: 'policy' },
    { id: 'd', date: '2019-02-14', category: 'model-release' },
  ];
  it('orders by date, a year-only date first within its year', () => {
    expect(selectEvents(events, {}).map((e) => e.id)).toEqual(['a', 'd', 'b', 'c']);
  });
  it('filters by year range (inclusive), category and ids', () => {
    expect(selectEvents(events, { from: '2018', to: 2023 }).map((e) => e.id)).toEqual([
      'd',
      'b',
      'c',
    ]);
    expect(selectEvents(events, { categories: ['model-release'] }).map((e) => e.id)).toEqual([
      'd',
      'c',
    ]);
    expect(selectEvents(events, { ids: ['c', 'a'] }).map((e) => e.id)).toEqual(['a', 'c']);
  });
  it('throws for unknown ids and non-year bounds', () => {
    expect(() => selectEvents(events, { ids: ['nope'] })).toThrow(/unknown event id "nope"/);
    expect(() => selectEvents(events, { from: 'last year' })).toThrow(/must be years/);
  });
  it('groups by year', () => {
    expect(groupByYear(selectEvents(events, {})).map((g) => [g.year, g.events.length])).toEqual([
      ['2017', 1],
      ['2019', 1],
      ['2023', 2],
    ]);
  });
});

describe('parameter chart scales', () => {
  it('spans the data with powers of ten', () => {
    expect(logTicks([0.11, 7, 671])).toEqual([0.1, 1, 10, 100, 1000]);
    expect(logTicks([7, 8])).toEqual([1, 10]);
    expect(logTicks([10])).toEqual([10, 100]);
    expect(logTicks([])).toEqual([1, 10]);
  });
  it('thins out year ticks over long spans', () => {
    expect(yearTicks({ min: 2019.2, max: 2024.6 })).toEqual([
      2019, 2020, 2021, 2022, 2023, 2024, 2025,
    ]);
    expect(yearTicks({ min: 2013.5, max: 2026.5 })).toEqual([2015, 2020, 2025]);
  });
  it('maps domains to ranges, the log scale by decades', () => {
    expect(linearScale({ min: 2020, max: 2024 }, { min: 0, max: 400 })(2022)).toBe(200);
    // Positions are rounded to hundredths of a viewBox unit (the markup stays short).
    expect(linearScale({ min: 0, max: 3 }, { min: 0, max: 100 })(1)).toBe(33.33);
    const y = logScale({ min: 1, max: 1000 }, { min: 300, max: 0 });
    expect(y(1)).toBe(300);
    expect(y(10)).toBeCloseTo(200);
    expect(y(1000)).toBeCloseTo(0);
  });
  it('widens a release-date axis to whole years, so no point sits on the edge', () => {
    // 2023.1 … 2024.5 → ticks 2023, 2024, 2025; domain 2023–2025 onto 40…440.
    const axis = yearAxis([2023.1, 2024.5], { min: 40, max: 440 });
    expect(axis.ticks).toEqual([2023, 2024, 2025]);
    expect(axis.scale(2023)).toBe(40);
    expect(axis.scale(2024)).toBe(240);
    expect(axis.scale(2025)).toBe(440);
  });
});

describe('glossary index letters', () => {
  it('uses the pinyin initial of Chinese terms and the letter of Latin ones', () => {
    expect(
      [
        '注意力',
        '混合专家',
        '开源',
        '量化',
        '安全',
        '嵌入',
        '微调',
        'Transformer',
        'lora',
        '1-bit',
      ].map(indexLetter),
    ).toEqual(['Z', 'H', 'K', 'L', 'A', 'Q', 'W', 'T', 'L', '#']);
  });
  it('sorts Chinese by pinyin', () => {
    expect(['注意力', '安全', '量化'].sort(comparePinyin)).toEqual(['安全', '量化', '注意力']);
  });
});
