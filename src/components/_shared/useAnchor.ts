import useBrokenLinks from '@docusaurus/useBrokenLinks';

/**
 * Registers an element id as a link target, so Docusaurus' broken-anchor check
 * (onBrokenAnchors: 'throw') knows that `/models#<id>` exists. Returns the id for `id={…}`.
 */
export function useAnchor(id: string): string {
  useBrokenLinks().collectAnchor(id);
  return id;
}
