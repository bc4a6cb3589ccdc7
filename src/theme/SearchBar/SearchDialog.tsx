/**
 * The search dialog: a combobox input over a listbox of results grouped by page. Loaded
 * lazily by ./index.tsx. Keyboard: ↑/↓ move, Enter opens, Esc closes, Tab stays inside.
 * Input-method composition (pinyin, …) is waited out: nothing is searched mid-composition.
 */
import React, { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useHistory } from '@docusaurus/router';
import Translate, { translate } from '@docusaurus/Translate';
import { useSearchEngine } from '@site/src/search/useSearchEngine';
import { readRecent, rememberRecent, clearRecent } from '@site/src/search/recent';
import { Highlighted, Snippet } from '@site/src/components/SearchSnippet';
import a11y from '@site/src/css/a11y.module.css';
import styles from './styles.module.css';

interface Props {
  baseUrl: string;
  onClose: () => void;
}

type Option =
  | { kind: 'hit'; url: string; label: string; text: string; group: number }
  | { kind: 'recent'; query: string };

const MAX_PAGES = 8;
const MAX_HITS_PER_PAGE = 3;

export default function SearchDialog({ baseUrl, onClose }: Props): React.JSX.Element {
  const history = useHistory();
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const dialogRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const composing = useRef(false);
  const [value, setValue] = useState('');
  const [query, setQuery] = useState('');
  const { engine, failed } = useSearchEngine(baseUrl);
  const [active, setActive] = useState(-1);
  const [recent, setRecent] = useState<string[]>(() => readRecent());

  useEffect(() => {
    inputRef.current?.focus();
    const { overflow } = document.body.style;
    document.body.style.overflow = 'hidden';
    return () => {
      document.body.style.overflow = overflow;
    };
  }, []);

  const response = useMemo(
    () => (engine && query.trim() ? engine.search(query) : null),
    [engine, query],
  );
  const suggestions = useMemo(
    () => (engine && response && response.pages.length === 0 ? engine.suggest(query) : []),
    [engine, response, query],
  );
  // Memoised so that `options` (and with them the selection) change only when the results do: a new array on every render sent ArrowDown's selection back to the first result.
  const pages = useMemo(() => response?.pages.slice(0, MAX_PAGES) ?? [], [response]);

  const options: Option[] = useMemo(() => {
    if (!query.trim()) return recent.map((q) => ({ kind: 'recent' as const, query: q }));
    return pages.flatMap((p, group) =>
      p.hits.slice(0, MAX_HITS_PER_PAGE).map((h) => ({
        kind: 'hit' as const,
        url: h.url,
        label: h.heading || h.title,
        text: h.text,
        group,
      })),
    );
  }, [pages, query, recent]);

  // New options select the first result (or nothing for recent searches). Adjusted while
  // rendering, as React recommends for state derived from a change, rather than in an effect.
  const [optionsSeen, setOptionsSeen] = useState<Option[] | null>(null);
  if (optionsSeen !== options) {
    setOptionsSeen(options);
    setActive(options.length > 0 && query.trim() ? 0 : -1);
  }

  const allResultsUrl = `${baseUrl}search?q=${encodeURIComponent(query.trim())}`;

  const go = useCallback(
    (url: string) => {
      if (query.trim()) setRecent(rememberRecent(query));
      onClose();
      history.push(url);
    },
    [history, onClose, query],
  );

  const choose = (opt: Option) => {
    if (opt.kind === 'hit') go(opt.url);
    else {
      setValue(opt.query);
      setQuery(opt.query);
      inputRef.current?.focus();
    }
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.nativeEvent.isComposing || composing.current) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (options.length === 0) return;
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a + step + options.length) % options.length);
    } else if (e.key === 'Enter' && e.target === inputRef.current) {
      e.preventDefault();
      const opt = options[active];
      if (opt) choose(opt);
      else if (query.trim()) go(allResultsUrl);
    } else if (e.key === 'Tab') {
      // Keep focus inside the dialog.
      const focusable = Array.from(
        dialogRef.current?.querySelectorAll<HTMLElement>(
          'input, button, a[href]:not([tabindex="-1"]), [tabindex="0"]',
        ) ?? [],
      );
      if (focusable.length === 0) return;
      const first = focusable[0]!;
      const last = focusable[focusable.length - 1]!;
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first.focus();
      }
    }
  };

  useEffect(() => {
    if (active < 0) return;
    document.getElementById(`${uid}-opt-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, uid]);

  const listId = `${uid}-list`;
  const hasQuery = query.trim() !== '';
  let status: React.ReactNode = null;
  if (failed)
    status = <Translate id="search.status.failed">搜索索引加载失败，请检查网络后重试。</Translate>;
  else if (!engine && (hasQuery || recent.length === 0))
    status = <Translate id="search.status.loading">正在加载搜索索引…</Translate>;
  else if (response && pages.length === 0) {
    status = (
      <Translate
        id="search.status.none"
        values={{ query: <strong>{query.trim().slice(0, 60)}</strong> }}>
        {'没有找到与“{query}”相关的内容。'}
      </Translate>
    );
  } else if (!hasQuery && recent.length === 0) {
    status = (
      <Translate id="search.status.hint">输入中文或英文，例如：羊驼、LoRA 微调、vLLM。</Translate>
    );
  }

  let optionIndex = -1;
  const renderOption = (opt: Option, content: React.ReactNode, key: string) => {
    optionIndex += 1;
    const i = optionIndex;
    return (
      <a
        key={key}
        id={`${uid}-opt-${i}`}
        role="option"
        aria-selected={i === active}
        tabIndex={-1}
        href={opt.kind === 'hit' ? opt.url : allResultsUrl}
        className={styles.option}
        onMouseMove={() => setActive(i)}
        onClick={(e) => {
          if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
          e.preventDefault();
          choose(opt);
        }}>
        {content}
      </a>
    );
  };

  return (
    // A click on the backdrop closes the dialog, for the mouse; Esc does it from the keyboard.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div className={styles.backdrop} onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      {/* The dialog handles its own keys (arrows, Enter, Esc, Tab kept inside) for every control in it. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <div
        ref={dialogRef}
        className={styles.dialog}
        role="dialog"
        aria-modal="true"
        aria-label={translate({ id: 'search.dialog.label', message: '搜索图谱' })}
        onKeyDown={onKeyDown}>
        <div className={styles.header}>
          <input
            ref={inputRef}
            className={styles.input}
            type="search"
            role="combobox"
            aria-expanded={options.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={active >= 0 ? `${uid}-opt-${active}` : undefined}
            aria-label={translate({ id: 'search.dialog.inputLabel', message: '搜索关键词' })}
            placeholder={translate({
              id: 'search.dialog.placeholder',
              message: '搜索模型、工具、术语……',
            })}
            autoComplete="off"
            autoCorrect="off"
            spellCheck={false}
            enterKeyHint="search"
            value={value}
            onChange={(e) => {
              setValue(e.target.value);
              if (!composing.current) setQuery(e.target.value);
            }}
            onCompositionStart={() => {
              composing.current = true;
            }}
            onCompositionEnd={(e) => {
              composing.current = false;
              setQuery(e.currentTarget.value);
            }}
          />
          <button type="button" className={styles.close} onClick={onClose}>
            <Translate id="search.dialog.close">关闭</Translate>
          </button>
        </div>

        {/* Focusable so keyboard users can scroll long result lists (axe: scrollable-region-focusable). */}
        <div
          className={styles.body}
          tabIndex={0}
          role="region"
          aria-label={translate({ id: 'search.dialog.results', message: '搜索结果' })}>
          <div role="status" aria-live="polite" className={status ? styles.status : a11y.srOnly}>
            {status}
          </div>
          {suggestions.length > 0 && (
            <p className={styles.suggest}>
              <Translate id="search.suggest.label">你是不是要找：</Translate>
              {suggestions.map((s) => (
                <button
                  key={s}
                  type="button"
                  className={styles.suggestion}
                  onClick={() => {
                    setValue(s);
                    setQuery(s);
                    inputRef.current?.focus();
                  }}>
                  {s}
                </button>
              ))}
            </p>
          )}
          {response && pages.length === 0 && (
            <p className={styles.suggest}>
              <a
                href={`${baseUrl}docs/glossary`}
                onClick={(e) => {
                  e.preventDefault();
                  go(`${baseUrl}docs/glossary`);
                }}>
                <Translate id="search.suggest.glossary">查看术语表</Translate>
              </a>
            </p>
          )}
          <div
            id={listId}
            role="listbox"
            aria-label={translate({ id: 'search.dialog.results', message: '搜索结果' })}
            className={styles.listbox}>
            {!hasQuery && recent.length > 0 && (
              <div role="group" aria-labelledby={`${uid}-recent`}>
                <div id={`${uid}-recent`} role="presentation" className={styles.groupTitle}>
                  <Translate id="search.recent.title">最近搜索</Translate>
                </div>
                {recent.map((q, i) =>
                  renderOption(
                    { kind: 'recent', query: q },
                    <span className={styles.optionTitle}>{q}</span>,
                    `r${i}`,
                  ),
                )}
              </div>
            )}
            {hasQuery &&
              pages.map((p, g) => (
                <div role="group" key={p.pageUrl} aria-labelledby={`${uid}-g${g}`}>
                  <div id={`${uid}-g${g}`} role="presentation" className={styles.groupTitle}>
                    {[...p.crumbs, p.title].join(' › ')}
                  </div>
                  {p.hits.slice(0, MAX_HITS_PER_PAGE).map((h) =>
                    renderOption(
                      {
                        kind: 'hit',
                        url: h.url,
                        label: h.heading || h.title,
                        text: h.text,
                        group: g,
                      },
                      <>
                        <span className={styles.optionTitle}>
                          <Highlighted
                            text={h.heading || h.title}
                            words={response?.highlights ?? []}
                          />
                        </span>
                        {h.text && (
                          <span className={styles.snippet}>
                            <Snippet text={h.text} words={response?.highlights ?? []} />
                          </span>
                        )}
                      </>,
                      h.url,
                    ),
                  )}
                </div>
              ))}
          </div>
        </div>

        <div className={styles.footer}>
          {hasQuery ? (
            <a
              className={styles.allResults}
              href={allResultsUrl}
              onClick={(e) => {
                e.preventDefault();
                go(allResultsUrl);
              }}>
              <Translate id="search.dialog.allResults">查看全部结果</Translate>
            </a>
          ) : recent.length > 0 ? (
            <button
              type="button"
              className={styles.clearRecent}
              onClick={() => {
                clearRecent();
                setRecent([]);
              }}>
              <Translate id="search.recent.clear">清除最近搜索</Translate>
            </button>
          ) : (
            <span />
          )}
          <span className={styles.keys} aria-hidden="true">
            <kbd>↑</kbd>
            <kbd>↓</kbd> <Translate id="search.dialog.keys.move">选择</Translate> <kbd>Enter</kbd>{' '}
            <Translate id="search.dialog.keys.open">打开</Translate> <kbd>Esc</kbd>{' '}
            <Translate id="search.dialog.keys.close">关闭</Translate>
          </span>
        </div>
      </div>
    </div>
  );
}
