import React from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import type { ModelArch } from '../../data/schema/models';
import {
  kvCacheGb,
  kvUsesCopiedFacts,
  memoryOf,
  memoryPrecisions,
  type KvUnavailable,
  type MemoryModel,
} from '../../data/derive/memory';
import { formatGb } from '../../lib/format';
import { linearMixerLabel, precisionLabels } from '../labels';
import styles from './styles.module.css';

export interface MemoryFiguresProps {
  /** The model: its parameter count, architecture kind and (when known) its arch facts. */
  model: MemoryModel & { arch?: ModelArch; context_length?: number };
}

export function kvReasonText(reason: KvUnavailable): string {
  switch (reason) {
    case 'no-arch':
      return translate({
        id: 'atlas.memory.kv.noArch',
        message: '缺少架构数据，无法估算 KV 缓存',
      });
    case 'unknown-facts':
      return translate({
        id: 'atlas.memory.kv.unknownFacts',
        message: '层数、键值头数或每头维度未查到，无法估算 KV 缓存',
      });
    case 'hybrid-unknown':
      return translate({
        id: 'atlas.memory.kv.hybridUnknown',
        message: '混合结构中不缓存键值的层数未查到，无法估算 KV 缓存',
      });
    case 'encoder-decoder':
      return translate({
        id: 'atlas.memory.kv.encoderDecoder',
        message: '编码器-解码器模型的缓存取决于输入长度，本站不估算',
      });
    case 'not-modelled':
      return translate({
        id: 'atlas.memory.kv.notModelled',
        message: '这种注意力结构不在本站 KV 缓存公式的适用范围内，不估算',
      });
  }
}

/**
 * "36 of 48 layers keep no per-token key/value cache (hybrid: Gated DeltaNet); …", for a
 * hybrid model whose split is known; null otherwise.
 */
export function hybridText(arch: ModelArch | undefined): string | null {
  const linear = arch?.linear_layers;
  if (!arch || !linear || typeof linear.layers !== 'number' || typeof arch.layers !== 'number')
    return null;
  return translate(
    {
      id: 'atlas.memory.hybrid',
      message:
        '{layers} 层中有 {linear} 层不随上下文缓存键值（混合结构：{kind}），KV 缓存只计其余 {kv} 层；这些层的固定大小状态不计入。',
    },
    {
      layers: arch.layers,
      linear: linear.layers,
      kind: linearMixerLabel(linear.kind),
      kv: arch.layers - linear.layers,
    },
  );
}

/**
 * A model's memory figures, computed from its data by src/data/derive/memory.ts: the weights at
 * four precisions and the KV cache per 1,000 tokens (and at the model's full context when a
 * sliding window makes the rate change). For the model page.
 */
export default function MemoryFigures({ model }: MemoryFiguresProps): React.JSX.Element {
  const figures = memoryOf(model);
  const kv = kvCacheGb(model, 1000);
  const window = model.arch?.sliding_window;
  const hybrid = hybridText(model.arch);
  const full =
    window && model.context_length !== undefined
      ? kvCacheGb(model, model.context_length)
      : undefined;
  return (
    <div className={styles.figures}>
      <table>
        <caption>
          {translate({ id: 'atlas.memory.caption', message: '显存估算（GB，1 GB = 10⁹ 字节）' })}
        </caption>
        <tbody>
          {memoryPrecisions.map((p) => (
            <tr key={p}>
              <th scope="row">
                {translate(
                  { id: 'atlas.memory.weightsAt', message: '权重（{precision}）' },
                  { precision: precisionLabels[p] },
                )}
              </th>
              <td data-gb={figures.weights_gb[p]}>{formatGb(figures.weights_gb[p])}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">
              {translate({
                id: 'atlas.memory.kvPer1k',
                message: 'KV 缓存（16 位，每 1000 个 token）',
              })}
            </th>
            <td data-gb={kv.gb ?? undefined}>
              {kv.gb === null
                ? kvReasonText(kv.reason)
                : model.architecture === 'encoder-only'
                  ? translate({
                      id: 'atlas.memory.kv.encoderOnly',
                      message: '0（仅编码器，不生成）',
                    })
                  : formatGb(kv.gb)}
            </td>
          </tr>
          {full && full.gb !== null && window && (
            <tr>
              <th scope="row">
                {translate(
                  {
                    id: 'atlas.memory.kvFull',
                    message: 'KV 缓存（完整上下文，{layers} 层只保留最近 {window} 个 token）',
                  },
                  { layers: window.layers, window: window.window },
                )}
              </th>
              <td data-gb={full.gb}>{formatGb(full.gb)}</td>
            </tr>
          )}
        </tbody>
      </table>
      {hybrid && <p className={styles.note}>{hybrid}</p>}
      {kv.gb !== null && kvUsesCopiedFacts(model.arch) && (
        <p className={styles.note}>
          {translate({
            id: 'atlas.memory.kv.copiedFacts',
            message:
              'KV 缓存估算用到的结构参数有一部分据转载的配置文件（见“结构参数”），不是开发者的原件。',
          })}
        </p>
      )}
      <p className={styles.note}>
        <Translate
          id="atlas.memory.note"
          values={{
            method: (
              <Link to="/docs/fundamentals/memory">
                {translate({ id: 'atlas.memory.noteMethod', message: '计算方法' })}
              </Link>
            ),
            hardware: (
              <Link to="/models/hardware">
                {translate({ id: 'atlas.memory.noteHardware', message: '能跑吗' })}
              </Link>
            ),
          }}>
          {
            '4-bit 按每个权重 4.5 位计（每 32 个权重共用一个 16 位缩放因子）；混合专家模型计入全部专家。见{method}，或在{hardware}页按设备查看。'
          }
        </Translate>
      </p>
    </div>
  );
}
