/**
 * The `memory` object of each exported model, behind this one import. The formulas belong
 * to src/data/derive/memory.ts (`memoryOf(model)`), which is being written separately; until
 * it lands every figure is `null` ("not computed"), never a guess. When it lands, replace
 * the body of `modelMemory` with a call to `memoryOf` and map its result onto this shape.
 */
import type { Model } from '../../data/types';

/** GB are 10⁹ bytes. `null`: not computed (architecture facts missing, or no formula yet). */
export interface ModelMemory {
  weights_gb: { bf16: number | null; fp8: number | null; int8: number | null; int4: number | null };
  kv_cache_gb_per_1k_tokens: number | null;
}

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the signature memoryOf will fill
export function modelMemory(model: Model): ModelMemory {
  return {
    weights_gb: { bf16: null, fp8: null, int8: null, int4: null },
    kv_cache_gb_per_1k_tokens: null,
  };
}

export const memoryComputed = false;
