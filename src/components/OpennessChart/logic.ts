/**
 * Ranking by the derived openness score, for the ranking page and its chart. Pure (no React),
 * unit-tested in tests/unit/openness-ranking.test.ts.
 */
import { opennessView, type OpennessV2Grades } from '../../data/derive/openness';
import type { MofClass } from '../../data/vocab';

export interface RankableModel {
  id: string;
  name: string;
  released: string;
  openness: OpennessV2Grades;
}

export interface RankedModel<M> {
  model: M;
  /** Competition ranking: equal scores share a rank, the next rank skips (1, 2, 2, 4). */
  rank: number;
  score: number;
  mofClass: MofClass | undefined;
}

/** Models by score, best first (ties: the newer release first, then by name). */
export function rankByOpenness<M extends RankableModel>(
  models: readonly M[],
): Array<RankedModel<M>> {
  const scored: Array<Omit<RankedModel<M>, 'rank'>> = models.map((model) => {
    const view = opennessView(model);
    return { model, score: view.score, mofClass: view.mofClass };
  });
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
  return ranked;
}

/** Score axis ticks: 0 to 100 in steps of 25. */
export const scoreTicks = [0, 25, 50, 75, 100] as const;
