/**
 * Memory figures derived from a model's parameter count and architecture facts, never typed by
 * hand. Pure functions; the method page (docs/fundamentals/memory) explains the formulas and
 * the unit tests work them by hand for real models.
 *
 * Units: GB = 10⁹ bytes everywhere. Device sizes are also shown in GiB (2³⁰ bytes), and say so.
 *
 * Weights, for P parameters stored at b bits each:
 *
 *     W = P · b / 8 bytes
 *
 * with b = 16 (BF16), 8 (FP8, INT8) and 4.5 for 4-bit: 4 bits per weight plus one 16-bit scale
 * per group of 32 weights (16 / 32 = 0.5 bit per weight). Per-channel scales of INT8 and the
 * block scales of FP8 checkpoints add well under 1% and are left out. A mixture-of-experts
 * model keeps every expert resident, so P is the total, not the active, count.
 *
 * Key/value cache, per token and layer, at e bytes per element (2 for a 16-bit cache):
 *
 *     MHA, GQA, MQA:  n_kv · (d_k + d_v) · e     (a key and a value vector per KV head;
 *                                                 d_k = d_v = head_dim unless v_head_dim is set)
 *     MLA:            (d_c + d_r) · e            (the compressed latent and the shared RoPE key)
 *
 * Summed over layers for a context of T tokens, where a sliding-window layer keeps only its
 * last w tokens and a linear layer of a hybrid model (Gated DeltaNet, Mamba-2, …) keeps none:
 *
 *     KV(T) = c_full · (L − L_sw − L_lin) · T + c_sw · L_sw · min(T, w)
 *
 * c_sw = c_full except where the window layers have their own number of KV heads
 * (`sliding_window.kv_heads`).
 *
 * So "per 1,000 tokens" is exact only while T ≤ w; `kvCacheGb(arch, T)` gives the figure for
 * any context. The linear layers' recurrent state has a fixed size whatever T is; it is not
 * counted: for Qwen3-Next-80B-A3B the Gated DeltaNet state is 36 layers · 32 heads · 128 · 128
 * ≈ 18.9 M elements, about 38 MB per sequence at 16-bit (the short convolution state adds under
 * 5%), well inside the 1 GB fixed overhead below. Encoder-only models generate nothing and keep
 * no KV cache.
 *
 * Total for serving one context of T tokens to a batch of B sequences at precision p:
 *
 *     M = W_p + B · KV(T) + overhead,   overhead = 10% of W_p + 1 GB
 *
 * The overhead (activations, temporary buffers, the runtime's own memory) is a rule of thumb
 * the atlas chose, stated as such on the page, not a measured figure: it depends on the
 * runtime, the batch shape and the attention kernel.
 */
import type { ModelArch } from '../schema/models';

/** The architecture facts a figure reads: everything but the sources and the note. */
export type ArchShape = Omit<ModelArch, 'evidence' | 'note'>;

/** The facts without their sources and note, for a page that computes but does not cite. */
export function archShape(arch: ModelArch): ArchShape {
  const shape: ArchShape & Partial<Pick<ModelArch, 'evidence' | 'note'>> = { ...arch };
  delete shape.evidence;
  delete shape.note;
  return shape;
}

export const BYTES_PER_GB = 1e9;
export const BYTES_PER_GIB = 2 ** 30;

/** The weight precisions the figures are given at, largest first. */
export const memoryPrecisions = ['bf16', 'fp8', 'int8', 'int4'] as const;
export type MemoryPrecision = (typeof memoryPrecisions)[number];

/** Bits stored per weight, scales included (see the 4-bit assumption above). */
export const bitsPerWeight: Record<MemoryPrecision, number> = {
  bf16: 16,
  fp8: 8,
  int8: 8,
  int4: 4.5,
};

/** The 4-bit assumption, spelled out for the page and the docs. */
export const int4Assumption = { bits: 4, groupSize: 32, scaleBits: 16 } as const;

/** Activations, temporary buffers and runtime: a fraction of the weights plus a fixed part. */
export const overheadRule = { fractionOfWeights: 0.1, fixedGb: 1 } as const;

/** Bytes per cached key/value element for a 16-bit cache (BF16 or FP16). */
export const KV_BYTES_16BIT = 2;

/** Memory of the weights, in GB, for `paramsBillions` parameters (all experts included). */
export function weightsGb(paramsBillions: number, precision: MemoryPrecision): number {
  return (paramsBillions * 1e9 * bitsPerWeight[precision]) / 8 / BYTES_PER_GB;
}

