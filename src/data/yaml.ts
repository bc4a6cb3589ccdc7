/**
 * YAML that says what it drops. An unquoted " #" starts a comment, so a value such as
 * `note: 见 llama.cpp 合并请求 #6587 的日志` ends at "请求" without a word: the parser keeps the
 * rest as a comment. Data files and front matter keep comments on lines of their own, so every
 * comment after a value on the same line is text that was meant to be part of it.
 */
import { isPair, isScalar, isSeq, visit, type Document } from 'yaml';

export interface DroppedText {
  /** Where the value is: keys, and indices of list items ("0", "arch", "note"). */
  path: string[];
  /** What the parser took as a comment. */
  comment: string;
}

/** The values of a parsed document that a same-line comment cut short. */
export function droppedText(doc: Document): DroppedText[] {
  const dropped: DroppedText[] = [];
  visit(doc, {
    Scalar(key, node, ancestors) {
      if (!node.comment || key === 'key') return;
      const chain = [...ancestors, node];
      const path: string[] = [];
      for (let i = 1; i < chain.length; i++) {
        const parent = chain[i - 1];
        if (isSeq(parent)) path.push(String(parent.items.indexOf(chain[i])));
        else if (isPair(parent) && chain[i] === parent.value)
          path.push(String(isScalar(parent.key) ? parent.key.value : parent.key));
      }
      dropped.push({ path, comment: node.comment.trim() });
    },
  });
  return dropped;
}

/** The message for one, quoting the start of what was dropped. */
export function droppedTextMessage(comment: string): string {
  const quoted = comment.length > 40 ? `${comment.slice(0, 40)}…` : comment;
  return `YAML reads " #" as the start of a comment, so "#${quoted}" is not part of the value: quote the value if the "#" belongs to it, or put the comment on a line of its own`;
}
