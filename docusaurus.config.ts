import { fileURLToPath } from 'node:url';
import { themes as prismThemes } from 'prism-react-renderer';
import type { Config, LoadContext } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import {
  generatedStaticDir,
  katexAssetsPlugin,
  remarkKatexStylesheet,
  rehypeStrictKatex,
  rehypeFocusableDisplayMath,
} from './src/plugins/math';
import remarkAutoImport from './src/plugins/mdx-auto-import';
import atlasDataPlugin, { atlasDataFor } from './src/plugins/atlas-data';
import remarkAtlasData, { viewModulesDir } from './src/plugins/atlas-data/remark';
import remarkPageCorrections from './src/plugins/page-corrections/remark';
import serverOnlyPlugin from './src/plugins/server-only';
import recentPostsPlugin from './src/plugins/recent-posts';
import mermaidPlugin, {
  createSiteRenderer,
  diagramModulesDir,
  remarkMermaid,
} from './src/plugins/mermaid';
import searchPlugin from './src/plugins/search';
import modelPagesPlugin from './src/plugins/model-pages';
import utf8ScriptsPlugin from './src/plugins/utf8-scripts';
import lazyPrismPlugin from './src/plugins/lazy-prism';
import openDataPlugin from './src/plugins/open-data';
import linkPrefetchPlugin from './src/plugins/link-prefetch';
import translationStatusPlugin from './src/plugins/translation-status';
import docsLeanPlugin from './src/plugins/docs-lean';
import scriptedPlugin from './src/plugins/scripted';
import islandsPlugin from './src/plugins/islands';
import remarkIslands from './src/plugins/islands/remark';
import remarkStrictFootnotes from './src/plugins/footnotes';
import type { Options as DocsOptions } from '@docusaurus/plugin-content-docs';

/**
 * The repository, named once: edit links, "报告错误" links, the navbar and the footer
 * all derive from it.
 */
const repository = {
  owner: 'open-llm-atlas',
  name: 'open-llm-atlas',
  branch: 'main',
} as const;
const repositoryUrl = `https://github.com/${repository.owner}/${repository.name}`;

const baseUrl = '/';

// Mermaid diagrams become inline SVG at build time (light and dark), so no Mermaid code
// ships to readers, and the SVGs are in the HTML but not in the pages' scripts. The renderer starts Chromium on its first cache miss; mermaidPlugin
// closes it after each locale's build.
const siteDir = fileURLToPath(new URL('.', import.meta.url));
const mermaidRenderer = createSiteRenderer(siteDir);

// Docusaurus serialises the site config, plugin options included, into every page's script:
// options that hold objects or this machine's paths are closed over instead of passed.
const remarkSiteMermaid = () =>
  remarkMermaid({ renderer: mermaidRenderer, siteDir, modulesDir: diagramModulesDir(siteDir) });
// Gives each data component in MDX only the data it renders (see src/plugins/atlas-data).
const remarkSiteAtlasData = () =>
  remarkAtlasData({ data: () => atlasDataFor(), modulesDir: viewModulesDir(siteDir) });

// Ends a doc page or blog post with its own entries of the corrections log, if it has any.
const remarkSitePageCorrections = () =>
  remarkPageCorrections({ data: () => atlasDataFor(), siteDir });

const remarkPlugins = [
  // A footnote defined but never cited, or cited but never defined, fails the build.
  remarkStrictFootnotes,
  remarkSiteMermaid,
  remarkMath,
  [remarkKatexStylesheet, { baseUrl }],
  [remarkAutoImport, { componentsDir: './src/components' }],
  remarkSiteAtlasData,
  remarkSitePageCorrections,
];
// rehype-katex renders unparsable math in red and carries on; rehypeStrictKatex after it
// turns that into a build error naming the file and line. Display formulas that scroll
// sideways are reachable by keyboard.
const rehypePlugins = [
  [rehypeKatex, { strict: 'error' }],
  rehypeStrictKatex,
  rehypeFocusableDisplayMath,
];

