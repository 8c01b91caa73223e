import { z } from "zod";
import { readOwnerYaml, type OwnerYaml } from "./owner-yaml.js";

const schema = z.object({
  subject: z.object({ en: z.string(), fr: z.string() }).default({ en: "the candidate", fr: "le candidat" }),
  pronouns: z.object({ en: z.string(), fr: z.string() }).default({ en: "he", fr: "il" }),
  twins: z.array(z.object({ fr: z.string(), en: z.string() })).default([]),
  /** How a recruiter reaches the person for what the CV can't say (e-mail, a booking link…); empty: not given. */
  contact: z.string().default(""),
});

/** How to refer to the person, and which files are translations of each other. */
export type Profile = z.infer<typeof schema>;

export const PROFILE_FILE = "profile.yml";

/** Reads `profile.yml` from the knowledge folder; a missing file gives the defaults, a broken one the last good version. */
export async function loadProfile(dir: string, lastGoodDir?: string): Promise<OwnerYaml<Profile>> {
  return readOwnerYaml({
    dir,
    file: PROFILE_FILE,
    schema,
    fallback: schema.parse({}),
    hint: "see the comments in profile.yml for the fields",
    empty: {},
    lastGoodDir,
  });
}
