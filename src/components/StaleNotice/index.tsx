import React, { useEffect, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
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

/**
 * The notices the data cards in a doc body would show, when that body is the server's markup
 * (src/plugins/islands): the HTML judges by the build date, and once the page runs, a card
 * (an element with `data-verified`) that is stale by the reader's date gets its notice, in
 * the place EntityCard gives it, before the card's footer.
 */
export function KeptStaleNotices({
  root,
}: {
  root: RefObject<HTMLElement | null>;
}): React.JSX.Element {
  const today = useFreshnessDay();
  const [slots, setSlots] = useState<Array<{ element: HTMLElement; verified: string }>>([]);
  useEffect(() => {
    const found: Array<{ element: HTMLElement; verified: string }> = [];
    for (const card of root.current?.querySelectorAll<HTMLElement>('[data-verified]') ?? []) {
      const verified = card.dataset.verified ?? '';
      if (card.closest('[data-island]') || card.querySelector('[data-stale-notice]')) continue;
      if (!isStale(verified, today)) continue;
      const element = document.createElement('div');
      element.style.display = 'contents';
      const footer = card.querySelector(':scope > footer');
      if (footer) footer.before(element);
      else card.append(element);
      found.push({ element, verified });
    }
    // The slots are made in the server's markup, which only an effect can reach.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSlots(found);
    return () => found.forEach((slot) => slot.element.remove());
  }, [root, today]);
  return (
    <>
      {slots.map((slot, i) =>
        createPortal(
          <StaleNotice verified={slot.verified} scope="entry" />,
          slot.element,
          String(i),
        ),
      )}
    </>
  );
}