// Strings of this config that reach the reader outside the translation files: the site title
// (every page's <title>, the social card), the feeds' titles, an aria-label and the keywords.
// Docusaurus sets DOCUSAURUS_CURRENT_LOCALE before it loads this file for each locale; the
// navbar, footer, sidebar and blog labels are translated in i18n/en instead.
const english = process.env.DOCUSAURUS_CURRENT_LOCALE === 'en';
const localeText = english
  ? {
      title: 'Open LLM Atlas',
      tagline:
        'History, models, tools, communities and debates of open LLMs, every fact checked and sourced',
      feedTitle: 'Open LLM Atlas · Blog',
      feedDescription: 'Annual reviews and updates from Open LLM Atlas',
      feedCopyright: 'Content licensed under CC BY-SA 4.0',
      githubLabel: 'GitHub repository',
      keywords: 'open-source LLM, open-weight models, Llama, Qwen, DeepSeek, Hugging Face',
    }
  : {
      title: '开源大模型图谱',
      tagline: '开源大模型生态的历史、模型、工具、社区与争论，逐条核实，注明出处',
      feedTitle: '开源大模型图谱 · 博客',
      feedDescription: '开源大模型图谱的年度回顾与更新',
      feedCopyright: '内容以 CC BY-SA 4.0 许可发布',
      githubLabel: 'GitHub 仓库',
      keywords: '开源大模型, open-source LLM, 开放权重, Llama, Qwen, DeepSeek, Hugging Face',
    };

// Footnotes are labelled in the language of the page being built; remark-rehype's
// defaults are English ("Footnotes", "Back to reference 1"). Every back link shows just "↩":
// the default "↩²" for a second reference is visible text its accessible name cannot contain
// (WCAG 2.5.3); the name says which reference it returns to.
const footnoteLabels = {
  footnoteBackContent: '↩',
  ...(english
    ? {}
    : {
        footnoteLabel: '脚注',
        footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) =>
          `返回引用 ${referenceIndex + 1}${rereferenceIndex > 1 ? `（第 ${rereferenceIndex} 处）` : ''}`,
      }),
};

