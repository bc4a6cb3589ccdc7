/** The openness ranking: order by derived score, shared ranks on ties, unregraded models apart. */
import { describe, expect, it } from 'vitest';
import { rankByOpenness } from '../../src/components/OpennessChart/logic';
import type { Grade, OpennessV2Grades } from '../../src/data/derive/openness';
import { opennessComponents, type OpennessLevel } from '../../src/data/vocab';

/** Every component at `level`, then the overrides. */
function grades(
  level: OpennessLevel,
  overrides: Partial<Record<(typeof opennessComponents)[number], OpennessLevel>> = {},
): OpennessV2Grades {
  const out: Record<string, Grade> = {};
  for (const c of opennessComponents) out[c] = { level: overrides[c] ?? level, note: 'test' };
  return out as unknown as OpennessV2Grades;
}

describe('rankByOpenness', () => {
  const models = [
    { id: 'half', name: 'Half', released: '2024-05', openness: grades('partial') },
    { id: 'all-open', name: 'All open', released: '2023-01-01', openness: grades('open') },
    // 17 applicable components, 8.5 open-equivalents: 50, the same score as "half".
    {
      id: 'half-newer',
      name: 'Half newer',
      released: '2025-02',
      openness: grades('partial', { posttraining_data: 'na' }),
    },
    { id: 'closed', name: 'Closed', released: '2024', openness: grades('closed') },
  ];

  it('orders models by score, ties by the newer release, and shares tied ranks', () => {
    const ranked = rankByOpenness(models);
    expect(ranked.map((r) => [r.model.id, r.score, r.rank])).toEqual([
      ['all-open', 100, 1],
      ['half-newer', 50, 2],
      ['half', 50, 2],
      ['closed', 0, 4],
    ]);
  });

  it('derives the MOF class rather than reading it', () => {
    const ranked = rankByOpenness(models);
    expect(ranked.find((r) => r.model.id === 'all-open')?.mofClass).toBe(1);
    expect(ranked.find((r) => r.model.id === 'half')?.mofClass).toBeUndefined();
  });
});
