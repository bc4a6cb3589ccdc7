// A stock Docusaurus 3 classic site (the template's settings, one doc, one post), used only
// as the baseline that `npm run bench:pages` compares the atlas' per-page JS against.
export default {
  title: 'Stock',
  url: 'https://example.com',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  // As the 3.10 template has it: Docusaurus v4 behaviour, Faster included, like the atlas.
  future: { v4: true },
  presets: [['classic', { docs: { sidebarPath: undefined }, blog: false, theme: {} }]],
  themeConfig: {
    navbar: { title: 'Stock', items: [{ type: 'doc', docId: 'intro', label: 'Docs' }] },
    footer: { style: 'dark', copyright: 'Stock' },
  },
};
