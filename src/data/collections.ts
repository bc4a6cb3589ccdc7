/**
 * The schema of each collection. The names, reference prefixes and routes live in ./vocab
 * (no zod, so components can read them). A new collection takes:
 *
 * - in ./vocab: its name in `collectionNames`, its page in `collectionRoutes` (every entry is
 *   an anchor there) and, if other entries may point at it, a prefix in `refPrefixes`;
 * - a schema in ./schema and a line here, and a folder src/data/<name>/ with its YAML;
 * - in ./load.ts: its date fields in `dateFields` and its cross-references in
 *   `checkReferences`; in ./types.ts its entry type;
 * - `nameFields` in src/components/views.ts (TypeScript insists), the JSON module's
 *   type in src/types/atlas-data.d.ts, and a label in src/components/UpdatesPage;
 * - a page under src/pages that imports `@generated/atlas-data/default/<name>.json`, listed
 *   in the open-data plugin's `pages` (src/plugins/open-data/index.ts) for /llms.txt.
 *
 * The loader, the validator, the build plugin and the open-data exports (JSON, CSV, JSON
 * Schema, /updates) then pick it up from `collectionNames` with no further change; the
 * export tests run over every collection.
 */
import type * as z from 'zod';
import { modelSchema } from './schema/models';
import { organizationSchema } from './schema/organizations';
import { toolSchema } from './schema/tools';
import { licenseSchema } from './schema/licenses';
import { eventSchema } from './schema/events';
import { termSchema } from './schema/terms';
import { correctionSchema } from './schema/corrections';
import type { CollectionName } from './vocab';

export const collections = {
  models: { schema: modelSchema, label: 'model' },
  organizations: { schema: organizationSchema, label: 'organisation' },
  tools: { schema: toolSchema, label: 'tool' },
  licenses: { schema: licenseSchema, label: 'licence' },
  events: { schema: eventSchema, label: 'event' },
  terms: { schema: termSchema, label: 'term' },
  corrections: { schema: correctionSchema, label: 'correction' },
} as const satisfies Record<CollectionName, { schema: z.ZodType; label: string }>;

export { collectionNames, refPrefixes, type CollectionName } from './vocab';
