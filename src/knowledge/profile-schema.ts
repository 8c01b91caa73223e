import * as z from "zod";
import { DEFAULT_PROFILE } from "./profile-shape.js";

/** What `profile.yml` may hold; each field left out takes its value in `DEFAULT_PROFILE`. */
export const profileSchema = z.object({
  subject: z.object({ en: z.string(), fr: z.string() }).default(DEFAULT_PROFILE.subject),
  pronouns: z.object({ en: z.string(), fr: z.string() }).default(DEFAULT_PROFILE.pronouns),
  headline: z.object({ en: z.string(), fr: z.string() }).default(DEFAULT_PROFILE.headline),
  examples: z
    .object({ en: z.array(z.string()).min(2), fr: z.array(z.string()).min(2) })
    .default(DEFAULT_PROFILE.examples),
  twins: z.array(z.object({ fr: z.string(), en: z.string() })).default(DEFAULT_PROFILE.twins),
  contact: z.string().default(DEFAULT_PROFILE.contact),
  employers: z.record(z.string(), z.object({ en: z.string(), fr: z.string() })).optional(),
});
