import React from 'react';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import type { License, Model, Tool } from '@site/src/data/types';
import EntityCard, { type Fact } from '@site/src/components/EntityCard';
import { entryHref } from '@site/src/lib/links';
import { isStale, langOf } from '@site/src/lib/lang';
import { formatInteger } from '@site/src/lib/format';
import { commercialUseLabel, licenseKindLabel, yesNoLabel } from '@site/src/components/labels';
import InlineList from '../../../components/InlineList';

function NameList({ items }: { items: ReadonlyArray<{ id: string; name: string; href: string }> }) {
  return (
    <>
      {
        <InlineList>
          {items.map((item) => (
            <Link key={item.id} to={item.href}>
              {item.name}
            </Link>
          ))}
        </InlineList>
      }
    </>
  );
}

/**
 * One licence on /licenses: its terms in brief, the entries that use it, and its sources.
 * `models` and `tools` need only names and licence ids (the names-only index).
 */
export default function LicenseEntry({
  license,
  models,
  tools,
}: {
  license: License & { file: string };
  models: ReadonlyArray<Pick<Model, 'id' | 'name' | 'license'>>;
  tools: ReadonlyArray<Pick<Tool, 'id' | 'name' | 'license'>>;
}): React.JSX.Element {
  const usedByModels = models
    .filter((m) => m.license === license.id)
    .map((m) => ({ id: m.id, name: m.name, href: entryHref('models', m.id) }));
  const usedByTools = tools
    .filter((t) => t.license === license.id)
    .map((t) => ({ id: t.id, name: t.name, href: entryHref('tools', t.id) }));
  const facts: Fact[] = [
    {
      label: translate({ id: 'atlas.card.license.kind', message: '类型' }),
      value: licenseKindLabel(license.kind),
    },
    ...(license.spdx
      ? [
          {
            label: translate({ id: 'atlas.card.license.spdx', message: 'SPDX 标识' }),
            value: <code>{license.spdx}</code>,
          },
        ]
      : []),
    {
      label: translate({ id: 'atlas.card.license.osi', message: 'OSI 批准' }),
      value: yesNoLabel(license.osi_approved),
    },
    {
      label: translate({ id: 'atlas.card.license.commercial', message: '商业使用' }),
      value: commercialUseLabel(license.commercial_use),
    },
    {
      label: translate({ id: 'atlas.card.license.attribution', message: '须署名' }),
      value: yesNoLabel(license.attribution),
    },
    ...(license.user_threshold !== undefined
      ? [
          {
            label: translate({ id: 'atlas.card.license.threshold', message: '月活用户门槛' }),
            value: formatInteger(license.user_threshold),
          },
        ]
      : []),
    ...(license.restrictions
      ? [
          {
            label: translate({ id: 'atlas.card.license.restrictions', message: '主要条件与限制' }),
            value: <span lang={langOf(license, 'restrictions')}>{license.restrictions}</span>,
          },
        ]
      : []),
    ...(usedByModels.length > 0
      ? [
          {
            label: translate({ id: 'atlas.card.license.models', message: '使用此许可证的模型' }),
            value: <NameList items={usedByModels} />,
          },
        ]
      : []),
    ...(usedByTools.length > 0
      ? [
          {
            label: translate({ id: 'atlas.card.license.tools', message: '使用此许可证的工具' }),
            value: <NameList items={usedByTools} />,
          },
        ]
      : []),
  ];
  return (
    <EntityCard
      kind={translate({ id: 'atlas.card.license.kindLabel', message: '许可证' })}
      title={license.name}
      titleLang={langOf(license, 'name')}
      titleAs="h3"
      anchorId={license.id}
      subtitle={license.aliases.length > 0 ? license.aliases.join(' · ') : undefined}
      facts={facts}
      links={[
        {
          label: translate({ id: 'atlas.card.license.text', message: '许可证原文' }),
          href: license.url,
        },
      ]}
      sources={license.sources}
      verified={license.verified}
      file={license.file}
      staleOriginal={isStale(license) ? entryHref('licenses', license.id) : undefined}
    />
  );
}
