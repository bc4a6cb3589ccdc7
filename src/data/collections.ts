/**
 * The schema of each collection. The names, reference prefixes and routes live in ./vocab
 * (no zod, so components can read them); a new collection takes a name there, a schema in
 * ./schema and a line here, and a folder src/data/<name>/ with its YAML. The loader, the
 * validator and the build plugin then pick it up; a page to show it is separate work.
 */
import type * as z from 'zod';
import { modelSchema } from './schema/models';
import { organizationSchema } from './schema/organizations';
import { toolSchema } from './schema/tools';
import { licenseSchema } from './schema/licenses';
import { eventSchema } from './schema/events';
import { termSchema } from './schema/terms';
import type { CollectionName } from './vocab';

export const collections = {
  models: { schema: modelSchema, label: 'model' },
  organizations: { schema: organizationSchema, label: 'organisation' },
  tools: { schema: toolSchema, label: 'tool' },
  licenses: { schema: licenseSchema, label: 'licence' },
  events: { schema: eventSchema, label: 'event' },
  terms: { schema: termSchema, label: 'term' },
} as const satisfies Record<CollectionName, { schema: z.ZodType; label: string }>;

export { collectionNames, refPrefixes, type CollectionName } from './vocab';
