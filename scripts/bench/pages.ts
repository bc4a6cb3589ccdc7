/**
 * `npm run bench:pages`: what each kind of page costs a reader on first load.
 *
 * Builds the site cold (timing it; the build caches are cleared first) unless `--no-build` is
 * given and build/ exists, serves it on 127.0.0.1, and for one page of each kind prints:
 * - the JS and CSS bytes transferred (raw and gzip) on a first load with an empty cache,
 *   counting what loads until the page has hydrated and the network is idle, and the HTML's size;
 * - Lighthouse scores, mobile and desktop (median of `--runs N`, default 3) in Debian's
 *   Chromium: performance, accessibility, best practices, SEO, and the mobile run's total
 *   blocking time, largest contentful paint and layout shift. `--no-lighthouse` skips them.
 *   Lighthouse estimates load times by simulation (Lantern) from a trace taken at full speed;
 *   `--applied-throttling` has it slow the network and the CPU down for real instead
 *   (`--throttling-method=devtools`), a second opinion on a page served from this machine.
 * - the main thread's work on a 360 px phone screen, unthrottled (median of `--runs N` loads):
 *   Chromium's own timings of layout, style recalculation, script and all tasks until the page
 *   has hydrated. Steadier than Lighthouse's simulated figures on a busy machine, and the
 *   measure of what `content-visibility` saves on long lists and chapters.
 * With `--every-doc` it also loads every doc page (Chinese edition) and prints the spread of
 * their JS: a page's text is in its script as well as its HTML, so long chapters weigh more
 * than the short page measured as "plain doc".
 * With `--baseline` it also builds a stock Docusaurus classic site (scripts/bench/stock-site)
 * and compares the plain doc page's JS, and its Lighthouse scores, with it (and, with
 * `--every-doc`, counts the doc pages over 1.10 and 1.15 times the stock page). Pages are
 * served gzip-compressed, as a static host serves them (scripts/lib/static-server.ts).
 * Prints figures; never fails on them.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Result as LighthouseResult } from 'lighthouse';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../lib/static-server';
import { contentFiles, hasMath, mermaidBlocks, siteRoot } from '../lib/content-files';
import { chromiumFlags, chromiumPath, launchChromium } from '../lib/chromium';

const argv = process.argv.slice(2);
const args = new Set(argv);
const runsIndex = argv.indexOf('--runs');
const runs = runsIndex >= 0 ? Math.max(1, Number(argv[runsIndex + 1])) : 3;
const appliedThrottling = args.has('--applied-throttling');

function timedBuild(cwd: string, extra: string[] = []): number {
  for (const cache of ['.docusaurus', join('node_modules', '.cache')])
    rmSync(join(cwd, cache), { recursive: true, force: true });
  const start = performance.now();
  execFileSync('npx', ['docusaurus', 'build', ...extra], {
    cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return (performance.now() - start) / 1000;
}

interface Bytes {
  js: number;
  jsGzip: number;
  css: number;
  cssGzip: number;
  jsFiles: number;
  html: number;
  htmlGzip: number;
}

async function measure(url: string, shared?: Browser): Promise<Bytes> {
  const browser = shared ?? (await launchChromium());
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies: Array<{ type: 'js' | 'css'; body: Buffer }> = [];
  const pending: Array<Promise<void>> = [];
  page.on('response', (res) => {
    const type = res.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    pending.push(
      res
        .body()
        .then((body) => void bodies.push({ type: type === 'script' ? 'js' : 'css', body }))
        .catch(() => undefined),
    );
  });
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  // On a busy machine the network can fall idle before React has asked for the page's own
  // chunks; hydration is done only once they have run.
  await page.waitForSelector('html[data-has-hydrated]', { state: 'attached', timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const html = (await response?.body()) ?? Buffer.alloc(0);
  await page.waitForTimeout(500);
  await Promise.all(pending);
  await context.close();
  if (!shared) await browser.close();
  const sum = (t: 'js' | 'css', gz: boolean) =>
    bodies
      .filter((b) => b.type === t)
      .reduce((n, b) => n + (gz ? gzipSync(b.body).length : b.body.length), 0);
  return {
    js: sum('js', false),
    jsGzip: sum('js', true),
    css: sum('css', false),
    cssGzip: sum('css', true),
    jsFiles: bodies.filter((b) => b.type === 'js').length,
    html: html.length,
    htmlGzip: gzipSync(html).length,
  };
}

interface MainThread {
  layoutMs: number;
  styleMs: number;
  scriptMs: number;
  taskMs: number;
}

/** Main-thread time of one load at 360 × 740 until hydration (DevTools' Performance metrics). */
async function phoneMainThread(url: string, browser: Browser): Promise<MainThread> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('html[data-has-hydrated]', { state: 'attached', timeout: 60_000 });
  await page.waitForTimeout(300);
  const { metrics } = await cdp.send('Performance.getMetrics');
  await context.close();
  const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
  return {
    layoutMs: ms('LayoutDuration'),
    styleMs: ms('RecalcStyleDuration'),
    scriptMs: ms('ScriptDuration'),
    taskMs: ms('TaskDuration'),
  };
}

