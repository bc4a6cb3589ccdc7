import React, { useId, useState } from 'react';
import clsx from 'clsx';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import { useHistory, useLocation } from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { entryHref } from '../../lib/links';
import { formatBillions, formatInteger } from '../../lib/format';
import {
  architectureLabel,
  formatDate,
  licenseKindLabel,
  modalityLabel,
  opennessComponentLabel,
  opennessLevelLabel,
  sparsityLabel,
  listSeparator,
} from '../labels';
import { clauseLabel, clauseValue } from '../ModelPage/labels';
import { decodedClauseKeys } from '../../data/derive/license-clauses';
import { opennessComponents } from '../../data/vocab';
import { kvCacheGb, memoryOf } from '../../data/derive/memory';
import { formatGb } from '../../lib/format';
import { archRowKeys, archRowLabel, archRows, copiedMarkText, notFoundText } from '../ArchFacts';
import { precisionLabels } from '../labels';
import type { CompareEntry } from '../../plugins/model-pages/data';
import { compareHref, differs, maxCompared, minCompared, parseCompareIds } from './logic';
import a11y from '../../css/a11y.module.css';
import styles from './styles.module.css';

export { compareHref, maxCompared, minCompared, parseCompareIds } from './logic';

interface Row {
  key: string;
  label: string;
  value: (e: CompareEntry) => string;
}

/** The rows of the comparison, the same for any selection (every model has every field). */
function comparisonRows(): Row[] {
  const notRecorded = translate({ id: 'atlas.modelPage.notRecorded', message: '未记录' });
  const rows: Row[] = [
    {
      key: 'organizations',
      label: translate({ id: 'atlas.card.model.organizations', message: '机构' }),
      value: (e) => e.organizations.join(listSeparator()),
    },
    {
      key: 'released',
      label: translate({ id: 'atlas.card.model.released', message: '发布时间' }),
      value: (e) => formatDate(e.released),
    },
    {
      key: 'parameters',
      label: translate({ id: 'atlas.modelPage.parametersTotal', message: '总参数量' }),
      value: (e) => formatBillions(e.parameters.total),
    },
    {
      key: 'active',
      label: translate({ id: 'atlas.modelPage.parametersActive', message: '每个 token 激活参数' }),
      value: (e) =>
        e.parameters.active === undefined
          ? translate({ id: 'atlas.modelPage.allActive', message: '全部（稠密模型）' })
          : formatBillions(e.parameters.active),
    },
    {
      key: 'architecture',
      label: translate({ id: 'atlas.card.model.architecture', message: '架构' }),
      value: (e) => `${architectureLabel(e.architecture)} · ${sparsityLabel(e.sparsity)}`,
    },
    {
      key: 'context',
      label: translate({ id: 'atlas.card.model.context', message: '上下文长度（token）' }),
      value: (e) =>
        e.context_length === undefined ? notRecorded : formatInteger(e.context_length),
    },
    {
      key: 'modalities',
      label: translate({ id: 'atlas.card.model.modalities', message: '模态' }),
      value: (e) => e.modalities.map(modalityLabel).join(listSeparator()),
    },
    // What it takes to run: computed here from the facts, as on the model page.
    ...(['bf16', 'int4'] as const).map((p): Row => ({
      key: `weights-${p}`,
      label: translate(
        { id: 'atlas.compare.weightsGb', message: '权重显存（{precision}，GB）' },
        { precision: precisionLabels[p] },
      ),
      value: (e) => formatGb(memoryOf(e).weights_gb[p]),
    })),
    {
      key: 'kv',
      label: translate({
        id: 'atlas.compare.kvPer1k',
        message: 'KV 缓存（16 位，每 1000 个 token，GB）',
      }),
      value: (e) => {
        const kv = kvCacheGb(e, 1000);
        if (kv.gb !== null) return formatGb(kv.gb);
        return kv.reason === 'encoder-decoder' ? '—' : notFoundText();
      },
    },
    // A model without `arch` (none today), and a dense model's expert rows, show '—'.
    ...archRowKeys.map((k): Row => ({
      key: `arch-${k}`,
      label: archRowLabel(k),
      value: (e) => {
        const r = e.arch && archRows(e.arch).find((x) => x.row === k);
        if (!r) return '—';
        return r.copied
          ? translate(
              { id: 'atlas.compare.copiedValue', message: '{value}（{mark}）' },
              { value: r.value, mark: copiedMarkText() },
            )
          : r.value;
      },
    })),
    {
      key: 'license',
      label: translate({ id: 'atlas.card.model.license', message: '许可证' }),
      value: (e) => e.license.name,
    },
    {
      key: 'license_kind',
      label: translate({ id: 'atlas.compare.licenseKind', message: '许可证类型' }),
      value: (e) => licenseKindLabel(e.license.kind),
    },
    ...decodedClauseKeys.map((k): Row => ({
      key: `clause-${k}`,
      label: clauseLabel(k),
      value: (e) => clauseValue(e.clauses.find((c) => c.key === k)!),
    })),
    {
      key: 'score',
      label: translate({ id: 'atlas.modelPage.score', message: '开放度得分' }),
      value: (e) => `${e.openness.score} / 100`,
    },
    {
      key: 'mof',
      label: translate({ id: 'atlas.compare.mof', message: 'MOF 等级' }),
      value: (e) =>
        e.openness.mofClass === undefined
          ? translate({ id: 'atlas.modelPage.mofNone', message: '未达到任何等级' })
          : translate(
              { id: 'atlas.modelPage.mofClass', message: 'MOF 第 {roman} 类' },
              { roman: ({ 1: 'I', 2: 'II', 3: 'III' } as const)[e.openness.mofClass] },
            ),
    },
  ];
  for (const c of opennessComponents)
    rows.push({
      key: `openness-${c}`,
      label: opennessComponentLabel(c),
      value: (e) => {
        const level = e.openness.levels[c];
        return level ? opennessLevelLabel(level) : '—';
      },
    });
  return rows;
}

