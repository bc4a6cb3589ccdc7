import React from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import MemoryFigures from '../MemoryFigures';
import ArchFacts from '../ArchFacts';
import PageSection, { type PageSectionProps } from '../PageSection';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useBaseUrl from '@docusaurus/useBaseUrl';
import ReportIssueLink from '../ReportIssueLink';
import PageCorrections from '../PageCorrections';
import PartialDate from '../PartialDate';
import { displayUrl, editUrl, entryHref } from '../../lib/links';
import { formatBillions, formatInteger } from '../../lib/format';
import {
  architectureLabel,
  licenseKindLabel,
  modalityLabel,
  opennessComponentLabel,
  opennessGroupLabel,
  sparsityLabel,
  listSeparator,
} from '../labels';
import { modelLinks } from '../ModelCard';
import { mofMissing, opennessView, type Grade } from '../../data/derive/openness';
import {
  opennessComponentGroup,
  opennessGroups,
  type MofClass,
  type OpennessComponent,
} from '../../data/vocab';
import { nextMofClass, type ModelPageData } from '../../plugins/model-pages/data';
import { clauseLabel, clauseValue } from './labels';
import LevelMark from './LevelMark';
import styles from './styles.module.css';
import InlineList from '../InlineList';
import { StaleEntryNotice } from '../TranslationNotice';
import { chineseLang, isStale, langOf } from '../../lib/lang';

/** A note after a fact, in the locale's parentheses: （…） in Chinese, ( … ) in English. */
const inParens = (note: string): string =>
  translate({ id: 'atlas.modelPage.inParens', message: '（{note}）' }, { note });

/** A section of the model page, spaced like the others. */
function Section(props: PageSectionProps): React.JSX.Element {
  return <PageSection {...props} className={styles.section} />;
}

