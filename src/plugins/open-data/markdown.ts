/**
 * A built page's article → Markdown, for the `.md` address of each doc page, "复制为
 * Markdown" and /llms-full.txt. It reads the rendered HTML rather than the MDX source, so
 * what MDX components render (data tables, cards, terms) arrives as Markdown tables, lists
 * and links instead of raw JSX; formulas come back as their TeX (KaTeX keeps it in a MathML
 * annotation), and diagrams, rendered to SVG at build time, as the Mermaid source they were
 * made from when the caller can supply it, else as their accessible description.
 */
import { parseDocument, DomUtils } from 'htmlparser2';

// domhandler's types, reached through htmlparser2 (the dependency the project declares).
type Element = ReturnType<typeof DomUtils.findAll>[number];
type ChildNode = Element['children'][number];
const { isTag, isText } = DomUtils;

export interface MarkdownOptions {
  /** Absolute URL the page's links are resolved against. */
  pageUrl: string;
  /** Mermaid sources of the page's diagrams, in order (from its Markdown source). */
  diagrams?: readonly string[];
}

const isElement = (n: ChildNode): n is Element => isTag(n);
const classes = (el: Element): string[] => (el.attribs.class ?? '').split(/\s+/);
const hasClass = (el: Element, c: string) => classes(el).includes(c);

/** Whole subtrees that are not content (navigation, buttons, hidden MathML duplicates). */
function skipped(el: Element): boolean {
  if (['script', 'style', 'button', 'nav', 'noscript', 'template', 'svg'].includes(el.name))
    return true;
  return ['hash-link', 'theme-doc-toc-mobile', 'katex-html', 'atlas-markdown-skip'].some((c) =>
    hasClass(el, c),
  );
}

function texOf(el: Element): string {
  const annotation = DomUtils.findOne(
    (n) => n.name === 'annotation' && n.attribs.encoding === 'application/x-tex',
    el.children,
  );
  return annotation ? DomUtils.textContent(annotation).trim() : DomUtils.textContent(el).trim();
}

const collapse = (s: string) => s.replace(/[ \t\r\n]+/g, ' ');

class Converter {
  private diagram = 0;
  constructor(private readonly options: MarkdownOptions) {}

  private url(href: string): string {
    try {
      return new URL(href, this.options.pageUrl).href;
    } catch {
      return href;
    }
  }

  /** Inline content of a node list, on one line. */
  inline(nodes: readonly ChildNode[]): string {
    return nodes.map((n) => this.inlineNode(n)).join('');
  }

  private inlineNode(n: ChildNode): string {
    if (isText(n)) return collapse(n.data);
    if (!isElement(n) || skipped(n)) return '';
    if (hasClass(n, 'katex')) return `$${texOf(n)}$`;
    const inner = () => this.inline(n.children).trim();
    switch (n.name) {
      case 'br':
        return ' ';
      case 'strong':
      case 'b':
        return `**${inner()}**`;
      case 'em':
      case 'i':
        return `*${inner()}*`;
      case 'code':
        return `\`${DomUtils.textContent(n)}\``;
      case 'sup': {
        const ref = DomUtils.findOne(
          (e) => e.attribs['data-footnote-ref'] !== undefined,
          n.children,
        );
        return ref ? `[^${DomUtils.textContent(ref).trim()}]` : `^${inner()}`;
      }
      case 'a': {
        const text = inner();
        const href = n.attribs.href;
        if (!href || !text) return text;
        if (n.attribs['data-footnote-backref'] !== undefined) return '';
        return `[${text}](${this.url(href)})`;
      }
      case 'img':
        return n.attribs.src ? `![${n.attribs.alt ?? ''}](${this.url(n.attribs.src)})` : '';
      default:
        return this.inline(n.children);
    }
  }

  /** Block content of a node list, blocks separated by blank lines. */
  blocks(nodes: readonly ChildNode[]): string {
    const out: string[] = [];
    let run: ChildNode[] = [];
    const flush = () => {
      const text = this.inline(run).trim();
      if (text) out.push(text);
      run = [];
    };
    for (const n of nodes) {
      const block = isElement(n) && !skipped(n) ? this.block(n) : undefined;
      if (block === undefined) {
        if (!(isElement(n) && skipped(n))) run.push(n);
        continue;
      }
      flush();
      if (block.trim()) out.push(block.trimEnd());
    }
    flush();
    return out.join('\n\n');
  }

