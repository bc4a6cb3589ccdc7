import React, { useEffect, useLayoutEffect, useRef, useState, type ComponentType } from 'react';
import type ContentType from '@theme/CodeBlock/Content';
import type { WrapperProps } from '@docusaurus/types';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { useColorMode } from '@docusaurus/theme-common';
import { useCodeBlockContext } from '@docusaurus/theme-common/internal';
import ServerHighlighter from '@atlas/code-highlighter';
import { useKeptMarkup } from '@site/src/components/deferredView';

type Props = WrapperProps<typeof ContentType>;
type Highlighter = ComponentType<Props>;

let loaded: Highlighter | null = null;
let loading: Promise<Highlighter> | null = null;
/** The highlighter's chunk, fetched once per visit. */
function loadHighlighter(): Promise<Highlighter> {
  loading ??= import('./Highlighted').then((m) => (loaded = m.default as Highlighter));
  return loading;
}

/** The code as plain text in the theme's classes, until the highlighter's chunk has loaded. */
function PlainCode({ className }: Props): React.JSX.Element {
  const { metadata, wordWrap } = useCodeBlockContext();
  return (
    <pre
      ref={wordWrap.codeBlockRef}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- as the theme's <pre>: scrollable by keyboard
      tabIndex={0}
      className={`${className ?? ''} prism-code thin-scrollbar`.trim()}>
      <code>{metadata.code}</code>
    </pre>
  );
}

/**
 * A code block's content, highlighted by a chunk that only pages rendering code load.
 *
 * The server build renders the highlighter itself (`@atlas/code-highlighter`, see
 * src/plugins/lazy-prism), so the HTML always holds highlighted code. In the browser, the
 * first render hydrates that HTML without touching it (an element whose inner HTML React is
 * told to leave alone). The server's colours are the light theme's: in dark mode the block
 * fetches the highlighter, which renders the same markup in dark colours; in light mode the
 * page fetches nothing more. After a client-side navigation, the plain text shows for the moment
 * the chunk takes to load the first time. A Suspense boundary would not do: React outlines a
 * boundary that comes after the first 12.8 KB of HTML, so the HTML would hold the fallback
 * and a script to swap it.
 */
export default function ContentWrapper(props: Props): React.JSX.Element {
  const isBrowser = useIsBrowser();
  const { wordWrap } = useCodeBlockContext();
  const kept = useRef<HTMLDivElement>(null);
  const serverMarkup = useKeptMarkup('code');
  const [Loaded, setLoaded] = useState<Highlighter | null>(() => loaded);
  // The server's markup, highlighted, is shown while hydrating and inside an island that saved
  // it, and stays until the highlighter is needed; a block rendered after a client-side
  // navigation starts as plain text.
  const [keep] = useState(() => !isBrowser || serverMarkup.restored);
  const { colorMode } = useColorMode();
  // The theme's word-wrap button reads the <pre> through this ref, which the server's HTML,
  // kept as it is until the highlighter arrives, does not set.
  useLayoutEffect(() => {
    const pre = kept.current?.querySelector('pre');
    if (pre) wordWrap.codeBlockRef.current = pre;
  });
  // The server highlights in the light theme, so a reader in light mode looking at its markup
  // needs no highlighter; in dark mode, or without that markup, it is fetched.
  useEffect(() => {
    if (!Loaded && (!keep || colorMode !== 'light'))
      void loadHighlighter().then((h) => setLoaded(() => h));
  }, [Loaded, keep, colorMode]);
  const Highlighted = ServerHighlighter ?? Loaded;
  if (Highlighted)
    return (
      // Marked on the server, where an island (src/components/AtlasIsland) finds what to keep.
      <div data-kept={ServerHighlighter ? serverMarkup.props['data-kept'] : undefined}>
        <Highlighted {...props} />
      </div>
    );
  if (keep) return <div ref={kept} {...serverMarkup.props} />;
  return (
    <div>
      <PlainCode {...props} />
    </div>
  );
}
