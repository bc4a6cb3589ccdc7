/**
 * An island whose component is fetched only when the reader uses it (src/plugins/islands):
 * the server's markup of a comparison table already shows every row, and a timeline's every
 * event, so their code (about 11 KiB gzip for a table) waits until the reader clicks, focuses
 * or changes something in them. The stub module of a doc imports such a component as
 * `lazyIsland(() => import(…))`.
 */
import React, { useEffect, useState, type ComponentType, type ReactNode } from 'react';

type Props = Record<string, unknown>;
interface Module {
  default: ComponentType<Props>;
}

export interface LazyLoader {
  /** Fetches the component (once). */
  load: () => Promise<ComponentType<Props>>;
  /** The component, once fetched. */
  loaded: () => ComponentType<Props> | null;
}

export type LazyComponent = ComponentType<Props> & { atlasLazy: LazyLoader };

export function lazyIsland(loadModule: () => Promise<Module>): LazyComponent {
  let component: ComponentType<Props> | null = null;
  let loading: Promise<ComponentType<Props>> | null = null;
  const loader: LazyLoader = {
    load: () =>
      (loading ??= loadModule().then((m) => {
        component = m.default;
        return m.default;
      })),
    loaded: () => component,
  };
  // Rendered outside an island (not in the site's doc bodies), it fetches itself at once.
  function Lazy(props: Props): React.JSX.Element | null {
    const [Loaded, setLoaded] = useState<ComponentType<Props> | null>(() => component);
    useEffect(() => {
      if (!Loaded) void loader.load().then((c) => setLoaded(() => c));
    }, [Loaded]);
    return Loaded ? <Loaded {...props} /> : null;
  }
  return Object.assign(Lazy, { atlasLazy: loader });
}

/**
 * The island's child as it will render: a component whose view is deferred (`data` null with a
 * `load` function, src/components/deferredView.ts) gets its view first, so that it renders
 * whole in one go.
 */
export async function withView(children: ReactNode): Promise<ReactNode> {
  if (
    !React.isValidElement<{ data?: unknown; load?: () => Promise<{ default: unknown }> }>(children)
  )
    return children;
  const { data, load } = children.props;
  if (data !== null || typeof load !== 'function') return children;
  const view = (await load()).default;
  return React.cloneElement(children, { data: view });
}

/** The lazy loader of an island's child, if it is a lazy component. */
export function lazyOf(children: ReactNode): LazyLoader | null {
  if (!React.isValidElement(children) || typeof children.type !== 'function') return null;
  return (children.type as Partial<LazyComponent>).atlasLazy ?? null;
}

/** The element's position under `root`, as child indices. */
function pathOf(root: Element, target: Element): number[] | null {
  const path: number[] = [];
  for (let node: Element | null = target; node !== root; node = node.parentElement) {
    if (!node?.parentElement) return null;
    path.unshift(Array.prototype.indexOf.call(node.parentElement.children, node));
  }
  return path;
}

function nodeAt(root: Element, path: readonly number[]): HTMLElement | null {
  let node: Element | undefined = root;
  for (const i of path) node = node?.children[i];
  return node instanceof HTMLElement ? node : null;
}

/** Sets a form control's value the way typing does, so that React sees the change. */
function setValue(control: HTMLInputElement | HTMLSelectElement, value: string, checked: boolean) {
  if (
    control instanceof HTMLInputElement &&
    (control.type === 'checkbox' || control.type === 'radio')
  ) {
    if (control.checked !== checked) control.click();
    return;
  }
  const proto = Object.getPrototypeOf(control) as object;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(control, value);
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * The address has a query string, which may hold a component's state (a table's filters) that
 * the server's markup does not show: such a component renders at once, not on use.
 */
export function stateInAddress(): boolean {
  return window.location.search !== '';
}

/** How long (ms) an island waits, after a finger or pen is lifted, for the click made of it. */
const clickAfterTapWithin = 1000;

