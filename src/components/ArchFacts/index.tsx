/**
 * A model's architecture facts as the data records them (`arch`, read from the official config
 * file, paper or model card), with the sources they were read from. The memory figures beside
 * them are computed from these facts. A fact the atlas has not read is shown as such, never
 * filled in: `unknown` in the data means "not found in official material", whether or not the
 * developer published it somewhere the editors could not read. A fact read in copies of the
 * official config rather than in the developer's own file (`arch.copied`) carries a tag, and the
 * copies are listed under the sources.
 */
import React from 'react';
import { translate } from '@docusaurus/Translate';
import type { CopiedArchField, ModelArch } from '../../data/schema/models';
import type { ArchShape } from '../../data/derive/memory';
import type { AttentionKind, WeightPrecision } from '../../data/vocab';
import { formatInteger } from '../../lib/format';
import { displayUrl } from '../../lib/links';
import type { FieldLang } from '../../lib/lang';
import { linearMixerLabel } from '../labels';
import styles from './styles.module.css';

export interface ArchFactsProps {
  arch: ModelArch;
  /** `zh-Hans` when the note is shown in Chinese on an English page. */
  noteLang?: FieldLang;
  /** The same for the note on facts read in copies (`arch.copied.note`). */
  copiedNoteLang?: FieldLang;
}

/** The fields a row can show, in the order they are shown; `data-arch` on each row. */
export const archRowKeys = [
  'layers',
  'hidden_size',
  'attention_heads',
  'kv_heads',
  'head_dim',
  'attention',
  'vocab_size',
  'precision',
  'experts.total',
  'experts.active',
  'experts.shared',
] as const;
export type ArchRow = (typeof archRowKeys)[number];

type Count = number | 'unknown';

/** Names of the released weights' number formats: the same in every language. */
export const weightPrecisionLabels: Record<WeightPrecision, string> = {
  fp32: 'FP32',
  bf16: 'BF16',
  fp16: 'FP16',
  fp8: 'FP8',
  mxfp4: 'MXFP4',
  int4: 'INT4',
};

export function attentionLabel(kind: AttentionKind): string {
  switch (kind) {
    case 'mha':
      return translate({ id: 'atlas.arch.attention.mha', message: '多头注意力（MHA）' });
    case 'gqa':
      return translate({ id: 'atlas.arch.attention.gqa', message: '分组查询注意力（GQA）' });
    case 'mqa':
      return translate({ id: 'atlas.arch.attention.mqa', message: '多查询注意力（MQA）' });
    case 'mla':
      return translate({ id: 'atlas.arch.attention.mla', message: '多头潜在注意力（MLA）' });
    case 'other':
      return translate({
        id: 'atlas.arch.attention.other',
        message: '其他结构（见说明；本站的 KV 缓存公式不适用）',
      });
    case 'none':
      return translate({
        id: 'atlas.arch.attention.none',
        message: '没有注意力层（纯状态空间模型，不缓存键值）',
      });
  }
}

/** What a reader sees for a fact the atlas has not read. */
export const notFoundText = (): string =>
  translate({ id: 'atlas.arch.notFound', message: '未查到' });

export function archRowLabel(row: ArchRow): string {
  switch (row) {
    case 'layers':
      return translate({ id: 'atlas.arch.layers', message: '层数' });
    case 'hidden_size':
      return translate({ id: 'atlas.arch.hiddenSize', message: '隐藏维度' });
    case 'attention_heads':
      return translate({ id: 'atlas.arch.attentionHeads', message: '注意力头数' });
    case 'kv_heads':
      return translate({ id: 'atlas.arch.kvHeads', message: '键值头数' });
    case 'head_dim':
      return translate({ id: 'atlas.arch.headDim', message: '每头维度' });
    case 'attention':
      return translate({ id: 'atlas.arch.attention', message: '注意力' });
    case 'vocab_size':
      return translate({ id: 'atlas.arch.vocabSize', message: '词表大小' });
    case 'precision':
      return translate({ id: 'atlas.arch.precision', message: '发布精度' });
    case 'experts.total':
      return translate({ id: 'atlas.arch.expertsTotal', message: '每层路由专家数' });
    case 'experts.active':
      return translate({ id: 'atlas.arch.expertsActive', message: '每个 token 激活的路由专家' });
    case 'experts.shared':
      return translate({ id: 'atlas.arch.expertsShared', message: '共享专家数' });
  }
}

