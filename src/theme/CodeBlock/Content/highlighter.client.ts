// In the browser the highlighter is loaded on demand by ./index.tsx, never bundled with it.
export default null;
