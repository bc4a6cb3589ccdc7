/**
 * The memory formulas (src/data/derive/memory.ts) against figures worked by hand for real
 * models of each kind. Each model's facts come from its official configuration or reference
 * code, cited above it; each arch block is parsed by the data schema, so the same facts would
 * be accepted in src/data/models/*.yaml.
 */
import { describe, expect, it } from 'vitest';
import { archSchema } from '../../src/data/schema/models';
import { mixtralArch, qwen3NextArch } from './arch-fixtures';
import {
  fitOn,
  gibToGb,
  kvCacheGb,
  kvCacheGbPer1kTokens,
  memoryOf,
  totalMemoryGb,
  weightsGb,
  type MemoryModel,
} from '../../src/data/derive/memory';

// Facts the cited file does not give (e.g. the released precision) are 'unknown', as in the data.
const decoder = (total: number, arch: unknown): MemoryModel => ({
  parameters: { total },
  architecture: 'decoder-only',
  arch: archSchema.parse(arch),
});

/** Within 1 byte per GB figure: the hand-worked values are exact decimals. */
const close = (actual: number | null, expected: number) => {
  expect(actual).not.toBeNull();
  expect(actual!).toBeCloseTo(expected, 9);
};

// Dense GQA. https://github.com/meta-llama/llama-models/blob/8c88b8c0d75dbd136b6895220c4f56ccbe2f2d24/models/sku_list.py
// (Llama 3.1 8B: dim 4096, n_layers 32, n_heads 32, n_kv_heads 8 → head_dim 4096 / 32 = 128).
const llama31_8b = decoder(8, {
  layers: 32,
  hidden_size: 4096,
  attention_heads: 32,
  kv_heads: 8,
  head_dim: 128,
  attention: 'gqa',
  vocab_size: 128256,
  precision: 'unknown',
  evidence: [
    'https://github.com/meta-llama/llama-models/blob/8c88b8c0d75dbd136b6895220c4f56ccbe2f2d24/models/sku_list.py',
  ],
});

// MHA. https://github.com/meta-llama/llama/blob/main/MODEL_CARD.md (7B: no GQA) and
// https://github.com/meta-llama/llama/blob/main/llama/model.py (ModelArgs: dim 4096,
// n_layers 32, n_heads 32, n_kv_heads None = n_heads, the 7B shape).
const llama2_7b = decoder(7, {
  layers: 32,
  hidden_size: 4096,
  attention_heads: 32,
  kv_heads: 32,
  head_dim: 128,
  attention: 'mha',
  vocab_size: 'unknown',
  precision: 'unknown',
  evidence: [
    'https://github.com/meta-llama/llama/blob/main/MODEL_CARD.md',
    'https://github.com/meta-llama/llama/blob/main/llama/model.py',
  ],
});

// MQA. https://github.com/huggingface/transformers/blob/main/src/transformers/models/falcon/configuration_falcon.py
// (defaults are tiiuae/falcon-7b: hidden 4544, 32 layers, 71 heads, multi_query → one KV
// head; head_dim = 4544 / 71 = 64).
const falcon7b = decoder(7, {
  layers: 32,
  hidden_size: 4544,
  attention_heads: 71,
  kv_heads: 1,
  head_dim: 64,
  attention: 'mqa',
  vocab_size: 65024,
  precision: 'unknown',
  evidence: [
    'https://github.com/huggingface/transformers/blob/main/src/transformers/models/falcon/configuration_falcon.py',
  ],
});

// MoE with GQA (see arch-fixtures.ts); 46.7B parameters in total.
const mixtral = decoder(46.7, mixtralArch);

// MLA. https://github.com/deepseek-ai/DeepSeek-V3/blob/main/inference/configs/config_671B.json
// (n_layers 61, n_heads 128, kv_lora_rank 512, qk_rope_head_dim 64, dtype fp8).
const deepseekV3 = decoder(671, {
  layers: 61,
  hidden_size: 7168,
  attention_heads: 128,
  kv_heads: 128,
  head_dim: 128,
  attention: 'mla',
  mla: { kv_lora_rank: 512, rope_head_dim: 64 },
  vocab_size: 129280,
  precision: 'fp8',
  experts: { total: 256, active: 8, shared: 1 },
  evidence: [
    'https://github.com/deepseek-ai/DeepSeek-V3/blob/main/inference/configs/config_671B.json',
  ],
});

