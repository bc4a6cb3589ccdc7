import * as z from 'zod';
import { entryBase, httpsUrl, aliasesSchema } from './common';

/** How a licence treats reuse. Kinds, not verdicts: the licence page explains each. */
export const licenseKinds = [
  'permissive', // OSI-approved, few conditions (MIT, Apache-2.0, BSD)
  'copyleft', // OSI-approved, derivatives under the same terms (GPL, AGPL)
  'open-weights-custom', // a vendor's own terms for released weights (Llama, Gemma, Qwen…)
  'rail', // Responsible AI Licences with use-based restrictions (OpenRAIL-M…)
  'non-commercial', // e.g. CC BY-NC 4.0
  'research-only', // research or evaluation use only
  'source-available', // source published, but with conditions no open-source licence has (Dify, Open WebUI…)
  'proprietary', // not released for reuse at all
  'content', // Creative Commons style licences for text and data (CC BY, CC BY-SA, CC0…)
] as const;

/**
 * What a licence says on one point a reader deciding on a model asks about:
 * - `none`: the licence text sets no condition on it;
 * - `condition`: allowed under a condition the note states (a notice, a name, a policy);
 * - `forbidden`: not allowed.
 */
export const clauseLevels = ['none', 'condition', 'forbidden'] as const;
export type ClauseLevel = (typeof clauseLevels)[number];
const clause = z.strictObject({
  level: z.enum(clauseLevels),
  /** In Chinese, what the licence asks, in the atlas's own words. */
  note: z.string().min(1).optional(),
});

/**
 * The clauses model pages decode, each checked in the licence text listed in `evidence`.
 * A clause left out has not been checked: pages show it as unknown, never as a guess.
 */
export const licenseClausesSchema = z.strictObject({
  /** Bound by an acceptable-use policy or a list of prohibited uses. */
  acceptable_use: clause.optional(),
  /** A notice to display or keep when redistributing (beyond keeping the licence text). */
  attribution_notice: clause.optional(),
  /** Requirements on the names of derived models. */
  derivative_naming: clause.optional(),
  /** Using the model's outputs to train or improve other models. */
  output_training: clause.optional(),
  evidence: z
    .array(httpsUrl)
    .min(1, { message: 'expected the licence text the clauses come from' }),
});
export type LicenseClauses = z.infer<typeof licenseClausesSchema>;

export const licenseSchema = z.strictObject({
  ...entryBase,
  /** SPDX identifier where one exists, kept verbatim (e.g. "Apache-2.0"). */
  spdx: z.string().min(1).optional(),
  name: z.string().min(1),
  aliases: aliasesSchema,
  kind: z.enum(licenseKinds),
  osi_approved: z.boolean(),
  commercial_use: z.enum(['yes', 'no', 'conditional']),
  attribution: z.boolean(),
  /** Use restrictions or conditions in Chinese, one or two sentences. */
  restrictions: z.string().min(1).optional(),
  /** Monthly-active-user threshold above which a separate licence is needed, if any. */
  user_threshold: z.number().int().positive().optional(),
  /** Key clauses decoded for model pages (see licenseClausesSchema). */
  clauses: licenseClausesSchema.optional(),
  url: httpsUrl,
});

export type License = z.infer<typeof licenseSchema>;
export type LicenseKind = (typeof licenseKinds)[number];
