import React from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import TranslationNotice, { usePageTranslation } from '@site/src/components/TranslationNotice';
import StaleNotice from '@site/src/components/StaleNotice';
import { dayOf } from '@site/src/components/StaleNotice/logic';
import CopyMarkdownButton from '@site/src/components/CopyMarkdownButton';

type Props = WrapperProps<typeof ContentType>;

/**
 * Above a doc's body: the "复制为 Markdown" button, and where they apply the translation notice
 * (not translated yet, or translated from an older Chinese version) and the "last checked long
 * ago" notice (front matter `last_verified`).
 */
export default function ContentWrapper(props: Props): React.JSX.Element {
  const { metadata, frontMatter } = useDoc();
  const translation = usePageTranslation(metadata.source, metadata.permalink);
  const lastVerified = dayOf((frontMatter as { last_verified?: unknown }).last_verified);
  return (
    <>
      <CopyMarkdownButton permalink={metadata.permalink} />
      {translation && <TranslationNotice {...translation} />}
      {lastVerified && <StaleNotice verified={lastVerified} scope="page" />}
      <Content {...props} />
    </>
  );
}
