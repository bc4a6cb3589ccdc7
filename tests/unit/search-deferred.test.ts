/**
 * The browser answers the first queries before FlexSearch has built its indexes (the engine
 * scans the records instead, see `SearchEngine.recordsWith`). The reader must not see the
 * results change when the index becomes ready, so both ways must return exactly the same
 * pages in the same order — checked here on a realistic corpus: every chapter of the atlas,
 * its Markdown turned into the HTML shape the build indexes, with the real lexicon.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../src/search/engine';
import { loadLexicon } from '../../src/plugins/search/lexicon';
import { buildIndexFiles } from '../../src/plugins/search';
import type { SearchLexiconFile, SearchShard } from '../../src/search/types';

const root = join(import.meta.dirname, '..', '..');

function mdxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return mdxFiles(path);
    return /\.mdx?$/.test(name) ? [path] : [];
  });
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A chapter's Markdown as the built page's article: title, paragraphs, h2/h3 with ids. */
function chapterHtml(source: string): { title: string; html: string } {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const title = /^title:\s*(.+)$/m.exec(source)?.[1] ?? 'untitled';
  let n = 0;
  const parts = body
    .split(/\n{2,}/)
    .filter((block) => !/^(import |```|<|\[\^|\|)/.test(block.trim()))
    .map((block) => {
      const heading = /^(#{2,3}) (.+)$/.exec(block.trim());
      if (heading)
        return `<h${heading[1]!.length} id="s${n++}">${escape(heading[2]!)}</h${heading[1]!.length}>`;
      if (/^# /.test(block.trim())) return '';
      return `<p>${escape(block.replace(/[*_`[\]()]/g, ' '))}</p>`;
    });
  return {
    title,
    html: `<html><head><meta name="description" content=""></head><body><main><article><div class="markdown"><h1>${escape(title)}</h1>${parts.join('')}</div></article></main></body></html>`,
  };
}

describe('search before and after the index is ready', () => {
  const lexicon = loadLexicon(root);
  const pages = mdxFiles(join(root, 'docs')).map((file) => ({
    url: `/docs/${relative(join(root, 'docs'), file).replace(/\.mdx?$/, '')}`,
    html: chapterHtml(readFileSync(file, 'utf8')).html,
  }));
  const built = buildIndexFiles('zh-Hans', pages, lexicon);
  const lexiconFile = JSON.parse(built.files[built.manifest.lexicon]!) as SearchLexiconFile;
  const shards = built.manifest.shards.map((name) => JSON.parse(built.files[name]!) as SearchShard);
  const data = { ...lexiconFile, shards };
  const ready = new SearchEngine(data);
  // Never given time to index: every search below takes the path the browser takes first.
  const deferred = new SearchEngine(data, { deferIndex: true });
  const cases = (
    JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'search-queries.json'), 'utf8')) as {
      cases: Array<{ q: string }>;
    }
  ).cases.map((c) => c.q);
  // Broad queries touch more records than the dialog scores in full, so the cut applies;
  // single characters are scanned, not indexed; typos and prefixes expand.
  const broad = ['模型', '开源', '的', '自', '训练 数据', 'model', 'llama', 'transfomer', 'lo'];

  it('is a corpus large enough to exercise the cut', () => {
    expect(pages.length).toBeGreaterThan(60);
    expect(ready.size).toBeGreaterThan(600);
  });

  it.each([...cases, ...broad])('%s: same pages, same order, same first hit', (q) => {
    const answer = (e: SearchEngine) =>
      e.search(q).pages.map((p) => `${p.hits[0]!.url} ${p.score.toFixed(4)}`);
    const before = answer(deferred);
    expect(deferred.indexReady).toBe(false);
    expect(before).toEqual(answer(ready));
  });
});