function Picker({
  entries,
  selected,
  onAdd,
}: {
  entries: readonly CompareEntry[];
  selected: readonly string[];
  onAdd: (id: string) => void;
}): React.JSX.Element {
  const selectId = useId();
  const [choice, setChoice] = useState('');
  const full = selected.length >= maxCompared;
  return (
    <form
      className={styles.picker}
      onSubmit={(ev) => {
        ev.preventDefault();
        if (choice) onAdd(choice);
        setChoice('');
      }}>
      <label htmlFor={selectId}>
        <Translate id="atlas.compare.add">添加模型</Translate>
      </label>
      <select
        id={selectId}
        value={choice}
        disabled={full}
        onChange={(ev) => setChoice(ev.target.value)}>
        <option value="">
          {full
            ? translate(
                { id: 'atlas.compare.full', message: '最多对比 {max} 个模型' },
                { max: maxCompared },
              )
            : translate({ id: 'atlas.compare.choose', message: '选择一个模型…' })}
        </option>
        {entries
          .filter((e) => !selected.includes(e.id))
          .map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
            </option>
          ))}
      </select>
      <button
        type="submit"
        className="button button--primary button--sm"
        disabled={full || !choice}>
        <Translate id="atlas.compare.addButton">添加</Translate>
      </button>
    </form>
  );
}

