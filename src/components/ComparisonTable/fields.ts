/**
 * Which fields of an entry each table column, facet and the free-text filter read. Pure (no
 * React), so the build can ship a table only the fields of the columns it shows
 * (src/components/views.ts); columns.tsx renders from the same keys. A column that
 * reads a field missing here fails the build when its page is rendered.
 */
import type { CollectionName } from '../../data/collections';

export type TableCollection = 'models' | 'tools' | 'organizations' | 'licenses';
export const tableCollections: readonly TableCollection[] = [
  'models',
  'tools',
  'organizations',
  'licenses',
];

type Fields = Readonly<Record<string, readonly string[]>>;

export interface TableFields {
  columns: Fields;
  facets: Fields;
  /** Read by the free-text filter, whatever the columns. */
  search: readonly string[];
  /** Collections whose names the cells and facet options show, and the field holding the ids. */
  refs: ReadonlyArray<{ collection: CollectionName; field: string }>;
}

export const tableFields: Record<TableCollection, TableFields> = {
  models: {
    columns: {
      name: ['name'],
      organizations: ['organizations'],
      family: ['family'],
      released: ['released'],
      parameters: ['parameters'],
      architecture: ['architecture', 'sparsity'],
      context_length: ['context_length'],
      weights_int4: ['parameters'],
      kv_per_1k: ['architecture', 'arch'],
      modalities: ['modalities'],
      license: ['license'],
      openness: ['openness'],
    },
    facets: {
      organization: ['organizations'],
      license_kind: ['license'],
      weights: ['openness'],
      year: ['released'],
      parameters: ['parameters'],
      family: ['family'],
      get: ['get'],
    },
    search: ['name', 'aliases'],
    refs: [
      { collection: 'organizations', field: 'organizations' },
      { collection: 'licenses', field: 'license' },
    ],
  },
  tools: {
    columns: {
      name: ['name'],
      category: ['category'],
      license: ['license'],
      language: ['language'],
      first_release: ['first_release'],
      repository: ['repository'],
      organizations: ['organizations'],
      description: ['description'],
    },
    facets: { category: ['category'], license: ['license'], language: ['language'] },
    search: ['name', 'aliases'],
    refs: [
      { collection: 'organizations', field: 'organizations' },
      { collection: 'licenses', field: 'license' },
    ],
  },
  organizations: {
    columns: {
      name: ['name'],
      name_zh: ['name_zh'],
      kind: ['kind'],
      region: ['region'],
      founded: ['founded'],
      headquarters: ['headquarters'],
      description: ['description'],
    },
    facets: { kind: ['kind'], region: ['region'] },
    search: ['name', 'name_zh', 'aliases'],
    refs: [],
  },
  licenses: {
    columns: {
      name: ['name'],
      spdx: ['spdx'],
      kind: ['kind'],
      osi_approved: ['osi_approved'],
      commercial_use: ['commercial_use'],
      attribution: ['attribution'],
      restrictions: ['restrictions'],
      user_threshold: ['user_threshold'],
    },
    facets: { kind: ['kind'], commercial_use: ['commercial_use'] },
    search: ['name', 'spdx', 'aliases'],
    refs: [],
  },
};

export const defaultColumns: Record<TableCollection, readonly string[]> = {
  models: [
    'name',
    'organizations',
    'released',
    'parameters',
    'architecture',
    'context_length',
    'license',
    'openness',
  ],
  tools: ['name', 'category', 'license', 'language', 'first_release', 'repository'],
  organizations: ['name', 'name_zh', 'kind', 'region', 'founded', 'headquarters'],
  licenses: [
    'name',
    'kind',
    'osi_approved',
    'commercial_use',
    'attribution',
    'restrictions',
    'user_threshold',
  ],
};

export const defaultFacets: Record<TableCollection, readonly string[]> = {
  models: ['organization', 'license_kind', 'weights', 'year', 'parameters', 'get'],
  tools: ['category', 'license', 'language'],
  organizations: ['kind', 'region'],
  licenses: ['kind', 'commercial_use'],
};
