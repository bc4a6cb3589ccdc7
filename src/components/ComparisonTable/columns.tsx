/**
 * Per-collection tables: which columns exist, how each cell renders and sorts, and which
 * facets a reader can filter by. Headers and labels are translated at render time. The
 * fields each column reads are listed in ./fields.ts, so a page ships only those.
 */
import React from 'react';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import type { EntryTranslation, License, Model, Organization, Tool } from '../../data/types';
import LicenseBadge from '../LicenseBadge';
import OpennessSymbols from '../OpennessSymbols';
import PartialDate from '../PartialDate';
import { entryHref, type LinkedCollection } from '../../lib/links';
import { entryById, indexById } from '../../lib/lookup';
import { collectionOf, type AtlasView } from '../atlasView';
import { formatBillions, formatGb, formatInteger } from '../../lib/format';
import { langOf } from '../../lib/lang';
import {
  architectureLabel,
  commercialUseLabel,
  headquartersLabel,
  licenseKindLabel,
  modalityLabel,
  opennessLevelLabel,
  organizationKindLabel,
  regionLabel,
  sparsityLabel,
  toolCategoryLabel,
  yesNoLabel,
  listSeparator,
} from '../labels';
import { getOptions, getValues, parameterBucket, parameterBuckets } from './logic';
import type { Column, Facet, TableSpec } from './spec';
import type { TableCollection } from './fields';
import { opennessView, weightsLevel } from '../../data/derive/openness';
import type { OpennessLevel } from '../../data/vocab';
import { kvCacheGbPer1kTokens, weightsGb } from '../../data/derive/memory';
import styles from './styles.module.css';
import InlineList from '../InlineList';

type WithFile<T> = T & { file: string; i18n?: EntryTranslation };
type Lookup<T> = (id: string) => T;

/** Resolves ids against the names the table's view carries (an unknown id fails the build). */
function lookup<T extends { id: string }>(entries: readonly T[], collection: string): Lookup<T> {
  const index = indexById(entries);
  return (id) => index.get(id) ?? entryById(entries, id, collection);
}

function NameLink({
  collection,
  id,
  children,
}: {
  collection: LinkedCollection;
  id: string;
  children: React.ReactNode;
}) {
  return <Link to={entryHref(collection, id)}>{children}</Link>;
}

function OrgLinks({ ids, org }: { ids: readonly string[]; org: Lookup<Organization> }) {
  return (
    <>
      {
        <InlineList>
          {ids.map((id) => (
            <NameLink key={id} collection="organizations" id={id}>
              {org(id).name}
            </NameLink>
          ))}
        </InlineList>
      }
    </>
  );
}

/** Sort rank of a level, best first (used where one level summarises a cell). */
const levelRank: Record<OpennessLevel, number> = {
  open: 4,
  partial: 3,
  unknown: 2,
  closed: 1,
  na: 0,
};

