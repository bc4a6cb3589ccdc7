import React, { useMemo } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import models from '@generated/atlas-data/default/models-ranking.json?atlas-ssr';
import names from '@generated/atlas-data/default/names.json?atlas-ssr';
// Each organisation's region, for the region filter: the organisations table's rows carry it.
import organizations from '@generated/atlas-data/default/organizations-table.json?atlas-ssr';
import KeptUntilUsed from '@site/src/components/KeptUntilUsed';
import OpennessChart from '@site/src/components/OpennessChart';
import { rankByOpenness } from '@site/src/components/OpennessChart/logic';
import OpennessSymbols, {
  mofClassLabel,
  OpennessLegend,
} from '@site/src/components/OpennessSymbols';
import Controls from '@site/src/components/ComparisonTable/Controls';
import { useTableState } from '@site/src/components/ComparisonTable/useTableState';
import { filterRows, type RowAccess } from '@site/src/components/ComparisonTable/logic';
import { compareValues } from '@site/src/lib/sort';
import LicenseBadge from '@site/src/components/LicenseBadge';
import PartialDate from '@site/src/components/PartialDate';
import { entryHref } from '@site/src/lib/links';
import { licenseKindLabel, listSeparator, regionLabel } from '@site/src/components/labels';
import { opennessView } from '@site/src/data/derive/openness';
import type { License } from '@site/src/data/types';
import type { RankingModel } from '@site/src/components/views';
import DataPage, { DataSection } from '../_components/DataPage';
import a11y from '@site/src/css/a11y.module.css';
import styles from './openness.module.css';

const facetKeys = ['license_kind', 'organization', 'region', 'year'] as const;
const tableId = 'ranking-table';

/**
 * The ranking's data: every rated model, the names it links to and each organisation's region.
 * In the page's HTML only (the three imports are null in the browser bundle, see
 * src/plugins/server-only); the filters, chart and table fetch it when the reader uses them.
 */
interface RankingData {
  models: NonNullable<typeof models>;
  names: NonNullable<typeof names>;
  organizations: NonNullable<typeof organizations>;
}
const serverData: RankingData | null =
  models && names && organizations ? { models, names, organizations } : null;
const loadData = (): Promise<RankingData> =>
  Promise.all([
    import('@generated/atlas-data/default/models-ranking.json'),
    import('@generated/atlas-data/default/names.json'),
    import('@generated/atlas-data/default/organizations-table.json'),
  ]).then(([m, n, o]) => ({ models: m.default, names: n.default, organizations: o.default }));

/** The facets' values and labels, and the organisations' names, from the ranking's data. */
function lookups(data: RankingData) {
  const orgName = new Map(data.names.organizations.map((o) => [o.id, o.name]));
  const orgRegion = new Map(data.organizations.map((o) => [o.id, o.region]));
  const licenseKind = new Map(data.names.licenses.map((l) => [l.id, l.kind]));
  const facetValues = (m: RankingModel, facet: string): string[] => {
    switch (facet) {
      case 'license_kind':
        return [licenseKind.get(m.license) ?? ''];
      case 'organization':
        return m.organizations;
      case 'region':
        return [...new Set(m.organizations.map((o) => orgRegion.get(o) ?? ''))];
      case 'year':
        return [m.released.slice(0, 4)];
      default:
        return [];
    }
  };
  const optionLabel = (facet: string, value: string): string => {
    switch (facet) {
      case 'license_kind':
        return licenseKindLabel(value as License['kind']);
      case 'organization':
        return orgName.get(value) ?? value;
      case 'region':
        return regionLabel(value);
      default:
        return translate({ id: 'atlas.date.year', message: '{year} 年' }, { year: value });
    }
  };
  const access: RowAccess<RankingModel> = {
    searchText: (m) => [m.name, m.id, ...m.aliases],
    sortValue: () => undefined,
    facetValues,
  };
  const orgNames = (ids: readonly string[]) =>
    ids.map((id) => orgName.get(id) ?? id).join(listSeparator());
  return { facetValues, optionLabel, access, orgNames };
}

function facetLabel(facet: string): string {
  switch (facet) {
    case 'license_kind':
      return translate({ id: 'atlas.table.facet.licenseKind', message: '许可证类型' });
    case 'organization':
      return translate({ id: 'atlas.table.facet.organization', message: '机构' });
    case 'region':
      return translate({ id: 'atlas.table.facet.region', message: '地区' });
    default:
      return translate({ id: 'atlas.table.facet.year', message: '发布年份' });
  }
}

