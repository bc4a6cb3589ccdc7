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

/** Every collection, validated, each entry tagged with the file it came from. */
export type AtlasData = { [C in CollectionName]: Array<EntryOf<C> & { file: string }> };