// Sliding window on every other layer. https://github.com/google-deepmind/gemma/blob/main/gemma/gm/nn/_gemma.py
// (Gemma2_9B: 42 layers alternating LOCAL_SLIDING and GLOBAL, sliding_window_size 4096,
// 16 heads, 8 KV heads, head_dim 256, embed_dim 3584).
const gemma2_9b = decoder(9, {
  layers: 42,
  hidden_size: 3584,
  attention_heads: 16,
  kv_heads: 8,
  head_dim: 256,
  attention: 'gqa',
  sliding_window: { window: 4096, layers: 21 },
  vocab_size: 256128,
  precision: 'unknown',
  evidence: ['https://github.com/google-deepmind/gemma/blob/main/gemma/gm/nn/_gemma.py'],
});

// Sliding window on every layer. https://github.com/huggingface/transformers/blob/main/src/transformers/models/mistral/configuration_mistral.py
// (defaults are Mistral-7B-v0.1: hidden 4096, 32 layers, 32 heads, 8 KV heads,
// sliding_window 4096).
const mistral7b = decoder(7.3, {
  layers: 32,
  hidden_size: 4096,
  attention_heads: 32,
  kv_heads: 8,
  head_dim: 128,
  attention: 'gqa',
  sliding_window: { window: 4096, layers: 32 },
  vocab_size: 32000,
  precision: 'unknown',
  evidence: [
    'https://github.com/huggingface/transformers/blob/main/src/transformers/models/mistral/configuration_mistral.py',
  ],
});

// Window layers with their own KV heads, and values narrower than keys. MiMo-V2-Flash technical
// report, Table 1 and section 3.2 (https://github.com/XiaomiMiMo/MiMo-V2-Flash/blob/b4eaae40d3728657ff7f0f9397dcce3c9ab3d3b7/paper.pdf):
// 48 layers, 39 with a 128-token window and 8 KV heads, 9 global with 4 KV heads, 64 query
// heads, keys 192 and values 128 wide, hidden 4096, 256 experts with 8 per token.
const mimoV2Flash = decoder(309, {
  layers: 48,
  hidden_size: 4096,
  attention_heads: 64,
  kv_heads: 4,
  head_dim: 192,
  v_head_dim: 128,
  attention: 'gqa',
  sliding_window: { window: 128, layers: 39, kv_heads: 8 },
  vocab_size: 'unknown',
  precision: 'unknown',
  experts: { total: 256, active: 8, shared: 0 },
  evidence: [
    'https://github.com/XiaomiMiMo/MiMo-V2-Flash/blob/b4eaae40d3728657ff7f0f9397dcce3c9ab3d3b7/paper.pdf',
  ],
});

// Hybrid, Gated DeltaNet (sources in arch-fixtures.ts).
const qwen3Next = decoder(80, qwen3NextArch);

// Hybrid, Mamba-2. https://huggingface.co/ibm-granite/granite-4.0-h-small (model card: 40
// layers, 4 of them attention with 32 query and 8 KV heads of 128 dims, 36 Mamba2).
const granite4HSmall = decoder(32, {
  layers: 40,
  hidden_size: 4096,
  attention_heads: 32,
  kv_heads: 8,
  head_dim: 128,
  attention: 'gqa',
  linear_layers: { layers: 36, kind: 'mamba2' },
  vocab_size: 'unknown',
  precision: 'unknown',
  experts: { total: 72, active: 10, shared: 1 },
  evidence: ['https://huggingface.co/ibm-granite/granite-4.0-h-small'],
});

describe('weights', () => {
  it('are parameters × bits / 8: 8B at BF16 is 16 GB, at 8-bit 8 GB, at 4-bit (4.5 bits) 4.5 GB', () => {
    expect(weightsGb(8, 'bf16')).toBe(16);
    expect(weightsGb(8, 'fp8')).toBe(8);
    expect(weightsGb(8, 'int8')).toBe(8);
    expect(weightsGb(8, 'int4')).toBe(4.5);
  });

  it('count every expert of a mixture of experts: Mixtral 8x7B is 93.4 GB at BF16, not its 12.9B active', () => {
    expect(memoryOf(mixtral).weights_gb).toEqual({
      bf16: 93.4,
      fp8: 46.7,
      int8: 46.7,
      int4: 26.269, // 46.7 × 4.5 / 8 = 26.26875
    });
  });

  it('DeepSeek-V3: 671 GB at FP8, its released precision (the 14B MTP module not counted)', () => {
    expect(weightsGb(671, 'fp8')).toBe(671);
    expect(weightsGb(671, 'bf16')).toBe(1342);
  });
});

