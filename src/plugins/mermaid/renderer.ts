/**
 * Renders Mermaid source to SVG in a headless Chromium, once per diagram and colour theme,
 * and keeps every result in an on-disk cache so the second locale, rebuilds and `npm start`
 * reuse it without starting a browser.
 *
 * Mermaid lays text out by measuring it in a real DOM, so it needs a browser; jsdom-style
 * fakes measure nothing and produce overlapping labels. The browser is started lazily on the
 * first cache miss, one tab per theme (Mermaid's theme is global to its page), and renders
 * on a tab run one after another.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../../scripts/lib/chromium';

const require = createRequire(import.meta.url);
const mermaidScript = require.resolve('mermaid/dist/mermaid.min.js');
export const mermaidVersion: string = (
  JSON.parse(readFileSync(join(dirname(mermaidScript), '..', 'package.json'), 'utf8')) as {
    version: string;
  }
).version;

/**
 * Bump when the SVG this module produces changes for the same input (post-processing,
 * Mermaid configuration), so stale cache entries are not reused.
 */
export const rendererVersion = 4;

/** Mermaid's configuration for each of the site's colour modes: a built-in theme, adjusted. */
export const diagramThemes = {
  light: { theme: 'neutral', themeVariables: {} },
  // Mermaid's dark edge labels (#ccc on #585858, 4.4:1) miss WCAG AA; #444 gives 5.9:1.
  dark: { theme: 'dark', themeVariables: { edgeLabelBackground: '#444' } },
} as const;
export type Variant = keyof typeof diagramThemes;
export const variants = Object.keys(diagramThemes) as Variant[];

/** A diagram Mermaid cannot parse or lay out; the message is Mermaid's own. */
export class MermaidSyntaxError extends Error {}

export interface RendererOptions {
  /** Where rendered SVGs are kept between builds. */
  cacheDir: string;
  /** CSS font stack written into the SVG, so the reader's browser picks the site's CJK fonts. */
  fontFamily: string;
  /** Starts the browser; tests count calls to it. */
  launch?: () => Promise<Browser>;
}

interface RenderResult {
  svg?: string;
  error?: string;
}

export class MermaidRenderer {
  private browser: Promise<Browser> | undefined;
  private readonly tabs = new Map<Variant, Promise<Page>>();
  private readonly queues = new Map<Variant, Promise<unknown>>();

  constructor(private readonly options: RendererOptions) {}

  /**
   * The SVG for `code` in the given variant, its root element carrying `id` (Mermaid prefixes
   * the ids of markers and styles inside it with this id, so ids must differ per variant).
   * Throws MermaidSyntaxError when Mermaid rejects the diagram.
   */
  async render(code: string, id: string, variant: Variant): Promise<string> {
    const key = createHash('sha256')
      .update(
        JSON.stringify([
          rendererVersion,
          mermaidVersion,
          diagramThemes[variant],
          this.options.fontFamily,
          id,
          code,
        ]),
      )
      .digest('hex');
    const file = join(this.options.cacheDir, `${key}.svg`);
    try {
      return readFileSync(file, 'utf8');
    } catch {
      // Not cached yet: render below.
    }
    const result = await this.enqueue(variant, async () => {
      const tab = await this.tab(variant);
      return tab.evaluate(renderInPage, { id, code, minimumScale });
    });
    if (result.error !== undefined || result.svg === undefined)
      throw new MermaidSyntaxError(result.error ?? 'no SVG produced');
    mkdirSync(this.options.cacheDir, { recursive: true });
    // Write then rename: a build running in parallel never reads a half-written file.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, result.svg);
    renameSync(partial, file);
    return result.svg;
  }

  /** Closes the browser if one was started; a later cache miss starts a new one. */
  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    this.tabs.clear();
    this.queues.clear();
    if (browser) await (await browser).close();
  }

  private enqueue<T>(variant: Variant, job: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(variant) ?? Promise.resolve();
    const next = previous.then(job, job);
    this.queues.set(
      variant,
      next.catch(() => undefined),
    );
    return next;
  }

  private tab(variant: Variant): Promise<Page> {
    let tab = this.tabs.get(variant);
    if (!tab) {
      tab = this.openTab(variant);
      this.tabs.set(variant, tab);
    }
    return tab;
  }

  private async openTab(variant: Variant): Promise<Page> {
    this.browser ??= (this.options.launch ?? launchChromium)();
    const page = await (await this.browser).newPage();
    await page.setContent(
      '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>',
    );
    await page.addScriptTag({ path: mermaidScript });
    const { fontFamily } = this.options;
    await page.evaluate(
      (config) => (window as unknown as { mermaid: MermaidGlobal }).mermaid.initialize(config),
      {
        startOnLoad: false,
        securityLevel: 'strict',
        theme: diagramThemes[variant].theme,
        fontFamily,
        themeVariables: { ...diagramThemes[variant].themeVariables, fontFamily },
      },
    );
    return page;
  }
}

interface MermaidGlobal {
  initialize(config: Record<string, unknown>): void;
  render(id: string, code: string): Promise<{ svg: string }>;
}

/**
 * How far CSS may shrink a diagram to fit the column: at 0.6, Mermaid's 16 px labels stay
 * about 10 px tall. Wider diagrams scroll inside their box (on a 360 px phone most do).
 */
const minimumScale = 0.6;

/**
 * Runs inside the browser tab. Mermaid sizes its SVG `width="100%"` with an inline max-width;
 * the page gets the intrinsic size instead (width and height from the viewBox), so the
 * browser reserves the diagram's box before it paints and CSS scales it to the column, but
 * no further than `minimumScale`. The SVG's own roles go: the figure around it is the image.
 */
async function renderInPage({
  id,
  code,
  minimumScale,
}: {
  id: string;
  code: string;
  minimumScale: number;
}): Promise<RenderResult> {
  try {
    const { svg } = await (window as unknown as { mermaid: MermaidGlobal }).mermaid.render(
      id,
      code,
    );
    const host = document.createElement('div');
    host.innerHTML = svg;
    const root = host.querySelector('svg');
    if (!root) return { error: 'Mermaid returned no <svg>' };
    const box = root.viewBox.baseVal;
    root.setAttribute('width', String(Math.ceil(box.width)));
    root.setAttribute('height', String(Math.ceil(box.height)));
    root.setAttribute('style', `min-width:${Math.round(box.width * minimumScale)}px`);
    root.removeAttribute('role');
    root.removeAttribute('aria-roledescription');
    // Mermaid wraps each HTML label's <p> in a <span>, which HTML does not allow (the Nu HTML
    // Checker reports it). A <div> holds the same <p> validly and lays out the same inside the
    // label's table-cell box; the class is kept, so Mermaid's own label styles still apply.
    for (const span of Array.from(root.querySelectorAll('foreignObject span'))) {
      if (!span.querySelector(':scope > p')) continue;
      const div = document.createElement('div');
      for (const { name, value } of Array.from(span.attributes)) div.setAttribute(name, value);
      div.append(...Array.from(span.childNodes));
      span.replaceWith(div);
    }
    return { svg: host.innerHTML };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { error: message };
  }
}
