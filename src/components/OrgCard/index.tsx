import React from 'react';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import EntityCard, { type Fact } from '../EntityCard';
import PartialDate from '../PartialDate';
import { entryById } from '../../lib/lookup';
import { entryHref } from '../../lib/links';
import { isStale, langOf, type FieldLang } from '../../lib/lang';
import { collectionOf, type AtlasView } from '../atlasView';
import { headquartersLabel, organizationKindLabel, regionLabel } from '../labels';
import InlineList from '../InlineList';
import styles from './styles.module.css';

export interface OrgCardProps {
  id: string;
  /** Used by /organizations: the card becomes the entry's anchor and its title a heading. */
  anchor?: boolean;
  /** The organisation and the names of its models; filled in at build time in MDX (see src/plugins/atlas-data). */
  data: AtlasView;
}

/**
 * A fact followed by the entry's note on it (why it is missing, or what it is of), set apart
 * so the fact itself stays scannable.
 */
function withNote(
  fact: React.ReactNode,
  note: string | undefined,
  lang?: FieldLang,
): React.ReactNode {
  if (!note) return fact;
  return (
    <>
      {fact}
      {fact && ' '}
      <span className={styles.note} lang={lang}>
        {note}
      </span>
    </>
  );
}

/** Infobox for one organisation, e.g. `<OrgCard id="hugging-face" />`. An unknown id fails the build. */
export default function OrgCard({ id, anchor = false, data }: OrgCardProps): React.JSX.Element {
  const o = entryById(collectionOf(data, 'organizations', 'OrgCard'), id, 'organizations');
  const own = collectionOf(data, 'models', 'OrgCard')
    .filter((m) => m.organizations.includes(o.id))
    .sort((a, b) => b.released.localeCompare(a.released));
  const facts: Fact[] = [
    {
      label: translate({ id: 'atlas.card.org.kind', message: '类型' }),
      value: organizationKindLabel(o.kind),
    },
    {
      label: translate({ id: 'atlas.card.org.region', message: '地区' }),
      value: regionLabel(o.region),
    },
    {
      label: translate({ id: 'atlas.card.org.founded', message: '成立' }),
      value: withNote(
        o.founded && <PartialDate date={o.founded} />,
        o.founded_note,
        langOf(o, 'founded_note'),
      ),
    },
    {
      label: translate({ id: 'atlas.card.org.headquarters', message: '总部' }),
      // Without a city the label is the note itself (see headquartersLabel).
      value: o.headquarters.city ? (
        withNote(
          headquartersLabel(o.headquarters),
          o.headquarters.note,
          langOf(o, 'headquarters.note'),
        )
      ) : (
        <span lang={langOf(o, 'headquarters.note')}>{headquartersLabel(o.headquarters)}</span>
      ),
    },
    ...(o.founders || o.founders_note
      ? [
          {
            label: translate({ id: 'atlas.card.org.founders', message: '创办者' }),
            value: withNote(
              o.founders && (
                <InlineList>
                  {o.founders.map((name, i) => (
                    <span key={name} lang={langOf(o, `founders.${i}`)}>
                      {name}
                    </span>
                  ))}
                </InlineList>
              ),
              o.founders_note,
              langOf(o, 'founders_note'),
            ),
          },
        ]
      : []),
    ...(own.length > 0
      ? [
          {
            label: translate({ id: 'atlas.card.org.models', message: '收录的模型' }),
            value: (
              <InlineList>
                {own.map((m) => (
                  <Link key={m.id} to={entryHref('models', m.id)}>
                    {m.name}
                  </Link>
                ))}
              </InlineList>
            ),
          },
        ]
      : []),
  ];
  const links = [
    o.links.homepage && {
      label: translate({ id: 'atlas.card.link.homepage', message: '官方网站' }),
      href: o.links.homepage,
    },
    o.links.github && { label: 'GitHub', href: o.links.github },
    o.links.huggingface && { label: 'Hugging Face', href: o.links.huggingface },
  ].filter((l): l is { label: string; href: string } => Boolean(l));
  const subtitle = [o.name_zh, ...o.aliases].filter(Boolean).join(' · ');

  return (
    <EntityCard
      kind={translate({ id: 'atlas.card.org.kindLabel', message: '机构' })}
      title={anchor ? o.name : <Link to={entryHref('organizations', o.id)}>{o.name}</Link>}
      titleAs={anchor ? 'h3' : 'p'}
      titleLang={langOf(o, 'name')}
      anchorId={anchor ? o.id : undefined}
      subtitle={subtitle || undefined}
      description={o.description}
      descriptionLang={langOf(o, 'description')}
      staleOriginal={isStale(o) ? entryHref('organizations', o.id) : undefined}
      facts={facts}
      links={links}
      sources={o.sources}
      verified={o.verified}
      file={o.file}
    />
  );
}
