/**
 * Serves the built site (build/, made by `npm run build`) on 127.0.0.1 for the e2e tests and
 * hands its address to them through `inject('baseUrl')`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/lib/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const root = join(import.meta.dirname, '..', '..', 'build');
  if (!existsSync(join(root, 'index.html')) || !existsSync(join(root, 'en', 'index.html'))) {
    throw new Error('e2e: no complete build in build/ (both locales); run `npm run build` first');
  }
  const server = await serveStatic(root, Number(process.env.E2E_PORT ?? 0));
  project.provide('baseUrl', server.url);
  return async () => server.close();
}