function Explanation({ examples }: { examples: string[][] }): React.JSX.Element {
  return (
    <div className={styles.explain}>
      <p>
        <Translate id="atlas.compare.howto" values={{ min: minCompared, max: maxCompared }}>
          {
            '这里把 {min} 至 {max} 个模型的参数、许可证条款与开放程度逐行并排列出，不同之处会标出。在任一模型页面点“对比”，再用下方的选择框添加其他模型；也可以直接在地址后写 ?ids= 加上用逗号分隔的模型 id（模型 id 见各模型页面的地址）。'
          }
        </Translate>
      </p>
      <p>
        <Translate id="atlas.compare.examples">例如：</Translate>
      </p>
      <ul>
        {examples.map((ids) => (
          <li key={ids.join(',')}>
            <Link to={compareHref(ids)}>{ids.join(' · ')}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Example comparisons linked from the page itself (they must exist in the data). */
const exampleIds = [
  ['llama-3-1-8b', 'qwen2-5-7b'],
  ['deepseek-r1', 'qwen3-235b-a22b', 'llama-4-maverick'],
  ['olmo-2-7b', 'mistral-7b'],
];

/** Route component of `/models/compare` (src/plugins/model-pages). */
export default function ModelCompare({ models }: { models: CompareEntry[] }): React.JSX.Element {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  const pagePath = useBaseUrl('/models/compare');
  const known = new Set(models.map((m) => m.id));
  const examples = exampleIds
    .map((ids) => ids.filter((id) => known.has(id)))
    .filter((ids) => ids.length >= 2);
  // The server renders the page without a query; the comparison appears once the browser
  // has the URL (rendering it during hydration would not match the server's HTML).
  const ids = isBrowser ? parseCompareIds(location.search, known) : [];
  const selected = ids.map((id) => models.find((m) => m.id === id)!);
  const go = (next: string[]) =>
    history.push(next.length === 0 ? pagePath : `${pagePath}?ids=${next.join(',')}`);
  const rows = comparisonRows();
  const title = translate({ id: 'atlas.compare.title', message: '模型对比' });
  return (
    <Layout
      title={title}
      description={translate({
        id: 'atlas.compare.description',
        message: '把 2 至 4 个模型的参数、许可证条款与开放程度并排对比，差异逐行标出。',
      })}>
      <main className={clsx('container margin-vert--lg', styles.page)}>
        <Heading as="h1">{title}</Heading>
        {selected.length < minCompared && <Explanation examples={examples} />}
        {isBrowser && (
          <>
            {selected.length > 0 && (
              <ul
                className={styles.chosen}
                aria-label={translate({ id: 'atlas.compare.chosen', message: '已选模型' })}>
                {selected.map((m) => (
                  <li key={m.id}>
                    <Link to={entryHref('models', m.id)}>{m.name}</Link>
                    <button
                      type="button"
                      className={styles.remove}
                      onClick={() => go(ids.filter((id) => id !== m.id))}
                      aria-label={translate(
                        { id: 'atlas.compare.remove', message: '移除 {name}' },
                        { name: m.name },
                      )}>
                      ×
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <Picker entries={models} selected={ids} onAdd={(id) => go([...ids, id])} />
          </>
        )}
        {selected.length >= minCompared && (
          <div
            className={styles.scroller}
            role="region"
            aria-labelledby="compare-caption"
            // Focusable so a keyboard can scroll the table when four models do not fit.
            tabIndex={0}>
            <table className={styles.table} data-count={selected.length}>
              <caption id="compare-caption" className={styles.caption}>
                <Translate id="atlas.compare.caption">
                  逐行对比；标有“≠ 不同”的行各模型取值不一样
                </Translate>
              </caption>
              <thead>
                <tr>
                  <th scope="col">
                    <span className={a11y.srOnly}>
                      <Translate id="atlas.compare.field">项目</Translate>
                    </span>
                  </th>
                  {selected.map((m) => (
                    <th key={m.id} scope="col">
                      <Link to={entryHref('models', m.id)}>{m.name}</Link>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const values = selected.map(row.value);
                  const diff = differs(values);
                  return (
                    <tr
                      key={row.key}
                      data-row={row.key}
                      data-differs={diff || undefined}
                      className={clsx(diff && styles.diff)}>
                      <th scope="row">
                        {row.label}
                        {diff && (
                          <span className={styles.diffMark}>
                            <Translate id="atlas.compare.differs">≠ 不同</Translate>
                          </span>
                        )}
                      </th>
                      {values.map((v, i) => (
                        <td key={selected[i]!.id}>{v}</td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </main>
    </Layout>
  );
}
