/**
 * The openness rubric v2 in code: the derived score and MOF class, worked by hand, and each
 * machine-checked decision rule with the real case it was written for. The licences are the
 * atlas's own (src/data/licenses), so a rule is tested against the licence kinds contributors
 * actually use.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAtlasData, formatProblem } from '../../src/data/load';
import {
  mofClass,
  mofMissing,
  opennessScore,
  opennessView,
  weightsLevel,
  type Grade,
  type OpennessV2Grades,
} from '../../src/data/derive/openness';
import { checkOpennessRules, licenseWeightsLevel } from '../../src/data/rules/openness';
import { euIndexParameters, mofComponents, opennessComponents } from '../../src/data/vocab';
import type { AtlasData } from '../../src/data/types';

const root = join(import.meta.dirname, '..', '..');
const real = loadAtlasData({ dataDir: join(root, 'src', 'data'), rootDir: root }).data;

const g = (level: Grade['level'], note?: string): Grade & { evidence: string[] } => ({
  level,
  evidence: level === 'open' || level === 'partial' ? ['https://example.com/evidence'] : [],
  ...(note
    ? { note }
    : level === 'open' || level === 'partial'
      ? {}
      : { note: 'looked in the repo' }),
});

/** Every component open, then the given ones replaced. */
function grades(over: Partial<Record<keyof OpennessV2Grades, Grade['level']>> = {}) {
  return Object.fromEntries(opennessComponents.map((c) => [c, g(over[c] ?? 'open')])) as Record<
    keyof OpennessV2Grades,
    Grade & { evidence: string[] }
  >;
}

type ModelEntry = AtlasData['models'][number];
function model(id: string, fields: Partial<ModelEntry>): ModelEntry {
  return {
    id,
    name: id,
    aliases: [],
    organizations: ['meta'],
    family: 'test',
    released: '2024-07-23',
    parameters: { total: 8 },
    architecture: 'decoder-only',
    sparsity: 'dense',
    modalities: ['text'],
    license: 'apache-2-0',
    license_history: [],
    openness: grades(),
    links: {},
    sources: ['https://example.com'],
    verified: '2026-12-02',
    file: 'src/data/models/test.yaml',
    ...fields,
  };
}
const problems = (...models: ModelEntry[]) =>
  checkOpennessRules({ models, licenses: real.licenses }).map(formatProblem);

describe('openness score (0–100, equal weights, na left out)', () => {
  it('is 100 when every component is open', () => {
    expect(opennessScore(grades())).toBe(100);
  });

  it('works a mixed case by hand: 17 applicable, 10 open, 4 partial, 3 closed → 71', () => {
    // (10 × 1 + 4 × 0.5 + 3 × 0) / 17 = 12 / 17 = 0.7059 → 71
    const mixed = grades({
      weights_instruct: 'na',
      weights_base: 'partial',
      license_weights: 'partial',
      access: 'partial',
      data_card: 'partial',
      pretraining_data: 'closed',
      posttraining_data: 'closed',
      license_data: 'closed',
    });
    expect(opennessScore(mixed)).toBe(71);
  });

  it('counts unknown as nothing, like closed', () => {
    expect(opennessScore(grades({ checkpoints: 'unknown' }))).toBe(
      opennessScore(grades({ checkpoints: 'closed' })),
    );
    // 17 of 18 → 94.4 → 94
    expect(opennessScore(grades({ checkpoints: 'unknown' }))).toBe(94);
  });
});

describe('MOF class (III open model → II open tooling → I open science)', () => {
  it('reaches Class I when everything is open, and na variants do not block it', () => {
    expect(mofClass(grades())).toBe(1);
    expect(mofClass(grades({ weights_instruct: 'na', posttraining_data: 'na' }))).toBe(1);
  });

  it('stops at Class II when the datasets are only described (pre-training data partial)', () => {
    const c = grades({ pretraining_data: 'partial' });
    expect(mofClass(c)).toBe(2);
    expect(mofMissing(c, 1)).toEqual(['Datasets']);
  });

  it('stops at Class III when the training code is missing', () => {
    expect(mofClass(grades({ training_code: 'closed', checkpoints: 'closed' }))).toBe(3);
  });

  it('reaches no class when a Class III component is missing, whatever else is open', () => {
    const c = grades({ data_card: 'partial' });
    expect(mofClass(c)).toBeUndefined();
    expect(mofMissing(c, 3)).toEqual(['Data card']);
  });

  it('maps every required MOF component to at least one atlas component', () => {
    for (const m of mofComponents.filter((m) => m.required))
      expect(m.atlas.length).toBeGreaterThan(0);
    // and every atlas component is assessed by the European index or the MOF too
    const mapped = new Set<string>([
      ...Object.values(euIndexParameters).flat(),
      ...mofComponents.flatMap((m) => m.atlas),
    ]);
    expect(opennessComponents.filter((c) => !mapped.has(c))).toEqual([]);
  });
});

