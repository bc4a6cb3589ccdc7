/**
 * Search benchmark: `npm run bench:search [-- --build <dir>] [--no-browser]`.
 *
 * Over the built index (default build/, zh-Hans at the root and en under /en/) it prints:
 * - relevance on tests/fixtures/search-queries.json over the Chinese index: MRR@10, recall@5 and
 *   the failing queries (a result matches when a pattern matches its page title, heading, or
 *   path with #anchor); and on tests/fixtures/search-queries-en.json over the English index
 *   (a result matches when its path, or its path with #anchor, is one of the case's URLs);
 * - query latency p50/p95 in Node (every prefix of every query, as typed);
 * - index size per locale, raw and gzipped;
 * - in Chromium through the real UI (unless --no-browser): time from opening search to the
 *   first results on a cold cache, and per-query latency p50/p95 in the dialog;
 * - with --native: the same relevance figures for FlexSearch's own encoders and ranking on the
 *   same records (the baseline that justifies src/search/rank.ts; see src/search/README.md).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import FlexSearch from 'flexsearch';
import { SearchEngine } from '../../src/search/engine';
import type { SearchLexicon, SearchManifest, SearchShard } from '../../src/search/types';
import { serveStatic } from '../lib/static-server';

const root = join(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const buildDir = args.includes('--build')
  ? args[args.indexOf('--build') + 1]!
  : join(root, 'build');
const withBrowser = !args.includes('--no-browser');
const withNative = args.includes('--native');

/** A labelled query: patterns (Chinese set) or URL paths under /en/ (English set). */
interface Case {
  q: string;
  expect?: string[];
  urls?: string[];
}
const readCases = (file: string): Case[] =>
  (JSON.parse(readFileSync(join(root, 'tests', 'fixtures', file), 'utf8')) as { cases: Case[] })
    .cases;
const casesByLocale = {
  'zh-Hans': readCases('search-queries.json'),
  en: readCases('search-queries-en.json'),
} as const;
const cases = casesByLocale['zh-Hans'];

