import { z } from 'zod/v4';
import { checkedDateProblem } from './checked';
import { isKnownProduct, unknownProductMessage } from './products';
import { STEP_ID_PATTERN } from './step-ids';

/** A dated note the author added after publishing ("[Update November 2015 – ...]"). */
export const updateNoteSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'use YYYY-MM or YYYY-MM-DD'),
  note: z.string().min(1),
});

/** An official page that backs what the guide adds to its post (Microsoft Learn, a KB article, an RFC, vendor docs). */
export const sourceSchema = z
  .object({
    title: z.string().trim().min(1),
    /** Who publishes it: "Microsoft Learn", "Microsoft Support (KB...)", "RFC Editor", "Hurricane Electric"... */
    publisher: z.string().trim().min(1),
    url: z.url({ protocol: /^https$/, error: 'a source needs an https:// address' }),
    /** What the guide takes from it, when the title does not say. */
    note: z.string().trim().min(1).optional(),
  })
  .strict();

/** Frontmatter of one guide page (one procedure). */
export const guideSchema = z
  .object({
    title: z.string({ error: 'every guide needs a title' }).trim().min(1, 'every guide needs a title'),
    summary: z.string().trim().min(1, 'every guide needs a one-line summary').max(240),
    /** Which group of guides this page belongs to (the folder under content/guides). */
    group: z.string().regex(/^[a-z0-9-]+$/),
    /** Position inside its group; 0 is the group's overview. */
    order: z.number().int().min(0),
    /** Curated topics, used for the topic pages and the search filters. */
    topics: z.array(z.string().min(1)).min(1),
    /** The source post's "Posted in" list, kept as written. */
    tags: z.array(z.string().min(1)).default([]),
    /** Products and versions the procedure applies to, by their canonical names (products.ts). */
    appliesTo: z
      .array(z.string().refine(isKnownProduct, { error: (issue) => unknownProductMessage(String(issue.input)) }))
      .min(1),
    /** When the source post was first written, where known. */
    published: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/).optional(),
    lastUpdated: z.coerce.date(),
    /**
     * The day the guide was last checked against its sources ("YYYY-MM-DD", quoted: YAML would turn a bare
     * date into a Date and roll 30 February over into March). A real day, not in the future.
     */
    checked: z
      .string({ error: 'every guide needs checked: "YYYY-MM-DD", in quotes, the day it was last checked against its sources' })
      .superRefine((text, context) => {
        const problem = checkedDateProblem(text, new Date());
        if (problem) context.addIssue({ code: 'custom', message: problem });
      }),
    /** The products and versions that check covered ("Microsoft Entra Connect 2.x"), shown next to the date. */
    checkedAgainst: z.array(z.string().trim().min(1)).min(1, 'say which product versions the guide was checked against'),
    updates: z.array(updateNoteSchema).default([]),
    /** The title of the blog post this guide comes from (its date is `published`; its address was lost in the dump). */
    post: z.string().trim().min(1, 'every guide names the post it comes from'),
    /** Official pages that back what the guide adds; listed under "Sources" with the post. */
    sources: z.array(sourceSchema).min(1, 'every guide lists the official pages that back it under sources'),
    /** The exact error messages this page resolves, as a reader would see them. */
    errorMessages: z.array(z.string().trim().min(1)).default([]),
    /**
     * Step ids this guide once published and no longer has, each mapped to the id of the step that replaces
     * it (`{ old-id: new-id }`): old bookmarks and progress land there. Checked against content/step-ids.json.
     */
    stepAliases: z.record(z.string().regex(STEP_ID_PATTERN, 'a step id is lower-case words joined by hyphens'), z.string().regex(STEP_ID_PATTERN, 'a step id is lower-case words joined by hyphens')).default({}),
  })
  .strict();

export type GuideFrontmatter = z.infer<typeof guideSchema>;
