import React from 'react';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import styles from './styles.module.css';

/**
 * "报告错误": opens a new issue on the repository, pre-filled (through the issue form's
 * field ids) with the page's title, address and source file.
 */
export default function ReportIssueLink({
  title,
  permalink,
  source,
}: {
  title: string;
  permalink: string;
  source: string;
}): React.JSX.Element {
  const { siteConfig } = useDocusaurusContext();
  const repositoryUrl = siteConfig.customFields?.repositoryUrl as string;
  // Index docs carry a trailing slash in their metadata; the site's links drop it.
  const pageUrl = `${siteConfig.url}${permalink.length > 1 ? permalink.replace(/\/$/, '') : permalink}`;
  const params = new URLSearchParams({
    template: 'error-report.yml',
    title: `[勘误] ${title}`,
    page: pageUrl,
    file: source.replace(/^@site\//, ''),
  });
  return (
    <a
      className={styles.link}
      href={`${repositoryUrl}/issues/new?${params.toString()}`}
      target="_blank"
      rel="noopener noreferrer">
      <Translate id="doc.reportIssue">报告错误</Translate>
    </a>
  );
}
