/**
 * Where each correction's target is on the site, for the corrections page (a pure function,
 * tested in tests/unit/corrections.test.ts; the log's order is src/lib/corrections.ts).
 */
import type { AtlasView } from '../../../components/atlasView';
import { parseRef } from '../../../lib/links';

export interface TargetLink {
  href: string;
  /** The entry's display name, or the page's path. */
  label: string;
  kind: 'page' | 'entry';
}

/** The display name of an entry in the names index (names.json). */
function nameOf(names: AtlasView, collection: keyof AtlasView, id: string): string | undefined {
  const entry = (names[collection] as Array<Record<string, unknown>> | undefined)?.find(
    (e) => e.id === id,
  );
  const label = entry && [entry.name, entry.title, entry.zh].find((v) => typeof v === 'string');
  return typeof label === 'string' ? label : undefined;
}

/** Where a correction's target is: a doc page links to itself, an entry to its anchor or page. */
export function targetLink(target: string, names: AtlasView): TargetLink {
  if (target.startsWith('/')) return { href: target, label: target, kind: 'page' };
  const ref = parseRef(target);
  // The loader has checked that the prefix is known and the entry exists.
  if (!ref) throw new Error(`corrections: unparsable target "${target}"`);
  return {
    href: ref.href,
    label: nameOf(names, ref.collection, ref.id) ?? ref.id,
    kind: 'entry',
  };
}