/** Whether a result (its title, its best hit's heading and URL) is what the case asks for. */
function matches(c: Case, title: string, heading: string, url: string): boolean {
  const u = new URL(url, 'http://x');
  const path = decodeURI(u.pathname + u.hash);
  if (c.urls)
    return c.urls.some(
      (want) => path === want || (!want.includes('#') && path.startsWith(`${want}#`)),
    );
  return (c.expect ?? [])
    .map((p) => new RegExp(p, 'i'))
    .some((re) => re.test(title) || re.test(heading) || re.test(path));
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function loadLocale(dir: string): {
  engine: SearchEngine;
  shards: SearchShard[];
  raw: number;
  gz: number;
  files: number;
  buildMs: number;
  readyMs: number;
  firstScanMs: number;
} | null {
  const manifestFile = join(dir, 'search-manifest.json');
  if (!existsSync(manifestFile)) return null;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as SearchManifest;
  let raw = 0;
  let gz = 0;
  const read = (name: string) => {
    const buf = readFileSync(join(dir, name));
    raw += buf.length;
    gz += gzipSync(buf).length;
    return JSON.parse(buf.toString('utf8')) as unknown;
  };
  const lexicon = read(manifest.lexicon) as SearchLexicon;
  const shards = manifest.shards.map((s) => read(s) as SearchShard);
  let t = performance.now();
  const deferred = new SearchEngine({ ...lexicon, shards }, { deferIndex: true });
  const readyMs = performance.now() - t;
  t = performance.now();
  deferred.search('transformer');
  const firstScanMs = performance.now() - t;
  t = performance.now();
  const engine = new SearchEngine({ ...lexicon, shards });
  return {
    engine,
    shards,
    raw,
    gz,
    files: manifest.shards.length + 1,
    buildMs: performance.now() - t,
    readyMs,
    firstScanMs,
  };
}

/** A ranked page as the relevance figures see it: its title and where its best hit links. */
interface RankedPage {
  title: string;
  hits: Array<{ url: string; heading: string }>;
}

function relevance(
  engine: { search(q: string): { pages: RankedPage[] } },
  label = 'relevance',
  set: readonly Case[] = cases,
): void {
  let rr = 0;
  let recall5 = 0;
  const failures: string[] = [];
  for (const c of set) {
    const pages = engine.search(c.q).pages.slice(0, 10);
    const rank = pages.findIndex((p) => matches(c, p.title, p.hits[0]!.heading, p.hits[0]!.url));
    if (rank >= 0) rr += 1 / (rank + 1);
    if (rank >= 0 && rank < 5) recall5++;
    if (rank !== 0) {
      const got = pages
        .slice(0, 3)
        .map(
          (p) =>
            `${p.title}${p.hits[0]!.heading ? ` › ${p.hits[0]!.heading}` : ''}${c.urls ? ` (${decodeURI(p.hits[0]!.url)})` : ''}`,
        );
      failures.push(
        `  ${rank < 0 ? 'miss' : `#${rank + 1} `}  ${JSON.stringify(c.q)} → ${got.join(' | ') || '(nothing)'}   [want ${(c.urls ?? c.expect ?? []).join(', ')}]`,
      );
    }
  }
  console.log(
    `${label} (${set.length} queries): MRR@10 = ${(rr / set.length).toFixed(3)}, recall@5 = ${(recall5 / set.length).toFixed(3)}`,
  );
  if (failures.length && label.startsWith('relevance'))
    console.log(`not ranked first (${failures.length}):\n${failures.join('\n')}`);
}

/**
 * FlexSearch on its own, as a Docusaurus search plugin would use it: one index per field with
 * one of its charsets and forward (prefix) tokenizing, results taken field by field (title,
 * then heading, then breadcrumbs and body, each in FlexSearch's own order), grouped by page.
 */
function nativeEngine(
  shards: SearchShard[],
  charset: 'CJK' | 'LatinBalance',
  context: boolean,
): { search(q: string): { pages: RankedPage[] } } {
  const records = shards.flatMap((shard) =>
    shard.docs.map(([pageIndex, anchor, heading, text]) => {
      const page = shard.pages[pageIndex]!;
      return { page, url: anchor ? `${page.u}#${anchor}` : page.u, heading, text };
    }),
  );
  const fields = ['title', 'heading', 'body'] as const;
  const indexes = fields.map(
    () =>
      new FlexSearch.Index({ encoder: FlexSearch.Charset[charset], tokenize: 'forward', context }),
  );
  records.forEach((r, id) => {
    indexes[0]!.add(id, r.page.t);
    if (r.heading) indexes[1]!.add(id, r.heading);
    indexes[2]!.add(id, `${r.page.c.join(' ')} ${r.text}`);
  });
  return {
    search(q: string) {
      const seen = new Map<string, RankedPage>();
      for (const index of indexes) {
        for (const id of index.search(q, { limit: 200 }) as number[]) {
          const r = records[id]!;
          if (!seen.has(r.page.u))
            seen.set(r.page.u, { title: r.page.t, hits: [{ url: r.url, heading: r.heading }] });
        }
      }
      return { pages: [...seen.values()] };
    },
  };
}

function latency(engine: SearchEngine): void {
  const times: number[] = [];
  // Warm up once, then time every prefix of every query (what typing produces).
  for (const c of cases) engine.search(c.q);
  for (let round = 0; round < 3; round++) {
    for (const c of cases) {
      const chars = Array.from(c.q);
      for (let i = 1; i <= chars.length; i++) {
        const q = chars.slice(0, i).join('');
        const t = performance.now();
        engine.search(q);
        times.push(performance.now() - t);
      }
    }
  }
  console.log(
    `node query latency (${times.length} searches): p50 ${pct(times, 50).toFixed(2)} ms, p95 ${pct(times, 95).toFixed(2)} ms, max ${Math.max(...times).toFixed(2)} ms`,
  );
}

async function browser(): Promise<void> {
  const { chromium } = await import('playwright-core');
  const server = await serveStatic(buildDir, 0);
  const browserInstance = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const firsts: number[] = [];
    for (let run = 0; run < 3; run++) {
      // A fresh context is a cold cache.
      const context = await browserInstance.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      // A reader opens search on a page that has finished loading: wait for hydration (the
      // button's data-ready) and an idle network, so page start-up is not counted as search.
      await page.goto(`${server.url}/docs`, { waitUntil: 'networkidle' });
      await page.locator('[data-atlas-search-button][data-ready]').waitFor();
      const ms = await page.evaluate(async () => {
        const start = performance.now();
        document.querySelector<HTMLButtonElement>('[data-atlas-search-button]')!.click();
        // Type as soon as the input exists, then wait for the first option.
        for (;;) {
          const input = document.querySelector<HTMLInputElement>(
            '[role="dialog"] input[role="combobox"]',
          );
          if (input) {
            // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(input): React listens to the native setter
            const setter = Object.getOwnPropertyDescriptor(
              HTMLInputElement.prototype,
              'value',
            )!.set!;
            setter.call(input, 'transformer');
            input.dispatchEvent(new Event('input', { bubbles: true }));
            break;
          }
          await new Promise((r) => setTimeout(r, 2));
        }
        for (;;) {
          if (document.querySelector('[role="dialog"] [role="option"]'))
            return performance.now() - start;
          if (performance.now() - start > 10_000) return -1;
          await new Promise((r) => requestAnimationFrame(r));
        }
      });
      firsts.push(ms);
      if (run === 0) {
        // Steady state: let the background FlexSearch indexing finish first.
        await page.waitForTimeout(3000);
        const times = await page.evaluate(
          async (queries: string[]) => {
            const input = document.querySelector<HTMLInputElement>(
              '[role="dialog"] input[role="combobox"]',
            )!;
            // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(input): React listens to the native setter
            const setter = Object.getOwnPropertyDescriptor(
              HTMLInputElement.prototype,
              'value',
            )!.set!;
            const out: number[] = [];
            for (const q of queries) {
              const t = performance.now();
              setter.call(input, q);
              input.dispatchEvent(new Event('input', { bubbles: true }));
              // React commits a discrete input event's update before the next task; a
              // MessageChannel message is the next task, so this is search + render + DOM commit.
              await new Promise((r) => {
                const ch = new MessageChannel();
                ch.port1.onmessage = () => r(null);
                ch.port2.postMessage(null);
              });
              out.push(performance.now() - t);
            }
            return out;
          },
          cases.map((c) => c.q),
        );
        console.log(
          `chromium UI latency (${times.length} queries, input event → results in the DOM): p50 ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms`,
        );
      }
      await context.close();
    }
    console.log(
      `chromium cold open → first results ("transformer", local server): ${firsts.map((m) => `${m.toFixed(0)} ms`).join(', ')} (median ${pct(firsts, 50).toFixed(0)} ms)`,
    );
  } finally {
    await browserInstance.close();
    await server.close();
  }
}