function Infobox({ data }: { data: ModelPageData }): React.JSX.Element {
  const m = data.model;
  const { total, active } = m.parameters;
  const rows: Array<[string, React.ReactNode]> = [
    [
      translate({ id: 'atlas.card.model.organizations', message: '机构' }),
      <InlineList>
        {data.organizations.map((o) => (
          <Link key={o.id} to={entryHref('organizations', o.id)} lang={chineseLang(o.name)}>
            {o.name}
          </Link>
        ))}
      </InlineList>,
    ],
    [
      translate({ id: 'atlas.card.model.released', message: '发布时间' }),
      <PartialDate key="d" date={m.released} />,
    ],
    [
      translate({ id: 'atlas.modelPage.parametersTotal', message: '总参数量' }),
      formatBillions(total),
    ],
    [
      translate({ id: 'atlas.modelPage.parametersActive', message: '每个 token 激活参数' }),
      active === undefined
        ? translate({ id: 'atlas.modelPage.allActive', message: '全部（稠密模型）' })
        : formatBillions(active),
    ],
    ...(m.parameters_note
      ? ([
          [
            translate({ id: 'atlas.modelPage.parametersNote', message: '参数量的依据' }),
            <span key="n" lang={langOf(m, 'parameters_note')}>
              {m.parameters_note}
            </span>,
          ],
        ] as Array<[string, React.ReactNode]>)
      : []),
    [
      translate({ id: 'atlas.card.model.architecture', message: '架构' }),
      `${architectureLabel(m.architecture)} · ${sparsityLabel(m.sparsity)}`,
    ],
    [
      translate({ id: 'atlas.card.model.context', message: '上下文长度（token）' }),
      m.context_length === undefined
        ? translate({ id: 'atlas.modelPage.notRecorded', message: '未记录' })
        : formatInteger(m.context_length),
    ],
    [
      translate({ id: 'atlas.card.model.modalities', message: '模态' }),
      m.modalities.map(modalityLabel).join(listSeparator()),
    ],
    [translate({ id: 'atlas.card.model.family', message: '系列' }), m.family],
    ...(data.baseModel
      ? ([
          [
            translate({ id: 'atlas.modelPage.baseModel', message: '基座模型' }),
            <Link key="b" to={entryHref('models', data.baseModel.id)}>
              {data.baseModel.name}
            </Link>,
          ],
        ] as Array<[string, React.ReactNode]>)
      : []),
    [
      translate({ id: 'atlas.card.model.license', message: '许可证' }),
      <Link key="l" to={entryHref('licenses', data.license.id)} lang={langOf(data.license, 'name')}>
        {data.license.name}
      </Link>,
    ],
  ];
  return (
    <dl className={styles.infobox}>
      {rows.map(([label, value]) => (
        <div key={label} className={styles.fact}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function LicenseSection({ data }: { data: ModelPageData }): React.JSX.Element {
  const l = data.license;
  return (
    <Section
      id="license"
      title={translate({ id: 'atlas.modelPage.license', message: '许可证条款' })}>
      <p>
        <Link to={entryHref('licenses', l.id)} lang={langOf(l, 'name')}>
          {l.name}
        </Link>
        {` · ${licenseKindLabel(l.kind)} · `}
        <a href={l.url}>
          <Translate id="atlas.modelPage.licenseText">许可证原文</Translate>
        </a>
      </p>
      <table className={styles.table}>
        <caption className={styles.caption}>
          <Translate id="atlas.modelPage.clausesCaption">
            关键条款（未逐条核实的条款如实标出，不作推测）
          </Translate>
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <Translate id="atlas.modelPage.clause">条款</Translate>
            </th>
            <th scope="col">
              <Translate id="atlas.modelPage.clauseValue">规定</Translate>
            </th>
            <th scope="col">
              <Translate id="atlas.modelPage.clauseNote">说明</Translate>
            </th>
          </tr>
        </thead>
        <tbody>
          {data.clauses.map((c) => (
            <tr key={c.key} data-clause={c.key} data-level={c.level}>
              <th scope="row">{clauseLabel(c.key)}</th>
              <td>{clauseValue(c)}</td>
              <td lang={langOf(l, `clauses.${c.key}.note`)}>{c.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {l.restrictions && (
        <p>
          <Translate id="atlas.modelPage.restrictions">条件摘要：</Translate>
          <span lang={langOf(l, 'restrictions')}>{l.restrictions}</span>
        </p>
      )}
      {l.clauses && (
        <p className={styles.muted}>
          <Translate id="atlas.modelPage.clausesEvidence">条款核对自：</Translate>
          {
            <InlineList>
              {l.clauses.evidence.map((u) => (
                <a key={u} href={u}>
                  {displayUrl(u)}
                </a>
              ))}
            </InlineList>
          }
        </p>
      )}
      {data.model.license_history.length > 0 && (
        <>
          <Heading as="h3" id="license-history">
            {translate({ id: 'atlas.modelPage.licenseHistory', message: '许可证变更' })}
          </Heading>
          <ol className={styles.plainList}>
            {data.model.license_history.map((h, i) => (
              <li key={`${h.license}-${h.from}`}>
                <PartialDate date={h.from} />
                {' – '}
                <PartialDate date={h.until} />
                {'：'}
                {/* Only the name of a past licence is here: Chinese in it is untranslated. */}
                <Link
                  to={entryHref('licenses', h.license)}
                  lang={chineseLang(data.pastLicenses[h.license])}>
                  {data.pastLicenses[h.license] ?? h.license}
                </Link>
                {h.note && (
                  <span lang={langOf(data.model, `license_history.${i}.note`)}>
                    {inParens(h.note)}
                  </span>
                )}{' '}
                {h.evidence.map((u) => (
                  <a key={u} href={u} className={styles.evidence}>
                    {displayUrl(u)}
                  </a>
                ))}
              </li>
            ))}
          </ol>
        </>
      )}
    </Section>
  );
}

const mofClassName = (cls: MofClass): string =>
  translate(
    { id: 'atlas.modelPage.mofClass', message: 'MOF 第 {roman} 类' },
    { roman: ({ 1: 'I', 2: 'II', 3: 'III' } as const)[cls] },
  );

function GradeRows({
  components,
  grades,
  model,
}: {
  components: readonly OpennessComponent[];
  grades: Readonly<Record<OpennessComponent, Grade>>;
  /** The graded model, for the language of each note. */
  model: object;
}): React.JSX.Element {
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th scope="col">
            <Translate id="atlas.modelPage.component">组成部分</Translate>
          </th>
          <th scope="col">
            <Translate id="atlas.modelPage.level">等级</Translate>
          </th>
          <th scope="col">
            <Translate id="atlas.modelPage.evidence">依据与说明</Translate>
          </th>
        </tr>
      </thead>
      <tbody>
        {components.map((c) => {
          const g = grades[c];
          return (
            <tr key={c} data-component={c}>
              <th scope="row">{opennessComponentLabel(c)}</th>
              <td>
                <LevelMark level={g.level} />
              </td>
              <td>
                {g.note && <span lang={langOf(model, `openness.${c}.note`)}>{g.note}</span>}
                {(g.evidence ?? []).map((u) => (
                  <a key={u} href={u} className={styles.evidence}>
                    {displayUrl(u)}
                  </a>
                ))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function OpennessSection({ data }: { data: ModelPageData }): React.JSX.Element {
  const view = opennessView(data.model);
  const method = (
    <Link to="/docs/ecosystem/openness-method">
      {translate({ id: 'atlas.modelPage.method', message: '评级方法' })}
    </Link>
  );
  const next = nextMofClass(view.mofClass);
  const missing = next ? mofMissing(view.grades, next) : [];
  return (
    <Section
      id="openness"
      title={translate({ id: 'atlas.modelPage.openness', message: '开放程度' })}>
      <dl className={styles.score}>
        <div>
          <dt>
            <Translate id="atlas.modelPage.score">开放度得分</Translate>
          </dt>
          <dd data-score={view.score}>{`${view.score} / 100`}</dd>
        </div>
        <div>
          <dt>
            <Translate id="atlas.modelPage.mof">模型开放框架（MOF）等级</Translate>
          </dt>
          <dd>
            {view.mofClass === undefined
              ? translate({ id: 'atlas.modelPage.mofNone', message: '未达到任何等级' })
              : mofClassName(view.mofClass)}
          </dd>
        </div>
      </dl>
      {next && missing.length > 0 && (
        <p>
          <Translate id="atlas.modelPage.mofMissing" values={{ cls: mofClassName(next) }}>
            {'达到{cls}还缺：'}
          </Translate>
          {missing.join(listSeparator())}
        </p>
      )}
      <p className={styles.muted}>
        <Translate id="atlas.modelPage.methodNote" values={{ method }}>
          {'得分与等级由各项评级按{method}计算，不是手工填写的。'}
        </Translate>
      </p>
      {opennessGroups.map((group) => (
        <React.Fragment key={group}>
          <Heading as="h3" id={`openness-${group}`}>
            {opennessGroupLabel(group)}
          </Heading>
          <GradeRows
            components={view.components.filter((c) => opennessComponentGroup[c] === group)}
            grades={view.grades}
            model={data.model}
          />
        </React.Fragment>
      ))}
    </Section>
  );
}

/**
 * Where the memory figures (weights at each precision, KV cache; src/data/derive, e3a) and
 * the downloads and runtimes (`model.get`) show. `memory` is the slot for the former.
 */
function ResourcesSection({
  data,
  memory,
}: {
  data: ModelPageData;
  memory?: React.ReactNode;
}): React.JSX.Element | null {
  const get = data.model.get;
  if (!memory && !get) return null;
  return (
    <Section
      id="resources"
      title={translate({ id: 'atlas.modelPage.resources', message: '获取与运行' })}>
      {memory}
      {get && (
        <>
          {get.downloads.length > 0 && (
            <>
              <Heading as="h3" id="downloads">
                {translate({ id: 'atlas.modelPage.downloads', message: '官方下载' })}
              </Heading>
              <ul className={styles.plainList}>
                {get.downloads.map((d, i) => (
                  <li key={d.url}>
                    <a href={d.url}>{displayUrl(d.url)}</a>
                    {d.note && (
                      <span lang={langOf(data.model, `get.downloads.${i}.note`)}>
                        {inParens(d.note)}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          {get.runtimes.length > 0 && (
            <>
              <Heading as="h3" id="runtimes">
                {translate({ id: 'atlas.modelPage.runtimes', message: '官方支持的运行框架' })}
              </Heading>
              <ul className={styles.plainList}>
                {get.runtimes.map((r, i) => (
                  <li key={`${r.runtime}-${r.url}`}>
                    <a href={r.url}>{r.runtime}</a>
                    {r.note && (
                      <span lang={langOf(data.model, `get.runtimes.${i}.note`)}>
                        {inParens(r.note)}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className={styles.muted}>
            <Translate
              id="atlas.card.verified"
              values={{ date: <PartialDate date={get.verified} /> }}>
              {'核实于 {date}'}
            </Translate>
          </p>
        </>
      )}
    </Section>
  );
}

export interface ModelPageViewProps {
  data: ModelPageData;
  /** Memory figures for this model, when a component computes them. */
  memory?: React.ReactNode;
}

/** The body of `/models/<id>`, without the layout (so another page can reuse it). */
export function ModelPageView({ data, memory }: ModelPageViewProps): React.JSX.Element {
  const m = data.model;
  const { siteConfig } = useDocusaurusContext();
  const { repositoryUrl, repositoryBranch } = siteConfig.customFields ?? {};
  const permalink = useBaseUrl(`/models/${m.id}`);
  const links = modelLinks(m);
  return (
    <article className={styles.page} data-model={m.id}>
      <header className={styles.header}>
        <p className={styles.kind}>
          <Link to="/models">
            <Translate id="atlas.modelPage.kind">模型</Translate>
          </Link>
        </p>
        <Heading as="h1">{m.name}</Heading>
        {m.aliases.length > 0 && (
          <p className={styles.muted} lang={chineseLang(m.aliases.join(' · '))}>
            {m.aliases.join(' · ')}
          </p>
        )}
        {isStale(m) && <StaleEntryNotice original={`/models/${m.id}`} />}
        {m.description && (
          <p className={styles.lead} lang={langOf(m, 'description')}>
            {m.description}
          </p>
        )}
        <ul className={styles.actions}>
          <li>
            <Link to={`/models/compare?ids=${m.id}`} className="button button--sm button--primary">
              <Translate id="atlas.modelPage.compare">对比</Translate>
            </Link>
          </li>
          {typeof repositoryUrl === 'string' && (
            <li>
              <a
                href={editUrl(
                  repositoryUrl,
                  typeof repositoryBranch === 'string' ? repositoryBranch : 'main',
                  m.file,
                )}
                className="button button--sm button--secondary">
                <Translate id="atlas.card.edit">编辑此条目</Translate>
              </a>
            </li>
          )}
          <li>
            <ReportIssueLink title={m.name} permalink={permalink} source={m.file} />
          </li>
        </ul>
      </header>
      <Infobox data={data} />
      <ResourcesSection data={data} memory={memory} />
      {m.arch && (
        <Section
          id="architecture"
          title={translate({ id: 'atlas.modelPage.architecture', message: '结构参数' })}>
          <ArchFacts
            arch={m.arch}
            noteLang={langOf(m, 'arch.note')}
            copiedNoteLang={langOf(m, 'arch.copied.note')}
          />
        </Section>
      )}
      <LicenseSection data={data} />
      <OpennessSection data={data} />
      {(data.family.length > 0 || data.derived.length > 0) && (
        <Section
          id="family"
          title={translate({ id: 'atlas.modelPage.family', message: '同系列与衍生模型' })}>
          {data.family.length > 0 && (
            <ul className={styles.columns}>
              {data.family.map((f) => (
                <li key={f.id}>
                  <Link to={entryHref('models', f.id)}>{f.name}</Link>{' '}
                  <span className={styles.muted}>
                    <PartialDate date={f.released} />
                  </span>
                </li>
              ))}
            </ul>
          )}
          {data.derived.length > 0 && (
            <p>
              <Translate id="atlas.modelPage.derived">以它为基座的模型：</Translate>
              {
                <InlineList>
                  {data.derived.map((d) => (
                    <Link key={d.id} to={entryHref('models', d.id)}>
                      {d.name}
                    </Link>
                  ))}
                </InlineList>
              }
            </p>
          )}
        </Section>
      )}
      {data.events.length > 0 && (
        <Section id="events" title={translate({ id: 'atlas.modelPage.events', message: '大事记' })}>
          <ul className={styles.plainList}>
            {data.events.map((e) => (
              <li key={e.id}>
                <PartialDate date={e.date} />
                {' · '}
                <Link to={entryHref('events', e.id)} lang={langOf(e, 'title')}>
                  {e.title}
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      )}
      {data.backlinks.length > 0 && (
        <Section
          id="mentions"
          title={translate({ id: 'atlas.modelPage.backlinks', message: '本站相关页面' })}>
          <ul className={styles.columns}>
            {data.backlinks.map((b) => (
              <li key={b.permalink}>
                <Link to={b.permalink} lang={b.lang}>
                  {b.title}
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      )}
      <PageCorrections data={data.corrections} />
      <Section id="sources" title={translate({ id: 'atlas.modelPage.sources', message: '来源' })}>
        {links.length > 0 && (
          <ul
            className={styles.actions}
            aria-label={translate({ id: 'atlas.card.links', message: '相关链接' })}>
            {links.map((l) => (
              <li key={l.href}>
                <a href={l.href}>{l.label}</a>
              </li>
            ))}
          </ul>
        )}
        <ol>
          {m.sources.map((s) => (
            <li key={s}>
              <a href={s}>{displayUrl(s)}</a>
            </li>
          ))}
        </ol>
        <p className={styles.muted}>
          <Translate id="atlas.card.verified" values={{ date: <PartialDate date={m.verified} /> }}>
            {'核实于 {date}'}
          </Translate>
        </p>
      </Section>
    </article>
  );
}

/** Route component of `/models/<id>` (src/plugins/model-pages); `data` is the page's JSON module. */
export default function ModelPage({ data }: { data: ModelPageData }): React.JSX.Element {
  const m = data.model;
  const description =
    m.description ??
    translate(
      {
        id: 'atlas.modelPage.description',
        message: '{name} 的参数、许可证条款与开放程度评级，附来源。',
      },
      { name: m.name },
    );
  return (
    <Layout title={m.name} description={description}>
      <main className="container margin-vert--lg">
        <ModelPageView data={data} memory={<MemoryFigures model={m} />} />
      </main>
    </Layout>
  );
}
