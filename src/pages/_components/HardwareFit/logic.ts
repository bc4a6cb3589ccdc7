/**
 * The state of /models/hardware ("能跑吗") and what it shows, as pure functions: the query
 * string read and written (`?mem=24&ctx=8192&precision=int4&device=rtx-3090`), and the models
 * sorted into those that fit, those that fit only at a smaller precision, and the rest.
 */
import { devices, type Device } from '../../../data/devices';
import {
  fitOn,
  memoryPrecisions,
  type FitVerdict,
  type MemoryModel,
  type MemoryPrecision,
} from '../../../data/derive/memory';

export interface HardwareState {
  /** Device memory in GB (10⁹ bytes). */
  memGb: number;
  /** Context length in tokens, for one sequence. */
  ctx: number;
  precision: MemoryPrecision;
  /** A preset's id; its memory overrides `memGb`. */
  device?: string;
}

export const defaultState: HardwareState = { memGb: 24, ctx: 8192, precision: 'int4' };
export const contextChoices = [2048, 4096, 8192, 32768, 131072] as const;

/** Largest memory and context the page accepts: beyond any single device or model today. */
const MAX_MEM_GB = 100_000;
const MAX_CTX = 10_000_000;

export const deviceById = (id: string | undefined): Device | undefined =>
  id === undefined ? undefined : devices.find((d) => d.id === id);

/** Reads the state from a query string; anything malformed falls back to the default. */
export function readHardwareState(search: string): HardwareState {
  const params = new URLSearchParams(search);
  const num = (key: string, max: number): number | undefined => {
    const raw = params.get(key);
    if (raw === null || raw.trim() === '') return undefined;
    const n = Number(raw);
    return Number.isFinite(n) && n > 0 && n <= max ? n : undefined;
  };
  const precisionParam = params.get('precision');
  const precision = memoryPrecisions.find((p) => p === precisionParam) ?? defaultState.precision;
  const ctxParam = num('ctx', MAX_CTX);
  const ctx = ctxParam === undefined ? defaultState.ctx : Math.round(ctxParam);
  const device = deviceById(params.get('device') ?? undefined);
  if (device) return { memGb: device.memoryGb, ctx, precision, device: device.id };
  return { memGb: num('mem', MAX_MEM_GB) ?? defaultState.memGb, ctx, precision };
}

/** Writes the state into `current`, keeping parameters that belong to others. */
export function writeHardwareState(current: string, state: HardwareState): string {
  const params = new URLSearchParams(current);
  params.set('mem', String(state.memGb));
  params.set('ctx', String(state.ctx));
  params.set('precision', state.precision);
  if (state.device) params.set('device', state.device);
  else params.delete('device');
  const s = params.toString();
  return s ? `?${s}` : '';
}

export interface FitRow<M> {
  model: M;
  verdict: FitVerdict;
  /** The context asked for is longer than the model's own context window. */
  beyondContext: boolean;
}

export interface FitGroups<M> {
  fits: FitRow<M>[];
  lower: FitRow<M>[];
  tooLarge: FitRow<M>[];
}

type FitModel = MemoryModel & { name: string; context_length?: number };

/**
 * Every model placed in one group. Within a group the largest models come first (the most a
 * device can do), then by name.
 */
export function groupByFit<M extends FitModel>(
  models: readonly M[],
  state: HardwareState,
): FitGroups<M> {
  const groups: FitGroups<M> = { fits: [], lower: [], tooLarge: [] };
  for (const model of models) {
    const verdict = fitOn(model, state.memGb, { precision: state.precision, tokens: state.ctx });
    const row = {
      model,
      verdict,
      beyondContext: model.context_length !== undefined && state.ctx > model.context_length,
    };
    if (verdict.kind === 'fits') groups.fits.push(row);
    else if (verdict.kind === 'lower-precision') groups.lower.push(row);
    else groups.tooLarge.push(row);
  }
  const order = (a: FitRow<M>, b: FitRow<M>) =>
    b.model.parameters.total - a.model.parameters.total || a.model.name.localeCompare(b.model.name);
  groups.fits.sort(order);
  groups.lower.sort(order);
  groups.tooLarge.sort(order);
  return groups;
}
