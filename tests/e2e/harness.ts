/**
 * What every end-to-end test needs: the address of the served build, a Chromium driven by
 * playwright-core, and pages that record what went wrong while they loaded.
 *
 * `openPage` records every request to another origin (which the browser cannot reach), and collects console
 * errors, uncaught exceptions, failed requests and HTTP errors into `problems`, so a test can
 * assert `expect(problems).toEqual([])` and see each one in the failure message.
 */
import { afterAll, beforeAll, inject, it } from 'vitest';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium';
import AxeBuilder from '@axe-core/playwright';
import axeCore from 'axe-core';
import { builtFile, pageSummary } from '../../scripts/lib/built-html';

export const baseUrl = (): string => inject('baseUrl');

/**
 * Chromium for the tests resolves no host name but the served build's: a request to another
 * origin fails before it leaves the machine. Pages record such requests as problems (below);
 * blocking them here rather than by intercepting every request (Playwright's `route`) keeps
 * the browser's HTTP cache on, so a tab compiles the site's shared scripts once, as a reader's
 * browser does, instead of once per page.
 */
export const blockOtherHosts = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';

export async function launchBrowser(): Promise<Browser> {
  return launchChromium([blockOtherHosts]);
}

/**
 * One Chromium for the calling test file: launched before its first test, closed after its
 * last (hooks registered where this is called, so the file's own later afterAll hooks, such as
 * closing tab pools, run before the browser closes). Returns a getter, since the browser exists
 * only once the file's tests start.
 */
export function browserForFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('browserForFile: use the browser inside tests or hooks');
    return browser;
  };
}

export interface OpenOptions extends BrowserContextOptions {
  /** Expected HTTP status of the page itself (default 200). */
  status?: number;
  /** Console messages matching this are not problems (use sparingly, say why). */
  ignoreConsole?: RegExp;
  /**
   * 'hydrated' (the default): the HTML is parsed and React has hydrated it
   * (`html[data-has-hydrated]`), which is what behaviour tests need and costs far less than
   * waiting for the network to fall idle. With JavaScript off, 'load' is used instead.
   */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'hydrated';
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
export async function openPage(
  browser: Browser,
  path: string,
  options: OpenOptions = {},
): Promise<WatchedPage> {
  const tab = await watchedTab(browser, options);
  await tab.goto(path);
  return tab;
}

/**
 * A fresh context with one watched page that has not navigated anywhere yet, for a test that
 * sets the page up first (its clock, say), then calls `goto`.
 */
export async function watchedTab(
  browser: Browser,
  options: OpenOptions = {},
): Promise<WatchedPage> {
  const {
    status = 200,
    ignoreConsole,
    waitUntil = options.javaScriptEnabled === false ? 'load' : 'hydrated',
    ...contextOptions
  } = options;
  const origin = new URL(baseUrl()).origin;
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    ...contextOptions,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  const elsewhere = (url: string) =>
    !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin;
  // The browser cannot reach another host (launchBrowser); this records that the page tried.
  page.on('request', (req) => {
    if (elsewhere(req.url())) problems.push(`request to another origin: ${req.url()}`);
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
    if (elsewhere(req.url())) return; // already recorded as a request to another origin
    if (failure.includes('ERR_ABORTED') && req.resourceType() !== 'document') return; // navigations cancel prefetches
    problems.push(`request failed: ${req.url()} (${failure})`);
  });
  let current = '';
  page.on('response', (res) => {
    if (res.status() >= 400 && res.url() !== new URL(current, baseUrl()).href) {
      problems.push(`HTTP ${res.status()}: ${res.url()}`);
    }
  });
  const goto = async (target: string, expected = status) => {
    current = target;
    problems.length = 0;
    const response = await page.goto(new URL(target, baseUrl()).href, {
      waitUntil: waitUntil === 'hydrated' ? 'domcontentloaded' : waitUntil,
    });
    if (response && response.status() !== expected)
      problems.push(`page status ${response.status()}, expected ${expected}`);
    if (waitUntil === 'hydrated') await waitForHydration(page, problems);
  };
  return { page, problems, goto, close: () => context.close() };
}

/**
 * Waits until React has hydrated the page. Docusaurus sets `data-has-hydrated` from an effect
 * after the first client render, so errors thrown while hydrating (or in the page's first
 * effects) have reached the console by then. A page that never gets there is a problem in
 * itself, recorded rather than thrown so the failure lists what went wrong on the way. Alone,
 * a chapter hydrates in about a second here; in the sitemap sweep, with four tabs and another
 * test file sharing two cores, one took more than 15 s, so the limit is 30 s.
 */
export async function waitForHydration(
  page: Page,
  problems: string[],
  timeout = 30_000,
): Promise<void> {
  const hydrated = await page
    .locator('html[data-has-hydrated="true"]')
    .waitFor({ state: 'attached', timeout })
    .then(() => true)
    .catch(() => false);
  if (!hydrated)
    problems.push(`not hydrated within ${timeout / 1000} s (no html[data-has-hydrated])`);
}

/**
 * Runs `fn` on up to `size` tabs at a time, each its own browser context, reused from one
 * call to the next: page loads overlap instead of waiting for each other.
 */
export class TabPool {
  private readonly idle: WatchedPage[] = [];
  private readonly waiting: Array<(tab: WatchedPage) => void> = [];
  private opened = 0;