async function medianMainThread(url: string, browser: Browser): Promise<MainThread> {
  const loads: MainThread[] = [];
  for (let i = 0; i < runs; i++) loads.push(await phoneMainThread(url, browser));
  const of = (k: keyof MainThread) => median(loads.map((l) => l[k]));
  return {
    layoutMs: of('layoutMs'),
    styleMs: of('styleMs'),
    scriptMs: of('scriptMs'),
    taskMs: of('taskMs'),
  };
}

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
interface Scores {
  /** Category scores 0–100. */
  categories: Record<(typeof categories)[number], number>;
  tbtMs: number;
  lcpMs: number;
  cls: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Lighthouse in mobile (its default: emulated mid-range phone, simulated 4G) or desktop mode,
 * median of `runs`. Run through its CLI in a plain Node process: under tsx, the functions
 * Lighthouse sends to the page would carry esbuild's `__name` helper and fail there. Run
 * asynchronously: the static server answering Lighthouse's requests lives in this process.
 */
async function lighthouseScores(url: string, mode: 'mobile' | 'desktop'): Promise<Scores> {
  const cli = join(siteRoot, 'node_modules', 'lighthouse', 'cli', 'index.js');
  const results: Scores[] = [];
  for (let i = 0; i < runs; i++) {
    // Lighthouse launches (and closes) its own Chromium for each run, from CHROME_PATH.
    const options = [
      '--output=json',
      '--quiet',
      `--only-categories=${categories.join(',')}`,
      `--chrome-flags=${chromiumFlags.join(' ')}`,
    ];
    if (mode === 'desktop') options.push('--preset=desktop');
    if (appliedThrottling) options.push('--throttling-method=devtools');
    const { stdout: json } = await promisify(execFile)(process.execPath, [cli, url, ...options], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, CHROME_PATH: chromiumPath() },
    });
    const lhr = JSON.parse(json) as LighthouseResult;
    if (lhr.runtimeError)
      throw new Error(`bench:pages: Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
    const score = (c: (typeof categories)[number]) =>
      Math.round((lhr.categories[c]?.score ?? 0) * 100);
    results.push({
      categories: Object.fromEntries(categories.map((c) => [c, score(c)])) as Scores['categories'],
      tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
      lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
      cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    });
  }
  return {
    categories: Object.fromEntries(
      categories.map((c) => [c, median(results.map((r) => r.categories[c]))]),
    ) as Scores['categories'],
    tbtMs: median(results.map((r) => r.tbtMs)),
    lcpMs: median(results.map((r) => r.lcpMs)),
    cls: median(results.map((r) => r.cls)),
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

async function main() {
  const buildDir = join(siteRoot, 'build');
  let buildSeconds: number | undefined;
  if (!args.has('--no-build') || !existsSync(join(buildDir, 'index.html'))) {
    console.log('bench:pages: building both locales from cold caches…');
    buildSeconds = timedBuild(siteRoot);
  }

  const files = contentFiles();
  const docs = files.filter((f) => f.kind === 'doc');
  const pick = (pred: (f: (typeof files)[number]) => boolean) => docs.find(pred)?.url;
  const kinds: Record<string, string | undefined> = {
    home: '/',
    // The shortest plain page, so that the comparison with the stock one-paragraph doc measures
    // what the site adds to every page rather than how long a chapter is.
    'plain doc': docs
      .filter(
        (f) =>
          mermaidBlocks(f).length === 0 &&
          !hasMath(f) &&
          !/<[A-Z]/.test(f.body) &&
          f.url !== '/docs',
      )
      .sort((a, b) => a.body.length - b.body.length)[0]?.url,
    // The models chapter's overview, with its data tables.
    'data doc': pick((f) => f.url === '/docs/models'),
    // The longest chapter by its source: what a long read costs to lay out.
    'long chapter': [...docs].sort((a, b) => b.body.length - a.body.length)[0]?.url,
    'data page': '/models',
    // The longest data page; it grows with every correction.
    'corrections log': '/corrections',
    // The other data pages: lists of entries with filters, a timeline, the hardware tool.
    organizations: '/organizations',
    tools: '/tools',
    licences: '/licenses',
    timeline: '/timeline',
    'hardware tool': '/models/hardware',
    // The shortest, like the plain doc: a page's text is in its script too, and what is
    // measured here is what a diagram adds (its SVGs are in the HTML only).
    'doc with Mermaid': docs
      .filter((f) => mermaidBlocks(f).length > 0 && !hasMath(f))
      .sort((a, b) => a.body.length - b.body.length)[0]?.url,
    'doc with math': pick((f) => hasMath(f) && mermaidBlocks(f).length === 0) ?? pick(hasMath),
    'blog post': files.find((f) => f.kind === 'blog')?.url,
  };

  const server = await serveStatic(buildDir);
  const rows: Array<{
    kind: string;
    path: string;
    bytes: Bytes;
    phone: MainThread;
    mobile?: Scores;
    desktop?: Scores;
  }> = [];
  const withLighthouse = !args.has('--no-lighthouse');
  const everyDoc: Array<{ path: string; jsGzip: number }> = [];
  try {
    if (args.has('--every-doc')) {
      console.log(`bench:pages: every doc page (${docs.length})`);
      const browser = await launchChromium();
      try {
        for (const doc of docs)
          everyDoc.push({
            path: doc.url,
            jsGzip: (await measure(server.url + doc.url, browser)).jsGzip,
          });
      } finally {
        await browser.close();
      }
    }
    for (const [kind, path] of Object.entries(kinds)) {
      if (!path) {
        console.log(`bench:pages: no page of kind "${kind}" found`);
        continue;
      }
      const url = server.url + path;
      console.log(`bench:pages: ${kind} (${path})`);
      const browser = await launchChromium();
      let bytes: Bytes, phone: MainThread;
      try {
        bytes = await measure(url, browser);
        phone = await medianMainThread(url, browser);
      } finally {
        await browser.close();
      }
      rows.push({
        kind,
        path,
        bytes,
        phone,
        mobile: withLighthouse ? await lighthouseScores(url, 'mobile') : undefined,
        desktop: withLighthouse ? await lighthouseScores(url, 'desktop') : undefined,
      });
    }
  } finally {
    await server.close();
  }

  console.log(
    '\nFirst load, empty cache (bytes of JS and CSS transferred until the network is idle; the HTML document)\n',
  );
  console.log(
    '| page kind | path | JS files | JS raw | JS gzip | CSS raw | CSS gzip | HTML raw | HTML gzip |',
  );
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const { kind, path, bytes: b } of rows) {
    console.log(
      `| ${kind} | ${path} | ${b.jsFiles} | ${kb(b.js)} | ${kb(b.jsGzip)} | ${kb(b.css)} | ${kb(b.cssGzip)} | ${kb(b.html)} | ${kb(b.htmlGzip)} |`,
    );
  }
  console.log(
    `\nMain thread on a 360 px screen until hydrated, unthrottled (median of ${runs} loads): layout, style, script, all tasks\n`,
  );
  console.log('| page kind | layout | style | script | all tasks |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  for (const { kind, phone: t } of rows)
    console.log(
      `| ${kind} | ${ms(t.layoutMs)} | ${ms(t.styleMs)} | ${ms(t.scriptMs)} | ${ms(t.taskMs)} |`,
    );
  if (rows.some((r) => r.mobile)) {
    console.log(
      `\nLighthouse ${'12'} (median of ${runs}, ${appliedThrottling ? 'applied' : 'simulated'} throttling): performance / accessibility / best practices / SEO; mobile TBT, LCP, CLS\n`,
    );
    console.log('| page kind | mobile | desktop | mobile TBT | mobile LCP | mobile CLS |');
    console.log('| --- | --- | --- | ---: | ---: | ---: |');
    const fmt = (s: Scores) => categories.map((c) => s.categories[c]).join(' / ');
    for (const { kind, mobile, desktop } of rows) {
      if (!mobile || !desktop) continue;
      console.log(
        `| ${kind} | ${fmt(mobile)} | ${fmt(desktop)} | ${mobile.tbtMs.toFixed(0)} ms | ${(mobile.lcpMs / 1000).toFixed(2)} s | ${mobile.cls.toFixed(3)} |`,
      );
    }
  }
  if (everyDoc.length > 0) {
    const sorted = [...everyDoc].sort((a, b) => a.jsGzip - b.jsGzip);
    console.log(
      `\nEvery doc page (${sorted.length}), first-load JS gzip: smallest ${kb(sorted[0]!.jsGzip)}, median ${kb(median(sorted.map((d) => d.jsGzip)))}, largest ${kb(sorted.at(-1)!.jsGzip)} (${sorted.at(-1)!.path})`,
    );
  }
  if (buildSeconds !== undefined)
    console.log(`\ncold build time (zh-Hans + en): ${buildSeconds.toFixed(1)} s`);

  if (args.has('--baseline')) {
    const dir = mkdtempSync(join(tmpdir(), 'stock-docusaurus-'));
    cpSync(join(siteRoot, 'scripts', 'bench', 'stock-site'), dir, { recursive: true });
    symlinkSync(join(siteRoot, 'node_modules'), join(dir, 'node_modules'));
    const stockSeconds = timedBuild(dir);
    const stockServer = await serveStatic(join(dir, 'build'));
    const stockUrl = `${stockServer.url}/docs/intro`;
    const stock = await measure(stockUrl);
    const stockScores = withLighthouse
      ? {
          mobile: await lighthouseScores(stockUrl, 'mobile'),
          desktop: await lighthouseScores(stockUrl, 'desktop'),
        }
      : undefined;
    await stockServer.close();
    rmSync(dir, { recursive: true, force: true });
    console.log(
      `\nstock Docusaurus 3 classic doc page: JS ${kb(stock.js)} raw, ${kb(stock.jsGzip)} gzip; CSS ${kb(stock.css)} raw (built in ${stockSeconds.toFixed(1)} s)`,
    );
    if (stockScores) {
      const fmt = (s: Scores) => categories.map((c) => s.categories[c]).join(' / ');
      console.log(
        `stock doc page, Lighthouse mobile ${fmt(stockScores.mobile)} (TBT ${stockScores.mobile.tbtMs.toFixed(0)} ms, LCP ${(stockScores.mobile.lcpMs / 1000).toFixed(2)} s), desktop ${fmt(stockScores.desktop)}`,
      );
    }
    if (everyDoc.length > 0) {
      const over = (factor: number) =>
        everyDoc.filter((d) => d.jsGzip > factor * stock.jsGzip).length;
      console.log(
        `doc pages over 1.10 × stock: ${over(1.1)} of ${everyDoc.length}; over 1.15 ×: ${over(1.15)}`,
      );
    }
    for (const { kind, bytes } of rows.filter((r) => r.kind.includes('doc'))) {
      console.log(
        `${kind} JS vs stock: ${((bytes.js / stock.js) * 100).toFixed(1)} % raw, ${((bytes.jsGzip / stock.jsGzip) * 100).toFixed(1)} % gzip`,
      );
    }
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
