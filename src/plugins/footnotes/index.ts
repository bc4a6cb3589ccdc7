/**
 * remark plugin: every footnote a page defines is cited, and every citation has a definition.
 * GFM renders only the definitions that something refers to, so a source whose marker was lost
 * (in a translation, in an edit) would vanish from the page without a word; and a marker with no
 * definition is printed as the literal text "[^label]". Either fails the build, naming the file,
 * the line and the label. Code (inline or fenced) is not looked into: `[^1]` there is an example.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';

interface MdNode {
  type: string;
  identifier?: string;
  label?: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { line: number } };
}

/** A marker GFM left as text: `[^label]` whose label has no definition. */
const literalMarker = /\[\^([^\]\s]+)\]/g;

/** The problems of one page's tree, each as "line: message". */
export function footnoteProblems(tree: Root): string[] {
  const defined = new Map<string, { label: string; line: number | undefined }>();
  const cited = new Set<string>();
  const problems: Array<{ line: number | undefined; message: string }> = [];
  const visit = (node: MdNode) => {
    const line = node.position?.start.line;
    if (node.type === 'footnoteDefinition' && node.identifier) {
      defined.set(node.identifier, { label: node.label ?? node.identifier, line });
    } else if (node.type === 'footnoteReference' && node.identifier) {
      cited.add(node.identifier);
    } else if (node.type === 'text' && node.value) {
      for (const m of node.value.matchAll(literalMarker)) {
        problems.push({
          line,
          message: `footnote [^${m[1]}] is cited but not defined (it would print as text)`,
        });
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree as MdNode);
  for (const [id, { label, line }] of defined) {
    if (!cited.has(id)) {
      problems.push({
        line,
        message: `footnote [^${label}] is defined but never cited (it would not be shown)`,
      });
    }
  }
  return problems
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
    .map((p) => `${p.line ?? '?'}: ${p.message}`);
}

export default function remarkStrictFootnotes() {
  return (tree: Root, file: VFile) => {
    const problems = footnoteProblems(tree);
    if (problems.length === 0) return;
    const where = file.path ?? '(mdx)';
    throw new Error(
      `Footnotes that would be lost:\n${problems.map((p) => `${where}:${p}`).join('\n')}`,
    );
  };
}
