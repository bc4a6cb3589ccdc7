/** ComparisonTable's pure logic: text and facet filters, the `filter` prop, sorting, URL state. */
import { describe, expect, it } from 'vitest';
import {
  allValue,
  emptyState,
  filterRows,
  getValues,
  matchesQuery,
  nextSort,
  parameterBucket,
  readState,
  sortRows,
  tablePrefix,
  writeState,
  type RowAccess,
  type TableState,
} from '../../src/components/ComparisonTable/logic';
import { matchesFilter } from '../../src/lib/filter';

interface Row {
  id: string;
  name: string;
  aliases: string[];
  organizations: string[];
  family: string;
  total: number;
  context?: number;
  openness: { weights: { level: string } };
}

const rows: Row[] = [
  {
    id: 'llama-2-70b',
    name: 'Llama 2 70B',
    aliases: ['羊驼 2'],
    organizations: ['meta'],
    family: 'llama',
    total: 70,
    context: 4096,
    openness: { weights: { level: 'open' } },
  },
  {
    id: 'mixtral-8x7b',
    name: 'Mixtral 8x7B',
    aliases: [],
    organizations: ['mistral-ai'],
    family: 'mistral',
    total: 46.7,
    context: 32768,
    openness: { weights: { level: 'open' } },
  },
  {
    id: 'bloom',
    name: 'BLOOM',
    aliases: [],
    organizations: ['bigscience', 'hugging-face'],
    family: 'bloom',
    total: 176,
    openness: { weights: { level: 'partial' } },
  },
  {
    id: 'qwen-7b',
    name: 'Qwen-7B',
    aliases: ['通义千问 7B'],
    organizations: ['alibaba'],
    family: 'qwen',
    total: 7,
    context: 8192,
    openness: { weights: { level: 'open' } },
  },
];

const access: RowAccess<Row> = {
  searchText: (r) => [r.name, r.id, ...r.aliases],
  sortValue: (r, column) =>
    column === 'name'
      ? r.name
      : column === 'parameters'
        ? r.total
        : column === 'context'
          ? r.context
          : undefined,
  facetValues: (r, facet) =>
    facet === 'organization'
      ? r.organizations
      : facet === 'parameters'
        ? [parameterBucket(r.total)]
        : [],
};

const ids = (list: Row[]) => list.map((r) => r.id);
const state = (patch: Partial<TableState>): TableState => ({ ...emptyState, ...patch });

describe('free-text filter', () => {
  it('matches names and aliases, ignoring case, width and spaces', () => {
    expect(ids(filterRows(rows, state({ query: 'LLAMA2' }), access))).toEqual(['llama-2-70b']);
    expect(ids(filterRows(rows, state({ query: '羊驼' }), access))).toEqual(['llama-2-70b']);
    expect(ids(filterRows(rows, state({ query: 'ｑｗｅｎ' }), access))).toEqual(['qwen-7b']);
    expect(ids(filterRows(rows, state({ query: '千问' }), access))).toEqual(['qwen-7b']);
  });

  it('treats hostile input as plain text', () => {
    for (const q of ['.*', '(', '<script>alert(1)</script>', '\\', '🦙', 'x'.repeat(10_000)]) {
      expect(() => filterRows(rows, state({ query: q }), access)).not.toThrow();
    }
    expect(filterRows(rows, state({ query: '.*' }), access)).toEqual([]);
    expect(matchesQuery(['a.*b'], '.*')).toBe(true);
  });

  it('keeps every row for an empty or blank query', () => {
    expect(filterRows(rows, state({ query: '  ' }), access)).toHaveLength(rows.length);
  });
});

