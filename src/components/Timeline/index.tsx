import React, { useEffect, useRef, useState } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type { EventCategory, TimelineEvent } from '../../data/types';
import PartialDate from '../PartialDate';
import { entryHref, parseRef, type LinkedCollection } from '../../lib/links';
import { entryById } from '../../lib/lookup';
import { collectionOf, type AtlasView } from '../atlasView';
import { eventCategoryLabel } from '../labels';
import { countByCategory, groupByYear, selectEvents } from './logic';
import {
  scrollToAddressAnchor,
  useDeferredView,
  useKeptMarkup,
  type DeferredViewProps,
} from '../deferredView';
import type { TimelineShell } from '../views';
import styles from './styles.module.css';
import a11y from '../../css/a11y.module.css';
import InlineList from '../InlineList';
import { StaleEntryNotice } from '../TranslationNotice';
import { isStale, langOf, type FieldLang } from '../../lib/lang';

export interface TimelineProps extends DeferredViewProps {
  from?: number | string;
  to?: number | string;
  categories?: readonly EventCategory[];
  ids?: readonly string[];
  /** Used by /timeline: years become headings and each event its own anchor. */
  anchors?: boolean;
  /**
   * The categories and their counts, for the buttons and the count before the events are
   * here (with `data={null}`); filled in at build time in MDX (see src/plugins/atlas-data).
   */
  shell?: TimelineShell;
}

type Entry = TimelineEvent & { file: string };

/** The name a related entry is linked by, and its `lang` where it is Chinese in the English build. */
function refName(
  data: AtlasView,
  collection: LinkedCollection,
  id: string,
): { name: string; lang?: FieldLang } {
  switch (collection) {
    case 'terms':
      // A term's Chinese name, kept in every locale (names.json carries no English).
      return {
        name: entryById(collectionOf(data, 'terms', 'Timeline'), id, 'terms').zh,
        lang: 'zh-Hans',
      };
    case 'events': {
      const event = entryById(collectionOf(data, 'events', 'Timeline'), id, 'events');
      return { name: event.title, lang: langOf(event, 'title') };
    }
    case 'corrections':
      // No reference kind points at a correction (refPrefixes has none), so none reaches here.
      return { name: id };
    default: {
      const named: ReadonlyArray<{ id: string; name: string }> = collectionOf(
        data,
        collection,
        'Timeline',
      );
      const entry = entryById(named, id, collection);
      return { name: entry.name, lang: langOf(entry, 'name') };
    }
  }
}

function hostOf(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/, '').split('/')[0] ?? url;
}

function EventItem({ event, anchor, data }: { event: Entry; anchor: boolean; data: AtlasView }) {
  const brokenLinks = useBrokenLinks();
  if (anchor) brokenLinks.collectAnchor(event.id);
  const related = event.related.map(parseRef).filter((r) => r !== undefined);
  return (
    <li id={anchor ? event.id : undefined} className={clsx(styles.event, styles[event.category])}>
      <div className={styles.meta}>
        <PartialDate date={event.date} />
        <span className={styles.category}>{eventCategoryLabel(event.category)}</span>
      </div>
      <p className={styles.title} lang={langOf(event, 'title')}>
        {event.title}
      </p>
      {isStale(event) && <StaleEntryNotice original={entryHref('events', event.id)} />}
      <p className={styles.description} lang={langOf(event, 'description')}>
        {event.description}
      </p>
      {(related.length > 0 || event.page) && (
        <p className={styles.related}>
          {related.length > 0 && (
            <>
              <span className={styles.relatedLabel}>
                <Translate id="atlas.timeline.related">相关：</Translate>
              </span>
              {
                <InlineList>
                  {related.map((r) => {
                    const { name, lang } = refName(data, r.collection, r.id);
                    return (
                      <Link key={`${r.collection}:${r.id}`} to={r.href} lang={lang}>
                        {name}
                      </Link>
                    );
                  })}
                </InlineList>
              }
            </>
          )}
          {event.page && (
            <Link className={styles.page} to={event.page}>
              <Translate id="atlas.timeline.page">详细介绍</Translate>
            </Link>
          )}
        </p>
      )}
      <p className={styles.sources}>
        <Translate id="atlas.timeline.sources">来源：</Translate>
        {
          <InlineList>
            {event.sources.map((s) => (
              <a key={s} href={s}>
                {hostOf(s)}
              </a>
            ))}
          </InlineList>
        }
      </p>
    </li>
  );
}

