import React from 'react';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import styles from './styles.module.css';

interface Section {
  to: string;
  title: string;
  blurb: string;
}

// Titles and blurbs go through translate() so the English UI has its own wording.
function useSections(): Section[] {
  return [
    {
      to: '/docs/history',
      title: translate({ id: 'home.section.history', message: '历史' }),
      blurb: translate({
        id: 'home.section.history.blurb',
        message: '从 GNU 到开放权重：开源理念如何走进大模型时代',
      }),
    },
    {
      to: '/docs/ecosystem',
      title: translate({ id: 'home.section.ecosystem', message: '生态全景' }),
      blurb: translate({
        id: 'home.section.ecosystem.blurb',
        message: '各类角色如何相互依赖，“开源”究竟指什么',
      }),
    },
    {
      to: '/docs/models',
      title: translate({ id: 'home.section.models', message: '模型' }),
      blurb: translate({
        id: 'home.section.models.blurb',
        message: '主要模型家族的规模、许可证与开放程度',
      }),
    },
    {
      to: '/docs/tools',
      title: translate({ id: 'home.section.tools', message: '工具链' }),
      blurb: translate({
        id: 'home.section.tools.blurb',
        message: '训练、微调、推理、本地运行、应用与评测',
      }),
    },
    {
      to: '/docs/community',
      title: translate({ id: 'home.section.community', message: '社区' }),
      blurb: translate({
        id: 'home.section.community.blurb',
        message: '谁在共同建设开放模型，协作如何运转',
      }),
    },
    {
      to: '/docs/contributing',
      title: translate({ id: 'home.section.contributing', message: '参与贡献' }),
      blurb: translate({
        id: 'home.section.contributing.blurb',
        message: '参与开源项目，也欢迎修订本图谱',
      }),
    },
    {
      to: '/docs/fundamentals',
      title: translate({ id: 'home.section.fundamentals', message: '原理' }),
      blurb: translate({
        id: 'home.section.fundamentals.blurb',
        message: '注意力、Transformer、对齐与推理优化，公式逐一核对',
      }),
    },
    {
      to: '/docs/safety',
      title: translate({ id: 'home.section.safety', message: '安全与伦理' }),
      blurb: translate({
        id: 'home.section.safety.blurb',
        message: '滥用与防护、偏见、版权诉讼和各地监管',
      }),
    },
    {
      to: '/docs/trends',
      title: translate({ id: 'home.section.trends', message: '趋势' }),
      blurb: translate({
        id: 'home.section.trends.blurb',
        message: '用有日期的数据看开放模型往哪里走',
      }),
    },
    {
      to: '/docs/resources',
      title: translate({ id: 'home.section.resources', message: '资源' }),
      blurb: translate({
        id: 'home.section.resources.blurb',
        message: '课程、书籍、论文清单、数据集与榜单',
      }),
    },
    {
      to: '/docs/glossary',
      title: translate({ id: 'home.section.glossary', message: '术语表' }),
      blurb: translate({
        id: 'home.section.glossary.blurb',
        message: '全站统一的中英文术语与定义',
      }),
    },
  ];
}

export default function HomeSections(): React.JSX.Element {
  const sections = useSections();
  return (
    <ul className={styles.grid}>
      {sections.map((s) => (
        <li key={s.to} className={styles.item}>
          <Link to={s.to} className={styles.card}>
            <span className={styles.title}>{s.title}</span>
            <span className={styles.blurb}>{s.blurb}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
