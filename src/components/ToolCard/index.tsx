import React from 'react';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import EntityCard, { type Fact } from '../EntityCard';
import LicenseBadge from '../LicenseBadge';
import PartialDate from '../PartialDate';
import { entryById } from '../../lib/lookup';
import { entryHref } from '../../lib/links';
import { isStale, langOf } from '../../lib/lang';
import { collectionOf, type AtlasView } from '../atlasView';
import { toolCategoryLabel } from '../labels';
import InlineList from '../InlineList';

export interface ToolCardProps {
  id: string;
  /** Used by /tools: the card becomes the entry's anchor and its title a heading. */
  anchor?: boolean;
  /** The tool and the names it links to; filled in at build time in MDX (see src/plugins/atlas-data). */
  data: AtlasView;
}

/** Infobox for one tool, e.g. `<ToolCard id="vllm" />`. An unknown id fails the build. */
export default function ToolCard({ id, anchor = false, data }: ToolCardProps): React.JSX.Element {
  const t = entryById(collectionOf(data, 'tools', 'ToolCard'), id, 'tools');
  const organizations = collectionOf(data, 'organizations', 'ToolCard');
  const facts: Fact[] = [
    {
      label: translate({ id: 'atlas.card.tool.category', message: '类别' }),
      value: toolCategoryLabel(t.category),
    },
    {
      label: translate({ id: 'atlas.card.tool.language', message: '主要语言' }),
      value: t.language,
    },
    {
      label: translate({ id: 'atlas.card.tool.firstRelease', message: '首次发布' }),
      value: <PartialDate date={t.first_release} />,
    },
    {
      label: translate({ id: 'atlas.card.tool.license', message: '许可证' }),
      value: <LicenseBadge id={t.license} data={data} />,
    },
    ...(t.organizations.length > 0
      ? [
          {
            label: translate({ id: 'atlas.card.tool.organizations', message: '维护方' }),
            value: (
              <InlineList>
                {t.organizations.map((o) => (
                  <Link key={o} to={entryHref('organizations', o)}>
                    {entryById(organizations, o, 'organizations').name}
                  </Link>
                ))}
              </InlineList>
            ),
          },
        ]
      : []),
  ];
  const links = [
    t.repository && {
      label: translate({ id: 'atlas.card.link.repository', message: '代码仓库' }),
      href: t.repository,
    },
    t.homepage && {
      label: translate({ id: 'atlas.card.link.homepage', message: '官方网站' }),
      href: t.homepage,
    },
  ].filter((l): l is { label: string; href: string } => Boolean(l));

  return (
    <EntityCard
      kind={translate({ id: 'atlas.card.tool.kind', message: '工具' })}
      title={anchor ? t.name : <Link to={entryHref('tools', t.id)}>{t.name}</Link>}
      titleAs={anchor ? 'h3' : 'p'}
      titleLang={langOf(t, 'name')}
      anchorId={anchor ? t.id : undefined}
      subtitle={t.aliases.length > 0 ? t.aliases.join(' · ') : undefined}
      description={t.description}
      descriptionLang={langOf(t, 'description')}
      staleOriginal={isStale(t) ? entryHref('tools', t.id) : undefined}
      facts={facts}
      links={links}
      sources={t.sources}
      verified={t.verified}
      file={t.file}
    />
  );
}
