import React from 'react';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import styles from './styles.module.css';

export interface TranslationNoticeProps {
  /** What fell behind: a doc page or blog post, or a data entry (model page, card, glossary entry). */
  subject: 'page' | 'entry';
  /**
   * Where the Chinese original is, as a site path without locale (`/models/phi-4`,
   * `/glossary#moe`, `/docs/history`); the notice links it in the default locale's build.
   */
  original: string;
  /** When the Chinese original last changed (YYYY-MM-DD), where known. */
  date?: string;
}

/** `original` in the default locale's build, from any locale's build (whose baseUrl ends in `<locale>/`). */
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

/**
 * Shown on a translation whose Chinese original has changed since it was translated (its
 * recorded hash no longer matches; src/data/translation.ts): says so and links the original.
 * Renders nothing in the default locale, which is the original.
 */
export default function TranslationNotice({
  subject,
  original,
  date,
}: TranslationNoticeProps): React.JSX.Element | null {
  const { i18n, siteConfig } = useDocusaurusContext();
  if (i18n.currentLocale === i18n.defaultLocale) return null;
  // A plain <a>: the original lives in another locale's build, outside this one's router.
  const link = (
    <a
      href={originalHref(original, siteConfig.baseUrl, i18n.currentLocale, i18n.defaultLocale)}
      hrefLang={i18n.defaultLocale}>
      <Translate id="notice.translationStale.original">查看中文原文</Translate>
    </a>
  );
  return (
    <p className={styles.notice} role="note" data-translation="stale">
      {subject === 'entry' ? (
        <Translate id="notice.translationStale.entry" values={{ original: link }}>
          {'这一条目的中文原文在翻译之后有改动；{original}。'}
        </Translate>
      ) : date ? (
        <Translate id="notice.translationStale.pageDated" values={{ original: link, date }}>
          {'这一页的中文原文在翻译之后有更新（{date}）；{original}。'}
        </Translate>
      ) : (
        <Translate id="notice.translationStale.page" values={{ original: link }}>
          {'这一页的中文原文在翻译之后有更新；{original}。'}
        </Translate>
      )}
    </p>
  );
}
