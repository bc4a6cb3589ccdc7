import React from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { usePluginData } from '@docusaurus/useGlobalData';
import type { TranslationStatusData } from '@site/src/plugins/translation-status';
import styles from './styles.module.css';

/** What the notice is about. */
export type TranslationSubject = 'page' | 'entry';

export interface TranslationNoticeProps {
  /**
   * `untranslated`: what follows is the Chinese original; `stale`: what follows is a
   * translation of an older version of the Chinese original.
   */
  state: 'untranslated' | 'stale';
  /** A page (doc or post) or a data entry: decides the wording. */
  subject: TranslationSubject;
  /** For `stale`: the day (YYYY-MM-DD) the Chinese original last changed. */
  updated?: string;
  /** URL of the Chinese original (another locale's build: see useOriginalUrl). */
  original: string;
}

/**
 * The notice a translated locale shows above something whose English is missing or behind its
 * Chinese original, with a link to the original. Docs and posts get it from their theme
 * wrappers (usePageTranslation); data entries pass their own state.
 */
export default function TranslationNotice({
  state,
  subject,
  updated,
  original,
}: TranslationNoticeProps): React.JSX.Element {
  const { i18n } = useDocusaurusContext();
  // A plain <a>: the original lives in another locale's build, outside this one's router.
  const link = (children: React.ReactNode) => (
    <a href={original} hrefLang={i18n.defaultLocale}>
      {children}
    </a>
  );
  let text: React.ReactNode;
  if (state === 'untranslated') {
    text = (
      <>
        {subject === 'page' ? (
          <Translate id="notice.untranslated.text">
            This page has not been translated into English yet. Its content below is the Chinese
            original.
          </Translate>
        ) : (
          <Translate id="notice.untranslated.entry">
            This entry has not been translated into English yet; it is shown in Chinese.
          </Translate>
        )}{' '}
        {link(<Translate id="notice.untranslated.link">Read the Chinese original</Translate>)}
      </>
    );
  } else {
    const values = {
      date: <time dateTime={updated}>{updated}</time>,
      link: link(<Translate id="notice.stale-translation.link">read it here</Translate>),
    };
    text =
      subject === 'page' ? (
        <Translate id="notice.stale-translation.page" values={values}>
          {'The Chinese original has been updated since this translation ({date}); {link}.'}
        </Translate>
      ) : (
        <Translate id="notice.stale-translation.entry" values={values}>
          {
            'The Chinese original of this entry has been updated since this translation ({date}); {link}.'
          }
        </Translate>
      );
  }
  return (
    // atlas-search-skip: the same sentence on every untranslated page is not what they are about.
    <aside
      className={clsx(styles.notice, 'atlas-search-skip')}
      role="note"
      data-translation={state}>
      {text}
    </aside>
  );
}

/**
 * Where the Chinese original of a page of this locale lives: the same path without the locale
 * prefix. In a locale's build, baseUrl already ends with "<locale>/".
 */
export function useOriginalUrl(permalink: string): string {
  const { i18n, siteConfig } = useDocusaurusContext();
  const localeBase = siteConfig.baseUrl;
  const rootBase = localeBase.endsWith(`/${i18n.currentLocale}/`)
    ? localeBase.slice(0, -(i18n.currentLocale.length + 1))
    : localeBase;
  const path = permalink.startsWith(localeBase)
    ? permalink.slice(localeBase.length)
    : permalink.replace(/^\//, '');
  return (rootBase + path).replace(/(.)\/$/, '$1');
}

/**
 * The notice for a doc or post page, from its metadata `source` ("@site/docs/…" when the
 * locale has no translation of it, "@site/i18n/<locale>/…" when it has), or null: none in the
 * default locale, none for a current translation.
 */
export function usePageTranslation(
  source: string,
  permalink: string,
): TranslationNoticeProps | null {
  const { i18n } = useDocusaurusContext();
  const { stale } = usePluginData('atlas-translation-status') as TranslationStatusData;
  const original = useOriginalUrl(permalink);
  if (i18n.currentLocale === i18n.defaultLocale) return null;
  const file = source.replace(/^@site\//, '');
  if (!file.startsWith('i18n/')) return { state: 'untranslated', subject: 'page', original };
  const updated = stale[file];
  return updated ? { state: 'stale', subject: 'page', updated, original } : null;
}