/** The parts of the attention row after its kind: MLA's cached sizes, windows, hybrid layers. */
function attentionDetails(arch: ArchShape): string[] {
  const details: string[] = [];
  if (arch.mla === 'unknown')
    details.push(
      translate({
        id: 'atlas.arch.mlaUnknown',
        message: '潜向量与位置编码键的维度未查到',
      }),
    );
  else if (arch.mla)
    details.push(
      translate(
        {
          id: 'atlas.arch.mlaDetail',
          message: '每层每个 token 缓存 {rank} 维潜向量和 {rope} 维位置编码键',
        },
        { rank: formatInteger(arch.mla.kv_lora_rank), rope: formatInteger(arch.mla.rope_head_dim) },
      ),
    );
  if (arch.sliding_window)
    details.push(
      translate(
        { id: 'atlas.arch.windowDetail', message: '{layers} 层只关注最近 {window} 个 token' },
        {
          layers: formatInteger(arch.sliding_window.layers),
          window: formatInteger(arch.sliding_window.window),
        },
      ),
    );
  const linear = arch.linear_layers;
  if (linear)
    details.push(
      linear.layers === 'unknown'
        ? translate(
            {
              id: 'atlas.arch.linearUnknown',
              message: '混合结构（{kind}），不缓存键值的层数未查到',
            },
            { kind: linearMixerLabel(linear.kind) },
          )
        : translate(
            { id: 'atlas.arch.linearDetail', message: '{layers} 层为 {kind}，不随上下文缓存键值' },
            { layers: formatInteger(linear.layers), kind: linearMixerLabel(linear.kind) },
          ),
    );
  return details;
}

/** The `arch.copied` fields each row shows (the attention row shows its details too). */
const rowFields: Record<ArchRow, readonly CopiedArchField[]> = {
  layers: ['layers'],
  hidden_size: ['hidden_size'],
  attention_heads: ['attention_heads'],
  kv_heads: ['kv_heads'],
  head_dim: ['head_dim', 'v_head_dim'],
  attention: ['attention', 'mla', 'sliding_window', 'linear_layers'],
  vocab_size: ['vocab_size'],
  precision: ['precision'],
  'experts.total': ['experts'],
  'experts.active': ['experts'],
  'experts.shared': ['experts'],
};

/** Whether a row shows a fact read in copies of the official config (`arch.copied`). */
function rowIsCopied(arch: ArchShape, row: ArchRow): boolean {
  const copied = arch.copied?.fields ?? [];
  // The key/value-head row also shows the window layers' own count, a part of sliding_window.
  const fields: readonly CopiedArchField[] =
    row === 'kv_heads' && arch.sliding_window?.kv_heads !== undefined
      ? [...rowFields[row], 'sliding_window']
      : rowFields[row];
  return fields.some((f) => copied.includes(f));
}

/** Key/value heads, with the window layers' own count where it differs. */
function kvHeadsValue(arch: ArchShape, kvHeads: number): string {
  const sliding = arch.sliding_window?.kv_heads;
  if (sliding === undefined) return formatInteger(kvHeads);
  return translate(
    {
      id: 'atlas.arch.kvHeadsSplit',
      message: '全局注意力层 {full}，滑动窗口层 {sliding}',
    },
    { full: formatInteger(kvHeads), sliding: formatInteger(sliding) },
  );
}

/** Head size, with the value heads' own size where it differs from the keys'. */
function headDimValue(arch: ArchShape, headDim: number): string {
  if (arch.v_head_dim === undefined) return formatInteger(headDim);
  return translate(
    { id: 'atlas.arch.headDimSplit', message: '查询与键 {key}，值 {value}' },
    { key: formatInteger(headDim), value: formatInteger(arch.v_head_dim) },
  );
}

