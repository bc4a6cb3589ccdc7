import React, { useState } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { markdownPath } from './path';
import styles from './styles.module.css';

type Status = 'idle' | 'copied' | 'failed';

/**
 * "复制为 Markdown": copies the page's Markdown (its served `.md` file) for pasting into an
 * assistant or a note. The link next to it opens the same file, and works without JavaScript.
 * The result is announced through a polite live region.
 */
export default function CopyMarkdownButton({
  permalink,
}: {
  permalink: string;
}): React.JSX.Element {
  const [status, setStatus] = useState<Status>('idle');
  const href = markdownPath(permalink);

  async function copy(): Promise<void> {
    try {
      const response = await fetch(href);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const text = await response.text();
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }

  return (
    // Not page content: kept out of the search index (src/plugins/search/extract.ts).
    <div className={`${styles.bar} atlas-search-skip`}>
      <button
        type="button"
        className="button button--sm button--secondary"
        onClick={() => void copy()}>
        <Translate id="atlas.copyMarkdown.button">复制为 Markdown</Translate>
      </button>
      <a href={href} className={styles.link}>
        <Translate id="atlas.copyMarkdown.link">Markdown 原文</Translate>
      </a>
      <span role="status" aria-live="polite" className={styles.status}>
        {status === 'copied' &&
          translate({ id: 'atlas.copyMarkdown.copied', message: '已复制本页的 Markdown' })}
        {status === 'failed' &&
          translate({
            id: 'atlas.copyMarkdown.failed',
            message: '复制失败：请打开 .md 链接手动复制',
          })}
      </span>
    </div>
  );
}
