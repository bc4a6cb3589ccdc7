import React from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import serverTerms from '@generated/atlas-data/default/terms.json?atlas-ssr';
import ServerMarkup from '@site/src/components/ServerMarkup';
import { comparePinyin, indexLetter } from '@site/src/lib/pinyin';
import DataPage, { DataSection } from './_components/DataPage';
import GlossaryEntry from './_components/GlossaryEntry';
import styles from './_components/DataPage/styles.module.css';

type Entry = NonNullable<typeof serverTerms>[number];

// The glossary is read, not worked with: its entries are in the page's HTML only, and fetched only
// after a client-side navigation (ServerMarkup), such as a term's link in a chapter.
const loadTerms = (): Promise<Entry[]> =>
  import('@generated/atlas-data/default/terms.json').then((m) => m.default);

const letterId = (letter: string) =>
  letter === '#' ? 'letter-other' : `letter-${letter.toLowerCase()}`;

/** The letters' index and every term, by letter. */
function GlossaryBody({ terms }: { terms: readonly Entry[] }): React.JSX.Element {
  const groups = groupByLetter(terms);
  return (
    <>
      <nav aria-label={translate({ id: 'atlas.page.glossary.letters', message: '按首字母跳转' })}>
        <ul className={styles.letters}>
          {groups.map((g) => (
            <li key={g.letter}>
              <Link to={`#${letterId(g.letter)}`}>{g.letter}</Link>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((g, i) => (
        <DataSection key={g.letter} id={letterId(g.letter)} title={g.letter}>
          <div className={clsx(styles.cards, styles.later, i > 0 && styles.far)}>
            {g.terms.map((t) => (
              <GlossaryEntry key={t.id} term={t} terms={terms} />
            ))}
          </div>
        </DataSection>
      ))}
    </>
  );
}

function groupByLetter(entries: readonly Entry[]): Array<{ letter: string; terms: Entry[] }> {
  const sorted = [...entries].sort((a, b) => comparePinyin(a.zh, b.zh) || a.id.localeCompare(b.id));
  const groups = new Map<string, Entry[]>();
  for (const t of sorted) {
    const letter = indexLetter(t.zh);
    groups.set(letter, [...(groups.get(letter) ?? []), t]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
    .map(([letter, list]) => ({ letter, terms: list }));
}

export default function GlossaryPage(): React.JSX.Element {
  return (
    <DataPage
      collection="terms"
      title={translate({ id: 'atlas.page.glossary.title', message: '术语表' })}
      description={translate({
        id: 'atlas.page.glossary.description',
        message:
          '全站统一使用的大模型术语：中文译名、英文原文、缩写、定义、别名与相关术语，按拼音排序。',
      })}
      intro={
        <p>
          <Translate
            id="atlas.page.glossary.intro"
            values={{
              guide: (
                <Link to="/docs/glossary">
                  {translate({ id: 'atlas.page.glossary.introGuide', message: '术语表一章' })}
                </Link>
              ),
            }}>
            {
              '本站每个术语只用一个中文译名，这里是它们的唯一出处。条目按中文名的拼音首字母排列，列出英文原文、缩写、别名和相关术语；正文中带虚线下划线的术语会链接到这里。术语的用法说明见{guide}。'
            }
          </Translate>
        </p>
      }>
      <ServerMarkup data={serverTerms} load={loadTerms}>
        {(terms) => <GlossaryBody terms={terms} />}
      </ServerMarkup>
    </DataPage>
  );
}
