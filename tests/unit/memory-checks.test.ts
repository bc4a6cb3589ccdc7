/**
 * The atlas' memory figures against the figures developers publish for their own models
 * (src/data/memory-checks.ts, shown in the memory chapter by MemoryCheck). What each comparison
 * may show is the method's claim: 16-bit weights plus the KV cache land within a few per cent of
 * what Qwen measured, the KV growth between two context lengths to the MiB, the 8-bit and 4-bit
 * figures stay below Qwen's official quantised checkpoints (which keep the embeddings and the
 * output layer at 16 bits), and the weights stay within every minimum or bound a developer
 * states.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAtlasData } from '../../src/data/load';
import { publishedMemory } from '../../src/data/memory-checks';
import { BYTES_PER_MIB, compareMemory } from '../../src/data/derive/memory-checks';
import { BYTES_PER_GB, kvCacheGb } from '../../src/data/derive/memory';

const root = join(import.meta.dirname, '..', '..');
const { data } = loadAtlasData({ dataDir: join(root, 'src', 'data'), rootDir: root });
const modelOf = (id: string) => {
  const m = data.models.find((x) => x.id === id);
  if (!m) throw new Error(`no model ${id}`);
  return m;
};
const rows = compareMemory(publishedMemory, modelOf);
const of = (kind: string) => rows.filter((r) => r.kind === kind);

describe('published memory figures', () => {
  it('name models the atlas has, at a commit-pinned source', () => {
    for (const p of publishedMemory) {
      expect(() => modelOf(p.model), p.model).not.toThrow();
      expect(p.source).toMatch(/^https:\/\/github\.com\/.+\/blob\/[0-9a-f]{40}\//);
    }
  });

  it('give a KV growth for each model measured at two prompt lengths', () => {
    expect(of('growth').map((r) => r.model)).toEqual(['qwen3-8b', 'qwen3-32b', 'qwen3-30b-a3b']);
  });

  it('Qwen3-8B by hand: 36 layers × 8 KV heads × 128 × 2 × 2 B = 147,456 B per token', () => {
    // Prompt 6,144 → 30,720 with 2,048 generated: 24,576 more tokens, 3,456 MiB more (20,267 − 16,811).
    const growth = of('growth').find((r) => r.model === 'qwen3-8b')!;
    expect(growth.publishedGb).toBeCloseTo((3456 * BYTES_PER_MIB) / BYTES_PER_GB, 9);
    expect(growth.atlasGb).toBeCloseTo((24576 * 147456) / BYTES_PER_GB, 9);
    expect(kvCacheGb(modelOf('qwen3-8b'), 1).gb! * BYTES_PER_GB).toBe(147456);
  });
});

describe('the atlas against them', () => {
  it('the KV growth matches what Qwen measured within 0.1% (so its "MB" are MiB)', () => {
    for (const r of of('growth')) expect(Math.abs(r.difference!), r.model).toBeLessThan(0.001);
  });

  it('16-bit weights plus KV cache are within 3% of the measured memory', () => {
    for (const r of of('measured').filter((x) => x.format === 'BF16'))
      expect(Math.abs(r.difference!), `${r.model} ${String(r.prompt)}`).toBeLessThan(0.03);
  });

  it('8-bit and 4-bit figures run low against official quantised checkpoints, by under 30%', () => {
    const quantised = of('measured').filter((x) => x.format !== 'BF16');
    expect(quantised.length).toBeGreaterThan(0);
    for (const r of quantised) {
      expect(r.difference!, `${r.model} ${r.format}`).toBeLessThan(0);
      expect(r.difference!, `${r.model} ${r.format}`).toBeGreaterThan(-0.3);
    }
  });

  it('the weights fit within every minimum and bound a developer states', () => {
    const stated = [...of('minimum'), ...of('fits')];
    expect(stated.length).toBe(8);
    for (const r of stated)
      expect(r.atlasGb!, `${r.model} ${r.format}`).toBeLessThanOrEqual(r.publishedGb);
  });

  it('leaves no figure out: one row per published figure, plus the growths', () => {
    expect(rows.length).toBe(publishedMemory.length + of('growth').length);
    expect(rows.every((r) => r.atlasGb !== null)).toBe(true);
  });
});
