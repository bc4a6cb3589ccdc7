/**
 * What each data component is given (src/components/views.ts) and how MDX pages get
 * it (src/plugins/atlas-data/remark.ts): the names-only index, per-table rows and fields,
 * and the equivalence a view promises — a component reading its view selects what it would
 * select from the whole atlas.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { atlasDataFor } from '../../src/plugins/atlas-data';
import remarkAtlasData from '../../src/plugins/atlas-data/remark';
import { serverOnlyQuery } from '../../src/plugins/server-only';
import {
  modelCardView,
  nameFields,
  namesIndex,
  orgCardView,
  parameterChartView,
  tableFieldsFor,
  tableView,
  termView,
  timelineView,
  type AtlasView,
} from '../../src/components/views';
import { matchesFilter } from '../../src/lib/filter';
import { selectEvents } from '../../src/components/Timeline/logic';
import { parseRef } from '../../src/lib/links';
import { UnknownEntryError } from '../../src/lib/lookup';
import type { Model } from '../../src/data/types';

const data = atlasDataFor(join(import.meta.dirname, '..', '..'));
const ids = (entries: ReadonlyArray<{ id: string }> | undefined) =>
  (entries ?? []).map((e) => e.id);
const size = (value: unknown) => JSON.stringify(value).length;

describe('names-only index', () => {
  const names = namesIndex(data);

  it('has every entry of every collection, with only the fields a link or badge shows', () => {
    for (const [collection, fields] of Object.entries(nameFields)) {
      const entries = names[collection as keyof AtlasView] ?? [];
      expect(ids(entries), collection).toEqual(ids(data[collection as keyof AtlasView]));
      for (const e of entries) {
        for (const key of Object.keys(e).filter((k) => k !== 'i18n'))
          expect(fields as readonly string[], `${collection} ${e.id}.${key}`).toContain(key);
        // The translation record, if any, is about the kept fields only.
        const i18n = (e as { i18n?: { zh?: string[]; other?: object } }).i18n;
        for (const path of [...(i18n?.zh ?? []), ...Object.keys(i18n?.other ?? {})])
          expect(fields as readonly string[], `${collection} ${e.id}.i18n ${path}`).toContain(
            path.split('.')[0],
          );
      }
    }
    expect(names.licenses?.find((l) => l.id === 'mit')).toMatchObject({
      name: 'MIT License',
      osi_approved: true,
      kind: expect.any(String),
    });
  });

  it('is much smaller than the collections it indexes', () => {
    expect(size(names)).toBeLessThan(size(data) / 5);
  });
});

describe('table views', () => {
  const props = {
    collection: 'models',
    filter: { family: 'qwen' },
    columns: ['name', 'released', 'license'],
    facets: false,
  } as const;
  const view = tableView(data, props);

  it('holds only the rows the fixed filter lets through', () => {
    const expected = data.models.filter((m) => m.family === 'qwen');
    expect(expected.length).toBeGreaterThan(1);
    expect(ids(view.models)).toEqual(ids(expected));
  });

  it('holds only the fields the shown columns, the filter and the text search read', () => {
    const allowed = tableFieldsFor(props);
    expect([...allowed].sort()).toEqual(['aliases', 'family', 'id', 'license', 'name', 'released']);
    for (const m of view.models ?? [])
      for (const key of Object.keys(m)) expect([...allowed]).toContain(key);
  });

  it('carries the names of exactly the licences its rows link to, and no organisations when no column shows them', () => {
    const used = new Set(data.models.filter((m) => m.family === 'qwen').map((m) => m.license));
    expect(new Set(ids(view.licenses))).toEqual(used);
    expect(view.organizations).toBeUndefined();
    expect(view.tools).toBeUndefined();
  });

  it('gives the table the same rows it would select from the whole atlas', () => {
    const filters: Array<Record<string, string>> = [
      { family: 'llama' },
      { sparsity: 'moe' },
      { 'openness.weights': 'open' },
      { organizations: 'meta' },
    ];
    for (const filter of filters) {
      const full = data.models.filter((m) => matchesFilter(m, filter));
      const fromView = (tableView(data, { collection: 'models', filter }).models ?? []).filter(
        (m) => matchesFilter(m, filter),
      );
      expect(ids(fromView), JSON.stringify(filter)).toEqual(ids(full));
    }
  });

  it('lets a list of values through, any of them, and fails on a listed value no entry has', () => {
    const chosen = [data.models[0]!.id, data.models[data.models.length - 1]!.id];
    const view = tableView(data, { collection: 'models', filter: { id: chosen } });
    expect(ids(view.models).sort()).toEqual([...chosen].sort());
    expect(() =>
      tableView(data, { collection: 'models', filter: { id: [chosen[0]!, 'no-such-model'] } }),
    ).toThrow(/filter lists what no models entry has: id: "no-such-model"/);
  });

  it('keeps the openness levels a table shows and drops the notes it does not', () => {
    const gradesOf = (m: Partial<Model>): Record<string, { level: string; note?: string }> =>
      m.openness ?? {};
    const noted = data.models.filter((m) => Object.values(gradesOf(m)).some((o) => o.note));
    expect(noted.length).toBeGreaterThan(0);
    const rows = tableView(data, { collection: 'models', columns: ['name', 'openness'] }).models;
    for (const model of noted) {
      const row = rows?.find((m) => m.id === model.id);
      const expected = Object.fromEntries(
        Object.entries(gradesOf(model)).map(([c, { level }]) => [c, { level }]),
      );
      expect(gradesOf(row!)).toEqual(expected);
    }
  });

  it('keeps the download sites and runtimes the "获取与运行" facet reads, without their links and notes', () => {
    const withGet = data.models.filter((m) => m.get && m.get.downloads.length > 0);
    expect(withGet.length).toBeGreaterThan(100);
    const rows = tableView(data, { collection: 'models', columns: ['name'] }).models;
    for (const model of withGet) {
      const row = rows?.find((m) => m.id === model.id);
      expect(row?.get).toEqual({
        downloads: model.get!.downloads.map((d) => ({ site: d.site })),
        runtimes: model.get!.runtimes.map((r) => ({ runtime: r.runtime })),
        verified: model.get!.verified,
      });
    }
  });

  it('names the unknown column or facet and the ones that exist', () => {
    expect(() => tableView(data, { collection: 'models', columns: ['name', 'size'] })).toThrow(
      /unknown column "size"; available: name, organizations/,
    );
    expect(() => tableView(data, { collection: 'tools', facets: ['family'] })).toThrow(
      /\(tools\): unknown facet "family"/,
    );
    // @ts-expect-error: a collection that has no table
    expect(() => tableView(data, { collection: 'events' })).toThrow(/unknown collection "events"/);
  });
});

describe('card, term, chart and timeline views', () => {
  it('a model card gets its model whole, and names of its organisations and licence', () => {
    const model = data.models.find((m) => m.id === 'mixtral-8x7b')!;
    const view = modelCardView(data, { id: 'mixtral-8x7b' });
    expect(view.models).toEqual([model]);
    expect(ids(view.organizations)).toEqual(model.organizations);
    expect(view.licenses).toEqual([
      {
        id: 'apache-2-0',
        name: expect.any(String),
        spdx: 'Apache-2.0',
        kind: expect.any(String),
        osi_approved: true,
      },
    ]);
    expect(() => modelCardView(data, { id: 'no-such-model' })).toThrow(UnknownEntryError);
  });

  it('an organisation card gets the names of its own models only', () => {
    const view = orgCardView(data, { id: 'mistral-ai' });
    const own = data.models.filter((m) => m.organizations.includes('mistral-ai'));
    expect(own.length).toBeGreaterThan(0);
    expect(ids(view.models)).toEqual(ids(own));
    for (const m of view.models ?? []) expect(m).not.toHaveProperty('description');
  });

  it('a term gets its names and definition, not its sources', () => {
    const view = termView(data, { id: 'moe' });
    expect(view.terms).toHaveLength(1);
    expect(Object.keys(view.terms![0]!).sort()).toEqual(
      expect.arrayContaining(['definition', 'en', 'id', 'zh']),
    );
    expect(view.terms![0]).not.toHaveProperty('sources');
  });

  it('a family chart gets that family only, with the fields it plots', () => {
    const view = parameterChartView(data, { family: 'llama' });
    expect(ids(view.models)).toEqual(ids(data.models.filter((m) => m.family === 'llama')));
    for (const m of view.models ?? [])
      expect(Object.keys(m).sort()).toEqual([
        'family',
        'id',
        'name',
        'parameters',
        'released',
        'sparsity',
      ]);
  });

  it('a timeline gets its events and the names of everything they link to', () => {
    const view = timelineView(data, { from: 2023, to: 2023 });
    const expected = selectEvents(data.events, { from: 2023, to: 2023 });
    expect(ids(view.events)).toEqual(ids(expected));
    expect(ids(selectEvents(view.events ?? [], { from: 2023, to: 2023 }))).toEqual(ids(expected));
    for (const ref of expected
      .flatMap((e) => e.related.map(parseRef))
      .filter((r) => r !== undefined)) {
      expect(ids(view[ref.collection]), `${ref.collection}:${ref.id}`).toContain(ref.id);
    }
    expect(size(view)).toBeLessThan(size(data.events));
  });
});

async function compileMdx(
  source: string,
  path = 'docs/example.mdx',
  modulesDir?: string,
): Promise<string> {
  const out = await compile(new VFile({ path, value: source }), {
    remarkPlugins: [[remarkAtlasData, { data: () => data, modulesDir }]],
  });
  return String(out);
}

describe('the remark plugin', () => {
  it('gives a family table its rows as a JSON prop, without other families', async () => {
    const js = await compileMdx(
      '<ComparisonTable collection="models" filter={{ family: "qwen" }} columns={["name","license"]} facets={false} />\n',
    );
    expect(js).toContain('data: JSON.parse(');
    const qwen = data.models.find((m) => m.family === 'qwen')!;
    const llama = data.models.find((m) => m.family === 'llama')!;
    expect(js).toContain(qwen.name);
    expect(js).not.toContain(llama.name);
    expect(js).not.toContain(qwen.description ?? '\u0000');
  });

  it('fills cards and terms inline in text, and leaves other elements alone', async () => {
    const js = await compileMdx(
      '见 <Term id="moe" /> 和 <ModelCard id="mixtral-8x7b" />。\n\n<details>x</details>\n',
    );
    expect(js.match(/data: JSON\.parse\(/g)).toHaveLength(2);
  });

  it('fails the build on a prop it cannot read, naming file, line and component', async () => {
    await expect(
      compileMdx(
        'text\n\n<ComparisonTable collection="models" filter={someFilter} />\n',
        'docs/bad.mdx',
      ),
    ).rejects.toThrow(
      /docs\/bad\.mdx:3: <ComparisonTable>: .*prop filter=\{someFilter\} must be a literal/,
    );
    await expect(compileMdx('<ModelCard id="no-such-model" />\n', 'docs/bad.mdx')).rejects.toThrow(
      /docs\/bad\.mdx:1: <ModelCard>: Unknown models id "no-such-model"/,
    );
    await expect(compileMdx('<Term {...props} />\n', 'docs/bad.mdx')).rejects.toThrow(
      /spread props/,
    );
  });

  it('writes the views of timelines and charts as server-only modules, with the categories of a timeline inline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-views-'));
    try {
      const js = await compileMdx(
        '<Timeline from="2023" to="2023" />\n\n<ParameterChart family="qwen" />\n\n<Term id="moe" />\n',
        'docs/example.mdx',
        dir,
      );
      const modules = readdirSync(dir).map((f) => join(dir, f));
      expect(modules).toHaveLength(2);
      const events = selectEvents(data.events, { from: 2023, to: 2023 });
      const timelineModule = modules.find(
        (f) => ids((JSON.parse(readFileSync(f, 'utf8')) as AtlasView).events).length > 0,
      )!;
      expect(ids((JSON.parse(readFileSync(timelineModule, 'utf8')) as AtlasView).events)).toEqual(
        ids(events),
      );
      // The server imports each module (the browser bundle turns that import into null) and
      // the browser may fetch it as a chunk of its own; the page's own code holds neither view.
      for (const f of modules) {
        expect(js).toContain(`from ${JSON.stringify(f + serverOnlyQuery)}`);
        expect(js).toContain(`import(${JSON.stringify(f)})`);
      }
      expect(js).not.toContain(events[0]!.description);
      // The category buttons and count, inline: each category with its number of events.
      const counts = new Map<string, number>();
      for (const e of events) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
      expect(js).toContain(
        `shell: JSON.parse(${JSON.stringify(JSON.stringify({ categories: [...counts] }))})`,
      );
      // A term is small and needed at once: still inline.
      expect(js.match(/data: JSON\.parse\(/g)).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
