import React, { useEffect } from 'react';
import { useHistory, useLocation } from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import models from '@generated/atlas-data/default/models-table.json?atlas-ssr';
import names from '@generated/atlas-data/default/names.json?atlas-ssr';
import ComparisonTable from '@site/src/components/ComparisonTable';
import ParameterChart from '@site/src/components/ParameterChart';
import DataPage, { DataSection } from './_components/DataPage';
import KeptUntilUsed from '@site/src/components/KeptUntilUsed';
import { modelsPageColumns } from '@site/src/components/views';

// Every model (every row and chart point is shown) with the fields they read; names for the links.
// In the page's HTML only (both imports are null in the browser bundle, see src/plugins/server-only):
// the table and the chart fetch them when the reader comes to use them (KeptUntilUsed).
type View = NonNullable<typeof names> & { models: NonNullable<typeof models> };
const serverData: View | null = models && names ? { ...names, models } : null;
const loadData = (): Promise<View> =>
  Promise.all([
    import('@generated/atlas-data/default/models-table.json'),
    import('@generated/atlas-data/default/names.json'),
  ]).then(([m, n]) => ({ ...n.default, models: m.default }));

/**
 * Every model had an anchor on /models (`/models#<id>`) before it had a page. Each row of the
 * table carries its model's id (`anchorRows`), so such an address still finds the model without
 * script; with script it goes on to `/models/<id>`, replacing the history entry so that Back
 * returns to where the reader came from.
 */
function useOldModelAnchors(): void {
  const brokenLinks = useBrokenLinks();
  // The build checks links against the ids (the server has the rows); the browser finds the row.
  for (const m of serverData?.models ?? []) brokenLinks.collectAnchor(m.id);
  const { hash } = useLocation();
  const history = useHistory();
  const pagesBase = useBaseUrl('/models/');
  useEffect(() => {
    const id = decodeURIComponent(hash.slice(1));
    if (id && document.getElementById(id)?.tagName === 'TR') history.replace(`${pagesBase}${id}`);
  }, [hash, history, pagesBase]);
}

export default function ModelsPage(): React.JSX.Element {
  useOldModelAnchors();
  // The table and the chart are the server's markup until the reader uses them: on
  // a phone, hydrating them blocked the page for about a second (Lighthouse, 4× slower CPU).
  return (
    <DataPage
      collection="models"
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
              '图谱收录的每个模型一行，可按任一列排序，也可按名称、机构、许可证类型、权重开放程度、年份和参数规模筛选，并选择显示哪些列；勾选 2–4 个模型可以并排对比。“开放程度”一列每个圆点代表一项（图例在表格上方），把光标移到圆点上或用 Tab 键聚焦即可看到文字说明；各条款的含义见{licenses}页，按开放程度排序的榜单见{ranking}。每个模型都有自己的页面，列出简介、许可证条款、各项开放程度的依据与来源，表中的模型名就是它的链接。'
            }
          </Translate>
        </p>
      }>
      <DataSection
        id="comparison"
        title={translate({ id: 'atlas.page.models.table', message: '对比表' })}>
        <KeptUntilUsed data={serverData} load={loadData}>
          {(data) => (
            <ComparisonTable
              collection="models"
              data={data}
              columns={modelsPageColumns}
              hiddenColumns={['family', 'modalities']}
              anchorRows
            />
          )}
        </KeptUntilUsed>
      </DataSection>
      <DataSection
        id="parameters"
        title={translate({ id: 'atlas.page.models.chart', message: '参数量与发布时间' })}>
        <KeptUntilUsed data={serverData} load={loadData}>
          {(data) => <ParameterChart dataTable={false} data={data} />}
        </KeptUntilUsed>
      </DataSection>
    </DataPage>
  );
}
