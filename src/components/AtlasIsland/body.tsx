/**
 * The browser's module of a doc page (written by src/plugins/islands/stub.ts) exports its body
 * through `stubBody`: the page's islands, to be rendered into the body's markup, and where that
 * markup comes from. On the page the browser loaded it is the server's, already in the
 * document, until the page has hydrated (`kept`). For any other doc, reached by a client-side
 * navigation, it is the same markup read from the page's HTML file (`load`): the module waits
 * for it (top-level await in the stub), so the route renders complete. The body's text is thus
 * never in a script.
 */
import type { ComponentType } from 'react';

type BodyProps = Record<string, unknown>;

export interface StubBody {
  /** The doc's source (`@site/docs/….mdx`), as the server writes it on the body's element. */
  source: string;
  /** Resolved once the body's markup is here; undefined on the page whose markup is kept. */
  ready: Promise<unknown> | undefined;
  /** Fetches the body's markup from the page's HTML (once). */
  load: () => Promise<string>;
  /** The body's markup, once fetched. */
  html: () => string | null;
  /** True the first time it is asked on the page whose server markup is kept, false after. */
  claimKept: () => boolean;
  /** The page's islands, as the doc's default export (rendered into the body's markup). */
  Content: ComponentType<BodyProps> & { atlasBody?: StubBody };
}

/** The document in the browser is still the server's: the page has not hydrated yet. */
export function hydrating(): boolean {
  return typeof document !== 'undefined' && document.documentElement.dataset.hasHydrated !== 'true';
}

/** The server's markup of this doc's body is in the document and not yet hydrated. */
function serverMarkupOf(source: string): boolean {
  if (!hydrating()) return false;
  return Array.from(document.querySelectorAll<HTMLElement>('[data-atlas-body]')).some(
    (el) => el.dataset.atlasBody === source,
  );
}

/** The body's markup in the HTML file of the page at `permalink`. */
export async function fetchBody(permalink: string, source: string): Promise<string> {
  // A category's index doc has a permalink ending in a slash; with `trailingSlash: false`
  // (docusaurus.config.ts) its page is served at the path without it, as links write it.
  const response = await fetch(permalink.length > 1 ? permalink.replace(/\/$/, '') : permalink);
  if (!response.ok) throw new Error(`${permalink}: HTTP ${response.status}`);
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const body = Array.from(page.querySelectorAll<HTMLElement>('[data-atlas-body]')).find(
    (el) => el.dataset.atlasBody === source,
  );
  if (!body) throw new Error(`${permalink}: no body of ${source} in the page`);
  return body.innerHTML;
}

export function stubBody(
  source: string,
  permalink: string,
  Islands: ComponentType<BodyProps>,
): StubBody {
  let kept = serverMarkupOf(source);
  let html: string | null = null;
  let loading: Promise<string> | null = null;
  const load = () =>
    (loading ??= fetchBody(permalink, source).then(
      (markup) => (html = markup),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));
  const Content = Islands as StubBody['Content'];
  const body: StubBody = {
    source,
    ready: kept ? undefined : load(),
    load,
    html: () => html,
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
