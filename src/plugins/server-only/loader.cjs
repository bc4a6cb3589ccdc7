// Webpack/Rspack loader for the browser bundle: a module imported for the server's rendering
// only (src/plugins/server-only) becomes `null`, so its contents stay out of the page's script.
module.exports = function serverOnly() {
  return 'export default null;\n';
};
