/**
 * The coverage list of the seed documents (notes/seed-coverage.md) against the built site:
 * every data entry it names exists, every chapter it names is built, and every heading anchor
 * it names is an id on that built page. A renamed heading or a removed entry fails here,
 * naming the list's row, instead of leaving a stale list behind.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAtlasData } from '../../src/data/load';
import { siteRoot } from '../../scripts/lib/content-files';
import {
  builtFile,
  pageSummary,
  sitemapPaths,
  sourceFileOfPath,
} from '../../scripts/lib/built-html';

const listFile = join(siteRoot, 'notes', 'seed-coverage.md');
const statuses = new Set(['covered', 'covered (seed wrong)', 'added', 'left out']);

interface Row {
  line: number;
  entity: string;
  where: string;
  status: string;
}

function rows(): Row[] {
  const lines = readFileSync(listFile, 'utf8').split('\n');
  const start = lines.findIndex((l) => l.startsWith('| entity |'));
  if (start < 0) throw new Error(`${listFile}: no table with an "entity" header`);
  const out: Row[] = [];
  for (let i = start + 2; i < lines.length && lines[i]!.startsWith('|'); i++) {
    const cells = lines[i]!.slice(1, -1).split(' | ');
    if (cells.length !== 4)
      throw new Error(`${listFile}:${i + 1}: expected 4 cells, found ${cells.length}`);
    const [entity, , where, status] = cells.map((c) => c.trim()) as [
      string,
      string,
      string,
      string,
    ];
    out.push({ line: i + 1, entity, where, status });
  }
  return out;
}

/** The `code` spans of a cell: `collection:id` or `docs/…/page.mdx#anchor`. */
const targets = (where: string): string[] => [...where.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

const table = rows();
const { data } = loadAtlasData({ dataDir: join(siteRoot, 'src', 'data') });
const builtPathOfSource = new Map<string, string>();
for (const path of sitemapPaths('')) {
  const source = sourceFileOfPath(path);
  if (source) builtPathOfSource.set(source, path);
}

describe('seed coverage list', () => {
  it('lists the entities of the five seed documents, each with a known status', () => {
    expect(table.length).toBeGreaterThanOrEqual(181);
    const bad = table.filter((r) => !statuses.has(r.status));
    expect(bad.map((r) => `line ${r.line}: ${r.status}`)).toEqual([]);
  });

  it('gives a place for every entity it does not leave out, and a reason for every one it does', () => {
    const problems = table.flatMap((r) => {
      const placed = targets(r.where).length > 0 && !r.where.startsWith('—');
      if (r.status === 'left out' && !/^— \S.{10,}/.test(r.where))
        return [`line ${r.line} (${r.entity}): left out without a reason`];
      if (r.status !== 'left out' && !placed)
        return [`line ${r.line} (${r.entity}): ${r.status} but names no page or entry`];
      return [];
    });
    expect(problems).toEqual([]);
  });

  it('names only data entries, built pages and anchors that exist', () => {
    const problems: string[] = [];
    for (const r of table) {
      if (r.status === 'left out') continue;
      for (const target of targets(r.where)) {
        const at = `line ${r.line} (${r.entity}): ${target}`;
        const entry = /^([a-z]+):([a-z0-9-]+)$/.exec(target);
        if (entry) {
          const [, collection, id] = entry as unknown as [string, string, string];
          const entries = (data as unknown as Record<string, Array<{ id: string }> | undefined>)[
            collection
          ];
          if (!entries) problems.push(`${at}: no collection "${collection}"`);
          else if (!entries.some((e) => e.id === id)) problems.push(`${at}: no such entry`);
          continue;
        }
        const [source, anchor] = target.split('#') as [string, string | undefined];
        const path = builtPathOfSource.get(source);
        if (!path) {
          problems.push(`${at}: no built page has this source`);
          continue;
        }
        const file = builtFile(path);
        if (anchor && file && !pageSummary(file).ids.has(anchor))
          problems.push(`${at}: no element with id "${anchor}" on ${path}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
