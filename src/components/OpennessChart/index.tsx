import React, { useId } from 'react';
import { translate } from '@docusaurus/Translate';
import { decimalYear } from '../_shared/format';
import { linearScale, yearTicks } from '../ParameterChart/logic';
import { mofClassLabel } from '../OpennessSymbols';
import type { MofClass } from '../../data/vocab';
import { scoreTicks } from './logic';
import chart from '../_shared/chart.module.css';
import styles from './styles.module.css';

// Drawing area in viewBox units; the SVG scales to its container (a 360 px phone included).
const width = 480;
const height = 280;
const margin = { top: 12, right: 14, bottom: 34, left: 40 };

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
  const titleId = useId();
  const descId = useId();
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
  const xTicks = yearTicks({ min: Math.min(...xs), max: Math.max(...xs) });
  const xDomain = {
    min: Math.min(Math.floor(Math.min(...xs)), xTicks[0] ?? 0),
    max: Math.max(Math.ceil(Math.max(...xs)), xTicks[xTicks.length - 1] ?? 0),
  };
  const sx = linearScale(xDomain, { min: margin.left, max: width - margin.right });
  const sy = linearScale({ min: 0, max: 100 }, { min: height - margin.bottom, max: margin.top });
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
    <figure className={styles.figure}>
      <svg
        className={chart.chart}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}>
        <title id={titleId}>{title}</title>
        <desc id={descId}>{description}</desc>
        <g className={chart.grid}>
          {scoreTicks.map((t) => (
            <g key={t}>
              <line x1={margin.left} x2={width - margin.right} y1={sy(t)} y2={sy(t)} />
              <text x={margin.left - 6} y={sy(t)} dy="0.32em" textAnchor="end">
                {t}
              </text>
            </g>
          ))}
          {xTicks.map((t) => (
            <g key={t}>
              <line x1={sx(t)} x2={sx(t)} y1={margin.top} y2={height - margin.bottom} />
              <text x={sx(t)} y={height - margin.bottom + 16} textAnchor="middle">
                {t}
              </text>
            </g>
          ))}
        </g>
        <g>
          {points.map((p, i) => (
            <circle
              key={p.id}
              cx={sx(xs[i]!)}
              cy={sy(p.score)}
              r={4.5}
              className={p.mofClass === undefined ? chart.hollow : chart.filled}>
              <title>{`${p.name}：${p.score}（${p.released}，${mofClassLabel(p.mofClass)}）`}</title>
            </circle>
          ))}
        </g>
      </svg>
      <figcaption className={chart.caption}>
        {title}
        <span className={chart.legend} aria-hidden="true">
          <svg viewBox="0 0 12 12" width="12" height="12">
            <circle cx="6" cy="6" r="4.5" className={chart.filled} />
          </svg>
          {translate({ id: 'atlas.opennessChart.legend.mof', message: '达到 MOF 类别' })}
          <svg viewBox="0 0 12 12" width="12" height="12">
            <circle cx="6" cy="6" r="4.5" className={chart.hollow} />
          </svg>
          {translate({ id: 'atlas.opennessChart.legend.none', message: '未达到' })}
        </span>
        <a href={`#${tableId}`}>
          {translate({ id: 'atlas.opennessChart.toTable', message: '查看数据表' })}
        </a>
      </figcaption>
    </figure>
  );
}
