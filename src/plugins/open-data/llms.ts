/**
 * The site for machines: each doc page's (and blog post's) Markdown next to its HTML
 * (`/docs/x` → `/docs/x.md`), `/llms.txt` (every page with its title, address and
 * description, in the llms.txt format, https://llmstxt.org/) and `/llms-full.txt` (the
 * Markdown of every doc page), per locale.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { articleMarkdown, mermaidSources } from './markdown';
import { collectionNames, exportPaths } from './export';

export interface PageInfo {
  title: string;
  description: string;
  permalink: string;
  /** `@site/…` path of the Markdown source, for diagrams. */
  source?: string;
}

export interface LlmsInput {
  outDir: string;
  siteDir: string;
  /** Origin + locale base URL without the trailing slash, e.g. https://x.github.io/en */
  localeUrl: string;
  /** The locale's base URL, e.g. `/en/`. */
  baseUrl: string;
  /** Origin + site root, for the data exports that only the root holds. */
  rootUrl: string;
  siteTitle: string;
  tagline: string;
  english: boolean;
  docs: PageInfo[];
  posts: PageInfo[];
  /** Other pages worth listing (home, data pages), as site paths without the locale. */
  pages: string[];
}

/** Built HTML file of a permalink in the locale's output directory. */
export function htmlFileOf(outDir: string, baseUrl: string, permalink: string): string {
  const path = permalink.slice(baseUrl.length - 1).replace(/\/$/, '');
  return join(outDir, path === '' ? 'index.html' : `${path}.html`);
}

export const mdFileOf = (outDir: string, baseUrl: string, permalink: string): string =>
  htmlFileOf(outDir, baseUrl, permalink).replace(/(\/index)?\.html$/, (m, index) =>
    index ? '/index.md' : '.md',
  );

function headInfo(html: string): { title: string; description: string } {
  const decode = (s: string) =>
    s
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'");
  const title = /<title[^>]*>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
  const description =
    /<meta name=["']?description["']? content=(?:"([^"]*)"|'([^']*)'|([^\s>]*))/.exec(html);
  return {
    title: decode(title.replace(/\s*\|\s*[^|]*$/, '').trim()),
    description: decode(description?.[1] ?? description?.[2] ?? description?.[3] ?? ''),
  };
}

function write(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

const entry = (title: string, url: string, description: string) =>
  `- [${title}](${url})${description ? `: ${description}` : ''}`;

/** Writes the `.md` files, llms.txt and llms-full.txt; returns how many `.md` files. */
export function writeLlmsFiles(input: LlmsInput): { markdownFiles: number } {
  const { outDir, baseUrl, localeUrl, english } = input;
  const full: string[] = [];
  // The canonical address: a category index's permalink ends in "/", its page does not.
  const pageUrl = (p: PageInfo) =>
    `${localeUrl}${p.permalink.slice(baseUrl.length - 1).replace(/(.)\/$/, '$1')}`;
  let markdownFiles = 0;
  const convert = (p: PageInfo): string | undefined => {
    const file = htmlFileOf(outDir, baseUrl, p.permalink);
    if (!existsSync(file)) return undefined;
    const sourceFile = p.source?.replace(/^@site\//, `${input.siteDir}/`);
    const diagrams =
      sourceFile && existsSync(sourceFile) ? mermaidSources(readFileSync(sourceFile, 'utf8')) : [];
    const url = pageUrl(p);
    const body = articleMarkdown(readFileSync(file, 'utf8'), { pageUrl: url, diagrams });
    if (!body) return undefined;
    const footer = english
      ? `\n---\n\nSource: ${url} · Open LLM Atlas, CC BY-SA 4.0\n`
      : `\n---\n\n来源：${url} · 开源大模型图谱，CC BY-SA 4.0\n`;
    const md = body + footer;
    write(mdFileOf(outDir, baseUrl, p.permalink), md);
    markdownFiles += 1;
    return md;
  };
  for (const doc of input.docs) {
    const md = convert(doc);
    if (md) full.push(md);
  }
  for (const post of input.posts) convert(post);

  const pages = input.pages.flatMap((path) => {
    const file = join(outDir, path === '/' ? 'index.html' : `${path.slice(1)}.html`);
    if (!existsSync(file)) return [];
    const { title, description } = headInfo(readFileSync(file, 'utf8'));
    return [
      entry(title || input.siteTitle, `${localeUrl}${path === '/' ? '/' : path}`, description),
    ];
  });
  const t = english
    ? {
        note: 'Every documentation page is also served as Markdown at its address + `.md`. The data collections are published as JSON and CSV (CC BY-SA 4.0) with a JSON Schema each.',
        docs: 'Docs',
        pages: 'Data pages',
        posts: 'Blog',
        data: 'Open data',
        full: 'Full text of every documentation page',
      }
    : {
        note: '每个文档页都有 Markdown 版本，地址为页面地址加 `.md`。各数据集以 JSON 和 CSV 发布（CC BY-SA 4.0），并附 JSON Schema。',
        docs: '文档',
        pages: '数据页',
        posts: '博客',
        data: '开放数据',
        full: '全部文档页的全文',
      };
  const data = collectionNames.flatMap((c) => {
    const p = exportPaths(c);
    return [
      entry(`${c}.json`, `${input.rootUrl}${p.json}`, `JSON · schema ${input.rootUrl}${p.schema}`),
      entry(`${c}.csv`, `${input.rootUrl}${p.csv}`, 'CSV, UTF-8 BOM'),
    ];
  });
  const llms = [
    `# ${input.siteTitle}`,
    '',
    `> ${input.tagline}`,
    '',
    t.note,
    '',
    `## ${t.docs}`,
    '',
    ...input.docs.map((d) => entry(d.title, pageUrl(d), d.description)),
    '',
    `## ${t.pages}`,
    '',
    ...pages,
    '',
    `## ${t.data}`,
    '',
    ...data,
    '',
    `## ${t.posts}`,
    '',
    ...input.posts.map((d) => entry(d.title, pageUrl(d), d.description)),
    '',
    '## Optional',
    '',
    entry('llms-full.txt', `${localeUrl}/llms-full.txt`, t.full),
    '',
  ].join('\n');
  write(join(outDir, 'llms.txt'), llms);
  write(
    join(outDir, 'llms-full.txt'),
    `# ${input.siteTitle}\n\n> ${input.tagline}\n\n${full.join('\n\n')}`,
  );
  return { markdownFiles };
}
