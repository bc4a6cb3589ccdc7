import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkSiteFrontMatter, tagKeys } from '../../scripts/checks/front-matter';
import { siteRoot } from '../../scripts/lib/content-files';
import { contentFiles, hasMath, mermaidBlocks } from '../../scripts/lib/content-files';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'frontmatter');

describe('front matter of the site', () => {
  it('every doc and post has the required fields', () => {
    expect(checkSiteFrontMatter()).toEqual([]);
  });
});

describe('tag vocabularies', () => {
  // The English files relabel the same tags; a key missing there would show its Chinese label.
  for (const [zh, en] of [
    ['docs/tags.yml', 'i18n/en/docusaurus-plugin-content-docs/current/tags.yml'],
    ['blog/tags.yml', 'i18n/en/docusaurus-plugin-content-blog/tags.yml'],
  ]) {
    it(`${en} has the same tags as ${zh}`, () => {
      expect(tagKeys(join(siteRoot, en!))).toEqual(tagKeys(join(siteRoot, zh!)));
    });
  }
});

describe('front-matter check', () => {
  it('names the file and the missing field', () => {
    expect(checkSiteFrontMatter(fixture)).toEqual([
      // The description would end at "提案": the rest is a YAML comment, silently dropped.
      'docs/sec/hash-in-description.mdx: front matter field description: YAML reads " #" as the start of a comment, so "#3 的来龙去脉" is not part of the value: quote the value if the "#" belongs to it, or put the comment on a line of its own',
      'docs/sec/joined-tags.mdx: tag "历史，开源" is not a key of docs/tags.yml; use one of: history',
      'docs/sec/no-description.mdx: front matter field "description" is missing',
    ]);
  });
});

describe('content files', () => {
  const files = contentFiles(fixture);
  const byFile = Object.fromEntries(files.map((f) => [f.file, f]));

  it('maps sources to published URLs', () => {
    expect(byFile['docs/sec/index.mdx']?.url).toBe('/docs/sec');
    expect(byFile['docs/sec/no-description.mdx']?.url).toBe('/docs/sec/no-description');
    expect(byFile['blog/2024-01-02-post.mdx']?.url).toBe('/blog/post');
  });

  it('finds Mermaid blocks with their line in the file', () => {
    expect(mermaidBlocks(byFile['docs/sec/index.mdx']!)).toEqual([
      { line: 9, code: 'flowchart LR\n  A --> B' },
    ]);
  });

  it('detects math outside code only', () => {
    expect(hasMath(byFile['blog/2024-01-02-post.mdx']!)).toBe(true);
    expect(hasMath({ body: 'costs `$5` and ```\n$x$\n```' })).toBe(false);
    expect(hasMath({ body: '价格是 5 美元' })).toBe(false);
  });
});
