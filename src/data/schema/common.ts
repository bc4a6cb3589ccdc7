/**
 * Building blocks shared by every collection's schema.
 *
 * Contributors never import this file: they edit YAML under `src/data/<collection>/`.
 * The messages here are what they see when an entry is wrong, so they are written to them.
 */
import * as z from 'zod';

/** kebab-case: lower-case letters and digits in groups joined by single hyphens. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message:
    'expected a kebab-case id (lower-case letters, digits and single hyphens, e.g. "llama-2-70b")',
});

export const httpsUrl = z.url({
  protocol: /^https$/,
  message: 'expected an https:// URL',
});

/**
 * A date with its precision written by its shape: "2023", "2023-07" or "2023-07-18".
 * Whether the date exists and is not in the future is checked by the loader, which knows
 * the build date.
 */
export const partialDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, {
  message: 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD',
});

/** A full calendar date, for `verified`. */
export const fullDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, {
  message: 'expected a date written YYYY-MM-DD',
});

export const sourcesSchema = z
  .array(httpsUrl)
  .min(1, { message: 'expected at least one source URL' });

export const aliasesSchema = z.array(z.string().min(1)).default([]);

/** Fields every entry of every collection carries. */
export const entryBase = {
  id: idSchema,
  sources: sourcesSchema,
  verified: fullDate,
};

export type PartialDate = z.infer<typeof partialDate>;
