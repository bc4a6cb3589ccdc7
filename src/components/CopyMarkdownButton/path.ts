/** The address of a page's Markdown (src/plugins/open-data/llms.ts writes it there). */
export const markdownPath = (permalink: string): string =>
  `${permalink.replace(/\/$/, '') || '/index'}.md`;