describe('facet filters', () => {
  it('keeps rows whose values include the selected one', () => {
    expect(
      ids(filterRows(rows, state({ facets: { organization: 'hugging-face' } }), access)),
    ).toEqual(['bloom']);
  });

  it('combines facets and text with AND', () => {
    expect(ids(filterRows(rows, state({ facets: { parameters: '10to100' } }), access))).toEqual([
      'llama-2-70b',
      'mixtral-8x7b',
    ]);
    expect(
      ids(filterRows(rows, state({ query: 'mix', facets: { parameters: '10to100' } }), access)),
    ).toEqual(['mixtral-8x7b']);
  });

  it('ignores an empty selection', () => {
    expect(filterRows(rows, state({ facets: { organization: '' } }), access)).toHaveLength(
      rows.length,
    );
  });

  it('buckets parameter counts with inclusive lower bounds', () => {
    expect([0.11, 9.99, 10, 99.9, 100, 1000].map(parameterBucket)).toEqual([
      'lt10',
      'lt10',
      '10to100',
      '10to100',
      'gte100',
      'gte100',
    ]);
  });
});

describe('the filter prop', () => {
  it('matches scalar fields exactly and list fields by membership', () => {
    expect(ids(rows.filter((r) => matchesFilter(r, { family: 'llama' })))).toEqual(['llama-2-70b']);
    expect(ids(rows.filter((r) => matchesFilter(r, { organizations: 'bigscience' })))).toEqual([
      'bloom',
    ]);
    expect(rows.filter((r) => matchesFilter(r, { family: 'lla' }))).toEqual([]);
  });

  it('reaches into objects with dotted paths and compares { level } objects by level', () => {
    expect(ids(rows.filter((r) => matchesFilter(r, { 'openness.weights': 'partial' })))).toEqual([
      'bloom',
    ]);
  });
});

describe('sorting', () => {
  it('sorts numbers numerically in both directions', () => {
    expect(ids(sortRows(rows, 'parameters', 'asc', access))).toEqual([
      'qwen-7b',
      'mixtral-8x7b',
      'llama-2-70b',
      'bloom',
    ]);
    expect(ids(sortRows(rows, 'parameters', 'desc', access))).toEqual([
      'bloom',
      'llama-2-70b',
      'mixtral-8x7b',
      'qwen-7b',
    ]);
  });

  it('sorts text case-insensitively and numbers inside text naturally', () => {
    const named = ['Qwen 14B', 'qwen 7B', 'Llama'].map((name, i) => ({
      ...rows[0]!,
      id: String(i),
      name,
    }));
    expect(sortRows(named, 'name', 'asc', access).map((r) => r.name)).toEqual([
      'Llama',
      'qwen 7B',
      'Qwen 14B',
    ]);
  });

  it('puts missing values last whichever the direction', () => {
    expect(ids(sortRows(rows, 'context', 'asc', access)).at(-1)).toBe('bloom');
    expect(ids(sortRows(rows, 'context', 'desc', access)).at(-1)).toBe('bloom');
  });

  it('keeps the data order without a sort column, and does not mutate the input', () => {
    const copy = [...rows];
    expect(sortRows(rows, undefined, 'asc', access)).toEqual(rows);
    sortRows(rows, 'name', 'desc', access);
    expect(rows).toEqual(copy);
  });

  it('cycles ascending → descending → unsorted on repeated clicks', () => {
    const s1 = { ...emptyState, ...nextSort(emptyState, 'name') };
    const s2 = { ...s1, ...nextSort(s1, 'name') };
    const s3 = { ...s2, ...nextSort(s2, 'name') };
    expect([s1.sort, s1.direction, s2.sort, s2.direction, s3.sort]).toEqual([
      'name',
      'asc',
      'name',
      'desc',
      undefined,
    ]);
    expect(nextSort(s2, 'parameters')).toEqual({ sort: 'parameters', direction: 'asc' });
  });
});

