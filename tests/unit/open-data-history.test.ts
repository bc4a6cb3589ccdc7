/**
 * The "最近更新" history (src/plugins/open-data/history.ts): the git log parser, the entry
 * comparison, and the whole reader against throw-away repositories made here, one full and
 * one shallow clone of it, so that the tests never depend on how this checkout was cloned.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  entryChanges,
  parseGitLog,
  readDataHistory,
  splitEntries,
} from '../../src/plugins/open-data/history';
import { atomFeed, updatesView } from '../../src/plugins/open-data/updates';
import type { AtlasData } from '../../src/data/types';

describe('parseGitLog', () => {
  it('reads hash, parents, date, subject and the files with their status', () => {
    const text =
      '\x1eaaa\x1fppp\x1f2026-11-23T14:28:58+00:00\x1fData: one\n\nM\tsrc/data/models/qwen.yaml\nA\tsrc/data/tools/new.yaml\n' +
      '\x1ebbb\x1f\x1f2026-11-01T00:00:00+00:00\x1fFirst, with a | and \ttab\n\nD\tsrc/data/terms/old.yaml\n';
    expect(parseGitLog(text)).toEqual([
      {
        hash: 'aaa',
        parents: ['ppp'],
        date: '2026-11-23T14:28:58+00:00',
        subject: 'Data: one',
        files: [
          { status: 'M', path: 'src/data/models/qwen.yaml' },
          { status: 'A', path: 'src/data/tools/new.yaml' },
        ],
      },
      {
        hash: 'bbb',
        parents: [],
        date: '2026-11-01T00:00:00+00:00',
        subject: 'First, with a | and \ttab',
        files: [{ status: 'D', path: 'src/data/terms/old.yaml' }],
      },
    ]);
  });

  it('returns nothing for empty output', () => {
    expect(parseGitLog('')).toEqual([]);
  });
});

describe('entryChanges', () => {
  const v1 = '# models\n- id: a\n  name: A\n- id: b\n  name: B\n';
  it('names added, changed and removed entries by id', () => {
    const v2 = '# models\n- id: a\n  name: A2\n- id: c\n  name: C\n';
    expect(entryChanges('models', v1, v2)).toEqual([
      { collection: 'models', id: 'a', name: 'A2', kind: 'changed' },
      { collection: 'models', id: 'c', name: 'C', kind: 'added' },
      { collection: 'models', id: 'b', name: 'B', kind: 'removed' },
    ]);
  });

  it('does not count a comment, quoting or reordering as a change', () => {
    const v2 = '# models, edited\n- id: b\n  name: "B"\n- id: a\n  # why\n  name: A\n';
    expect(entryChanges('models', v1, v2)).toEqual([]);
  });

  it('reads files not written as "- id:" by parsing them whole', () => {
    expect(splitEntries('-\n  id: a\n')).toBeUndefined();
    expect(entryChanges('terms', undefined, '-\n  id: a\n  zh: 甲\n')).toEqual([
      { collection: 'terms', id: 'a', name: '甲', kind: 'added' },
    ]);
  });

  it('treats broken YAML as holding no entries rather than failing', () => {
    expect(entryChanges('models', 'not: [closed', '- id: a\n  name: A\n')).toEqual([
      { collection: 'models', id: 'a', name: 'A', kind: 'added' },
    ]);
  });
});

describe('readDataHistory on a real repository', () => {
  let dir: string;
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const commit = (message: string, date: string) =>
    execFileSync('git', ['commit', '-qam', message], {
      cwd: join(dir, 'repo'),
      env: {
        ...process.env,
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.org',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.org',
      },
    });
  const put = (path: string, text: string) => {
    const file = join(dir, 'repo', path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, text);
    git(join(dir, 'repo'), 'add', path);
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-history-'));
    mkdirSync(join(dir, 'repo'));
    git(join(dir, 'repo'), 'init', '-q', '-b', 'main');
    put('src/data/models/a.yaml', '- id: m1\n  name: M1\n');
    put('README.md', 'x');
    commit('Add M1', '2026-01-01T10:00:00Z');
    put('src/data/models/a.yaml', '- id: m1\n  name: M1\n  note: x\n- id: m2\n  name: M2\n');
    commit('Change M1, add M2', '2026-02-01T10:00:00Z');
    put('README.md', 'y');
    commit('Docs only', '2026-02-15T10:00:00Z');
    // M2 moves to another file unchanged; M1 moves and changes.
    put('src/data/models/a.yaml', '');
    put('src/data/models/b.yaml', '- id: m1\n  name: M1 renamed\n- id: m2\n  name: M2\n');
    commit('Split the file', '2026-03-01T10:00:00Z');
    git(dir, 'clone', '-q', '--depth', '2', `file://${join(dir, 'repo')}`, 'shallow');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists each data commit with its entry changes, newest first, with commit dates', () => {
    const h = readDataHistory(join(dir, 'repo'));
    expect(h).toMatchObject({ available: true, partial: false });
    expect(
      h.commits.map((c) => [
        c.date.slice(0, 10),
        c.subject,
        c.changes.map((x) => `${x.kind} ${x.id}`),
      ]),
    ).toEqual([
      ['2026-03-01', 'Split the file', ['changed m1']],
      ['2026-02-01', 'Change M1, add M2', ['changed m1', 'added m2']],
      ['2026-01-01', 'Add M1', ['added m1']],
    ]);
  });

  it('in a shallow clone, says the history is partial and skips the commit it cannot compare', () => {
    const h = readDataHistory(join(dir, 'shallow'));
    expect(h.partial).toBe(true);
    // Depth 2 holds "Split the file" and "Docs only"; the latter touched no data.
    expect(h.commits.map((c) => c.subject)).toEqual(['Split the file']);
  });

  it('outside a git repository, says no history is available', () => {
    const plain = join(dir, 'plain');
    mkdirSync(plain);
    expect(readDataHistory(plain)).toEqual({ available: false, partial: true, commits: [] });
  });

  it('feeds an Atom document with one entry per commit, linking only entries that exist', () => {
    const data = { models: [{ id: 'm1' }] } as unknown as AtlasData;
    const view = updatesView(readDataHistory(join(dir, 'repo')), data);
    const xml = atomFeed(view, { siteUrl: 'https://example.org', updated: '2026-03-02' });
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(xml.match(/<entry>/g)).toHaveLength(3);
    expect(xml).toContain('<updated>2026-03-01T10:00:00+00:00</updated>');
    expect(xml).toContain('https://example.org/models#m1');
    expect(xml).not.toContain('/models#m2');
  });
});
