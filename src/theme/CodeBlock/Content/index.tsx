import React, { Suspense } from 'react';
import type ContentType from '@theme/CodeBlock/Content';
import type { WrapperProps } from '@docusaurus/types';
import { useCodeBlockContext } from '@docusaurus/theme-common/internal';
import Highlighter from '@atlas/code-highlighter';

type Props = WrapperProps<typeof ContentType>;

/** The code as plain text in the theme's classes, until the highlighter's chunk has loaded. */
function PlainCode({ className }: Props): React.JSX.Element {
  const { metadata } = useCodeBlockContext();
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- as the theme's <pre>: scrollable by keyboard
    <pre tabIndex={0} className={`${className ?? ''} prism-code thin-scrollbar`.trim()}>
      <code>{metadata.code}</code>
    </pre>
  );
}

/**
 * A code block's content, highlighted by a chunk that loads only where a code block renders.
 *
 * `@atlas/code-highlighter` is the highlighted block itself in the server build, so the HTML
 * always holds highlighted code inside a completed Suspense boundary (a lazy component there
 * would leave the plain fallback in the HTML, swapped by an inline script). In the browser it
 * is a lazy component: suspending while the page hydrates, it keeps the server's HTML until
 * its chunk arrives and then hydrates it, so the reader sees no change; only after a
 * client-side navigation does the plain text show, while the chunk loads the first time.
 */
export default function ContentWrapper(props: Props): React.JSX.Element {
  return (
    <Suspense fallback={<PlainCode {...props} />}>
      <Highlighter {...props} />
    </Suspense>
  );
}
