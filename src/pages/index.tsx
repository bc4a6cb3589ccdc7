import React from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import HomeSections from './_components/HomeSections';
import RecentPosts from './_components/RecentPosts';
import SearchForm from '@site/src/components/SearchForm';
import styles from './index.module.css';

export default function Home(): React.JSX.Element {
  return (
    <Layout
      title={translate({ id: 'home.meta.title', message: '开源大模型的历史、模型、工具与社区' })}
      description={translate({
        id: 'home.meta.description',
        message:
          '开源大模型图谱：用中文系统介绍开放大语言模型生态的历史、模型、工具、社区、原理与争论，每条事实都注明一手来源。',
      })}>
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            <Translate id="home.hero.title">开源大模型图谱</Translate>
          </Heading>
          <p className={styles.subtitle}>
            <Translate id="home.hero.subtitle">
              开放大语言模型生态的中文参考书：从自由软件运动讲到今天的开放权重模型，覆盖模型、工具、社区、原理与安全争论，每一条事实都核对过一手来源。
            </Translate>
          </p>
          <SearchForm />
          <div className={styles.actions}>
            <Link className="button button--primary button--lg" to="/docs">
              <Translate id="home.hero.start">从导读开始</Translate>
            </Link>
            <Link className="button button--secondary button--lg" to="/docs/models">
              <Translate id="home.hero.models">比较模型</Translate>
            </Link>
          </div>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <section aria-labelledby="home-sections" className={styles.block}>
          <Heading as="h2" id="home-sections">
            <Translate id="home.sections.title">按主题浏览</Translate>
          </Heading>
          <HomeSections />
        </section>
        <div className={styles.columns}>
          <section aria-labelledby="home-principles" className={styles.block}>
            <Heading as="h2" id="home-principles">
              <Translate id="home.principles.title">我们如何写</Translate>
            </Heading>
            <ul className={styles.principles}>
              <li>
                <Translate id="home.principles.sources">
                  每条事实都对照论文、官方仓库、模型卡或许可证原文，并用脚注标出来源。
                </Translate>
              </li>
              <li>
                <Translate id="home.principles.dated">
                  会变化的数字注明“截至某年某月”，不写“最新”“最强”。
                </Translate>
              </li>
              <li>
                <Translate id="home.principles.open">
                  只把许可证符合开源定义的模型称为“开源”，其余写明“开放权重”和许可证名称。
                </Translate>
              </li>
              <li>
                <Translate id="home.principles.data">
                  模型、工具、机构和大事记保存为结构化数据，表格与时间线由数据生成。
                </Translate>
              </li>
            </ul>
          </section>
          <section aria-labelledby="home-posts" className={styles.block}>
            <Heading as="h2" id="home-posts">
              <Translate id="home.posts.title">最新文章</Translate>
            </Heading>
            <RecentPosts />
          </section>
        </div>
      </main>
    </Layout>
  );
}
