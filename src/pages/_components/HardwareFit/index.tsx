import React, { useCallback, useId, useMemo } from 'react';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import { useHistory } from '@docusaurus/router';
import { useHistorySelector } from '@docusaurus/theme-common';
import clsx from 'clsx';
import type { HardwareModel } from '../../../components/views';
import { deviceName, devices, deviceKinds, type DeviceKind } from '../../../data/devices';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { gbToGib, memoryPrecisions } from '../../../data/derive/memory';
import { kvReasonText } from '../../../components/MemoryFigures';
import { formatGb, formatInteger } from '../../../lib/format';
import { precisionLabels } from '../../../components/labels';
import {
  contextChoices,
  deviceById,
  groupByFit,
  readHardwareState,
  writeHardwareState,
  type FitRow,
  type HardwareState,
} from './logic';
import styles from './styles.module.css';
import a11y from '../../../css/a11y.module.css';

/** What the estimate and the table read (the build's `models-hardware` view). */
type FitModel = HardwareModel;

const kindLabel = (k: DeviceKind): string =>
  ({
    'consumer-gpu': translate({ id: 'atlas.hardware.kind.consumer', message: '消费级显卡' }),
    'datacenter-gpu': translate({ id: 'atlas.hardware.kind.datacenter', message: '数据中心 GPU' }),
    apple: translate({ id: 'atlas.hardware.kind.apple', message: 'Apple 统一内存' }),
    'china-accelerator': translate({
      id: 'atlas.hardware.kind.china',
      message: '国内常见加速卡',
    }),
  })[k];

/**
 * The state lives in the query string; the server and the hydrating render see none (so the
 * static default table hydrates without a mismatch), the URL's state applies right after.
 */
function useHardwareState(): [HardwareState, (next: HardwareState) => void] {
  const history = useHistory();
  const search = useHistorySelector((h) => h.location.search);
  const state = useMemo(() => readHardwareState(search), [search]);
  const set = useCallback(
    (next: HardwareState) => {
      const { pathname, hash, search: current } = history.location;
      history.replace({ pathname, hash, search: writeHardwareState(current, next) });
    },
    [history],
  );
  return [state, set];
}

