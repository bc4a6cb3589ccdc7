/**
 * The stock tags index, grouped by first letter, but sorted by code point instead of
 * `localeCompare`: Node's and the browser's collation of Chinese labels differ, so the stock
 * order came out differently on the server and in the browser and broke hydration (React
 * #418 on /docs/tags). Code-point order is the same everywhere.
 */
import React from 'react';
import Tag from '@theme/Tag';
import Heading from '@theme/Heading';
import type { Props } from '@theme/TagsListByLetter';
import styles from './styles.module.css';

type TagItem = Props['tags'][number];

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function groupTagsByLetter(
  tags: readonly TagItem[],
): Array<{ letter: string; tags: TagItem[] }> {
  const groups = new Map<string, TagItem[]>();
  for (const tag of tags) {
    const letter = (Array.from(tag.label)[0] ?? '').toUpperCase();
    groups.set(letter, [...(groups.get(letter) ?? []), tag]);
  }
  return [...groups]
    .sort(([a], [b]) => byCodePoint(a, b))
    .map(([letter, list]) => ({
      letter,
      tags: [...list].sort((x, y) => byCodePoint(x.label, y.label)),
    }));
}

export default function TagsListByLetter({ tags }: Props): React.JSX.Element {
  return (
    <section className="margin-vert--lg">
      {groupTagsByLetter(tags).map(({ letter, tags: letterTags }) => (
        <article key={letter}>
          <Heading as="h2" id={letter}>
            {letter}
          </Heading>
          <ul className="padding--none">
            {letterTags.map((tag) => (
              <li key={tag.permalink} className={styles.tag}>
                <Tag {...tag} />
              </li>
            ))}
          </ul>
          <hr />
        </article>
      ))}
    </section>
  );
}
