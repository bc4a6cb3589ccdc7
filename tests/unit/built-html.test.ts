/** The HTML and XML reading behind the browser-free checks of the built site. */
import { describe, expect, it } from 'vitest';
import {
  cssUrls,
  srcsetUrls,
  summarizeHtml,
  xmlElements,
  xmlProblems,
} from '../../scripts/lib/built-html';

describe('summarizeHtml', () => {
  const html = `<!doctype html><html><head>
    <meta name="description" content="A &amp; B"><meta property="og:title" content="T">
    <link rel="stylesheet" href="https://cdn.example.com/a.css"><link rel="canonical" href="https://elsewhere.example/x">
    <link rel="alternate" hreflang="en" href="https://elsewhere.example/en/x">
    <style>body { background: url("https://cdn.example.com/bg.png") }</style>
  </head><body>
    <h1 id="top">Title</h1><a name="old-anchor"></a>
    <a href="/docs/x#y">internal</a><a href="https://github.com/a/b">external</a>
    <a class="theme-edit-this-page" href="https://github.com/o/r/edit/main/docs/x.mdx">edit</a>
    <img src="/img/a.png" srcset="/img/a.png 1x, https://cdn.example.com/a@2x.png 2x">
    <div style="background-image:url(/img/b.png)"></div>
    <svg><use href="#icon"></use><image href="https://cdn.example.com/i.svg"></image><a href="/in-svg"></a></svg>
    <h1>Second</h1>
  </body></html>`;
  const page = summarizeHtml(html);

  it('counts h1 elements and reads meta by name or property, entities decoded', () => {
    expect(page.h1Count).toBe(2);
    expect(page.meta.get('description')).toBe('A & B');
    expect(page.meta.get('og:title')).toBe('T');
  });

  it('collects ids and <a name> as anchor targets', () => {
    expect([...page.ids].sort()).toEqual(['old-anchor', 'top']);
  });

  it('collects links (not those inside SVG) and the edit link', () => {
    expect(page.links).toEqual([
      '/docs/x#y',
      'https://github.com/a/b',
      'https://github.com/o/r/edit/main/docs/x.mdx',
    ]);
    expect(page.editUrl).toBe('https://github.com/o/r/edit/main/docs/x.mdx');
  });

  it('collects what the browser fetches by itself, and not canonical or alternate links', () => {
    expect(page.resources).toEqual([
      { where: 'link[stylesheet] href', url: 'https://cdn.example.com/a.css' },
      { where: 'style url()', url: 'https://cdn.example.com/bg.png' },
      { where: 'img src', url: '/img/a.png' },
      { where: 'img srcset', url: '/img/a.png' },
      { where: 'img srcset', url: 'https://cdn.example.com/a@2x.png' },
      { where: 'div style url()', url: '/img/b.png' },
      { where: 'image href', url: 'https://cdn.example.com/i.svg' },
    ]);
  });
});

describe('CSS and srcset URLs', () => {
  it('reads url() with and without quotes', () => {
    expect(cssUrls(`a{b:url(x.png)} c{d:url( 'y.woff2' )} e{f:url("https://z/w.svg")}`)).toEqual([
      'x.png',
      'y.woff2',
      'https://z/w.svg',
    ]);
  });
  it('reads each candidate of a srcset', () => {
    expect(srcsetUrls('a.png 1x,  b.png 2x ,c.png 300w')).toEqual(['a.png', 'b.png', 'c.png']);
  });
});

describe('xmlProblems', () => {
  it('accepts a well-formed feed, self-closing elements and CDATA included', () => {
    expect(
      xmlProblems(
        '<?xml version="1.0"?><feed><link href="x"/><entry><title><![CDATA[a </b> b]]></title></entry></feed>',
      ),
    ).toEqual([]);
  });
  it('reports an element left open', () => {
    expect(xmlProblems('<rss><channel><item><title>a</item></channel></rss>')).toEqual([
      '<title> is not closed by </title>',
    ]);
    expect(xmlProblems('<rss><channel></channel>')).toEqual(['<rss> is not closed by </rss>']);
  });
  it('reports a stray end tag, two roots and text outside the root', () => {
    expect(xmlProblems('<rss></rss></item>')).toEqual([
      '1 end tag(s) without a matching start tag',
    ]);
    expect(xmlProblems('<rss></rss><rss></rss>')).toEqual(['2 root elements, expected 1']);
    expect(xmlProblems('<rss></rss>oops')).toEqual(['text outside the root element: oops']);
  });
});

describe('xmlElements', () => {
  it('reads RSS items and Atom entries with their fields', () => {
    expect(
      xmlElements(
        '<rss><channel><title>site</title><item><title>a &amp; b</title><link>https://x/y</link></item></channel></rss>',
        'item',
      ),
    ).toEqual([{ title: 'a & b', link: 'https://x/y' }]);
    expect(
      xmlElements(
        '<feed><entry><title>t</title><link href="https://x/z"/></entry></feed>',
        'entry',
      ),
    ).toEqual([{ title: 't', link: 'https://x/z' }]);
  });
});
