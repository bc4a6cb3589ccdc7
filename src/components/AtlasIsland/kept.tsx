/**
 * The element that holds a part of a React page as the server rendered it, through hydration
 * and after: React leaves alone the inner HTML of an element it is told to set (to nothing,
 * here), so the server's markup stays. Its links navigate within the site through one listener
 * (./links.ts), and a data card in it that is stale by the reader's date gets its notice. Used
 * while a part keeps its markup: until the reader uses it (KeptUntilUsed), or for good
 * (ServerMarkup). An empty holder (a client-side navigation brought no markup) gets neither.
 */
import React, { useLayoutEffect, type RefObject } from 'react';
import { useHistory } from '@docusaurus/router';
import { delegateLinks } from './links';
import { KeptStaleNotices } from '../StaleNotice';

/** The holder lays its contents out as if they were its parent's. */
export const keptWrapperStyle = { display: 'contents' } as const;
const nothing = { __html: '' };

export function KeptHolder({
  holder,
  marker,
}: {
  holder: RefObject<HTMLDivElement | null>;
  /** The holder's data attribute, naming what keeps it (`data-<marker>=""`). */
  marker: string;
}): React.JSX.Element {
  const history = useHistory();
  useLayoutEffect(() => {
    const root = holder.current;
    if (!root || root.childElementCount === 0) return undefined;
    return delegateLinks(root, (to) => history.push(to));
  }, [holder, history]);
  return (
    <>
      <div
        ref={holder}
        style={keptWrapperStyle}
        {...{ [`data-${marker}`]: '' }}
        dangerouslySetInnerHTML={nothing}
        suppressHydrationWarning
      />
      <KeptStaleNotices root={holder} />
    </>
  );
}
