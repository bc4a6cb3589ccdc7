/**
 * What the open-data exports hold, as pure functions of the validated data: each collection
 * as JSON (every data field, the derived figures, and the licence) and CSV, and a JSON Schema
 * per collection generated from its zod schema, so a reader's tools can check the files.
 */
import * as z from 'zod';
import { collections, collectionNames, type CollectionName } from '../../data/collections';
import type { AtlasData, Model } from '../../data/types';
import { opennessView } from '../../data/derive/openness';
import { memoryOf } from '../../data/derive/memory';
import { toCsv, type JsonObject } from './csv';

export { collectionNames };
export type { CollectionName };

export const dataLicense = {
  id: 'CC-BY-SA-4.0',
  url: 'https://creativecommons.org/licenses/by-sa/4.0/',
} as const;

/** Site-relative addresses; one copy at the site root serves every locale. */
export const exportPaths = (c: CollectionName) => ({
  json: `/data/${c}.json`,
  csv: `/data/${c}.csv`,
  schema: `/data/schema/${c}.json`,
});

/** Fields only the exports add (derived, never typed by hand), per collection. */
function derivedFields(c: CollectionName, entry: AtlasData[CollectionName][number]): JsonObject {
  if (c !== 'models') return {};
  const model = entry as Model;
  const view = opennessView(model);
  return {
    openness_score: view.score,
    mof_class: view.mofClass ?? null,
    memory: memoryOf(model) as unknown as JsonObject,
  };
}

const nullableNumber = { type: ['number', 'null'] };
const derivedSchemas: Partial<Record<CollectionName, Record<string, object>>> = {
  models: {
    openness_score: {
      type: 'integer',
      minimum: 0,
      maximum: 100,
      description: 'Openness score, 0–100, derived from the grades (src/data/derive/openness.ts)',
    },
    mof_class: {
      enum: [1, 2, 3, null],
      description: 'Model Openness Framework class reached (1, 2 or 3); null if none',
    },
    memory: {
      type: 'object',
      description: 'GB = 10^9 bytes; null where not computed',
      additionalProperties: false,
      required: ['weights_gb', 'kv_cache_gb_per_1k_tokens'],
      properties: {
        weights_gb: {
          type: 'object',
          additionalProperties: false,
          required: ['bf16', 'fp8', 'int8', 'int4'],
          properties: {
            bf16: nullableNumber,
            fp8: nullableNumber,
            int8: nullableNumber,
            int4: nullableNumber,
          },
        },
        kv_cache_gb_per_1k_tokens: nullableNumber,
      },
    },
  },
};

/** Entries of one collection as exported: data fields (without the loader's `file`) + derived. */
export function exportEntries(data: AtlasData, c: CollectionName): JsonObject[] {
  return data[c].map((entry) => {
    // `file` is where the loader found the entry, not a fact about it.
    const fields: Record<string, unknown> = { ...entry };
    delete fields.file;
    return { ...(fields as unknown as JsonObject), ...derivedFields(c, entry) };
  });
}

export interface JsonExport {
  collection: CollectionName;
  license: string;
  license_url: string;
  source: string;
  generated: string;
  count: number;
  items: JsonObject[];
}

export function jsonExport(
  data: AtlasData,
  c: CollectionName,
  { generated, source }: { generated: string; source: string },
): JsonExport {
  const items = exportEntries(data, c);
  return {
    collection: c,
    license: dataLicense.id,
    license_url: dataLicense.url,
    source,
    generated,
    count: items.length,
    items,
  };
}

export const csvExport = (data: AtlasData, c: CollectionName): string =>
  toCsv(exportEntries(data, c));

/** The JSON Schema of one entry: the zod schema's output, plus the derived fields. */
export function entryJsonSchema(c: CollectionName): Record<string, unknown> {
  const schema = z.toJSONSchema(collections[c].schema as z.ZodType, {
    io: 'output',
    target: 'draft-2020-12',
  }) as Record<string, unknown> & { properties: Record<string, unknown>; required?: string[] };
  // The file's schema states the dialect once, at its root.
  delete schema.$schema;
  const derived = derivedSchemas[c] ?? {};
  return {
    ...schema,
    properties: { ...schema.properties, ...derived },
    required: [...(schema.required ?? []), ...Object.keys(derived)],
  };
}

/** The JSON Schema of a whole `/data/<collection>.json` file. */
export function fileJsonSchema(c: CollectionName, siteUrl: string): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${siteUrl}${exportPaths(c).schema}`,
    title: `Open LLM Atlas: ${c}`,
    description: `The ${c} collection of the Open LLM Atlas, licensed ${dataLicense.id}. Generated from the zod schema in src/data/schema.`,
    type: 'object',
    additionalProperties: false,
    required: ['collection', 'license', 'license_url', 'source', 'generated', 'count', 'items'],
    properties: {
      collection: { const: c },
      license: { const: dataLicense.id },
      license_url: { const: dataLicense.url },
      source: { type: 'string' },
      generated: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
      count: { type: 'integer', minimum: 0 },
      items: { type: 'array', items: entryJsonSchema(c) },
    },
  };
}
