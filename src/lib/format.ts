/** Number and date helpers with no locale dependence (SSR and browser render the same text). */

/** Parameter counts are stored in billions: 0.11 → "110M", 46.7 → "46.7B", 1000 → "1T". */
export function formatBillions(billions: number): string {
  if (billions >= 1000) return `${trimNumber(billions / 1000)}T`;
  if (billions >= 1) return `${trimNumber(billions)}B`;
  return `${trimNumber(billions * 1000)}M`;
}

function trimNumber(n: number): string {
  // At most three significant decimals, no trailing zeros: 46.70 → "46.7", 7.241 → "7.24".
  const digits = n >= 100 ? 0 : n >= 10 ? 1 : 2;
  return String(Number(n.toFixed(digits)));
}

/** 32768 → "32,768": exact, since context lengths are quoted both as 32K and 32,768. */
export function formatInteger(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export type DatePrecision = 'year' | 'month' | 'day';

export function datePrecision(date: string): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** Decimal year for plotting: "2023-07" → 2023.5 (the middle of the stated period). */
export function decimalYear(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return y + 0.5;
  if (d === undefined) return y + (m - 0.5) / 12;
  // Day precision: the day's midpoint as a fraction of its own year (leap years included).
  const start = Date.UTC(y, 0, 1);
  const length = Date.UTC(y + 1, 0, 1) - start;
  return y + (Date.UTC(y, m - 1, d) + 43_200_000 - start) / length;
}

/** GB for display: one decimal from 10 GB, two below (a 0.13 GB cache is not "0.1"). */
export function formatGb(gb: number): string {
  return gb >= 10 ? gb.toFixed(1) : gb.toFixed(2);
}
