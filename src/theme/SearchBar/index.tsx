/**
 * The navbar search box: a small button that opens the search dialog (also on Ctrl+K, Cmd+K
 * and "/"). This file is in every page's JavaScript, so it stays tiny: the dialog, the engine
 * and FlexSearch are loaded with import() when a reader first focuses, hovers or opens
 * search, and the index is fetched at that moment too, never on page load.
 */
import React, { useCallback, useEffect, useRef, useState, type ComponentType } from 'react';
import { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { fetchManifest } from '@site/src/search/manifest';
import styles from './styles.module.css';

const loadDialog = () => import('./SearchDialog');
type DialogComponent = ComponentType<{
  baseUrl: string;
  onClose: () => void;
}>;

/** Starts loading the dialog code and this locale's index (idempotent). */
function warmUp(baseUrl: string): void {
  void loadDialog();
  // Tiny, and it names the index files: requested now, not after the engine's code arrives.
  fetchManifest(baseUrl).catch(() => undefined);
  void import('@site/src/search/client')
    .then((m) => m.loadSearchEngine(baseUrl))
    .catch(() => undefined);
}

const isEditable = (el: EventTarget | null): boolean =>
  el instanceof HTMLElement &&
  (el.isContentEditable || /^(input|textarea|select)$/i.test(el.tagName));

export default function SearchBar(): React.JSX.Element {
  const baseUrl = useBaseUrl('/');
  const [open, setOpen] = useState(false);
  const returnFocus = useRef<HTMLElement | null>(null);
  // Loaded by hand rather than with React.lazy: React 19 holds back a Suspense boundary's
  // content for up to 300 ms after its fallback, which is longer than loading takes here.
  const [Dialog, setDialog] = useState<DialogComponent | null>(null);
  // Marks the button once hydrated, when the shortcuts work (tests and tools wait for it).
  const ready = useIsBrowser();
  useEffect(() => {
    if (open && !Dialog) void loadDialog().then((m) => setDialog(() => m.default));
  }, [open, Dialog]);

  const openDialog = useCallback(() => {
    returnFocus.current =
      document.activeElement instanceof HTMLElement ? document.activeElement : null;
    warmUp(baseUrl);
    setOpen(true);
  }, [baseUrl]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (open || e.defaultPrevented || e.isComposing) return;
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        openDialog();
      } else if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isEditable(e.target)) {
        e.preventDefault();
        openDialog();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, openDialog]);

  // A page's own search form (SearchForm) submits to /search; focusing it starts loading the index.
  useEffect(() => {
    const input = document.querySelector<HTMLInputElement>(
      'form[data-atlas-search-slot] input[name="q"]',
    );
    if (!input) return undefined;
    const warm = () => warmUp(baseUrl);
    input.addEventListener('focus', warm);
    return () => input.removeEventListener('focus', warm);
  }, [baseUrl]);

  const close = useCallback(() => {
    setOpen(false);
    // Give focus back to whatever opened the dialog.
    const target = returnFocus.current;
    window.setTimeout(() => target?.focus(), 0);
  }, []);

  const label = translate({ id: 'search.navbar.label', message: '搜索' });
  const shortcut = 'Ctrl K';
  return (
    <>
      <button
        type="button"
        className={styles.navButton}
        // The accessible name is the visible text (WCAG 2.5.3, label in name); on narrow screens
        // both are hidden and the name still says what the button does and its shortcut.
        aria-label={`${label} ${shortcut}`}
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K /"
        onClick={() => openDialog()}
        onFocus={() => warmUp(baseUrl)}
        onMouseEnter={() => warmUp(baseUrl)}
        onTouchStart={() => warmUp(baseUrl)}
        data-atlas-search-button=""
        data-ready={ready ? '' : undefined}>
        <svg className={styles.navIcon} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <path
            d="M14.4 12.9 19 17.5 17.5 19l-4.6-4.6a7.5 7.5 0 1 1 1.5-1.5ZM8.5 14a5.5 5.5 0 1 0 0-11 5.5 5.5 0 0 0 0 11Z"
            fill="currentColor"
          />
        </svg>
        <span className={styles.navLabel}>{label}</span>{' '}
        <kbd className={styles.navKbd} aria-hidden="true">
          {shortcut}
        </kbd>
      </button>
      {/* position: fixed overlay; rendered in place (no portal) to keep this file dependency-free. */}
      {open &&
        (Dialog ? (
          <Dialog baseUrl={baseUrl} onClose={close} />
        ) : (
          <div className={styles.backdrop} aria-hidden="true" />
        ))}
    </>
  );
}
