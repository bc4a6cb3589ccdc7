import React from 'react';
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type { WrapperProps } from '@docusaurus/types';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import ReportIssueLink from '@site/src/components/ReportIssueLink';

type Props = WrapperProps<typeof FooterType>;

/** The stock footer (edit link, last updated) plus a "报告错误" link on every doc page. */
export default function FooterWrapper(props: Props): React.JSX.Element {
  const { metadata } = useDoc();
  return (
    <>
      <Footer {...props} />
      <div className="margin-top--md">
        <ReportIssueLink
          title={metadata.title}
          permalink={metadata.permalink}
          source={metadata.source}
        />
      </div>
    </>
  );
}
