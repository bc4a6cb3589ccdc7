/**
 * Rendered HTML → search records. Reads what the reader sees (so text produced by MDX
 * components and data pages is searchable), split at h2/h3 headings that have ids.
 * Code blocks, navigation, the table of contents, footnote lists, math markup and buttons are
 * left out.
 */
import { Parser } from 'htmlparser2';

export interface ExtractedSection {
  anchor: string;
  heading: string;
  text: string;
}

export interface ExtractedPage {
  title: string;
  crumbs: string[];
  description: string;
  /** Text before the first heading. */
  intro: string;
  sections: ExtractedSection[];
}

/** Elements whose whole subtree is not content. */
const SKIP_TAGS = new Set([
  'pre',
  'script',
  'style',
  'svg',
  'button',
  'noscript',
  'template',
  'nav',
  'footer',
  'select',
  'textarea',
]);
const SKIP_CLASSES = [
  'hash-link',
  'katex-mathml',
  'theme-doc-toc-mobile',
  'theme-code-block',
  'theme-doc-footer',
  'theme-edit-this-page',
  'theme-last-updated',
  'pagination-nav',
  'atlas-search-skip',
];
/** Elements that, given a stable id, are records of their own (data cards, table rows). */
const BLOCK_ANCHOR_TAGS = new Set(['article', 'section', 'tr', 'li', 'div', 'dt']);
/** React's useId and similar generated ids change between builds: never link to them. */
const isStableId = (id: string) =>
  /^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u.test(id) && !/^(fn|fnref|user-content-)/.test(id);

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'tr',
  'td',
  'th',
  'table',
  'section',
  'br',
  'dd',
  'dt',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'figcaption',
  'header',
  'details',
  'summary',
]);
const VOID_TAGS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** Longest body text kept per record; a section longer than this is mostly found by its start. */
export const MAX_RECORD_TEXT = 5000;

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

