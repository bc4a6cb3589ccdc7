/**
 * Ranking by the derived openness score, for the ranking page and its chart. Pure (no React),
 * unit-tested in tests/unit/openness-ranking.test.ts.
 */
import {
  opennessView,
  type OpennessV1Grades,
  type OpennessV2Grades,
} from '../../data/derive/openness';
import type { MofClass } from '../../data/vocab';

export interface RankableModel {
  id: string;
  name: string;
  released: string;
  openness?: OpennessV2Grades;
  openness_v1?: OpennessV1Grades;
}

export interface RankedModel<M> {
  model: M;
  /** Competition ranking: equal scores share a rank, the next rank skips (1, 2, 2, 4). */
  rank: number;
  score: number;
  mofClass: MofClass | undefined;
}

/**
 * Regraded models by score, best first (ties: the newer release first, then by name); models
 * still on the five-component grades are returned apart, unscored, in the given order.
 */
export function rankByOpenness<M extends RankableModel>(
  models: readonly M[],
): { ranked: Array<RankedModel<M>>; unrated: M[] } {
  const scored: Array<Omit<RankedModel<M>, 'rank'>> = [];
  const unrated: M[] = [];
  for (const model of models) {
    const view = opennessView(model);
    if (view.rubric === 2) scored.push({ model, score: view.score, mofClass: view.mofClass });
    else unrated.push(model);
  }
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      b.model.released.localeCompare(a.model.released) ||
      a.model.name.localeCompare(b.model.name),
  );
  const ranked = scored.map((s) => ({
    ...s,
    rank: scored.findIndex((x) => x.score === s.score) + 1,
  }));
  return { ranked, unrated };
}

/** Score axis ticks: 0 to 100 in steps of 25. */
export const scoreTicks = [0, 25, 50, 75, 100] as const;
