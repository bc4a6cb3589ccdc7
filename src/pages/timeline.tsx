import React from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import events from '@generated/atlas-data/default/events.json?atlas-ssr';
import names from '@generated/atlas-data/default/names.json?atlas-ssr';
import shell from '@generated/atlas-data/default/timeline-shell.json';
import Timeline from '@site/src/components/Timeline';
import type { AtlasView } from '@site/src/components/atlasView';
import DataPage from './_components/DataPage';

// The events are in the page's HTML only (the browser bundle gets null for both imports, see
// src/plugins/server-only); the page's script carries the buttons' counts. The events are
// fetched when the reader first narrows the list, or at once after a client-side navigation.
const data: AtlasView | null = events && names ? { ...names, events } : null;
const load = (): Promise<{ default: AtlasView }> =>
  Promise.all([
    import('@generated/atlas-data/default/events.json'),
    import('@generated/atlas-data/default/names.json'),
  ]).then(([e, n]) => ({ default: { ...n.default, events: e.default } }));

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
      <Timeline anchors data={data} load={load} shell={shell} />
    </DataPage>
  );
}
