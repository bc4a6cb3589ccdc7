import React from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import rows from '@generated/atlas-data/default/licenses-table.json';
import licenses from '@generated/atlas-data/default/licenses.json?atlas-ssr';
import names from '@generated/atlas-data/default/names.json';
import ComparisonTable from '@site/src/components/ComparisonTable';
import { TableAndCardsPage } from './_components/DataPage';
import LicenseEntry from './_components/LicenseEntry';

type Licenses = NonNullable<typeof licenses>;

const tableData = { ...names, licenses: rows };
const loadEntries = (): Promise<Licenses> =>
  import('@generated/atlas-data/default/licenses.json').then((m) => m.default);

export default function LicensesPage(): React.JSX.Element {
  return (
    <TableAndCardsPage
      collection="licenses"
      title={translate({ id: 'atlas.page.licenses.title', message: '许可证数据表' })}
      description={translate({
        id: 'atlas.page.licenses.description',
        message:
          '开源软件许可证、内容许可证与各家开放权重模型许可证的对比：类型、是否经 OSI 批准、能否商用、署名要求与使用限制。',
      })}
      intro={
        <p>
          <Translate
            id="atlas.page.licenses.intro"
            values={{
              models: (
                <Link to="/models">
                  {translate({ id: 'atlas.page.licenses.introModels', message: '模型数据表' })}
                </Link>
              ),
            }}>
            {
              '模型和工具所用许可证的要点对比。只有经 OSI 批准的许可证才是开源许可证；许多开放权重模型使用厂商自定义的许可证，带有使用限制或用户规模门槛。此处是摘要，具体义务以许可证原文为准。各模型的许可证见{models}。'
            }
          </Translate>
        </p>
      }
      table={{
        id: 'comparison',
        title: translate({ id: 'atlas.page.licenses.table', message: '对比表' }),
        content: <ComparisonTable collection="licenses" data={tableData} />,
      }}
      entriesTitle={translate({ id: 'atlas.page.licenses.entries', message: '全部条目' })}
      entries={licenses}
      loadEntries={loadEntries}
      card={(l) => <LicenseEntry license={l} models={names.models} tools={names.tools} />}
    />
  );
}
