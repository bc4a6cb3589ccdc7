/**
 * The W3C Nu HTML Checker (vnu-jar, run with Debian's Java) over one built page of every page
 * kind in both locales. The project's own markup must have no error; errors that come from
 * Docusaurus' own markup are listed in `knownErrors`, each with its reason, and each must
 * still occur (an entry that no longer matches anything is reported, so the list cannot rot).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtFile, locales } from '../../scripts/lib/built-html';

/** One page of each kind (default-locale paths). */
const pageKinds = {
  home: '/',
  doc: '/docs/history',
  docWithDataTable: '/docs/ecosystem/licenses',
  docWithMath: '/docs/fundamentals/language-models',
  docWithDiagram: '/docs/history/free-software',
  docWithParameterChart: '/docs/models/llama',
  docWithInitialFilter: '/docs/models/small',
  blogPost: '/blog/welcome',
  blogList: '/blog',
  tags: '/docs/tags/open-weights',
  search: '/search',
  models: '/models',
  opennessRanking: '/models/openness',
  licenses: '/licenses',
  tools: '/tools',
  organizations: '/organizations',
  glossary: '/glossary',
  timeline: '/timeline',
  notFound: '/404.html',
} as const;

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  message: string;
  extract?: string;
  lastLine?: number;
}

/** Errors in markup the project does not write, and why each is left alone. */
const knownErrors: ReadonlyArray<{ message: RegExp; reason: string }> = [
  {
    message:
      /^The “itemprop” attribute was specified, but the element is not a property of any item\.$/,
    reason:
      'Docusaurus’ last-updated line (theme-classic LastUpdated) puts itemprop="dateModified" on a <time> outside any itemscope.',
  },
];

function validate(files: readonly string[]): VnuMessage[] {
  // The package's main export is the jar's path (a String object with a `vnu` helper attached).
  const jarPath = String(createRequire(import.meta.url)('vnu-jar'));
  const run = spawnSync(
    'java',
    ['-Xss1024k', '-jar', jarPath, '--format', 'json', '--errors-only', ...files],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.error) throw run.error;
  // vnu writes its report to stderr and exits 1 when it found errors.
  const report = JSON.parse(run.stderr) as { messages: VnuMessage[] };
  return report.messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
}

describe('Nu HTML Checker', () => {
  const pages = locales.flatMap((locale) =>
    Object.entries(pageKinds).map(([kind, path]) => {
      const url = `${locale}${path}`;
      const file = builtFile(url);
      return { kind, url, file };
    }),
  );

  it('finds every sample page in the build', () => {
    expect(pages.filter((p) => !p.file).map((p) => p.url)).toEqual([]);
  });

  it('finds no error in the project’s own markup, and every known error still occurs', () => {
    const files = pages.flatMap((p) => (p.file ? [p.file] : []));
    const byFile = new Map(files.map((f) => [pathToFileURL(f).href, f]));
    const urlOf = (fileUrl: string) =>
      pages.find((p) => p.file === byFile.get(fileUrl))?.url ?? fileUrl;
    const errors = validate(files);
    const used = new Set<number>();
    const unexpected: string[] = [];
    for (const e of errors) {
      const known = knownErrors.findIndex((k) => k.message.test(e.message));
      if (known >= 0) used.add(known);
      else
        unexpected.push(
          `${urlOf(e.url)}:${e.lastLine ?? '?'}: ${e.message} — ${(e.extract ?? '').trim().slice(0, 120)}`,
        );
    }
    expect(unexpected).toEqual([]);
    const stale = knownErrors.filter((_, i) => !used.has(i)).map((k) => k.message.source);
    expect(stale).toEqual([]);
  }, 180_000);
});
