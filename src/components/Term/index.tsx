import React, { useId } from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { langOf } from '../../lib/lang';
import { entryById } from '../../lib/lookup';
import { entryHref } from '../../lib/links';
import { collectionOf, type AtlasView } from '../atlasView';
import { termAttribute } from './behaviour';
import styles from './styles.module.css';

export interface TermProps {
  id: string;
  /** The words shown in the text; defaults to the term's name in the page's language. */
  children?: React.ReactNode;
  /** The term's names and definition; filled in at build time in MDX (see src/plugins/atlas-data). */
  data: AtlasView;
}

/**
 * A glossary term inline in the text: `<Term id="moe" />` or `<Term id="moe">混合专家模型</Term>`.
 * It links to /glossary#<id>; its definition shows on hover and on keyboard focus (CSS alone,
 * so it also works without JavaScript) and is the link's accessible description. Escape hides
 * it; script only nudges it back inside a narrow screen. Both are one listener on the document
 * (./behaviour.ts), so that a term works the same in a body that is the server's markup
 * (src/plugins/islands) and in one React rendered.
 */
export default function Term({ id, children, data }: TermProps): React.JSX.Element {
  const term = entryById(collectionOf(data, 'terms', 'Term'), id, 'terms');
  const tipId = useId();
  const english = useDocusaurusContext().i18n.currentLocale === 'en';

  const heading = [term.en, term.abbr].filter(Boolean).join(' · ');
  // In English: "Mixture of Experts (MoE) · 混合专家"; the Chinese name keeps its own lang.
  const title = english ? (
    <>
      {term.abbr ? `${term.en} (${term.abbr})` : term.en}
      {' · '}
      <span lang="zh-Hans">{term.zh}</span>
    </>
  ) : (
    `${term.zh}（${heading}）`
  );
  return (
    <span className={styles.term} {...{ [termAttribute]: '' }}>
      <Link to={entryHref('terms', term.id)} className={styles.link} aria-describedby={tipId}>
        {children ?? (english ? term.en : term.zh)}
      </Link>
      <span role="tooltip" id={tipId} className={styles.tip}>
        <span className={styles.tipTitle}>{title}</span>
        <span lang={langOf(term, 'definition')}>{term.definition}</span>
      </span>
    </span>
  );
}
