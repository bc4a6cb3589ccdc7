import React, { useId } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import { displayUrl, editUrl } from '../../lib/links';
import PartialDate from '../PartialDate';
import StaleNotice from '../StaleNotice';
import { StaleEntryNotice } from '../TranslationNotice';
import { chineseLang, type FieldLang } from '../../lib/lang';
import styles from './styles.module.css';

export interface Fact {
  label: string;
  value: React.ReactNode;
}

export interface EntityCardProps {
  /** What kind of entry this is, e.g. "模型", shown above the title; left out where every entry is of one kind. */
  kind?: string;
  title: React.ReactNode;
  /** `zh-Hans` when the title is a name shown in Chinese for want of English. */
  titleLang?: FieldLang;
  subtitle?: React.ReactNode;
  /** Badges under the title (licence, openness…). */
  badges?: React.ReactNode;
  description?: string;
  /** `zh-Hans` when the description is the Chinese shown for want of English (src/lib/lang.ts). */
  descriptionLang?: FieldLang;
  /** The description in the other language, shown below it (the glossary shows both). */
  otherDescription?: { text: string; lang: string };
  /**
   * In a translated build, where the entry's Chinese original is (`/organizations#acme`) when
   * the translation is older than it; the card then says so.
   */
  staleOriginal?: string;
  facts: readonly Fact[];
  links?: ReadonlyArray<{ label: string; href: string }>;
  sources: readonly string[];
  verified: string;
  /** The entry's YAML file, relative to the site root, for the edit link. */
  file: string;
  /** On a data page: the entry's id, made the card's anchor (`/models#<id>`). */
  anchorId?: string;
  /** The title's element: a heading on data pages, a plain paragraph inside articles (so it stays out of the TOC). */
  titleAs?: 'h2' | 'h3' | 'p';
  children?: React.ReactNode;
}

/**
 * A generic infobox for one data entry: key facts, badges, links, sources, when it was last
 * verified, and a link to edit its YAML on GitHub. ModelCard, OrgCard and ToolCard fill it.
 */
export default function EntityCard({
  kind,
  title,
  titleLang,
  subtitle,
  badges,
  description,
  descriptionLang,
  otherDescription,
  staleOriginal,
  facts,
  links = [],
  sources,
  verified,
  file,
  anchorId,
  titleAs = 'p',
  children,
}: EntityCardProps): React.JSX.Element {
  const { siteConfig } = useDocusaurusContext();
  const brokenLinks = useBrokenLinks();
  if (anchorId) brokenLinks.collectAnchor(anchorId);
  const titleId = useId();
  const { repositoryUrl: url, repositoryBranch } = siteConfig.customFields ?? {};
  const repositoryUrl = typeof url === 'string' ? url : '';
  const branch = typeof repositoryBranch === 'string' ? repositoryBranch : 'main';
  const TitleTag = titleAs;

  return (
    <article
      id={anchorId}
      className={clsx(styles.card, anchorId && styles.anchored)}
      aria-labelledby={titleId}
      // Read by KeptStaleNotices (../StaleNotice) in a doc body that is the server's markup.
      data-verified={verified}>
      <header className={styles.header}>
        {kind && <span className={styles.kind}>{kind}</span>}
        <TitleTag id={titleId} className={styles.title} lang={titleLang}>
          {title}
        </TitleTag>
        {subtitle && (
          // A string subtitle is aliases or a Chinese name, kept as written in every locale.
          <span
            className={styles.subtitle}
            lang={typeof subtitle === 'string' ? chineseLang(subtitle) : undefined}>
            {subtitle}
          </span>
        )}
        {badges && <div className={styles.badges}>{badges}</div>}
      </header>
      {staleOriginal && <StaleEntryNotice original={staleOriginal} />}
      {description && (
        <p className={styles.description} lang={descriptionLang}>
          {description}
        </p>
      )}
      {otherDescription && (
        <p className={styles.description} lang={otherDescription.lang}>
          {otherDescription.text}
        </p>
      )}
      {facts.length > 0 && (
        <dl className={styles.facts}>
          {facts.map((f) => (
            <div key={f.label} className={styles.fact}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {children}
      {links.length > 0 && (
        <ul
          className={styles.links}
          aria-label={translate({ id: 'atlas.card.links', message: '相关链接' })}>
          {links.map((l) => (
            <li key={l.href}>
              <Link href={l.href}>{l.label}</Link>
            </li>
          ))}
        </ul>
      )}
      <details className={styles.sources}>
        <summary>
          <Translate id="atlas.card.sources" values={{ count: sources.length }}>
            {'来源（{count}）'}
          </Translate>
        </summary>
        <ol>
          {sources.map((s) => (
            <li key={s}>
              <a href={s}>{displayUrl(s)}</a>
            </li>
          ))}
        </ol>
      </details>
      <StaleNotice verified={verified} scope="entry" />
      <footer className={styles.footer}>
        <span>
          <Translate id="atlas.card.verified" values={{ date: <PartialDate date={verified} /> }}>
            {'核实于 {date}'}
          </Translate>
        </span>
        {repositoryUrl && (
          <a href={editUrl(repositoryUrl, branch, file)} className={styles.edit}>
            <Translate id="atlas.card.edit">编辑此条目</Translate>
          </a>
        )}
      </footer>
    </article>
  );
}
