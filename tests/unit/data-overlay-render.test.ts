/**
 * What the English build renders from overlaid data: English where there is English, the
 * Chinese with lang="zh-Hans" where there is none, the stale-translation notice linking the
 * Chinese original once the Chinese entry changes, and the glossary's two definitions.
 *
 * The data comes from the loader (tests/fixtures/overlay, and the real models/phi.yaml
 * overlay); Docusaurus' runtime modules are replaced by stand-ins for an English build at
 * /en/ that use the English messages of i18n/en/code.json.
 */
import React from 'react';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { loadAtlasData } from '../../src/data/load';
import type { AtlasData } from '../../src/data/types';

const root = join(import.meta.dirname, '..', '..');
const english = JSON.parse(readFileSync(join(root, 'i18n', 'en', 'code.json'), 'utf8')) as Record<
  string,
  { message: string }
>;
const locale = { current: 'en' };

/** The English message with its placeholders replaced by the given values (text or elements). */
function fill(
  id: string,
  message: string,
  values: Record<string, unknown> = {},
): Array<string | React.ReactElement> {
  const text = locale.current === 'en' ? (english[id]?.message ?? message) : message;
  return text.split(/(\{\w+\})/).map((part, i) => {
    const key = /^\{(\w+)\}$/.exec(part)?.[1];
    const value: unknown = key !== undefined ? values[key] : part;
    if (React.isValidElement(value)) return React.cloneElement(value, { key: i });
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  });
}

/** The message as text, for translate(): values here are strings and numbers. */
const fillText = (id: string, message: string, values?: Record<string, unknown>): string =>
  fill(id, message, values)
    .map((part) => (typeof part === 'string' ? part : ''))
    .join('');
vi.mock('@docusaurus/Translate', () => ({
  translate: ({ id, message }: { id: string; message: string }, values?: Record<string, unknown>) =>
    fillText(id, message, values),
  default: ({
    id,
    children,
    values,
  }: {
    id: string;
    children: string;
    values?: Record<string, unknown>;
  }) => React.createElement(React.Fragment, null, ...fill(id, children, values)),
}));
vi.mock('@docusaurus/Link', () => ({
  default: ({
    to,
    href,
    children,
    ...rest
  }: {
    to?: string;
    href?: string;
    children: React.ReactNode;
  }) => React.createElement('a', { href: to ?? href, ...rest }, children),
}));
vi.mock('@docusaurus/useDocusaurusContext', () => ({
  default: () => ({
    i18n: { currentLocale: locale.current, defaultLocale: 'zh-Hans' },
    siteConfig: { baseUrl: locale.current === 'en' ? '/en/' : '/', customFields: {} },
  }),
}));
vi.mock('@docusaurus/useBrokenLinks', () => ({ default: () => ({ collectAnchor: () => {} }) }));
vi.mock('@docusaurus/useGlobalData', () => ({
  usePluginData: () => ({ buildDate: '2026-12-02' }),
}));
vi.mock('@docusaurus/useIsBrowser', () => ({ default: () => false }));

const { default: GlossaryEntry } = await import('../../src/pages/_components/GlossaryEntry');
const { default: ModelCard } = await import('../../src/components/ModelCard');
const { default: OrgCard } = await import('../../src/components/OrgCard');
const { originalHref } = await import('../../src/components/TranslationNotice');

const han = /\p{Script=Han}/u;

/**
 * The text of the markup outside elements marked lang="zh-Hans" (and their descendants):
 * what a screen reader would read in the page's English voice.
 */
function textOutsideChinese(html: string): string {
  let depth = 0;
  let out = '';
  const stack: boolean[] = [];
  for (const token of html.split(/(<[^>]+>)/)) {
    if (token.startsWith('</')) {
      if (stack.pop()) depth -= 1;
    } else if (token.startsWith('<')) {
      const selfClosing = token.endsWith('/>') || /^<(br|img|input|hr|meta|link)\b/.test(token);
      const chinese = /\slang="zh-Hans"/.test(token);
      if (!selfClosing) {
        stack.push(chinese);
        if (chinese) depth += 1;
      }
    } else if (depth === 0) out += token;
  }
  return out;
}

const fixtures = join(root, 'tests', 'fixtures', 'overlay');
const loadFixture = (base: string, loc: string) =>
  loadAtlasData({
    dataDir: join(base, 'valid', 'data'),
    overlayDir: join(base, 'valid', 'en'),
    rootDir: root,
    today: '2026-11-23',
    locale: loc,
  }).data;

// The real data in the English build, loaded once (a few seconds on a busy machine).
let real: AtlasData | undefined;
const realEnglish = (): AtlasData =>
  (real ??= loadAtlasData({
    dataDir: join(root, 'src', 'data'),
    rootDir: root,
    locale: 'en',
  }).data);

