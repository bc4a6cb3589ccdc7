/**
 * What can be checked without a browser, over the built HTML of every page in both locales'
 * sitemaps (and the 404 pages): each is served, has exactly one h1 and a description, its
 * internal links and #anchors reach built pages and ids, and nothing it asks the browser to
 * fetch lives on another origin. Also: the feeds are well-formed with items, every glossary
 * term is anchored on the glossary page, and the stylesheets fetch nothing from elsewhere.
 * One test per page, named by its path, and failures name the source file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAtlasData } from '../../src/data/load';
import { siteRoot } from '../../scripts/lib/content-files';
import {
  buildDir,
  builtFile,
  builtFiles,
  builtStylesheets,
  cssUrls,
  locales,
  pageSummary,
  siteOrigin,
  sitemapPaths,
  sourceFileOfPath,
  summarizeHtml,
  xmlElements,
  xmlProblems,
} from '../../scripts/lib/built-html';

/** A stand-in origin for the served site: anything that resolves elsewhere is another origin. */
const here = 'http://atlas.invalid';
const published = siteOrigin();

function isOtherOrigin(url: string, pagePath: string): boolean {
  if (/^(data|blob):/i.test(url)) return false;
  return new URL(url, here + pagePath).origin !== here;
}

/**
 * Where a link on `pagePath` leads on this site, or undefined for other sites. Absolute links
 * to the published site count as internal: they break the same way.
 */
function internalTarget(href: string, pagePath: string): URL | undefined {
  const url = new URL(href, here + pagePath);
  if (url.origin === here) return url;
  if (url.origin === published) return new URL(url.pathname + url.search + url.hash, here);
  return undefined;
}

/** Problems with one link on `pagePath`, if it is internal. */
function linkProblem(href: string, pagePath: string): string | undefined {
  const target = internalTarget(href, pagePath);
  if (!target) return undefined;
  const file = builtFile(target.pathname);
  if (!file) return `link to ${href}: no such page in the build`;
  const anchor = decodeURIComponent(target.hash.slice(1));
  if (!anchor || !file.endsWith('.html')) return undefined;
  if (!pageSummary(file).ids.has(anchor))
    return `link to ${href}: no element with id "${anchor}" on ${target.pathname}`;
  return undefined;
}

/**
 * Pages that Docusaurus's theme renders without a `<meta name="description">` (tag and author
 * indexes, the 404 page); the only pages allowed none. The test asserts that each still has
 * none, so an entry must go once its page gets a description (a theme wrapper would do it).
 */
const knownWithoutDescription: ReadonlySet<string> = new Set(
  locales.flatMap((l) =>
    ['/blog/authors', '/blog/authors/editors', '/blog/tags', '/docs/tags', '/404.html'].map(
      (p) => `${l}${p}`,
    ),
  ),
);

function pageProblems(path: string): string[] {
  const file = builtFile(path);
  if (!file) return ['not in the build (the server answers 404)'];
  const page = pageSummary(file);
  const problems: string[] = [];
  if (page.h1Count !== 1) problems.push(`${page.h1Count} h1 elements, expected exactly 1`);
  const described = Boolean(page.meta.get('description')?.trim());
  if (!described && !knownWithoutDescription.has(path))
    problems.push('no <meta name="description">');
  if (described && knownWithoutDescription.has(path))
    problems.push('has a description now: remove it from knownWithoutDescription');
  // What a link preview shows.
  if (!page.meta.get('og:title')?.trim()) problems.push('no <meta property="og:title">');
  if (!/^https:\/\/.+\.png$/.test(page.meta.get('og:image') ?? ''))
    problems.push(`og:image is not an https PNG: ${page.meta.get('og:image')}`);
  for (const href of new Set(page.links)) {
    const problem = linkProblem(href, path);
    if (problem) problems.push(problem);
  }
  for (const { where, url } of page.resources) {
    if (isOtherOrigin(url, path)) problems.push(`${where} fetches from another origin: ${url}`);
  }
  for (const alt of page.redundantAlts)
    problems.push(`an image's alt "${alt}" repeats the text of its link or button (use alt="")`);
  return problems;
}

const failureMessage = (path: string, problems: string[]): string => {
  const source = sourceFileOfPath(path);
  return `${path}${source ? ` (${source})` : ''}:\n    ${problems.join('\n    ')}`;
};

