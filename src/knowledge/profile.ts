import { readOwnerYaml, type OwnerYaml } from "./owner-yaml.js";
import { DEFAULT_PROFILE, isProfile, type Profile } from "./profile-shape.js";

export { DEFAULT_PROFILE, type Profile };

export const PROFILE_FILE = "profile.yml";

/**
 * Reads `profile.yml` from the knowledge folder; a missing file gives the defaults, a broken one the last good
 * version.
 */
export async function loadProfile(dir: string, lastGoodDir?: string): Promise<OwnerYaml<Profile>> {
  return readOwnerYaml({
    dir,
    file: PROFILE_FILE,
    schema: async () => (await import("./profile-schema.js")).profileSchema,
    kept: isProfile,
    fallback: DEFAULT_PROFILE,
    hint: "see the comments in profile.yml for the fields",
    empty: {},
    lastGoodDir,
  });
}
