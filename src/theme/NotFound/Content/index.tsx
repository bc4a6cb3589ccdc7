import React from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import type { Props } from '@theme/NotFound/Content';
import SearchForm from '@site/src/components/SearchForm';

/** A 404 that helps: search, the main sections, and a way to report the broken link. */
export default function NotFoundContent({ className }: Props): React.JSX.Element {
  return (
    <main className={clsx('container margin-vert--xl', className)}>
      <div className="row">
        <div className="col col--8 col--offset-2">
          <Heading as="h1" className="hero__title">
            <Translate id="theme.NotFound.title" description="The title of the 404 page">
              找不到这个页面
            </Translate>
          </Heading>
          <p>
            <Translate id="atlas.NotFound.p1">
              这个地址没有对应的页面：可能是链接写错了，也可能是页面已经改名或移动。可以试试搜索：
            </Translate>
          </p>
          <SearchForm />
          <p className="margin-top--lg">
            <Translate id="atlas.NotFound.p2">或者从这些入口重新开始：</Translate>
          </p>
          <ul>
            <li>
              <Link to="/">
                <Translate id="atlas.NotFound.home">首页</Translate>
              </Link>
            </li>
            <li>
              <Link to="/docs">
                <Translate id="atlas.NotFound.guide">导读</Translate>
              </Link>
            </li>
            <li>
              <Link to="/docs/models">
                <Translate id="atlas.NotFound.models">模型</Translate>
              </Link>
            </li>
            <li>
              <Link to="/docs/glossary">
                <Translate id="atlas.NotFound.glossary">术语表</Translate>
              </Link>
            </li>
          </ul>
          <p>
            <Translate id="atlas.NotFound.p3">
              如果你是从本站的某个链接来到这里的，请告诉我们，我们会尽快修复。
            </Translate>
          </p>
        </div>
      </div>
    </main>
  );
}