/** What marks a fact read in copies, after its value. */
export const copiedMarkText = (): string =>
  translate({ id: 'atlas.arch.copiedMark', message: '据转载' });

/**
 * Each row: its field, the value as shown, whether the atlas has read it, and whether it was read
 * in copies of the official config rather than the developer's own file.
 */
export function archRows(
  arch: ArchShape,
): Array<{ row: ArchRow; value: string; known: boolean; copied: boolean }> {
  const row = (r: ArchRow, value: string, known: boolean) => ({
    row: r,
    value,
    known,
    copied: known && rowIsCopied(arch, r),
  });
  const fact = (r: ArchRow, n: Count, show: (n: number) => string = formatInteger) =>
    n === 'unknown' ? row(r, notFoundText(), false) : row(r, show(n), true);
  const attention =
    arch.attention === 'unknown'
      ? row('attention', notFoundText(), false)
      : row(
          'attention',
          [attentionLabel(arch.attention), ...attentionDetails(arch)].join(
            translate({ id: 'atlas.arch.detailSeparator', message: '；' }),
          ),
          true,
        );
  const rows = [
    fact('layers', arch.layers),
    fact('hidden_size', arch.hidden_size),
    fact('attention_heads', arch.attention_heads),
    fact('kv_heads', arch.kv_heads, (n) => kvHeadsValue(arch, n)),
    fact('head_dim', arch.head_dim, (n) => headDimValue(arch, n)),
    attention,
    fact('vocab_size', arch.vocab_size),
    arch.precision === 'unknown'
      ? row('precision', notFoundText(), false)
      : row('precision', weightPrecisionLabels[arch.precision], true),
  ];
  if (arch.experts)
    rows.push(
      fact('experts.total', arch.experts.total),
      fact('experts.active', arch.experts.active),
      fact('experts.shared', arch.experts.shared),
    );
  return rows;
}

function EvidenceList({ urls }: { urls: readonly string[] }): React.JSX.Element {
  return (
    <ul className={styles.evidence}>
      {urls.map((url) => (
        <li key={url}>
          <a href={url}>{displayUrl(url)}</a>
        </li>
      ))}
    </ul>
  );
}

export default function ArchFacts({
  arch,
  noteLang,
  copiedNoteLang,
}: ArchFactsProps): React.JSX.Element {
  const rows = archRows(arch);
  // A detail of a known attention kind (MLA's sizes, a hybrid's split) can be 未查到 too.
  const missing =
    rows.some((r) => !r.known) ||
    arch.mla === 'unknown' ||
    arch.linear_layers?.layers === 'unknown';
  return (
    <div className={styles.arch}>
      <table>
        <tbody>
          {rows.map(({ row, value, known, copied }) => (
            <tr key={row} data-arch={row} data-known={known} data-copied={copied || undefined}>
              <th scope="row">{archRowLabel(row)}</th>
              <td className={known ? undefined : styles.notFound}>
                {value}
                {copied && <span className={styles.copied}>{copiedMarkText()}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {missing && (
        <p className={styles.note}>
          {translate({
            id: 'atlas.arch.notFoundNote',
            message:
              '“未查到”：本站没有在官方配置文件、论文或模型卡中读到这一项，因此不作推测，也不据此估算显存。',
          })}
        </p>
      )}
      {arch.note && (
        <p className={styles.note} lang={noteLang}>
          {arch.note}
        </p>
      )}
      <p className={styles.note}>{translate({ id: 'atlas.arch.evidence', message: '依据：' })}</p>
      <EvidenceList urls={arch.evidence} />
      {arch.copied && (
        <>
          <p className={styles.note}>
            {translate({
              id: 'atlas.arch.copiedNote',
              message:
                '“据转载”：开发者发布了配置文件，但本站读不到原件；这些数值来自下列至少两份互相独立、数值一致的转载（以官方仓库为底本的量化或格式转换版本，或转换官方权重时的日志）。',
            })}
          </p>
          <p className={styles.note} lang={copiedNoteLang}>
            {arch.copied.note}
          </p>
          <EvidenceList urls={arch.copied.evidence} />
        </>
      )}
    </div>
  );
}
