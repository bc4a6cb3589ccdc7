/**
 * The footnote check (src/plugins/footnotes): a page whose footnote is defined but never cited,
 * or cited but never defined, fails to compile with the file, line and label; a page whose
 * footnotes match compiles, and `[^1]` inside code is left alone. Compiled as the site compiles
 * MDX (with GFM, which Docusaurus enables).
 */
import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import remarkStrictFootnotes from '../../src/plugins/footnotes';

const compileMdx = (source: string, path = 'docs/example.mdx') =>
  compile(new VFile({ path, value: source }), {
    remarkPlugins: [remarkGfm, remarkStrictFootnotes],
  });

describe('footnotes', () => {
  it('compiles a page whose footnotes are all cited and defined', async () => {
    const out = String(
      await compileMdx('甲说了一句话[^a]，乙也说了[^b]。\n\n[^a]: 来源甲。\n[^b]: 来源乙。\n'),
    );
    expect(out).toContain('来源甲');
  });

  it('fails on a definition nothing cites, naming file, line and label', async () => {
    await expect(
      compileMdx('第一句[^a]。\n\n[^a]: 来源甲。\n[^lost]: 这条没人引用。\n', 'docs/lost.mdx'),
    ).rejects.toThrow(/docs\/lost\.mdx:4: footnote \[\^lost\] is defined but never cited/);
  });

  it('fails on a citation without definition, which would print as text', async () => {
    await expect(
      compileMdx('第一行。\n\n第二句引用了不存在的脚注[^ghost]。\n', 'docs/ghost.mdx'),
    ).rejects.toThrow(/docs\/ghost\.mdx:3: footnote \[\^ghost\] is cited but not defined/);
  });

  it('leaves markers in code alone', async () => {
    const source = '正文用脚注 `[^1]` 指向来源。\n\n```md\n例如[^2]\n```\n';
    await expect(compileMdx(source)).resolves.toBeDefined();
  });

  it('matches labels as GFM does, without regard to case', async () => {
    await expect(compileMdx('引用[^Src]。\n\n[^src]: 来源。\n')).resolves.toBeDefined();
  });
});
