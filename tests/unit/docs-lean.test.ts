/** docs-lean drops each doc's description from the docs plugin's version route props. */
import { describe, expect, it } from 'vitest';
import type { RouteConfig } from '@docusaurus/types';
import { withoutDocDescriptions } from '../../src/plugins/docs-lean';

const tree = (leaf: RouteConfig): RouteConfig => ({
  path: '/docs',
  component: '@theme/DocsRoot',
  exact: false,
  routes: [
    {
      path: '/docs',
      component: '@theme/DocVersionRoot',
      exact: false,
      props: {
        version: {
          version: 'current',
          docsSidebars: { atlas: [] },
          docs: {
            index: { id: 'index', title: '导读', description: '全书的入口', sidebar: 'atlas' },
            'models/index': { id: 'models/index', title: '模型总览', description: '对比表' },
          },
        },
      },
      routes: [leaf],
    },
  ],
});

describe('withoutDocDescriptions', () => {
  it('keeps ids, titles and sidebars, removes descriptions and leaves the rest of the tree alone', () => {
    const leaf: RouteConfig = { path: '/docs/x', component: '@theme/DocItem', exact: true };
    const input = tree(leaf);
    const { route, maps } = withoutDocDescriptions(input);
    expect(maps).toBe(1);
    const version = route.routes![0]!.props!.version as {
      version: string;
      docs: Record<string, Record<string, unknown>>;
    };
    expect(version.version).toBe('current');
    expect(version.docs).toEqual({
      index: { id: 'index', title: '导读', sidebar: 'atlas' },
      'models/index': { id: 'models/index', title: '模型总览' },
    });
    expect(route.routes![0]!.routes).toEqual([leaf]);
    // The input is not modified.
    const original = input.routes![0]!.props!.version as {
      docs: Record<string, { description?: string }>;
    };
    expect(original.docs.index!.description).toBe('全书的入口');
  });

  it('counts no map in a route tree without one', () => {
    expect(withoutDocDescriptions({ path: '/blog', component: '@theme/BlogListPage' }).maps).toBe(
      0,
    );
  });

  it('refuses a generated category index, whose cards show the descriptions', () => {
    expect(() =>
      withoutDocDescriptions(
        tree({ path: '/docs/category/models', component: '@theme/DocCategoryGeneratedIndexPage' }),
      ),
    ).toThrow(/\/docs\/category\/models is a generated category index/);
  });
});