/** What the KV-cache formulas need, all known. */
interface KvFacts {
  layers: number;
  /** Elements cached per token in one full-attention layer. */
  elementsPerTokenLayer: number;
  /** The same in one sliding-window layer (different only when its KV heads differ). */
  elementsPerTokenSlidingLayer: number;
  slidingLayers: number;
  window: number;
  /** Layers that keep no per-token cache (the linear layers of a hybrid model). */
  linearLayers: number;
}

/**
 * Why a KV-cache figure cannot be given, for the page to show. `hybrid-unknown`: a hybrid model
 * whose number of linear (cache-free) layers is not published. `not-modelled`: an attention
 * design the formulas here do not cover (`attention: other`).
 */
export type KvUnavailable =
  'no-arch' | 'unknown-facts' | 'hybrid-unknown' | 'encoder-decoder' | 'not-modelled';

/**
 * The facts the cache size depends on, or why they are missing. `unknown` in any of them means
 * no figure: a guess (say head_dim = hidden_size / heads) is wrong for models such as Gemma.
 */
function kvFacts(arch: ArchShape | undefined): KvFacts | KvUnavailable {
  if (!arch) return 'no-arch';
  const { layers, attention } = arch;
  if (attention === 'other') return 'not-modelled';
  if (layers === 'unknown' || attention === 'unknown') return 'unknown-facts';
  // No attention layer: only the recurrent state, fixed in size, which no figure here counts.
  if (attention === 'none')
    return {
      layers,
      elementsPerTokenLayer: 0,
      elementsPerTokenSlidingLayer: 0,
      slidingLayers: 0,
      window: Infinity,
      linearLayers: layers,
    };
  let elementsPerTokenLayer: number;
  let elementsPerTokenSlidingLayer: number;
  if (attention === 'mla') {
    if (!arch.mla || arch.mla === 'unknown') return 'unknown-facts';
    elementsPerTokenLayer = arch.mla.kv_lora_rank + arch.mla.rope_head_dim;
    elementsPerTokenSlidingLayer = elementsPerTokenLayer;
  } else {
    if (arch.kv_heads === 'unknown' || arch.head_dim === 'unknown') return 'unknown-facts';
    const keyAndValue = arch.head_dim + (arch.v_head_dim ?? arch.head_dim);
    elementsPerTokenLayer = arch.kv_heads * keyAndValue;
    elementsPerTokenSlidingLayer = (arch.sliding_window?.kv_heads ?? arch.kv_heads) * keyAndValue;
  }
  const linearLayers = arch.linear_layers?.layers ?? 0;
  if (linearLayers === 'unknown') return 'hybrid-unknown';
  return {
    layers,
    elementsPerTokenLayer,
    elementsPerTokenSlidingLayer,
    slidingLayers: arch.sliding_window?.layers ?? 0,
    window: arch.sliding_window?.window ?? Infinity,
    linearLayers,
  };
}

/** The arch facts a KV-cache figure is computed from (see `kvFacts`). */
const kvFactFields: ReadonlySet<string> = new Set([
  'layers',
  'attention',
  'mla',
  'kv_heads',
  'head_dim',
  'v_head_dim',
  'sliding_window',
  'linear_layers',
]);

/**
 * Whether a KV-cache figure rests on facts read in copies of the official config
 * (`arch.copied`), so that the page can say so beside the figure.
 */
export function kvUsesCopiedFacts(arch: ArchShape | undefined): boolean {
  return (arch?.copied?.fields ?? []).some((f) => kvFactFields.has(f));
}

/** The model fields the functions read; `Model` satisfies it. */
export interface MemoryModel {
  parameters: { total: number };
  architecture: 'decoder-only' | 'encoder-only' | 'encoder-decoder';
  arch?: ArchShape;
}

export type KvResult = { gb: number } | { gb: null; reason: KvUnavailable };

/**
 * KV-cache memory in GB for one sequence of `tokens` tokens, at `bytesPerElement` (2 for a
 * 16-bit cache). Sliding-window layers stop growing at their window; the linear layers of a
 * hybrid model add nothing.
 */
export function kvCacheGb(
  model: MemoryModel,
  tokens: number,
  bytesPerElement = KV_BYTES_16BIT,
): KvResult {
  if (model.architecture === 'encoder-only') return { gb: 0 };
  // The cross-attention cache of an encoder-decoder depends on the input length, which the
  // atlas does not model; the layer count does not say which layers are the decoder's either.
  if (model.architecture === 'encoder-decoder') return { gb: null, reason: 'encoder-decoder' };
  const f = kvFacts(model.arch);
  if (typeof f === 'string') return { gb: null, reason: f };
  const fullLayers = f.layers - f.slidingLayers - f.linearLayers;
  const elements =
    fullLayers * tokens * f.elementsPerTokenLayer +
    f.slidingLayers * Math.min(tokens, f.window) * f.elementsPerTokenSlidingLayer;
  return { gb: (elements * bytesPerElement) / BYTES_PER_GB };
}

