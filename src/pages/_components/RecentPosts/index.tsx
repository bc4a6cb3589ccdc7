import React from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import { usePluginData } from '@docusaurus/useGlobalData';
import type { RecentPost } from '@site/src/plugins/recent-posts';
import styles from './styles.module.css';

export default function RecentPosts(): React.JSX.Element | null {
  const { posts } = usePluginData('atlas-recent-posts') as { posts: RecentPost[] };
  if (posts.length === 0) return null;
  return (
    <ul className={styles.list}>
      {posts.map((p) => (
        <li key={p.permalink} className={styles.post}>
          <time dateTime={p.date} className={styles.date}>
            {p.date}
          </time>
          <Link to={p.permalink} className={styles.title}>
            {p.title}
          </Link>
          {p.description && <p className={styles.description}>{p.description}</p>}
        </li>
      ))}
      <li className={styles.more}>
        <Link to="/blog">
          <Translate id="home.posts.all">全部文章 →</Translate>
        </Link>
      </li>
    </ul>
  );
}
