import React from 'react';
import ChartFrame, { plotOf, plotRanges } from '../ChartFrame';
import { translate } from '@docusaurus/Translate';
import { decimalYear } from '../../lib/format';
import { linearScale, yearAxis } from '../ParameterChart/logic';
import { mofClassLabel } from '../OpennessSymbols';
import type { MofClass } from '../../data/vocab';
import { scoreTicks } from './logic';
import chart from '../../css/chart.module.css';
import styles from './styles.module.css';

const plot = plotOf(280, 40);
const ranges = plotRanges(plot);

export interface OpennessPoint {
  id: string;
  name: string;
  released: string;
  score: number;
  mofClass: MofClass | undefined;
}

/**
 * Openness score (0–100) against release date, as inline SVG rendered on the server (no chart
 * library). Colours come from the theme, so it reads in dark mode; models that reach a MOF
 * class are filled, the others hollow, so the distinction survives greyscale. The ranking
 * table next to it is the text alternative (`tableId` links to it).
 */
export default function OpennessChart({
  points,
  tableId,
}: {
  points: readonly OpennessPoint[];
  /** The id of the table or list that gives the same numbers as text. */
  tableId: string;
}): React.JSX.Element {
  const title = translate({ id: 'atlas.opennessChart.title', message: '开放程度得分与发布时间' });
  if (points.length === 0) {
    return (
      <p className={styles.empty}>
        {title}：
        {translate({
          id: 'atlas.opennessChart.empty',
          message: '还没有按新方法评级的模型，评级完成后这里会画出散点图。',
        })}
      </p>
    );
  }
  const xs = points.map((p) => decimalYear(p.released));
  const x = yearAxis(xs, ranges.x);
  const sy = linearScale({ min: 0, max: 100 }, ranges.y);
  const best = points.reduce((a, b) => (b.score > a.score ? b : a));
  const description = translate(
    {
      id: 'atlas.opennessChart.description',
      message:
        '散点图，横轴为发布时间，纵轴为开放程度得分（0–100）。共 {count} 个模型，得分最高的是 {best}（{score} 分）。实心点为达到 MOF 类别的模型，空心点为未达到的。逐项数据见下方排行表。',
    },
    { count: points.length, best: best.name, score: best.score },
  );
  return (
    <ChartFrame
      plot={plot}
      className={styles.figure}
      title={title}
      description={description}
      x={x}
      y={{ ticks: scoreTicks, scale: sy }}
      legend={[
        {
          mark: <circle cx="6" cy="6" r="4.5" className={chart.filled} />,
          label: translate({ id: 'atlas.opennessChart.legend.mof', message: '达到 MOF 类别' }),
        },
        {
          mark: <circle cx="6" cy="6" r="4.5" className={chart.hollow} />,
          label: translate({ id: 'atlas.opennessChart.legend.none', message: '未达到' }),
        },
      ]}
      captionEnd={
        <a href={`#${tableId}`}>
          {translate({ id: 'atlas.opennessChart.toTable', message: '查看数据表' })}
        </a>
      }>
      <g>
        {points.map((p, i) => (
          <circle
            key={p.id}
            cx={x.scale(xs[i]!)}
            cy={sy(p.score)}
            r={4.5}
            className={p.mofClass === undefined ? chart.hollow : chart.filled}>
            <title>{`${p.name}：${p.score}（${p.released}，${mofClassLabel(p.mofClass)}）`}</title>
          </circle>
        ))}
      </g>
    </ChartFrame>
  );
}
