import * as z from "zod";

const words = z.array(z.coerce.string()).min(1, "a group needs words");
/** What `synonyms.yml` holds: a list of groups. Loaded when the file is read from YAML (see readOwnerYaml). */
export const thesaurusSchema = z
  .array(
    z.union([
      words.min(2, "a group needs at least two words"),
      z.object({ ask: words, find: words, narrower: z.boolean().optional() }),
      z.object({ lacking: words, related: words }),
    ]),
  )
  .default([]);
