/**
 * Snippets and highlighting as plain data: a list of text pieces, some marked. Components
 * render the pieces as text nodes (and <mark>), so whatever a query or a page contains is
 * never interpreted as HTML. Matching uses indexOf, never a RegExp built from input.
 */

export interface Piece {
  text: string;
  hit: boolean;
}

/** Ranges where any needle occurs in `text` (case-insensitive), merged, in order. */
function findRanges(text: string, needles: string[]): Array<[number, number]> {
  const lower = text.toLowerCase();
  // toLowerCase may change the length for a few characters; then offsets would lie.
  if (lower.length !== text.length) return [];
  const ranges: Array<[number, number]> = [];
  for (const n of needles) {
    if (!n) continue;
    for (let i = lower.indexOf(n); i !== -1 && ranges.length < 200; i = lower.indexOf(n, i + n.length)) {
      ranges.push([i, i + n.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** The whole text, cut into marked and unmarked pieces. */
export function highlight(text: string, needles: string[]): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const [s, e] of findRanges(text, needles)) {
    if (s > at) pieces.push({ text: text.slice(at, s), hit: false });
    pieces.push({ text: text.slice(s, e), hit: true });
    at = e;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), hit: false });
  return pieces;
}

/** A window of about `length` characters around the first match, highlighted. */
export function snippet(text: string, needles: string[], length = 110): Piece[] {
  if (!text) return [];
  // Only the first match matters here; the window alone is highlighted below.
  const lower = text.toLowerCase();
  let first = -1;
  for (const n of needles) {
    const i = n ? lower.indexOf(n) : -1;
    if (i !== -1 && (first === -1 || i < first)) first = i;
  }
  if (first === -1 || lower.length !== text.length) first = 0;
  let start = Math.max(0, first - Math.floor(length / 3));
  const end = Math.min(text.length, start + length);
  start = Math.max(0, Math.min(start, end - length));
  const cut = text.slice(start, end);
  const pieces = highlight(cut, needles);
  if (start > 0) pieces.unshift({ text: '…', hit: false });
  if (end < text.length) pieces.push({ text: '…', hit: false });
  return pieces;
}
