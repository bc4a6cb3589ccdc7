import React from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import PageSection, { type PageSectionProps } from '@site/src/components/PageSection';
import DataDownloads from '@site/src/components/DataDownloads';
import KeptUntilUsed from '@site/src/components/KeptUntilUsed';
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
 */
export function TableAndCardsPage<E extends { id: string; name: string }>({
  table,
  entriesTitle,
  entries,
  card,
  ...page
}: Omit<DataPageProps, 'children'> & {
  /** The table's section: its anchor, heading and the ComparisonTable. */
  table: { id: string; title: string; content: React.ReactNode };
  entriesTitle: string;
  entries: readonly E[];
  card: (entry: E) => React.ReactNode;
}): React.JSX.Element {
  const ordered = [...entries].sort((a, b) => compareValues(a.name, b.name));
  return (
    <DataPage {...page}>
      {/* The server's markup until the reader uses it (src/components/KeptUntilUsed). */}
      <DataSection id={table.id} title={table.title}>
        <KeptUntilUsed>{table.content}</KeptUntilUsed>
      </DataSection>
      <DataSection id="entries" title={entriesTitle}>
        <KeptUntilUsed>
          <div className={styles.cards}>
            {ordered.map((e) => (
              <React.Fragment key={e.id}>{card(e)}</React.Fragment>
            ))}
          </div>
        </KeptUntilUsed>
      </DataSection>
    </DataPage>
  );
}
