import React from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import { usePluginData } from '@docusaurus/useGlobalData';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type { OpenDataGlobal } from '@site/src/plugins/open-data';
import { daysBetween, isStale, laterDay, STALE_AFTER_DAYS } from './logic';
import styles from './styles.module.css';

/**
 * The day to judge freshness by: the build date in the HTML (so the notice works without
 * JavaScript), then the reader's own date once the page runs, if later — a site that is not
 * rebuilt for months must not go on calling its facts fresh.
 */
export function useFreshnessDay(): string {
  const { buildDate } = usePluginData('open-data') as OpenDataGlobal;
  // false while rendering the HTML and hydrating it, so the two agree.
  const isBrowser = useIsBrowser();
  return laterDay(buildDate, isBrowser ? new Date().toISOString().slice(0, 10) : undefined);
}

/**
 * "Last checked more than 180 days ago" for a doc page (`last_verified`) or a data entry
 * (`verified`); renders nothing while the date is recent.
 */
export default function StaleNotice({
  verified,
  scope,
}: {
  verified: string;
  scope: 'page' | 'entry';
}): React.JSX.Element | null {
  const today = useFreshnessDay();
  if (!isStale(verified, today)) return null;
  const values = {
    date: <time dateTime={verified}>{verified}</time>,
    days: daysBetween(verified, today),
    limit: STALE_AFTER_DAYS,
  };
  return (
    // A note about the page, not its content: kept out of the search index.
    <p
      role="note"
      className={clsx(styles.notice, styles[scope], 'atlas-search-skip')}
      data-stale-notice={scope}>
      {scope === 'page' ? (
        <Translate id="atlas.stale.page" values={values}>
          {
            '本页内容最后核实于 {date}，已过去 {days} 天（超过 {limit} 天）；其中会变化的事实可能已经过时，请以参考资料的最新版本为准。'
          }
        </Translate>
      ) : (
        <Translate id="atlas.stale.entry" values={values}>
          {'最后核实于 {date}，已超过 {limit} 天，可能已过时。'}
        </Translate>
      )}
    </p>
  );
}
