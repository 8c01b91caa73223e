import * as z from "zod";
import { readOwnerYaml, type OwnerYaml } from "./owner-yaml.js";

const schema = z.object({
  subject: z.object({ en: z.string(), fr: z.string() }).default({ en: "the candidate", fr: "le candidat" }),
  pronouns: z.object({ en: z.string(), fr: z.string() }).default({ en: "he", fr: "il" }),
  /** What the person does, in a few words ("a senior freelance data engineer"); empty: not said. */
  headline: z.object({ en: z.string(), fr: z.string() }).default({ en: "", fr: "" }),
  /** Example questions the bot suggests (usage, greetings, refusals), best first; at least two each. */
  examples: z.object({ en: z.array(z.string()).min(2), fr: z.array(z.string()).min(2) }).default({
    en: ["What are the main skills?", "Which companies are on the CV?", "How many years of experience?"],
    fr: [
      "Quelles sont les compétences principales ?",
      "Quelles entreprises figurent sur le CV ?",
      "Combien d'années d'expérience ?",
    ],
  }),
  twins: z.array(z.object({ fr: z.string(), en: z.string() })).default([]),
  /** How a recruiter reaches the person for what the CV can't say (e-mail, a booking link…); empty: not given. */
  contact: z.string().default(""),
});

/** How to refer to the person, and which files are translations of each other. */
export type Profile = z.infer<typeof schema>;

export const PROFILE_FILE = "profile.yml";

/** The profile of a knowledge folder without profile.yml. */
export const DEFAULT_PROFILE: Profile = schema.parse({});

/**
 * Reads `profile.yml` from the knowledge folder; a missing file gives the defaults, a broken one the last good
 * version.
 */
export async function loadProfile(dir: string, lastGoodDir?: string): Promise<OwnerYaml<Profile>> {
  return readOwnerYaml({
    dir,
    file: PROFILE_FILE,
    schema,
    fallback: DEFAULT_PROFILE,
    hint: "see the comments in profile.yml for the fields",
    empty: {},
    lastGoodDir,
  });
}
