import React from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { Correction } from '@site/src/data/types';
import type { AtlasView } from '@site/src/components/atlasView';
import PartialDate from '@site/src/components/PartialDate';
import { WrongAndRight } from '@site/src/components/PageCorrections';
import { displayUrl } from '@site/src/lib/links';
import { newestFirst } from '@site/src/lib/corrections';
import { targetLink } from './logic';
import styles from './styles.module.css';
import dataPage from '../DataPage/styles.module.css';

type Entry = Correction & { file: string };

function CorrectionItem({
  correction,
  names,
  repositoryUrl,
}: {
  correction: Entry;
  names: AtlasView;
  repositoryUrl: string | undefined;
}): React.JSX.Element {
  const target = targetLink(correction.target, names);
  return (
    <li className={styles.item}>
      <article aria-labelledby={correction.id}>
        {/* The heading carries the entry's anchor (/corrections#<id>), and its hash link. */}
        <Heading as="h3" id={correction.id} className={styles.title}>
          <PartialDate date={correction.date} />
          <span aria-hidden="true"> · </span>
          <Link to={target.href} className={target.kind === 'page' ? styles.path : undefined}>
            {target.label}
          </Link>
        </Heading>
        <dl className={styles.fields}>
          <WrongAndRight correction={correction} />
          <dt>
            <Translate id="atlas.corrections.sources">来源</Translate>
          </dt>
          <dd>
            <ul className={styles.sources}>
              {correction.sources.map((url) => (
                <li key={url}>
                  <a href={url}>{displayUrl(url)}</a>
                </li>
              ))}
            </ul>
          </dd>
          {correction.commit && (
            <>
              <dt>
                <Translate id="atlas.corrections.commit">提交</Translate>
              </dt>
              <dd>
                {repositoryUrl ? (
                  <a href={`${repositoryUrl}/commit/${correction.commit}`}>
                    <code>{correction.commit.slice(0, 7)}</code>
                  </a>
                ) : (
                  <code>{correction.commit.slice(0, 7)}</code>
                )}
              </dd>
            </>
          )}
        </dl>
      </article>
    </li>
  );
}

/** The corrections log, newest first; every entry's heading is an anchor (`/corrections#<id>`). */
export default function CorrectionsLog({
  corrections,
  names,
}: {
  corrections: readonly Entry[];
  names: AtlasView;
}): React.JSX.Element {
  const { siteConfig } = useDocusaurusContext();
  const repositoryUrl = siteConfig.customFields?.repositoryUrl;
  const ordered = newestFirst(corrections);
  return (
    <>
      <p>
        {translate(
          {
            id: 'atlas.corrections.count',
            message: '共 {count} 条更正，按更正日期从新到旧排列。',
          },
          { count: ordered.length },
        )}
      </p>
      <ol className={`${styles.log} ${dataPage.later}`} data-corrections>
        {ordered.map((c) => (
          <CorrectionItem
            key={c.id}
            correction={c}
            names={names}
            repositoryUrl={typeof repositoryUrl === 'string' ? repositoryUrl : undefined}
          />
        ))}
      </ol>
    </>
  );
}