async function main(): Promise<void> {
  console.log(`search bench over ${buildDir}`);
  for (const [locale, dir] of [
    ['zh-Hans', buildDir],
    ['en', join(buildDir, 'en')],
  ] as const) {
    const loaded = loadLocale(dir);
    if (!loaded) {
      console.log(`${locale}: no index (build this locale first)`);
      continue;
    }
    console.log(
      `\n== ${locale}: ${loaded.engine.size} records; index ${kb(loaded.raw)} raw, ${kb(loaded.gz)} gzip in ${loaded.files} files; engine built in ${loaded.buildMs.toFixed(0)} ms (Node); deferred engine ready in ${loaded.readyMs.toFixed(0)} ms, first query by full scan ${loaded.firstScanMs.toFixed(1)} ms`,
    );
    if (locale === 'en') relevance(loaded.engine, 'relevance (English set)', casesByLocale.en);
    if (locale === 'zh-Hans') {
      relevance(loaded.engine);
      latency(loaded.engine);
      if (withNative) {
        for (const charset of ['CJK', 'LatinBalance'] as const) {
          for (const context of [false, true]) {
            relevance(
              nativeEngine(loaded.shards, charset, context),
              `FlexSearch alone, Charset.${charset}, forward${context ? ', context' : ''}`,
            );
          }
        }
      }
    }
  }
  if (withBrowser) {
    console.log('');
    await browser();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
