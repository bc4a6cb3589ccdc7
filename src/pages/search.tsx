/**
 * /search?q=… (and /en/search?q=…): every result for q, best first, as an ordered list of
 * links inside <main>. Each link's text is the page title and its href the page, with
 * #anchor when the best match is a heading section. Outside checks read this structure;
 * keep it stable.
 *
 * Works when opened directly: the query comes from the URL, the index is fetched on arrival.
 * Without JavaScript the form still submits (GET) and the page explains that search needs it.
 */
import React, { useEffect, useMemo, useState } from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { useHistory, useLocation } from '@docusaurus/router';
import { useSearchEngine } from '@site/src/search/useSearchEngine';
import { MAX_QUERY_LENGTH } from '@site/src/search/tokenizer';
import { rememberRecent } from '@site/src/search/recent';
import { Highlighted, Snippet } from '@site/src/components/SearchSnippet';
import styles from './search.module.css';
import InlineList from '../components/InlineList';

export default function SearchPage(): React.JSX.Element {
  const baseUrl = useBaseUrl('/');
  const location = useLocation();
  const history = useHistory();
  // The static HTML knows no query; reading it only after hydration keeps the first render identical.
  const isBrowser = useIsBrowser();
  const q = useMemo(
    () => (isBrowser ? (new URLSearchParams(location.search).get('q') ?? '') : ''),
    [isBrowser, location.search],
  );
  const [value, setValue] = useState(q);
  // The field follows the URL when it changes (back/forward, a new search).
  const [qSeen, setQSeen] = useState(q);
  if (qSeen !== q) {
    setQSeen(q);
    setValue(q);
  }
  const { engine, failed } = useSearchEngine(baseUrl);
  const response = useMemo(
    () => (engine && q.trim() ? engine.search(q, { exhaustive: true }) : null),
    [engine, q],
  );
  const suggestions = useMemo(
    () => (engine && response && response.pages.length === 0 ? engine.suggest(q) : []),
    [engine, response, q],
  );
  useEffect(() => {
    if (response && response.pages.length > 0) rememberRecent(q);
  }, [response, q]);

  const shown = q.trim().slice(0, 80);
  /** For tests and tools: "static" before hydration, then "empty" (no q), "loading", "error" or "done". */
  const state = !isBrowser
    ? 'static'
    : !q.trim()
      ? 'empty'
      : failed
        ? 'error'
        : !response
          ? 'loading'
          : 'done';
  const title = translate({ id: 'search.page.title', message: '搜索' });
  let status: React.ReactNode;
  if (!isBrowser) status = null;
  else if (!q.trim()) status = <Translate id="search.page.empty">输入关键词开始搜索。</Translate>;
  else if (failed)
    status = <Translate id="search.status.failed">搜索索引加载失败，请检查网络后重试。</Translate>;
  else if (!response) status = <Translate id="search.status.loading">正在加载搜索索引…</Translate>;
  else if (response.pages.length === 0)
    status = (
      <Translate id="search.status.none" values={{ query: <strong>{shown}</strong> }}>
        {'没有找到与“{query}”相关的内容。'}
      </Translate>
    );
  else
    status = (
      <Translate
        id="search.page.count"
        values={{ count: response.pages.length, query: <strong>{shown}</strong> }}>
        {'“{query}”共有 {count} 个结果。'}
      </Translate>
    );

  return (
    <Layout
      title={q.trim() ? `${title}：${shown}` : title}
      description={translate({
        id: 'search.page.description',
        message: '在开源大模型图谱中全文搜索',
      })}>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <h1>{title}</h1>
        <form
          role="search"
          action={`${baseUrl}search`}
          method="get"
          className={styles.form}
          onSubmit={(e) => {
            e.preventDefault();
            history.push(`${baseUrl}search?q=${encodeURIComponent(value.trim())}`);
          }}>
          <label htmlFor="search-page-input" className={styles.label}>
            <Translate id="search.dialog.inputLabel">搜索关键词</Translate>
          </label>
          <input
            id="search-page-input"
            name="q"
            type="search"
            className={styles.input}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            maxLength={MAX_QUERY_LENGTH * 5}
            autoComplete="off"
            enterKeyHint="search"
          />
          <button type="submit" className="button button--primary">
            <Translate id="search.page.submit">搜索</Translate>
          </button>
        </form>
        <noscript>
          <p>
            <Translate id="search.page.noscript">搜索需要在浏览器中启用 JavaScript。</Translate>
          </p>
        </noscript>
        <p role="status" aria-live="polite" className={styles.status} data-search-state={state}>
          {status}
        </p>
        {suggestions.length > 0 && (
          <p>
            <Translate id="search.suggest.label">你是不是要找：</Translate>{' '}
            {
              <InlineList>
                {suggestions.map((s) => (
                  <Link key={s} to={`${baseUrl}search?q=${encodeURIComponent(s)}`}>
                    {s}
                  </Link>
                ))}
              </InlineList>
            }
          </p>
        )}
        {response && response.pages.length === 0 && (
          <p>
            <Translate
              id="search.page.glossaryHint"
              values={{
                glossary: (
                  <Link to={`${baseUrl}docs/glossary`}>
                    <Translate id="search.page.glossary">术语表</Translate>
                  </Link>
                ),
              }}>
              {'换个说法试试，或者到{glossary}里查找术语。'}
            </Translate>
          </p>
        )}
        {response && response.pages.length > 0 && (
          <ol className={styles.results}>
            {response.pages.map((p) => {
              const best = p.hits[0]!;
              return (
                <li key={p.pageUrl} className={styles.result}>
                  <Link to={best.url} className={styles.resultLink}>
                    <Highlighted text={p.title} words={response.highlights} />
                  </Link>
                  <div className={styles.crumbs}>
                    {[...p.crumbs, p.title, ...(best.heading ? [best.heading] : [])].join(' › ')}
                  </div>
                  {best.text && (
                    <p className={styles.snippet}>
                      <Snippet text={best.text} words={response.highlights} length={180} />
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </main>
    </Layout>
  );
}
