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
  const linkTo = (children: React.ReactNode) => (
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
        {linkTo(<Translate id="notice.untranslated.link">Read the Chinese original</Translate>)}
      </>
    );
  } else {
    const link = linkTo(<Translate id="notice.stale-translation.link">read it here</Translate>);
    const values = { date: <time dateTime={updated}>{updated}</time>, link };
    if (subject === 'page')
      text = (
        <Translate id="notice.stale-translation.page" values={values}>
          {'The Chinese original has been updated since this translation ({date}); {link}.'}
        </Translate>
      );
    else if (updated)
      text = (
        <Translate id="notice.stale-translation.entry" values={values}>
          {
            'The Chinese original of this entry has been updated since this translation ({date}); {link}.'
          }
        </Translate>
      );
    else
      text = (
        <Translate id="notice.stale-translation.entryUndated" values={{ link }}>
          {'The Chinese original of this entry has changed since this translation; {link}.'}
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
 * `original`, a site path without locale (`/models/phi-4`, `/glossary#moe`), in the default
 * locale's build, from any locale's build (whose baseUrl ends in "<locale>/").
 */
export function originalHref(
  original: string,
  baseUrl: string,
  locale: string,
  defaultLocale: string,
): string {
  const rootBase =
    locale !== defaultLocale && baseUrl.endsWith(`/${locale}/`)
      ? baseUrl.slice(0, -(locale.length + 1))
      : baseUrl;
  return rootBase + original.replace(/^\//, '');
}

/** Where the Chinese original of a page of this locale (its permalink) lives. */
export function useOriginalUrl(permalink: string): string {
  const { i18n, siteConfig } = useDocusaurusContext();
  const localeBase = siteConfig.baseUrl;
  const path = permalink.startsWith(localeBase)
    ? permalink.slice(localeBase.length)
    : permalink.replace(/^\//, '');
  return originalHref(path, localeBase, i18n.currentLocale, i18n.defaultLocale).replace(
    /(.)\/$/,
    '$1',
  );
}

/**
 * The notice for a data entry (model page, card, glossary entry, event) whose English is behind
 * its Chinese: `original` is the entry's path without locale. Nothing in the default locale.
 */
export function StaleEntryNotice({ original }: { original: string }): React.JSX.Element | null {
  const { i18n, siteConfig } = useDocusaurusContext();
  if (i18n.currentLocale === i18n.defaultLocale) return null;
  const href = originalHref(original, siteConfig.baseUrl, i18n.currentLocale, i18n.defaultLocale);
  return <TranslationNotice state="stale" subject="entry" original={href} />;
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
