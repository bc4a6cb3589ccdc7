import React from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import UntranslatedNotice from '@site/src/components/UntranslatedNotice';

type Props = WrapperProps<typeof ContentType>;

/** Adds the "not translated yet" notice above a doc's body where it applies. */
export default function ContentWrapper(props: Props): React.JSX.Element {
  const { metadata } = useDoc();
  return (
    <>
      <UntranslatedNotice source={metadata.source} permalink={metadata.permalink} />
      <Content {...props} />
    </>
  );
}