function modelSpec(data: AtlasView): TableSpec<WithFile<Model>> {
  const models = collectionOf(data, 'models', 'ComparisonTable');
  const org = lookup(data.organizations ?? [], 'organizations');
  const license = lookup(data.licenses ?? [], 'licenses');
  const columns: Array<Column<WithFile<Model>>> = [
    {
      key: 'name',
      header: translate({ id: 'atlas.table.models.name', message: '模型' }),
      cell: (m) => (
        <NameLink collection="models" id={m.id}>
          {m.name}
        </NameLink>
      ),
      sort: (m) => m.name,
    },
    {
      key: 'organizations',
      header: translate({ id: 'atlas.table.models.organizations', message: '机构' }),
      wraps: true,
      cell: (m) => <OrgLinks ids={m.organizations} org={org} />,
      sort: (m) => m.organizations.map((o) => org(o).name).join(', '),
    },
    {
      key: 'family',
      header: translate({ id: 'atlas.table.models.family', message: '系列' }),
      cell: (m) => m.family,
      sort: (m) => m.family,
    },
    {
      key: 'released',
      header: translate({ id: 'atlas.table.models.released', message: '发布' }),
      cell: (m) => <PartialDate date={m.released} />,
      sort: (m) => m.released,
    },
    {
      key: 'parameters',
      header: translate({ id: 'atlas.table.models.parameters', message: '参数量' }),
      numeric: true,
      cell: (m) => (
        <>
          {formatBillions(m.parameters.total)}
          {m.parameters.active !== undefined && (
            <small>
              {translate(
                { id: 'atlas.table.models.activeParameters', message: '激活 {active}' },
                { active: formatBillions(m.parameters.active) },
              )}
            </small>
          )}
        </>
      ),
      sort: (m) => m.parameters.total,
    },
    {
      key: 'architecture',
      header: translate({ id: 'atlas.table.models.architecture', message: '架构' }),
      cell: (m) => (
        <span className={styles.nowrap}>
          {architectureLabel(m.architecture)}
          <small>{sparsityLabel(m.sparsity)}</small>
        </span>
      ),
      sort: (m) => `${m.architecture} ${m.sparsity}`,
    },
    {
      key: 'context_length',
      header: translate({ id: 'atlas.table.models.contextLength', message: '上下文长度' }),
      numeric: true,
      cell: (m) => (m.context_length === undefined ? '—' : formatInteger(m.context_length)),
      sort: (m) => m.context_length,
    },
    // Optional columns (not in the default set): memory figures from src/data/derive/memory.ts.
    {
      key: 'weights_int4',
      header: translate({ id: 'atlas.table.models.weightsInt4', message: '4-bit 权重（GB）' }),
      numeric: true,
      cell: (m) => formatGb(weightsGb(m.parameters.total, 'int4')),
      sort: (m) => m.parameters.total,
    },
    {
      key: 'kv_per_1k',
      header: translate({
        id: 'atlas.table.models.kvPer1k',
        message: 'KV 缓存（GB / 1000 token）',
      }),
      numeric: true,
      cell: (m) => {
        const kv = kvCacheGbPer1kTokens(m);
        return kv === null ? '—' : formatGb(kv);
      },
      sort: (m) => kvCacheGbPer1kTokens(m) ?? undefined,
    },
    {
      key: 'modalities',
      header: translate({ id: 'atlas.table.models.modalities', message: '模态' }),
      cell: (m) => m.modalities.map(modalityLabel).join(listSeparator()),
      sort: (m) => m.modalities.length * 10 + (m.modalities.includes('image') ? 1 : 0),
    },
    {
      key: 'license',
      header: translate({ id: 'atlas.table.models.license', message: '许可证' }),
      cell: (m) => <LicenseBadge id={m.license} data={data} />,
      sort: (m) => license(m.license).name,
    },
    {
      key: 'openness',
      header: translate({ id: 'atlas.table.models.openness', message: '开放程度' }),
      // Levels only: the notes are prose, written out in the model's entry (which the name
      // links to), not squeezed into every table that lists it.
      cell: (m) => <OpennessSymbols view={opennessView(m)} />,
      sort: (m) => opennessView(m).score,
    },
  ];
  const yearLabel = (y: string) =>
    translate({ id: 'atlas.date.year', message: '{year} 年' }, { year: y });
  const bucketLabel = (key: string) => {
    switch (key) {
      case 'lt10':
        return translate({ id: 'atlas.table.models.bucket.lt10', message: '小于 10B' });
      case '10to100':
        return translate({ id: 'atlas.table.models.bucket.10to100', message: '10B 至 100B' });
      default:
        return translate({ id: 'atlas.table.models.bucket.gte100', message: '100B 及以上' });
    }
  };
  const facets: Array<Facet<WithFile<Model>>> = [
    {
      key: 'organization',
      label: translate({ id: 'atlas.table.facet.organization', message: '机构' }),
      values: (m) => m.organizations,
      optionLabel: (id) => org(id).name,
    },
    {
      key: 'license_kind',
      label: translate({ id: 'atlas.table.facet.licenseKind', message: '许可证类型' }),
      values: (m) => [license(m.license).kind],
      optionLabel: (k) => licenseKindLabel(k as License['kind']),
    },
    {
      key: 'weights',
      label: translate({ id: 'atlas.table.facet.weights', message: '权重开放程度' }),
      values: (m) => [weightsLevel(opennessView(m))],
      optionLabel: (l) => opennessLevelLabel(l as OpennessLevel),
      compare: (a, b) => levelRank[b as OpennessLevel] - levelRank[a as OpennessLevel],
    },
    {
      key: 'year',
      label: translate({ id: 'atlas.table.facet.year', message: '发布年份' }),
      values: (m) => [m.released.slice(0, 4)],
      optionLabel: yearLabel,
      compare: (a, b) => b.localeCompare(a),
    },
    {
      key: 'parameters',
      label: translate({ id: 'atlas.table.facet.parameters', message: '参数规模' }),
      values: (m) => [parameterBucket(m.parameters.total)],
      optionLabel: bucketLabel,
      compare: (a, b) =>
        parameterBuckets.findIndex((x) => x.key === a) -
        parameterBuckets.findIndex((x) => x.key === b),
    },
    {
      key: 'family',
      label: translate({ id: 'atlas.table.facet.family', message: '系列' }),
      values: (m) => [m.family],
      optionLabel: (f) => f,
    },
    {
      // Only entries that record where to get them can match; the menu is left out while
      // no entry records it (see the facet options in ./index.tsx).
      key: 'get',
      label: translate({ id: 'atlas.table.facet.get', message: '获取与运行' }),
      values: (m) => getValues(m),
      optionLabel: (v) =>
        v === 'modelscope'
          ? translate({ id: 'atlas.table.facet.get.modelscope', message: '魔搭可下载' })
          : translate({ id: 'atlas.table.facet.get.ollama', message: 'Ollama 可直接运行' }),
      compare: (a, b) =>
        getOptions.indexOf(a as (typeof getOptions)[number]) -
        getOptions.indexOf(b as (typeof getOptions)[number]),
    },
  ];
  return {
    entries: models,
    name: (m) => m.name,
    searchText: (m) => [m.name, m.id, ...m.aliases],
    columns,
    facets,
  };
}

