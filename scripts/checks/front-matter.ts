/**
 * Every page needs a `title` and a `description` (search snippets and link previews use
 * them); docs also need `sidebar_position` so the sidebar order is deliberate; tags must be
 * keys of the section's tags.yml (the build rejects others too, but later and less plainly).
 * Returns one message per problem, naming the file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentFiles, siteRoot, type ContentFile } from '../lib/content-files';

const required: Record<ContentFile['kind'], string[]> = {
  doc: ['title', 'description', 'sidebar_position'],
  blog: ['title', 'description', 'authors', 'tags'],
};

/** The keys of a tags.yml file, or undefined when there is none. */
export function tagKeys(file: string): string[] | undefined {
  if (!existsSync(file)) return undefined;
  return Object.keys((parse(readFileSync(file, 'utf8')) as Record<string, unknown> | null) ?? {});
}

type KnownTags = Partial<Record<ContentFile['kind'], { file: string; keys: string[] }>>;

export function frontMatterProblems(files: ContentFile[], known: KnownTags = {}): string[] {
  const problems: string[] = [];
  for (const f of files) {
    if (f.frontMatterError) {
      problems.push(`${f.file}: front matter is not valid YAML: ${f.frontMatterError}`);
      continue;
    }
    for (const dropped of f.frontMatterDropped ?? [])
      problems.push(`${f.file}: front matter field ${dropped}`);
    for (const field of required[f.kind]) {
      const v = f.frontMatter[field];
      if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
        problems.push(`${f.file}: front matter field "${field}" is missing`);
      }
    }
    const tags = f.frontMatter.tags;
    const vocabulary = known[f.kind];
    if (tags !== undefined && !Array.isArray(tags))
      problems.push(`${f.file}: front matter field "tags" must be a list`);
    if (Array.isArray(tags) && vocabulary) {
      for (const tag of tags) {
        if (typeof tag !== 'string' || !vocabulary.keys.includes(tag)) {
          problems.push(
            `${f.file}: tag "${String(tag)}" is not a key of ${vocabulary.file}; use one of: ${vocabulary.keys.join(', ')}`,
          );
        }
      }
    }
    const lv = f.frontMatter.last_verified;
    if (
      lv !== undefined &&
      !(typeof lv === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(lv)) &&
      !(lv instanceof Date)
    ) {
      problems.push(
        `${f.file}: front matter field "last_verified" must be a date written YYYY-MM-DD`,
      );
    }
  }
  return problems;
}

export function checkSiteFrontMatter(root = siteRoot): string[] {
  const known: KnownTags = {};
  for (const [kind, file] of [
    ['doc', 'docs/tags.yml'],
    ['blog', 'blog/tags.yml'],
  ] as const) {
    const keys = tagKeys(join(root, file));
    if (keys) known[kind] = { file, keys };
  }
  return frontMatterProblems(contentFiles(root), known);
}
