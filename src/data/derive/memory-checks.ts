/**
 * The atlas' memory figures beside the ones developers publish (src/data/memory-checks.ts):
 * what the memory chapter's comparison table shows, computed here so that no figure on the
 * page is typed by hand.
 *
 * - A `measured` figure is set beside the weights at that precision plus the KV cache of
 *   prompt + generated tokens (no overhead: the measurement is what the model's tensors held).
 * - Two `measured` figures of one model and precision also give the growth between their
 *   prompt lengths, which is the KV cache alone.
 * - A `minimum` or `fits` figure is set beside the weights alone: the developer's figure holds
 *   the weights and whatever room it chose to leave.
 */
import type { PublishedMemory } from '../memory-checks';
import { BYTES_PER_GB, kvCacheGb, weightsGb, type MemoryModel } from './memory';

export const BYTES_PER_MIB = 2 ** 20;

export type ComparisonKind = PublishedMemory['kind'] | 'growth';

export interface MemoryComparison {
  kind: ComparisonKind;
  model: string;
  format: string;
  /** Prompt tokens: one length, or [from, to] for a growth. */
  prompt?: number | [number, number];
  generated?: number;
  /** The developer's figure, in GB of 10⁹ bytes. */
  publishedGb: number;
  /** The atlas' figure for the same thing, or null when its KV cache cannot be computed. */
  atlasGb: number | null;
  /** atlasGb / publishedGb − 1 (negative: the atlas' figure is lower). */
  difference: number | null;
  source: string;
}

const kv = (model: MemoryModel, tokens: number): number | null => kvCacheGb(model, tokens).gb;

const comparison = (base: Omit<MemoryComparison, 'difference'>): MemoryComparison => ({
  ...base,
  difference: base.atlasGb === null ? null : base.atlasGb / base.publishedGb - 1,
});

/**
 * Every published figure beside the atlas' own, in the order given, each measured pair of one
 * model and precision followed by its growth. `modelOf` fails for a model id the atlas lacks.
 */
export function compareMemory(
  published: readonly PublishedMemory[],
  modelOf: (id: string) => MemoryModel,
): MemoryComparison[] {
  const rows: MemoryComparison[] = [];
  const measured = new Map<string, Extract<PublishedMemory, { kind: 'measured' }>>();
  for (const p of published) {
    const model = modelOf(p.model);
    const weights = weightsGb(model.parameters.total, p.precision);
    const common = { model: p.model, format: p.format, source: p.source };
    if (p.kind !== 'measured') {
      rows.push(comparison({ ...common, kind: p.kind, publishedGb: p.gb, atlasGb: weights }));
      continue;
    }
    const cache = kv(model, p.prompt + p.generated);
    rows.push(
      comparison({
        ...common,
        kind: 'measured',
        prompt: p.prompt,
        generated: p.generated,
        publishedGb: (p.mib * BYTES_PER_MIB) / BYTES_PER_GB,
        atlasGb: cache === null ? null : weights + cache,
      }),
    );
    const key = `${p.model} ${p.format}`;
    const earlier = measured.get(key);
    measured.set(key, p);
    if (!earlier || earlier.generated !== p.generated) continue;
    const from = kv(model, earlier.prompt + earlier.generated);
    const to = kv(model, p.prompt + p.generated);
    rows.push(
      comparison({
        ...common,
        kind: 'growth',
        prompt: [earlier.prompt, p.prompt],
        generated: p.generated,
        publishedGb: ((p.mib - earlier.mib) * BYTES_PER_MIB) / BYTES_PER_GB,
        atlasGb: from === null || to === null ? null : to - from,
      }),
    );
  }
  return rows;
}