describe('failure messages', () => {
  it('name the source file of a doc, in both locales (the translation for an English page)', () => {
    expect(sourceFileOfPath('/docs/history')).toBe('docs/history/index.mdx');
    expect(sourceFileOfPath('/en/docs/history')).toBe(
      'i18n/en/docusaurus-plugin-content-docs/current/history/index.mdx',
    );
  });
});

describe('link previews', () => {
  it('a doc has a description, Open Graph title, description and image', () => {
    const { meta } = pageSummary(builtFile('/docs/history')!);
    expect(meta.get('description')).toMatch(/\S/);
    expect(meta.get('og:title')).toMatch(/历史/);
    expect(meta.get('og:description')).toMatch(/\S/);
    expect(meta.get('og:image')).toMatch(/^https:\/\/.+\.png$/);
  });
});

describe('the checks themselves', () => {
  it('catch a missing page, a missing anchor and a resource from another origin', () => {
    expect(linkProblem('/docs/no-such-page', '/docs')).toMatch(/no such page/);
    expect(linkProblem('/docs/history#no-such-heading', '/docs')).toMatch(
      /no element with id "no-such-heading"/,
    );
    expect(linkProblem(`${published}/docs/no-such-page`, '/docs')).toMatch(/no such page/);
    expect(linkProblem('https://github.com/nowhere', '/docs')).toBeUndefined();
    expect(isOtherOrigin('https://cdn.example.com/x.woff2', '/docs')).toBe(true);
    expect(isOtherOrigin('//cdn.example.com/x.js', '/docs')).toBe(true);
    expect(isOtherOrigin('../img/x.png', '/docs/history')).toBe(false);
    expect(isOtherOrigin('data:image/png;base64,AAAA', '/docs')).toBe(false);
  });

  it('catch an image whose alt repeats its link text, as the navbar logo did', () => {
    const logo = (alt: string) =>
      summarizeHtml(
        `<a class="navbar__brand" href="/"><img src="/img/logo.svg" alt="${alt}"><b>开源大模型图谱</b></a>`,
      ).redundantAlts;
    expect(logo('开源大模型图谱')).toEqual(['开源大模型图谱']);
    expect(logo('')).toEqual([]);
    expect(logo('图谱标志')).toEqual([]);
    // An image that is a link's only content names it.
    expect(summarizeHtml('<a href="/"><img src="/x.svg" alt="首页"></a>').redundantAlts).toEqual(
      [],
    );
  });
});

for (const locale of locales) {
  const paths = sitemapPaths(locale);
  describe(`${locale || '/'}sitemap.xml`, () => {
    it('lists the site', () => {
      expect(paths.length).toBeGreaterThan(50);
    });

    for (const path of paths) {
      it(`${path}: served, one h1, a description, links and anchors resolve, nothing from another origin`, () => {
        const problems = pageProblems(path);
        expect(problems, failureMessage(path, problems)).toEqual([]);
      });
    }
  });

  it(`${locale}/404.html: one h1, a description, links resolve, nothing from another origin`, () => {
    const problems = pageProblems(`${locale}/404.html`);
    expect(problems, failureMessage(`${locale}/404.html`, problems)).toEqual([]);
  });

  describe(`${locale || '/'} blog feeds`, () => {
    for (const [feed, itemTag] of [
      ['rss.xml', 'item'],
      ['atom.xml', 'entry'],
    ] as const) {
      it(`${locale}/blog/${feed} is well-formed, has items, and each links to a built post`, () => {
        const file = join(buildDir, locale, 'blog', feed);
        const xml = readFileSync(file, 'utf8');
        expect(xmlProblems(xml), file).toEqual([]);
        const items = xmlElements(xml, itemTag);
        expect(items.length, `${file}: <${itemTag}> elements`).toBeGreaterThan(0);
        for (const item of items) {
          expect(item.title?.trim(), `${file}: an item without a title`).toBeTruthy();
          const link = new URL(item.link ?? '', published);
          expect(link.origin, `${file}: ${item.link}`).toBe(published);
          expect(
            link.pathname.startsWith(`${locale}/blog/`),
            `${file}: ${item.link} is outside ${locale}/blog/`,
          ).toBe(true);
          expect(
            builtFile(link.pathname),
            `${file}: ${item.link} is not in the build`,
          ).toBeDefined();
        }
      });
    }
  });

  it(`${locale}/glossary anchors every glossary term at its id`, () => {
    const { data } = loadAtlasData({ dataDir: join(siteRoot, 'src', 'data'), rootDir: siteRoot });
    expect(data.terms.length).toBeGreaterThan(0);
    const ids = pageSummary(builtFile(`${locale}/glossary`)!).ids;
    expect(data.terms.map((t) => t.id).filter((id) => !ids.has(id))).toEqual([]);
  });
}

