/**
 * The corrections log (更正记录): one entry per factual error fixed in a published page or
 * data entry, shown newest first on /corrections. An entry says what was wrong and what is
 * right in Chinese, on which page or entry, and which source settles it.
 *
 * Whether the target exists (the doc page's file, or the referenced entry) is checked by the
 * loader, which can see the docs folder and the other collections.
 */
import * as z from 'zod';
import { fullDate, idSchema, sourcesSchema } from './common';
import { refPrefixes } from '../vocab';

const prefixes = Object.keys(refPrefixes);

/** "/docs", "/docs/community/lmsys" or "/blog/open-llms-2023": a page's path on the site. */
export const docPathPattern =
  /^\/(?:docs(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*|blog\/[a-z0-9]+(?:-[a-z0-9]+)*)$/;
/** "event:chatbot-arena-launch": an entry, written as in events' `related`. */
export const entryRefPattern = new RegExp(`^(?:${prefixes.join('|')}):[a-z0-9]+(?:-[a-z0-9]+)*$`);

export const correctionTarget = z
  .string()
  .refine((value) => docPathPattern.test(value) || entryRefPattern.test(value), {
    message: `expected a page path such as "/docs/community/lmsys" or "/blog/open-llms-2023", or an entry written kind:id with kind one of ${prefixes.join(', ')} (e.g. "event:chatbot-arena-launch")`,
  })
  // A section's index.mdx is served at the folder's address: "/docs/models/index" is no page.
  .refine((value) => !/^\/docs(?:\/.*)?\/index$/.test(value), {
    message:
      'a section index page is addressed by its folder: write "/docs/models", not "/docs/models/index"',
  });

export const correctionSchema = z.strictObject({
  id: idSchema,
  /** The day the correction was made. */
  date: fullDate,
  target: correctionTarget,
  /** What the page or entry said, in Chinese. */
  wrong: z.string().min(1),
  /** What is right, in Chinese. */
  right: z.string().min(1),
  /** The sources that establish what is right. */
  sources: sourcesSchema,
  /** The commit that made the correction, when known. */
  commit: z
    .string()
    .regex(/^[0-9a-f]{7,40}$/, {
      message: 'expected a git commit hash (7 to 40 lower-case hex digits)',
    })
    .optional(),
});

export type Correction = z.infer<typeof correctionSchema>;
