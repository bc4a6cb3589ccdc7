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

/** Kinds whose founders a reader expects to be named (see `founders`). */
export const kindsWithFounders = ['company', 'research-lab'] as const;

const countryCode = z.string().regex(/^[A-Z]{2}$/, {
  message: 'expected an ISO 3166-1 alpha-2 country code such as "US" or "CN"',
});

/**
 * Where the organisation is based: a city (in Chinese; `city_en` where the English form helps
 * readers search) and a country. A community without any seat says so in `note` instead.
 */
export const headquartersSchema = z
  .strictObject({
    city: z.string().min(1).optional(),
    city_en: z.string().min(1).optional(),
    country: countryCode.optional(),
    /** Chinese, e.g. why there is no seat (an online community), or what the city is of. */
    note: z.string().min(1).optional(),
  })
  .superRefine((h, ctx) => {
    if (h.note) return;
    for (const field of ['city', 'country'] as const) {
      if (!h[field])
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `expected the ${field} (or a note saying why the organisation has none)`,
        });
    }
  });

export const organizationSchema = z
  .strictObject({
    ...entryBase,
    name: z.string().min(1),
    name_zh: z.string().min(1).optional(),
    /** Other names readers type, e.g. 抱抱脸 for Hugging Face. Searched too. */
    aliases: aliasesSchema,
    kind: z.enum(organizationKinds),
    /** ISO 3166-1 alpha-2 code (US, CN, FR…) or "international". */
    region: z.string().regex(/^(?:[A-Z]{2}|international)$/, {
      message:
        'expected an ISO 3166-1 alpha-2 country code such as "US" or "CN", or "international"',
    }),
    /** When it was founded (for a lab inside a company: when the lab was formed), as published. */
    founded: partialDate.optional(),
    /** Chinese; why `founded` is left out (where it was looked for), or what the date is of. */
    founded_note: z.string().min(1).optional(),
    /** The founders' names as the organisation writes them; required for companies and labs. */
    founders: z.array(z.string().min(1)).min(1).optional(),
    /**
     * Chinese; why no founders are listed (e.g. a division of a larger company: name the parent)
     * or where they were looked for. Stands in for `founders` in companies and labs.
     */
    founders_note: z.string().min(1).optional(),
    /** Where it is based; see headquartersSchema. */
    headquarters: headquartersSchema,
    /** One sentence in Chinese. */
    description: z.string().min(1).optional(),
    links: z
      .strictObject({
        homepage: httpsUrl.optional(),
        github: httpsUrl.optional(),
        huggingface: httpsUrl.optional(),
      })
      .default({}),
  })
  .superRefine((o, ctx) => {
    if (!o.founded && !o.founded_note) {
      ctx.addIssue({
        code: 'custom',
        path: ['founded'],
        message:
          'required field is missing (expected a date written YYYY, YYYY-MM or YYYY-MM-DD, or a founded_note saying where it was looked for)',
      });
    }
    if (
      (kindsWithFounders as readonly string[]).includes(o.kind) &&
      !o.founders &&
      !o.founders_note
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['founders'],
        message: `expected the founders of a ${o.kind} (or a founders_note saying why none are listed)`,
      });
    }
    const country = o.headquarters.country;
    if (country && o.region !== 'international' && country !== o.region) {
      ctx.addIssue({
        code: 'custom',
        path: ['headquarters', 'country'],
        message: `expected the same country as region "${o.region}", found "${country}"`,
      });
    }
  });

export type Organization = z.infer<typeof organizationSchema>;
export type OrganizationKind = (typeof organizationKinds)[number];
