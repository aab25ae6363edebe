import { z } from 'zod/v4';

/** A group of guides: one folder under content/guides, shown together in the navigation. */
export const groupSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().trim().min(1),
    summary: z.string().trim().min(1),
    order: z.number().int(),
  })
  .strict();

export type GuideGroup = z.infer<typeof groupSchema>;