const config = {
  title: localeText.title,
  tagline: localeText.tagline,
  favicon: 'img/favicon.svg',
  url: `https://${repository.owner}.github.io`,
  baseUrl,
  organizationName: repository.owner,
  projectName: repository.name,
  trailingSlash: false,

  // A broken link, anchor or Markdown link is a bug a reader would hit: fail the build.
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {
    remarkRehypeOptions: footnoteLabels,
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },
  // Docusaurus v4 behaviour now, including the Rspack/SWC/Lightning CSS toolchain
  // (@docusaurus/faster): both locales build in about a minute instead of five. Its
  // platform binaries are pinned in package.json `overrides` (see CONTRIBUTING.md).
  future: {
    v4: {
      removeLegacyPostBuildHeadAttribute: true,
      useCssCascadeLayers: true,
      siteStorageNamespacing: true,
      fasterByDefault: true,
      mdx1CompatDisabledByDefault: true,
    },
    // Every Faster feature but Rspack's persistent cache. That cache keys a compiled MDX page
    // on the page's own files, but data components get their props from src/data at build time
    // (src/plugins/atlas-data/remark.ts): after a YAML edit a warm build could ship old table
    // rows. Two warm builds also hung here. Cold builds, which CI always runs, are unaffected.
    faster: { rspackPersistentCache: false },
  },

  i18n: {
    defaultLocale: 'zh-Hans',
    locales: ['zh-Hans', 'en'],
    localeConfigs: {
      'zh-Hans': { label: '简体中文', htmlLang: 'zh-Hans' },
      en: { label: 'English', htmlLang: 'en' },
    },
  },

  // KaTeX's stylesheet and fonts, copied from the `katex` package by katexAssetsPlugin, so they
  // are served by the site itself (never from a CDN) under every locale.
  staticDirectories: ['static', generatedStaticDir],
  // Glossary terms' Escape key and narrow-screen placement, one listener for every page.
  clientModules: ['./src/components/Term/client.ts'],
  customFields: { repositoryUrl, repositoryBranch: repository.branch },

  presets: [
    [
      'classic',
      {
        // The docs plugin is added below, wrapped by docs-lean (src/plugins/docs-lean).
        docs: false,
        blog: {
          blogTitle: '博客',
          blogDescription: '开源大模型图谱的年度回顾、专题文章与本站动态',
          showReadingTime: true,
          editUrl: `${repositoryUrl}/edit/${repository.branch}/`,
          editLocalizedFiles: true,
          showLastUpdateTime: true,
          feedOptions: {
            type: ['rss', 'atom'],
            title: localeText.feedTitle,
            description: localeText.feedDescription,
            copyright: localeText.feedCopyright,
            xslt: false,
          },
          blogSidebarTitle: '最近文章',
          blogSidebarCount: 'ALL',
          onInlineAuthors: 'throw',
          onInlineTags: 'throw',
          onUntruncatedBlogPosts: 'throw',
          remarkPlugins,
          rehypePlugins,
        },
        pages: {
          remarkPlugins,
          rehypePlugins,
        },
        theme: {
          customCss: './src/css/custom.css',
        },
        sitemap: {
          lastmod: 'date',
          changefreq: null,
          priority: null,
        },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    [
      docsLeanPlugin,
      {
        sidebarPath: './sidebars.ts',
        editUrl: `${repositoryUrl}/edit/${repository.branch}/`,
        // Translated pages live under i18n/en; edit the file the reader is looking at.
        editLocalizedFiles: true,
        showLastUpdateTime: true,
        // A fixed vocabulary (docs/tags.yml): every tag page gathers several docs, and each
        // tag is a route every page's JavaScript has to know about.
        tags: 'tags.yml',
        onInlineTags: 'throw',
        // Doc pages alone hydrate only their islands (src/plugins/islands).
        remarkPlugins: [...remarkPlugins, remarkIslands],
        rehypePlugins,
      } satisfies DocsOptions,
    ],
    katexAssetsPlugin,
    atlasDataPlugin,
    modelPagesPlugin,
    (context: LoadContext) => mermaidPlugin(context, { renderer: mermaidRenderer }),
    serverOnlyPlugin,
    [recentPostsPlugin, { count: 3 }],
    searchPlugin,
    utf8ScriptsPlugin,
    lazyPrismPlugin,
    linkPrefetchPlugin,
    openDataPlugin,
    translationStatusPlugin,
    scriptedPlugin,
    islandsPlugin,
  ],

  themeConfig: {
    image: 'img/social-card.png',
    metadata: [
      {
        name: 'keywords',
        content: localeText.keywords,
      },
    ],
    colorMode: {
      respectPrefersColorScheme: true,
    },
    docs: {
      sidebar: { hideable: true, autoCollapseCategories: false },
    },
    navbar: {
      title: '开源大模型图谱',
      // The logo sits in the same link as the title, which names it: an alt repeating the
      // title is read twice by screen readers (Lighthouse: image-redundant-alt).
      logo: { alt: '', src: 'img/logo.svg' },
      hideOnScroll: false,
      items: [
        // Plain links with their own active paths: `doc` items would all light up together,
        // since every chapter lives in the one sidebar.
        { to: '/docs', label: '导读', position: 'left', activeBaseRegex: '^/(en/)?docs/?$' },
        { to: '/docs/models', label: '模型', position: 'left', activeBasePath: 'docs/models' },
        { to: '/docs/tools', label: '工具链', position: 'left', activeBasePath: 'docs/tools' },
        { to: '/docs/history', label: '历史', position: 'left', activeBasePath: 'docs/history' },
        {
          type: 'dropdown',
          label: '数据',
          position: 'left',
          items: [
            { to: '/models', label: '模型数据表' },
            { to: '/models/openness', label: '开放程度排行' },
            { to: '/models/hardware', label: '能跑吗：内存估算' },
            { to: '/organizations', label: '机构与社区' },
            { to: '/tools', label: '工具数据表' },
            { to: '/licenses', label: '许可证' },
            { to: '/timeline', label: '大事年表' },
            { to: '/glossary', label: '术语表' },
            { to: '/updates', label: '最近更新' },
          ],
        },
        { to: '/blog', label: '博客', position: 'left' },
        { type: 'search', position: 'right' },
        { type: 'localeDropdown', position: 'right' },
        {
          href: repositoryUrl,
          label: 'GitHub',
          position: 'right',
          'aria-label': localeText.githubLabel,
        },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: '阅读',
          items: [
            { label: '导读', to: '/docs' },
            { label: '历史', to: '/docs/history' },
            { label: '模型', to: '/docs/models' },
            { label: '术语表', to: '/docs/glossary' },
          ],
        },
        {
          title: '参与',
          items: [
            { label: '参与贡献', to: '/docs/contributing' },
            { label: '报告错误', href: `${repositoryUrl}/issues/new?template=error-report.yml` },
            { label: '更正记录', to: '/corrections' },
            { label: 'GitHub', href: repositoryUrl },
          ],
        },
        {
          title: '更多',
          items: [
            { label: '博客', to: '/blog' },
            { label: 'RSS', href: 'pathname:///blog/rss.xml' },
            { label: 'Atom', href: 'pathname:///blog/atom.xml' },
          ],
        },
      ],
      copyright: `代码以 <a href="${repositoryUrl}/blob/${repository.branch}/LICENSE">MIT</a> 许可发布；内容以 <a href="${repositoryUrl}/blob/${repository.branch}/LICENSE-CONTENT">CC BY-SA 4.0</a> 许可发布。`,
    },
    prism: {
      theme: prismThemes.github,
      darkTheme: prismThemes.dracula,
      // prism-react-renderer already bundles json, yaml and python; listing them again put a
      // second copy of each grammar into every page's main bundle.
      additionalLanguages: ['bash'],
    },
    tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
  } satisfies Preset.ThemeConfig,
} satisfies Config;

export default config;
