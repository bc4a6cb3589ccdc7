// Webpack/Rspack loader for the browser bundle: a diagram module imported for the server's
// rendering (src/plugins/mermaid) becomes `null`, so the SVG stays out of the page's script.
module.exports = function serverOnly() {
  return 'export default null;\n';
};
