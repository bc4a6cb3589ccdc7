import * as z from 'zod';
import { entryBase, httpsUrl, aliasesSchema, partialDate } from './common';

export const organizationKinds = [
  'company',
  'research-lab',
  'university',
  'non-profit',
  'open-community',
  'foundation',
  'government',
] as const;

export const organizationSchema = z.strictObject({
  ...entryBase,
  name: z.string().min(1),
  name_zh: z.string().min(1).optional(),
  /** Other names readers type, e.g. 抱抱脸 for Hugging Face. Searched too. */
  aliases: aliasesSchema,
  kind: z.enum(organizationKinds),
  /** ISO 3166-1 alpha-2 code (US, CN, FR…) or "international". */
  region: z.string().regex(/^(?:[A-Z]{2}|international)$/, {
    message: 'expected an ISO 3166-1 alpha-2 country code such as "US" or "CN", or "international"',
  }),
  founded: partialDate.optional(),
  /** One sentence in Chinese. */
  description: z.string().min(1).optional(),
  links: z
    .strictObject({
      homepage: httpsUrl.optional(),
      github: httpsUrl.optional(),
      huggingface: httpsUrl.optional(),
    })
    .default({}),
});

export type Organization = z.infer<typeof organizationSchema>;
export type OrganizationKind = (typeof organizationKinds)[number];
