/**
 * A part of a doc page that runs in the browser (a code block, a comparison table, a timeline),
 * marked by the build (src/plugins/islands). On the server, and in the browser after a
 * client-side navigation, it renders its child in place, in a wrapper that takes no box.
 *
 * On a page's first load the body of the doc is the server's markup, which React leaves alone
 * (src/theme/DocItem/Content), and the page's script holds only its islands. Each island then
 * finds its wrapper in that markup, saves what its component wants back (`useKeptMarkup`),
 * empties it and renders its child into it through a portal, so the component has the
 * site's context (router, colour mode, language). All of it happens before the browser paints.
 */
import React, {
  createContext,
  useContext,
  useLayoutEffect,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import { createPortal } from 'react-dom';
import { KeptMarkup } from '../deferredView';

/** The element holding the server's markup of the body, when the page was loaded on it. */
export const IslandsHost = createContext<RefObject<HTMLElement | null> | null>(null);

export interface AtlasIslandProps {
  /** The island's number in its page, given by the build. */
  n: string;
  children: ReactNode;
}

const wrapperStyle = { display: 'contents' } as const;

export default function AtlasIsland({ n, children }: AtlasIslandProps): React.JSX.Element {
  const host = useContext(IslandsHost);
  if (host)
    return (
      <PortalIsland host={host} n={n}>
        {children}
      </PortalIsland>
    );
  return (
    <div data-island={n} style={wrapperStyle}>
      {children}
    </div>
  );
}

interface Target {
  element: HTMLElement;
  kept: ReadonlyMap<string, string>;
}

function PortalIsland({
  host,
  n,
  children,
}: AtlasIslandProps & { host: RefObject<HTMLElement | null> }): React.JSX.Element | null {
  const [target, setTarget] = useState<Target | null>(null);
  useLayoutEffect(() => {
    const element = host.current?.querySelector<HTMLElement>(`[data-island="${n}"]`);
    if (!element) throw new Error(`AtlasIsland: island ${n} is not in the page's markup`);
    const kept = new Map<string, string>();
    for (const holder of element.querySelectorAll<HTMLElement>('[data-kept]')) {
      const name = holder.dataset.kept!;
      if (!kept.has(name)) kept.set(name, holder.innerHTML);
    }
    element.replaceChildren();
    // The target is in the DOM, known only once mounted; rendering into it before the browser
    // paints is the point of this layout effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setTarget({ element, kept });
  }, [host, n]);
  if (!target) return null;
  return createPortal(
    <KeptMarkup.Provider value={target.kept}>{children}</KeptMarkup.Provider>,
    target.element,
  );
}
