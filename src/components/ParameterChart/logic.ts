/** Scales and ticks for the scatter charts (ParameterChart, OpennessChart). Pure, unit-tested. */

export interface Extent {
  min: number;
  max: number;
}

/** Powers of ten from below the smallest value to above the largest: 0.11…671 → 0.1, 1, 10, 100, 1000. */
export function logTicks(values: readonly number[]): number[] {
  const positive = values.filter((v) => v > 0);
  if (positive.length === 0) return [1, 10];
  const lo = Math.floor(Math.log10(Math.min(...positive)));
  let hi = Math.ceil(Math.log10(Math.max(...positive)));
  if (hi === lo) hi = lo + 1;
  const ticks: number[] = [];
  for (let p = lo; p <= hi; p++) ticks.push(Number((10 ** p).toPrecision(1)));
  return ticks;
}

/** Whole years spanning the data, at most about `maxTicks` of them (every 2nd, 5th… year when crowded). */
export function yearTicks(extent: Extent, maxTicks = 6): number[] {
  const first = Math.floor(extent.min);
  const last = Math.ceil(extent.max);
  const span = Math.max(1, last - first);
  const step = [1, 2, 5, 10].find((s) => span / s <= maxTicks) ?? 10;
  const ticks: number[] = [];
  for (let y = Math.ceil(first / step) * step; y <= last; y += step) ticks.push(y);
  return ticks;
}

/**
 * Positions in viewBox units, rounded to hundredths: finer than any screen resolves in a
 * viewBox a few hundred units wide, and a chart's markup a third the size of full floats
 * (/models' chart has a point per model, each with several coordinates).
 */
export const hundredths = (v: number): number => Math.round(v * 100) / 100;

export function linearScale(domain: Extent, range: Extent): (v: number) => number {
  const d = domain.max - domain.min || 1;
  return (v) => hundredths(range.min + ((v - domain.min) / d) * (range.max - range.min));
}

export function logScale(domain: Extent, range: Extent): (v: number) => number {
  const lin = linearScale({ min: Math.log10(domain.min), max: Math.log10(domain.max) }, range);
  return (v) => lin(Math.log10(v));
}

/**
 * A release-date axis over decimal years: whole-year ticks, and a domain widened to whole
 * years and to the outer ticks, so the first and last points never sit on the plot's edge.
 */
export function yearAxis(
  years: readonly number[],
  range: Extent,
): { ticks: number[]; scale: (v: number) => number } {
  const ticks = yearTicks({ min: Math.min(...years), max: Math.max(...years) });
  const domain = {
    min: Math.min(Math.floor(Math.min(...years)), ticks[0] ?? 0),
    max: Math.max(Math.ceil(Math.max(...years)), ticks[ticks.length - 1] ?? 0),
  };
  return { ticks, scale: linearScale(domain, range) };
}