/**
 * Waits, on the island's server markup, for the reader to use it: the pointer over it fetches
 * the component; a click, a focus or a changed control fetches it (`ready`) if need be, then `activate`
 * renders it and what the reader did meanwhile is done again, in order, on the rendered
 * elements (a click clicked, the focus moved, a value set). A click on a link is left to the
 * link. Returns the function that stops waiting.
 *
 * Nothing is rendered while a button or key is held down in the island: a press focuses its
 * target (which starts the fetch), and the component is often here before the release, which
 * the browser turns into a click only if it lands on the element that was pressed. Rendered
 * between the two, the island would lose the click (it went to the page instead). So the
 * island renders in the task after the release, once the click, if any, has been recorded.
 * A finger is released before its click: a tap's `pointerup` and `touchend` come first, then,
 * in a later task, the `mousedown` (which focuses), `mouseup` and `click` the browser makes of
 * it. So after a touch or pen, the press lasts until that click (or a second, if none comes).
 */
export function awaitUse(
  element: HTMLElement,
  prefetch: () => void,
  ready: () => Promise<unknown>,
  activate: () => void,
): () => void {
  const pending: Array<(root: HTMLElement) => void> = [];
  let started = false;
  let done = false;
  /** A button or key is down in the island; `due` once the component waits for its release. */
  let held = false;
  let due = false;
  /** A finger or pen was lifted, and its click is still to come. */
  let tapped = false;
  let releasing: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (done) return;
    done = true;
    stop();
    activate();
    for (const replay of pending) replay(element);
  };
  const press = () => {
    held = true;
    tapped = false;
    clearTimeout(releasing);
  };
  const end = (after: number) => {
    clearTimeout(releasing);
    releasing = setTimeout(() => {
      held = false;
      tapped = false;
      if (due) run();
    }, after);
  };
  const release = (event: Event) => {
    if (!held) return;
    if (event.type === 'click') {
      if (tapped) end(0);
      return;
    }
    // A blur counts only when the window loses focus (a press blurs the element focused before).
    if (event.type === 'blur' && event.target !== window) return;
    tapped =
      event instanceof PointerEvent &&
      event.type === 'pointerup' &&
      (event.pointerType === 'touch' || event.pointerType === 'pen');
    // A mouse's or key's click comes in the same task, after the `pointerup` or `keyup`.
    end(tapped ? clickAfterTapWithin : 0);
  };
  const at = (path: readonly number[] | null) => (root: HTMLElement) =>
    path ? nodeAt(root, path) : null;
  const use = (event: Event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target || (event.type === 'click' && target.closest('a[href]'))) return;
    const find = at(pathOf(element, target));
    if (event.type === 'click') {
      event.preventDefault();
      event.stopPropagation();
      pending.push((root) => find(root)?.click());
    } else if (event.type === 'focusin') {
      pending.push((root) => find(root)?.focus());
    } else if (target instanceof HTMLInputElement || target instanceof HTMLSelectElement) {
      const { value } = target;
      const checked = target instanceof HTMLInputElement && target.checked;
      pending.push((root) => {
        const control = find(root);
        if (control instanceof HTMLInputElement || control instanceof HTMLSelectElement)
          setValue(control, value, checked);
      });
    }
    if (started) return;
    started = true;
    void ready().then(() => {
      if (held) due = true;
      else run();
    });
  };
  const intents = ['mouseover', 'touchstart'] as const;
  const uses = ['click', 'focusin', 'input', 'change'] as const;
  const presses = ['pointerdown', 'keydown'] as const;
  const releases = ['pointerup', 'pointercancel', 'keyup', 'blur', 'click'] as const;
  const stop = () => {
    clearTimeout(releasing);
    intents.forEach((t) => element.removeEventListener(t, prefetch));
    uses.forEach((t) => element.removeEventListener(t, use, true));
    presses.forEach((t) => element.removeEventListener(t, press, true));
    releases.forEach((t) => window.removeEventListener(t, release, true));
  };
  intents.forEach((t) => element.addEventListener(t, prefetch, { passive: true }));
  uses.forEach((t) => element.addEventListener(t, use, true));
  presses.forEach((t) => element.addEventListener(t, press, { capture: true, passive: true }));
  // Released anywhere: the pointer may leave the island, or the window lose focus, before.
  releases.forEach((t) => window.addEventListener(t, release, { capture: true, passive: true }));
  return stop;
}