describe('KV cache per 1,000 tokens at 16-bit', () => {
  // Caching full keys and values for DeepSeek-V3's 128 heads of 128 dims would be
  // 2 × 128 × 128 / 576 ≈ 57× more than MLA's compressed cache.
  it.each([
    [
      'GQA, Llama 3.1 8B: 32 layers × 2 × 8 heads × 128 × 2 B = 131,072 B a token → 0.131072 GB',
      llama31_8b,
      0.131072,
    ],
    [
      'MHA, Llama 2 7B: 32 × 2 × 32 × 128 × 2 B = 524,288 B a token → 0.524288 GB, 4× Llama 3.1 8B',
      llama2_7b,
      0.524288,
    ],
    ['MQA, Falcon 7B: 32 × 2 × 1 × 64 × 2 B = 8,192 B a token → 0.008192 GB', falcon7b, 0.008192],
    [
      'MoE, Mixtral 8x7B: attention like Llama 3.1 8B, experts do not change the cache → 0.131072 GB',
      mixtral,
      0.131072,
    ],
    [
      'MLA, DeepSeek-V3: 61 layers × (512 + 64) × 2 B = 70,272 B a token → 0.070272 GB',
      deepseekV3,
      0.070272,
    ],
    [
      'sliding window, Gemma 2 9B: below the 4,096-token window all 42 layers grow → 0.344064 GB',
      gemma2_9b,
      0.344064,
    ],
    [
      'hybrid, Qwen3-Next-80B-A3B: only 48 − 36 = 12 layers cache, 12 × 2 × 2 × 256 × 2 B = 24,576 B a token → 0.024576 GB',
      qwen3Next,
      0.024576,
    ],
    [
      'hybrid, Granite 4.0-H Small: only 40 − 36 = 4 layers cache, 4 × 2 × 8 × 128 × 2 B = 16,384 B a token → 0.016384 GB',
      granite4HSmall,
      0.016384,
    ],
    [
      'window layers with their own KV heads, MiMo-V2-Flash: 9 global × 1,000 × 4 × (192 + 128) × 2 B + 39 windowed × 128 × 8 × 320 × 2 B = 23,040,000 + 25,559,040 B → 0.04859904 GB',
      mimoV2Flash,
      0.04859904,
    ],
  ] as const)('%s', (_, model, gb) => {
    close(kvCacheGbPer1kTokens(model), gb);
  });
});

