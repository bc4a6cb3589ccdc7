/**
 * The search lexicon from the data layer: synonym groups (every name of one model,
 * organisation, tool, licence or glossary term) and a user dictionary of Han words for the
 * segmenter. 羊驼 → LLaMA, 抱抱脸 → Hugging Face, 自注意力 ↔ self-attention all come from here,
 * never from code.
 */
import { join } from 'node:path';
import { loadAtlasData } from '../../data/load';
import type { AtlasData } from '../../data/types';
import { chunks, fold } from '../../search/tokenizer';
import type { SearchLexicon } from '../../search/types';

export function buildLexicon(data: AtlasData): SearchLexicon {
  const groups: string[][] = [];
  const push = (...names: Array<string | undefined>) => {
    const group = [
      ...new Set(
        names
          .filter((n): n is string => !!n)
          .map(fold)
          .filter(Boolean),
      ),
    ];
    if (group.length > 0) groups.push(group);
  };
  for (const m of data.models) push(m.name, ...m.aliases);
  for (const o of data.organizations) push(o.name, o.name_zh, ...o.aliases);
  for (const t of data.tools) push(t.name, ...t.aliases);
  for (const l of data.licenses) push(l.name, ...(l.aliases ?? []));
  for (const t of data.terms) push(t.zh, t.en, t.abbr, ...t.aliases);

  const dict = new Set<string>();
  for (const g of groups) {
    for (const name of g) {
      for (const c of chunks(name)) if (c.han && Array.from(c.text).length >= 2) dict.add(c.text);
    }
  }
  // Single names are still useful in the dictionary, but a "group" of one synonym is not.
  return { dict: [...dict].sort(), synonyms: groups.filter((g) => g.length > 1) };
}

/**
 * Loads src/data for the lexicon outside a build (unit tests). The build takes the validated
 * data from the atlas-data plugin instead; problems are not reported here, so tests of
 * search still run on a tree mid-edit (the data tests report them).
 */
export function loadLexicon(siteDir: string): SearchLexicon {
  return buildLexicon(
    loadAtlasData({ dataDir: join(siteDir, 'src', 'data'), rootDir: siteDir }).data,
  );
}
