import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import {
  rehypeFocusableDisplayMath,
  rehypeStrictKatex,
  remarkKatexStylesheet,
} from '../../src/plugins/math';
import remarkAutoImport from '../../src/plugins/mdx-auto-import';

const componentsDir = join(import.meta.dirname, '..', '..', 'src', 'components');

async function compileMdx(source: string, path = 'docs/example.mdx'): Promise<string> {
  const out = await compile(new VFile({ path, value: source }), {
    remarkPlugins: [
      remarkMath,
      [remarkKatexStylesheet, { baseUrl: '/' }],
      [remarkAutoImport, { componentsDir }],
    ],
    rehypePlugins: [rehypeKatex, rehypeStrictKatex, rehypeFocusableDisplayMath],
  });
  return String(out);
}

describe('strict math', () => {
  it('renders valid TeX with KaTeX and links the stylesheet', async () => {
    const js = await compileMdx('质能方程 $E = mc^2$。\n\n$$\n\\frac{a}{b}\n$$\n');
    expect(js).toContain('katex');
    expect(js).toMatch(/katex\/katex\.min\.css\?v=\d/);
    // A plain <link> first in the content, not through the theme's Head (react-helmet drops
    // and re-adds it while the page hydrates), and never a literal <head> in the body.
    expect(js).toMatch(
      /_components\.link, \{\s*rel: "stylesheet",\s*href: "\/katex\/katex\.min\.css\?v=/,
    );
    expect(js).not.toMatch(/Head\b/);
    expect(js).not.toMatch(/["']head["']/);
    expect(js).not.toContain('katex-error');
  });

  it('fails on TeX that KaTeX cannot parse, naming file and line', async () => {
    await expect(
      compileMdx('第一行\n\n公式 $\\frac{1}{$ 写错了。\n', 'docs/broken-math.mdx'),
    ).rejects.toThrow(/docs\/broken-math\.mdx:3: KaTeX cannot parse this formula/);
  });

  it('puts display formulas, which may scroll sideways, in the tab order, and inline ones not', async () => {
    const js = await compileMdx('行内 $x$。\n\n$$\n\\sum_{i=1}^{n} i\n$$\n');
    expect(js).toMatch(/className: "katex-display",\s*tabIndex: "0"/);
    expect(js.match(/tabIndex:/g)).toHaveLength(1);
  });

  it('adds no stylesheet to pages without math', async () => {
    const js = await compileMdx('没有公式，只有 5 美元。\n');
    expect(js).not.toContain('katex.min.css');
  });
});

describe('auto-import of components', () => {
  it('imports a known component that the page uses, once', async () => {
    const js = await compileMdx(
      '见 <ReportIssueLink title="t" permalink="/p" source="@site/docs/p.mdx" /> 和 <ReportIssueLink title="u" permalink="/q" source="@site/docs/q.mdx" />。\n',
    );
    expect(js.match(/from "@site\/src\/components\/ReportIssueLink"/g)).toHaveLength(1);
  });

  it('leaves explicit imports and unknown tags alone', async () => {
    const js = await compileMdx(
      'import ReportIssueLink from \'@site/src/components/ReportIssueLink\';\n\n<ReportIssueLink title="t" permalink="/p" source="s" />\n\n<details>x</details>\n',
    );
    expect(js.match(/src\/components\/ReportIssueLink/g)).toHaveLength(1);
  });
});
