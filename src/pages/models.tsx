import React from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import models from '@generated/atlas-data/default/models.json';
import names from '@generated/atlas-data/default/names.json';
import ComparisonTable from '@site/src/components/ComparisonTable';
import ParameterChart from '@site/src/components/ParameterChart';
import DataPage, { DataSection } from './_components/DataPage';
import ModelEntry from './_components/ModelEntry';
import styles from './_components/DataPage/styles.module.css';

// The whole collection (every row, chart point and entry is shown), names for the links.
const data = { ...names, models };

export default function ModelsPage(): React.JSX.Element {
  // Families together, oldest first within a family: the order a reader scans a lineage in.
  const ordered = [...models].sort(
    (a, b) =>
      a.family.localeCompare(b.family) ||
      a.released.localeCompare(b.released) ||
      a.name.localeCompare(b.name),
  );
  return (
    <DataPage
      title={translate({ id: 'atlas.page.models.title', message: '模型数据表' })}
      description={translate({
        id: 'atlas.page.models.description',
        message:
          '开放权重与开源大模型的对比表：机构、发布时间、参数量、架构、上下文长度、许可证和各部分的开放程度，每条都注明来源。',
      })}
      intro={
        <p>
          <Translate
            id="atlas.page.models.intro"
            values={{
              licenses: (
                <Link to="/licenses">
                  {translate({ id: 'atlas.page.models.introLicenses', message: '许可证' })}
                </Link>
              ),
              ranking: (
                <Link to="/models/openness">
                  {translate({ id: 'atlas.page.models.introRanking', message: '开放程度排行' })}
                </Link>
              ),
            }}>
            {
              '图谱收录的每个模型一行，可按任一列排序，也可按名称、机构、许可证类型、权重开放程度、年份和参数规模筛选，并选择显示哪些列；勾选 2–4 个模型可以并排对比。“开放程度”一列每个圆点代表一项（图例在表格上方），把光标移到圆点上或用 Tab 键聚焦即可看到文字说明；各条款的含义见{licenses}页，按开放程度排序的榜单见{ranking}。下方的条目补充表格放不下的内容：简介、别名、系列、模态、开放程度说明、相关链接与来源。'
            }
          </Translate>
        </p>
      }>
      <DataSection
        id="comparison"
        title={translate({ id: 'atlas.page.models.table', message: '对比表' })}>
        <ComparisonTable
          collection="models"
          data={data}
          // Openness and licence before the technical columns: they are what a reader choosing
          // a model compares first, and they stay in view at 1280 px.
          columns={[
            'name',
            'organizations',
            'family',
            'released',
            'parameters',
            'openness',
            'license',
            'architecture',
            'context_length',
            'modalities',
          ]}
          hiddenColumns={['family', 'modalities']}
        />
      </DataSection>
      <DataSection
        id="parameters"
        title={translate({ id: 'atlas.page.models.chart', message: '参数量与发布时间' })}>
        <ParameterChart dataTable={false} data={data} />
      </DataSection>
      <DataSection
        id="entries"
        title={translate({ id: 'atlas.page.models.entries', message: '全部条目' })}>
        <div className={styles.cards}>
          {ordered.map((m) => (
            <ModelEntry key={m.id} model={m} />
          ))}
        </div>
      </DataSection>
    </DataPage>
  );
}
