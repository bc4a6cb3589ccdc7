/**
 * The rubric's decision rules that a machine can check (docs/ecosystem/openness-method lists
 * all of them; the rest need a person reading the sources). Each rule returns one problem per
 * entry that breaks it, in the loader's `file: id: field: message` form, so a contributor sees
 * which grade contradicts which fact.
 */
import type { Problem } from '../load';
import type { AtlasData } from '../types';
import type { LicenseKind } from '../schema/licenses';
import type { OpennessComponent, OpennessLevel } from '../vocab';

/** What the weights' licence kind allows `license_weights` to be (rule L1). */
export const licenseWeightsLevel: Record<LicenseKind, OpennessLevel> = {
  permissive: 'open',
  copyleft: 'open',
  content: 'open',
  'open-weights-custom': 'partial',
  rail: 'partial',
  'non-commercial': 'partial',
  'research-only': 'partial',
  'source-available': 'partial',
  proprietary: 'closed',
};

/** Components that may be `na`: only these can be absent from a model by its nature (rule N1). */
export const naAllowed: ReadonlySet<OpennessComponent> = new Set([
  'weights_base',
  'weights_instruct',
  'posttraining_data',
]);

/** Components a derived model takes from its base as they are (rule D1). */
export const inheritedFromBase: readonly OpennessComponent[] = ['pretraining_data'];

type Models = AtlasData['models'];

export function checkOpennessRules(data: Pick<AtlasData, 'models' | 'licenses'>): Problem[] {
  const problems: Problem[] = [];
  const licenses = new Map(data.licenses.map((l) => [l.id, l]));
  const models = new Map<string, Models[number]>(data.models.map((m) => [m.id, m]));
  for (const m of data.models) {
    const g = m.openness;
    if (!g) continue;
    const at = (c: string, message: string) =>
      problems.push({ file: m.file, id: m.id, field: `openness.${c}.level`, message });

    // L1: the weights' licence grade follows from the licence's kind.
    const license = licenses.get(m.license);
    if (license) {
      const expected = licenseWeightsLevel[license.kind];
      if (g.license_weights.level !== expected && g.license_weights.level !== 'unknown')
        at(
          'license_weights',
          `expected ${expected} for licence "${license.id}" (kind ${license.kind}), found ${g.license_weights.level}`,
        );
    }

    // W1: weights are open only if their licence and the way to get them are open too.
    for (const c of ['weights_base', 'weights_instruct'] as const) {
      if (g[c].level !== 'open') continue;
      if (g.license_weights.level !== 'open')
        at(
          c,
          `open weights need an open licence, but license_weights is ${g.license_weights.level}`,
        );
      else if (g.access.level !== 'open')
        at(c, `open weights need open access, but access is ${g.access.level}`);
    }

    // N1: only a model's own variants and its post-training can be absent.
    for (const [c, grade] of Object.entries(g) as Array<
      [OpennessComponent, { level: OpennessLevel }]
    >) {
      if (grade.level === 'na' && !naAllowed.has(c))
        at(
          c,
          `"na" is for components a model may not have (${[...naAllowed].join(', ')}); grade ${c} closed or unknown instead`,
        );
    }

    // D1: a fine-tune or distillation was pre-trained on its base's data.
    const base = m.base_model ? models.get(m.base_model) : undefined;
    if (base?.openness) {
      for (const c of inheritedFromBase) {
        if (g[c].level !== base.openness[c].level)
          at(
            c,
            `expected ${base.openness[c].level}, as for its base model "${base.id}" (a derived model inherits ${c})`,
          );
      }
    }

    // H1: the licence history ends with a licence other than today's.
    const last = m.license_history.at(-1);
    if (last && last.license === m.license)
      problems.push({
        file: m.file,
        id: m.id,
        field: `license_history.${m.license_history.length - 1}.license`,
        message: `the last past licence is today's licence "${m.license}"; record only licences the weights had before`,
      });
  }
  return problems;
}
