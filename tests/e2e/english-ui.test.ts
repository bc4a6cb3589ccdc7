/**
 * The English edition's interface is English on every page of its sitemap (and its 404): no
 * Han character in the navbar, the sidebars, the footer, the breadcrumbs, the previous/next
 * links, the mobile table-of-contents button, the search box or the site name in <title>
 * (scripts/lib/english-ui.ts reads them). The one exception is a link label that is the title
 * of a doc or post not translated yet (its page is served from the Chinese file): that title
 * turns English when the page is translated. Reads the built HTML, no browser.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtFile, sitemapPaths, sourceFileOfPath } from '../../scripts/lib/built-html';
import { chromeHan, type ChromeHan } from '../../scripts/lib/english-ui';

/** Regions whose links are labelled with the title of the page they lead to. */
const titledLinks = new Set(['sidebar', 'breadcrumbs', 'pagination']);

/** Whether the page at `path` shows a Chinese doc or post (no English file behind it). */
function untranslated(path: string): boolean {
  const source = sourceFileOfPath(path);
  return source !== undefined && /^(docs|blog)\//.test(source);
}

function isPageTitle(item: ChromeHan, pagePath: string): boolean {
  if (!item.names || !titledLinks.has(item.region)) return false;
  if (item.names === 'self') return untranslated(pagePath);
  const target = new URL(item.names, `http://atlas.invalid${pagePath}`);
  return target.origin === 'http://atlas.invalid' && untranslated(decodeURI(target.pathname));
}

const paths = [...sitemapPaths('/en'), '/en/404.html'];

describe('the English interface', () => {
  it('is read from every English page', () => {
    expect(paths.length).toBeGreaterThan(100);
  });

  it('has no Chinese outside the content, except titles of pages not yet translated', () => {
    // Grouped by text and region, so one untranslated label reads as one line, not 300.
    const problems = new Map<string, string[]>();
    for (const path of paths) {
      const file = builtFile(path);
      if (!file) continue; // built-html.test.ts reports pages missing from the build
      for (const item of chromeHan(readFileSync(file, 'utf8'))) {
        if (isPageTitle(item, path)) continue;
        const key = `${item.region}: "${item.text}"`;
        problems.set(key, [...(problems.get(key) ?? []), path]);
      }
    }
    const report = [...problems].map(
      ([key, on]) => `${key} on ${on.length} page(s), e.g. ${on.slice(0, 3).join(', ')}`,
    );
    expect(report, report.join('\n')).toEqual([]);
  });
});
