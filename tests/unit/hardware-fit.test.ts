/**
 * The state and grouping of /models/hardware (src/pages/_components/HardwareFit/logic.ts):
 * the query string round-trips, bad input falls back to the defaults, and models land in the
 * right group for a hand-checked memory size.
 */
import { describe, expect, it } from 'vitest';
import {
  defaultState,
  groupByFit,
  readHardwareState,
  writeHardwareState,
} from '../../src/pages/_components/HardwareFit/logic';
import type { MemoryModel } from '../../src/data/derive/memory';
import { formatGb } from '../../src/lib/format';

describe('query string', () => {
  it('reads what it writes', () => {
    const s = { memGb: 48, ctx: 32768, precision: 'fp8' as const };
    expect(readHardwareState(writeHardwareState('', s))).toEqual(s);
  });

  it('a device preset sets the memory and wins over mem', () => {
    expect(readHardwareState('?device=h100&mem=3&ctx=4096&precision=bf16')).toEqual({
      memGb: 80,
      ctx: 4096,
      precision: 'bf16',
      device: 'h100',
    });
  });

  it('malformed or hostile values fall back to the defaults', () => {
    for (const q of [
      '',
      '?mem=abc&ctx=-5&precision=fp4',
      '?mem=0&ctx=0',
      '?mem=1e400&ctx=Infinity',
      '?device=<script>&mem=%00',
      `?mem=${'9'.repeat(10_000)}`,
    ])
      expect(readHardwareState(q)).toEqual(defaultState);
  });

  it('keeps other parameters and drops a stale device', () => {
    expect(
      writeHardwareState('?x=1&device=h100', { memGb: 12, ctx: 2048, precision: 'int4' }),
    ).toBe('?x=1&mem=12&ctx=2048&precision=int4');
  });
});

describe('grouping', () => {
  const m = (name: string, total: number, context_length?: number) =>
    ({
      name,
      parameters: { total },
      architecture: 'decoder-only',
      context_length,
    }) as MemoryModel & {
      name: string;
      context_length?: number;
    };
  // Weights only (no arch): total = 1.1 × weights + 1 GB. At 4-bit: 7B → 4.33, 70B → 44.3.
  const models = [m('A 7B', 7, 4096), m('B 70B', 70), m('C 13B', 13), m('D 405B', 405)];

  it('24 GB at BF16: 7B fits (16.4 GB), 13B only at 8-bit or less, 70B at 4-bit no (44 GB)', () => {
    const g = groupByFit(models, { memGb: 24, ctx: 8192, precision: 'bf16' });
    expect(g.fits.map((r) => r.model.name)).toEqual(['A 7B']);
    expect(
      g.lower.map((r) => [
        r.model.name,
        r.verdict.kind === 'lower-precision' && r.verdict.precision,
      ]),
    ).toEqual([['C 13B', 'fp8']]);
    expect(g.tooLarge.map((r) => r.model.name)).toEqual(['D 405B', 'B 70B']);
  });

  it('flags a context longer than the model takes', () => {
    const g = groupByFit(models, { memGb: 24, ctx: 8192, precision: 'bf16' });
    expect(g.fits[0]!.beyondContext).toBe(true);
  });

  it('formats GB with two decimals below 10 and one above', () => {
    expect([formatGb(0.131072), formatGb(9.994), formatGb(93.4)]).toEqual(['0.13', '9.99', '93.4']);
  });
});
