/**
 * The code highlighter as the server build sees it (the highlighted code block itself), or
 * null in the browser, which loads it on demand: resolved per build by src/plugins/lazy-prism.
 */
declare module '@atlas/code-highlighter' {
  const Highlighter: import('react').ComponentType<{ className?: string }> | null;
  export default Highlighter;
}