  /** Markdown for a block element, or undefined if it is inline. */
  private block(el: Element): string | undefined {
    if (hasClass(el, 'katex-display')) return `$$\n${texOf(el)}\n$$`;
    if (hasClass(el, 'atlas-mermaid')) {
      const source = this.options.diagrams?.[this.diagram];
      this.diagram += 1;
      const label = el.attribs['aria-label'] ?? '';
      return source ? `\`\`\`mermaid\n${source.trim()}\n\`\`\`` : `（图：${label}）`;
    }
    if (hasClass(el, 'katex')) return undefined;
    const heading = /^h([1-6])$/.exec(el.name);
    if (heading) {
      if (hasClass(el, 'sr-only')) return '';
      return `${'#'.repeat(Number(heading[1]))} ${this.inline(el.children).trim()}`;
    }
    switch (el.name) {
      case 'p':
      case 'figcaption':
        return this.inline(el.children).trim();
      case 'pre': {
        const lang = /language-([\w-]+)/.exec(
          `${el.attribs.class ?? ''} ${(el.parent as Element | null)?.attribs?.class ?? ''}`,
        )?.[1];
        const code = codeText(el).replace(/\n+$/, '');
        return `\`\`\`${lang ?? ''}\n${code}\n\`\`\``;
      }
      case 'ul':
      case 'ol':
        return this.list(el);
      case 'section':
        if (el.attribs['data-footnotes'] !== undefined) return this.footnotes(el);
        return this.blocks(el.children);
      case 'table':
        return this.table(el);
      case 'blockquote':
        return quote(this.blocks(el.children));
      case 'hr':
        return '---';
      case 'dl':
        return DomUtils.getChildren(el)
          .filter(isElement)
          .flatMap((item) =>
            item.name === 'div' ? DomUtils.getChildren(item).filter(isElement) : [item],
          )
          .map((item) =>
            item.name === 'dt'
              ? `- **${this.inline(item.children).trim()}**`
              : `  ${this.inline(item.children).trim()}`,
          )
          .join('\n');
      case 'details': {
        const summary = el.children.find((c) => isElement(c) && c.name === 'summary');
        const rest = el.children.filter((c) => c !== summary);
        const title = summary ? `**${this.inline((summary as Element).children).trim()}**\n\n` : '';
        return `${title}${this.blocks(rest)}`;
      }
      case 'summary':
        return `**${this.inline(el.children).trim()}**`;
      case 'div':
      case 'article':
      case 'header':
      case 'footer':
      case 'figure':
      case 'main':
      case 'aside':
        if (hasClass(el, 'theme-admonition')) return quote(this.blocks(el.children));
        return this.blocks(el.children);
      default:
        return undefined;
    }
  }

  private list(el: Element): string {
    const ordered = el.name === 'ol';
    return DomUtils.getChildren(el)
      .filter((c): c is Element => isElement(c) && c.name === 'li')
      .map((li, i) => {
        const marker = ordered ? `${i + 1}. ` : '- ';
        const body = this.blocks(li.children).replace(/\n\n+/g, '\n');
        return marker + body.split('\n').join(`\n${' '.repeat(marker.length)}`);
      })
      .join('\n');
  }

  /** remark's footnote section → `[^n]: text` definitions (n as the references show it). */
  private footnotes(el: Element): string {
    const items = DomUtils.findAll((n) => n.name === 'li', el.children);
    return items
      .map((li, i) => `[^${i + 1}]: ${this.blocks(li.children).replace(/\n\n+/g, ' ').trim()}`)
      .join('\n');
  }

  private table(el: Element): string {
    const rows = DomUtils.findAll((n) => n.name === 'tr', el.children);
    if (rows.length === 0) return '';
    const cells = rows.map((tr) =>
      DomUtils.getChildren(tr)
        .filter((c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th'))
        // Minified HTML leaves `</th>` out, and htmlparser2 then nests the next rows inside
        // the last header cell: those rows are read as rows, not as the cell's text.
        .map((c) =>
          c.children.filter(
            (k) => !(isElement(k) && ['tr', 'tbody', 'thead', 'tfoot'].includes(k.name)),
          ),
        )
        .map((children) =>
          this.blocks(children)
            .replace(/\s*\n+\s*/g, ' ')
            .replace(/\|/g, '\\|'),
        ),
    );
    const width = Math.max(...cells.map((r) => r.length));
    const line = (r: string[]) =>
      `| ${Array.from({ length: width }, (_, i) => r[i] ?? '').join(' | ')} |`;
    const [head = [], ...body] = cells;
    return [line(head), `|${' --- |'.repeat(width)}`, ...body.map(line)].join('\n');
  }
}

/** Code block text: Prism renders each line as a span and line ends as <br>. */
function codeText(el: Element): string {
  let out = '';
  const walk = (nodes: readonly ChildNode[]) => {
    for (const n of nodes) {
      if (isText(n)) out += n.data;
      else if (isElement(n)) {
        if (n.name === 'br') out += '\n';
        else walk(n.children);
      }
    }
  };
  walk(el.children);
  return out;
}

const quote = (text: string) =>
  text
    .split('\n')
    .map((l) => (l ? `> ${l}` : '>'))
    .join('\n');

/** Undo the HTML entity decoding htmlparser2 does not need, and tidy blank lines. */
const tidy = (md: string) => `${md.replace(/\n{3,}/g, '\n\n').trim()}\n`;

/** The Markdown of the element with class `markdown` (a doc's or post's body) in `html`. */
export function articleMarkdown(html: string, options: MarkdownOptions): string | undefined {
  const doc = parseDocument(html);
  const body = DomUtils.findOne((el) => hasClass(el, 'markdown'), doc.children);
  if (!body) return undefined;
  return tidy(new Converter(options).blocks(body.children));
}

/** The ```mermaid fences of a Markdown/MDX source, in order. */
export function mermaidSources(source: string): string[] {
  return [...source.matchAll(/^(```+|~~~+)mermaid[^\n]*\n([\s\S]*?)^\1\s*$/gm)].map((m) => m[2]!);
}
