/** Types of the validated data, derived from the schemas. Safe to import from browser code. */
import type * as z from 'zod';
import type { collections, CollectionName } from './collections';

export type { Model, OpennessLevel, OpennessComponent } from './schema/models';
export type { Organization, OrganizationKind } from './schema/organizations';
export type { Tool, ToolCategory } from './schema/tools';
export type { License, LicenseKind } from './schema/licenses';
export type { TimelineEvent, EventCategory } from './schema/events';
export type { Term } from './schema/terms';
export type { Correction } from './schema/corrections';

export type EntryOf<C extends CollectionName> = z.output<(typeof collections)[C]['schema']>;

/**
 * What the loader records about an entry's languages (src/data/overlay.ts); absent when there
 * is nothing to say.
 */
export interface EntryTranslation {
  /** English build: flat paths (`openness.paper.note`) with no English yet, shown in Chinese. */
  zh?: string[];
  /** English build: the Chinese entry has changed since its translation was made. */
  stale?: boolean;
  /** Both builds, fields shown in both languages (a term's definition): the other language's text. */
  other?: Record<string, string>;
}

/**
 * Every collection, validated, each entry tagged with the file it came from and, where there
 * is something to say, what the loader knows about its languages.
 */
export type AtlasData = {
  [C in CollectionName]: Array<EntryOf<C> & { file: string; i18n?: EntryTranslation }>;
};
