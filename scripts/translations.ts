/**
 * The English edition's bookkeeping (see src/data/translation.ts for the layout):
 *
 *   npm run translations:check                  missing and stale translations (informational)
 *   npm run translations:todo -- models/phi.yaml  what a data file still needs, as overlay YAML
 *                                               with the Chinese text as values
 *   npm run translations:stamp                  record the Chinese source of every translation
 *                                               that has no record yet
 *   npm run translations:stamp -- --update models:phi-2 --update docs/models/llama.mdx
 *                                               re-record after revising a stale translation
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml, parseDocument, stringify, isMap, type Document } from 'yaml';
import {
  docHash,
  entryHash,
  overlayPathOf,
  recordedDocSource,
  sourceKey,
  translatablePairs,
  translatedDocPathOf,
  withDocSource,
} from '../src/data/translation';

const root = join(import.meta.dirname, '..');
const rel = (p: string): string => relative(root, p).split(sep).join('/');

function walk(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? walk(p, ext) : ext.test(name) ? [p] : [];
    });
}

interface Entry {
  id: string;
  raw: Record<string, unknown>;
}

function entriesOf(file: string): Entry[] {
  const parsed: unknown = parseYaml(readFileSync(join(root, file), 'utf8'));
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((raw: unknown) =>
    raw !== null && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string'
      ? [{ id: (raw as { id: string }).id, raw: raw as Record<string, unknown> }]
      : [],
  );
}

type Overlay = Record<string, Record<string, unknown>>;

function overlayOf(dataFile: string): Overlay {
  const path = join(root, overlayPathOf(dataFile));
  if (!existsSync(path)) return {};
  const parsed: unknown = parseYaml(readFileSync(path, 'utf8'));
  return parsed !== null && typeof parsed === 'object' ? (parsed as Overlay) : {};
}

const dataFiles = (): string[] => walk(join(root, 'src', 'data'), /\.ya?ml$/).map(rel);
const docFiles = (): string[] =>
  [...walk(join(root, 'docs'), /\.mdx?$/), ...walk(join(root, 'blog'), /\.mdx?$/)].map(rel);

interface Status {
  missing: string[];
  stale: string[];
  unstamped: string[];
  current: number;
}

function docStatus(): Status {
  const s: Status = { missing: [], stale: [], unstamped: [], current: 0 };
  for (const file of docFiles()) {
    const en = translatedDocPathOf(file);
    if (!en) continue;
    if (!existsSync(join(root, en))) {
      s.missing.push(file);
      continue;
    }
    const recorded = recordedDocSource(readFileSync(join(root, en), 'utf8'));
    if (recorded === null) s.unstamped.push(file);
    else if (recorded !== docHash(readFileSync(join(root, file), 'utf8'))) s.stale.push(file);
    else s.current += 1;
  }
  return s;
}

function dataStatus(): Status {
  const s: Status = { missing: [], stale: [], unstamped: [], current: 0 };
  for (const file of dataFiles()) {
    const overlay = overlayOf(file);
    for (const { id, raw } of entriesOf(file)) {
      const pairs = translatablePairs(raw);
      if (pairs.length === 0) continue;
      const name = `${file.split('/')[2]}:${id}`;
      const en = overlay[id];
      const absent = pairs.filter(([path]) => typeof en?.[path] !== 'string' || en[path] === '');
      if (!en || absent.length === pairs.length) s.missing.push(name);
      else if (absent.length > 0) s.missing.push(`${name} (${absent.map(([p]) => p).join(', ')})`);
      else if (typeof en[sourceKey] !== 'string') s.unstamped.push(name);
      else if (en[sourceKey] !== entryHash(raw)) s.stale.push(name);
      else s.current += 1;
    }
  }
  return s;
}

function check(): void {
  for (const [label, s] of [
    ['Docs and posts', docStatus()],
    ['Data entries', dataStatus()],
  ] as const) {
    console.log(
      `${label}: ${s.current} current, ${s.stale.length} stale, ${s.unstamped.length} not stamped, ${s.missing.length} missing`,
    );
    for (const [kind, list] of [
      ['stale', s.stale],
      ['not stamped', s.unstamped],
      ['missing', s.missing],
    ] as const) {
      for (const item of list) console.log(`  ${kind}: ${item}`);
    }
  }
}

function todo(target: string): void {
  const file = `src/data/${target.replace(/^src\/data\//, '')}`;
  if (!existsSync(join(root, file))) throw new Error(`${file}: no such data file`);
  const overlay = overlayOf(file);
  const out: Overlay = {};
  for (const { id, raw } of entriesOf(file)) {
    const en = overlay[id];
    const stale = typeof en?.[sourceKey] === 'string' && en[sourceKey] !== entryHash(raw);
    const need = translatablePairs(raw).filter(
      ([path]) => stale || typeof en?.[path] !== 'string' || en[path] === '',
    );
    if (need.length > 0) out[id] = Object.fromEntries(need);
  }
  process.stdout.write(
    Object.keys(out).length === 0
      ? `# ${overlayPathOf(file)}: nothing to translate\n`
      : `# for ${overlayPathOf(file)}: replace each Chinese value by English\n${stringify(out, { lineWidth: 0 })}`,
  );
}

function setSource(doc: Document, id: string, source: string): void {
  const map = doc.get(id, true);
  if (!isMap(map)) return;
  map.delete(sourceKey);
  map.items.unshift(doc.createPair(sourceKey, source));
}

function stamp(updates: Set<string>): void {
  let stamped = 0;
  for (const file of docFiles()) {
    const en = translatedDocPathOf(file);
    if (!en || !existsSync(join(root, en))) continue;
    const text = readFileSync(join(root, en), 'utf8');
    if (recordedDocSource(text) !== null && !updates.delete(file)) continue;
    writeFileSync(
      join(root, en),
      withDocSource(text, docHash(readFileSync(join(root, file), 'utf8'))),
    );
    stamped += 1;
  }
  for (const file of dataFiles()) {
    const overlayFile = join(root, overlayPathOf(file));
    if (!existsSync(overlayFile)) continue;
    const doc = parseDocument(readFileSync(overlayFile, 'utf8'));
    const collection = file.split('/')[2];
    let changed = false;
    for (const { id, raw } of entriesOf(file)) {
      const en = doc.get(id, true);
      if (!isMap(en)) continue;
      if (en.has(sourceKey) && !updates.delete(`${collection}:${id}`)) continue;
      setSource(doc, id, entryHash(raw));
      changed = true;
      stamped += 1;
    }
    if (changed) writeFileSync(overlayFile, doc.toString({ lineWidth: 0 }));
  }
  console.log(`translations:stamp: recorded the Chinese source of ${stamped} translation(s)`);
  if (updates.size > 0) {
    console.error(`translations:stamp: no translation found for ${[...updates].join(', ')}`);
    process.exit(1);
  }
}

const [command, ...args] = process.argv.slice(2);
if (command === 'check') check();
else if (command === 'todo' && args[0]) todo(args[0]);
else if (command === 'stamp') {
  const updates = new Set<string>();
  for (let i = 0; i < args.length; i += 1) {
    if (args[i] === '--update' && args[i + 1]) updates.add(args[++i]!);
    else throw new Error(`translations stamp: unexpected argument ${args[i]}`);
  }
  stamp(updates);
} else {
  console.error(
    'usage: tsx scripts/translations.ts check | todo <collection>/<file>.yaml | stamp [--update <collection>:<id> | docs/<path> | blog/<file>]...',
  );
  process.exit(2);
}
