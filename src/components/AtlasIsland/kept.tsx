/**
 * The element that holds a part of a React page as the server rendered it, through hydration
 * and after: React leaves alone the inner HTML of an element it is told to set (to nothing,
 * here), so the server's markup stays. Its links navigate within the site through one listener
 * (./links.ts), and a data card in it that is stale by the reader's date gets its notice. Used
 * while a part keeps its markup: until the reader uses it (KeptUntilUsed), or for good
 * (ServerMarkup). An empty holder (a client-side navigation brought no markup) gets neither.
 */
import React, { useLayoutEffect, type ReactNode, type RefObject } from 'react';
import { useHistory } from '@docusaurus/router';
import { delegateLinks } from './links';
import { KeptStaleNotices } from '../StaleNotice';

const contents = { display: 'contents' } as const;
const nothing = { __html: '' };

/**
 * While `kept`, the holder keeps the server's markup; then it renders `children` in the same
 * element (React reuses the node, so what a part replays on it after the reader's first use
 * lands on the rendered elements).
 */
export function KeptHolder({
  holder,
  marker,
  kept,
  children,
}: {
  holder: RefObject<HTMLDivElement | null>;
  /** The holder's data attribute, naming what keeps it (`data-<marker>=""`). */
  marker: string;
  kept: boolean;
  children?: ReactNode;
}): React.JSX.Element {
  const history = useHistory();
  useLayoutEffect(() => {
    const root = holder.current;
    if (!kept || !root || root.childElementCount === 0) return undefined;
    return delegateLinks(root, (to) => history.push(to));
  }, [kept, holder, history]);
  const marked = { [`data-${marker}`]: '' };
  return kept ? (
    <>
      <div
        ref={holder}
        style={contents}
        {...marked}
        dangerouslySetInnerHTML={nothing}
        suppressHydrationWarning
      />
      <KeptStaleNotices root={holder} />
    </>
  ) : (
    <div ref={holder} style={contents} {...marked}>
      {children}
    </div>
  );
}
