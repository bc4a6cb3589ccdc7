import React, { useId } from 'react';
import type { Extent } from '../ParameterChart/logic';
import chart from '../../css/chart.module.css';

/** Where ticks go on one axis, and how their labels read. */
export interface Axis {
  ticks: readonly number[];
  /** Data value → viewBox coordinate. */
  scale: (value: number) => number;
  label?: (value: number) => React.ReactNode;
}

/** The drawing area in viewBox units; the SVG scales to its container (a 360 px phone included). */
export interface Plot {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/** A plot 480 units wide with room below for year labels; `left` is the room for the y labels. */
export function plotOf(height: number, left: number): Plot {
  return { width: 480, height, margin: { top: 12, right: 14, bottom: 34, left } };
}

/** Where data may be drawn, as ranges for scales: x left to right, y bottom to top. */
export function plotRanges({ width, height, margin }: Plot): Record<'x' | 'y', Extent> {
  return {
    x: { min: margin.left, max: width - margin.right },
    y: { min: height - margin.bottom, max: margin.top },
  };
}

/**
 * The frame of the atlas's scatter charts (ParameterChart, OpennessChart): an SVG named by its
 * title and described by a sentence of text (role="img", so screen readers read those two and
 * not the marks), a grid with labelled ticks on both axes, then a caption that repeats the
 * title and shows the legend. The chart draws its marks as `children`.
 */
export default function ChartFrame({
  plot: { width, height, margin },
  title,
  description,
  x,
  y,
  legend,
  className,
  captionEnd,
  children,
}: {
  plot: Plot;
  title: string;
  description: string;
  x: Axis;
  y: Axis;
  /** Each entry's mark is drawn in a 12 × 12 box before its label. */
  legend: ReadonlyArray<{ mark: React.ReactNode; label: React.ReactNode }>;
  className?: string;
  /** What follows the legend in the caption (a link to the data table). */
  captionEnd?: React.ReactNode;
  children: React.ReactNode;
}): React.JSX.Element {
  const titleId = useId();
  const descId = useId();
  return (
    <figure className={className}>
      <svg
        className={chart.chart}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}>
        <title id={titleId}>{title}</title>
        <desc id={descId}>{description}</desc>
        <g className={chart.grid}>
          {y.ticks.map((t) => (
            <g key={t}>
              <line x1={margin.left} x2={width - margin.right} y1={y.scale(t)} y2={y.scale(t)} />
              <text x={margin.left - 6} y={y.scale(t)} dy="0.32em" textAnchor="end">
                {y.label ? y.label(t) : t}
              </text>
            </g>
          ))}
          {x.ticks.map((t) => (
            <g key={t}>
              <line x1={x.scale(t)} x2={x.scale(t)} y1={margin.top} y2={height - margin.bottom} />
              <text x={x.scale(t)} y={height - margin.bottom + 16} textAnchor="middle">
                {x.label ? x.label(t) : t}
              </text>
            </g>
          ))}
        </g>
        {children}
      </svg>
      <figcaption className={chart.caption}>
        {title}
        <span className={chart.legend} aria-hidden="true">
          {legend.map(({ mark, label }, i) => (
            <React.Fragment key={i}>
              <svg viewBox="0 0 12 12" width="12" height="12">
                {mark}
              </svg>
              {label}
            </React.Fragment>
          ))}
        </span>
        {captionEnd}
      </figcaption>
    </figure>
  );
}
