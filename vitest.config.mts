import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The sitemap sweep (tests/e2e/pages.test.ts, the longest e2e file by far) starts first, so the
 * two e2e workers finish together. Without timings from an earlier run, as in a fresh CI clone,
 * Vitest orders files by size, and the sweep, a short file, ran last and alone.
 */
class SweepFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const later = (f: TestSpecification) =>
      f.moduleId.endsWith('tests/e2e/pages.test.ts') ? 0 : 1;
    return [...sorted].sort((a, b) => later(a) - later(b));
  }
}

/**
 * Two projects: `unit` (fast, no build needed) and `e2e` (Chromium against the built site,
 * which `npm test` builds first). Run one with `vitest run --project unit`.
 */
export default defineConfig({
  test: {
    sequence: { sequencer: SweepFirst },
    projects: [
      {
        // Components are rendered to static markup in a few unit tests; tsconfig keeps JSX for
        // Docusaurus' bundler, so the transform is set here.
        oxc: { jsx: { runtime: 'automatic' } },
        // Components under src/pages import the site's own modules as Docusaurus spells them.
        resolve: { alias: { '@site': fileURLToPath(new URL('.', import.meta.url)) } },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Three files at a time on two cores: a few wait on Chromium or a server (the Mermaid
          // renderer, the static server), and with the default one worker the run took 37–46 s
          // (28 s with three, 29 s with four).
          maxWorkers: 3,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // `expect.poll` waits for what the page does after an action, such as fetching a
          // table's or a timeline's code on its first use. Its default second was too short on
          // two cores shared by two test files (a header click sorted after more than 1 s).
          expect: { poll: { timeout: 10_000 } },
          // Files share the modules they import (the harness, axe, the data loader) within a
          // worker instead of importing them again each: collecting the e2e files took 16 s of
          // the run, 8 s this way. Each file still launches and closes its own browser.
          isolate: false,
          // One browser per file, two files at a time: most files wait on one page at a time, and
          // a second file fills the other core while they do.
          fileParallelism: true,
          maxWorkers: 2,
          // Within a file, `it.concurrent` tests overlap their page loads, a few tabs at a time.
          maxConcurrency: 4,
        },
      },
    ],
  },
});
