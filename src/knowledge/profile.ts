import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";

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

/** Reads `profile.yml` from the knowledge folder; a missing file gives the defaults. */
export async function loadProfile(dir: string): Promise<{ profile: Profile; raw: string }> {
  let raw = "";
  try {
    raw = await readFile(join(dir, PROFILE_FILE), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const parsed = schema.safeParse(raw ? parse(raw) : {});
  if (!parsed.success) {
    throw new Error(`${PROFILE_FILE}: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  }
  return { profile: parsed.data, raw };
}
