/**
 * What script adds to glossary terms (./index.tsx), for every term on the page at once:
 * Escape hides the definition of the focused term, and a definition that would reach past the
 * right edge of a narrow screen is moved back inside it. Installed by ./client.ts.
 */

/** The attribute that marks a term's outer element. */
export const termAttribute = 'data-term';
const dismissedAttribute = 'data-dismissed';

const termOf = (target: EventTarget | null): HTMLElement | null =>
  target instanceof Element ? target.closest<HTMLElement>(`[${termAttribute}]`) : null;

/** Moves a shown definition back inside the screen, if it reaches past the right edge. */
function keepInside(tip: HTMLElement): void {
  const rect = tip.getBoundingClientRect();
  const overflow = rect.right - (document.documentElement.clientWidth - 8);
  if (overflow > 0)
    tip.style.setProperty('--term-shift', `${-Math.min(overflow, rect.left - 8)}px`);
}

/**
 * Shows the term's definition again and keeps it inside the screen. CSS shows it as soon as the
 * term has the pointer or the focus, which is already so when these events arrive: it is
 * measured and moved at once, before the browser draws it where it does not fit (a phone
 * would widen the page to it). Should it not be laid out yet, the next frame does it.
 */
function show(term: HTMLElement): void {
  term.removeAttribute(dismissedAttribute);
  const tip = term.querySelector<HTMLElement>('[role="tooltip"]');
  if (!tip) return;
  tip.style.removeProperty('--term-shift');
  if (tip.getBoundingClientRect().width > 0) keepInside(tip);
  else requestAnimationFrame(() => keepInside(tip));
}

export function installTermBehaviour(doc: Document): void {
  doc.addEventListener('mouseover', (event) => {
    const term = termOf(event.target);
    // Once per entry into the term, not for every move between its parts.
    if (term && termOf(event.relatedTarget) !== term) show(term);
  });
  doc.addEventListener('focusin', (event) => {
    const term = termOf(event.target);
    if (term) show(term);
  });
  doc.addEventListener('keydown', (event) => {
    const term = event.key === 'Escape' ? termOf(event.target) : null;
    if (term) term.setAttribute(dismissedAttribute, '');
  });
}
