import React from 'react';
import Content from '@theme-original/BlogPostItem/Content';
import type ContentType from '@theme/BlogPostItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import { useBlogPost } from '@docusaurus/plugin-content-blog/client';
import UntranslatedNotice from '@site/src/components/UntranslatedNotice';

type Props = WrapperProps<typeof ContentType>;

/** On a post's own page, says when the post has not been translated into this locale. */
export default function ContentWrapper(props: Props): React.JSX.Element {
  const { metadata, isBlogPostPage } = useBlogPost();
  return (
    <>
      {isBlogPostPage && (
        <UntranslatedNotice source={metadata.source} permalink={metadata.permalink} />
      )}
      <Content {...props} />
    </>
  );
}
