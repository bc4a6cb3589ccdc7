/**
 * Architecture facts of real models, shared by the unit tests of the memory figures
 * (memory.test.ts checks the arithmetic, memory-figures.test.ts what a page shows).
 */

/**
 * Qwen3-Next-80B-A3B, a Gated DeltaNet hybrid: model card (48 layers, hidden 2048, layout
 * 12 × (3 × (Gated DeltaNet → MoE) → 1 × (Gated Attention → MoE)), gated attention with 16 query
 * and 2 KV heads of 256 dims, 512 experts, 10 routed + 1 shared) and Qwen3NextConfig in
 * transformers (the same numbers as defaults, vocab 151936, every 4th layer full attention).
 */
export const qwen3NextArch = {
  layers: 48,
  hidden_size: 2048,
  attention_heads: 16,
  kv_heads: 2,
  head_dim: 256,
  attention: 'gqa',
  linear_layers: { layers: 36, kind: 'gated-deltanet' },
  vocab_size: 151936,
  precision: 'unknown',
  experts: { total: 512, active: 10, shared: 1 },
  evidence: [
    'https://huggingface.co/Qwen/Qwen3-Next-80B-A3B-Instruct',
    'https://github.com/huggingface/transformers/blob/008e574391258935f3ecc3035c882e73bbcac419/src/transformers/models/qwen3_next/configuration_qwen3_next.py',
  ],
} as const;

/**
 * Mixtral 8x7B, MoE with GQA: transformers' MixtralConfig, whose defaults are the checkpoint
 * mistralai/Mixtral-8x7B-v0.1 (hidden 4096, 32 layers, 32 heads, 8 KV heads, 8 experts, 2 per
 * token, no sliding window).
 */
export const mixtralArch = {
  layers: 32,
  hidden_size: 4096,
  attention_heads: 32,
  kv_heads: 8,
  head_dim: 128,
  attention: 'gqa',
  vocab_size: 32000,
  precision: 'unknown',
  experts: { total: 8, active: 2 },
  evidence: [
    'https://github.com/huggingface/transformers/blob/main/src/transformers/models/mixtral/configuration_mixtral.py',
  ],
} as const;
