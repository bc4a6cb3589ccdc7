/**
 * The arch block of a model (src/data/schema/models.ts): facts a developer has not published are
 * `unknown`, including the expert counts of a mixture-of-experts model, while the consistency
 * checks still catch impossible combinations of the facts that are known.
 */
import { describe, expect, it } from 'vitest';
import { archSchema } from '../../src/data/schema/models';

const base = {
  layers: 24,
  hidden_size: 'unknown',
  attention_heads: 'unknown',
  kv_heads: 'unknown',
  head_dim: 'unknown',
  attention: 'unknown',
  vocab_size: 'unknown',
  precision: 'unknown',
  evidence: ['https://example.com/model-card'],
};

const messages = (input: unknown) => {
  const r = archSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('archSchema', () => {
  it('accepts expert counts that are not published', () => {
    expect(messages({ ...base, experts: { total: 'unknown', active: 'unknown' } })).toEqual([]);
    expect(messages({ ...base, experts: { total: 32, active: 4, shared: 'unknown' } })).toEqual([]);
  });

  it('still rejects more active than routed experts when both are known', () => {
    expect(messages({ ...base, experts: { total: 8, active: 16 } })).toEqual([
      'experts: expected at most 8 active experts, found 16',
    ]);
  });

  it('rejects a word other than unknown for a count', () => {
    expect(messages({ ...base, experts: { total: 'many', active: 4 } })).not.toEqual([]);
  });

  it('accepts the linear layers of a hybrid model, with their count unknown if need be', () => {
    expect(messages({ ...base, linear_layers: { layers: 18, kind: 'gated-deltanet' } })).toEqual(
      [],
    );
    expect(messages({ ...base, linear_layers: { layers: 'unknown', kind: 'mamba2' } })).toEqual([]);
    // LFM2's gated short convolutions keep only the last few inputs, not a per-token cache.
    expect(messages({ ...base, linear_layers: { layers: 18, kind: 'short-conv' } })).toEqual([]);
  });

  it('takes a model without attention only with every layer linear and its heads 0', () => {
    const ssm = {
      ...base,
      attention_heads: 0,
      kv_heads: 0,
      head_dim: 0,
      attention: 'none',
      linear_layers: { layers: 24, kind: 'mamba2' },
    };
    expect(messages(ssm)).toEqual([]);
    expect(messages({ ...ssm, kv_heads: 8 })).toEqual([
      'kv_heads: expected 0 for a model without attention, found 8',
    ]);
    expect(messages({ ...ssm, linear_layers: { layers: 20, kind: 'mamba2' } })).toEqual([
      'linear_layers: expected all 24 layers to be linear (no attention), found 20',
    ]);
    // 0 heads belong to such a model only.
    expect(messages({ ...base, kv_heads: 0 })).toEqual([
      "kv_heads: expected a positive number (0 only with attention: 'none')",
    ]);
  });

  it('rejects more linear layers than layers, naming the field', () => {
    expect(messages({ ...base, linear_layers: { layers: 30, kind: 'mamba2' } })).toEqual([
      'linear_layers: expected at most 24 linear (no KV cache) layers, found 30',
    ]);
  });

  it('rejects sliding-window and linear layers that add up to more than the layers', () => {
    expect(
      messages({
        ...base,
        sliding_window: { window: 4096, layers: 12 },
        linear_layers: { layers: 18, kind: 'kda' },
      }),
    ).toEqual([
      'linear_layers: expected sliding_window.layers + linear_layers.layers to be at most 24, found 12 + 18',
    ]);
  });

  it('takes MLA with its latent sizes, or with them marked unknown, but not MLA with nothing', () => {
    expect(
      messages({ ...base, attention: 'mla', mla: { kv_lora_rank: 512, rope_head_dim: 64 } }),
    ).toEqual([]);
    expect(messages({ ...base, attention: 'mla', mla: 'unknown' })).toEqual([]);
    expect(messages({ ...base, attention: 'mla' })).toEqual([
      "mla: expected kv_lora_rank and rope_head_dim for MLA (or 'unknown' if not published)",
    ]);
    expect(messages({ ...base, attention: 'gqa', mla: 'unknown' })).toEqual([
      'mla: only MLA models have latent sizes (attention is gqa)',
    ]);
  });

  it('takes facts read in copies only when each is known and at least two copies are cited', () => {
    const copies = ['https://example.com/copy-a', 'https://example.com/copy-b'];
    expect(
      messages({ ...base, copied: { fields: ['layers'], evidence: copies, note: '一致' } }),
    ).toEqual([]);
    expect(
      messages({ ...base, copied: { fields: ['hidden_size'], evidence: copies, note: '一致' } }),
    ).toEqual(['copied: lists hidden_size as read in copies, but hidden_size is not known']);
    expect(
      messages({ ...base, copied: { fields: ['mla'], evidence: copies, note: '一致' } }),
    ).toEqual(['copied: lists mla as read in copies, but mla is not known']);
    expect(
      messages({
        ...base,
        copied: { fields: ['layers'], evidence: copies.slice(1), note: '一致' },
      }),
    ).toEqual(['copied.evidence: expected at least two independent copies that agree']);
    expect(
      messages({
        ...base,
        copied: { fields: ['layers', 'layers'], evidence: copies, note: '一致' },
      }),
    ).toEqual(['copied: lists a field twice']);
    expect(
      messages({ ...base, copied: { fields: ['widths'], evidence: copies, note: '一致' } }),
    ).not.toEqual([]);
    expect(messages({ ...base, copied: { fields: ['layers'], evidence: copies } })).not.toEqual([]);
  });

  it("takes attention 'other' only with a note saying what it is, and checks no head counts against it", () => {
    expect(messages({ ...base, attention: 'other', note: '压缩稀疏注意力' })).toEqual([]);
    expect(messages({ ...base, attention: 'other' })).toEqual([
      "note: expected a note saying what the attention is when it is 'other'",
    ]);
    expect(
      messages({ ...base, attention_heads: 64, kv_heads: 1, attention: 'other', note: 'CSA' }),
    ).toEqual([]);
  });

  it('takes a value head size only where it differs from the key size, and never for MLA', () => {
    const gqa = { ...base, attention_heads: 64, kv_heads: 4, head_dim: 192, attention: 'gqa' };
    expect(messages({ ...gqa, v_head_dim: 128 })).toEqual([]);
    expect(messages({ ...gqa, v_head_dim: 192 })).toEqual([
      'v_head_dim: equals head_dim (192): leave it out when values and keys have the same size',
    ]);
    expect(
      messages({
        ...base,
        attention: 'mla',
        mla: { kv_lora_rank: 512, rope_head_dim: 64 },
        v_head_dim: 128,
      }),
    ).toEqual([
      'v_head_dim: MLA caches a latent vector, not values per head: leave v_head_dim out',
    ]);
  });

  it("takes the window layers' own key/value heads only where they differ, and no more than the query heads", () => {
    const gqa = { ...base, attention_heads: 64, kv_heads: 4, head_dim: 128, attention: 'gqa' };
    expect(messages({ ...gqa, sliding_window: { window: 128, layers: 20, kv_heads: 8 } })).toEqual(
      [],
    );
    expect(messages({ ...gqa, sliding_window: { window: 128, layers: 20, kv_heads: 4 } })).toEqual([
      "sliding_window: kv_heads equals the full layers' kv_heads (4): leave it out when they are the same",
    ]);
    expect(messages({ ...gqa, sliding_window: { window: 128, layers: 20, kv_heads: 65 } })).toEqual(
      ['sliding_window: expected at most attention_heads (64) key/value heads, found 65'],
    );
  });

  it('rejects a mixer kind the atlas does not know', () => {
    expect(messages({ ...base, linear_layers: { layers: 18, kind: 'rwkv9' } })).not.toEqual([]);
  });
});
