/**
 * CSV that Excel opens correctly with Chinese text: UTF-8 with a byte-order mark (without it
 * Excel on Windows reads the file as the local code page), CRLF line ends and RFC 4180
 * quoting. Nested fields are flattened (see flattenEntry); the parser exists so that tests
 * can read an export back and compare it with the JSON.
 */

export const BOM = '\uFEFF';

/** A JSON value as it appears in one object's field. */
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/**
 * One entry → one row: objects become dotted columns (`parameters.total`), recursively;
 * lists stay one cell holding their JSON text (`["https://…","https://…"]`), so a list of
 * URLs or of objects survives the trip intact; `null` becomes an empty cell.
 */
export function flattenEntry(entry: JsonObject, prefix = ''): Record<string, string> {
  const row: Record<string, string> = {};
  for (const [key, value] of Object.entries(entry)) {
    const column = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      Object.assign(row, flattenEntry(value, column));
    } else {
      row[column] = cellText(value);
    }
  }
  return row;
}

export function cellText(value: JsonValue | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) || /^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Columns in the order they first appear, so related fields stay side by side. */
export function columnsOf(rows: readonly Record<string, string>[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  return [...seen];
}

export function toCsv(entries: readonly JsonObject[]): string {
  const rows = entries.map((e) => flattenEntry(e));
  const columns = columnsOf(rows);
  const lines = [columns, ...rows.map((r) => columns.map((c) => r[c] ?? ''))].map((cells) =>
    cells.map(quote).join(','),
  );
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** RFC 4180 → header and rows of strings; a leading BOM is skipped. Throws on a stray quote. */
export function parseCsv(text: string): { header: string[]; rows: string[][] } {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < body.length) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 2;
      } else if (ch === '"') {
        quoted = false;
        i += 1;
      } else {
        cell += ch;
        i += 1;
      }
    } else if (ch === '"') {
      if (cell !== '') throw new Error(`CSV: a quote inside an unquoted cell at offset ${i}`);
      quoted = true;
      i += 1;
    } else if (ch === ',') {
      record.push(cell);
      cell = '';
      i += 1;
    } else if (ch === '\r' && body[i + 1] === '\n') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      i += 2;
    } else {
      cell += ch;
      i += 1;
    }
  }
  if (quoted) throw new Error('CSV: a quoted cell is not closed');
  if (cell !== '' || record.length > 0) {
    record.push(cell);
    records.push(record);
  }
  const [header = [], ...rows] = records;
  return { header, rows };
}
