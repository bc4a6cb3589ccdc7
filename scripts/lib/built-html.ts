/**
 * Reads the built site (build/) the way a browser would find it, without a browser: which
 * pages the sitemaps list, which file a URL is served from, and what each page's HTML holds
 * that the checks need (headings, description, ids, links, the resources it asks for, the
 * source file behind it). One parse per page with htmlparser2, cached, so the checks over
 * every page of both locales take seconds.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { Parser } from 'htmlparser2';
import { resolveFile } from './static-server';
import { siteRoot } from './content-files';

export const buildDir = join(siteRoot, 'build');

export const locales = ['', '/en'] as const;
export type LocalePrefix = (typeof locales)[number];

/** Paths listed in a locale's sitemap.xml ("/docs/history", "/en/blog"), decoded. */
export function sitemapPaths(locale: LocalePrefix, root = buildDir): string[] {
  const xml = readFileSync(join(root, locale, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decodeURI(new URL(m[1]!).pathname));
}

/** The origin the sitemaps give for the published site ("https://…"). */
export function siteOrigin(root = buildDir): string {
  const loc = /<loc>([^<]+)<\/loc>/.exec(readFileSync(join(root, 'sitemap.xml'), 'utf8'))?.[1];
  if (!loc) throw new Error(`${join(root, 'sitemap.xml')} lists no page`);
  return new URL(loc).origin;
}

/** The file the static server answers `path` with (decoded or encoded), or undefined for a 404. */
export function builtFile(path: string, root = buildDir): string | undefined {
  return resolveFile(root, encodeURI(decodeURI(path)));
}

/** A URL a page asks the browser to fetch by itself (not a link a reader may follow). */
export interface Resource {
  /** Where it was found: "img src", "link[stylesheet] href", "style url()", … */
  where: string;
  url: string;
}

export interface PageSummary {
  h1Count: number;
  /** `<meta name|property="…" content="…">` by name or property (the first of each). */
  meta: Map<string, string>;
  /** Every `id` (and `<a name>`) on the page: the targets of `#anchor` links. */
  ids: Set<string>;
  /** `href` of every `<a>` and `<area>`, as written. */
  links: string[];
  resources: Resource[];
  /** The "编辑此页" link, which names the Markdown source of a doc or post. */
  editUrl?: string;
  /**
   * `alt` texts of images inside a link or button whose own text says the same: a screen
   * reader reads the name twice (Lighthouse and axe: image-redundant-alt). Such an image is
   * decorative and takes `alt=""`.
   */
  redundantAlts: string[];
}

/** `link rel` values that make the browser fetch (or connect to) the URL by itself. */
const fetchingRels = new Set([
  'stylesheet',
  'preload',
  'modulepreload',
  'prefetch',
  'icon',
  'apple-touch-icon',
  'mask-icon',
  'manifest',
  'preconnect',
  'dns-prefetch',
]);
/** Attributes whose URL is fetched as soon as the element is there. */
const fetchingAttributes = ['src', 'poster', 'data', 'background'];

/** Every `url(…)` in a piece of CSS. */
export function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2]!.trim());
}

