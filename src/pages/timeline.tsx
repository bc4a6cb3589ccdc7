import React from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import events from '@generated/atlas-data/default/events.json';
import names from '@generated/atlas-data/default/names.json';
import Timeline from '@site/src/components/Timeline';
import KeptUntilUsed from '@site/src/components/KeptUntilUsed';
import DataPage from './_components/DataPage';

const data = { ...names, events };

export default function TimelinePage(): React.JSX.Element {
  return (
    <DataPage
      collection="events"
      title={translate({ id: 'atlas.page.timeline.title', message: '大事记' })}
      description={translate({
        id: 'atlas.page.timeline.description',
        message:
          '从自由软件运动到开放权重大模型的时间线：模型发布、工具、社区、研究、政策与许可证事件，逐条注明日期精度和来源。',
      })}
      intro={
        <p>
          <Translate
            id="atlas.page.timeline.intro"
            values={{
              history: (
                <Link to="/docs/history">
                  {translate({ id: 'atlas.page.timeline.introHistory', message: '历史' })}
                </Link>
              ),
            }}>
            {
              '按年份排列的事件，可按类别显示或隐藏。日期只写到来源能确认的精度（年、月或日）；每个事件链接到相关的模型、机构、工具或术语，并列出来源。完整的叙述见{history}一章。'
            }
          </Translate>
        </p>
      }>
      <KeptUntilUsed>
        <Timeline anchors data={data} />
      </KeptUntilUsed>
    </DataPage>
  );
}
