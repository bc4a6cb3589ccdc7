/**
 * Just enough HTML querying for checks that read the built pages in Node (no browser): parse
 * with htmlparser2, find elements by class or tag, read attributes and text.
 */
import { DomUtils, parseDocument } from 'htmlparser2';

export type Document = ReturnType<typeof parseDocument>;
export type Element = ReturnType<typeof DomUtils.findAll>[number];

export const parseHtml = (html: string): Document => parseDocument(html);

export function hasClass(el: Element, className: string): boolean {
  return (el.attribs.class ?? '').split(/\s+/).includes(className);
}

/** Elements under `root` (itself excluded) that match `test`, in document order. */
export function findAll(root: Document | Element, test: (el: Element) => boolean): Element[] {
  return DomUtils.findAll(test, root.children);
}

export const byClass = (root: Document | Element, className: string): Element[] =>
  findAll(root, (el) => hasClass(el, className));

export const byTag = (root: Document | Element, tag: string): Element[] =>
  findAll(root, (el) => el.name === tag);

export const textOf = (el: Element): string => DomUtils.textContent(el);
