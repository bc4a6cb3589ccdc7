import React from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import type { CollectionName } from '@site/src/data/vocab';
import type { ChangeKind } from '@site/src/plugins/open-data/history';
import { entryPath, type UpdatesView } from '@site/src/plugins/open-data/updates';
import styles from './styles.module.css';

const kindLabel = (kind: ChangeKind): string =>
  ({
    added: translate({ id: 'atlas.updates.added', message: '新增' }),
    changed: translate({ id: 'atlas.updates.changed', message: '修改' }),
    removed: translate({ id: 'atlas.updates.removed', message: '删除' }),
  })[kind];

const collectionLabel = (c: CollectionName): string =>
  ({
    models: translate({ id: 'atlas.updates.c.models', message: '模型' }),
    organizations: translate({ id: 'atlas.updates.c.organizations', message: '机构' }),
    tools: translate({ id: 'atlas.updates.c.tools', message: '工具' }),
    licenses: translate({ id: 'atlas.updates.c.licenses', message: '许可证' }),
    events: translate({ id: 'atlas.updates.c.events', message: '事件' }),
    terms: translate({ id: 'atlas.updates.c.terms', message: '术语' }),
    corrections: translate({ id: 'atlas.updates.c.corrections', message: '更正' }),
  })[c];

/** Lists longer than this fold away behind their count. */
const OPEN_LIMIT = 12;

type Commit = UpdatesView['commits'][number];

function ChangeList({ changes }: { changes: Commit['changes'] }): React.JSX.Element {
  return (
    <ul className={styles.changes}>
      {changes.map((ch) => (
        <li key={`${ch.collection}:${ch.id}`}>
          <span className={styles[ch.kind]}>{kindLabel(ch.kind)}</span>{' '}
          <span className={styles.collection}>{collectionLabel(ch.collection)}</span>{' '}
          {ch.exists ? <Link to={entryPath(ch)}>{ch.name}</Link> : <span>{ch.name}</span>}
        </li>
      ))}
    </ul>
  );
}

/** /updates: data entries added, changed or removed, newest first, from the git history. */
export default function UpdatesPage({ updates }: { updates: UpdatesView }): React.JSX.Element {
  const title = translate({ id: 'atlas.updates.title', message: '最近更新' });
  return (
    <Layout
      title={title}
      description={translate({
        id: 'atlas.updates.description',
        message:
          '数据条目（模型、机构、工具、许可证、事件、术语）的新增、修改与删除，按提交时间排列。',
      })}>
      <Head>
        <link rel="alternate" type="application/atom+xml" title={title} href="/updates/atom.xml" />
      </Head>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">{title}</Heading>
        <p>
          <Translate
            id="atlas.updates.intro"
            values={{ feed: <a href="/updates/atom.xml">Atom</a> }}>
            {
              '数据条目的变动，取自构建时仓库的 git 历史，最新的在前；日期为提交时间（UTC）。订阅：{feed}。'
            }
          </Translate>
        </p>
        {!updates.available && (
          <p className={styles.notice} role="note">
            <Translate id="atlas.updates.unavailable">
              本次构建不在 git 仓库中进行，无法读取历史，因此这里没有列出变动。
            </Translate>
          </p>
        )}
        {updates.available && updates.partial && (
          <p className={styles.notice} role="note" data-partial-history>
            <Translate id="atlas.updates.partial">
              本次构建使用的是浅克隆，git
              历史不完整：只列出能与上一版本比较的提交，更早的变动没有显示。
            </Translate>
          </p>
        )}
        {updates.commits.map((c) => (
          <section
            key={c.hash}
            id={c.hash.slice(0, 12)}
            className={styles.commit}
            aria-labelledby={`h-${c.hash.slice(0, 12)}`}>
            <Heading as="h2" id={`h-${c.hash.slice(0, 12)}`} className={styles.date}>
              <time dateTime={c.date}>{c.date.slice(0, 10)}</time>{' '}
              <Translate id="atlas.updates.count" values={{ count: c.changes.length }}>
                {'· {count} 个条目'}
              </Translate>
            </Heading>
            <p className={styles.subject} lang="en">
              {c.subject}
            </p>
            {c.changes.length > OPEN_LIMIT ? (
              <details>
                <summary>
                  <Translate id="atlas.updates.showAll" values={{ count: c.changes.length }}>
                    {'显示全部 {count} 个条目'}
                  </Translate>
                </summary>
                <ChangeList changes={c.changes} />
              </details>
            ) : (
              <ChangeList changes={c.changes} />
            )}
          </section>
        ))}
      </main>
    </Layout>
  );
}
