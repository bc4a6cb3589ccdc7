import React from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { CollectionName } from '@site/src/data/vocab';
import styles from './styles.module.css';

/**
 * Download links for one collection, with its licence and how to cite it. The files are
 * written once at the site root by src/plugins/open-data for every locale, so the links are
 * plain anchors to the root: Docusaurus' Link would add the locale's base URL (`/en/`) even
 * to `pathname://` links.
 */
export default function DataDownloads({
  collection,
}: {
  collection: CollectionName;
}): React.JSX.Element {
  const { siteConfig, i18n } = useDocusaurusContext();
  const root =
    i18n.currentLocale === i18n.defaultLocale
      ? siteConfig.baseUrl
      : siteConfig.baseUrl.replace(new RegExp(`${i18n.currentLocale}/$`), '');
  const { repositoryUrl, repositoryBranch } = siteConfig.customFields ?? {};
  const repo = typeof repositoryUrl === 'string' ? repositoryUrl : '';
  const branch = typeof repositoryBranch === 'string' ? repositoryBranch : 'main';
  const files = [
    { href: `${root}data/${collection}.json`, label: 'JSON' },
    { href: `${root}data/${collection}.csv`, label: 'CSV' },
    { href: `${root}data/schema/${collection}.json`, label: 'JSON Schema' },
  ];
  const titleId = `downloads-${collection}`;
  return (
    <section className={styles.downloads} aria-labelledby={titleId}>
      <h2 id={titleId} className={styles.title}>
        <Translate id="atlas.downloads.title">下载数据</Translate>
      </h2>
      <ul className={styles.files}>
        {files.map((f) => (
          <li key={f.href}>
            <a href={f.href} data-download={f.label}>
              {f.label}
            </a>
          </li>
        ))}
      </ul>
      <p>
        <Translate
          id="atlas.downloads.license"
          values={{
            license: <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a>,
          }}>
          {'数据以 {license} 许可发布：可自由使用和改编，须署名并以相同许可共享。'}
        </Translate>{' '}
        <Translate id="atlas.downloads.csvNote">
          {
            'CSV 为 UTF-8 编码（带 BOM），可直接用 Excel 打开；嵌套字段展开为以点连接的列名，列表为 JSON 文本。'
          }
        </Translate>
      </p>
      <p>
        <Translate
          id="atlas.downloads.cite"
          values={{
            cff: repo ? (
              <a href={`${repo}/blob/${branch}/CITATION.cff`}>CITATION.cff</a>
            ) : (
              'CITATION.cff'
            ),
          }}>
          {'引用方式见仓库根目录的 {cff}，例如：'}
        </Translate>
      </p>
      <blockquote className={styles.citation}>
        {translate(
          {
            id: 'atlas.downloads.citation',
            message:
              '开源大模型图谱贡献者.《开源大模型图谱》数据集：{collection}，{url}，访问日期 YYYY-MM-DD。',
          },
          { collection, url: `${siteConfig.url}/data/${collection}.json` },
        )}
      </blockquote>
    </section>
  );
}
