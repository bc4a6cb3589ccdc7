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
 * A lazy island (./lazy.tsx) keeps the server's markup until the reader uses it. A rendered
 * island is marked `data-island-live`.
 */
import React, {
  createContext,
  useContext,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import { createPortal, flushSync } from 'react-dom';
import { KeptMarkup } from '../deferredView';
import { awaitUse, lazyOf, stateInAddress, withView } from './lazy';

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
  /** What renders there, if not the island's child as it is: a lazy child with its view. */
  child: ReactNode | null;
}

function PortalIsland({
  host,
  n,
  children,
}: AtlasIslandProps & { host: RefObject<HTMLElement | null> }): React.JSX.Element | null {
  const [target, setTarget] = useState<Target | null>(null);
  const lazy = lazyOf(children);
  // The child as first rendered: the effect below runs once per island, not per render.
  const first = useRef(children);
  useLayoutEffect(() => {
    const element = host.current?.querySelector<HTMLElement>(`[data-island="${n}"]`);
    if (!element) throw new Error(`AtlasIsland: island ${n} is not in the page's markup`);
    const take = (child: ReactNode | null): Target => {
      const kept = new Map<string, string>();
      for (const holder of element.querySelectorAll<HTMLElement>('[data-kept]')) {
        const name = holder.dataset.kept!;
        if (!kept.has(name)) kept.set(name, holder.innerHTML);
      }
      element.replaceChildren();
      element.dataset.islandLive = '';
      return { element, kept, child };
    };
    if (!lazy) {
      // The target is in the DOM, known only once mounted; rendering into it before the
      // browser paints is the point of this layout effect.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setTarget(take(null));
      return undefined;
    }
    // The component and its view, then rendered synchronously, so that the server's markup is
    // replaced in one frame.
    let child: ReactNode = first.current;
    const ready = () =>
      Promise.all([lazy.load(), withView(first.current)]).then(([, c]) => {
        child = c;
      });
    const activate = () => flushSync(() => setTarget(take(child)));
    if (stateInAddress()) {
      void ready().then(activate);
      return undefined;
    }
    return awaitUse(element, () => void lazy.load(), ready, activate);
  }, [host, n, lazy]);
  if (!target) return null;
  return createPortal(
    <KeptMarkup.Provider value={target.kept}>{target.child ?? children}</KeptMarkup.Provider>,
    target.element,
  );
}
