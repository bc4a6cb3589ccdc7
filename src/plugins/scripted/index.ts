/**
 * Marks the page as scripted before its body is parsed: an inline script at the top of
 * `<head>` sets `data-scripted` on `<html>`. Styles that only make sense once script runs (a
 * long table's first 30 cards on a phone, with a button for the rest) key on it, so a reader
 * without JavaScript gets the whole page and a reader with it gets the light first layout
 * from the first paint, not after hydration. React's head manager leaves attributes it did
 * not set alone.
 */
import type { Plugin } from '@docusaurus/types';

export const scriptedAttribute = 'data-scripted';

export default function scriptedPlugin(): Plugin {
  return {
    name: 'atlas-scripted',
    injectHtmlTags() {
      return {
        headTags: [
          {
            tagName: 'script',
            innerHTML: `document.documentElement.setAttribute('${scriptedAttribute}','')`,
          },
        ],
      };
    },
  };
}
