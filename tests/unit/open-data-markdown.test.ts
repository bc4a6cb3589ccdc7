/**
 * Rendered HTML → Markdown (src/plugins/open-data/markdown.ts) for the `.md` addresses and
 * llms-full.txt, on HTML written the way the build writes it (minified, end tags left out),
 * and the freshness threshold shared by pages and data entries.
 */
import { describe, expect, it } from 'vitest';
import { articleMarkdown, mermaidSources } from '../../src/plugins/open-data/markdown';
import { mdFileOf } from '../../src/plugins/open-data/llms';
import { dayOf, daysBetween, isStale, laterDay } from '../../src/components/StaleNotice/logic';
import { markdownPath } from '../../src/components/CopyMarkdownButton/path';

const page = (body: string) =>
  `<html><body><nav>menu</nav><article><div class="theme-doc-markdown markdown"><header><h1>标题</h1></header>${body}</div></article><footer>foot</footer></body></html>`;
const md = (body: string, diagrams: string[] = []) =>
  articleMarkdown(page(body), { pageUrl: 'https://example.org/docs/a', diagrams });

describe('articleMarkdown', () => {
  it('keeps headings without their anchor links, and paragraphs with inline marks', () => {
    expect(
      md(
        '<h2 id=x>小节<a href=#x class=hash-link aria-label=直接链接>​</a></h2><p>一段 <strong>粗体</strong>、<em>斜体</em>和 <code>a|b</code>，见<a href=/docs/b>另一页</a>。',
      ),
    ).toBe(
      '# 标题\n\n## 小节\n\n一段 **粗体**、*斜体*和 `a|b`，见[另一页](https://example.org/docs/b)。\n',
    );
  });

  it('turns a minified table (no end tags) into a GFM table, row by row', () => {
    const out = md(
      '<table><thead><tr><th>数据集<th>规模</thead><tbody><tr><td>LAION-5B<td>58.5 亿 | 对<tr><td>LAION-400M<td>4 亿</table>',
    );
    expect(out).toContain(
      '| 数据集 | 规模 |\n| --- | --- |\n| LAION-5B | 58.5 亿 \\| 对 |\n| LAION-400M | 4 亿 |',
    );
  });

  it('gives formulas back as TeX, inline and display', () => {
    const katex = (tex: string) =>
      `<span class=katex><span class=katex-mathml><math><semantics><mrow><mi>x</mi></mrow><annotation encoding=application/x-tex>${tex}</annotation></semantics></math></span><span class=katex-html aria-hidden=true>x²</span></span>`;
    const out = md(
      `<p>设 ${katex('x^2')} 为平方：</p><span class=katex-display>${katex('\\sum_{t=1}^{T} x_t')}</span>`,
    );
    expect(out).toContain('设 $x^2$ 为平方：');
    expect(out).toContain('$$\n\\sum_{t=1}^{T} x_t\n$$');
    expect(out).not.toContain('x²');
  });

  it('gives a diagram back as its Mermaid source, or as its description without one', () => {
    const svg =
      '<div class=atlas-mermaid role=img aria-label="构建流程"><div class=atlas-mermaid__light><svg><text>A</text></svg></div></div><p class=atlas-caption>图：构建流程</p>';
    expect(md(svg, ['flowchart LR\n  A --> B\n'])).toContain(
      '```mermaid\nflowchart LR\n  A --> B\n```\n\n图：构建流程',
    );
    expect(md(svg)).toContain('（图：构建流程）');
  });

  it('writes code blocks with their language and line breaks, lists, and footnotes', () => {
    const out = md(
      '<div class="language-bash theme-code-block"><pre class=prism-code><code><span class=token-line>pip install x</span><br><span class=token-line>echo ok</span></code></pre><button>复制</button></div>' +
        '<ul><li>一<li>二<ol><li>甲</ol></ul>' +
        '<p>论文<sup><a href=#user-content-fn-1 data-footnote-ref=true>1</a></sup>。</p>' +
        '<section data-footnotes=true class=footnotes><h2 class=sr-only id=footnote-label>脚注</h2><ol><li id=user-content-fn-1><p>作者. <a href=https://arxiv.org/abs/1>arXiv</a> <a href=#user-content-fnref-1 data-footnote-backref=true>↩</a></ol></section>',
    );
    expect(out).toContain('```bash\npip install x\necho ok\n```');
    expect(out).not.toContain('复制');
    expect(out).toContain('- 一\n- 二\n  1. 甲');
    expect(out).toContain('论文[^1]。');
    expect(out).toContain('[^1]: 作者. [arXiv](https://arxiv.org/abs/1)');
    expect(out).not.toContain('↩');
  });

  it('returns undefined for a page without an article body', () => {
    expect(
      articleMarkdown('<html><body><p>x</p></body></html>', { pageUrl: 'https://e.org/' }),
    ).toBeUndefined();
  });

  it('finds the Mermaid fences of a source in order', () => {
    expect(
      mermaidSources('x\n```mermaid\nA\n```\n\n````mermaid title\nB\n````\n```js\nC\n```\n'),
    ).toEqual(['A\n', 'B\n']);
  });
});

describe('Markdown addresses', () => {
  it('are the page address + .md, in the locale folder', () => {
    expect(markdownPath('/docs/history')).toBe('/docs/history.md');
    expect(markdownPath('/en/docs')).toBe('/en/docs.md');
    expect(mdFileOf('/b/en', '/en/', '/en/docs/history')).toBe('/b/en/docs/history.md');
    expect(mdFileOf('/b', '/', '/docs')).toBe('/b/docs.md');
  });
});

describe('freshness', () => {
  it('counts whole days and calls a check stale after 180 days', () => {
    expect(daysBetween('2026-06-05', '2026-12-02')).toBe(180);
    expect(isStale('2026-06-05', '2026-12-02')).toBe(false);
    expect(isStale('2026-06-04', '2026-12-02')).toBe(true);
  });

  it('reads front matter dates given as text or as Date', () => {
    expect(dayOf('2026-11-23')).toBe('2026-11-23');
    expect(dayOf(new Date('2026-11-23T00:00:00Z'))).toBe('2026-11-23');
    expect(dayOf('2026-11-23T00:00:00.000Z')).toBe('2026-11-23');
    expect(dayOf('last year')).toBeUndefined();
    expect(dayOf(undefined)).toBeUndefined();
  });

  it('judges by the later of the build date and the reader’s date', () => {
    expect(laterDay('2026-12-02', undefined)).toBe('2026-12-02');
    expect(laterDay('2026-12-02', '2027-07-01')).toBe('2027-07-01');
    expect(laterDay('2026-12-02', '2026-01-01')).toBe('2026-12-02');
  });
});
