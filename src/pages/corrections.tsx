import React from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import serverCorrections from '@generated/atlas-data/default/corrections.json?atlas-ssr';
import serverNames from '@generated/atlas-data/default/names.json?atlas-ssr';
import ServerMarkup from '@site/src/components/ServerMarkup';
import DataPage, { DataSection } from './_components/DataPage';
import CorrectionsLog from './_components/CorrectionsLog';

type Log = React.ComponentProps<typeof CorrectionsLog>;

// The log is read, not worked with: its entries (the longest data on the site) are in the
// page's HTML only, and fetched only after a client-side navigation (ServerMarkup).
const serverLog: Log | null =
  serverCorrections && serverNames ? { corrections: serverCorrections, names: serverNames } : null;
const loadLog = (): Promise<Log> =>
  Promise.all([
    import('@generated/atlas-data/default/corrections.json'),
    import('@generated/atlas-data/default/names.json'),
  ]).then(([c, n]) => ({ corrections: c.default, names: n.default }));

export default function CorrectionsPage(): React.JSX.Element {
  return (
    <DataPage
      collection="corrections"
      title={translate({ id: 'atlas.page.corrections.title', message: '更正记录' })}
      description={translate({
        id: 'atlas.page.corrections.description',
        message:
          '本站对已发布页面和数据条目所做的每一次事实更正：日期、位置、原来的说法、正确的说法和依据的来源。',
      })}
      intro={
        <p>
          <Translate
            id="atlas.page.corrections.intro"
            values={{
              report: (
                <Link to="/docs/contributing/this-site#最简单的方式报告错误">
                  {translate({
                    id: 'atlas.page.corrections.introReport',
                    message: '报告错误',
                  })}
                </Link>
              ),
            }}>
            {
              '已发布的页面或数据条目一旦发现事实错误，改正之后都会在这里留下一条记录，写明改了哪里、原来怎么说、现在怎么说、依据是什么。措辞、排版和新增内容不在此列。发现错误时，欢迎{report}。'
            }
          </Translate>
        </p>
      }>
      <DataSection
        id="log"
        title={translate({ id: 'atlas.page.corrections.log', message: '全部更正' })}>
        <ServerMarkup data={serverLog} load={loadLog}>
          {(log) => <CorrectionsLog {...log} />}
        </ServerMarkup>
      </DataSection>
    </DataPage>
  );
}
