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
import type { EnglishTexts } from '../../data/overlay';
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

/**
 * The `translation_en` object of an exported entry: its English text beside the Chinese
 * canonical fields, keyed by the flat path of the Chinese field it translates (the overlay
 * format of i18n/en/data). One file per collection keeps both languages of an entry together,
 * joined by id and path, and keeps the exports locale-free (one copy at the site root). Not
 * named `en`: terms already have an `en` field, the English term.
 */
export const translationKey = 'translation_en';

const englishSchema = {
  type: 'object',
  description:
    'English translation of this entry (from i18n/en/data), present when the entry has any. fields: flat path of a Chinese field (e.g. "openness.paper.note", "founders.0") → English text; stale: true when the Chinese entry has changed since the translation was made.',
  additionalProperties: false,
  required: ['stale', 'fields'],
  properties: {
    stale: { type: 'boolean' },
    fields: {
      type: 'object',
      propertyNames: { pattern: '^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$' },
      additionalProperties: { type: 'string', minLength: 1 },
    },
  },
} as const;

/**
 * Entries of one collection as exported: data fields (without the loader's `file` and `i18n`),
 * derived fields, and `translation_en` where the entry has English.
 */
export function exportEntries(
  data: AtlasData,
  c: CollectionName,
  english?: EnglishTexts,
): JsonObject[] {
  return data[c].map((entry) => {
    // `file` is where the loader found the entry, not a fact about it; `i18n` is what a
    // page needs to render it (exported as `translation_en` instead).
    const fields: Record<string, unknown> = { ...entry };
    delete fields.file;
    delete fields.i18n;
    const en = english?.[c][entry.id];
    return {
      ...(fields as unknown as JsonObject),
      ...derivedFields(c, entry),
      ...(en ? { [translationKey]: en as unknown as JsonObject } : {}),
    };
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
  { generated, source, english }: { generated: string; source: string; english?: EnglishTexts },
): JsonExport {
  const items = exportEntries(data, c, english);
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

export const csvExport = (data: AtlasData, c: CollectionName, english?: EnglishTexts): string =>
  toCsv(exportEntries(data, c, english));

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
    properties: { ...schema.properties, ...derived, [translationKey]: englishSchema },
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