describe('KV cache as a function of the context', () => {
  it('grows linearly without windows: Llama 3.1 8B at 131,072 tokens is 17.179869184 GB', () => {
    close(kvCacheGb(llama31_8b, 131072).gb, 17.179869184);
  });

  it('Gemma 2 9B at 8,192 tokens: 21 global layers × 8,192 + 21 windowed × 4,096 → 2.113929216 GB', () => {
    close(kvCacheGb(gemma2_9b, 8192).gb, 2.113929216);
    // Without the window it would be 42 × 8,192 × 8,192 B = 2.818572288 GB.
    const unwindowed = decoder(9, { ...gemma2_9b.arch, sliding_window: undefined });
    close(kvCacheGb(unwindowed, 8192).gb, 2.818572288);
  });

  it('Mistral 7B v0.1: every layer windowed, so 8,192 tokens cost what 4,096 do (half the unwindowed cache)', () => {
    close(kvCacheGb(mistral7b, 4096).gb, 0.536870912);
    close(kvCacheGb(mistral7b, 8192).gb, 0.536870912);
    close(kvCacheGb(mistral7b, 100_000).gb, 0.536870912);
  });

  it('Qwen3-Next-80B-A3B at its 262,144-token context: 24,576 B × 262,144 = 6.442450944 GB, a quarter of counting all 48 layers', () => {
    close(kvCacheGb(qwen3Next, 262144).gb, 6.442450944);
    const allAttention = decoder(80, { ...qwen3Next.arch, linear_layers: undefined });
    close(kvCacheGb(allAttention, 262144).gb, 25.769803776);
  });

  it('Granite 4.0-H Small: counting all 40 layers would be 10× too much (0.16384 GB per 1,000 tokens)', () => {
    const allAttention = decoder(32, { ...granite4HSmall.arch, linear_layers: undefined });
    close(kvCacheGbPer1kTokens(allAttention), 0.16384);
  });

  it('MiMo-V2-Flash at its 262,144-token context: only the 9 global layers keep growing → 6.0653568 GB', () => {
    // 9 × 262,144 × 4 × 320 × 2 B = 6,039,797,760 B, plus the windowed layers' fixed 25,559,040 B.
    close(kvCacheGb(mimoV2Flash, 262144).gb, 6.0653568);
    // Taking the global layers' 4 KV heads for every layer would undercount the windowed part by half;
    // taking keys' 192 for values too would overcount everything by 384 / 320 = 1.2.
    const sameHeads = decoder(309, {
      ...mimoV2Flash.arch,
      sliding_window: { window: 128, layers: 39 },
    });
    close(kvCacheGb(sameHeads, 262144).gb, 6.03979776 + 0.01277952);
    const sameWidth = decoder(309, { ...mimoV2Flash.arch, v_head_dim: undefined });
    close(kvCacheGb(sameWidth, 262144).gb, 6.0653568 * 1.2);
  });

  it('sliding and linear layers together: the full layers are L − L_sw − L_lin', () => {
    // 48 layers: 36 linear, 6 sliding with a 1,024-token window, 6 full; 2,048 B per layer-token.
    const mixed = decoder(80, {
      ...qwen3Next.arch,
      sliding_window: { window: 1024, layers: 6 },
    });
    // 8,192 tokens: 6 × 8,192 + 6 × 1,024 = 55,296 layer-tokens × 2,048 B = 113,246,208 B.
    close(kvCacheGb(mixed, 8192).gb, 0.113246208);
  });

  it('scales with the element size: an 8-bit cache is half a 16-bit one', () => {
    close(kvCacheGb(llama31_8b, 1000, 1).gb, 0.065536);
  });
});

describe('what cannot be computed', () => {
  it('encoder-only models keep no generation KV cache', () => {
    const bert: MemoryModel = { parameters: { total: 0.34 }, architecture: 'encoder-only' };
    expect(kvCacheGb(bert, 4096)).toEqual({ gb: 0 });
    expect(memoryOf(bert).kv_cache_gb_per_1k_tokens).toBe(0);
  });

  it('a model without arch facts has weights but no KV figure, and says why', () => {
    const bare: MemoryModel = { parameters: { total: 7 }, architecture: 'decoder-only' };
    expect(kvCacheGb(bare, 1000)).toEqual({ gb: null, reason: 'no-arch' });
    expect(memoryOf(bare)).toEqual({
      weights_gb: { bf16: 14, fp8: 7, int8: 7, int4: 3.938 },
      kv_cache_gb_per_1k_tokens: null,
    });
    const t = totalMemoryGb(bare, { precision: 'bf16', tokens: 8192 });
    expect(t).toMatchObject({ weightsOnly: true, kvCacheGb: null, kvReason: 'no-arch' });
    expect(t.totalGb).toBeCloseTo(14 + 1.4 + 1, 9);
  });

  it('an unknown head count or head size gives no KV figure rather than a guess', () => {
    const m = decoder(7, { ...llama2_7b.arch, kv_heads: 'unknown', attention: 'unknown' });
    expect(kvCacheGb(m, 1000)).toEqual({ gb: null, reason: 'unknown-facts' });
    const n = decoder(7, { ...llama2_7b.arch, head_dim: 'unknown' });
    expect(kvCacheGb(n, 1000)).toEqual({ gb: null, reason: 'unknown-facts' });
  });

  it('an attention design the formulas do not cover gives no KV figure, even with every head known', () => {
    // DeepSeek-V4 style: one 512-dim KV head per layer on paper, compressed per layer in fact.
    const m = decoder(284, {
      ...llama2_7b.arch,
      kv_heads: 1,
      head_dim: 512,
      attention: 'other',
      note: 'CSA + HCA',
    });
    expect(kvCacheGb(m, 1000)).toEqual({ gb: null, reason: 'not-modelled' });
    expect(totalMemoryGb(m, { precision: 'fp8', tokens: 4096 })).toMatchObject({
      weightsOnly: true,
      kvReason: 'not-modelled',
    });
  });

  it('MLA whose latent sizes are not published gives no KV figure (the head count is no stand-in)', () => {
    const m = decoder(671, { ...deepseekV3.arch, mla: 'unknown' });
    expect(kvCacheGb(m, 1000)).toEqual({ gb: null, reason: 'unknown-facts' });
    expect(kvCacheGb(deepseekV3, 1000).gb).not.toBeNull();
  });

  it('a hybrid model whose split is not published gives no KV figure rather than counting every layer', () => {
    const m = decoder(120, {
      ...granite4HSmall.arch,
      linear_layers: { layers: 'unknown', kind: 'mamba2' },
    });
    expect(kvCacheGb(m, 1000)).toEqual({ gb: null, reason: 'hybrid-unknown' });
    expect(totalMemoryGb(m, { precision: 'bf16', tokens: 8192 })).toMatchObject({
      weightsOnly: true,
      kvReason: 'hybrid-unknown',
    });
  });

  it('a model without attention (all layers Mamba-2) keeps no KV cache at any context', () => {
    // Codestral Mamba 7B (src/data/models/mistral.yaml): 64 Mamba-2 layers, no attention layer.
    const m = decoder(7.3, {
      layers: 64,
      hidden_size: 4096,
      attention_heads: 0,
      kv_heads: 0,
      head_dim: 0,
      attention: 'none',
      linear_layers: { layers: 64, kind: 'mamba2' },
      vocab_size: 32768,
      precision: 'unknown',
      evidence: ['https://github.com/mistralai/mistral-inference'],
    });
    expect(kvCacheGb(m, 1000)).toEqual({ gb: 0 });
    expect(kvCacheGb(m, 262144)).toEqual({ gb: 0 });
    expect(totalMemoryGb(m, { precision: 'bf16', tokens: 262144 })).toMatchObject({
      weightsOnly: false,
    });
  });

  it('encoder-decoder models are not modelled', () => {
    const t5: MemoryModel = { parameters: { total: 11 }, architecture: 'encoder-decoder' };
    expect(kvCacheGb(t5, 512)).toEqual({ gb: null, reason: 'encoder-decoder' });
  });
});

