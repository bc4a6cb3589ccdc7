import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (fast, no build needed) and `e2e` (Chromium against the built site,
 * which `npm test` builds first). Run one with `vitest run --project unit`.
 */
export default defineConfig({
  test: {
    projects: [
      {
        // Components are rendered to static markup in a few unit tests; tsconfig keeps JSX for
        // Docusaurus' bundler, so the transform is set here.
        oxc: { jsx: { runtime: 'automatic' } },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
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