/**
 * Events from src/data/events grouped by year, e.g. `<Timeline from="2017" to="2019" />`.
 * The full list is server-rendered; the category buttons only narrow it in the browser.
 * Years are not headings inside articles (they would crowd the page's table of contents).
 *
 * In an MDX page the events stay out of the page's script (`data` is null in the browser,
 * with `shell` giving the buttons and count) and hydration keeps the server's list; the events
 * are fetched when a button first narrows the list, or at once after a client-side navigation
 * (src/components/deferredView.ts).
 */
export default function Timeline(props: TimelineProps): React.JSX.Element {
  const { from, to, categories, ids, anchors = false, shell } = props;
  const kept = useKeptMarkup('timeline');
  const holder = useRef<HTMLOListElement>(null);
  const { view, request, onArrival } = useDeferredView(props, holder, 'Timeline');
  const selected = view
    ? selectEvents(collectionOf(view, 'events', 'Timeline'), { from, to, categories, ids })
    : undefined;
  if (!selected && !shell) throw new Error('Timeline: no data and no shell');
  const counts = selected ? countByCategory(selected) : shell!.categories;
  const present = counts.map(([c]) => c);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const total = counts.reduce((n, [, k]) => n + k, 0);
  const shown = counts.reduce((n, [c, k]) => (hidden.has(c) ? n : n + k), 0);
  const YearTag = anchors ? 'h2' : 'p';
  // Reached by a client-side navigation (a model page's link to its release event), /timeline
  // renders its events only once they are fetched: then go to the linked one.
  useEffect(() => {
    if (anchors && view && onArrival) scrollToAddressAnchor();
  }, [anchors, view, onArrival]);

  const toggle = (category: string) => {
    request();
    setHidden((old) => {
      const next = new Set(old);
      if (next.has(category)) next.delete(category);
      else next.add(category);
      return next;
    });
  };

  return (
    <div className={styles.timeline}>
      {/* The buttons do nothing without script. They are in the server's HTML all the same,
          hidden (which also keeps them out of reach) where script does not run, so that
          showing them moves nothing below them (on a phone, /timeline's events moved 75 px
          down: layout shift 0.055). Where script runs they are usable from the first paint: in
          a doc the first click fetches this component (src/components/AtlasIsland/lazy.tsx). */}
      {present.length > 1 && (
        <div
          className={clsx(styles.filters, a11y.needsScript)}
          role="group"
          aria-label={translate({ id: 'atlas.timeline.filter', message: '按类别显示事件' })}>
          {present.map((c) => (
            <button
              key={c}
              type="button"
              aria-pressed={!hidden.has(c)}
              className={clsx(styles.filter, styles[c])}
              onClick={() => toggle(c)}>
              <span aria-hidden="true" className={styles.check}>
                {hidden.has(c) ? '○' : '●'}
              </span>
              {eventCategoryLabel(c)}
            </button>
          ))}
        </div>
      )}
      <p className={styles.count} role="status">
        {shown === total
          ? translate({ id: 'atlas.timeline.count.all', message: '共 {total} 个事件' }, { total })
          : translate(
              {
                id: 'atlas.timeline.count.filtered',
                message: '显示 {shown} 个事件，共 {total} 个',
              },
              { shown, total },
            )}
      </p>
      {selected && view ? (
        <ol key="live" className={styles.years} data-kept={kept.props['data-kept']}>
          {groupByYear(selected.filter((e) => !hidden.has(e.category))).map((group) => (
            <li key={group.year} className={styles.year}>
              <YearTag className={styles.yearLabel} id={anchors ? `year-${group.year}` : undefined}>
                {group.year}
              </YearTag>
              <ol className={styles.events}>
                {group.events.map((e) => (
                  <EventItem key={e.id} event={e} anchor={anchors} data={view} />
                ))}
              </ol>
            </li>
          ))}
        </ol>
      ) : (
        <ol key="kept" ref={holder} className={styles.years} {...kept.props} />
      )}
    </div>
  );
}
