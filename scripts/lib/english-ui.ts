/**
 * Chinese in the English edition's built pages, in two readings of one page's HTML:
 *
 * - `chromeHan`: Han characters in the interface around the content — the navbar, the sidebars,
 *   the footer, the breadcrumbs, the previous/next links, the mobile table-of-contents button
 *   and the site name in <title> — with, for each, the link it sits in. A label that names a
 *   page still shown in Chinese (an untranslated doc or post) is that page's title, not
 *   interface text; the caller decides by the link (see tests/e2e/english-ui.test.ts).
 * - `mainHanShare`: the share of Han characters among the letters and digits of the page's
 *   content (its <main>, without breadcrumbs, pagination and notices).
 *
 * Text marked as another language (`lang="zh-Hans"`, e.g. the language menu's 简体中文) is
 * Chinese on purpose and not counted; scripts and styles are not text.
 */
import { Parser } from 'htmlparser2';
import { VOID_TAGS } from '../../src/plugins/search/extract';

const han = /\p{Script=Han}/u;
const hanGlobal = /\p{Script=Han}/gu;
const letterOrDigit = /[\p{L}\p{N}]/gu;

/** Attributes that a reader (or a screen reader) is given as text. */
const textAttributes = ['aria-label', 'title', 'alt', 'placeholder'];

export type ChromeRegion =
  'navbar' | 'sidebar' | 'footer' | 'breadcrumbs' | 'pagination' | 'toc' | 'page' | 'title';

export interface ChromeHan {
  region: ChromeRegion;
  text: string;
  /**
   * The page this text names, when it is the label of a link to a single page (a sidebar doc
   * item, a breadcrumb, a previous/next link, a recent post) or the current page's own
   * breadcrumb (`self`); absent for interface text proper (categories, headings, buttons).
   */
  names?: string;
}

interface Frame {
  tag: string;
  region?: ChromeRegion;
  main?: boolean;
  skip?: boolean;
  foreign?: boolean;
  names?: string;
}

const hasClass = (attrs: Record<string, string>, name: string): boolean =>
  (attrs.class ?? '').split(/\s+/).includes(name);

function regionOf(tag: string, attrs: Record<string, string>): ChromeRegion | undefined {
  if (tag === 'nav' && hasClass(attrs, 'navbar')) return 'navbar';
  if (tag === 'nav' && hasClass(attrs, 'theme-doc-breadcrumbs')) return 'breadcrumbs';
  if (tag === 'nav' && hasClass(attrs, 'pagination-nav')) return 'pagination';
  if (hasClass(attrs, 'theme-doc-toc-mobile')) return 'toc';
  // The site footer, not the <footer> of a post in a list of posts.
  if (tag === 'footer' && hasClass(attrs, 'footer')) return 'footer';
  return undefined;
}

/** One pass over a page: the text of each region, the content's letters, and the title. */
function read(
  html: string,
  onChrome: (item: ChromeHan) => void,
  onContent: (text: string) => void,
): string {
  const stack: Frame[] = [];
  let title = '';
  let inTitle = false;
  const inside = <K extends keyof Frame>(key: K): Frame[K] | undefined => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i]![key]) return stack[i]![key];
    return undefined;
  };
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        const frame: Frame = { tag };
        if (tag === 'main') frame.main = true;
        if (['script', 'style', 'noscript', 'template', 'svg'].includes(tag)) frame.skip = true;
        // The translation notices above a body: interface, but about the content; neither.
        if (attrs.role === 'note' || 'data-translation' in attrs) frame.skip = true;
        // The table of contents lists the content's own headings (a post's sits outside <main>).
        if (hasClass(attrs, 'table-of-contents')) frame.skip = true;
        if (attrs.lang && !attrs.lang.startsWith('en')) frame.foreign = true;
        // Outside <main>, an <aside> is a sidebar (the docs' and the blog's).
        frame.region =
          regionOf(tag, attrs) ?? (tag === 'aside' && !inside('main') ? 'sidebar' : undefined);
        if (tag === 'a' && attrs.href && !hasClass(attrs, 'menu__link--sublist'))
          frame.names = attrs.href;
        if (hasClass(attrs, 'breadcrumbs__item--active')) frame.names = 'self';
        // The document's <title>, not an SVG chart's.
        if (tag === 'title' && !inside('skip') && !title) inTitle = true;
        const region = frame.region ?? inside('region');
        if (!frame.skip && !inside('skip') && !frame.foreign && !inside('foreign')) {
          const chrome = region ?? (inside('main') ? undefined : 'page');
          for (const name of textAttributes) {
            const value = attrs[name];
            if (!value || !han.test(value)) continue;
            if (chrome)
              onChrome({ region: chrome, text: value, names: frame.names ?? inside('names') });
          }
        }
        if (!VOID_TAGS.has(tag)) stack.push(frame);
      },
      ontext(text) {
        if (inTitle) {
          title += text;
          return;
        }
        if (inside('skip') || inside('foreign') || !text.trim()) return;
        const region = inside('region');
        if (region ?? !inside('main')) {
          if (han.test(text))
            onChrome({ region: region ?? 'page', text: text.trim(), names: inside('names') });
        } else onContent(text);
      },
      onclosetag(tag) {
        if (tag === 'title') inTitle = false;
        if (VOID_TAGS.has(tag)) return;
        // Pop to the matching element: browsers close unclosed children with their parent.
        for (let i = stack.length - 1; i >= 0; i--) {
          if (stack[i]!.tag === tag) {
            stack.length = i;
            break;
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return title.trim();
}

/**
 * Han characters in a page's interface. The <title> counts only for its site-name part (after
 * the last " | "): the part before it is the page's own title.
 */
export function chromeHan(html: string): ChromeHan[] {
  const found: ChromeHan[] = [];
  const title = read(
    html,
    (item) => found.push(item),
    () => undefined,
  );
  const siteName = title.includes(' | ') ? title.slice(title.lastIndexOf(' | ') + 3) : '';
  if (han.test(siteName)) found.push({ region: 'title', text: siteName });
  return found;
}

export interface ContentShare {
  /** Letters and digits in the content. */
  characters: number;
  /** Of which Han characters. */
  han: number;
  share: number;
}

/** The share of Han characters among the letters and digits of a page's content. */
export function mainHanShare(html: string): ContentShare {
  let characters = 0;
  let hanCount = 0;
  read(
    html,
    () => undefined,
    (text) => {
      characters += text.match(letterOrDigit)?.length ?? 0;
      hanCount += text.match(hanGlobal)?.length ?? 0;
    },
  );
  return { characters, han: hanCount, share: characters === 0 ? 0 : hanCount / characters };
}
