import React from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import PageSection, { type PageSectionProps } from '@site/src/components/PageSection';
import DataDownloads from '@site/src/components/DataDownloads';
import type { CollectionName } from '@site/src/data/vocab';
import styles from './styles.module.css';

/** The frame shared by the generated data pages (/models, /tools…): title, intro, content. */
export default function DataPage({
  title,
  description,
  intro,
  collection,
  children,
}: {
  title: string;
  description: string;
  intro: React.ReactNode;
  /** The collection the page shows: its download links close the page. */
  collection: CollectionName;
  children: React.ReactNode;
}): React.JSX.Element {
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
