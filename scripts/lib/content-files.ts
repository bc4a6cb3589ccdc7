/**
 * The site's Markdown sources (docs/ and blog/), their front matter, and the URL each one
 * is published at. Shared by the front-matter check, the e2e tests and the benchmarks, so
 * that a failure can name the file a contributor has to open.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseDocument } from 'yaml';
import { droppedText, droppedTextMessage } from '../../src/data/yaml';

export const siteRoot = join(import.meta.dirname, '..', '..');

export interface ContentFile {
  /** Path relative to the site root, with forward slashes: "docs/models/llama.mdx". */
  file: string;
  kind: 'doc' | 'blog';
  frontMatter: Record<string, unknown>;
  /** Front matter that is not valid YAML, as the parser's message. */
  frontMatterError?: string;
  /** Front-matter values a same-line " #" cut short: "field: message" (src/data/yaml.ts). */
  frontMatterDropped?: string[];
  body: string;
  /** Line number in the file at which `body` starts (after the front matter). */
  bodyStartLine: number;
  /** Path of the page in the default locale, e.g. "/docs/models/llama". */
  url: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path);
    return /\.mdx?$/.test(name) ? [path] : [];
  });
}

export function splitFrontMatter(text: string): {
  data: Record<string, unknown>;
  body: string;
  bodyStartLine: number;
  error?: string;
  dropped?: string[];
} {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) return { data: {}, body: text, bodyStartLine: 1 };
  const body = text.slice(m[0].length);
  const bodyStartLine = m[0].split('\n').length - (m[0].endsWith('\n') ? 0 : 1);
  const doc = parseDocument(m[1]!);
  const [error] = doc.errors;
  if (error) return { data: {}, body, bodyStartLine, error: error.message.split('\n')[0] };
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  const dropped = droppedText(doc).map(
    ({ path, comment }) => `${path.join('.')}: ${droppedTextMessage(comment)}`,
  );
  return dropped.length ? { data, body, bodyStartLine, dropped } : { data, body, bodyStartLine };
}

function docUrl(rel: string, fm: Record<string, unknown>): string {
  const parts = rel
    .replace(/\.mdx?$/, '')
    .split('/')
    .slice(1); // drop "docs"
  const dir = parts.slice(0, -1);
  let last = typeof fm.id === 'string' ? fm.id : parts[parts.length - 1]!;
  if (typeof fm.slug === 'string') {
    const slug = fm.slug;
    const path = slug.startsWith('/') ? slug : `/${[...dir, slug].join('/')}`;
    return `/docs${path === '/' ? '' : path}`;
  }
  if (last === 'index') last = '';
  return `/docs/${[...dir, last].filter(Boolean).join('/')}`.replace(/\/$/, '') || '/docs';
}

function blogUrl(rel: string, fm: Record<string, unknown>): string {
  const name = rel.replace(/^blog\//, '').replace(/\/index\.mdx?$|\.mdx?$/, '');
  if (typeof fm.slug === 'string') return `/blog/${fm.slug.replace(/^\//, '')}`;
  const m = /^(\d{4})-(\d{2})-(\d{2})-(.*)$/.exec(name);
  return m ? `/blog/${m[1]}/${m[2]}/${m[3]}/${m[4]}` : `/blog/${name}`;
}

export function contentFiles(root = siteRoot): ContentFile[] {
  return (['docs', 'blog'] as const).flatMap((top) =>
    walk(join(root, top)).map((abs) => {
      const file = relative(root, abs).split(sep).join('/');
      const { data, body, bodyStartLine, error, dropped } = splitFrontMatter(
        readFileSync(abs, 'utf8'),
      );
      const kind = top === 'docs' ? 'doc' : 'blog';
      return {
        file,
        kind,
        frontMatter: data,
        ...(error ? { frontMatterError: error } : {}),
        ...(dropped ? { frontMatterDropped: dropped } : {}),
        body,
        bodyStartLine,
        url: kind === 'doc' ? docUrl(file, data) : blogUrl(file, data),
      } satisfies ContentFile;
    }),
  );
}

/** Fenced ```mermaid blocks with the line each starts on. */
export function mermaidBlocks(
  f: Pick<ContentFile, 'body' | 'bodyStartLine'>,
): Array<{ line: number; code: string }> {
  const blocks: Array<{ line: number; code: string }> = [];
  const lines = f.body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (/^\s*```mermaid\s*$/.test(lines[i]!)) {
      const start = i;
      const code: string[] = [];
      for (i++; i < lines.length && !/^\s*```\s*$/.test(lines[i]!); i++) code.push(lines[i]!);
      blocks.push({ line: f.bodyStartLine + start, code: code.join('\n') });
    }
  }
  return blocks;
}

/** Whether the body contains KaTeX math ($…$ or $$…$$) outside code. */
export function hasMath(f: Pick<ContentFile, 'body'>): boolean {
  const withoutCode = f.body.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return /\$\$[\s\S]+?\$\$|(^|[^\\$])\$[^$\s][^$\n]*?\$/.test(withoutCode);
}
