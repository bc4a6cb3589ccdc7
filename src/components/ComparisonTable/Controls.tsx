import React, { useEffect, useId, useRef, useState } from 'react';
import { translate } from '@docusaurus/Translate';
import type { TableState } from './logic';
import styles from './styles.module.css';

export interface ColumnChoice {
  key: string;
  label: string;
  shown: boolean;
}

export interface FacetOptions {
  key: string;
  label: string;
  options: ReadonlyArray<{ value: string; label: string }>;
}

/**
 * The free-text box and facet menus. Rendered only in the browser: without JavaScript the
 * reader gets the full table and no controls that would do nothing.
 */
export default function Controls({
  state,
  onChange,
  facets,
  columns,
  allColumns,
  label,
}: {
  state: TableState;
  onChange: (next: TableState) => void;
  facets: readonly FacetOptions[];
  /** The columns a reader may show or hide (all but the first). */
  columns: readonly ColumnChoice[];
  /** The keys shown now, first column included, in the table's order. */
  allColumns: readonly string[];
  label: string;
}): React.JSX.Element {
  const id = useId();
  // The text box keeps its own draft so an input method's half-typed pinyin is not applied
  // as a filter; the draft is committed when composition ends.
  const [draft, setDraft] = useState(state.query);
  const composing = useRef(false);
  useEffect(() => {
    if (!composing.current) setDraft(state.query);
  }, [state.query]);
  const commit = (query: string) => onChange({ ...state, query });
  const active = state.query !== '' || Object.values(state.facets).some(Boolean);

  return (
    <div className={styles.controls} role="group" aria-label={label}>
      <div className={styles.field}>
        <label htmlFor={`${id}-q`}>
          {translate({ id: 'atlas.table.search.label', message: '按名称或别名筛选' })}
        </label>
        <input
          id={`${id}-q`}
          type="search"
          value={draft}
          autoComplete="off"
          onChange={(e) => {
            setDraft(e.target.value);
            if (!composing.current) commit(e.target.value);
          }}
          onCompositionStart={() => {
            composing.current = true;
          }}
          onCompositionEnd={(e) => {
            composing.current = false;
            commit(e.currentTarget.value);
          }}
        />
      </div>
      {facets.map((facet) => (
        <div className={styles.field} key={facet.key}>
          <label htmlFor={`${id}-${facet.key}`}>{facet.label}</label>
          <select
            id={`${id}-${facet.key}`}
            value={state.facets[facet.key] ?? ''}
            onChange={(e) =>
              onChange({ ...state, facets: { ...state.facets, [facet.key]: e.target.value } })
            }>
            <option value="">{translate({ id: 'atlas.table.facet.all', message: '全部' })}</option>
            {facet.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      {columns.length > 1 && (
        <details className={styles.columns}>
          <summary>{translate({ id: 'atlas.table.columns.summary', message: '显示的列' })}</summary>
          <fieldset>
            <legend className={styles.columnsLegend}>
              {translate({ id: 'atlas.table.columns.legend', message: '选择要显示的列' })}
            </legend>
            {columns.map((c) => (
              <label key={c.key} className={styles.choice}>
                <input
                  type="checkbox"
                  checked={c.shown}
                  onChange={() => {
                    const shown = c.shown
                      ? allColumns.filter((k) => k !== c.key)
                      : [...allColumns, c.key];
                    // Kept in the table's own order, whatever order the reader clicked in.
                    const order = [allColumns[0]!, ...columns.map((x) => x.key)];
                    onChange({ ...state, shown: order.filter((k) => shown.includes(k)) });
                  }}
                />
                {c.label}
              </label>
            ))}
            <label className={styles.choice}>
              <input
                type="checkbox"
                checked={state.roomy}
                onChange={() => onChange({ ...state, roomy: !state.roomy })}
              />
              {translate({ id: 'atlas.table.density.roomy', message: '宽松排版（显示次要信息）' })}
            </label>
          </fieldset>
        </details>
      )}
      {active && (
        <button
          type="button"
          className={styles.reset}
          onClick={() => {
            setDraft('');
            onChange({ ...state, query: '', facets: {} });
          }}>
          {translate({ id: 'atlas.table.reset', message: '清除筛选' })}
        </button>
      )}
    </div>
  );
}
