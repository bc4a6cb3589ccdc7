/**
 * The collections of the atlas and where each lives. Adding a collection means adding a
 * schema in ./schema and a line here; the loader, the validator and the build plugin pick
 * it up from this list.
 */
import type * as z from 'zod';
import { modelSchema } from './schema/models';
import { organizationSchema } from './schema/organizations';
import { toolSchema } from './schema/tools';
import { licenseSchema } from './schema/licenses';
import { eventSchema } from './schema/events';
import { termSchema } from './schema/terms';

export const collections = {
  models: { schema: modelSchema, label: 'model' },
  organizations: { schema: organizationSchema, label: 'organisation' },
  tools: { schema: toolSchema, label: 'tool' },
  licenses: { schema: licenseSchema, label: 'licence' },
  events: { schema: eventSchema, label: 'event' },
  terms: { schema: termSchema, label: 'term' },
} as const satisfies Record<string, { schema: z.ZodType; label: string }>;

export type CollectionName = keyof typeof collections;
export const collectionNames = Object.keys(collections) as CollectionName[];

/** The prefix used in `related: [model:…]` references, per collection. */
export const refPrefixes: Record<string, CollectionName> = {
  model: 'models',
  org: 'organizations',
  tool: 'tools',
  license: 'licenses',
  term: 'terms',
};
