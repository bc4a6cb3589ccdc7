/**
 * What a model page and the compare page receive, chosen from the atlas at build time. Pure
 * (no Docusaurus), so the unit tests build the same props the pages get.
 */
import type { AtlasData, EntryTranslation, License, Model } from '../../data/types';
import { opennessView, weightsLevel } from '../../data/derive/openness';
import { decodeLicenseClauses, type DecodedClause } from '../../data/derive/license-clauses';
import { archShape, type ArchShape } from '../../data/derive/memory';
import { parseRef } from '../../lib/links';
import type { Backlink } from './backlinks';
import { correctionsOf, type PageCorrection } from '../../lib/corrections';
import type { MofClass, OpennessLevel } from '../../data/vocab';

export interface NamedLink {
  id: string;
  name: string;
}

export interface ModelPageData {
  model: Model & { file: string; i18n?: EntryTranslation };
  organizations: NamedLink[];
  license: License & { file: string; i18n?: EntryTranslation };
  clauses: DecodedClause[];
  /** Names of the licences in `license_history`, by id. */
  pastLicenses: Record<string, string>;
  baseModel?: NamedLink;
  /** Models fine-tuned or distilled from this one. */
  derived: NamedLink[];
  /** The rest of the family, oldest first. */
  family: Array<NamedLink & { released: string }>;
  events: Array<{
    id: string;
    date: string;
    title: string;
    description: string;
    i18n?: EntryTranslation;
  }>;
  backlinks: Backlink[];
  /** The corrections log's entries about this model, newest first. */
  corrections: PageCorrection[];
}

/**
 * The MOF class a model would reach next: Class III when it reaches none, then II, then I;
 * nothing after Class I. Model pages list what that class still lacks (`mofMissing`).
 */
export function nextMofClass(current: MofClass | undefined): MofClass | undefined {
  if (current === undefined) return 3;
  return current > 1 ? ((current - 1) as MofClass) : undefined;
}

const named = (e: { id: string; name: string }): NamedLink => ({ id: e.id, name: e.name });

export function modelPageData(
  data: Pick<AtlasData, 'models' | 'organizations' | 'licenses' | 'events' | 'corrections'>,
  id: string,
  backlinks: readonly Backlink[] = [],
): ModelPageData {
  const model = data.models.find((m) => m.id === id);
  if (!model) throw new Error(`model-pages: no model "${id}"`);
  const licenses = new Map(data.licenses.map((l) => [l.id, l]));
  const license = licenses.get(model.license)!;
  const byDate = (a: { released: string }, b: { released: string }) =>
    a.released.localeCompare(b.released);
  const base = model.base_model ? data.models.find((m) => m.id === model.base_model) : undefined;
  return {
    model,
    organizations: model.organizations.map((o) =>
      named(data.organizations.find((org) => org.id === o)!),
    ),
    license,
    clauses: decodeLicenseClauses(license),
    pastLicenses: Object.fromEntries(
      model.license_history.map((h) => [h.license, licenses.get(h.license)?.name ?? h.license]),
    ),
    ...(base ? { baseModel: named(base) } : {}),
    derived: data.models.filter((m) => m.base_model === id).map(named),
    family: data.models
      .filter((m) => m.family === model.family && m.id !== id)
      .sort(byDate)
      .map((m) => ({ ...named(m), released: m.released })),
    events: data.events
      .filter((e) =>
        e.related.some((r) => {
          const ref = parseRef(r);
          return ref?.collection === 'models' && ref.id === id;
        }),
      )
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((e) => ({
        id: e.id,
        date: e.date,
        title: e.title,
        description: e.description,
        ...(e.i18n ? { i18n: e.i18n } : {}),
      })),
    backlinks: [...backlinks],
    corrections: correctionsOf(data.corrections, `model:${id}`),
  };
}

/** One model as the compare page shows it: the same facts, levels without evidence. */
export interface CompareEntry {
  id: string;
  name: string;
  organizations: string[];
  family: string;
  released: string;
  parameters: Model['parameters'];
  architecture: Model['architecture'];
  sparsity: Model['sparsity'];
  context_length?: number;
  modalities: Model['modalities'];
  /** Architecture facts without their sources and note (the model page has those). */
  arch?: ArchShape;
  license: { id: string; name: string; kind: License['kind'] };
  clauses: DecodedClause[];
  openness: { levels: Record<string, OpennessLevel>; score: number; mofClass?: MofClass };
  weights: OpennessLevel;
}

export function compareEntries(
  data: Pick<AtlasData, 'models' | 'organizations' | 'licenses'>,
): CompareEntry[] {
  const orgs = new Map(data.organizations.map((o) => [o.id, o.name]));
  const licenses = new Map(data.licenses.map((l) => [l.id, l]));
  return [...data.models]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((m) => {
      const view = opennessView(m);
      const levels: Record<string, OpennessLevel> = {};
      for (const c of view.components) levels[c] = view.grades[c].level;
      const license = licenses.get(m.license)!;
      return {
        id: m.id,
        name: m.name,
        organizations: m.organizations.map((o) => orgs.get(o) ?? o),
        family: m.family,
        released: m.released,
        parameters: m.parameters,
        architecture: m.architecture,
        sparsity: m.sparsity,
        ...(m.context_length !== undefined ? { context_length: m.context_length } : {}),
        modalities: m.modalities,
        ...(m.arch ? { arch: archShape(m.arch) } : {}),
        license: { id: license.id, name: license.name, kind: license.kind },
        clauses: decodeLicenseClauses(license),
        openness: {
          levels,
          score: view.score,
          ...(view.mofClass !== undefined ? { mofClass: view.mofClass } : {}),
        },
        weights: weightsLevel(view),
      };
    });
}
