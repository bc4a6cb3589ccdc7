/**
 * The browser's module of a doc page (written by src/plugins/islands/stub.ts) exports its body
 * through `stubBody`: a component that renders the page's islands when the body is the
 * server's markup, and the whole body otherwise, from a chunk of its own (`load`).
 *
 * The body is the server's markup only on the page the browser loaded, until it has hydrated:
 * `kept` is decided when the module runs, which for that page is before hydration and for any
 * other page is when the reader points at a link to it or navigates there. The module then
 * waits for the whole body (top-level await in the stub), so the route renders complete.
 */
import React, { useContext, useEffect, useState, type ComponentType } from 'react';
import { IslandsHost } from '.';

type BodyProps = Record<string, unknown>;
interface FullModule {
  default: ComponentType<BodyProps>;
}

export interface StubBody {
  /** The doc's source (`@site/docs/….mdx`), as the server writes it on the body's element. */
  source: string;
  /** Resolved once the whole body is here; undefined on the page whose markup is kept. */
  ready: Promise<unknown> | undefined;
  /** Fetches the whole body (once). */
  load: () => Promise<FullModule>;
  /** True the first time it is asked on the page whose server markup is kept, false after. */
  claimKept: () => boolean;
  /** The page's body, as the doc's default export. */
  Content: ComponentType<BodyProps> & { atlasBody?: StubBody };
}

/** The server's markup of this doc's body is in the document and not yet hydrated. */
function serverMarkupOf(source: string): boolean {
  if (typeof document === 'undefined') return false;
  if (document.documentElement.dataset.hasHydrated === 'true') return false;
  return Array.from(document.querySelectorAll<HTMLElement>('[data-atlas-body]')).some(
    (el) => el.dataset.atlasBody === source,
  );
}

export function stubBody(
  source: string,
  loadModule: () => Promise<FullModule>,
  Islands: ComponentType<BodyProps>,
): StubBody {
  let kept = serverMarkupOf(source);
  let full: FullModule | null = null;
  let loading: Promise<FullModule> | null = null;
  const load = () =>
    (loading ??= loadModule().then((module) => {
      full = module;
      return module;
    }));

  function Whole(props: BodyProps): React.JSX.Element | null {
    const [module, setModule] = useState<FullModule | null>(full);
    useEffect(() => {
      let current = true;
      if (!module)
        void load().then((m) => {
          if (current) setModule(m);
        });
      return () => {
        current = false;
      };
    }, [module]);
    return module ? <module.default {...props} /> : null;
  }

  function Content(props: BodyProps): React.JSX.Element {
    return useContext(IslandsHost) ? <Islands {...props} /> : <Whole {...props} />;
  }

  const body: StubBody = {
    source,
    ready: kept ? undefined : load(),
    load,
    claimKept() {
      const was = kept;
      kept = false;
      return was;
    },
    Content,
  };
  Content.atlasBody = body;
  return body;
}
