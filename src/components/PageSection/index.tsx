import React from 'react';
import Heading from '@theme/Heading';

/**
 * A titled section of a generated page (a model's page, /tools, /models/openness…): the
 * `<section>` is named by its own h2, which Docusaurus registers as an anchor like any heading.
 * Spacing is the page's to choose (`className`), since model pages sit tighter than data pages.
 */
export interface PageSectionProps {
  id: string;
  title: string;
  children: React.ReactNode;
}

export default function PageSection({
  id,
  title,
  className,
  children,
}: PageSectionProps & { className?: string }): React.JSX.Element {
  return (
    <section aria-labelledby={id} className={className}>
      <Heading as="h2" id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
