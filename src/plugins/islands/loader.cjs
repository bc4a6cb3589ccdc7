// Webpack/Rspack loader for the browser bundle of a doc page: the compiled MDX keeps only its
// islands. The work is done by ./stub.ts, which the plugin (./index.ts, loaded by Docusaurus
// with TypeScript support) hands over under this symbol, since a loader is plain JavaScript.
const key = Symbol.for('atlas.islands.stubModule');

module.exports = function islandsStub(code) {
  const stubModule = globalThis[key];
  if (typeof stubModule !== 'function')
    throw new Error('islands loader: the atlas-islands plugin did not register its transform');
  const { siteDir } = this.getOptions();
  const file = this.resourcePath.split('\\').join('/');
  const site = siteDir.split('\\').join('/');
  if (!file.startsWith(`${site}/`)) throw new Error(`islands loader: ${file} is outside ${site}`);
  const relative = file.slice(site.length + 1);
  return stubModule(code, { source: `@site/${relative}` });
};