function toolSpec(data: AtlasView): TableSpec<WithFile<Tool>> {
  const tools = collectionOf(data, 'tools', 'ComparisonTable');
  const org = lookup(data.organizations ?? [], 'organizations');
  const license = lookup(data.licenses ?? [], 'licenses');
  const columns: Array<Column<WithFile<Tool>>> = [
    {
      key: 'name',
      header: translate({ id: 'atlas.table.tools.name', message: '工具' }),
      cell: (t) => (
        <NameLink collection="tools" id={t.id}>
          {t.name}
        </NameLink>
      ),
      sort: (t) => t.name,
    },
    {
      key: 'category',
      header: translate({ id: 'atlas.table.tools.category', message: '类别' }),
      cell: (t) => toolCategoryLabel(t.category),
      sort: (t) => toolCategoryLabel(t.category),
    },
    {
      key: 'license',
      header: translate({ id: 'atlas.table.tools.license', message: '许可证' }),
      cell: (t) => <LicenseBadge id={t.license} data={data} />,
      sort: (t) => license(t.license).name,
    },
    {
      key: 'language',
      header: translate({ id: 'atlas.table.tools.language', message: '主要语言' }),
      cell: (t) => t.language,
      sort: (t) => t.language,
    },
    {
      key: 'first_release',
      header: translate({ id: 'atlas.table.tools.firstRelease', message: '首次发布' }),
      cell: (t) => <PartialDate date={t.first_release} />,
      sort: (t) => t.first_release,
    },
    {
      key: 'repository',
      header: translate({ id: 'atlas.table.tools.repository', message: '代码仓库' }),
      cell: (t) =>
        t.repository ? (
          <a href={t.repository}>{t.repository.replace(/^https:\/\/(www\.)?/, '')}</a>
        ) : (
          '—'
        ),
      sort: (t) => t.repository,
    },
    {
      key: 'organizations',
      header: translate({ id: 'atlas.table.tools.organizations', message: '维护方' }),
      cell: (t) => <OrgLinks ids={t.organizations} org={org} />,
      sort: (t) => t.organizations.map((o) => org(o).name).join(', '),
    },
    {
      key: 'description',
      header: translate({ id: 'atlas.table.tools.description', message: '用途' }),
      prose: (t) => t.description,
      cell: (t) => <span lang={langOf(t, 'description')}>{t.description}</span>,
    },
  ];
  const facets: Array<Facet<WithFile<Tool>>> = [
    {
      key: 'category',
      label: translate({ id: 'atlas.table.facet.category', message: '类别' }),
      values: (t) => [t.category],
      optionLabel: (c) => toolCategoryLabel(c as Tool['category']),
    },
    {
      key: 'license',
      label: translate({ id: 'atlas.table.facet.license', message: '许可证' }),
      values: (t) => [t.license],
      optionLabel: (id) => license(id).spdx ?? license(id).name,
    },
    {
      key: 'language',
      label: translate({ id: 'atlas.table.facet.language', message: '主要语言' }),
      values: (t) => [t.language],
      optionLabel: (l) => l,
    },
  ];
  return {
    entries: tools,
    name: (t) => t.name,
    searchText: (t) => [t.name, t.id, ...t.aliases],
    columns,
    facets,
  };
}