/** URLs of a `srcset` ("a.png 1x, b.png 2x" → [a.png, b.png]). */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((c) => c.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

export function summarizeHtml(html: string): PageSummary {
  const summary: PageSummary = {
    h1Count: 0,
    meta: new Map(),
    ids: new Set(),
    links: [],
    resources: [],
    redundantAlts: [],
  };
  let inStyle = false;
  let inSvg = 0;
  // Open links and buttons, each with the alt texts of its images and its own text.
  const named: Array<{ tag: string; alts: string[]; text: string }> = [];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (attrs.id) summary.ids.add(attrs.id);
        if (name === 'svg') inSvg++;
        if (name === 'h1') summary.h1Count++;
        const key = attrs.name ?? attrs.property;
        if (name === 'meta' && key && attrs.content !== undefined && !summary.meta.has(key))
          summary.meta.set(key, attrs.content);
        if ((name === 'a' || name === 'area') && attrs.href !== undefined) {
          if (!inSvg) summary.links.push(attrs.href);
          if (/\btheme-edit-this-page\b/.test(attrs.class ?? '')) summary.editUrl = attrs.href;
        }
        if (name === 'a' && attrs.name) summary.ids.add(attrs.name);
        if (name === 'a' || name === 'button') named.push({ tag: name, alts: [], text: '' });
        if (name === 'img' && attrs.alt?.trim()) for (const n of named) n.alts.push(attrs.alt);
        if (name === 'link' && attrs.href) {
          const rels = (attrs.rel ?? '').toLowerCase().split(/\s+/);
          const rel = rels.find((r) => fetchingRels.has(r));
          if (rel) summary.resources.push({ where: `link[${rel}] href`, url: attrs.href });
        }
        // Inside SVG, <image>/<use>/<feImage> fetch their href; an SVG <a href> is a link.
        if (inSvg && name !== 'a') {
          for (const attr of ['href', 'xlink:href']) {
            const url = attrs[attr];
            if (url && !url.startsWith('#'))
              summary.resources.push({ where: `${name} ${attr}`, url });
          }
        }
        for (const attr of fetchingAttributes) {
          const url = attrs[attr];
          if (url && !(name === 'object' && attr !== 'data'))
            summary.resources.push({ where: `${name} ${attr}`, url });
        }
        if (attrs.srcset)
          for (const url of srcsetUrls(attrs.srcset))
            summary.resources.push({ where: `${name} srcset`, url });
        if (attrs.style)
          for (const url of cssUrls(attrs.style))
            summary.resources.push({ where: `${name} style url()`, url });
        if (name === 'style') inStyle = true;
      },
      ontext(text) {
        for (const n of named) n.text += text;
        if (inStyle)
          for (const url of cssUrls(text)) summary.resources.push({ where: 'style url()', url });
      },
      onclosetag(name) {
        if ((name === 'a' || name === 'button') && named.at(-1)?.tag === name) {
          const { alts, text } = named.pop()!;
          const said = text.replace(/\s+/g, ' ').trim();
          for (const alt of alts)
            if (alt.replace(/\s+/g, ' ').trim() === said) summary.redundantAlts.push(alt);
        }
        if (name === 'style') inStyle = false;
        if (name === 'svg') inSvg--;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return summary;
}

const cache = new Map<string, PageSummary>();

/** The summary of a built HTML file (read and parsed once per process). */
export function pageSummary(file: string): PageSummary {
  let summary = cache.get(file);
  if (!summary) {
    summary = summarizeHtml(readFileSync(file, 'utf8'));
    cache.set(file, summary);
  }
  return summary;
}

/**
 * The Markdown source behind a built page ("docs/history/index.mdx"), from its edit link,
 * so that a failure names the file a contributor has to open.
 */
export function sourceFileOfPath(path: string, root = buildDir): string | undefined {
  const file = builtFile(path, root);
  return file ? pageSummary(file).editUrl?.replace(/^.*\/edit\/[^/]+\//, '') : undefined;
}

/** Every file in the build whose name ends with `ext`, relative to `root`, with forward slashes. */
export function builtFiles(ext: string, root = buildDir): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .map((f) => f.split(sep).join('/'));
}

/** Every stylesheet in the build (the bundled ones and KaTeX's), relative to the build root. */
export const builtStylesheets = (root = buildDir): string[] => builtFiles('.css', root);

/**
 * Whether `xml` is well-formed enough for a feed reader: one root element, every element
 * closed by its own end tag, nothing but whitespace outside the root. Returns the problems.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let roots = 0;
  let closed = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (stack.length === 0) roots++;
        stack.push(name);
      },
      onclosetag(name, isImplied) {
        // htmlparser2 closes what was left open (or mismatched) itself, and says so; a
        // self-closing <x/> also counts as implied, and its token ends in "/>".
        const selfClosing =
          isImplied && xml.slice(parser.startIndex, parser.endIndex + 1).endsWith('/>');
        if (isImplied && !selfClosing) problems.push(`<${name}> is not closed by </${name}>`);
        else if (!isImplied) closed++;
        stack.pop();
      },
      ontext(text) {
        if (stack.length === 0 && text.trim())
          problems.push(`text outside the root element: ${text.trim().slice(0, 40)}`);
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  if (roots !== 1) problems.push(`${roots} root elements, expected 1`);
  // An end tag that closes nothing is dropped by the parser without a callback: count them.
  const endTags =
    xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g, '').match(/<\/[^\s>]+\s*>/g)?.length ??
    0;
  if (endTags !== closed)
    problems.push(`${endTags - closed} end tag(s) without a matching start tag`);
  return problems;
}

/** The elements named `tag` in an XML document, with the text of their direct `child` elements. */
export function xmlElements(xml: string, tag: string): Array<Record<string, string>> {
  const found: Array<Record<string, string>> = [];
  let current: Record<string, string> | undefined;
  let field: string | undefined;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === tag) current = {};
        else if (current) {
          field = name;
          // Atom gives an entry's address as <link href="…"/>.
          if (name === 'link' && attrs.href) current.link = attrs.href;
        }
      },
      ontext(text) {
        if (current && field) current[field] = (current[field] ?? '') + text;
      },
      onclosetag(name) {
        if (name === tag && current) {
          found.push(current);
          current = undefined;
        }
        field = undefined;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  return found;
}
