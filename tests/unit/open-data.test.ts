/**
 * The open-data exports (src/plugins/open-data): CSV that Excel reads and that parses back to
 * exactly the JSON, and JSON that validates against the JSON Schema generated from the zod
 * schemas, for every collection of the real data.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import Ajv2020 from 'ajv/dist/2020';
import { atlasDataFor, atlasEnglishFor } from '../../src/plugins/atlas-data';
import { opennessView } from '../../src/data/derive/openness';
import type { Model } from '../../src/data/types';
import {
  BOM,
  flattenEntry,
  parseCsv,
  toCsv,
  type JsonObject,
} from '../../src/plugins/open-data/csv';
import {
  collectionNames,
  csvExport,
  dataLicense,
  entryJsonSchema,
  exportEntries,
  fileJsonSchema,
  jsonExport,
} from '../../src/plugins/open-data/export';

const data = atlasDataFor(import.meta.dirname + '/../..', 'zh-Hans');
const english = atlasEnglishFor(import.meta.dirname + '/../..');
const ajv = () => new Ajv2020({ allErrors: true, strict: true, validateFormats: false });

describe('CSV', () => {
  it('starts with a BOM, ends rows with CRLF and quotes per RFC 4180', () => {
    const csv = toCsv([
      { id: 'a', text: '他说："开源"，\n第二行' },
      { id: 'b', text: ' lead' },
    ]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}id,text\r\na,"他说：""开源""，\n第二行"\r\nb," lead"\r\n`);
  });

  it('flattens objects to dotted columns and keeps lists as JSON text', () => {
    expect(
      flattenEntry({
        id: 'm',
        parameters: { total: 7, active: null },
        sources: ['https://a.example/', 'https://b.example/'],
        ok: false,
      }),
    ).toEqual({
      id: 'm',
      'parameters.total': '7',
      'parameters.active': '',
      sources: '["https://a.example/","https://b.example/"]',
      ok: 'false',
    });
  });

  it('gives every row every column, in first-seen order', () => {
    const { header, rows } = parseCsv(toCsv([{ a: '1' }, { b: '2', a: '3' }]));
    expect(header).toEqual(['a', 'b']);
    expect(rows).toEqual([
      ['1', ''],
      ['3', '2'],
    ]);
  });

  it('refuses broken quoting rather than guessing', () => {
    expect(() => parseCsv('a\r\n"open')).toThrow(/not closed/);
    expect(() => parseCsv('a\r\nx"y"')).toThrow(/quote inside/);
  });

  describe.each(collectionNames)('%s.csv', (c) => {
    it('parses back to the JSON export, row by row and cell by cell', () => {
      const csv = csvExport(data, c, english);
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      const { header, rows } = parseCsv(csv);
      const entries = exportEntries(data, c, english);
      expect(rows).toHaveLength(entries.length);
      entries.forEach((entry, i) => {
        const flat = flattenEntry(entry);
        const parsed = Object.fromEntries(header.map((h, j) => [h, rows[i]![j]]));
        // Columns the entry lacks are empty; every column it has holds its value.
        for (const h of header)
          expect(parsed[h], `${c} ${JSON.stringify(entry.id)} ${h}`).toBe(flat[h] ?? '');
        expect(Object.keys(flat).filter((k) => !header.includes(k))).toEqual([]);
      });
    });
  });
});

describe('JSON Schema', () => {
  it('is generated from the zod schema: strict objects, required fields, enums', () => {
    const schema = entryJsonSchema('models') as {
      additionalProperties: boolean;
      required: string[];
      properties: Record<string, { enum?: string[] }>;
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(
      expect.arrayContaining(['id', 'sources', 'verified', 'license', 'memory', 'mof_class']),
    );
    expect(schema.properties.sparsity!.enum).toContain('moe');
  });

  it('rejects what the data schema rejects: an unknown field, a wrong enum, a missing memory', () => {
    const validate = ajv().compile(fileJsonSchema('models', 'https://example.org'));
    const good = JSON.parse(
      JSON.stringify(jsonExport(data, 'models', { generated: '2026-12-02', source: 'x' })),
    ) as { items: JsonObject[] };
    expect(validate(good)).toBe(true);
    const first = good.items[0]!;
    for (const broken of [
      { ...first, colour: 'blue' },
      { ...first, sparsity: 'sparse-ish' },
      Object.fromEntries(Object.entries(first).filter(([k]) => k !== 'memory')),
    ]) {
      expect(validate({ ...good, items: [broken] })).toBe(false);
    }
  });

  it('requires every organisation to say where it is based', () => {
    const validate = ajv().compile(fileJsonSchema('organizations', 'https://example.org'));
    const good = JSON.parse(
      JSON.stringify(jsonExport(data, 'organizations', { generated: '2026-12-02', source: 'x' })),
    ) as { items: JsonObject[] };
    expect(validate(good)).toBe(true);
    const first = good.items[0]!;
    const withoutHq = Object.fromEntries(
      Object.entries(first).filter(([k]) => k !== 'headquarters'),
    );
    expect(validate({ ...good, items: [withoutHq] })).toBe(false);
    expect(validate({ ...good, items: [{ ...first, headquarters: { town: 'x' } }] })).toBe(false);
  });

  describe.each(collectionNames)('/data/%s.json', (c) => {
    it('validates against its own schema', () => {
      const validate = ajv().compile(fileJsonSchema(c, 'https://example.org'));
      const file = JSON.parse(
        JSON.stringify(jsonExport(data, c, { generated: '2026-12-02', source: 'x', english })),
      ) as unknown;
      expect(validate(file), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    });
  });
});

describe('English beside the Chinese', () => {
  const phi4 = exportEntries(data, 'models', english).find((m) => m.id === 'phi-4')!;

  it('exports the Chinese canonical text with the English in translation_en', () => {
    expect(phi4.description).toMatch(/\p{Script=Han}/u);
    expect(phi4.translation_en).toMatchObject({
      stale: false,
      fields: { description: expect.stringMatching(/^A 14B-parameter Phi model/) },
    });
    expect(phi4).not.toHaveProperty('i18n');
  });

  it('leaves translation_en out of entries without English', () => {
    // Every model is translated by now: take one model's English away.
    const withoutPhi4 = { ...english, models: { ...english.models } };
    delete withoutPhi4.models['phi-4'];
    const untranslated = exportEntries(data, 'models', withoutPhi4).find((m) => m.id === 'phi-4');
    expect(untranslated).toBeDefined();
    expect(untranslated).not.toHaveProperty('translation_en');
  });

  it('the schema refuses a translation_en that is not path → English text', () => {
    const validate = ajv().compile(fileJsonSchema('models', 'https://example.org'));
    const file = JSON.parse(
      JSON.stringify(jsonExport(data, 'models', { generated: '2026-12-02', source: 'x', english })),
    ) as { items: JsonObject[] };
    expect(validate(file)).toBe(true);
    const bad = (translation: JsonObject) =>
      validate({ ...file, items: [{ ...phi4, translation_en: translation }] });
    expect(bad({ stale: false, fields: { description: '' } })).toBe(false);
    expect(bad({ stale: false, fields: { 'not a path': 'x' } })).toBe(false);
    expect(bad({ fields: { description: 'x' } })).toBe(false);
  });
});

describe('model exports', () => {
  it('carry derived openness figures and a memory object per model', () => {
    const models = exportEntries(data, 'models');
    expect(models).toHaveLength(data.models.length);
    for (const m of models) {
      expect(m).not.toHaveProperty('file');
      expect(m).toHaveProperty('memory.weights_gb.int4');
      expect(m).toHaveProperty('memory.kv_cache_gb_per_1k_tokens');
      expect(m.openness_score).toBe(opennessView(m as unknown as Model).score);
    }
  });

  it('computes the memory figures with src/data/derive/memory.ts (Llama 3.1 8B worked by hand)', () => {
    const llama = exportEntries(data, 'models').find((m) => m.id === 'llama-3-1-8b')!;
    // 8 B parameters × 2 bytes; KV: 2 × 32 layers × 8 heads × 128 × 2 bytes × 1,000 tokens.
    expect(llama.memory).toEqual({
      weights_gb: { bf16: 16, fp8: 8, int8: 8, int4: 4.5 },
      kv_cache_gb_per_1k_tokens: 0.131,
    });
  });
});

describe('CITATION.cff', () => {
  it('has the keys CFF 1.2.0 requires, and the data licence', () => {
    const cff = parseYaml(
      readFileSync(import.meta.dirname + '/../../CITATION.cff', 'utf8'),
    ) as Record<string, unknown>;
    expect(cff['cff-version']).toBe('1.2.0');
    for (const key of ['message', 'title']) expect(typeof cff[key]).toBe('string');
    expect(Array.isArray(cff.authors) && cff.authors.length > 0).toBe(true);
    expect(cff.license).toBe(dataLicense.id);
  });
});
