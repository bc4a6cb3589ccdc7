import React, { useEffect, useRef, useState, type ReactElement } from 'react';
import clsx from 'clsx';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import { ThemeClassNames } from '@docusaurus/theme-common';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import { useHistory } from '@docusaurus/router';
import Heading from '@theme/Heading';
import MDXContent from '@theme/MDXContent';
import TranslationNotice, { usePageTranslation } from '@site/src/components/TranslationNotice';
import StaleNotice, { KeptStaleNotices } from '@site/src/components/StaleNotice';
import { dayOf } from '@site/src/components/StaleNotice/logic';
import CopyMarkdownButton from '@site/src/components/CopyMarkdownButton';
import { IslandsHost } from '@site/src/components/AtlasIsland';
import type { StubBody } from '@site/src/components/AtlasIsland/body';
import { delegateLinks } from '@site/src/components/AtlasIsland/links';

type Props = WrapperProps<typeof ContentType>;

/**
 * A doc's body, with above it the "复制为 Markdown" button and, where they apply, the
 * translation notice (not translated yet, or translated from an older Chinese version) and the
 * "last checked long ago" notice (front matter `last_verified`).
 *
 * The body is the theme's (a synthetic title when the page has no `# heading`, then the MDX),
 * with one difference in a production build: its markup is the server's, and only its islands
 * run (src/plugins/islands). The element carries the doc's source so that the page's module
 * can tell it is the one the server rendered, and find it in a page's HTML.
 */
export default function ContentWrapper({ children }: Props): React.JSX.Element {
  const { metadata, frontMatter, contentTitle } = useDoc();
  const translation = usePageTranslation(metadata.source, metadata.permalink);
  const lastVerified = dayOf((frontMatter as { last_verified?: unknown }).last_verified);
  const body = ((children as ReactElement).type as { atlasBody?: StubBody }).atlasBody;
  const className = clsx(ThemeClassNames.docs.docMarkdown, 'markdown');
  const syntheticTitle =
    !frontMatter.hide_title && typeof contentTitle === 'undefined' ? metadata.title : null;
  return (
    <>
      <CopyMarkdownButton permalink={metadata.permalink} />
      {translation && <TranslationNotice {...translation} />}
      {lastVerified && <StaleNotice verified={lastVerified} scope="page" />}
      {body ? (
        <MarkupBody key={metadata.source} className={className} body={body}>
          {children}
        </MarkupBody>
      ) : (
        <div className={className} data-atlas-body={metadata.source}>
          {syntheticTitle && (
            <header>
              <Heading as="h1">{syntheticTitle}</Heading>
            </header>
          )}
          <MDXContent>{children}</MDXContent>
        </div>
      )}
    </>
  );
}

/**
 * A body whose markup is the server's (src/plugins/islands): left as it is on the page the
 * browser loaded, or read from the page's HTML. Until it is here (a return to the first page,
 * whose markup was not kept), the body is empty.
 */
function MarkupBody({
  className,
  body,
  children,
}: {
  className: string;
  body: StubBody;
  children: React.ReactNode;
}): React.JSX.Element {
  const [kept] = useState(() => body.claimKept());
  const [html, setHtml] = useState(() => (kept ? '' : body.html()));
  useEffect(() => {
    let current = true;
    if (html === null)
      void body.load().then((markup) => {
        if (current) setHtml(markup);
      });
    return () => {
      current = false;
    };
  }, [html, body]);
  if (html === null) return <div className={className} data-atlas-body={body.source} />;
  return (
    <KeptBody className={className} body={body} html={html}>
      {children}
    </KeptBody>
  );
}

/** The server's markup of the body, left alone by React, and the page's islands. */
function KeptBody({
  className,
  body,
  html,
  children,
}: {
  className: string;
  body: StubBody;
  /** The body's markup, or '' to keep what the server put in the document. */
  html: string;
  children: React.ReactNode;
}): React.JSX.Element {
  const element = useRef<HTMLDivElement>(null);
  const history = useHistory();
  useEffect(() => {
    const root = element.current;
    if (!root) return undefined;
    const undelegate = delegateLinks(root, (to) => history.push(to));
    return () => {
      undelegate();
      // Leaving the page: read its markup again, which a return to it will need.
      void body.load();
    };
  }, [history, body]);
  return (
    <>
      <div
        ref={element}
        className={className}
        data-atlas-body={body.source}
        dangerouslySetInnerHTML={{ __html: html }}
        suppressHydrationWarning
      />
      <IslandsHost.Provider value={element}>
        <MDXContent>{children}</MDXContent>
      </IslandsHost.Provider>
      <KeptStaleNotices root={element} />
    </>
  );
}