it('/models draws one titled mark per model: a circle if dense, a diamond if MoE, at 0.01 precision', () => {
  const { data } = loadAtlasData({ dataDir: join(siteRoot, 'src', 'data'), rootDir: siteRoot });
  const html = readFileSync(builtFile('/models')!, 'utf8');
  const svg = /<svg[^>]*class=[^>]*>(?:(?!<\/svg>)[\s\S])*?参数量随时间变化[\s\S]*?<\/svg>/.exec(
    html,
  )?.[0];
  expect(svg).toBeDefined();
  const marks = [...svg!.matchAll(/<(circle|path)([^>]*)><title>([^<]*)<\/title>/g)];
  const kindOf = new Map(marks.map(([, tag, , title]) => [title!.split(': ')[0]!, tag]));
  expect(marks).toHaveLength(data.models.length);
  for (const m of data.models)
    expect([m.name, kindOf.get(m.name)]).toEqual([
      m.name,
      m.sparsity === 'moe' ? 'path' : 'circle',
    ]);
  // No coordinate longer than hundredths (a float such as 59.760000000000005 cost bytes).
  const numbers = marks.flatMap(([, , attrs]) => attrs!.match(/-?\d+(\.\d+)?/g) ?? []);
  expect(numbers.filter((n) => /\.\d{3,}/.test(n))).toEqual([]);
});

it('the stylesheets fetch nothing from another origin', () => {
  const sheets = builtStylesheets();
  expect(sheets.length).toBeGreaterThan(0);
  const foreign = sheets.flatMap((sheet) =>
    cssUrls(readFileSync(join(buildDir, sheet), 'utf8'))
      .filter((url) => isOtherOrigin(url, `/${sheet}`))
      .map((url) => `${sheet}: url(${url})`),
  );
  expect(foreign).toEqual([]);
});

describe('the code highlighter', () => {
  // A name only Prism's grammars carry (prism-react-renderer bundles them).
  const prismMarker = 'tokenizePlaceholders';
  const scripts = builtFiles('.js').map((file) => ({
    file,
    text: readFileSync(join(buildDir, file), 'utf8'),
  }));

  it('is not in the scripts every page loads, only in a chunk of its own', () => {
    const everyPage = scripts.filter((s) =>
      /[/\\](main|runtime~main)\.[0-9a-f]+\.js$/.test(s.file),
    );
    expect(everyPage.length).toBeGreaterThanOrEqual(2);
    expect(everyPage.filter((s) => s.text.includes(prismMarker)).map((s) => s.file)).toEqual([]);
    expect(scripts.filter((s) => s.text.includes(prismMarker)).length).toBeGreaterThan(0);
  });

  it('has already highlighted the code blocks in the HTML', () => {
    const html = readFileSync(builtFile('/docs/contributing/open-source-projects')!, 'utf8');
    expect(html).toMatch(/<pre[^>]*class="prism-code language-bash/);
    expect(html).toMatch(/class="token /);
  });
});

it("every CSS-module class in a doc page's HTML is defined in the site's stylesheets", () => {
  // A doc's body is the server's markup (src/plugins/islands): a component whose stylesheet no
  // browser chunk imported would show unstyled there, and nothing else would notice.
  const css = builtStylesheets()
    .map((sheet) => readFileSync(join(buildDir, sheet), 'utf8'))
    .join('\n');
  const defined = new Set(css.match(/\.[A-Za-z][\w-]*_[\w-]{4}\b/g)?.map((c) => c.slice(1)));
  expect(defined.size).toBeGreaterThan(50);
  const missing = new Map<string, string>();
  for (const locale of locales)
    for (const path of sitemapPaths(locale).filter((p) => p.includes('/docs/'))) {
      const html = readFileSync(builtFile(path)!, 'utf8');
      for (const [, list] of html.matchAll(/class="?([^">]+)"?/g))
        for (const name of list!.split(/\s+/))
          if (/^[a-z][A-Za-z0-9]*_[\w-]{4}$/.test(name) && !defined.has(name))
            missing.set(name, path);
    }
  expect([...missing].map(([name, path]) => `${name} (${path})`)).toEqual([]);
});