describe('URL state', () => {
  const columns = ['name', 'parameters'];
  const facets = ['organization', 'year'];

  it('round-trips through the query string', () => {
    const s = state({
      query: '羊驼 & co',
      sort: 'parameters',
      direction: 'desc',
      facets: { organization: 'meta' },
    });
    const search = writeState('', 'models', s);
    // What a reader's URL carries, however it is encoded: the text with its "&" intact, the
    // sort as "-column" for descending, the facet under its own key, and nothing else.
    expect(search.startsWith('?')).toBe(true);
    expect(Object.fromEntries(new URLSearchParams(search))).toEqual({
      'models.q': '羊驼 & co',
      'models.sort': '-parameters',
      'models.organization': 'meta',
    });
    expect(readState(search, 'models', columns, facets)).toEqual(s);
  });

  it("leaves other tables' keys and unrelated parameters alone", () => {
    const search = writeState(
      '?tools.q=vllm&utm=x&models.q=old',
      'models',
      state({ query: 'new' }),
    );
    expect(new URLSearchParams(search).get('tools.q')).toBe('vllm');
    expect(new URLSearchParams(search).get('utm')).toBe('x');
    expect(new URLSearchParams(search).get('models.q')).toBe('new');
    expect(readState(search, 'tools', columns, facets).query).toBe('vllm');
  });

  it('writes nothing for the default state', () => {
    expect(writeState('?models.q=x', 'models', emptyState)).toBe('');
  });

  it('ignores unknown columns and facets from a hand-edited URL', () => {
    expect(readState('?models.sort=-nope&models.colour=red', 'models', columns, facets)).toEqual(
      emptyState,
    );
  });

  it('keeps the columns a reader chose, in the table order, and the roomy density', () => {
    const options = { columns: ['name', 'organizations', 'released', 'license'] };
    const s = state({ shown: ['name', 'released'], roomy: true });
    const search = writeState('', 'models', s, options);
    expect(search).toBe('?models.cols=name%2Creleased&models.density=roomy');
    expect(readState(search, 'models', columns, facets, options)).toEqual(s);
    // A hand-edited list: unknown keys dropped, the table's order restored.
    expect(
      readState('?models.cols=license,nope,name', 'models', columns, facets, options).shown,
    ).toEqual(['name', 'license']);
    // Nothing known left: the table's default columns.
    expect(readState('?models.cols=nope', 'models', columns, facets, options).shown).toBe(
      undefined,
    );
  });

  it('opens on the initial facets, records only departures from them, and `all` when cleared', () => {
    const options = { initialFacets: { year: '2024' } };
    const opened = readState('', 'models', columns, facets, options);
    expect(opened.facets).toEqual({ year: '2024' });
    expect(writeState('', 'models', opened, options)).toBe('');
    const cleared = { ...opened, facets: {} };
    const search = writeState('', 'models', cleared, options);
    expect(search).toBe(`?models.year=${allValue}`);
    expect(readState(search, 'models', columns, facets, options).facets).toEqual({});
    const other = writeState('', 'models', { ...opened, facets: { year: '2023' } }, options);
    expect(readState(other, 'models', columns, facets, options).facets).toEqual({ year: '2023' });
  });

  it('gives differently filtered tables different, stable prefixes', () => {
    expect(tablePrefix('models', undefined)).toBe('models');
    const a = tablePrefix('models', { family: 'llama' });
    expect(a).toBe(tablePrefix('models', { family: 'llama' }));
    expect(a).not.toBe(tablePrefix('models', { family: 'qwen' }));
    expect(a).toMatch(/^models-[a-z0-9]+$/);
  });
});

describe('where-to-get filter values', () => {
  const get = (downloads: string[], runtimes: string[]) => ({
    get: {
      downloads: downloads.map((site) => ({ site })),
      runtimes: runtimes.map((runtime) => ({ runtime })),
    },
  });

  it('matches a ModelScope download and an Ollama runtime, nothing else', () => {
    expect(getValues(get(['huggingface', 'modelscope'], ['vllm', 'ollama']))).toEqual([
      'modelscope',
      'ollama',
    ]);
    expect(getValues(get(['huggingface'], ['gguf', 'llama-cpp']))).toEqual([]);
    expect(getValues(get([], ['ollama']))).toEqual(['ollama']);
  });

  it('gives an entry without `get` no value, so it matches neither filter', () => {
    expect(getValues({})).toEqual([]);
  });
});
