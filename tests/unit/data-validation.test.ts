/**
 * The data loader's promise to contributors: every kind of mistake produces one line,
 * `file: id: field: message`, that says what was expected and what was found. Each case is a
 * folder under tests/fixtures/data/<case>/<collection>/x.yaml holding exactly that mistake.
 *
 * The last test checks the real src/data: if it fails, its message lists every problem.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadAtlasData } from '../../src/data/load';
import { organizationKinds } from '../../src/data/schema/organizations';
import { sizesInName } from '../../src/data/schema/models';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'tests', 'fixtures', 'data');
const today = '2026-11-23';

function problemsOf(fixture: string): string[] {
  return loadAtlasData({ dataDir: join(fixtures, fixture), rootDir: root, today }).problems.map(
    formatProblem,
  );
}

const file = (fixture: string, collection: string) =>
  `tests/fixtures/data/${fixture}/${collection}/x.yaml`;

const cases: Array<{ name: string; fixture: string; expected: string }> = [
  {
    name: 'an unknown field (schema error)',
    fixture: 'unknown-field',
    expected: `${file('unknown-field', 'organizations')}: acme: (entry): unknown field "homepage" (check the spelling against the schema in src/data/schema)`,
  },
  {
    name: 'a value outside an enum (schema error)',
    fixture: 'wrong-enum',
    // Every allowed value is listed, from the schema's own list, so adding a kind changes no test.
    expected: `${file('wrong-enum', 'organizations')}: acme: kind: expected one of ${organizationKinds.map((k) => `"${k}"`).join(', ')}, found "startup"`,
  },
  {
    name: 'a missing required field (schema error)',
    fixture: 'missing-field',
    expected: `${file('missing-field', 'organizations')}: acme: name: required field is missing (expected string)`,
  },
  {
    name: 'an unknown cross-reference id',
    fixture: 'unknown-reference',
    expected: `${file('unknown-reference', 'tools')}: widget: license: unknown licence id "no-such-licence"; known ids: (none yet)`,
  },
  {
    name: 'a duplicate id',
    fixture: 'duplicate-id',
    expected: `${file('duplicate-id', 'organizations')}: acme: id: duplicate id; "acme" is already used in ${file('duplicate-id', 'organizations')}`,
  },
  {
    name: 'a duplicate alias',
    fixture: 'duplicate-alias',
    expected: `${file('duplicate-alias', 'organizations')}: acme-labs: aliases: alias "Acme AI" is already a name or alias of "acme"`,
  },
  {
    name: 'a date that does not exist',
    fixture: 'invalid-date',
    expected: `${file('invalid-date', 'organizations')}: acme: founded: expected a real calendar date, found "2023-02-30"`,
  },
  {
    name: 'a date in the future',
    fixture: 'future-date',
    expected: `${file('future-date', 'organizations')}: acme: founded: expected a date not after the build date ${today}, found "2027-01"`,
  },
  {
    name: 'a non-positive number',
    fixture: 'non-positive-number',
    expected: `${file('non-positive-number', 'models')}: tiny: parameters.total: expected a positive number of billions, found 0`,
  },
  {
    name: 'more active than total parameters',
    fixture: 'active-over-total',
    expected: `${file('active-over-total', 'models')}: tiny: parameters.active: expected at most the total (7), found 13`,
  },
  {
    name: 'a size in the name more than 2 % from the recorded count, with no note saying why',
    fixture: 'size-in-name-without-note',
    expected: `${file('size-in-name-without-note', 'models')}: tiny: parameters_note: expected a note on the parameter counts: the name says 7B, the total is 7.61B (more than 2 % apart); say where each figure comes from, found nothing`,
  },
  {
    name: 'a source that is not https',
    fixture: 'non-https-source',
    expected: `${file('non-https-source', 'organizations')}: acme: sources.0: expected an https:// URL, found "http://example.com/about"`,
  },
  {
    name: 'an openness component left out (rubric v2 grades all of them)',
    fixture: 'openness-missing-component',
    expected: `${file('openness-missing-component', 'models')}: tiny: openness.access: required field is missing (expected object)`,
  },
  {
    name: 'an openness component the rubric does not have',
    fixture: 'openness-unknown-component',
    expected: `${file('openness-unknown-component', 'models')}: tiny: openness: unknown field "weights_chat" (check the spelling against the schema in src/data/schema)`,
  },
  {
    name: 'a grade with neither evidence nor a note on where it was looked for',
    fixture: 'openness-without-evidence',
    expected: `${file('openness-without-evidence', 'models')}: tiny: openness.training_code.evidence: expected at least one evidence URL, or a note saying where the component was looked for, found nothing`,
  },
  {
    name: 'an organisation without headquarters',
    fixture: 'missing-headquarters',
    expected: `${file('missing-headquarters', 'organizations')}: acme: headquarters: required field is missing (expected object)`,
  },
  {
    name: 'headquarters with a country but neither a city nor a note',
    fixture: 'headquarters-without-city',
    expected: `${file('headquarters-without-city', 'organizations')}: acme: headquarters.city: expected the city (or a note saying why the organisation has none), found nothing`,
  },
  {
    name: 'a company without founders or a founders_note (a community needs none)',
    fixture: 'missing-founders',
    expected: `${file('missing-founders', 'organizations')}: acme: founders: expected the founders of a company (or a founders_note saying why none are listed)`,
  },
  {
    name: 'an organisation without a founding date or a founded_note',
    fixture: 'missing-founded',
    expected: `${file('missing-founded', 'organizations')}: acme: founded: required field is missing (expected a date written YYYY, YYYY-MM or YYYY-MM-DD, or a founded_note saying where it was looked for)`,
  },
  {
    name: 'a headquarters country that contradicts the region',
    fixture: 'headquarters-country',
    expected: `${file('headquarters-country', 'organizations')}: acme: headquarters.country: expected the same country as region "FR", found "DE"`,
  },
  {
    // YAML would end the note at " #" without a word; the rest of the line must not vanish.
    name: 'a value cut short by " #", which starts a YAML comment',
    fixture: 'comment-in-value',
    expected: `${file('comment-in-value', 'organizations')}: acme: founders_note: YAML reads " #" as the start of a comment, so "#12 的说明" is not part of the value: quote the value if the "#" belongs to it, or put the comment on a line of its own`,
  },
  {
    name: 'a YAML file that is not a list',
    fixture: 'not-a-list',
    expected: `${file('not-a-list', 'organizations')}: (file): (yaml): expected a list of entries (each starting with "- id: …"), found a mapping`,
  },
];

describe('data validation: one clear line per mistake', () => {
  it.each(cases)('reports $name', ({ fixture, expected }) => {
    expect(problemsOf(fixture)).toEqual([expected]);
  });

  it('reports invalid YAML with the parser message and where it happened', () => {
    const problems = problemsOf('invalid-yaml');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      new RegExp(
        `^${file('invalid-yaml', 'organizations').replace(/[.]/g, '\\.')}: \\(file\\): \\(yaml\\): not valid YAML: .*line 3, column 1`,
      ),
    );
  });

  it('accepts a valid, cross-referenced set of entries', () => {
    const { data, problems } = loadAtlasData({
      dataDir: join(fixtures, 'valid'),
      rootDir: root,
      today,
    });
    expect(problems.map(formatProblem)).toEqual([]);
    expect(data.models.map((m) => [m.id, m.file])).toEqual([['tiny', file('valid', 'models')]]);
    // A grade without evidence gets an empty list, so renderers read one shape.
    expect(data.models[0]?.openness?.posttraining_data).toEqual({
      level: 'na',
      evidence: [],
      note: 'Tiny has no post-trained variant',
    });
  });
});

describe('sizes in a model name', () => {
  it.each([
    ['Qwen2.5-7B', { total: 7 }],
    ['Qwen3-30B-A3B', { total: 30, active: 3 }],
    ['DeepSeek-R1-Distill-Qwen-1.5B', { total: 1.5 }],
    ['SmolLM 360M', { total: 0.36 }],
    ['Ling-1T', { total: 1000 }],
    ['GPT-2 XL (1.5B)', { total: 1.5 }],
    ['LFM2-8B-A1B', { total: 8, active: 1 }],
    // Not a total size: a multiplier (8x7B), an "effective" size (E4B), no size at all.
    ['Mixtral 8x7B', {}],
    ['Gemma 3n E4B', {}],
    ['GLM-4.5', {}],
  ])('%s → %o', (name, expected) => {
    expect(sizesInName(name)).toEqual(expected);
  });
});

describe('the real data in src/data', () => {
  it('has no problems', { timeout: 60_000 }, () => {
    const { problems } = loadAtlasData({ dataDir: join(root, 'src', 'data'), rootDir: root });
    const report = problems.map(formatProblem).join('\n');
    expect(problems, `src/data has ${problems.length} problem(s):\n${report}`).toHaveLength(0);
  });
});
