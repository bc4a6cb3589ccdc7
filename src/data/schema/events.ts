import * as z from 'zod';
import { entryBase, partialDate } from './common';
import { refPrefixes } from '../vocab';

const prefixes = Object.keys(refPrefixes);

export const eventCategories = [
  'model-release',
  'tool',
  'community',
  'policy',
  'research',
  'license',
] as const;

/** A reference to another entry: "model:llama-2-70b", "org:meta", "tool:vllm", "license:mit", "term:moe". */
export const entityRef = z
  .string()
  .regex(new RegExp(`^(?:${prefixes.join('|')}):[a-z0-9]+(?:-[a-z0-9]+)*$`), {
    message: `expected a reference written kind:id, kind being ${prefixes.slice(0, -1).join(', ')} or ${prefixes.at(-1)} (e.g. "model:llama-2-70b")`,
  });

export const eventSchema = z.strictObject({
  ...entryBase,
  date: partialDate,
  /** Chinese title, short. */
  title: z.string().min(1),
  /** One or two Chinese sentences. */
  description: z.string().min(1),
  category: z.enum(eventCategories),
  related: z.array(entityRef).default([]),
  /** A page of this site about the event, as a docs path: "/docs/history/llama-moment". */
  page: z
    .string()
    .regex(/^\/docs\/[a-z0-9/-]*$/, {
      message: 'expected a docs path such as "/docs/history/llama-moment"',
    })
    .optional(),
});

export type TimelineEvent = z.infer<typeof eventSchema>;
export type EventCategory = (typeof eventCategories)[number];