export function extractPage(html: string): ExtractedPage | null {
  let title = '';
  let description = '';
  const crumbs: string[] = [];
  const sections: ExtractedSection[] = [];
  let intro = '';

  // Element stack of the parts we care about.
  const stack: Array<{
    tag: string;
    skip: boolean;
    root: boolean;
    heading: boolean;
    crumb: boolean;
    h1: boolean;
    /** An anchored block (a data card, a table row with an id): the section to return to after it. */
    block?: { previous: ExtractedSection | null };
  }> = [];
  let blockDepth = 0;
  let skipDepth = 0;
  let rootDepth = 0; // >0 inside the content root
  let articleSeen = false;
  let inBreadcrumbs = 0;
  let crumbText = '';
  let headingText: string | null = null;
  let headingAnchor = '';
  let h1Text: string | null = null;
  let current: ExtractedSection | null = null;
  let inFootnotes = 0;
  // Inside a page <header> only the h1 counts (blog headers also hold dates and authors).
  let inHeader = 0;

  const appendText = (t: string) => {
    if (current) {
      if (current.text.length < MAX_RECORD_TEXT) current.text += t;
    } else if (intro.length < MAX_RECORD_TEXT) intro += t;
  };

  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        const cls = attrs.class ?? '';
        if (tag === 'meta' && attrs.name === 'description' && attrs.content)
          description = attrs.content;
        const isVoid = VOID_TAGS.has(tag);
        const frame: (typeof stack)[number] = {
          tag,
          skip: false,
          root: false,
          heading: false,
          crumb: false,
          h1: false,
        };
        if (tag === 'nav' && cls.includes('theme-doc-breadcrumbs')) {
          inBreadcrumbs++;
        }
        if (inBreadcrumbs > 0 && tag === 'li') {
          frame.crumb = true;
          crumbText = '';
        }
        // The content root: the Markdown of a doc or blog post, or <main> of other pages.
        const isRoot =
          rootDepth === 0 &&
          ((tag === 'article' && !articleSeen) ||
            (tag === 'main' && !articleSeen && !cls.includes('docMainContainer')));
        if (isRoot) {
          frame.root = true;
          rootDepth = 1;
          if (tag === 'article') articleSeen = true;
        } else if (rootDepth > 0 && !isVoid) rootDepth++;

        if (rootDepth > 0 && skipDepth === 0 && inBreadcrumbs === 0) {
          if (
            SKIP_TAGS.has(tag) ||
            SKIP_CLASSES.some((c) => cls.split(/\s+/).includes(c)) ||
            'data-footnotes' in attrs ||
            attrs['aria-hidden'] === 'true'
          ) {
            frame.skip = true;
          } else if (tag === 'h1' && !title) {
            frame.h1 = true;
            h1Text = '';
          } else if (/^h[2-4]$/.test(tag) && blockDepth > 0 && current && !current.heading) {
            // The title of an anchored block (its own id, if any, is generated and unstable).
            frame.heading = true;
            headingText = '';
            headingAnchor = '';
          } else if ((tag === 'h2' || tag === 'h3') && attrs.id && isStableId(attrs.id)) {
            frame.heading = true;
            headingText = '';
            headingAnchor = attrs.id;
          } else if (BLOCK_ANCHOR_TAGS.has(tag) && attrs.id && isStableId(attrs.id)) {
            // Data pages: each card or row with an id is a record, linked as page#id.
            frame.block = { previous: current };
            blockDepth++;
            current = { anchor: attrs.id, heading: '', text: '' };
            sections.push(current);
          } else if (BLOCK_TAGS.has(tag)) appendText(' ');
        }
        if (frame.skip) skipDepth++;
        if (tag === 'section' && 'data-footnotes' in attrs) inFootnotes++;
        if (tag === 'header' && rootDepth > 0) inHeader++;
        if (!isVoid) stack.push(frame);
      },
      ontext(raw) {
        if (inBreadcrumbs > 0) {
          crumbText += raw;
          return;
        }
        if (rootDepth === 0 || skipDepth > 0 || inFootnotes > 0) return;
        if (h1Text !== null) h1Text += raw;
        else if (inHeader > 0 && blockDepth === 0) return;
        else if (headingText !== null) headingText += raw;
        else appendText(raw);
      },
      onclosetag(tag, isImplied) {
        if (VOID_TAGS.has(tag)) return;
        const frame = stack.pop();
        if (!frame) return;
        void isImplied;
        if (frame.skip) skipDepth--;
        if (frame.tag === 'header' && inHeader > 0) inHeader--;
        if (frame.tag === 'section' && inFootnotes > 0) inFootnotes = Math.max(0, inFootnotes - 1);
        if (frame.crumb) {
          const t = clean(crumbText);
          if (t) crumbs.push(t);
          crumbText = '';
        }
        if (frame.tag === 'nav' && inBreadcrumbs > 0) inBreadcrumbs--;
        if (frame.h1 && h1Text !== null) {
          title = clean(h1Text);
          h1Text = null;
        }
        if (frame.heading && headingText !== null) {
          if (headingAnchor) {
            current = { anchor: headingAnchor, heading: clean(headingText), text: '' };
            sections.push(current);
          } else if (current) current.heading = clean(headingText);
          headingText = null;
        }
        if (frame.block) {
          blockDepth--;
          // A row without a heading is named by its first words.
          if (current && !current.heading) current.heading = clean(current.text).slice(0, 40);
          current = frame.block.previous;
        }
        if (rootDepth > 0) {
          if (frame.root) rootDepth = 0;
          else rootDepth--;
          if (BLOCK_TAGS.has(tag) && skipDepth === 0) appendText(' ');
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();

  if (!articleSeen && rootDepth === 0 && !title && sections.length === 0 && !intro.trim())
    return null;
  if (!title) {
    const m = /<title[^>]*>([^<]*)<\/title>/i.exec(html);
    title = clean((m?.[1] ?? '').replace(/\s*\|[^|]*$/, ''));
  }
  // The last crumb is the page itself.
  if (crumbs.length > 0 && crumbs[crumbs.length - 1] === title) crumbs.pop();
  return {
    title,
    crumbs,
    description: clean(description),
    intro: clean(intro),
    sections: sections.map((s) => ({ ...s, text: clean(s.text) })).filter((s) => s.heading),
  };
}
