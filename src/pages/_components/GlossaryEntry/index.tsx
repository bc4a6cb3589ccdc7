import React from 'react';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import terms from '@generated/atlas-data/default/terms.json';
import type { Term } from '@site/src/data/types';
import EntityCard, { type Fact } from '@site/src/components/EntityCard';
import { entryById } from '@site/src/lib/lookup';
import { entryHref } from '@site/src/lib/links';
import InlineList from '../../../components/InlineList';
import { listSeparator } from '../../../components/labels';

/** One term on /glossary: its names, definition, aliases and related terms, anchored at its id. */
export default function GlossaryEntry({
  term,
}: {
  term: Term & { file: string };
}): React.JSX.Element {
  const facts: Fact[] = [
    {
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
            value: term.aliases.join(listSeparator()),
          },
        ]
      : []),
    ...(term.related.length > 0
      ? [
          {
            label: translate({ id: 'atlas.glossary.related', message: '相关术语' }),
            value: (
              <InlineList>
                {term.related.map((r) => (
                  <Link key={r} to={entryHref('terms', r)}>
                    {entryById(terms, r, 'terms').zh}
                  </Link>
                ))}
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
      title={term.zh}
      titleAs="h3"
      anchorId={term.id}
      description={term.definition}
      facts={facts}
      sources={term.sources}
      verified={term.verified}
      file={term.file}
    />
  );
}
