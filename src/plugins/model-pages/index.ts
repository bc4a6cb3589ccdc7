/**
 * A page per model at `/models/<id>` and the side-by-side page at `/models/compare`, in every
 * locale, generated from the validated data (src/plugins/atlas-data).
 *
 * Routes are added in `allContentLoaded`, after the docs and blog plugins have loaded, because
 * each model page lists the atlas pages that discuss the model (backlinks, ./backlinks.ts):
 * their titles and permalinks come from those plugins, in the locale being built, and their
 * MDX sources are read from disk. Each page gets only its own model's data as a JSON module
 * (a few KB); the compare page gets one file of every model's comparable facts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { atlasDataFor } from '../atlas-data';
import { backlinksByModel, type Backlink } from './backlinks';
import { compareEntries, modelPageData } from './data';

interface SourcePage extends Backlink {
  source: string;
}

interface DocsContent {
  loadedVersions: Array<{ docs: Array<{ source: string; permalink: string; title: string }> }>;
}
interface BlogContent {
  blogPosts: Array<{
    content: string;
    metadata: { permalink: string; title: string; source: string };
  }>;
}

/**
 * The docs and blog posts of the locale being built, with their MDX sources; in a translated
 * build, those whose file is still the Chinese original (not under i18n/) are marked `zh-Hans`.
 */
function sourcePages(
  siteDir: string,
  allContent: Record<string, unknown>,
  translated: boolean,
): SourcePage[] {
  const lang = (source: string) =>
    translated && !source.startsWith('@site/i18n/') ? { lang: 'zh-Hans' as const } : {};
  // Docusaurus types allContent loosely (plugin name → instance id → content).
  const docs = (allContent['docusaurus-plugin-content-docs'] as Record<string, DocsContent>)
    ?.default;
  const blog = (allContent['docusaurus-plugin-content-blog'] as Record<string, BlogContent>)
    ?.default;
  const pages: SourcePage[] = [];
  for (const version of docs?.loadedVersions ?? []) {
    for (const doc of version.docs) {
      const file = join(siteDir, doc.source.replace(/^@site\//, ''));
      pages.push({
        permalink: doc.permalink,
        title: doc.title,
        source: readFileSync(file, 'utf8'),
        ...lang(doc.source),
      });
    }
  }
  for (const post of blog?.blogPosts ?? [])
    pages.push({
      permalink: post.metadata.permalink,
      title: post.metadata.title,
      source: post.content,
      ...lang(post.metadata.source),
    });
  return pages.sort((a, b) => a.permalink.localeCompare(b.permalink));
}

export default function modelPagesPlugin(context: LoadContext): Plugin {
  return {
    name: 'atlas-model-pages',
    allContentLoaded({ allContent, actions }) {
      const data = atlasDataFor(context.siteDir, context.i18n.currentLocale);
      const backlinks = backlinksByModel(
        sourcePages(
          context.siteDir,
          allContent,
          context.i18n.currentLocale !== context.i18n.defaultLocale,
        ),
        data.models,
      );
      const base = `${context.baseUrl}models/`;
      // Route props: Docusaurus writes each as a module of its own and names it `@generated/…`
      // in the route registry that every page loads.
      for (const m of data.models)
        actions.addRoute({
          path: `${base}${m.id}`,
          component: '@site/src/components/ModelPage/index.tsx',
          props: { data: modelPageData(data, m.id, backlinks.get(m.id)) },
          exact: true,
        });
      actions.addRoute({
        path: `${base}compare`,
        component: '@site/src/components/ModelCompare/index.tsx',
        props: { models: compareEntries(data) },
        exact: true,
      });
    },
  };
}