/**
 * KV-cache GB per 1,000 tokens at 16-bit, for the first 1,000 tokens of a context. While the
 * context is no longer than the smallest window this is the rate for every 1,000 tokens;
 * beyond it, sliding-window layers add nothing more (use `kvCacheGb` with the context).
 */
export function kvCacheGbPer1kTokens(model: MemoryModel): number | null {
  return kvCacheGb(model, 1000).gb;
}

export interface TotalEstimate {
  weightsGb: number;
  /** null when the architecture facts are missing: the total then counts the weights only. */
  kvCacheGb: number | null;
  overheadGb: number;
  totalGb: number;
  /** True when the KV cache could not be counted (see `kvReason`). */
  weightsOnly: boolean;
  kvReason?: KvUnavailable;
}

/** Estimated memory to serve `batch` sequences of `tokens` tokens at `precision`. */
export function totalMemoryGb(
  model: MemoryModel,
  { precision, tokens, batch = 1 }: { precision: MemoryPrecision; tokens: number; batch?: number },
): TotalEstimate {
  const w = weightsGb(model.parameters.total, precision);
  const kv = kvCacheGb(model, tokens);
  const overheadGb = overheadRule.fractionOfWeights * w + overheadRule.fixedGb;
  const kvTotal = kv.gb === null ? null : kv.gb * batch;
  return {
    weightsGb: w,
    kvCacheGb: kvTotal,
    overheadGb,
    totalGb: w + (kvTotal ?? 0) + overheadGb,
    weightsOnly: kvTotal === null,
    ...(kv.gb === null ? { kvReason: kv.reason } : {}),
  };
}

/** The `memory` object of the open-data export (/data/models.json), in GB of 10⁹ bytes. */
export interface MemoryFigures {
  weights_gb: Record<MemoryPrecision, number>;
  kv_cache_gb_per_1k_tokens: number | null;
}

/** Rounded to 3 decimals (1 MB): finer digits would claim a precision the inputs lack. */
const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function memoryOf(model: MemoryModel): MemoryFigures {
  const kv = kvCacheGbPer1kTokens(model);
  return {
    weights_gb: {
      bf16: round3(weightsGb(model.parameters.total, 'bf16')),
      fp8: round3(weightsGb(model.parameters.total, 'fp8')),
      int8: round3(weightsGb(model.parameters.total, 'int8')),
      int4: round3(weightsGb(model.parameters.total, 'int4')),
    },
    kv_cache_gb_per_1k_tokens: kv === null ? null : round3(kv),
  };
}

export type FitVerdict =
  | { kind: 'fits'; estimate: TotalEstimate; headroomGb: number }
  | {
      kind: 'lower-precision';
      estimate: TotalEstimate;
      precision: MemoryPrecision;
      lower: TotalEstimate;
      headroomGb: number;
    }
  | { kind: 'too-large'; estimate: TotalEstimate };

/**
 * Whether the model fits `memoryGb` at `precision` for one sequence of `tokens` tokens, and if
 * not, the first smaller precision at which it does.
 */
export function fitOn(
  model: MemoryModel,
  memoryGb: number,
  { precision, tokens }: { precision: MemoryPrecision; tokens: number },
): FitVerdict {
  const estimate = totalMemoryGb(model, { precision, tokens });
  if (estimate.totalGb <= memoryGb)
    return { kind: 'fits', estimate, headroomGb: memoryGb - estimate.totalGb };
  for (const p of memoryPrecisions) {
    if (bitsPerWeight[p] >= bitsPerWeight[precision]) continue;
    const lower = totalMemoryGb(model, { precision: p, tokens });
    if (lower.totalGb <= memoryGb)
      return {
        kind: 'lower-precision',
        estimate,
        precision: p,
        lower,
        headroomGb: memoryGb - lower.totalGb,
      };
  }
  return { kind: 'too-large', estimate };
}

export const gibToGb = (gib: number): number => (gib * BYTES_PER_GIB) / BYTES_PER_GB;
export const gbToGib = (gb: number): number => (gb * BYTES_PER_GB) / BYTES_PER_GIB;