/** The filters, the count, the chart and the table: what the reader works with. */
function Ranking({ data, title }: { data: RankingData; title: string }): React.JSX.Element {
  const [state, setState] = useTableState('rank', [], facetKeys, {});
  const all = data.models;
  const { facetValues, optionLabel, access, orgNames } = useMemo(() => lookups(data), [data]);
  const shown = filterRows(all, state, access);
  const ranked = rankByOpenness(shown);
  const facets = facetKeys.map((key) => {
    const values = [...new Set(all.flatMap((m) => facetValues(m, key)))].filter(Boolean);
    values.sort((a, b) =>
      key === 'year' ? b.localeCompare(a) : compareValues(optionLabel(key, a), optionLabel(key, b)),
    );
    return {
      key,
      label: facetLabel(key),
      options: values.map((v) => ({ value: v, label: optionLabel(key, v) })),
    };
  });
  return (
    <>
      {/* In the server's HTML too, hidden where script does not run, so that showing them moves
          nothing below them (on a phone the count and the chart moved down: layout shift 0.16). */}
      <div className={a11y.needsScript}>
        <Controls
          state={state}
          onChange={setState}
          facets={facets}
          columns={[]}
          allColumns={[]}
          label={translate({ id: 'atlas.page.ranking.filters', message: '筛选排行' })}
        />
      </div>
      <p className={styles.count} role="status">
        {translate(
          {
            id: 'atlas.page.ranking.count',
            message: '显示 {ranked} 个模型（共 {total} 个）',
          },
          { ranked: ranked.length, total: all.length },
        )}
      </p>
      <DataSection
        id="chart"
        title={translate({ id: 'atlas.page.ranking.chart', message: '得分与发布时间' })}>
        <OpennessChart
          tableId={tableId}
          points={ranked.map((r) => ({
            id: r.model.id,
            name: r.model.name,
            released: r.model.released,
            score: r.score,
            mofClass: r.mofClass,
          }))}
        />
      </DataSection>
      <DataSection
        id="ranking"
        title={translate({ id: 'atlas.page.ranking.table', message: '排行' })}>
        {ranked.length === 0 ? (
          <p id={tableId} className={styles.empty}>
            {translate({
              id: 'atlas.page.ranking.none',
              message: '没有符合条件且已按新方法评级的模型。',
            })}
          </p>
        ) : (
          <>
            <OpennessLegend />
            <div className={styles.scroll} role="region" tabIndex={0} aria-label={title}>
              <table id={tableId} className={styles.table}>
                <caption className={a11y.srOnly}>{title}</caption>
                <thead>
                  <tr>
                    <th scope="col">
                      {translate({ id: 'atlas.page.ranking.rank', message: '排名' })}
                    </th>
                    <th scope="col">
                      {translate({ id: 'atlas.table.models.name', message: '模型' })}
                    </th>
                    <th scope="col" className={styles.optional}>
                      {translate({ id: 'atlas.table.models.organizations', message: '机构' })}
                    </th>
                    <th scope="col" className={styles.optional}>
                      {translate({ id: 'atlas.table.models.released', message: '发布' })}
                    </th>
                    <th scope="col" className={styles.optional}>
                      {translate({ id: 'atlas.table.models.license', message: '许可证' })}
                    </th>
                    <th scope="col" className={styles.numeric}>
                      {translate({ id: 'atlas.page.ranking.score', message: '得分' })}
                    </th>
                    <th scope="col">
                      {translate({ id: 'atlas.page.ranking.mof', message: 'MOF 类别' })}
                    </th>
                    <th scope="col" className={styles.optional}>
                      {translate({ id: 'atlas.table.models.openness', message: '开放程度' })}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {ranked.map((r) => (
                    <tr key={r.model.id}>
                      <td className={styles.numeric}>{r.rank}</td>
                      <th scope="row">
                        <Link to={entryHref('models', r.model.id)}>{r.model.name}</Link>
                      </th>
                      <td className={styles.optional}>{orgNames(r.model.organizations)}</td>
                      <td className={styles.optional}>
                        <PartialDate date={r.model.released} />
                      </td>
                      <td className={styles.optional}>
                        <LicenseBadge id={r.model.license} data={data.names} />
                      </td>
                      <td className={styles.numeric}>{r.score}</td>
                      <td>{mofClassLabel(r.mofClass)}</td>
                      <td className={styles.optional}>
                        <OpennessSymbols view={opennessView(r.model)} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </DataSection>
    </>
  );
}

export default function OpennessRankingPage(): React.JSX.Element {
  const title = translate({ id: 'atlas.page.ranking.title', message: '开放程度排行' });
  return (
    <DataPage
      collection="models"
      title={title}
      description={translate({
        id: 'atlas.page.ranking.description',
        message:
          '按开放程度得分排列的开放模型：得分由 18 项评级按同等权重算出，并标出模型达到的 MOF 类别；可按许可证类型、机构、地区和年份筛选。',
      })}
      intro={
        <p>
          <Translate
            id="atlas.page.ranking.intro"
            values={{
              method: (
                <Link to="/docs/ecosystem/openness-method">
                  {translate({ id: 'atlas.page.ranking.introMethod', message: '开放度评级方法' })}
                </Link>
              ),
              table: (
                <Link to="/models">
                  {translate({ id: 'atlas.page.ranking.introTable', message: '模型数据表' })}
                </Link>
              ),
            }}>
            {
              '得分是按新方法评级的 18 项的平均值：开放记 1 分，部分开放记 0.5 分，未开放和未知记 0 分，不适用的项不计入，再换算为 0–100；MOF 类别按模型开放框架（Model Openness Framework）的要求从各项评级推出，都由代码计算而非手填。评级方法见{method}，各模型的全部字段见{table}。'
            }
          </Translate>
        </p>
      }>
      <KeptUntilUsed data={serverData} load={loadData}>
        {(data) => <Ranking data={data} title={title} />}
      </KeptUntilUsed>
    </DataPage>
  );
}
