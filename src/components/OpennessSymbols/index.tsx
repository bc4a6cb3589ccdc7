/**
 * Openness at a glance: one small shape per component in the rubric's fixed order, grouped as
 * the rubric groups them, for tables and rankings where badges with words would not fit. The
 * shapes carry no text, so the whole sequence is one image whose accessible name lists every
 * component and level; the same name is shown as a tooltip on hover and on keyboard focus.
 */
import React from 'react';
import clsx from 'clsx';
import { translate } from '@docusaurus/Translate';
import {
  opennessComponentGroup,
  opennessComponents,
  opennessGroups,
  opennessLevels,
  type MofClass,
  type OpennessComponent,
  type OpennessLevel,
} from '../../data/vocab';
import type { OpennessView } from '../../data/derive/openness';
import {
  listSeparator,
  opennessComponentLabel,
  opennessGroupLabel,
  opennessLevelLabel,
} from '../labels';
import styles from './styles.module.css';

/** "III" for Class III: the MOF writes its classes in Roman numerals. */
export function mofClassLabel(cls: MofClass | undefined): string {
  return cls === undefined
    ? translate({ id: 'atlas.openness.mof.none', message: '未达 MOF 类别' })
    : translate(
        { id: 'atlas.openness.mof.class', message: 'MOF {cls} 类' },
        { cls: ['', 'I', 'II', 'III'][cls]! },
      );
}

/** The components in display order, split into the rubric's groups. */
const groups: OpennessComponent[][] = opennessGroups.map((g) =>
  opennessComponents.filter((c) => opennessComponentGroup[c] === g),
);

/**
 * The score, then one line per level naming its components in display order, except the level
 * most components have, which closes the text as "the rest": the accessible name and the
 * tooltip. Grouped by level rather than a line per component, which said each level's name up
 * to 18 times a row (20 KB of /models' HTML); naming the largest group only as "the rest"
 * saves about a third of what remains.
 */
export function opennessText(view: OpennessView): string {
  const byLevel = opennessLevels
    .map((level) => ({
      level,
      named: view.components.filter((c) => view.grades[c].level === level),
    }))
    .filter((g) => g.named.length > 0);
  const head = translate(
    { id: 'atlas.openness.symbols.headV2', message: '开放程度 {score} 分，{mof}' },
    { score: view.score, mof: mofClassLabel(view.mofClass) },
  );
  if (byLevel.length === 0) return head;
  const largest = byLevel.reduce((a, b) => (b.named.length > a.named.length ? b : a));
  const lines = byLevel
    .filter((g) => g !== largest)
    .map(({ level, named }) =>
      translate(
        { id: 'atlas.openness.symbols.levelLine', message: '{level}：{components}' },
        {
          level: opennessLevelLabel(level),
          components: named.map((c) => opennessComponentLabel(c)).join(listSeparator()),
        },
      ),
    );
  const last =
    byLevel.length === 1
      ? translate(
          { id: 'atlas.openness.symbols.allLine', message: '各项均为{level}' },
          { level: opennessLevelLabel(largest.level) },
        )
      : translate(
          { id: 'atlas.openness.symbols.restLine', message: '其余各项：{level}' },
          { level: opennessLevelLabel(largest.level) },
        );
  return [head, ...lines, last].join('\n');
}

/**
 * One empty element per shape, its tag naming the level: /models draws 18 shapes in each of
 * ~160 rows, so each shape is kept to 7 bytes (`<b></b>`). A `data-l` attribute on an `<i>` was
 * 16 bytes, 26 KB of the page; a CSS-module class and a full level name would cost 35 more per
 * shape. The shapes are children of a `role="img"`, so assistive technology reads only its name,
 * never these tags, and the stylesheet resets what browsers draw for them (underline, strike,
 * quotation marks).
 */
export const levelTag = {
  open: 'b',
  partial: 'i',
  closed: 's',
  unknown: 'u',
  na: 'q',
} as const satisfies Record<OpennessLevel, keyof React.JSX.IntrinsicElements>;

function Shape({ level, groupStart }: { level: OpennessLevel; groupStart?: boolean }) {
  const Tag = levelTag[level];
  return <Tag data-g={groupStart ? '' : undefined} />;
}

export default function OpennessSymbols({ view }: { view: OpennessView }): React.JSX.Element {
  return (
    <span className={styles.wrap}>
      {/* Focusable so that keyboard users get the tooltip that mouse users get on hover (WCAG
          1.4.13); the image has nothing to activate, so it is not made a button. */}
      <span
        className={styles.symbols}
        role="img"
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        aria-label={opennessText(view)}>
        {/* The first shape of each later group is marked, and a wider gap set before it: a
            wrapper per group cost 93 bytes a row of /models. */}
        {groups.map((group, g) =>
          group.map((c, i) => (
            <Shape key={c} level={view.grades[c].level} groupStart={g > 0 && i === 0} />
          )),
        )}
      </span>
      <span className={styles.score} aria-hidden="true">
        {view.score}
        <small>{view.mofClass === undefined ? '–' : ['', 'I', 'II', 'III'][view.mofClass]}</small>
      </span>
    </span>
  );
}

/** What the shapes mean and which component each position stands for. */
export function OpennessLegend(): React.JSX.Element {
  const order = (components: readonly OpennessComponent[]) =>
    components.map((c) => opennessComponentLabel(c)).join(listSeparator());
  return (
    <div className={clsx(styles.legend, styles.shapes)}>
      <p className={styles.legendLine}>
        <span className={styles.legendTitle}>
          {translate({ id: 'atlas.openness.legend.title', message: '开放程度图例：' })}
        </span>
        {opennessLevels.map((l) => (
          <span key={l} className={styles.legendItem}>
            <Shape level={l} />
            {opennessLevelLabel(l)}
          </span>
        ))}
      </p>
      <p className={styles.legendLine}>
        {translate({
          id: 'atlas.openness.legend.v2',
          message: '每个模型显示 18 项，依次为：',
        })}
        {opennessGroups.map((g, i) => (
          <React.Fragment key={g}>
            {i > 0 && '｜'}
            <strong>{opennessGroupLabel(g)}</strong>
            {`（${order(opennessComponents.filter((c) => opennessComponentGroup[c] === g))}）`}
          </React.Fragment>
        ))}
        {translate({
          id: 'atlas.openness.legend.score',
          message: '；其后是由评级算出的总分（0–100）和达到的 MOF 类别。',
        })}
      </p>
    </div>
  );
}
