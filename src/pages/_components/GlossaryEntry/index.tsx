import React from 'react';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { EntryTranslation, Term } from '@site/src/data/types';
import EntityCard, { type Fact } from '@site/src/components/EntityCard';
import { entryById } from '@site/src/lib/lookup';
import { entryHref } from '@site/src/lib/links';
import { isStale, langOf } from '@site/src/lib/lang';
import InlineList from '../../../components/InlineList';
import { listSeparator } from '../../../components/labels';

/**
 * One term on /glossary: its names, definition, aliases and related terms, anchored at its id.
 * Bilingual in both locales: the Chinese and English terms, and the definition in the page's
 * language first with the other language's below it, where the entry has both
 * (`i18n.other.definition`, src/data/overlay.ts).
 */
export default function GlossaryEntry({
  term,
  terms,
}: {
  term: Term & { file: string; i18n?: EntryTranslation };
  /** Every term, for the names of the related ones. */
  terms: readonly Term[];
}): React.JSX.Element {
  const { i18n } = useDocusaurusContext();
  const english = i18n.currentLocale === 'en';
  const other = term.i18n?.other?.definition;
  const facts: Fact[] = [
    english
      ? {
          label: translate({ id: 'atlas.glossary.zh', message: '中文' }),
          value: <span lang="zh-Hans">{term.zh}</span>,
        }
      : {
          label: translate({ id: 'atlas.glossary.en', message: '英文' }),
          value: <span lang="en">{term.en}</span>,
        },
    ...(term.abbr
      ? [
          {
            label: translate({ id: 'atlas.glossary.abbr', message: '缩写' }),
            value: <span lang="en">{term.abbr}</span>,
          },
        ]
      : []),
    ...(term.aliases.length > 0
      ? [
          {
            label: translate({ id: 'atlas.glossary.aliases', message: '别名' }),
            // Aliases stay as written (mostly Chinese) in every locale.
            value: <span lang="zh-Hans">{term.aliases.join(listSeparator())}</span>,
          },
        ]
      : []),
    ...(term.related.length > 0
      ? [
          {
            label: translate({ id: 'atlas.glossary.related', message: '相关术语' }),
            value: (
              <InlineList>
                {term.related.map((r) => {
                  const related = entryById(terms, r, 'terms');
                  return (
                    <Link key={r} to={entryHref('terms', r)} lang={english ? 'en' : 'zh-Hans'}>
                      {english ? related.en : related.zh}
                    </Link>
                  );
                })}
              </InlineList>
            ),
          },
        ]
      : []),
    ...(term.page
      ? [
          {
            label: translate({ id: 'atlas.glossary.page', message: '详细介绍' }),
            value: (
              <Link to={term.page}>
                {translate({ id: 'atlas.glossary.pageLink', message: '阅读相关章节' })}
              </Link>
            ),
          },
        ]
      : []),
  ];
  return (
    <EntityCard
      kind={translate({ id: 'atlas.glossary.kind', message: '术语' })}
      title={english ? <span lang="en">{term.en}</span> : term.zh}
      subtitle={english ? <span lang="zh-Hans">{term.zh}</span> : undefined}
      titleAs="h3"
      anchorId={term.id}
      description={term.definition}
      descriptionLang={langOf(term, 'definition')}
      otherDescription={other ? { text: other, lang: english ? 'zh-Hans' : 'en' } : undefined}
      staleOriginal={isStale(term) ? entryHref('terms', term.id) : undefined}
      facts={facts}
      sources={term.sources}
      verified={term.verified}
      file={term.file}
    />
  );
}