  constructor(
    private readonly browser: Browser,
    private readonly size: number,
    private readonly options: OpenOptions = {},
  ) {}

  async use<T>(fn: (tab: WatchedPage) => Promise<T>): Promise<T> {
    const tab = await this.acquire();
    try {
      return await fn(tab);
    } finally {
      const next = this.waiting.shift();
      if (next) next(tab);
      else this.idle.push(tab);
    }
  }

  private acquire(): Promise<WatchedPage> {
    const tab = this.idle.pop();
    if (tab) return Promise.resolve(tab);
    if (this.opened < this.size) {
      this.opened++;
      return watchedTab(this.browser, this.options);
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  async close(): Promise<void> {
    await Promise.all(this.idle.splice(0).map((t) => t.close()));
  }
}

/**
 * Pages known to be wider than a 360 px phone: 'always', or only under mobile emulation (where
 * Chromium enlarges text as phones do). The phone checks assert that these are *still* too
 * wide, so an entry fails the suite as soon as its page is fixed and must then be removed.
 * Keep this the only such list.
 */
const knownTooWide: ReadonlyMap<string, 'always' | 'mobile'> = new Map([
  // Empty now. /docs/fundamentals/attention was listed as 392 px under mobile emulation: that
  // was an open glossary definition (Term), moved into view by a transform that left its
  // unmoved box in the page's width; Term now moves it by its position.
]);

/** Whether `path` is listed in knownTooWide for this kind of phone check. */
export function isKnownTooWide(path: string, { mobile }: { mobile: boolean }): boolean {
  const known = knownTooWide.get(new URL(path, 'http://x').pathname);
  return known === 'always' || (known === 'mobile' && mobile);
}

/**
 * Long lists draw only what is near the screen (`content-visibility: auto`: timeline events),
 * and what is not drawn cannot overflow. Layout checks call this first, so that they measure
 * every element; the page keeps the style until it is closed.
 */
export async function drawEverything(page: Page): Promise<void> {
  await addStyle(page, '* { content-visibility: visible !important; }');
}

/**
 * Scrolls `target` into view and waits until it stops moving. Phone cards off screen are laid
 * out only near the viewport (`content-visibility: auto`, ComparisonTable's styles), with a
 * guessed height until then: after a long jump, the cards now in view take their real heights
 * a frame or two later, and what is below them moves (on /models, up to 150 px). A reader taps
 * what has settled; a test that clicks sooner hits whatever moved in under the pointer.
 */
export async function scrolledIntoPlace(target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  let last = '';
  for (let waited = 0; waited <= 10_000; waited += 150) {
    const box = JSON.stringify(await target.boundingBox());
    if (box === last) return;
    last = box;
    await target.page().waitForTimeout(150);
  }
  throw new Error(`${target.toString()} still moved after 10 s (last box ${last})`);
}

/**
 * Adds a stylesheet to the page. Not page.addStyleTag, which waits for the style's load event
 * from a script in the page and so never returns on a page opened with script off.
 */
async function addStyle(page: Page, css: string): Promise<void> {
  await page.evaluate((text) => {
    const style = document.createElement('style');
    style.textContent = text;
    document.head.append(style);
  }, css);
}

/**
 * True when the page is wider than the viewport it was opened with. Compares with the width
 * asked for, not `window.innerWidth`: under mobile emulation Chromium widens the layout
 * viewport to the content, so the page would always look as wide as the window.
 */
export async function hasHorizontalScroll(page: Page): Promise<boolean> {
  const width = page.viewportSize()?.width;
  if (width === undefined) throw new Error('hasHorizontalScroll: the page has no fixed viewport');
  await waitForStylesheets(page);
  await drawEverything(page);
  return page.evaluate(async (w) => {
    // Fallback fonts set text wider than the real ones.
    await document.fonts.ready;
    return document.documentElement.scrollWidth > w + 1;
  }, width);
}

/**
 * Waits until every stylesheet of the server-rendered page is in the DOM again and loaded. The
 * head manager removes and re-inserts the page's own links (KaTeX's) on hydration; in between,
 * formulas are unstyled and thousands of pixels wide, which is not the layout to measure.
 */
export async function waitForStylesheets(page: Page): Promise<void> {
  const file = builtFile(new URL(page.url()).pathname);
  const hrefs = file
    ? pageSummary(file)
        .resources.filter((r) => r.where === 'link[stylesheet] href')
        .map((r) => r.url)
    : [];
  await page.waitForFunction(
    (expected) => {
      const loaded = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')]
        .filter((l) => l.sheet)
        .map((l) => l.getAttribute('href'));
      return expected.every((href) => loaded.includes(href));
    },
    hrefs,
    { timeout: 10_000 },
  );
}

/**
 * The outermost elements that reach past the viewport asked for (their parent does not), to
 * say what to fix. Fixed-position elements (the skip link parked off-screen, the back-to-top
 * button) and the insides of scrollable regions cannot widen the page and are left out.
 * Entries not drawn yet (`content-visibility: auto`) are drawn first, so that they are measured.
 */
export async function tooWideElements(page: Page): Promise<string[]> {
  const width = page.viewportSize()?.width ?? 0;
  await drawEverything(page);
  return page.evaluate((w) => {
    const past = (el: Element | null) => !!el && el.getBoundingClientRect().right > w + 1;
    const fixed = (el: Element) => {
      for (let e: Element | null = el; e; e = e.parentElement)
        if (getComputedStyle(e).position === 'fixed') return true;
      return false;
    };
    return [...document.querySelectorAll('body *')]
      .filter(
        (el) =>
          past(el) &&
          !past(el.parentElement) &&
          !el.closest('[tabindex="0"][role="region"]') &&
          !fixed(el),
      )
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join('')}`);
  }, width);
}

/** The axe rules whose result depends on colours: the only ones a colour scheme can change. */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/** What the pinned axe-core keeps about its rules and checks (not in its published types). */
interface AxeAudit {
  rules: Array<{
    id: string;
    enabled: boolean;
    impact?: string;
    tags: string[];
    any: Array<{ id: string }>;
    all: Array<{ id: string }>;
    none: Array<{ id: string }>;
  }>;
  data: { checks: Record<string, { impact?: string } | undefined> };
}

/**
 * The rules axe runs by default that can report a serious or critical violation (by their own
 * impact or one of their checks'): the only ones seriousAxeViolations reports, 67 in axe-core
 * 4.14. The others (landmarks, `region`, heading order and the like, moderate or minor at most)
 * cannot fail these tests, and `region` alone visits every element of the page. Read from the
 * pinned axe-core, so that an upgrade brings its new rules in.
 */
export const seriousCapableRules: readonly string[] = (() => {
  const { rules, data } = (axeCore as unknown as { _audit: AxeAudit })._audit;
  const serious = (impact?: string) => impact === 'serious' || impact === 'critical';
  return rules
    .filter((r) => r.enabled && !r.tags.includes('experimental'))
    .filter(
      (r) =>
        serious(r.impact) ||
        [...r.any, ...r.all, ...r.none].some((c) => serious(data.checks[c.id]?.impact)),
    )
    .map((r) => r.id);
})();

/**
 * axe's serious and critical violations on the page (or inside `include`, a selector), one
 * readable line each, so `expect(…).toEqual([])` shows what to fix.
 *
 * The dark scheme changes colours, not the document, so a page in dark mode is checked with
 * the colour rules only (a third of the time of the whole set on /models); every test that
 * checks a page in dark mode checks it in light mode with every rule. Where the dark scheme
 * shows other elements (the dark variant of a diagram), pass `everyRule`. The page's theme
 * must be the one the caller names.
 */
export async function seriousAxeViolations(
  page: Page,
  scheme: 'light' | 'dark',
  { include, everyRule = false }: { include?: string; everyRule?: boolean } = {},
): Promise<string[]> {
  const theme = await page.evaluate(() => document.documentElement.dataset.theme);
  if (theme !== scheme) throw new Error(`axe: the page is in ${String(theme)} mode, not ${scheme}`);
  // Entries not drawn yet are audited as drawn: axe finds a text's background with
  // elementsFromPoint after scrolling it into view, and an entry that gets its real height only
  // then has moved away from the point, so the text was judged against whatever came there (on
  // /licenses, the footer).
  await drawEverything(page);
  // Only violations are read: asking axe for nothing else spares it collecting and sending
  // back every passing node (12,000 on /glossary), which took a third of the time there.
  // Legacy mode runs axe.run in the page itself. The default runs axe.runPartial, then opens a
  // blank page and passes it the partial results of every node to finish there, so that
  // cross-origin frames can be included; these pages have no frames, and the hand-off cost
  // two to four times the audit (/glossary 9–11 s against 2.5–3.5 s, with the same
  // violations found both ways on pages given a contrast, image and button fault).
  let builder = new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] });
  if (include) builder = builder.include(include);
  builder = builder.withRules(
    scheme === 'dark' && !everyRule ? colourRules : [...seriousCapableRules],
  );
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

/**
 * axe's serious and critical violations on `path` in light mode and then in dark mode, from one
 * page load: the page opens in light mode, and for the second audit the reader's system turns
 * dark, which the site follows (`respectPrefersColorScheme`), as it does at load. Each line
 * starts with its scheme. `prepare` readies the page before each audit (an open menu, say);
 * the rest is as in seriousAxeViolations.
 */
export async function seriousAxeViolationsInBothSchemes(
  browser: Browser,
  path: string,
  {
    prepare,
    ...options
  }: OpenOptions & { include?: string; prepare?: (page: Page) => Promise<void> } = {},
): Promise<string[]> {
  const { include, ...openOptions } = options;
  const tab = await openPage(browser, path, { ...openOptions, colorScheme: 'light' });
  try {
    const found: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      if (scheme === 'dark') {
        // Colours change with a transition in places (links, buttons), which in a part of the
        // page not drawn yet (`content-visibility: auto`) would start only when axe scrolls
        // to it: the audit is of the final colours, so the change is made at once.
        await addStyle(tab.page, '*, ::before, ::after { transition: none !important; }');
        await tab.page.emulateMedia({ colorScheme: 'dark' });
        await tab.page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
      }
      await prepare?.(tab.page);
      const serious = await seriousAxeViolations(tab.page, scheme, { include });
      found.push(...serious.map((v) => `${scheme}: ${v}`));
    }
    found.push(...tab.problems);
    return found;
  } finally {
    await tab.close();
  }
}

/**
 * Adds a test that `path` has no serious axe violations in light or dark mode (one page load
 * for both, seriousAxeViolationsInBothSchemes), run alongside the file's other such tests.
 */
export function axeTestInBothSchemes(browser: () => Browser, path: string): void {
  it.concurrent(
    `${path} has no serious axe violations in light or dark mode`,
    async ({ expect }) => {
      const serious = await seriousAxeViolationsInBothSchemes(browser(), path);
      expect(serious, serious.join('\n')).toEqual([]);
    },
    // Pages of hundreds of entries (/timeline, /glossary) take long on two shared cores.
    300_000,
  );
}

/**
 * Every script the page has loaded, as text: read from the page's resource timing (which lists
 * a script whether or not it came from the cache) and fetched again by URL.
 */
export async function loadedScripts(page: Page): Promise<string[]> {
  const urls = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => n.endsWith('.js')),
  );
  return Promise.all(urls.map((u) => page.request.get(u).then((r) => r.text())));
}

/**
 * The code of every module the page has run, from the chunks webpack registered on it
 * (scripts fetched only to prefetch another page are not run, so they are not here).
 */
export async function executedModules(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const chunks = Object.entries(window).find(([key]) => key.startsWith('webpackChunk'))?.[1] as
      Array<[unknown, Record<string, () => void>]> | undefined;
    return (chunks ?? []).flatMap(([, modules]) => Object.values(modules).map((m) => String(m)));
  });
}

/**
 * The layout shifts of the page since it began loading (buffered), without those that follow
 * the reader's input, each with what moved; read `settle` ms after the call.
 */
export async function layoutShifts(
  page: Page,
  settle = 500,
): Promise<Array<{ value: number; moved: string[] }>> {
  return page.evaluate(
    (ms) =>
      new Promise<Array<{ value: number; moved: string[] }>>((resolve) => {
        const seen: Array<{ value: number; moved: string[] }> = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as Array<
            PerformanceEntry & {
              value: number;
              hadRecentInput: boolean;
              sources?: Array<{ node?: Node | null }>;
            }
          >)
            if (!e.hadRecentInput)
              seen.push({
                value: e.value,
                moved: (e.sources ?? []).map((s) =>
                  s.node instanceof Element ? `${s.node.tagName}.${s.node.className}` : '?',
                ),
              });
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(seen), ms);
      }),
    settle,
  );
}

/**
 * Opens `path` as openPage does, with every script held back `delay` ms, as on a phone's
 * network: the server's markup is painted before the page hydrates, so a layout shift that
 * hydration causes is seen (from a local server a page often hydrates before its first paint).
 */
export async function openPageWithLateScripts(
  browser: Browser,
  path: string,
  options: OpenOptions = {},
  delay = 400,
): Promise<WatchedPage> {
  const tab = await watchedTab(browser, options);
  await tab.page.route('**/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, delay));
    await route.continue();
  });
  await tab.goto(path);
  return tab;
}
