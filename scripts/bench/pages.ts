/**
 * `npm run bench:pages`: what each kind of page costs a reader on first load.
 *
 * Builds the site (timing it) unless `--no-build` is given and build/ exists, serves it on
 * 127.0.0.1, opens one page of each kind in Chromium with an empty cache, and prints the JS
 * and CSS bytes transferred (raw and gzip), counting what loads lazily until the network is
 * idle. With `--baseline` it also builds a stock Docusaurus classic site
 * (scripts/bench/stock-site) and compares the plain doc page's JS with it (target: at most
 * +15 %). Prints figures; never fails on them.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../lib/chromium';
import { serveStatic } from '../lib/static-server';
import { contentFiles, hasMath, mermaidBlocks, siteRoot } from '../lib/content-files';

const args = new Set(process.argv.slice(2));

function timedBuild(cwd: string, extra: string[] = []): number {
  const start = performance.now();
  execFileSync('npx', ['docusaurus', 'build', ...extra], { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  return (performance.now() - start) / 1000;
}

interface Bytes {
  js: number;
  jsGzip: number;
  css: number;
  cssGzip: number;
  jsFiles: number;
}

async function measure(url: string): Promise<Bytes> {
  const browser = await launchChromium();
  const page = await browser.newPage();
  const bodies: Array<{ type: 'js' | 'css'; body: Buffer }> = [];
  const pending: Array<Promise<void>> = [];
  page.on('response', (res) => {
    const type = res.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    pending.push(res.body().then((body) => void bodies.push({ type: type === 'script' ? 'js' : 'css', body })).catch(() => undefined));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  await Promise.all(pending);
  await browser.close();
  const sum = (t: 'js' | 'css', gz: boolean) => bodies.filter((b) => b.type === t).reduce((n, b) => n + (gz ? gzipSync(b.body).length : b.body.length), 0);
  return { js: sum('js', false), jsGzip: sum('js', true), css: sum('css', false), cssGzip: sum('css', true), jsFiles: bodies.filter((b) => b.type === 'js').length };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

async function main() {
  const buildDir = join(siteRoot, 'build');
  let buildSeconds: number | undefined;
  if (!args.has('--no-build') || !existsSync(join(buildDir, 'index.html'))) {
    console.log('bench:pages: building both locales…');
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
      .filter((f) => mermaidBlocks(f).length === 0 && !hasMath(f) && !/<[A-Z]/.test(f.body) && f.url !== '/docs')
      .sort((a, b) => a.body.length - b.body.length)[0]?.url,
    'doc with Mermaid': pick((f) => mermaidBlocks(f).length > 0 && !hasMath(f)),
    'doc with math': pick((f) => hasMath(f) && mermaidBlocks(f).length === 0) ?? pick(hasMath),
    'blog post': files.find((f) => f.kind === 'blog')?.url,
  };

  const server = await serveStatic(buildDir);
  const rows: Array<[string, string, Bytes]> = [];
  for (const [kind, path] of Object.entries(kinds)) {
    if (!path) {
      console.log(`bench:pages: no page of kind "${kind}" found`);
      continue;
    }
    rows.push([kind, path, await measure(server.url + path)]);
  }
  await server.close();

  console.log('\nFirst load, empty cache (bytes of JS and CSS transferred, until the network is idle)\n');
  console.log('| page kind | path | JS files | JS raw | JS gzip | CSS raw | CSS gzip |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [kind, path, b] of rows) {
    console.log(`| ${kind} | ${path} | ${b.jsFiles} | ${kb(b.js)} | ${kb(b.jsGzip)} | ${kb(b.css)} | ${kb(b.cssGzip)} |`);
  }
  if (buildSeconds !== undefined) console.log(`\nbuild time (zh-Hans + en): ${buildSeconds.toFixed(1)} s`);

  if (args.has('--baseline')) {
    const dir = mkdtempSync(join(tmpdir(), 'stock-docusaurus-'));
    cpSync(join(siteRoot, 'scripts', 'bench', 'stock-site'), dir, { recursive: true });
    symlinkSync(join(siteRoot, 'node_modules'), join(dir, 'node_modules'));
    const stockSeconds = timedBuild(dir);
    const stockServer = await serveStatic(join(dir, 'build'));
    const stock = await measure(`${stockServer.url}/docs/intro`);
    await stockServer.close();
    rmSync(dir, { recursive: true, force: true });
    const plain = rows.find(([k]) => k === 'plain doc')?.[2];
    console.log(`\nstock Docusaurus ${'3'} classic doc page: JS ${kb(stock.js)} raw, ${kb(stock.jsGzip)} gzip; CSS ${kb(stock.css)} raw (built in ${stockSeconds.toFixed(1)} s)`);
    if (plain) {
      const ratio = plain.js / stock.js;
      console.log(`plain doc page JS vs stock: ${(ratio * 100).toFixed(1)} % (target ≤ 115 %), gzip ${((plain.jsGzip / stock.jsGzip) * 100).toFixed(1)} %`);
    }
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