describe('the English build renders overlaid entries', () => {
  it('a card shows English, and the Chinese left untranslated only inside lang="zh-Hans"', () => {
    const data = loadFixture(fixtures, 'en');
    const html = renderToStaticMarkup(
      React.createElement(OrgCard, { id: 'acme', data: { ...data, models: [] } }),
    );
    expect(html).toContain('An example company for testing English overlays.');
    expect(html).not.toContain('data-translation="stale"');
    expect(textOutsideChinese(html)).not.toMatch(han);
  });

  it('a model card of a translated model (phi-4) has no Chinese outside its aliases', () => {
    const data = realEnglish();
    const html = renderToStaticMarkup(React.createElement(ModelCard, { id: 'phi-4', data }));
    expect(html).toContain('A 14B-parameter Phi model');
    expect(html).toContain('MIT since 8 January 2025.');
    // Aliases stay as written (微软 Phi-4), marked as Chinese.
    expect(html).toMatch(/<span class="_subtitle_\w+" lang="zh-Hans">[^<]*\p{Script=Han}/u);
    expect(textOutsideChinese(html)).not.toMatch(han);
  }, 30_000);

  it('a model card of an untranslated model marks its Chinese description and notes', () => {
    // The real data with no English at all (every model is translated by now).
    const data = loadAtlasData({
      dataDir: join(root, 'src', 'data'),
      overlayDir: mkdtempSync(join(tmpdir(), 'atlas-no-overlay-')),
      rootDir: root,
      locale: 'en',
    }).data;
    const untranslated = data.models.find(
      (m) => m.i18n?.zh?.includes('description') && m.i18n.zh.length > 3,
    )!;
    const html = renderToStaticMarkup(
      React.createElement(ModelCard, { id: untranslated.id, data }),
    );
    expect(html).toContain(`lang="zh-Hans">${untranslated.description!.slice(0, 10)}`);
    // Names and aliases stay as written; everything else Chinese is marked.
    const rest = textOutsideChinese(html)
      .replace(untranslated.name, '')
      .replace(untranslated.aliases.join(' · '), '');
    const orgs = data.organizations.filter((o) => untranslated.organizations.includes(o.id));
    expect(orgs.reduce((t, o) => t.replace(o.name, ''), rest)).not.toMatch(han);
  });
});

describe('a stale translation renders its notice', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'atlas-overlay-render-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  cpSync(join(fixtures, 'valid'), join(tmp, 'valid'), { recursive: true });

  const entry = (data: AtlasData) => data.terms.find((t) => t.id === 'moe')!;
  const render = (data: AtlasData) =>
    renderToStaticMarkup(
      React.createElement(GlossaryEntry, { term: entry(data), terms: data.terms }),
    );

  it('not while the translation is current', () => {
    expect(render(loadFixture(tmp, 'en'))).not.toContain('data-translation="stale"');
  });

  it('once the Chinese entry is edited: the notice, linking the Chinese glossary entry', () => {
    const file = join(tmp, 'valid', 'data', 'terms', 'x.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('部分专家', '两个专家'));
    const html = render(loadFixture(tmp, 'en'));
    expect(html).toMatch(
      /<aside[^>]*data-translation="stale"[^>]*>The Chinese original of this entry has changed since this translation; <a href="\/glossary#moe" hreflang="zh-Hans">read it here<\/a>\.<\/aside>/i,
    );
    // The English is still shown, the edited Chinese below it.
    expect(html).toContain('A model design in which each token');
    expect(html).toMatch(
      /<p class="_description_\w+" lang="zh-Hans">每个 token 只经过两个专家子网络的模型结构。<\/p>/,
    );
  });
});

describe('the glossary is bilingual in both locales', () => {
  const order = (html: string) => [
    html.indexOf('A model design'),
    html.indexOf('每个 token 只经过部分专家'),
  ];

  it('English: the English term and definition first, the Chinese below, marked', () => {
    locale.current = 'en';
    const html = renderToStaticMarkup(
      React.createElement(GlossaryEntry, {
        term: loadFixture(fixtures, 'en').terms.find((t) => t.id === 'moe')!,
        terms: loadFixture(fixtures, 'en').terms,
      }),
    );
    const [en, zh] = order(html);
    expect(en).toBeGreaterThan(0);
    expect(zh).toBeGreaterThan(en!);
    expect(html).toContain('<span lang="en">Mixture of Experts</span>');
    expect(html).toContain('<span lang="zh-Hans">混合专家</span>');
    expect(textOutsideChinese(html)).not.toMatch(han);
  });

  it('Chinese: the Chinese definition first, the English below with lang="en"', () => {
    locale.current = 'zh-Hans';
    try {
      const html = renderToStaticMarkup(
        React.createElement(GlossaryEntry, {
          term: loadFixture(fixtures, 'zh-Hans').terms.find((t) => t.id === 'moe')!,
          terms: loadFixture(fixtures, 'zh-Hans').terms,
        }),
      );
      const [en, zh] = order(html);
      expect(zh).toBeGreaterThan(0);
      expect(en).toBeGreaterThan(zh!);
      expect(html).toContain('lang="en">A model design');
      expect(html).toContain('<span lang="en">Mixture of Experts</span>');
    } finally {
      locale.current = 'en';
    }
  });

  it('a term without English shows one definition, the Chinese, marked', () => {
    const html = renderToStaticMarkup(
      React.createElement(GlossaryEntry, {
        term: loadFixture(fixtures, 'en').terms.find((t) => t.id === 'kv-cache')!,
        terms: loadFixture(fixtures, 'en').terms,
      }),
    );
    expect(html.match(/class="_description_\w+"/g)).toHaveLength(1);
    expect(html).toContain('lang="zh-Hans">推理时保存');
  });
});

describe('originalHref', () => {
  it('points from the English build at the same path in the Chinese build', () => {
    expect(originalHref('/models/phi-4', '/en/', 'en', 'zh-Hans')).toBe('/models/phi-4');
    expect(originalHref('/glossary#moe', '/atlas/en/', 'en', 'zh-Hans')).toBe(
      '/atlas/glossary#moe',
    );
    expect(originalHref('/models/phi-4', '/', 'zh-Hans', 'zh-Hans')).toBe('/models/phi-4');
  });
});
