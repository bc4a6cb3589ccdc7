import * as z from 'zod';
import { entryBase, aliasesSchema, idSchema } from './common';

export const termSchema = z.strictObject({
  ...entryBase,
  /** The one Chinese translation used across the site. */
  zh: z.string().min(1),
  en: z.string().min(1),
  abbr: z.string().min(1).optional(),
  /** 1–3 Chinese sentences. */
  definition: z.string().min(1),
  aliases: aliasesSchema,
  related: z.array(idSchema).default([]),
  /** The page of this site that explains the term in depth, as a docs path. */
  page: z
    .string()
    .regex(/^\/docs\/[a-z0-9/-]*$/, {
      message: 'expected a docs path such as "/docs/fundamentals/attention"',
    })
    .optional(),
});

export type Term = z.infer<typeof termSchema>;
