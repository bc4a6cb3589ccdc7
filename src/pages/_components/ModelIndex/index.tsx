import React, { useEffect } from 'react';
import Link from '@docusaurus/Link';
import { useHistory, useLocation } from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import { entryHref } from '@site/src/lib/links';
import styles from './styles.module.css';

interface IndexedModel {
  id: string;
  name: string;
  family: string;
  released: string;
}

/** Families in alphabetical order, models oldest first within each: a lineage reads down. */
export function familiesOf(models: readonly IndexedModel[]): Array<[string, IndexedModel[]]> {
  const families = new Map<string, IndexedModel[]>();
  for (const m of models) families.set(m.family, [...(families.get(m.family) ?? []), m]);
  return [...families.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([family, list]) => [
      family,
      [...list].sort(
        (a, b) => a.released.localeCompare(b.released) || a.name.localeCompare(b.name),
      ),
    ]);
}

/**
 * Every model had an anchor on /models (`/models#<id>`) before it had a page: with JavaScript,
 * such an address goes on to `/models/<id>`, replacing the history entry so that Back returns
 * to where the reader came from. Called by the page, outside the list (which is not hydrated
 * until used, src/components/KeptUntilUsed).
 */
export function useOldModelAnchors(models: readonly IndexedModel[]): void {
  const { hash } = useLocation();
  const history = useHistory();
  const pagesBase = useBaseUrl('/models/');
  useEffect(() => {
    const id = decodeURIComponent(hash.slice(1));
    if (id && models.some((m) => m.id === id)) history.replace(`${pagesBase}${id}`);
  }, [hash, history, models, pagesBase]);
}

/**
 * Every model as a link to its page, grouped by family. Each item carries the model's id, so
 * that `/models#<id>` still finds it without JavaScript (useOldModelAnchors).
 */
export default function ModelIndex({
  models,
}: {
  models: readonly IndexedModel[];
}): React.JSX.Element {
  const brokenLinks = useBrokenLinks();
  for (const m of models) brokenLinks.collectAnchor(m.id);
  return (
    <div className={styles.index}>
      {familiesOf(models).map(([family, list]) => (
        <div key={family} className={styles.family}>
          <p className={styles.familyName}>{family}</p>
          <ul>
            {list.map((m) => (
              <li key={m.id} id={m.id}>
                <Link to={entryHref('models', m.id)}>{m.name}</Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
