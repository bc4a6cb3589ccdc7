import React from 'react';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import type { Model } from '../../data/types';
import EntityCard, { type Fact } from '../EntityCard';
import LicenseBadge from '../LicenseBadge';
import OpennessBadge from '../OpennessBadge';
import PartialDate from '../PartialDate';
import { entryById } from '../../lib/lookup';
import { entryHref } from '../../lib/links';
import { collectionOf, type AtlasView } from '../atlasView';
import { formatBillions, formatInteger } from '../../lib/format';
import {
  architectureLabel,
  listSeparator,
  modalityLabel,
  opennessComponentLabel,
  sparsityLabel,
} from '../labels';
import { opennessView, weightsLevel } from '../../data/derive/openness';
import styles from './styles.module.css';
import InlineList from '../InlineList';
import { isStale, langOf } from '../../lib/lang';

/** Paper, repository, model card and announcement, those the model has. */
export function modelLinks(m: Pick<Model, 'links'>): Array<{ label: string; href: string }> {
  return [
    m.links.paper && {
      label: translate({ id: 'atlas.card.link.paper', message: '论文' }),
      href: m.links.paper,
    },
    m.links.repository && {
      label: translate({ id: 'atlas.card.link.repository', message: '代码仓库' }),
      href: m.links.repository,
    },
    m.links.model_card && {
      label: translate({ id: 'atlas.card.link.modelCard', message: '模型卡' }),
      href: m.links.model_card,
    },
    m.links.announcement && {
      label: translate({ id: 'atlas.card.link.announcement', message: '发布公告' }),
      href: m.links.announcement,
    },
  ].filter((l): l is { label: string; href: string } => Boolean(l));
}

export interface ModelCardProps {
  id: string;
  /** The model and the names it links to; filled in at build time in MDX (see src/plugins/atlas-data). */
  data: AtlasView;
}

/** Infobox for one model, e.g. `<ModelCard id="mixtral-8x7b" />`. An unknown id fails the build. */
export default function ModelCard({ id, data }: ModelCardProps): React.JSX.Element {
  const m = entryById(collectionOf(data, 'models', 'ModelCard'), id, 'models');
  const organizations = collectionOf(data, 'organizations', 'ModelCard');
  const { total, active } = m.parameters;
  const view = opennessView(m);
  const facts: Fact[] = [
    {
      label: translate({ id: 'atlas.card.model.organizations', message: '机构' }),
      value: (
        <InlineList>
          {m.organizations.map((o) => (
            <Link key={o} to={entryHref('organizations', o)}>
              {entryById(organizations, o, 'organizations').name}
            </Link>
          ))}
        </InlineList>
      ),
    },
    {
      label: translate({ id: 'atlas.card.model.released', message: '发布时间' }),
      value: <PartialDate date={m.released} />,
    },
    {
      label: translate({ id: 'atlas.card.model.parameters', message: '参数量' }),
      value:
        active === undefined
          ? formatBillions(total)
          : translate(
              {
                id: 'atlas.card.model.parametersActive',
                message: '总计 {total}，每个 token 激活 {active}',
              },
              { total: formatBillions(total), active: formatBillions(active) },
            ),
    },
    {
      label: translate({ id: 'atlas.card.model.architecture', message: '架构' }),
      value: `${architectureLabel(m.architecture)} · ${sparsityLabel(m.sparsity)}`,
    },
    ...(m.context_length !== undefined
      ? [
          {
            label: translate({ id: 'atlas.card.model.context', message: '上下文长度（token）' }),
            value: formatInteger(m.context_length),
          },
        ]
      : []),
    {
      label: translate({ id: 'atlas.card.model.modalities', message: '模态' }),
      value: m.modalities.map(modalityLabel).join(listSeparator()),
    },
    { label: translate({ id: 'atlas.card.model.family', message: '系列' }), value: m.family },
    {
      label: translate({ id: 'atlas.card.model.license', message: '许可证' }),
      value: <LicenseBadge id={m.license} data={data} />,
    },
  ];

  return (
    <EntityCard
      kind={translate({ id: 'atlas.card.model.kind', message: '模型' })}
      title={<Link to={entryHref('models', m.id)}>{m.name}</Link>}
      subtitle={m.aliases.length > 0 ? m.aliases.join(' · ') : undefined}
      badges={
        <OpennessBadge
          level={weightsLevel(view)}
          component={translate({ id: 'atlas.openness.component.weights', message: '权重' })}
        />
      }
      description={m.description}
      descriptionLang={langOf(m, 'description')}
      staleOriginal={isStale(m) ? entryHref('models', m.id) : undefined}
      titleLang={langOf(m, 'name')}
      facts={facts}
      links={modelLinks(m)}
      sources={m.sources}
      verified={m.verified}
      file={m.file}>
      <div className={styles.openness}>
        <span className={styles.opennessLabel}>
          {translate({ id: 'atlas.card.model.openness', message: '开放程度' })}
        </span>
        <ul>
          {view.components.map((c) => {
            const grade = view.grades[c];
            return (
              <li key={c}>
                <OpennessBadge level={grade.level} component={opennessComponentLabel(c)} />
                {grade.note && (
                  <span className={styles.note} lang={langOf(m, `openness.${c}.note`)}>
                    {grade.note}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </EntityCard>
  );
}