describe('total estimate and fit', () => {
  it('Llama 3.1 8B, BF16, 8,192 tokens, batch 1: 16 + 1.073741824 + (1.6 + 1) = 19.673741824 GB', () => {
    const t = totalMemoryGb(llama31_8b, { precision: 'bf16', tokens: 8192 });
    expect(t.weightsGb).toBe(16);
    close(t.kvCacheGb, 1.073741824);
    expect(t.overheadGb).toBeCloseTo(2.6, 12);
    expect(t.totalGb).toBeCloseTo(19.673741824, 9);
  });

  it('the batch multiplies the KV cache only', () => {
    const one = totalMemoryGb(llama31_8b, { precision: 'int4', tokens: 8192 });
    const four = totalMemoryGb(llama31_8b, { precision: 'int4', tokens: 8192, batch: 4 });
    expect(four.totalGb - one.totalGb).toBeCloseTo(3 * 1.073741824, 9);
  });

  it('24 GB: Llama 3.1 8B fits at BF16 with 4.33 GB to spare; Mixtral does not fit even at 4-bit (26.3 GB of weights)', () => {
    const llama = fitOn(llama31_8b, 24, { precision: 'bf16', tokens: 8192 });
    expect(llama.kind).toBe('fits');
    if (llama.kind === 'fits') expect(llama.headroomGb).toBeCloseTo(4.326258176, 9);
    expect(fitOn(mixtral, 24, { precision: 'bf16', tokens: 8192 }).kind).toBe('too-large');
  });

  it('80 GB: Mixtral does not fit at BF16 (93.4 GB) but fits at 8-bit (46.7 + 1.07 + 5.67)', () => {
    const v = fitOn(mixtral, 80, { precision: 'bf16', tokens: 8192 });
    expect(v.kind).toBe('lower-precision');
    if (v.kind === 'lower-precision') {
      expect(v.precision).toBe('fp8');
      expect(v.lower.totalGb).toBeCloseTo(46.7 + 1.073741824 + 4.67 + 1, 9);
    }
  });

  it('GiB to GB: 24 GiB is 25.769803776 GB', () => {
    expect(gibToGb(24)).toBeCloseTo(25.769803776, 9);
  });
});
