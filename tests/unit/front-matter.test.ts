import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkSiteFrontMatter } from '../../scripts/checks/front-matter';
import { contentFiles, hasMath, mermaidBlocks } from '../../scripts/lib/content-files';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'frontmatter');

describe('front matter of the site', () => {
  it('every doc and post has the required fields', () => {
    expect(checkSiteFrontMatter()).toEqual([]);
  });
});

describe('front-matter check', () => {
  it('names the file and the missing field', () => {
    expect(checkSiteFrontMatter(fixture)).toEqual([
      'docs/sec/joined-tags.mdx: tag "历史，开源" contains a full-width comma; write tags as a block list, one "- tag" per line',
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
    expect(mermaidBlocks(byFile['docs/sec/index.mdx']!)).toEqual([{ line: 9, code: 'flowchart LR\n  A --> B' }]);
  });

  it('detects math outside code only', () => {
    expect(hasMath(byFile['blog/2024-01-02-post.mdx']!)).toBe(true);
    expect(hasMath({ body: 'costs `$5` and ```\n$x$\n```' })).toBe(false);
    expect(hasMath({ body: '价格是 5 美元' })).toBe(false);
  });
});
