import React, { useRef } from 'react';
import ChartFrame, { plotOf, plotRanges } from '../ChartFrame';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import { decimalYear, formatBillions } from '../../lib/format';
import { entryHref } from '../../lib/links';
import { collectionOf, type AtlasView } from '../atlasView';
import PartialDate from '../PartialDate';
import { useDeferredView, useKeptMarkup, type DeferredViewProps } from '../deferredView';
import { hundredths, logScale, logTicks, yearAxis } from './logic';
import a11y from '../../css/a11y.module.css';
import chart from '../../css/chart.module.css';
import styles from './styles.module.css';

const plot = plotOf(300, 48);
const ranges = plotRanges(plot);

export interface ParameterChartProps extends DeferredViewProps {
  /** Only this family ("llama", "qwen"…); all models otherwise. */
  family?: string;
  /** The "查看数据表" disclosure with every point's numbers; /models leaves it out, its comparison table has them. */
  dataTable?: boolean;
}

/**
 * The chart has nothing to do in the browser: in an MDX page its models stay out of the page's
 * script (`data` is null there) and hydration keeps the server's drawing. Only a page reached
 * by client-side navigation fetches them (src/components/deferredView.ts).
 */
export default function ParameterChart(props: ParameterChartProps): React.JSX.Element {
  const kept = useKeptMarkup('chart');
  const holder = useRef<HTMLDivElement>(null);
  const { view } = useDeferredView(props, holder, 'ParameterChart');
  return view ? (
    <div key="drawn" data-kept={kept.props['data-kept']}>
      <Chart {...props} data={view} />
    </div>
  ) : (
    <div key="kept" ref={holder} {...kept.props} />
  );
}

/**
 * Total parameter counts of the atlas' models against release date, on a log scale.
 * Drawn by React as inline SVG (server-rendered, no chart library); colours come from the
 * theme so it reads in dark mode; dense models are circles and MoE models diamonds. The
 * same numbers follow as a table for screen readers and anyone who prefers text.
 */
function Chart({
  family,
  dataTable = true,
  data,
}: Omit<ParameterChartProps, 'data'> & { data: AtlasView }): React.JSX.Element {
  const points = collectionOf(data, 'models', 'ParameterChart')
    .filter((m) => !family || m.family === family)
    .map((m) => ({ model: m, x: decimalYear(m.released), y: m.parameters.total }))
    .sort((a, b) => a.x - b.x || a.y - b.y);

  const title = family
    ? translate(
        { id: 'atlas.chart.title.family', message: '{family} 系列模型的参数量随时间变化' },
        { family },
      )
    : translate({ id: 'atlas.chart.title.all', message: '开放模型的参数量随时间变化' });

  if (points.length === 0) {
    return (
      <p className={styles.empty}>
        {title}：{translate({ id: 'atlas.chart.empty', message: '数据中还没有相应的模型。' })}
      </p>
    );
  }

  const xs = points.map((p) => p.x);
  const xAxis = yearAxis(xs, ranges.x);
  const yTicks = logTicks(points.map((p) => p.y));
  const yDomain = { min: yTicks[0] ?? 1, max: yTicks[yTicks.length - 1] ?? 10 };
  const sy = logScale(yDomain, ranges.y);

  const smallest = points.reduce((a, b) => (b.y < a.y ? b : a));
  const largest = points.reduce((a, b) => (b.y > a.y ? b : a));
  const description = translate(
    {
      id: 'atlas.chart.description',
      message:
        '散点图，横轴为发布时间，纵轴为总参数量（对数刻度）。共 {count} 个模型，最小为 {smallest}（{smallestSize}），最大为 {largest}（{largestSize}）。圆点为稠密模型，菱形为混合专家模型。',
    },
    {
      count: points.length,
      smallest: smallest.model.name,
      smallestSize: formatBillions(smallest.y),
      largest: largest.model.name,
      largestSize: formatBillions(largest.y),
    },
  );

  const marks = points.map(({ model, x, y }) => ({
    id: model.id,
    moe: model.sparsity === 'moe',
    cx: xAxis.scale(x),
    cy: sy(y),
    label: `${model.name}: ${formatBillions(y)} (${model.released})`,
  }));

  // The data table follows the figure rather than sitting inside it: a <figcaption> must be a
  // figure's first or last child (HTML, checked by the Nu HTML Checker in tests/e2e).
  return (
    <div className={styles.figure}>
      <ChartFrame
        plot={plot}
        className={styles.inner}
        title={title}
        description={description}
        x={xAxis}
        y={{ ticks: yTicks, scale: sy, label: formatBillions }}
        legend={[
          {
            mark: <circle cx="6" cy="6" r="4.5" className={chart.filled} />,
            label: <Translate id="atlas.chart.legend.dense">稠密模型</Translate>,
          },
          {
            mark: <path d="M6 0.5 L11.5 6 L6 11.5 L0.5 6 Z" className={chart.hollow} />,
            label: <Translate id="atlas.chart.legend.moe">混合专家模型</Translate>,
          },
        ]}>
        {/* One group per mark kind, so that each mark does not repeat its class (a mark per model
            on /models). The diamond is drawn with relative moves from its top corner. */}
        <g className={styles.points}>
          <g className={chart.filled}>
            {marks
              .filter((m) => !m.moe)
              .map(({ id, cx, cy, label }) => (
                <circle key={id} cx={cx} cy={cy} r={4.5}>
                  <title>{label}</title>
                </circle>
              ))}
          </g>
          <g className={chart.hollow}>
            {marks
              .filter((m) => m.moe)
              .map(({ id, cx, cy, label }) => (
                <path key={id} d={`M${cx} ${hundredths(cy - 5.5)}l5.5 5.5-5.5 5.5-5.5-5.5z`}>
                  <title>{label}</title>
                </path>
              ))}
          </g>
        </g>
      </ChartFrame>
      {dataTable && (
        <details className={styles.data}>
          <summary>
            <Translate id="atlas.chart.table.summary">查看数据表</Translate>
          </summary>
          <div className={styles.tableScroll} role="region" tabIndex={0} aria-label={title}>
            <table>
              <caption className={a11y.srOnly}>{title}</caption>
              <thead>
                <tr>
                  <th scope="col">
                    {translate({ id: 'atlas.chart.table.model', message: '模型' })}
                  </th>
                  <th scope="col">
                    {translate({ id: 'atlas.chart.table.released', message: '发布时间' })}
                  </th>
                  <th scope="col">
                    {translate({ id: 'atlas.chart.table.total', message: '总参数量' })}
                  </th>
                  <th scope="col">
                    {translate({ id: 'atlas.chart.table.active', message: '激活参数量' })}
                  </th>
                </tr>
              </thead>
              <tbody>
                {points.map(({ model }) => (
                  <tr key={model.id}>
                    <th scope="row">
                      <Link to={entryHref('models', model.id)}>{model.name}</Link>
                    </th>
                    <td>
                      <PartialDate date={model.released} />
                    </td>
                    <td>{formatBillions(model.parameters.total)}</td>
                    <td>
                      {model.parameters.active === undefined
                        ? '—'
                        : formatBillions(model.parameters.active)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </div>
  );
}
