/**
 * What every end-to-end test needs: the address of the served build, a Chromium driven by
 * playwright-core, and pages that record what went wrong while they loaded.
 *
 * `openPage` blocks (and records) every request to another origin, and collects console
 * errors, uncaught exceptions, failed requests and HTTP errors into `problems`, so a test can
 * assert `expect(problems).toEqual([])` and see each one in the failure message.
 */
import { inject } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium';
import AxeBuilder from '@axe-core/playwright';

export const baseUrl = (): string => inject('baseUrl');


export async function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

export interface OpenOptions extends BrowserContextOptions {
  /** Expected HTTP status of the page itself (default 200). */
  status?: number;
  /** Console messages matching this are not problems (use sparingly, say why). */
  ignoreConsole?: RegExp;
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle';
}

export interface WatchedPage {
  page: Page;
  /** Console errors, page errors, failed or 4xx/5xx requests, other-origin requests. */
  problems: string[];
  /** Navigates the same page to another path, starting a fresh problem list. */
  goto(path: string, expectedStatus?: number): Promise<void>;
  close(): Promise<void>;
}

/** Opens `path` (relative to the site root) in a fresh context and watches it. */
export async function openPage(browser: Browser, path: string, options: OpenOptions = {}): Promise<WatchedPage> {
  const { status = 200, ignoreConsole, waitUntil = 'load', ...contextOptions } = options;
  const origin = new URL(baseUrl()).origin;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  const problems: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue();
    problems.push(`request to another origin: ${url}`);
    return route.abort('blockedbyclient');
  });
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    if (ignoreConsole?.test(text)) return;
    // A failed request is reported below with its URL; Chromium's console echo of it adds nothing.
    if (/^Failed to load resource/.test(text)) return;
    problems.push(`console error: ${text}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught exception: ${err.message}`));
  page.on('requestfailed', (req) => {
    const failure = req.failure()?.errorText ?? 'failed';
    if (failure.includes('ERR_BLOCKED_BY_CLIENT')) return; // already recorded as another origin
    if (failure.includes('ERR_ABORTED') && req.resourceType() !== 'document') return; // navigations cancel prefetches
    problems.push(`request failed: ${req.url()} (${failure})`);
  });
  let current = path;
  page.on('response', (res) => {
    if (res.status() >= 400 && res.url() !== new URL(current, baseUrl()).href) {
      problems.push(`HTTP ${res.status()}: ${res.url()}`);
    }
  });
  const goto = async (target: string, expected = status) => {
    current = target;
    problems.length = 0;
    const response = await page.goto(new URL(target, baseUrl()).href, { waitUntil });
    if (response && response.status() !== expected) problems.push(`page status ${response.status()}, expected ${expected}`);
  };
  await goto(path);
  return { page, problems, goto, close: () => context.close() };
}

/**
 * Where a page's Markdown lives, from its "编辑此页" link, to name the file in failures. Read
 * from the server-rendered HTML, so it works even when the page crashed in the browser and
 * the link is gone from the DOM.
 */
export async function sourceFileOf(page: Page): Promise<string | undefined> {
  const html = await page.request.get(page.url()).then((r) => r.text()).catch(() => '');
  const href = /<a [^>]*href="([^"]+)"[^>]*class="theme-edit-this-page"/.exec(html)?.[1];
  return href?.replace(/^.*\/edit\/[^/]+\//, '');
}

/** True when the page scrolls horizontally (content wider than the viewport). */
export async function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}

/**
 * axe's serious and critical violations on the page (or inside `include`, a selector), one
 * readable line each, so `expect(…).toEqual([])` shows what to fix.
 */
export async function seriousAxeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const { violations } = await (include ? builder.include(include) : builder).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}
