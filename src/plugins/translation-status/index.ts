/**
 * Which English docs and posts have fallen behind their Chinese source, as plugin global data
 * for src/components/TranslationNotice: a map from the translation's file (the `source` of its
 * page metadata, without `@site/`) to the day the Chinese file last changed. Only stale
 * translations are listed, so a current translation costs nothing on any page; the default
 * locale gets an empty map. Computed once per locale build from the files (see
 * src/data/translation-status.ts), the same way `npm run translations:check` reports them.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { docTranslations } from '../../data/translation-status';

/** The plugin's global data. */
export interface TranslationStatusData {
  /** `i18n/en/…/file.mdx` → YYYY-MM-DD the Chinese original last changed. */
  stale: Record<string, string>;
}

/** The locale whose files src/data/translation.ts lays out (i18n/en/…). */
const translatedLocale = 'en';

export function staleTranslations(siteDir: string): TranslationStatusData {
  const stale: Record<string, string> = {};
  for (const d of docTranslations(siteDir))
    if (d.status === 'stale' && d.sourceChanged) stale[d.translation] = d.sourceChanged;
  return { stale };
}

export default function translationStatusPlugin(context: LoadContext): Plugin {
  return {
    name: 'atlas-translation-status',
    contentLoaded({ actions }) {
      const data: TranslationStatusData =
        context.i18n.currentLocale === translatedLocale
          ? staleTranslations(context.siteDir)
          : { stale: {} };
      actions.setGlobalData(data);
    },
  };
}
