import React from 'react';
import Content from '@theme-original/BlogPostItem/Content';
import type ContentType from '@theme/BlogPostItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import { useBlogPost } from '@docusaurus/plugin-content-blog/client';
import TranslationNotice, { usePageTranslation } from '@site/src/components/TranslationNotice';

type Props = WrapperProps<typeof ContentType>;

/**
 * On a post's own page, says when the post has not been translated into this locale or its
 * translation is behind the Chinese original.
 */
export default function ContentWrapper(props: Props): React.JSX.Element {
  const { metadata, isBlogPostPage } = useBlogPost();
  const translation = usePageTranslation(metadata.source, metadata.permalink);
  return (
    <>
      {isBlogPostPage && translation && <TranslationNotice {...translation} />}
      <Content {...props} />
    </>
  );
}
