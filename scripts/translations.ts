/**
 * The English edition's bookkeeping (see src/data/translation.ts for the layout):
 *
 *   npm run translations:check                  missing and stale translations (informational)
 *   npm run translations:check -- --built       share of Chinese in each built English page
 *   npm run translations:todo -- models/phi.yaml  what a data file still needs, as overlay YAML
 *                                               with the Chinese text as values
 *   npm run translations:stamp                  record the Chinese source of every translation
 *                                               that has no record yet
 *   npm run translations:stamp -- --update models:phi-2 docs/models/llama.mdx
 *                                               re-record after revising a stale translation
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { builtFile, sitemapPaths, sourceFileOfPath } from './lib/built-html';
import { mainHanShare } from './lib/english-ui';
import { parseStampArgs } from './lib/stamp-args';
import { join } from 'node:path';
import { parseDocument, stringify, isMap, type Document } from 'yaml';
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
import {
  checkReport,
  dataFiles as dataFilesIn,
  docFiles as docFilesIn,
  entriesOf as entriesIn,
  overlayOf as overlayIn,
  type Overlay,
} from '../src/data/translation-status';

const root = join(import.meta.dirname, '..');
const dataFiles = (): string[] => dataFilesIn(root);
const docFiles = (): string[] => docFilesIn(root);
const entriesOf = (file: string) => entriesIn(root, file);
const overlayOf = (file: string): Overlay => overlayIn(root, file);

/** Informational: always exits 0, whatever it lists. */
function check(): void {
  console.log(checkReport(root));
}

/**
 * `check --built`: per page of the built English edition (build/en), the share of Han
 * characters among the letters and digits of its content (scripts/lib/english-ui.ts), highest
 * first, then how many pages fall in each band. Pages served from a Chinese file are marked.
 */
function checkBuilt(): void {
  const pages = [...sitemapPaths('/en'), '/en/404.html'].flatMap((path) => {
    const file = builtFile(path);
    if (!file) return [];
    const source = sourceFileOfPath(path);
    const shown = source && /^(docs|blog)\//.test(source) ? ' (Chinese original)' : '';
    return [{ path: `${path}${shown}`, ...mainHanShare(readFileSync(file, 'utf8')) }];
  });
  pages.sort((a, b) => b.share - a.share || (a.path < b.path ? -1 : 1));
  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
  console.log(`Share of Han characters in the content of ${pages.length} English pages:`);
  for (const p of pages)
    console.log(`  ${pct(p.share).padStart(6)}  ${p.path}  (${p.han}/${p.characters})`);
  const bands: Array<[string, (x: number) => boolean]> = [
    ['0%', (x) => x === 0],
    ['under 1%', (x) => x > 0 && x < 0.01],
    ['1–10%', (x) => x >= 0.01 && x < 0.1],
    ['10–50%', (x) => x >= 0.1 && x < 0.5],
    ['50% or more', (x) => x >= 0.5],
  ];
  const han = pages.reduce((n, p) => n + p.han, 0);
  const all = pages.reduce((n, p) => n + p.characters, 0);
  console.log(
    `Pages by share: ${bands.map(([label, test]) => `${label}: ${pages.filter((p) => test(p.share)).length}`).join(', ')}; overall ${pct(all === 0 ? 0 : han / all)}`,
  );
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
    const asked = updates.delete(file);
    if (recordedDocSource(text) !== null && !asked) continue;
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
      const asked = updates.delete(`${collection}:${id}`);
      if (en.has(sourceKey) && !asked) continue;
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
if (command === 'check' && args[0] === '--built') checkBuilt();
else if (command === 'check') check();
else if (command === 'todo' && args[0]) todo(args[0]);
else if (command === 'stamp') {
  let updates: Set<string>;
  try {
    updates = parseStampArgs(args);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  stamp(updates);
} else {
  console.error(
    'usage: tsx scripts/translations.ts check | todo <collection>/<file>.yaml | stamp [--update <collection>:<id> | docs/<path> | blog/<file> ...]',
  );
  process.exit(2);
}
