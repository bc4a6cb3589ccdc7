/**
 * The memory chapter's check of its own method: each memory figure a developer publishes for
 * its model (src/data/memory-checks.ts) beside the figure the atlas computes for the same thing
 * (src/data/derive/memory-checks.ts). `<MemoryCheck />` in MDX; the models come from the
 * atlas-data plugin (src/components/views.ts).
 */
import React from 'react';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import { publishedMemory } from '../../data/memory-checks';
import { compareMemory, type MemoryComparison } from '../../data/derive/memory-checks';
import { entryById } from '../../lib/lookup';
import { entryHref, displayUrl } from '../../lib/links';
import { formatGb, formatInteger } from '../../lib/format';
import { collectionOf, type AtlasView } from '../atlasView';
import { notFoundText } from '../ArchFacts';
import styles from './styles.module.css';

export interface MemoryCheckProps {
  /** The models compared; filled in at build time in MDX (see src/plugins/atlas-data). */
  data: AtlasView;
}

function publishedText(r: MemoryComparison): string {
  const gb = formatGb(r.publishedGb);
  switch (r.kind) {
    case 'measured':
      return translate({ id: 'atlas.memoryCheck.measured', message: '实测 {gb} GB' }, { gb });
    case 'growth':
      return translate({ id: 'atlas.memoryCheck.growth', message: '实测增加 {gb} GB' }, { gb });
    case 'minimum':
      return translate({ id: 'atlas.memoryCheck.minimum', message: '推理至少 {gb} GB' }, { gb });
    case 'fits':
      return translate({ id: 'atlas.memoryCheck.fits', message: '可在 {gb} GB 内运行' }, { gb });
  }
}

function conditionText(r: MemoryComparison): string {
  if (r.kind === 'growth' && Array.isArray(r.prompt))
    return translate(
      {
        id: 'atlas.memoryCheck.condition.growth',
        message: '{format}，提示从 {from} 增至 {to} token',
      },
      { format: r.format, from: formatInteger(r.prompt[0]), to: formatInteger(r.prompt[1]) },
    );
  if (r.kind === 'measured' && typeof r.prompt === 'number')
    return translate(
      {
        id: 'atlas.memoryCheck.condition.measured',
        message: '{format}，提示 {prompt} + 生成 {generated} token',
      },
      {
        format: r.format,
        prompt: formatInteger(r.prompt),
        generated: formatInteger(r.generated ?? 0),
      },
    );
  return r.format;
}

function atlasText(r: MemoryComparison): string {
  if (r.atlasGb === null) return notFoundText();
  const gb = formatGb(r.atlasGb);
  switch (r.kind) {
    case 'measured':
      return translate(
        { id: 'atlas.memoryCheck.atlas.total', message: '权重 + KV 缓存 {gb} GB' },
        { gb },
      );
    case 'growth':
      return translate(
        { id: 'atlas.memoryCheck.atlas.growth', message: 'KV 缓存增加 {gb} GB' },
        { gb },
      );
    default:
      return translate({ id: 'atlas.memoryCheck.atlas.weights', message: '权重 {gb} GB' }, { gb });
  }
}

/** Signed percentage with one decimal, e.g. "−0.2%", "+0.4%", "0.0%". */
function formatDifference(d: number): string {
  const pct = Math.round(d * 1000) / 10;
  if (pct === 0) return '0.0%';
  return `${pct > 0 ? '+' : '−'}${Math.abs(pct).toFixed(1)}%`;
}

export default function MemoryCheck({ data }: MemoryCheckProps): React.JSX.Element {
  const models = collectionOf(data, 'models', 'MemoryCheck');
  const rows = compareMemory(publishedMemory, (id) => entryById(models, id, 'models'));
  const caption = translate({
    id: 'atlas.memoryCheck.caption',
    message: '开发者公布的显存数字与本站估算（GB，1 GB = 10⁹ 字节）',
  });
  return (
    <div className={styles.check} role="region" tabIndex={0} aria-label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{translate({ id: 'atlas.memoryCheck.model', message: '模型' })}</th>
            <th scope="col">
              {translate({ id: 'atlas.memoryCheck.published', message: '开发者公布' })}
            </th>
            <th scope="col">{translate({ id: 'atlas.memoryCheck.condition', message: '条件' })}</th>
            <th scope="col">{translate({ id: 'atlas.memoryCheck.atlas', message: '本站算出' })}</th>
            <th scope="col">
              {translate({ id: 'atlas.memoryCheck.difference', message: '相差' })}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const model = entryById(models, r.model, 'models');
            return (
              <tr key={i} data-kind={r.kind}>
                <th scope="row">
                  <Link to={entryHref('models', model.id)}>{model.name}</Link>
                </th>
                <td>
                  <a href={r.source} title={displayUrl(r.source)}>
                    {publishedText(r)}
                  </a>
                </td>
                <td>{conditionText(r)}</td>
                <td data-gb={r.atlasGb ?? undefined}>{atlasText(r)}</td>
                <td className={styles.difference}>
                  {r.difference === null ? '—' : formatDifference(r.difference)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
