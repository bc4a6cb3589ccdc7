import React from 'react';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import styles from './styles.module.css';

/**
 * Shown on a non-default-locale page whose body still comes from the Chinese original
 * (its source file is not under i18n/<locale>/). Links to the original page.
 */
export default function UntranslatedNotice({
  source,
  permalink,
}: {
  source: string;
  permalink: string;
}): React.JSX.Element | null {
  const { i18n, siteConfig } = useDocusaurusContext();
  if (i18n.currentLocale === i18n.defaultLocale || source.startsWith('@site/i18n/')) return null;
  // In a locale's build, baseUrl already ends with "<locale>/"; the original lives at the root.
  const localeBase = siteConfig.baseUrl;
  const rootBase = localeBase.endsWith(`/${i18n.currentLocale}/`)
    ? localeBase.slice(0, -(i18n.currentLocale.length + 1))
    : localeBase;
  const path = permalink.startsWith(localeBase)
    ? permalink.slice(localeBase.length)
    : permalink.replace(/^\//, '');
  const original = (rootBase + path).replace(/(.)\/$/, '$1');
  return (
    <aside className={styles.notice} lang="en" role="note">
      <Translate id="notice.untranslated.text">
        This page has not been translated into English yet. Its content below is the Chinese
        original.
      </Translate>{' '}
      {/* A plain <a>: the original lives in another locale's build, outside this one's router. */}
      <a href={original} hrefLang={i18n.defaultLocale} lang={i18n.defaultLocale}>
        <Translate id="notice.untranslated.link">阅读中文原文</Translate>
      </a>
    </aside>
  );
}
