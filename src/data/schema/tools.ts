import * as z from 'zod';
import { entryBase, httpsUrl, aliasesSchema, idSchema, partialDate } from './common';

export const toolCategories = [
  'training',
  'fine-tuning',
  'inference-serving',
  'local-runtime',
  'quantization',
  'app-framework',
  'agent-framework',
  'evaluation',
  'data',
  'vector-database',
  'hub',
  'ml-framework',
] as const;

export const toolSchema = z.strictObject({
  ...entryBase,
  name: z.string().min(1),
  aliases: aliasesSchema,
  category: z.enum(toolCategories),
  /** Licence id (src/data/licenses), e.g. "apache-2-0"; "proprietary" for closed apps. */
  license: idSchema,
  /** Main implementation language as its community writes it: Python, C++, Rust… */
  language: z.string().min(1),
  repository: httpsUrl.optional(),
  homepage: httpsUrl.optional(),
  first_release: partialDate,
  organizations: z.array(idSchema).default([]),
  /** One sentence in Chinese saying what it is for. */
  description: z.string().min(1),
});

export type Tool = z.infer<typeof toolSchema>;
export type ToolCategory = (typeof toolCategories)[number];
