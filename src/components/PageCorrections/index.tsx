import React from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import PageSection from '../PageSection';
import PartialDate from '../PartialDate';
import { langOf } from '../../lib/lang';
import type { PageCorrection } from '../../lib/corrections';
import styles from './styles.module.css';

/** A correction's "原说法" and "更正为" as term–description pairs, for a `<dl>`. */
export function WrongAndRight({ correction }: { correction: PageCorrection }): React.JSX.Element {
  return (
    <>
      <dt>
        <Translate id="atlas.corrections.wrong">原说法</Translate>
      </dt>
      <dd lang={langOf(correction, 'wrong')}>{correction.wrong}</dd>
      <dt>
        <Translate id="atlas.corrections.right">更正为</Translate>
      </dt>
      <dd lang={langOf(correction, 'right')}>{correction.right}</dd>
    </>
  );
}

/**
 * "本页的更正": the corrections log's entries about this page or the entry it shows, newest
 * first, each linking to its full record (sources, commit) on /corrections. Put at the end of
 * a doc page by src/plugins/page-corrections and on a model's page by ModelPage; renders
 * nothing when there is none. Kept out of the search index: what a page once said wrongly is
 * not what it is about (the log itself is indexed).
 */
export default function PageCorrections({
  data,
}: {
  data: readonly PageCorrection[];
}): React.JSX.Element | null {
  if (data.length === 0) return null;
  return (
    <PageSection
      id="page-corrections"
      title={translate({ id: 'atlas.pageCorrections.title', message: '本页的更正' })}
      className={`${styles.box} atlas-search-skip`}>
      <p>
        <Translate
          id="atlas.pageCorrections.intro"
          values={{
            count: data.length,
            log: (
              <Link to="/corrections">
                {translate({ id: 'atlas.pageCorrections.log', message: '更正记录' })}
              </Link>
            ),
          }}>
          {'本页发布后改正过 {count} 处事实错误，每一处的来源与提交见{log}。'}
        </Translate>
      </p>
      <ol className={styles.list}>
        {data.map((c) => (
          <li key={c.id}>
            <p className={styles.when}>
              <PartialDate date={c.date} />
              {' · '}
              <Link to={`/corrections#${c.id}`}>
                <Translate id="atlas.pageCorrections.details">来源与提交</Translate>
              </Link>
            </p>
            <dl className={styles.fields}>
              <WrongAndRight correction={c} />
            </dl>
          </li>
        ))}
      </ol>
    </PageSection>
  );
}
