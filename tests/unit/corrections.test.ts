/**
 * The corrections log (更正记录): the schema and the loader reject a bad entry with one line
 * naming the file, the entry and the field, and a target page or entry that does not exist;
 * the page lists the log newest first and links each target. The real log is checked too.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blogFileOf, docFileOf, formatProblem, loadAtlasData } from '../../src/data/load';
import { correctionSchema } from '../../src/data/schema/corrections';
import { refPrefixes } from '../../src/data/vocab';
import { newestFirst } from '../../src/lib/corrections';
import { targetLink } from '../../src/pages/_components/CorrectionsLog/logic';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'tests', 'fixtures', 'data');
const today = '2026-12-02';

const load = (fixture: string) =>
  loadAtlasData({ dataDir: join(fixtures, fixture), rootDir: root, today });
const problemsOf = (fixture: string) => load(fixture).problems.map(formatProblem);
const file = (fixture: string) => `tests/fixtures/data/${fixture}/corrections/x.yaml`;

describe('a bad correction: one line naming file, entry and field', () => {
  it('a target page that does not exist', () => {
    expect(problemsOf('correction-unknown-page')).toEqual([
      `${file('correction-unknown-page')}: fix: target: no doc page at "/docs/community/no-such-page" (looked for docs/community/no-such-page.mdx, .md or /index.mdx)`,
    ]);
  });

  it('a target entry that does not exist', () => {
    expect(problemsOf('correction-unknown-entry')).toEqual([
      `${file('correction-unknown-entry')}: fix: target: unknown event id "no-such-event"; known ids: (none yet)`,
    ]);
  });

  it('a target written neither as a page path nor as kind:id', () => {
    const kinds = Object.keys(refPrefixes).join(', ');
    expect(problemsOf('correction-bad-target')).toEqual([
      `${file('correction-bad-target')}: fix: target: expected a page path such as "/docs/community/lmsys" or "/blog/open-llms-2023", or an entry written kind:id with kind one of ${kinds} (e.g. "event:chatbot-arena-launch"), found "events:chatbot-arena-launch"`,
    ]);
  });

  it('a missing field', () => {
    expect(problemsOf('correction-missing-field')).toEqual([
      `${file('correction-missing-field')}: fix: right: required field is missing (expected string)`,
    ]);
  });

  it('rejects a source that is not https, a partial date and a malformed commit', () => {
    const base = {
      id: 'x',
      date: '2026-12-02',
      target: '/docs',
      wrong: '旧',
      right: '新',
      sources: ['https://example.com/'],
    };
    const fieldsOf = (entry: object) =>
      (correctionSchema.safeParse(entry).error?.issues ?? []).map((i) => i.path.join('.'));
    expect(fieldsOf(base)).toEqual([]);
    expect(fieldsOf({ ...base, sources: ['http://example.com/'] })).toEqual(['sources.0']);
    expect(fieldsOf({ ...base, sources: [] })).toEqual(['sources']);
    expect(fieldsOf({ ...base, date: '2026-12' })).toEqual(['date']);
    expect(fieldsOf({ ...base, commit: 'HEAD' })).toEqual(['commit']);
    expect(fieldsOf({ ...base, colour: 'red' })).toEqual(['']);
  });
});

describe('a valid log', () => {
  const { data, problems } = load('correction-valid');

  it('loads with no problems: a page, the docs root and a licence as targets', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(data.corrections.map((c) => c.id)).toEqual([
      'older',
      'same-day-first',
      'same-day-second',
    ]);
  });

  it('is shown newest first; of two on the same day, the one added later first', () => {
    expect(newestFirst(data.corrections).map((c) => c.id)).toEqual([
      'same-day-second',
      'same-day-first',
      'older',
    ]);
  });

  it('links a page to itself and an entry to its anchor, named as in the data', () => {
    expect(targetLink('/docs/community/lmsys', {})).toEqual({
      href: '/docs/community/lmsys',
      label: '/docs/community/lmsys',
      kind: 'page',
    });
    expect(targetLink('license:mit', { licenses: data.licenses })).toEqual({
      href: '/licenses#mit',
      label: 'MIT License',
      kind: 'entry',
    });
  });
});

describe('doc paths', () => {
  const docs = join(root, 'docs');
  it('map to a page file or a section index', () => {
    expect(docFileOf('/docs', docs)).toBe(join(docs, 'index.mdx'));
    expect(docFileOf('/docs/community', docs)).toBe(join(docs, 'community', 'index.mdx'));
    expect(docFileOf('/docs/community/lmsys', docs)).toBe(join(docs, 'community', 'lmsys.mdx'));
    expect(docFileOf('/docs/community/nope', docs)).toBeUndefined();
  });
  it('a section index is written as its folder, as readers see it', () => {
    const issues = (value: string) =>
      (correctionSchema.shape.target.safeParse(value).error?.issues ?? []).map((i) => i.message);
    expect(issues('/docs/models')).toEqual([]);
    expect(issues('/docs/models/index')).toEqual([
      'a section index page is addressed by its folder: write "/docs/models", not "/docs/models/index"',
    ]);
    expect(issues('/docs/index')).toHaveLength(1);
  });
  it('a blog path maps to the post whose file name ends with its slug', () => {
    const blog = join(root, 'blog');
    expect(blogFileOf('/blog/open-llms-2023', blog)).toBe(
      join(blog, '2023-12-31-open-llms-2023.mdx'),
    );
    expect(blogFileOf('/blog/llms-2023', blog)).toBeUndefined();
    expect(correctionSchema.shape.target.safeParse('/blog/open-llms-2023').success).toBe(true);
    expect(correctionSchema.shape.target.safeParse('/blog').success).toBe(false);
  });
});

describe('the real log in src/data/corrections', () => {
  const real = loadAtlasData({ dataDir: join(root, 'src', 'data'), rootDir: root });
  it('starts with the three corrections of issue 19', () => {
    const targets = real.data.corrections.map((c) => c.target);
    expect(targets).toEqual(
      expect.arrayContaining([
        '/docs/community/lmsys',
        '/docs/tools/evaluation',
        'event:chatbot-arena-launch',
        '/docs/models/reasoning',
        '/docs/history/dl-infrastructure',
      ]),
    );
    expect(real.problems.filter((p) => p.file.includes('corrections'))).toEqual([]);
  });

  it('checks the commit an entry names: it exists and adds the entry or changes its target', () => {
    // Three git processes for the whole log, not three per entry: the log keeps growing.
    const git = (args: string[], input?: string) =>
      execFileSync('git', args, {
        cwd: root,
        encoding: 'utf8',
        input,
        stdio: ['pipe', 'pipe', 'pipe'],
        maxBuffer: 256 * 1024 * 1024,
      });
    /** Where the target's source lives: its page file, or its collection's folder. */
    const sourceOf = (target: string): string | undefined => {
      const file = target.startsWith('/blog')
        ? blogFileOf(target, join(root, 'blog'))
        : target.startsWith('/')
          ? docFileOf(target, join(root, 'docs'))
          : `src/data/${refPrefixes[target.split(':')[0] as keyof typeof refPrefixes]}/`;
      return file?.startsWith(root) ? file.slice(root.length + 1) : file;
    };
    const named = [...new Set(real.data.corrections.flatMap((c) => (c.commit ? [c.commit] : [])))];
    // `<sha> commit <size>` for a commit, `<name> missing` (or another type) otherwise.
    const resolved = new Map<string, string>();
    const answers = git(
      ['cat-file', '--batch-check'],
      named.map((c) => `${c}^{commit}`).join('\n') + '\n',
    )
      .trim()
      .split('\n');
    named.forEach((name, i) => {
      const [sha, type] = (answers[i] ?? '').split(' ');
      if (type === 'commit' && sha) resolved.set(name, sha);
    });
    /** Each commit's output of `git show`, split on a marker line that names the commit. */
    const showEach = (options: string[], paths: string[] = []): Map<string, string> => {
      const shas = [...new Set(resolved.values())];
      const out = new Map<string, string>();
      if (shas.length === 0) return out;
      const text = git(['show', '--format=@@commit %H', ...options, ...shas, '--', ...paths]);
      for (const part of text.split('@@commit ').slice(1)) {
        const nl = part.indexOf('\n');
        out.set(part.slice(0, nl), part.slice(nl + 1));
      }
      return out;
    };
    const changedFiles = showEach(['--name-only']);
    const correctionDiffs = showEach(['-U0'], ['src/data/corrections']);
    const problems = real.data.corrections.flatMap((c) => {
      if (!c.commit) return []; // optional: an entry may be logged before its commit is known
      const sha = resolved.get(c.commit);
      if (!sha) return [`${c.id}: commit ${c.commit} is not in this repository's history`];
      const changed = (changedFiles.get(sha) ?? '').split('\n');
      const source = sourceOf(c.target);
      if ((correctionDiffs.get(sha) ?? '').includes(`+- id: ${c.id}\n`)) return [];
      if (source && changed.some((f) => f.startsWith(source))) return [];
      return [
        `${c.id}: commit ${c.commit.slice(0, 7)} neither adds this entry nor changes ${source}`,
      ];
    });
    expect(problems).toEqual([]);
  });
});