function organizationSpec(data: AtlasView): TableSpec<WithFile<Organization>> {
  const organizations = collectionOf(data, 'organizations', 'ComparisonTable');
  const columns: Array<Column<WithFile<Organization>>> = [
    {
      key: 'name',
      header: translate({ id: 'atlas.table.organizations.name', message: '名称' }),
      cell: (o) => (
        <NameLink collection="organizations" id={o.id}>
          {o.name}
        </NameLink>
      ),
      sort: (o) => o.name,
    },
    {
      key: 'name_zh',
      header: translate({ id: 'atlas.table.organizations.nameZh', message: '中文名' }),
      cell: (o) => (o.name_zh ? <span lang="zh-Hans">{o.name_zh}</span> : '—'),
      sort: (o) => o.name_zh,
    },
    {
      key: 'kind',
      header: translate({ id: 'atlas.table.organizations.kind', message: '类型' }),
      cell: (o) => organizationKindLabel(o.kind),
      sort: (o) => organizationKindLabel(o.kind),
    },
    {
      key: 'region',
      header: translate({ id: 'atlas.table.organizations.region', message: '地区' }),
      cell: (o) => regionLabel(o.region),
      sort: (o) => regionLabel(o.region),
    },
    {
      key: 'founded',
      header: translate({ id: 'atlas.table.organizations.founded', message: '成立' }),
      cell: (o) => (o.founded ? <PartialDate date={o.founded} /> : '—'),
      sort: (o) => o.founded,
    },
    {
      key: 'headquarters',
      header: translate({ id: 'atlas.table.organizations.headquarters', message: '总部' }),
      cell: (o) =>
        o.headquarters ? (
          // Without a city the label is the note itself (see headquartersLabel).
          <span lang={o.headquarters.city ? undefined : langOf(o, 'headquarters.note')}>
            {headquartersLabel(o.headquarters) || '—'}
          </span>
        ) : (
          '—'
        ),
      sort: (o) => (o.headquarters ? headquartersLabel(o.headquarters) : undefined),
    },
    {
      key: 'description',
      header: translate({ id: 'atlas.table.organizations.description', message: '简介' }),
      prose: (o) => o.description ?? '',
      cell: (o) => <span lang={langOf(o, 'description')}>{o.description ?? ''}</span>,
    },
  ];
  const facets: Array<Facet<WithFile<Organization>>> = [
    {
      key: 'kind',
      label: translate({ id: 'atlas.table.facet.orgKind', message: '类型' }),
      values: (o) => [o.kind],
      optionLabel: (k) => organizationKindLabel(k as Organization['kind']),
    },
    {
      key: 'region',
      label: translate({ id: 'atlas.table.facet.region', message: '地区' }),
      values: (o) => [o.region],
      optionLabel: regionLabel,
    },
  ];
  return {
    entries: organizations,
    name: (o) => o.name,
    searchText: (o) => [o.name, o.id, ...(o.name_zh ? [o.name_zh] : []), ...o.aliases],
    columns,
    facets,
  };
}

