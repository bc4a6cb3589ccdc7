/**
 * The docs plugin, without each doc's description in the version data that every doc page
 * loads.
 *
 * `@docusaurus/plugin-content-docs` hands its version root route a `version` prop whose
 * `docs` map gives every doc's id, title, sidebar and description. The theme reads the
 * descriptions in one place only, `DocCard`, which draws the cards of category index pages
 * (`generated-index` links and `<DocCardList>`). This site has neither, yet every doc page
 * downloaded all ~90 descriptions (about 17 KB of Chinese text, 7 KiB gzip: a plain doc
 * page's JavaScript was 1.107 × a stock Docusaurus page's, against a budget of 1.10). Each
 * page's own description is unaffected: it comes from the page's metadata, not from here.
 *
 * This wraps the plugin (as Docusaurus' docs suggest for extending a content plugin) and
 * drops the descriptions from the route props it adds. If a generated index appears, or the
 * plugin stops passing the map where this looks for it, the build stops here instead of
 * silently showing empty cards or shipping the descriptions again.
 */
import docsPlugin, { validateOptions } from '@docusaurus/plugin-content-docs';
import type { LoadedContent, PluginOptions } from '@docusaurus/plugin-content-docs';
import type {
  LoadContext,
  Plugin,
  PluginContentLoadedActions,
  PluginModule,
  RouteConfig,
} from '@docusaurus/types';

const generatedIndexPage = '@theme/DocCategoryGeneratedIndexPage';

interface VersionDocs {
  [id: string]: { description?: string } & Record<string, unknown>;
}

/** The route tree with every `props.version.docs` entry's description removed; counts them. */
export function withoutDocDescriptions(route: RouteConfig): { route: RouteConfig; maps: number } {
  let maps = 0;
  const visit = (r: RouteConfig): RouteConfig => {
    if (r.component === generatedIndexPage) {
      throw new Error(
        `docs-lean: ${r.path} is a generated category index, whose cards show each doc's description; src/plugins/docs-lean removes those descriptions. Link the category to a doc instead, or remove this plugin.`,
      );
    }
    const props = r.props as { version?: { docs?: VersionDocs } } | undefined;
    const docs = props?.version?.docs;
    let next = r;
    if (docs && typeof docs === 'object') {
      maps += 1;
      const lean = Object.fromEntries(
        Object.entries(docs).map(([id, doc]) => {
          const rest = { ...doc };
          delete rest.description;
          return [id, rest];
        }),
      );
      next = { ...r, props: { ...r.props, version: { ...props.version, docs: lean } } };
    }
    return next.routes ? { ...next, routes: next.routes.map(visit) } : next;
  };
  return { route: visit(route), maps };
}

const docsLeanPlugin: PluginModule = async (
  context: LoadContext,
  options: unknown,
): Promise<Plugin> => {
  // Docusaurus calls a plugin with the options its `validateOptions` returned (set below).
  const plugin = await docsPlugin(context, options as PluginOptions);
  const contentLoaded = plugin.contentLoaded;
  if (!contentLoaded) throw new Error('docs-lean: the docs plugin has no contentLoaded');
  const lean: Plugin<LoadedContent> = {
    ...plugin,
    async contentLoaded(args) {
      let maps = 0;
      const actions: PluginContentLoadedActions = {
        ...args.actions,
        addRoute(route) {
          const lean = withoutDocDescriptions(route);
          maps += lean.maps;
          args.actions.addRoute(lean.route);
        },
      };
      await contentLoaded({ ...args, actions });
      if (maps === 0) {
        throw new Error(
          'docs-lean: the docs plugin added no route with a `version.docs` map; its route props have changed, so check what src/plugins/docs-lean should now remove.',
        );
      }
    },
  };
  // TypeScript does not take a Plugin<LoadedContent> for a Plugin<unknown>, since its methods get
  // the content back as a parameter; Docusaurus only ever hands them what loadContent returned.
  return lean as unknown as Plugin;
};

// Docusaurus types a plugin module's `validateOptions` as generic in its input and output; the
// docs plugin's is specific to its own options, so it needs this cast to sit on another module.
docsLeanPlugin.validateOptions = validateOptions as NonNullable<PluginModule['validateOptions']>;

export default docsLeanPlugin;
