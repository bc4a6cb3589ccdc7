/**
 * MemoryFigures (the model page's memory table) shows what memory.ts computes: weights at four
 * precisions, the KV cache per 1,000 tokens, and for a sliding-window model the cache at its
 * full context; a model without arch facts says why there is no KV figure.
 */
import React from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { archSchema } from '../../src/data/schema/models';
import { qwen3NextArch } from './arch-fixtures';
import { kvCacheGb, memoryOf } from '../../src/data/derive/memory';
import { formatGb } from '../../src/lib/format';

vi.mock('@docusaurus/Translate', () => import('./docusaurus-translate'));
vi.mock('@docusaurus/Link', () => ({
  default: ({ to, children }: { to: string; children: React.ReactNode }) =>
    React.createElement('a', { href: to }, children),
}));

const { default: MemoryFigures } = await import('../../src/components/MemoryFigures');

// Gemma 2 9B, https://github.com/google-deepmind/gemma/blob/main/gemma/gm/nn/_gemma.py
const gemma2_9b = {
  parameters: { total: 9 },
  architecture: 'decoder-only' as const,
  context_length: 8192,
  arch: archSchema.parse({
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
  }),
};

/** The text of each row's value cell, in order. */
const cells = (html: string) =>
  [...html.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));

describe('MemoryFigures', () => {
  it('shows the weights, the KV rate and the full-context cache of a sliding-window model', () => {
    const html = renderToStaticMarkup(React.createElement(MemoryFigures, { model: gemma2_9b }));
    const f = memoryOf(gemma2_9b);
    expect(cells(html)).toEqual([
      formatGb(f.weights_gb.bf16),
      formatGb(f.weights_gb.fp8),
      formatGb(f.weights_gb.int8),
      formatGb(f.weights_gb.int4),
      formatGb(f.kv_cache_gb_per_1k_tokens!),
      formatGb(kvCacheGb(gemma2_9b, 8192).gb!),
    ]);
    expect(cells(html)).toEqual(['18.0', '9.00', '9.00', '5.06', '0.34', '2.11']);
    expect(html).toContain('21 层只保留最近 4096 个 token');
  });

  it('says why there is no KV figure when the arch facts are missing', () => {
    const html = renderToStaticMarkup(
      React.createElement(MemoryFigures, {
        model: { parameters: { total: 7 }, architecture: 'decoder-only' },
      }),
    );
    expect(cells(html).slice(0, 4)).toEqual(['14.0', '7.00', '7.00', '3.94']);
    expect(cells(html)[4]).toBe('缺少架构数据，无法估算 KV 缓存');
    expect(cells(html)).toHaveLength(5);
  });

  it('says how many layers of a hybrid model keep no KV cache, and counts only the others', () => {
    // Qwen3-Next-80B-A3B (sources in arch-fixtures.ts).
    const qwen3Next = {
      parameters: { total: 80 },
      architecture: 'decoder-only' as const,
      context_length: 262144,
      arch: archSchema.parse(qwen3NextArch),
    };
    const html = renderToStaticMarkup(React.createElement(MemoryFigures, { model: qwen3Next }));
    // 12 × 2 × 2 × 256 × 2 B × 1,000 = 0.024576 GB; no full-context row (no sliding window).
    expect(cells(html)).toEqual(['160.0', '80.0', '80.0', '45.0', '0.02']);
    expect(html).toContain(
      '48 层中有 36 层不随上下文缓存键值（混合结构：Gated DeltaNet），KV 缓存只计其余 12 层',
    );
  });

  it('says why there is no KV figure for a hybrid model whose split is not published', () => {
    const html = renderToStaticMarkup(
      React.createElement(MemoryFigures, {
        model: {
          parameters: { total: 120 },
          architecture: 'decoder-only',
          arch: archSchema.parse({
            layers: 88,
            hidden_size: 4096,
            attention_heads: 32,
            kv_heads: 2,
            head_dim: 128,
            attention: 'gqa',
            linear_layers: { layers: 'unknown', kind: 'mamba2' },
            vocab_size: 'unknown',
            precision: 'unknown',
            evidence: ['https://example.com/model-card'],
          }),
        },
      }),
    );
    expect(cells(html)[4]).toBe('混合结构中不缓存键值的层数未查到，无法估算 KV 缓存');
    expect(html).not.toContain('不随上下文缓存键值');
  });

  it('says when the KV figure rests on facts read in copies of the config, and only then', () => {
    const copied = (fields: string[]) => ({
      ...gemma2_9b,
      arch: archSchema.parse({
        ...gemma2_9b.arch,
        copied: {
          fields,
          evidence: ['https://example.com/copy-a', 'https://example.com/copy-b'],
          note: '一致',
        },
      }),
    });
    const note = '据转载的配置文件';
    const render = (model: typeof gemma2_9b) =>
      renderToStaticMarkup(React.createElement(MemoryFigures, { model }));
    expect(render(copied(['kv_heads']))).toContain(note);
    expect(render(copied(['sliding_window']))).toContain(note);
    expect(render(copied(['vocab_size', 'hidden_size']))).not.toContain(note);
    expect(render(gemma2_9b)).not.toContain(note);
  });
});
