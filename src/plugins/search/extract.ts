/**
 * Rendered HTML → search records. Reads what the reader sees (so text produced by MDX
 * components and data pages is searchable), split at h2/h3 headings that have ids.
 * Code blocks, navigation, the table of contents, footnote lists and references, math markup
 * and buttons are left out.
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
/** HTML elements that have no closing tag. */
export const VOID_TAGS: ReadonlySet<string> = new Set([
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

/** What the reader keeps per open element, to undo on its closing tag. */
interface Frame {
  tag: string;
  /** Opened a subtree that is not content (code, navigation, footnotes…). */
  skip: boolean;
  /** Is the content root. */
  root: boolean;
  /** Is a heading whose text names a section or an anchored block. */
  heading: boolean;
  /** Is one breadcrumb item. */
  crumb: boolean;
  /** Is the page's h1. */
  h1: boolean;
  /** An anchored block (a data card, a table row with an id): the section to return to after it. */
  block?: { previous: ExtractedSection | null };
}

/**
 * Reads one page in a single pass. Each step of the reading is a method of its own, called for
 * every opening tag in this order: the description meta, the breadcrumbs, the content root,
 * then (inside the root, outside skipped subtrees) what the element is — skipped, the title, a
 * section heading, an anchored block, or a break between words. Text goes to whatever is being
 * collected; closing tags finish what their opening started.
 */
class PageReader {
  title = '';
  description = '';
  readonly crumbs: string[] = [];
  readonly sections: ExtractedSection[] = [];
  intro = '';

  private readonly stack: Frame[] = [];
  // Breadcrumbs: how deep inside their <nav>, and the text of the current item.
  private inBreadcrumbs = 0;
  private crumbText = '';
  // Content root: >0 inside it (its depth); an <article> wins over a later <main>.
  private rootDepth = 0;
  private articleSeen = false;
  // Subtrees left out, and the footnote list (left out even where it is not a skipped subtree).
  private skipDepth = 0;
  private inFootnotes = 0;
  // Inside a page <header> only the h1 counts (blog headers also hold dates and authors).
  private inHeader = 0;
  // Text being collected for the h1 and for a heading (null when none is open).
  private h1Text: string | null = null;
  private headingText: string | null = null;
  private headingAnchor = '';
  // The section that body text goes to (null: the intro), and how many anchored blocks are open.
  private current: ExtractedSection | null = null;
  private blockDepth = 0;

  open(tag: string, attrs: Record<string, string>): void {
    const frame: Frame = { tag, skip: false, root: false, heading: false, crumb: false, h1: false };
    const isVoid = VOID_TAGS.has(tag);
    this.readMeta(tag, attrs);
    this.openBreadcrumb(tag, attrs, frame);
    this.openRoot(tag, attrs, frame, isVoid);
    if (this.rootDepth > 0 && this.skipDepth === 0 && this.inBreadcrumbs === 0)
      this.classify(tag, attrs, frame);
    if (frame.skip) this.skipDepth++;
    if (tag === 'section' && 'data-footnotes' in attrs) this.inFootnotes++;
    if (tag === 'header' && this.rootDepth > 0) this.inHeader++;
    if (!isVoid) this.stack.push(frame);
  }

  text(raw: string): void {
    if (this.inBreadcrumbs > 0) {
      this.crumbText += raw;
      return;
    }
    if (this.rootDepth === 0 || this.skipDepth > 0 || this.inFootnotes > 0) return;
    if (this.h1Text !== null) this.h1Text += raw;
    else if (this.inHeader > 0 && this.blockDepth === 0) return;
    else if (this.headingText !== null) this.headingText += raw;
    else this.appendText(raw);
  }

  close(tag: string): void {
    if (VOID_TAGS.has(tag)) return;
    const frame = this.stack.pop();
    if (!frame) return;
    if (frame.skip) this.skipDepth--;
    if (frame.tag === 'header' && this.inHeader > 0) this.inHeader--;
    if (frame.tag === 'section' && this.inFootnotes > 0) this.inFootnotes--;
    this.closeBreadcrumb(frame);
    this.closeTitleOrHeading(frame);
    this.closeBlock(frame);
    this.closeRoot(frame, tag);
  }

  /** The page's own summary, for the page record. */
  private readMeta(tag: string, attrs: Record<string, string>): void {
    if (tag === 'meta' && attrs.name === 'description' && attrs.content)
      this.description = attrs.content;
  }

  /** Docusaurus' breadcrumb <nav>: each <li> is one crumb. */
  private openBreadcrumb(tag: string, attrs: Record<string, string>, frame: Frame): void {
    if (tag === 'nav' && (attrs.class ?? '').includes('theme-doc-breadcrumbs'))
      this.inBreadcrumbs++;
    if (this.inBreadcrumbs > 0 && tag === 'li') {
      frame.crumb = true;
      this.crumbText = '';
    }
  }

  private closeBreadcrumb(frame: Frame): void {
    if (frame.crumb) {
      const t = clean(this.crumbText);
      if (t) this.crumbs.push(t);
      this.crumbText = '';
    }
    if (frame.tag === 'nav' && this.inBreadcrumbs > 0) this.inBreadcrumbs--;
  }

  /** The content root: the Markdown of a doc or blog post, or <main> of other pages. */
  private openRoot(
    tag: string,
    attrs: Record<string, string>,
    frame: Frame,
    isVoid: boolean,
  ): void {
    const isRoot =
      this.rootDepth === 0 &&
      ((tag === 'article' && !this.articleSeen) ||
        (tag === 'main' && !this.articleSeen && !(attrs.class ?? '').includes('docMainContainer')));
    if (isRoot) {
      frame.root = true;
      this.rootDepth = 1;
      if (tag === 'article') this.articleSeen = true;
    } else if (this.rootDepth > 0 && !isVoid) this.rootDepth++;
  }

  private closeRoot(frame: Frame, tag: string): void {
    if (this.rootDepth === 0) return;
    if (frame.root) this.rootDepth = 0;
    else this.rootDepth--;
    if (BLOCK_TAGS.has(tag) && this.skipDepth === 0) this.appendText(' ');
  }

  /** What an element inside the content is: left out, the title, a heading, a record, or a break. */
  private classify(tag: string, attrs: Record<string, string>, frame: Frame): void {
    const classes = (attrs.class ?? '').split(/\s+/);
    if (
      SKIP_TAGS.has(tag) ||
      SKIP_CLASSES.some((c) => classes.includes(c)) ||
      'data-footnotes' in attrs ||
      // A footnote reference is a number glued to the word before it ("条款4").
      'data-footnote-ref' in attrs ||
      attrs['aria-hidden'] === 'true'
    ) {
      frame.skip = true;
    } else if (tag === 'h1' && !this.title) {
      frame.h1 = true;
      this.h1Text = '';
    } else if (
      /^h[2-4]$/.test(tag) &&
      this.blockDepth > 0 &&
      this.current &&
      !this.current.heading
    ) {
      // The title of an anchored block (its own id, if any, is generated and unstable).
      frame.heading = true;
      this.headingText = '';
      this.headingAnchor = '';
    } else if ((tag === 'h2' || tag === 'h3') && attrs.id && isStableId(attrs.id)) {
      frame.heading = true;
      this.headingText = '';
      this.headingAnchor = attrs.id;
    } else if (BLOCK_ANCHOR_TAGS.has(tag) && attrs.id && isStableId(attrs.id)) {
      // Data pages: each card or row with an id is a record, linked as page#id.
      frame.block = { previous: this.current };
      this.blockDepth++;
      this.current = { anchor: attrs.id, heading: '', text: '' };
      this.sections.push(this.current);
    } else if (BLOCK_TAGS.has(tag)) this.appendText(' ');
  }

  private closeTitleOrHeading(frame: Frame): void {
    if (frame.h1 && this.h1Text !== null) {
      this.title = clean(this.h1Text);
      this.h1Text = null;
    }
    if (frame.heading && this.headingText !== null) {
      if (this.headingAnchor) {
        this.current = { anchor: this.headingAnchor, heading: clean(this.headingText), text: '' };
        this.sections.push(this.current);
      } else if (this.current) this.current.heading = clean(this.headingText);
      this.headingText = null;
    }
  }

  private closeBlock(frame: Frame): void {
    if (!frame.block) return;
    this.blockDepth--;
    // A row without a heading is named by its first words.
    if (this.current && !this.current.heading)
      this.current.heading = clean(this.current.text).slice(0, 40);
    this.current = frame.block.previous;
  }

  private appendText(t: string): void {
    if (this.current) {
      if (this.current.text.length < MAX_RECORD_TEXT) this.current.text += t;
    } else if (this.intro.length < MAX_RECORD_TEXT) this.intro += t;
  }

  /** Whether the page had anything to read at all. */
  get empty(): boolean {
    return (
      !this.articleSeen &&
      this.rootDepth === 0 &&
      !this.title &&
      this.sections.length === 0 &&
      !this.intro.trim()
    );
  }
}

export function extractPage(html: string): ExtractedPage | null {
  const reader = new PageReader();
  const parser = new Parser(
    {
      onopentag: (tag, attrs) => reader.open(tag, attrs),
      ontext: (raw) => reader.text(raw),
      onclosetag: (tag) => reader.close(tag),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();

  if (reader.empty) return null;
  let title = reader.title;
  if (!title) {
    const m = /<title[^>]*>([^<]*)<\/title>/i.exec(html);
    title = clean((m?.[1] ?? '').replace(/\s*\|[^|]*$/, ''));
  }
  const crumbs = [...reader.crumbs];
  // The last crumb is the page itself.
  if (crumbs.length > 0 && crumbs[crumbs.length - 1] === title) crumbs.pop();
  return {
    title,
    crumbs,
    description: clean(reader.description),
    intro: clean(reader.intro),
    sections: reader.sections.map((s) => ({ ...s, text: clean(s.text) })).filter((s) => s.heading),
  };
}
