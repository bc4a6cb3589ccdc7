import React from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import rows from '@generated/atlas-data/default/tools-table.json';
import tools from '@generated/atlas-data/default/tools.json?atlas-ssr';
import names from '@generated/atlas-data/default/names.json';
import ComparisonTable from '@site/src/components/ComparisonTable';
import ToolCard from '@site/src/components/ToolCard';
import { TableAndCardsPage } from './_components/DataPage';

type Tools = NonNullable<typeof tools>;

const tableData = { ...names, tools: rows };
const loadEntries = (): Promise<Tools> =>
  import('@generated/atlas-data/default/tools.json').then((m) => m.default);

export default function ToolsPage(): React.JSX.Element {
  return (
    <TableAndCardsPage
      collection="tools"
      title={translate({ id: 'atlas.page.tools.title', message: '工具数据表' })}
      description={translate({
        id: 'atlas.page.tools.description',
        message:
          '训练、微调、推理、本地运行、量化、应用开发与评测等开源工具的对比：类别、许可证、主要语言和首次发布时间。',
      })}
      intro={
        <p>
          <Translate id="atlas.page.tools.intro">
            围绕开放模型的软件工具一览，可按类别、许可证和主要语言筛选，也可按任一列排序。每个条目附有代码仓库和来源。
          </Translate>
        </p>
      }
      table={{
        id: 'comparison',
        title: translate({ id: 'atlas.page.tools.table', message: '对比表' }),
        content: <ComparisonTable collection="tools" data={tableData} />,
      }}
      entriesTitle={translate({ id: 'atlas.page.tools.entries', message: '全部条目' })}
      entries={tools}
      loadEntries={loadEntries}
      card={(t, all) => <ToolCard id={t.id} anchor data={{ ...names, tools: all }} />}
    />
  );
}
