import React from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import PageSection, { type PageSectionProps } from '@site/src/components/PageSection';
import DataDownloads from '@site/src/components/DataDownloads';
import KeptUntilUsed from '@site/src/components/KeptUntilUsed';
import ServerMarkup from '@site/src/components/ServerMarkup';
import type { CollectionName } from '@site/src/data/vocab';
import { compareValues } from '@site/src/lib/sort';
import styles from './styles.module.css';

interface DataPageProps {
  title: string;
  description: string;
  intro: React.ReactNode;
  /** The collection the page shows: its download links close the page. */
  collection: CollectionName;
  children: React.ReactNode;
}

/** The frame shared by the generated data pages (/models, /tools…): title, intro, content. */
export default function DataPage({
  title,
  description,
  intro,
  collection,
  children,
}: DataPageProps): React.JSX.Element {
  return (
    <Layout title={title} description={description}>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">{title}</Heading>
        <div className={styles.intro}>{intro}</div>
        {children}
        <DataDownloads collection={collection} />
      </main>
    </Layout>
  );
}

/** A section of a data page, spaced like the others. */
export function DataSection(props: PageSectionProps): React.JSX.Element {
  return <PageSection {...props} className={styles.section} />;
}

/**
 * A collection shown as a comparison table and then every entry as a card, by name
 * (/organizations, /tools, /licenses). Pages with another layout (/models, /glossary,
 * /timeline) use DataPage directly.
 *
 * The table is worked with, so its rows (only the fields its columns read) are in the page's
 * script; the cards are only read, so the whole entries are in the HTML only (ServerMarkup):
 * `entries` is the server-only import, `null` in the browser, and `loadEntries` fetches them
 * after a client-side navigation.
 */
export function TableAndCardsPage<E extends { id: string; name: string }>({
  table,
  entriesTitle,
  entries,
  loadEntries,
  card,
  ...page
}: Omit<DataPageProps, 'children'> & {
  /** The table's section: its anchor, heading and the ComparisonTable. */
  table: { id: string; title: string; content: React.ReactNode };
  entriesTitle: string;
  entries: E[] | null;
  loadEntries: () => Promise<E[]>;
  /** One entry's card; `all` is every entry, for cards that look others up. */
  card: (entry: E, all: E[]) => React.ReactNode;
}): React.JSX.Element {
  return (
    <DataPage {...page}>
      {/* The server's markup until the reader uses it (src/components/KeptUntilUsed). */}
      <DataSection id={table.id} title={table.title}>
        <KeptUntilUsed>{table.content}</KeptUntilUsed>
      </DataSection>
      <DataSection id="entries" title={entriesTitle}>
        <ServerMarkup data={entries} load={loadEntries}>
          {(all) => (
            <div className={`${styles.cards} ${styles.later}`}>
              {[...all]
                .sort((a, b) => compareValues(a.name, b.name))
                .map((e) => (
                  <React.Fragment key={e.id}>{card(e, all)}</React.Fragment>
                ))}
            </div>
          )}
        </ServerMarkup>
      </DataSection>
    </DataPage>
  );
}
