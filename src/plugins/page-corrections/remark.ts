/**
 * remark plugin (doc pages and blog posts): ends a page that the corrections log names as a
 * target with `<PageCorrections data={…} />` (src/components/PageCorrections), the page's own
 * corrections, newest first, in the locale being built. Pages without corrections are left
 * alone, and no page carries any other page's entries.
 *
 * A blog post is compiled twice: whole for its page, and cut at its `{/* truncate *\/}` marker for
 * the blog's list pages (the build requires the marker in every post). Only the whole post gets the
 * section, so a list page showing two corrected posts does not hold it twice.
 *
 * A correction names its page by path ("/docs/models/qwen", "/blog/open-llms-2023"), as the
 * loader checks it against the files (src/data/load.ts: docFileOf, blogFileOf); `pageTarget`
 * is the reverse, from the file being compiled, in either locale.
 */
import { relative, sep } from 'node:path';
import type { Root, RootContent } from 'mdast';
import type { AtlasData } from '../../data/types';
import { correctionsOf } from '../../lib/corrections';
import { importNode } from '../mdx-auto-import';
import { jsonAttribute } from '../mdx-nodes';

const componentName = 'AtlasPageCorrections';
const componentModule = '@site/src/components/PageCorrections';

/**
 * The path a correction uses for the page compiled from `file` (relative to the site), or
 * undefined for a file that is neither a doc nor a blog post:
 * `docs/models/qwen.mdx` and `i18n/en/docusaurus-plugin-content-docs/current/models/qwen.mdx`
 * → `/docs/models/qwen`; `docs/community/index.mdx` → `/docs/community`;
 * `blog/2023-12-31-open-llms-2023.mdx` → `/blog/open-llms-2023`.
 */
export function pageTarget(file: string): string | undefined {
  const path = file.split(sep).join('/');
  const doc = /^(?:docs|i18n\/[^/]+\/docusaurus-plugin-content-docs\/current)\/(.+)\.mdx?$/.exec(
    path,
  );
  if (doc) return `/docs/${doc[1]!}`.replace(/\/index$/, '');
  const post =
    /^(?:blog|i18n\/[^/]+\/docusaurus-plugin-content-blog)\/(?:\d{4}-\d{2}-\d{2}-)?([^/]+)\.mdx?$/.exec(
      path,
    );
  return post ? `/blog/${post[1]!}` : undefined;
}

/** Whether the tree holds the blog's `{/* truncate *\/}` marker, which only a whole post keeps. */
function hasTruncateMarker(tree: Root): boolean {
  return tree.children.some(
    (node) =>
      node.type === 'mdxFlowExpression' && /^\s*\/\*\s*truncate\s*\*\/\s*$/.test(node.value),
  );
}

export interface RemarkPageCorrectionsOptions {
  data: () => Pick<AtlasData, 'corrections'>;
  siteDir: string;
}

export default function remarkPageCorrections(options: RemarkPageCorrectionsOptions) {
  return (tree: Root, file: { path?: string }) => {
    if (!file.path) return;
    const target = pageTarget(relative(options.siteDir, file.path));
    if (!target) return;
    if (target.startsWith('/blog/') && !hasTruncateMarker(tree)) return;
    const corrections = correctionsOf(options.data().corrections, target);
    if (corrections.length === 0) return;
    const element = {
      type: 'mdxJsxFlowElement',
      name: componentName,
      attributes: [jsonAttribute('data', corrections)],
      children: [],
    };
    tree.children.unshift(importNode(componentName, componentModule) as unknown as RootContent);
    tree.children.push(element as unknown as RootContent);
  };
}
