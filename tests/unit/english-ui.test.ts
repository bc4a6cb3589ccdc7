/**
 * scripts/lib/english-ui.ts on a hand-made page shaped like Docusaurus' output: it finds the
 * Chinese in each part of the interface, says which page a link label names, leaves the
 * content, the table of contents, notices and text marked as Chinese alone, and measures the
 * content's share of Han characters.
 */
import { describe, expect, it } from 'vitest';
import { chromeHan, mainHanShare } from '../../scripts/lib/english-ui';

const page = `<!doctype html><html lang="en"><head>
<title>KV cache | 开源大模型图谱</title>
<link rel="alternate" type="application/rss+xml" href="/en/blog/rss.xml" title="图谱 · 博客 RSS Feed">
<script type="application/ld+json">{"name":"导读"}</script>
</head><body>
<nav aria-label="Main" class="theme-layout-navbar navbar">
  <a href="/en/docs">Start here</a>
  <a href="https://github.com/x" aria-label="GitHub 仓库">GitHub</a>
  <ul class="dropdown__menu"><li><a href="/docs" lang="zh-Hans">简体中文</a></li></ul>
</nav>
<div class="docRoot">
<aside class="theme-doc-sidebar-container"><nav><ul>
  <li><a class="menu__link menu__link--sublist" href="/en/docs/trends">趋势</a></li>
  <li><a class="menu__link" href="/en/docs/trends/outlook">展望</a></li>
</ul></nav></aside>
<main class="docMainContainer">
  <nav class="theme-doc-breadcrumbs"><ul>
    <li><a href="/en/docs/trends">Trends</a></li>
    <li class="breadcrumbs__item breadcrumbs__item--active"><span>键值缓存</span></li>
  </ul></nav>
  <div class="theme-doc-toc-mobile"><button>本页目录</button></div>
  <article>
    <aside role="note" data-translation="untranslated">Not translated yet. <a href="/docs/x">Read the Chinese original</a></aside>
    <div class="markdown"><h1>键值缓存</h1><p>KV 缓存 holds keys</p></div>
  </article>
  <div class="col"><ul class="table-of-contents"><li><a href="#a">原理</a></li></ul></div>
  <nav class="pagination-nav"><a href="/en/docs/trends/outlook"><div>Previous</div><div>展望</div></a></nav>
</main></div>
<footer class="theme-layout-footer footer"><a href="/en/corrections">更正记录</a></footer>
</body></html>`;

describe('Chinese in the English interface', () => {
  it('is found in each part of the interface, with the page a link label names', () => {
    expect(chromeHan(page)).toEqual([
      { region: 'page', text: '图谱 · 博客 RSS Feed', names: undefined },
      { region: 'navbar', text: 'GitHub 仓库', names: 'https://github.com/x' },
      // A category is interface text even though it links to the category's page.
      { region: 'sidebar', text: '趋势', names: undefined },
      { region: 'sidebar', text: '展望', names: '/en/docs/trends/outlook' },
      { region: 'breadcrumbs', text: '键值缓存', names: 'self' },
      { region: 'toc', text: '本页目录', names: undefined },
      { region: 'pagination', text: '展望', names: '/en/docs/trends/outlook' },
      { region: 'footer', text: '更正记录', names: '/en/corrections' },
      { region: 'title', text: '开源大模型图谱' },
    ]);
  });

  it('is nothing on a page whose interface is English', () => {
    const english = page
      .replace('| 开源大模型图谱', '| Open LLM Atlas')
      .replace(/图谱 · 博客/, 'Blog')
      .replace('GitHub 仓库', 'GitHub repository')
      .replace(/>趋势</, '>Trends<')
      .replace(/>展望</g, '>Outlook<')
      .replace('<span>键值缓存</span>', '<span>KV cache</span>')
      .replace('本页目录', 'On this page')
      .replace('更正记录', 'Corrections');
    expect(chromeHan(english)).toEqual([]);
  });
});

describe('share of Han characters in the content', () => {
  it('counts the content only: not the notice, breadcrumbs, table of contents or pagination', () => {
    // "键值缓存" (4) + "KV缓存holdskeys" (2 + 2 + 9 letters): 6 Han of 17.
    expect(mainHanShare(page)).toEqual({ characters: 17, han: 6, share: 6 / 17 });
  });
});
