/**
 * The "最近更新" page's data and its Atom feed, from the data history (./history.ts). Kept
 * small for the page: names and ids only, and whether the entry still exists (only those are
 * linked; the build refuses links to anchors that do not exist).
 */
import { collectionRoutes } from '../../data/vocab';
import type { AtlasData } from '../../data/types';
import type { ChangeKind, DataHistory, EntryChange } from './history';

export interface UpdatesView {
  available: boolean;
  partial: boolean;
  commits: Array<{
    hash: string;
    date: string;
    subject: string;
    changes: Array<EntryChange & { exists: boolean }>;
  }>;
}

export function updatesView(history: DataHistory, data: AtlasData): UpdatesView {
  const ids = new Set(
    Object.entries(data).flatMap(([c, entries]) => entries.map((e) => `${c}:${e.id}`)),
  );
  return {
    available: history.available,
    partial: history.partial,
    commits: history.commits.map((c) => ({
      ...c,
      changes: c.changes.map((ch) => ({ ...ch, exists: ids.has(`${ch.collection}:${ch.id}`) })),
    })),
  };
}

/** Where an entry is shown, as a path on the site (or nothing, if it no longer exists). */
export const entryPath = (c: { collection: EntryChange['collection']; id: string }): string =>
  `${collectionRoutes[c.collection]}#${c.id}`;

const kindWord: Record<ChangeKind, string> = { added: '新增', changed: '修改', removed: '删除' };

const escapeXml = (s: string): string => s.replace(/[<>&'"]/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** Atom 1.0 (RFC 4287): one feed entry per commit that changed data entries. */
export function atomFeed(
  view: UpdatesView,
  { siteUrl, updated, limit = 50 }: { siteUrl: string; updated: string; limit?: number },
): string {
  const page = `${siteUrl}/updates`;
  const newest = view.commits[0]?.date ?? `${updated}T00:00:00Z`;
  const entries = view.commits.slice(0, limit).map((c) => {
    const items = c.changes
      .map((ch) => {
        const label = `${kindWord[ch.kind]}：${ch.name}（${ch.collection}/${ch.id}）`;
        return ch.exists
          ? `<li><a href="${escapeXml(siteUrl + entryPath(ch))}">${escapeXml(label)}</a></li>`
          : `<li>${escapeXml(label)}</li>`;
      })
      .join('');
    return [
      '  <entry>',
      `    <id>${escapeXml(`${page}#${c.hash}`)}</id>`,
      `    <title>${escapeXml(`${c.date.slice(0, 10)}：${c.changes.length} 个条目有变动`)}</title>`,
      `    <updated>${escapeXml(c.date)}</updated>`,
      `    <link rel="alternate" href="${escapeXml(`${page}#${c.hash.slice(0, 12)}`)}"/>`,
      `    <summary>${escapeXml(c.subject)}</summary>`,
      `    <content type="html">${escapeXml(`<ul>${items}</ul>`)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-Hans">',
    `  <id>${escapeXml(page)}</id>`,
    '  <title>开源大模型图谱 · 最近更新</title>',
    `  <subtitle>${escapeXml(view.partial ? '数据条目的新增与修改（构建时的 git 历史不完整，只列出其中可比较的提交）' : '数据条目的新增与修改，取自 git 历史')}</subtitle>`,
    `  <updated>${escapeXml(newest)}</updated>`,
    `  <link rel="self" href="${escapeXml(`${page}/atom.xml`)}"/>`,
    `  <link rel="alternate" href="${escapeXml(page)}"/>`,
    '  <author><name>开源大模型图谱贡献者</name></author>',
    '  <rights>CC BY-SA 4.0</rights>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
