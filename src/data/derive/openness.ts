/**
 * Figures derived from the openness grades, never typed by hand: the overall score and the
 * Model Openness Framework class. Pure functions of one model's grades; the method page
 * (docs/ecosystem/openness-method) explains them and the unit tests work examples by hand.
 */
import {
  mofComponents,
  opennessComponents,
  type MofClass,
  type OpennessComponent,
  type OpennessLevel,
} from '../vocab';

export interface Grade {
  level: OpennessLevel;
  evidence?: readonly string[];
  note?: string;
}
export type OpennessV2Grades = Readonly<Record<OpennessComponent, Grade>>;

/** What a level is worth in the score; `na` is left out of the sum and the count. */
export const levelValue: Record<Exclude<OpennessLevel, 'na'>, number> = {
  open: 1,
  partial: 0.5,
  closed: 0,
  unknown: 0,
};

/**
 * 0–100: the mean value of the applicable components, all weighted equally (as the European
 * Open Source AI Index weighs its parameters), rounded to a whole number. `unknown` counts as
 * nothing: openness the atlas cannot show is not credited.
 */
export function opennessScore(grades: OpennessV2Grades): number {
  let sum = 0;
  let count = 0;
  for (const c of opennessComponents) {
    const level = grades[c].level;
    if (level === 'na') continue;
    sum += levelValue[level];
    count += 1;
  }
  return count === 0 ? 0 : Math.round((100 * sum) / count);
}

/** Whether every atlas component a MOF component maps to is open (or does not apply). */
function mofComponentMet(grades: OpennessV2Grades, atlas: readonly OpennessComponent[]): boolean {
  return atlas.every((c) => grades[c].level === 'open' || grades[c].level === 'na');
}

/**
 * The best MOF class whose required components are all met, counting down from Class III
 * (open model) through II (open tooling) to I (open science); classes are cumulative, so a
 * model that misses Class III reaches none (`undefined`).
 */
export function mofClass(grades: OpennessV2Grades): MofClass | undefined {
  let reached: MofClass | undefined;
  for (const cls of [3, 2, 1] as const) {
    const required = mofComponents.filter((m) => m.required && m.class === cls);
    if (!required.every((m) => mofComponentMet(grades, m.atlas))) break;
    reached = cls;
  }
  return reached;
}

/** The MOF components a model misses for a class (for "what would it take" on a model page). */
export function mofMissing(grades: OpennessV2Grades, cls: MofClass): string[] {
  return mofComponents
    .filter((m) => m.required && m.class >= cls && !mofComponentMet(grades, m.atlas))
    .map((m) => m.name);
}

export interface OpennessView {
  components: readonly OpennessComponent[];
  grades: OpennessV2Grades;
  score: number;
  mofClass: MofClass | undefined;
}

/** A model's grades with the figures derived from them. */
export function opennessView(m: { openness: OpennessV2Grades }): OpennessView {
  return {
    components: opennessComponents,
    grades: m.openness,
    score: opennessScore(m.openness),
    mofClass: mofClass(m.openness),
  };
}

/** The level shown where one cell must summarise the weights (tables, filters). */
export function weightsLevel(view: OpennessView): OpennessLevel {
  const { weights_base: base, weights_instruct: instruct } = view.grades;
  const order: OpennessLevel[] = ['open', 'partial', 'closed', 'unknown', 'na'];
  return order.indexOf(base.level) <= order.indexOf(instruct.level) ? base.level : instruct.level;
}
