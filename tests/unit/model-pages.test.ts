/**
 * Model pages and the compare page: which atlas pages count as discussing a model
 * (backlinks), how a licence's clauses are decoded, what a page is given, the compare page's
 * URL state, and the ids reserved for routes under /models/.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  backlinksByModel,
  modelsReferencedBy,
  parseFilterLiteral,
  stripCode,
} from '../../src/plugins/model-pages/backlinks';
import { compareEntries, modelPageData, nextMofClass } from '../../src/plugins/model-pages/data';
import { mofMissing, opennessView } from '../../src/data/derive/openness';
import { decodeLicenseClauses } from '../../src/data/derive/license-clauses';
import {
  compareHref,
  differs,
  maxCompared,
  parseCompareIds,
} from '../../src/components/ModelCompare/logic';
import { loadAtlasData } from '../../src/data/load';
import { modelSchema } from '../../src/data/schema/models';
import { reservedModelIds } from '../../src/data/vocab';

const root = join(import.meta.dirname, '..', '..');
const real = loadAtlasData({ dataDir: join(root, 'src', 'data'), rootDir: root });
const models = [
  { id: 'llama-2-7b', family: 'llama', sparsity: 'dense', modalities: ['text'] },
  { id: 'mixtral-8x7b', family: 'mistral', sparsity: 'moe', modalities: ['text'] },
  { id: 'qwen3-30b-a3b', family: 'qwen', sparsity: 'moe', modalities: ['text'] },
  { id: 'gemma-3-4b', family: 'gemma', sparsity: 'dense', modalities: ['text', 'image'] },
];

describe('backlinks: what a page refers to', () => {
  it('finds links to the page and to the old anchor', () => {
    const src = '见 [Llama 2](/models/llama-2-7b) 与 [Mixtral](/models#mixtral-8x7b)。';
    expect(modelsReferencedBy(src, models)).toEqual(['llama-2-7b', 'mixtral-8x7b']);
  });

  it('finds model: references and ModelCard ids', () => {
    expect(modelsReferencedBy('related: [model:qwen3-30b-a3b]', models)).toEqual(['qwen3-30b-a3b']);
    expect(modelsReferencedBy('<ModelCard id="gemma-3-4b" />', models)).toEqual(['gemma-3-4b']);
  });

  it('counts the rows of a model table with a fixed filter, not a table of everything', () => {
    const moe =
      '<ComparisonTable collection="models" filter={{ sparsity: "moe" }} columns={["name"]} />';
    expect(modelsReferencedBy(moe, models)).toEqual(['mixtral-8x7b', 'qwen3-30b-a3b']);
    const image = `<ComparisonTable collection="models" filter={{ modalities: 'image' }} />`;
    expect(modelsReferencedBy(image, models)).toEqual(['gemma-3-4b']);
    expect(modelsReferencedBy('<ComparisonTable collection="models" />', models)).toEqual([]);
    const tools = '<ComparisonTable collection="tools" filter={{ family: "llama" }} />';
    expect(modelsReferencedBy(tools, models)).toEqual([]);
  });

  it('ignores ids the atlas does not have and examples inside code', () => {
    expect(modelsReferencedBy('[x](/models/no-such-model) `model:<id>`', models)).toEqual([]);
    const example =
      '示例：\n\n```mdx\n<ModelCard id="mixtral-8x7b" />\n```\n\n`/models#llama-2-7b`';
    expect(modelsReferencedBy(example, models)).toEqual([]);
    expect(stripCode('a `b` c')).toBe('a  c');
  });

  it('parses literal filters and refuses anything else', () => {
    expect(parseFilterLiteral('{ family: "llama", sparsity: \'moe\', }')).toEqual({
      family: 'llama',
      sparsity: 'moe',
    });
    expect(parseFilterLiteral('{ family: someVariable }')).toBeUndefined();
  });

  it('lists, per model, the pages that refer to it in page order', () => {
    const pages = [
      { permalink: '/docs/a', title: 'A', source: '[m](/models/mixtral-8x7b)' },
      { permalink: '/docs/b', title: 'B', source: 'nothing here' },
      { permalink: '/docs/c', title: 'C', source: '<ModelCard id="mixtral-8x7b" />' },
    ];
    const map = backlinksByModel(pages, models);
    expect(map.get('mixtral-8x7b')).toEqual([
      { permalink: '/docs/a', title: 'A' },
      { permalink: '/docs/c', title: 'C' },
    ]);
    expect(map.get('llama-2-7b')).toEqual([]);
  });
});

describe('licence clauses, decoded', () => {
  const licence = (id: string) => real.data.licenses.find((l) => l.id === id)!;
  const levels = (id: string) =>
    Object.fromEntries(decodeLicenseClauses(licence(id)).map((c) => [c.key, c.level]));

  it('reads the Llama 3.1 licence as checked in its text', () => {
    const decoded = decodeLicenseClauses(licence('llama-3-1-community'));
    expect(Object.fromEntries(decoded.map((c) => [c.key, c.level]))).toEqual({
      commercial_use: 'condition',
      user_threshold: 'condition',
      acceptable_use: 'condition',
      attribution_notice: 'condition',
      derivative_naming: 'condition',
      output_training: 'condition',
    });
    expect(decoded.find((c) => c.key === 'user_threshold')?.threshold).toBe(700_000_000);
  });

  it('finds no threshold or naming rule in the DeepSeek licence, but use restrictions', () => {
    expect(levels('deepseek-model-license')).toMatchObject({
      commercial_use: 'none',
      user_threshold: 'none',
      acceptable_use: 'condition',
      derivative_naming: 'none',
    });
  });

  it('derives no use policy for an OSI licence, and says unknown where nothing was read', () => {
    // BSD-3-Clause's text has not been decoded clause by clause.
    expect(levels('bsd-3-clause')).toEqual({
      commercial_use: 'none',
      user_threshold: 'none',
      acceptable_use: 'none',
      attribution_notice: 'condition',
      derivative_naming: 'unknown',
      output_training: 'none',
    });
    // A custom licence whose text was not read clause by clause: no guesses.
    expect(levels('gemma-terms')).toMatchObject({
      user_threshold: 'unknown',
      acceptable_use: 'unknown',
      output_training: 'unknown',
    });
  });

  it('tells Llama 2 (no training other models on outputs) from Llama 3 (a naming rule too)', () => {
    expect(levels('llama-2-community')).toMatchObject({
      derivative_naming: 'none',
      output_training: 'forbidden',
    });
    expect(levels('llama-3-community')).toMatchObject({
      derivative_naming: 'condition',
      output_training: 'forbidden',
    });
  });

  it('keeps the 2023 Tongyi Qianwen text apart from the 2024 Qwen text Qwen2.5-72B ships with', () => {
    expect(levels('tongyi-qianwen-license')).toMatchObject({
      commercial_use: 'condition',
      user_threshold: 'condition',
      derivative_naming: 'none',
      output_training: 'forbidden',
    });
    const qwen25 = real.data.models.find((m) => m.id === 'qwen2-5-72b')!;
    expect(qwen25.license).toBe('qwen-license');
    // The 2023 ban does not carry over: the 2024 text's section 5.b (read in several verbatim
    // quotations of the official file) allows training on outputs if the result says "Built
    // with Qwen".
    expect(levels(qwen25.license).output_training).toBe('condition');
    expect(levels(qwen25.license).user_threshold).toBe('condition');
  });

  it('decodes a research-only licence as forbidding commercial use', () => {
    expect(levels('llama-1-research').commercial_use).toBe('forbidden');
  });
});

describe('what a model page is given', () => {
  it('has the real data without problems', () => {
    expect(real.problems).toEqual([]);
  });

  it('names the family, the derived models and the events that name the model', () => {
    const page = modelPageData(real.data, 'deepseek-r1');
    expect(page.family.map((f) => f.id)).toContain('deepseek-v3');
    expect(page.family.map((f) => f.id)).not.toContain('deepseek-r1');
    const eventIds = real.data.events
      .filter((e) => e.related.includes('model:deepseek-r1'))
      .map((e) => e.id);
    expect(eventIds.length).toBeGreaterThan(0);
    expect(page.events.map((e) => e.id).sort()).toEqual([...eventIds].sort());
    expect(page.organizations.map((o) => o.id)).toEqual(['deepseek']);
  });

  it('gives every model of the atlas a comparable entry', () => {
    const entries = compareEntries(real.data);
    expect(entries).toHaveLength(real.data.models.length);
    const llama = entries.find((e) => e.id === 'llama-3-1-8b')!;
    expect(llama.license.id).toBe('llama-3-1-community');
    expect(llama.clauses).toHaveLength(6);
  });
});

describe('a model graded on rubric v2 (the fixture model "tiny")', () => {
  const fixture = loadAtlasData({
    dataDir: join(root, 'tests', 'fixtures', 'data', 'valid'),
    rootDir: root,
    today: '2026-11-23',
  }).data;
  const withEvents = { ...fixture, events: [] };

  it('gets a score and a class on the compare page, and its page keeps the evidence', () => {
    const [entry] = compareEntries(fixture);
    const view = opennessView(fixture.models[0]!);
    expect(entry!.openness.score).toBe(view.score);
    expect(Object.keys(entry!.openness.levels)).toHaveLength(18);
    const page = modelPageData(withEvents, 'tiny');
    expect(page.model.openness?.posttraining_data.note).toBe('Tiny has no post-trained variant');
    expect(page.family).toEqual([]);
  });

  it('names the next MOF class and what it lacks', () => {
    expect(nextMofClass(undefined)).toBe(3);
    expect(nextMofClass(3)).toBe(2);
    expect(nextMofClass(2)).toBe(1);
    expect(nextMofClass(1)).toBeUndefined();
    const view = opennessView(fixture.models[0]!);
    const next = nextMofClass(view.mofClass);
    // Whatever class the fixture reaches, the next one lacks at least one component.
    if (next) expect(mofMissing(view.grades, next).length).toBeGreaterThan(0);
  });
});

describe('compare page URL state', () => {
  const known = new Set(['a', 'b', 'c', 'd', 'e']);
  it('reads ids in order, known ones once, at most four', () => {
    expect(parseCompareIds('?ids=b,a', known)).toEqual(['b', 'a']);
    expect(parseCompareIds('?ids=a,zzz,a,b', known)).toEqual(['a', 'b']);
    expect(parseCompareIds('?ids=a&ids=c', known)).toEqual(['a', 'c']);
    expect(parseCompareIds('?ids=a,b,c,d,e', known)).toHaveLength(maxCompared);
    expect(parseCompareIds('', known)).toEqual([]);
    expect(parseCompareIds('?ids=<script>', known)).toEqual([]);
  });

  it('writes the URL the page reads', () => {
    expect(compareHref(['a', 'b'])).toBe('/models/compare?ids=a,b');
    expect(parseCompareIds(compareHref(['a', 'b']).split('?')[1]!, known)).toEqual(['a', 'b']);
    expect(compareHref([])).toBe('/models/compare');
  });

  it('marks a row as different only when the values differ', () => {
    expect(differs(['8B', '8B'])).toBe(false);
    expect(differs(['8B', '70B', '8B'])).toBe(true);
  });
});

describe('ids reserved for routes under /models/', () => {
  it('rejects a model whose id is a page path', () => {
    // The loaded entry minus the `file` tag the loader adds, which the schema does not know.
    const entry: Record<string, unknown> = { ...real.data.models[0]! };
    delete entry.file;
    for (const id of reservedModelIds) {
      const result = modelSchema.safeParse({ ...entry, id });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.message).join(' ')).toContain('reserved');
    }
    expect(modelSchema.safeParse(entry).success).toBe(true);
  });
});
