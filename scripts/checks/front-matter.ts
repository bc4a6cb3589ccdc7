/**
 * Every page needs a `title` and a `description` (search snippets and link previews use
 * them); docs also need `sidebar_position` so the sidebar order is deliberate. Returns one
 * message per problem, naming the file.
 */
import { contentFiles, type ContentFile } from '../lib/content-files';

const required: Record<ContentFile['kind'], string[]> = {
  doc: ['title', 'description', 'sidebar_position'],
  blog: ['title', 'description', 'authors', 'tags'],
};

export function frontMatterProblems(files: ContentFile[]): string[] {
  const problems: string[] = [];
  for (const f of files) {
    if (f.frontMatterError) {
      problems.push(`${f.file}: front matter is not valid YAML: ${f.frontMatterError}`);
      continue;
    }
    for (const field of required[f.kind]) {
      const v = f.frontMatter[field];
      if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
        problems.push(`${f.file}: front matter field "${field}" is missing`);
      }
    }
    // `npm run fix:zh` turns `tags: [历史, 开源]` into `[历史，开源]`: one tag with a full-width comma.
    const tags = f.frontMatter.tags;
    if (Array.isArray(tags)) {
      for (const tag of tags) {
        if (typeof tag === 'string' && tag.includes('，')) {
          problems.push(`${f.file}: tag "${tag}" contains a full-width comma; write tags as a block list, one "- tag" per line`);
        }
      }
    }
    const lv = f.frontMatter.last_verified;
    if (lv !== undefined && !(typeof lv === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(lv)) && !(lv instanceof Date)) {
      problems.push(`${f.file}: front matter field "last_verified" must be a date written YYYY-MM-DD`);
    }
  }
  return problems;
}

export function checkSiteFrontMatter(root?: string): string[] {
  return frontMatterProblems(contentFiles(root));
}
