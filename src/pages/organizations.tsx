import React from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import rows from '@generated/atlas-data/default/organizations-table.json';
import organizations from '@generated/atlas-data/default/organizations.json?atlas-ssr';
import names from '@generated/atlas-data/default/names.json';
import ComparisonTable from '@site/src/components/ComparisonTable';
import OrgCard from '@site/src/components/OrgCard';
import { TableAndCardsPage } from './_components/DataPage';

type Organizations = NonNullable<typeof organizations>;

const tableData = { ...names, organizations: rows };
const loadEntries = (): Promise<Organizations> =>
  import('@generated/atlas-data/default/organizations.json').then((m) => m.default);

export default function OrganizationsPage(): React.JSX.Element {
  return (
    <TableAndCardsPage
      collection="organizations"
      title={translate({ id: 'atlas.page.organizations.title', message: '机构与社区' })}
      description={translate({
        id: 'atlas.page.organizations.description',
        message:
          '开放大模型生态中的公司、研究机构、大学、基金会与开放社区：类型、地区、成立时间和收录的模型。',
      })}
      intro={
        <p>
          <Translate id="atlas.page.organizations.intro">
            发布模型、维护工具或组织社区的机构一览。表格可按类型和地区筛选；每个条目列出该机构在图谱中收录的模型和一手来源。
          </Translate>
        </p>
      }
      table={{
        id: 'overview',
        title: translate({ id: 'atlas.page.organizations.table', message: '一览表' }),
        content: <ComparisonTable collection="organizations" data={tableData} />,
      }}
      entriesTitle={translate({ id: 'atlas.page.organizations.entries', message: '全部条目' })}
      entries={organizations}
      loadEntries={loadEntries}
      card={(o, all) => <OrgCard id={o.id} anchor data={{ ...names, organizations: all }} />}
    />
  );
}
