/**
 * Which models a doc or blog post discusses, read from its MDX source at build time: links to
 * `/models#<id>` or `/models/<id>`, `model:<id>` references, `<ModelCard id="…">`, and model
 * tables whose fixed `filter` selects the model. Pure, so the unit tests feed it sources.
 *
 * Code (fenced blocks and inline spans) is skipped: the contributing guide shows
 * `<ModelCard id="mixtral-8x7b" />` as an example of syntax, not as a page about Mixtral. A
 * table without a filter lists every model and says nothing about any one of them.
 */
import { matchesFilter } from '../../lib/filter';

const ID = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** The source without code, so examples of syntax are not read as references. */
export function stripCode(source: string): string {
  return source.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

/**
 * The literal object of `filter={{ family: "llama" }}` as data, or undefined when it is not
 * a plain literal of strings, numbers and booleans (the remark plugin only accepts literals).
 */
export function parseFilterLiteral(text: string): Record<string, unknown> | undefined {
  const json = text
    .replace(/'([^'\\]*)'/g, '"$1"')
    .replace(/([{,]\s*)([A-Za-z_][\w.]*)\s*:/g, '$1"$2":')
    .replace(/,\s*}/g, '}');
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The ids of `models` that `source` refers to, in the models' order. */
export function modelsReferencedBy(
  source: string,
  models: ReadonlyArray<{ id: string }>,
): string[] {
  const text = stripCode(source);
  const found = new Set<string>();
  for (const m of text.matchAll(new RegExp(`/models(?:#|/)(${ID})`, 'g'))) found.add(m[1]!);
  for (const m of text.matchAll(new RegExp(`\\bmodel:(${ID})`, 'g'))) found.add(m[1]!);
  for (const m of text.matchAll(new RegExp(`<ModelCard\\b[^>]*?\\bid=["'](${ID})["']`, 'g')))
    found.add(m[1]!);
  for (const m of text.matchAll(/<ComparisonTable\b[^>]*?\/?>/g)) {
    const tag = m[0];
    if (!/\bcollection=["']models["']/.test(tag)) continue;
    const filter = /\bfilter=\{(\{[^}]*\})\}/.exec(tag);
    const literal = filter ? parseFilterLiteral(filter[1]!) : undefined;
    if (!literal) continue;
    for (const model of models) if (matchesFilter(model, literal)) found.add(model.id);
  }
  return models.filter((m) => found.has(m.id)).map((m) => m.id);
}

export interface Backlink {
  permalink: string;
  title: string;
  /** `zh-Hans` for a page of the English build that is still the Chinese original. */
  lang?: 'zh-Hans';
}

/** For each model id, the pages that refer to it, in the pages' order. */
export function backlinksByModel(
  pages: ReadonlyArray<Backlink & { source: string }>,
  models: ReadonlyArray<{ id: string }>,
): Map<string, Backlink[]> {
  const out = new Map<string, Backlink[]>(models.map((m) => [m.id, []]));
  for (const page of pages) {
    for (const id of modelsReferencedBy(page.source, models))
      out.get(id)!.push({
        permalink: page.permalink,
        title: page.title,
        ...(page.lang ? { lang: page.lang } : {}),
      });
  }
  return out;
}
