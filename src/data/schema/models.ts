import * as z from 'zod';
import { entryBase, httpsUrl, aliasesSchema, idSchema, partialDate } from './common';

export const opennessLevels = ['open', 'partial', 'closed'] as const;
export const opennessComponents = [
  'weights',
  'inference_code',
  'training_code',
  'training_data',
  'paper',
] as const;

/** `weights: open` or, with a note, `weights: { level: partial, note: "…" }`. */
const opennessFact = z
  .union([
    z.enum(opennessLevels),
    z.strictObject({ level: z.enum(opennessLevels), note: z.string().min(1).optional() }),
  ])
  .transform((v) => (typeof v === 'string' ? { level: v } : v));

export const modelSchema = z
  .strictObject({
    ...entryBase,
    name: z.string().min(1),
    /** Other names readers type, e.g. 羊驼 for LLaMA. Searched too. */
    aliases: aliasesSchema,
    /** Organisation ids (src/data/organizations). */
    organizations: z.array(idSchema).min(1, { message: 'expected at least one organisation id' }),
    /** Family slug shared by related models, e.g. "llama", "qwen". */
    family: idSchema,
    released: partialDate,
    /** Parameter counts in billions (B): 0.125 for 125M, 70 for 70B. */
    parameters: z.strictObject({
      total: z.number().positive({ message: 'expected a positive number of billions' }),
      active: z.number().positive({ message: 'expected a positive number of billions' }).optional(),
    }),
    architecture: z.enum(['decoder-only', 'encoder-only', 'encoder-decoder']),
    sparsity: z.enum(['dense', 'moe']),
    /** Context window in tokens. */
    context_length: z.number().int().positive().optional(),
    modalities: z.array(z.enum(['text', 'image', 'audio', 'video'])).min(1),
    /** Licence id (src/data/licenses) of the released weights. */
    license: idSchema,
    openness: z.strictObject({
      weights: opennessFact,
      inference_code: opennessFact,
      training_code: opennessFact,
      training_data: opennessFact,
      paper: opennessFact,
    }),
    /** One sentence in Chinese. */
    description: z.string().min(1).optional(),
    links: z
      .strictObject({
        paper: httpsUrl.optional(),
        repository: httpsUrl.optional(),
        model_card: httpsUrl.optional(),
        announcement: httpsUrl.optional(),
      })
      .default({}),
  })
  .superRefine((m, ctx) => {
    if (m.parameters.active !== undefined && m.parameters.active > m.parameters.total) {
      ctx.addIssue({
        code: 'custom',
        path: ['parameters', 'active'],
        message: `expected at most the total (${m.parameters.total}), found ${m.parameters.active}`,
      });
    }
  });

export type Model = z.infer<typeof modelSchema>;
export type OpennessLevel = (typeof opennessLevels)[number];
export type OpennessComponent = (typeof opennessComponents)[number];