describe('opennessView and weightsLevel', () => {
  it('carries the grades with the score and class derived from them', () => {
    const view = opennessView({ openness: grades({ weights_base: 'partial' }) });
    // 17 open + 1 partial of 18 → 97.2 → 97; a partial base weight misses Class III.
    expect(view.score).toBe(97);
    expect(view.mofClass).toBeUndefined();
    expect(view.components).toEqual(opennessComponents);
  });

  it('summarises the weights by the more open of base and instruct', () => {
    expect(weightsLevel(opennessView({ openness: grades({ weights_base: 'closed' }) }))).toBe(
      'open',
    );
    expect(
      weightsLevel(
        opennessView({ openness: grades({ weights_base: 'partial', weights_instruct: 'na' }) }),
      ),
    ).toBe('partial');
  });
});

describe('decision rules checked with the data', () => {
  it('L1: the weights licence grade follows the licence kind (Llama 3.1 community licence → partial)', () => {
    expect(real.licenses.find((l) => l.id === 'llama-3-1-community')?.kind).toBe(
      'open-weights-custom',
    );
    const claimed = model('llama-3-1-8b-test', {
      license: 'llama-3-1-community',
      openness: grades({ weights_base: 'partial', weights_instruct: 'partial', access: 'partial' }),
    });
    expect(problems(claimed)).toEqual([
      'src/data/models/test.yaml: llama-3-1-8b-test: openness.license_weights.level: expected partial for licence "llama-3-1-community" (kind open-weights-custom), found open',
    ]);
    const right = model('llama-3-1-8b-test', {
      license: 'llama-3-1-community',
      openness: grades({
        weights_base: 'partial',
        weights_instruct: 'partial',
        access: 'partial',
        license_weights: 'partial',
      }),
    });
    expect(problems(right)).toEqual([]);
  });

  it('L1: an OSI-approved licence makes the weights licence open (DeepSeek-R1 under MIT)', () => {
    expect(licenseWeightsLevel[real.licenses.find((l) => l.id === 'mit')!.kind]).toBe('open');
    expect(problems(model('r1-test', { license: 'mit', openness: grades() }))).toEqual([]);
  });

  it('W1: weights behind the Gemma terms cannot be open', () => {
    const gemma = model('gemma-test', {
      license: 'gemma-terms',
      openness: grades({ license_weights: 'partial', access: 'partial' }),
    });
    expect(problems(gemma)).toEqual([
      'src/data/models/test.yaml: gemma-test: openness.weights_base.level: open weights need an open licence, but license_weights is partial',
      'src/data/models/test.yaml: gemma-test: openness.weights_instruct.level: open weights need an open licence, but license_weights is partial',
    ]);
  });

  it('W1: an open licence behind a registration gate still makes the weights partial', () => {
    const gated = model('gated-test', { openness: grades({ access: 'partial' }) });
    expect(problems(gated)).toHaveLength(2);
    expect(problems(gated)[0]).toMatch(/open weights need open access, but access is partial$/);
  });

  it('N1: na is only for components a model may lack (a base-only GPT-2 has no instruct weights)', () => {
    const gpt2 = model('gpt-2-test', {
      openness: grades({ weights_instruct: 'na', posttraining_data: 'na' }),
    });
    expect(problems(gpt2)).toEqual([]);
    const wrong = model('gpt-2-test', { openness: grades({ training_code: 'na' }) });
    expect(problems(wrong)).toEqual([
      'src/data/models/test.yaml: gpt-2-test: openness.training_code.level: "na" is for components a model may not have (weights_base, weights_instruct, posttraining_data); grade training_code closed or unknown instead',
    ]);
  });

  it('D1: a distilled model inherits its base model’s pre-training data grade (DeepSeek-R1 on DeepSeek-V3)', () => {
    const base = model('v3-test', {
      license: 'mit',
      openness: grades({ pretraining_data: 'closed' }),
    });
    const derived = model('r1-test', {
      license: 'mit',
      base_model: 'v3-test',
      openness: grades({ pretraining_data: 'partial' }),
    });
    expect(problems(base, derived)).toEqual([
      'src/data/models/test.yaml: r1-test: openness.pretraining_data.level: expected closed, as for its base model "v3-test" (a derived model inherits pretraining_data)',
    ]);
    const fixed = { ...derived, openness: grades({ pretraining_data: 'closed' }) };
    expect(problems(base, fixed)).toEqual([]);
  });

  it('H1: a licence history ends with an earlier licence (the shape of Yi’s move to Apache 2.0; MIT stands in for its earlier licence)', () => {
    const history = [
      {
        license: 'mit',
        from: '2023-11',
        until: '2024-05',
        evidence: ['https://github.com/01-ai/Yi/pull/529'],
      },
    ];
    expect(
      problems(
        model('yi-test', { license: 'apache-2-0', license_history: history, openness: grades() }),
      ),
    ).toEqual([]);
    expect(
      problems(model('yi-test', { license: 'mit', license_history: history, openness: grades() })),
    ).toEqual([
      'src/data/models/test.yaml: yi-test: license_history.0.license: the last past licence is today\'s licence "mit"; record only licences the weights had before',
    ]);
  });
});
