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
  url: httpsUrl,
});

export type License = z.infer<typeof licenseSchema>;
export type LicenseKind = (typeof licenseKinds)[number];
