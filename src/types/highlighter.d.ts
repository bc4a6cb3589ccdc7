/**
 * The code highlighter, resolved per build by src/plugins/lazy-prism: the highlighted code
 * block itself on the server, a lazy component loading it in the browser.
 */
declare module '@atlas/code-highlighter' {
  const Highlighter: import('react').ComponentType<{ className?: string }>;
  export default Highlighter;
}
