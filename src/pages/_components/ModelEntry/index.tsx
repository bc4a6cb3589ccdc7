import React from 'react';
import { translate } from '@docusaurus/Translate';
import type { Model } from '@site/src/data/types';
import EntityCard, { type Fact } from '@site/src/components/EntityCard';
import { modelLinks } from '@site/src/components/ModelCard';
import { modalityLabel, opennessComponentLabel } from '@site/src/components/_shared/labels';
import { opennessView, type Grade } from '@site/src/data/derive/openness';
import type { LegacyOpennessComponent, OpennessComponent } from '@site/src/data/vocab';
import styles from './styles.module.css';

/**
 * One model in the entry list on /models, anchored at its id. Organisations, release date,
 * size, architecture, context length, licence and openness levels are in the model's row of
 * the table above, so the entry carries what the row has no room for: aliases, description,
 * family, modalities, the notes on openness, links and sources. Repeating the row as a full
 * ModelCard made /models 772 KB of HTML; this keeps it under 300 KB.
 */
export default function ModelEntry({
  model: m,
}: {
  model: Model & { file: string };
}): React.JSX.Element {
  const view = opennessView(m);
  const grades = view.grades as Record<string, Grade>;
  const notes = (
    view.components as ReadonlyArray<OpennessComponent | LegacyOpennessComponent>
  ).filter((c) => grades[c]!.note);
  const facts: Fact[] = [
    { label: translate({ id: 'atlas.card.model.family', message: '系列' }), value: m.family },
    {
      label: translate({ id: 'atlas.card.model.modalities', message: '模态' }),
      value: m.modalities.map(modalityLabel).join('、'),
    },
    ...(notes.length > 0
      ? [
          {
            label: translate({ id: 'atlas.entry.model.opennessNotes', message: '开放程度说明' }),
            value: (
              <ul className={styles.notes}>
                {notes.map((c) => (
                  <li key={c}>{`${opennessComponentLabel(c)}：${grades[c]!.note}`}</li>
                ))}
              </ul>
            ),
          },
        ]
      : []),
  ];
  return (
    <EntityCard
      title={m.name}
      titleAs="h3"
      anchorId={m.id}
      subtitle={m.aliases.length > 0 ? m.aliases.join(' · ') : undefined}
      description={m.description}
      facts={facts}
      links={modelLinks(m)}
      sources={m.sources}
      verified={m.verified}
      file={m.file}
    />
  );
}
