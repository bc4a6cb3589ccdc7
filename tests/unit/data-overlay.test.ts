/**
 * English overlays of the data (src/data/overlay.ts, applied by the loader): what the English
 * build shows, what the Chinese build keeps, what a broken overlay reports, the switch that
 * makes missing English a failure, and the stale flag after the Chinese changes.
 *
 * Fixtures: tests/fixtures/overlay/<case>/data/<collection>/x.yaml (Chinese) beside
 * tests/fixtures/overlay/<case>/en/<collection>/x.yaml (its overlay, stamped).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, loadAtlasData, type LoadOptions } from '../../src/data/load';
import { englishRequired, translatablePairs } from '../../src/data/translation';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'tests', 'fixtures', 'overlay');
const today = '2026-11-23';

const load = (fixture: string, options: Partial<LoadOptions> = {}, base = fixtures) =>
  loadAtlasData({
    dataDir: join(base, fixture, 'data'),
    overlayDir: join(base, fixture, 'en'),
    rootDir: root,
    today,
    // The fixtures leave some fields without English on purpose (the fallback); the switch
    // itself is tested below.
    englishRequired: false,
    ...options,
  });

describe('overlays in the English build', () => {
  const { data, problems } = load('valid', { locale: 'en' });

  it('loads the valid fixture without problems', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('shows the English of translated fields and records the rest as Chinese', () => {
    const acme = data.organizations.find((o) => o.id === 'acme')!;
    expect(acme.description).toBe('An example company for testing English overlays.');
    // headquarters.city has no English: it stays Chinese and is marked so.
    expect(acme.headquarters.city).toBe('旧金山');
    expect(acme.i18n).toEqual({ zh: ['headquarters.city'] });
  });

  it('an entry without overlay keeps its Chinese, every translatable path marked', () => {
    const kv = data.terms.find((t) => t.id === 'kv-cache')!;
    expect(kv.definition).toBe('推理时保存已生成 token 的键和值，避免重复计算。');
    expect(kv.i18n).toEqual({ zh: ['definition'] });
  });

  it('a bilingual field carries the Chinese beside the English', () => {
    const moe = data.terms.find((t) => t.id === 'moe')!;
    expect(moe.definition).toMatch(/^A model design/);
    expect(moe.i18n?.other).toEqual({ definition: '每个 token 只经过部分专家子网络的模型结构。' });
    expect(moe.i18n?.stale).toBeUndefined();
  });
});

describe('overlays in the Chinese build', () => {
  const { data, english } = load('valid');

  it('keeps the Chinese text and marks nothing as a fallback', () => {
    const acme = data.organizations.find((o) => o.id === 'acme')!;
    expect(acme.description).toBe('一家示例公司，用于测试英文覆盖层。');
    expect(acme.i18n).toBeUndefined();
  });

  it('a bilingual field carries the English beside the Chinese', () => {
    const moe = data.terms.find((t) => t.id === 'moe')!;
    expect(moe.definition).toBe('每个 token 只经过部分专家子网络的模型结构。');
    expect(moe.i18n).toEqual({ other: { definition: expect.stringMatching(/^A model design/) } });
  });

  it('returns the valid English of every translated entry, for the exports', () => {
    expect(english.organizations).toEqual({
      acme: {
        stale: false,
        fields: { description: 'An example company for testing English overlays.' },
      },
    });
    expect(english.terms['kv-cache']).toBeUndefined();
  });
});

describe('overlay problems', () => {
  const problems = load('broken').problems.map(formatProblem);
  const x = 'tests/fixtures/overlay/broken/en/terms/x.yaml';

  it('reports each mistake once, as file: id: field: message naming the overlay', () => {
    expect(problems).toEqual(
      expect.arrayContaining([
        `${x}: moe: _source: expected the 12-hex-digit hash written by \`npm run translations:stamp\`, found "not-a-hash"`,
        `${x}: moe: definition: expected English text, found an empty string`,
        expect.stringMatching(
          new RegExp(
            `^${x}: moe: zh: not a translatable field of this entry .*translatable: definition$`,
          ),
        ),
        expect.stringMatching(new RegExp(`^${x}: moe: note: not a translatable field`)),
        expect.stringMatching(
          new RegExp(
            `^${x}: moe: en: not a translatable field of this entry \\(its text here, "Mixture of Experts", has no Chinese`,
          ),
        ),
        `${x}: kv-cache: definition: expected English text, found number`,
        `${x}: no-such-term: (entry): no entry with this id in tests/fixtures/overlay/broken/data/terms/x.yaml (renamed, moved or removed?); remove it or move it with its entry`,
        expect.stringMatching(
          /^tests\/fixtures\/overlay\/broken\/en\/terms\/y\.yaml: \(file\): \(yaml\): not valid YAML: /,
        ),
        expect.stringMatching(
          /^tests\/fixtures\/overlay\/broken\/en\/tools\/gone\.yaml: \(file\): \(file\): no Chinese data file tests\/fixtures\/overlay\/broken\/data\/tools\/gone\.yaml/,
        ),
      ]),
    );
    expect(problems).toHaveLength(9);
  });

  it('applies nothing that failed its check', () => {
    const { data } = load('broken', { locale: 'en' });
    const moe = data.terms.find((t) => t.id === 'moe')!;
    expect(moe.zh).toBe('混合专家');
    expect(moe.definition).toBe('每个 token 只经过部分专家子网络的模型结构。');
  });
});

describe('missing English (the englishRequired switch)', () => {
  it('is on now that the edition is complete; off, missing English is not a problem', () => {
    expect(englishRequired).toBe(true);
    expect(load('valid', { englishRequired: false }).problems).toEqual([]);
  });

  it('when on, reports every translatable field without English, in the overlay file', () => {
    const problems = load('valid', { englishRequired: true }).problems.map(formatProblem);
    expect(problems).toEqual([
      'tests/fixtures/overlay/valid/en/organizations/x.yaml: acme: headquarters.city: no English text (add it to tests/fixtures/overlay/valid/en/organizations/x.yaml; `npm run translations:todo` lists what is missing)',
      'tests/fixtures/overlay/valid/en/terms/x.yaml: kv-cache: definition: no English text (add it to tests/fixtures/overlay/valid/en/terms/x.yaml; `npm run translations:todo` lists what is missing)',
    ]);
  });
});

describe('a stale translation', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'atlas-overlay-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  cpSync(join(fixtures, 'valid'), join(tmp, 'valid'), { recursive: true });
  const chinese = join(tmp, 'valid', 'data', 'terms', 'x.yaml');

  it('is current while the Chinese is the text that was translated', () => {
    const moe = load('valid', { locale: 'en' }, tmp).data.terms.find((t) => t.id === 'moe')!;
    expect(moe.i18n?.stale).toBeUndefined();
  });

  it('is flagged once the Chinese entry changes, and still shows its English', () => {
    writeFileSync(
      chinese,
      readFileSync(chinese, 'utf8').replace('只经过部分专家子网络', '只经过少数几个专家子网络'),
    );
    const { data, problems, english } = load('valid', { locale: 'en' }, tmp);
    expect(problems).toEqual([]);
    const moe = data.terms.find((t) => t.id === 'moe')!;
    expect(moe.i18n?.stale).toBe(true);
    expect(moe.definition).toMatch(/^A model design/);
    expect(english.terms.moe?.stale).toBe(true);
    // The other entries are unaffected.
    expect(data.organizations[0]!.i18n?.stale).toBeUndefined();
  });
});

describe('the real overlays', () => {
  const { data, problems } = loadAtlasData({
    dataDir: join(root, 'src', 'data'),
    rootDir: root,
    locale: 'en',
  });

  it('load without problems', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('phi-4 is translated in full and current', () => {
    const phi4 = data.models.find((m) => m.id === 'phi-4')!;
    expect(phi4.description).toMatch(/^A 14B-parameter Phi model/);
    expect(phi4.i18n).toBeUndefined();
    expect(translatablePairs(phi4).filter(([, text]) => /\p{Script=Han}/u.test(text))).toEqual([]);
  });
});