function licenseSpec(data: AtlasView): TableSpec<WithFile<License>> {
  const licenses = collectionOf(data, 'licenses', 'ComparisonTable');
  const columns: Array<Column<WithFile<License>>> = [
    {
      key: 'name',
      header: translate({ id: 'atlas.table.licenses.name', message: '许可证' }),
      cell: (l) => (
        <NameLink collection="licenses" id={l.id}>
          {l.name}
        </NameLink>
      ),
      sort: (l) => l.name,
    },
    {
      key: 'spdx',
      header: translate({ id: 'atlas.table.licenses.spdx', message: 'SPDX 标识' }),
      cell: (l) => (l.spdx ? <code>{l.spdx}</code> : '—'),
      sort: (l) => l.spdx,
    },
    {
      key: 'kind',
      header: translate({ id: 'atlas.table.licenses.kind', message: '类型' }),
      cell: (l) => licenseKindLabel(l.kind),
      sort: (l) => licenseKindLabel(l.kind),
    },
    {
      key: 'osi_approved',
      header: translate({ id: 'atlas.table.licenses.osiApproved', message: 'OSI 批准' }),
      cell: (l) => yesNoLabel(l.osi_approved),
      sort: (l) => (l.osi_approved ? 0 : 1),
    },
    {
      key: 'commercial_use',
      header: translate({ id: 'atlas.table.licenses.commercialUse', message: '商业使用' }),
      cell: (l) => commercialUseLabel(l.commercial_use),
      sort: (l) => ['yes', 'conditional', 'no'].indexOf(l.commercial_use),
    },
    {
      key: 'attribution',
      header: translate({ id: 'atlas.table.licenses.attribution', message: '须署名' }),
      cell: (l) => yesNoLabel(l.attribution),
      sort: (l) => (l.attribution ? 0 : 1),
    },
    {
      key: 'restrictions',
      header: translate({ id: 'atlas.table.licenses.restrictions', message: '主要条件与限制' }),
      prose: (l) => l.restrictions ?? '—',
      cell: (l) => <span lang={langOf(l, 'restrictions')}>{l.restrictions ?? '—'}</span>,
    },
    {
      key: 'user_threshold',
      header: translate({ id: 'atlas.table.licenses.userThreshold', message: '月活用户门槛' }),
      numeric: true,
      cell: (l) => (l.user_threshold === undefined ? '—' : formatInteger(l.user_threshold)),
      sort: (l) => l.user_threshold,
    },
  ];
  const facets: Array<Facet<WithFile<License>>> = [
    {
      key: 'kind',
      label: translate({ id: 'atlas.table.facet.licenseKind', message: '许可证类型' }),
      values: (l) => [l.kind],
      optionLabel: (k) => licenseKindLabel(k as License['kind']),
    },
    {
      key: 'commercial_use',
      label: translate({ id: 'atlas.table.facet.commercialUse', message: '商业使用' }),
      values: (l) => [l.commercial_use],
      optionLabel: (v) => commercialUseLabel(v as License['commercial_use']),
    },
  ];
  return {
    entries: licenses,
    name: (l) => l.name,
    searchText: (l) => [l.name, l.id, ...(l.spdx ? [l.spdx] : []), ...l.aliases],
    columns,
    facets,
  };
}

/** The spec of a collection's table. Called during render, so translations apply. */
export function tableSpec(collection: TableCollection, data: AtlasView): TableSpec<{ id: string }> {
  switch (collection) {
    case 'models':
      return modelSpec(data) as unknown as TableSpec<{ id: string }>;
    case 'tools':
      return toolSpec(data) as unknown as TableSpec<{ id: string }>;
    case 'organizations':
      return organizationSpec(data) as unknown as TableSpec<{ id: string }>;
    case 'licenses':
      return licenseSpec(data) as unknown as TableSpec<{ id: string }>;
  }
}
