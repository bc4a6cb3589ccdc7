/**
 * The atlas as open data and for machines, on the built site: the download links of every
 * data page and the files behind them (valid against their own JSON Schema; CSV with a BOM
 * that parses back to the JSON), /llms.txt in both locales, a page's Markdown at its `.md`
 * address (a page with a table, formulas, a diagram and an MDX component), the "复制为
 * Markdown" button by keyboard, the freshness notice, and /updates with its feed.
 */
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { DomUtils, parseDocument } from 'htmlparser2';
import { builtFile } from '../../scripts/lib/built-html';
import { parseCsv } from '../../src/plugins/open-data/csv';
import {
  baseUrl,
  hasHorizontalScroll,
  browserForFile,
  openPage,
  seriousAxeViolationsInBothSchemes,
  tooWideElements,
  watchedTab,
} from './harness';

const browser = browserForFile();

const get = async (path: string) => {
  const res = await fetch(new URL(path, baseUrl()));
  return { status: res.status, bytes: new Uint8Array(await res.arrayBuffer()) };
};
const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

const dataPages = {
  '/models': 'models',
  '/organizations': 'organizations',
  '/tools': 'tools',
  '/licenses': 'licenses',
  '/timeline': 'events',
  '/glossary': 'terms',
  '/corrections': 'corrections',
} as const;

describe('downloads', () => {
  for (const [path, collection] of Object.entries(dataPages)) {
    for (const locale of ['', '/en']) {
      // Server markup, read from the built page; the page's behaviour in the browser is the
      // sweep's (pages.test.ts).
      it(`${locale}${path} links its JSON, CSV and schema, and its licence`, () => {
        const html = readFileSync(builtFile(`${locale}${path}`)!, 'utf8');
        const links = DomUtils.getElementsByTagName('a', parseDocument(html).children);
        const downloads = links.filter((a) => 'data-download' in a.attribs);
        expect(downloads.map((a) => a.attribs.href)).toEqual([
          `/data/${collection}.json`,
          `/data/${collection}.csv`,
          `/data/schema/${collection}.json`,
        ]);
        expect(
          links.filter((a) => a.attribs.href === 'https://creativecommons.org/licenses/by-sa/4.0/'),
        ).not.toHaveLength(0);
      });
    }

    it(`/data/${collection}.json validates against /data/schema/${collection}.json, and the CSV parses back to it`, async () => {
      const [json, schema, csv] = await Promise.all([
        get(`/data/${collection}.json`),
        get(`/data/schema/${collection}.json`),
        get(`/data/${collection}.csv`),
      ]);
      expect([json.status, schema.status, csv.status]).toEqual([200, 200, 200]);
      const file = JSON.parse(text(json.bytes)) as {
        items: Array<Record<string, unknown>>;
        count: number;
      };
      const validate = new Ajv2020({
        allErrors: true,
        strict: true,
        validateFormats: false,
      }).compile(JSON.parse(text(schema.bytes)) as object);
      expect(validate(file), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      expect(file.count).toBe(file.items.length);
      expect(file.items.length).toBeGreaterThan(0);

      expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the UTF-8 BOM
      const { header, rows } = parseCsv(text(csv.bytes));
      expect(rows).toHaveLength(file.items.length);
      expect(header).toContain('id');
      // A correction's `date` is the day it was checked; every other entry has `verified`.
      expect(header).toContain(collection === 'corrections' ? 'date' : 'verified');
      const ids = rows.map((r) => r[header.indexOf('id')]);
      expect(ids).toEqual(file.items.map((i) => i.id));
    });
  }
});

describe('for machines', () => {
  for (const locale of ['', '/en']) {
    it(`${locale}/llms.txt lists every doc page with its title, address and description`, async () => {
      const { status, bytes } = await get(`${locale}/llms.txt`);
      expect(status).toBe(200);
      const llms = text(bytes);
      expect(llms.startsWith('# ')).toBe(true);
      expect(llms).toMatch(/^> .+/m);
      const docLines = llms.match(/^- \[[^\]]+\]\(https:\/\/[^)]+\/docs[^)]*\): .+$/gm) ?? [];
      expect(docLines.length).toBeGreaterThan(50);
      expect(llms).toContain(`${locale}/docs/fundamentals/moe)`);
      expect(llms).toContain('/data/models.json');
      const full = await get(`${locale}/llms-full.txt`);
      expect(full.status).toBe(200);
      expect(text(full.bytes).length).toBeGreaterThan(llms.length);
    });
  }

  it('/docs/fundamentals/moe.md is the page as Markdown: table, formulas, diagram, no JSX', async () => {
    const { status, bytes } = await get('/docs/fundamentals/moe.md');
    expect(status).toBe(200);
    const md = text(bytes);
    expect(md).toMatch(/^# .+/);
    expect(md).toMatch(/^\| .+ \|\n\| --- \|/m); // a GFM table
    expect(md).toMatch(/^\$\$\n.+\n\$\$$/m); // a display formula as TeX
    expect(md).toContain('```mermaid\n'); // the diagram as its source
    expect(md).toContain('混合专家模型'); // the <Term> component's text
    expect(md).not.toMatch(/<[A-Z][A-Za-z]+[\s/>]/); // no raw JSX such as <Term id=…>
    expect(md).not.toMatch(/class=|<div|<span/);
  });

  it('"复制为 Markdown" copies the page’s Markdown by keyboard and announces it', async () => {
    const tab = await openPage(browser(), '/docs/fundamentals/moe', {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const button = tab.page.getByRole('button', { name: '复制为 Markdown' });
    await button.focus();
    await tab.page.keyboard.press('Enter');
    await expect
      .poll(() => tab.page.getByRole('status').filter({ hasText: '已复制' }).count())
      .toBe(1);
    const copied = await tab.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(text((await get('/docs/fundamentals/moe.md')).bytes));
    expect(tab.problems).toEqual([]);
    await tab.close();
  });
});

describe('freshness', () => {
  it('a page checked recently shows no notice', async () => {
    const tab = await openPage(browser(), '/docs/fundamentals/moe');
    expect(await tab.page.locator('[data-stale-notice]').count()).toBe(0);
    await tab.close();
  });

  it('a page and its data cards last checked over 180 days before today show when', async () => {
    // The site's pages were all checked recently; a reader a year on meets them old. The
    // notice judges by the later of the build date and the reader's date.
    const tab = await watchedTab(browser());
    await tab.page.clock.setFixedTime(new Date('2027-12-01T12:00:00Z'));
    await tab.goto('/docs/community/laion');
    const notice = tab.page.locator('[data-stale-notice="page"]');
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.getAttribute('role')).toBe('note');
    expect(await notice.innerText()).toMatch(/最后核实于 \d{4}-\d{2}-\d{2}，已过去 \d+ 天/);
    expect(await tab.page.locator('[data-stale-notice="entry"]').count()).toBeGreaterThan(0);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });
});