function Controls({
  state,
  onChange,
}: {
  state: HardwareState;
  onChange: (next: HardwareState) => void;
}): React.JSX.Element {
  const id = useId();
  const locale = useDocusaurusContext().i18n.currentLocale;
  const ctxOptions = (contextChoices as readonly number[]).includes(state.ctx)
    ? contextChoices
    : [...contextChoices, state.ctx].sort((a, b) => a - b);
  return (
    <div
      className={clsx(styles.controls, a11y.needsScript)}
      role="group"
      aria-label={translate({ id: 'atlas.hardware.controls', message: '设备与设置' })}>
      <div className={styles.field}>
        <label htmlFor={`${id}-device`}>
          {translate({ id: 'atlas.hardware.device', message: '设备' })}
        </label>
        <select
          id={`${id}-device`}
          value={state.device ?? ''}
          onChange={(e) => {
            const d = deviceById(e.target.value);
            onChange(
              d ? { ...state, device: d.id, memGb: d.memoryGb } : { ...state, device: undefined },
            );
          }}>
          <option value="">
            {translate({ id: 'atlas.hardware.device.custom', message: '自定义内存大小' })}
          </option>
          {deviceKinds.map((k) => (
            <optgroup key={k} label={kindLabel(k)}>
              {devices
                .filter((d) => d.kind === k)
                .map((d) => (
                  <option key={d.id} value={d.id}>
                    {`${deviceName(d, locale)} · ${d.memoryGb} GB`}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-mem`}>
          {translate({ id: 'atlas.hardware.mem', message: '内存（GB）' })}
        </label>
        <input
          id={`${id}-mem`}
          type="number"
          inputMode="decimal"
          min={1}
          step="any"
          value={state.memGb}
          onChange={(e) => {
            const n = Number(e.target.value);
            if (Number.isFinite(n) && n > 0) onChange({ ...state, memGb: n, device: undefined });
          }}
        />
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-ctx`}>
          {translate({ id: 'atlas.hardware.ctx', message: '上下文长度（token）' })}
        </label>
        <select
          id={`${id}-ctx`}
          value={state.ctx}
          onChange={(e) => onChange({ ...state, ctx: Number(e.target.value) })}>
          {ctxOptions.map((c) => (
            <option key={c} value={c}>
              {formatInteger(c)}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-precision`}>
          {translate({ id: 'atlas.hardware.precision', message: '权重精度' })}
        </label>
        <select
          id={`${id}-precision`}
          value={state.precision}
          onChange={(e) =>
            onChange({
              ...state,
              precision: memoryPrecisions.find((p) => p === e.target.value) ?? 'int4',
            })
          }>
          {memoryPrecisions.map((p) => (
            <option key={p} value={p}>
              {precisionLabels[p]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

function FitTable({
  rows,
  caption,
  showPrecision,
}: {
  rows: FitRow<FitModel>[];
  caption: string;
  showPrecision: boolean;
}): React.JSX.Element {
  if (rows.length === 0)
    return (
      <p className={styles.caption}>
        {translate({ id: 'atlas.hardware.none', message: '{caption}：无' }, { caption })}
      </p>
    );
  return (
    <div className={styles.scroll} role="region" tabIndex={0} aria-label={caption}>
      <table className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{translate({ id: 'atlas.hardware.col.model', message: '模型' })}</th>
            {showPrecision && (
              <th scope="col">
                {translate({ id: 'atlas.hardware.col.precision', message: '可用精度' })}
              </th>
            )}
            <th scope="col">{translate({ id: 'atlas.hardware.col.weights', message: '权重' })}</th>
            <th scope="col">{translate({ id: 'atlas.hardware.col.kv', message: 'KV 缓存' })}</th>
            <th scope="col">
              {translate({ id: 'atlas.hardware.col.overhead', message: '其他开销' })}
            </th>
            <th scope="col">{translate({ id: 'atlas.hardware.col.total', message: '合计' })}</th>
            <th scope="col">{translate({ id: 'atlas.hardware.col.headroom', message: '余量' })}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ model, verdict, beyondContext }) => {
            const e = verdict.kind === 'lower-precision' ? verdict.lower : verdict.estimate;
            const headroom = verdict.kind === 'too-large' ? undefined : verdict.headroomGb;
            return (
              <tr key={model.id} data-model={model.id}>
                <th scope="row">
                  <Link to={`/models#${model.id}`}>{model.name}</Link>
                  {beyondContext && (
                    <span className={styles.flag}>
                      {translate(
                        {
                          id: 'atlas.hardware.beyondContext',
                          message: '超出该模型的上下文长度（{ctx}）',
                        },
                        { ctx: formatInteger(model.context_length ?? 0) },
                      )}
                    </span>
                  )}
                </th>
                {showPrecision && (
                  <td data-col="precision">
                    {verdict.kind === 'lower-precision' ? precisionLabels[verdict.precision] : ''}
                  </td>
                )}
                <td data-col="weights">{formatGb(e.weightsGb)}</td>
                <td data-col="kv">
                  {e.kvCacheGb === null ? (
                    <span className={styles.flag}>
                      {kvReasonText(e.kvReason ?? 'no-arch')}
                      {translate({
                        id: 'atlas.hardware.weightsOnly',
                        message: '（合计仅含权重与开销）',
                      })}
                    </span>
                  ) : (
                    formatGb(e.kvCacheGb)
                  )}
                </td>
                <td data-col="overhead">{formatGb(e.overheadGb)}</td>
                <td data-col="total">{formatGb(e.totalGb)}</td>
                <td data-col="headroom">{headroom === undefined ? '' : formatGb(headroom)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The "能跑吗" tool: device, context and precision in, models that fit out. */
export default function HardwareFit({
  models,
}: {
  models: readonly FitModel[];
}): React.JSX.Element {
  const [state, setState] = useHardwareState();
  const locale = useDocusaurusContext().i18n.currentLocale;
  const groups = useMemo(() => groupByFit(models, state), [models, state]);
  const device = deviceById(state.device);
  const p = precisionLabels[state.precision];
  const summary = translate(
    {
      id: 'atlas.hardware.summary',
      message:
        '{memory}（约 {gib} GiB），上下文 {ctx} 个 token，{precision}：{fits} 个模型放得下，{lower} 个需降低精度，{tooLarge} 个放不下。',
    },
    {
      memory: device ? `${deviceName(device, locale)} · ${state.memGb} GB` : `${state.memGb} GB`,
      gib: gbToGib(state.memGb).toFixed(1),
      ctx: formatInteger(state.ctx),
      precision: p,
      fits: groups.fits.length,
      lower: groups.lower.length,
      tooLarge: groups.tooLarge.length,
    },
  );
  return (
    <div className={styles.tool}>
      {/* In the server's HTML too, hidden where script does not run (they would do nothing), so
          that showing them moves nothing below them (on a phone the summary and the first table
          moved down as the controls appeared: layout shift 0.057). */}
      <Controls state={state} onChange={setState} />
      <p role="status" className={styles.summary}>
        {summary}
      </p>
      {device && (
        <p className={styles.source}>
          {translate(
            { id: 'atlas.hardware.deviceSource', message: '{device} 的内存大小来源：' },
            { device: deviceName(device, locale) },
          )}
          <a href={device.source}>{device.source.replace(/^https:\/\//, '')}</a>
          {device.unified &&
            translate({
              id: 'atlas.hardware.unified',
              message: '（统一内存，操作系统和其他程序也占用其中一部分）',
            })}
        </p>
      )}
      <FitTable
        rows={groups.fits}
        showPrecision={false}
        caption={translate(
          { id: 'atlas.hardware.fits', message: '放得下（{precision}，单位 GB）' },
          { precision: p },
        )}
      />
      <FitTable
        rows={groups.lower}
        showPrecision
        caption={translate({ id: 'atlas.hardware.lower', message: '降低精度后放得下（单位 GB）' })}
      />
      <details className={styles.rest}>
        <summary>
          {translate(
            {
              id: 'atlas.hardware.tooLarge',
              message: '放不下的模型（{count} 个，按 {precision} 计）',
            },
            { count: groups.tooLarge.length, precision: p },
          )}
        </summary>
        <FitTable
          rows={groups.tooLarge}
          showPrecision={false}
          caption={translate({
            id: 'atlas.hardware.tooLargeCaption',
            message: '放不下的模型（单位 GB）',
          })}
        />
      </details>
    </div>
  );
}