describe('/updates', () => {
  it('lists data entries changed, with dates, and links its Atom feed', async () => {
    const tab = await openPage(browser(), '/updates');
    expect(await tab.page.locator('h1').innerText()).toBe('最近更新');
    const sections = tab.page.locator('main section');
    // A clone of any depth has at least the commit it was built from; a shallow clone says so.
    const partial = await tab.page.locator('[data-partial-history]').count();
    if ((await sections.count()) === 0) expect(partial).toBe(1);
    else
      expect(await sections.first().locator('time').getAttribute('datetime')).toMatch(
        /^\d{4}-\d{2}-\d{2}T/,
      );
    expect(
      await tab.page
        .locator('link[rel="alternate"][type="application/atom+xml"][href="/updates/atom.xml"]')
        .count(),
    ).toBe(1);
    const feed = await get('/updates/atom.xml');
    expect(feed.status).toBe(200);
    expect(text(feed.bytes)).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it('fits a 360 px phone', async () => {
    const tab = await openPage(browser(), '/updates', {
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const wide = await tooWideElements(tab.page);
    expect(await hasHorizontalScroll(tab.page), `wider than the screen: ${wide.join(', ')}`).toBe(
      false,
    );
    await tab.close();
  });

  it('has no serious axe violations in light or dark mode', async () => {
    const serious = await seriousAxeViolationsInBothSchemes(browser(), '/updates');
    expect(serious, serious.join('\n')).toEqual([]);
  }, 120_000);
});
