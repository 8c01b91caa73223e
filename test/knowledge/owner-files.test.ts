import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { tempDataDir, tempKnowledgeDir } from "../helpers/test-core.js";

const lastGood = () => mkdtempSync(join(tmpdir(), "last-good-"));
const edit = (dir: string, file: string, change: (text: string) => string) =>
  writeFileSync(join(dir, file), change(readFileSync(join(dir, file), "utf8")));
/** Adds a bullet to the French CV only, in the middle of a sub-section. */
const addFrenchBullet = (text: string) =>
  text.replace(
    "- Migration de Datalake vers Lakehouse\n",
    "- Migration de Datalake vers Lakehouse\n- Mise en place de Kubernetes pour les jobs Spark\n",
  );

describe("owner-edited files", () => {
  it("reads unchanged profile.yml and synonyms.yml from their kept values as from YAML; a bad one again", async () => {
    const dir = tempKnowledgeDir();
    const keep = lastGood();
    const fromYaml = await loadKnowledge(dir, undefined, { lastGoodDir: keep });
    const fromKept = await loadKnowledge(dir, undefined, { lastGoodDir: keep });
    expect(fromKept.profile).toStrictEqual(fromYaml.profile);
    expect(fromKept.thesaurus.words()).toEqual(fromYaml.thesaurus.words());
    expect(fromKept.hash).toBe(fromYaml.hash);
    // A kept value of the wrong shape is not used: the file is read from its YAML, and kept again.
    writeFileSync(join(keep, "profile.yml.json"), JSON.stringify({ subject: "x" }));
    writeFileSync(join(keep, "synonyms.yml.json"), JSON.stringify([["only-one"]]));
    const again = await loadKnowledge(dir, undefined, { lastGoodDir: keep });
    expect(again.profile).toStrictEqual(fromYaml.profile);
    expect(again.thesaurus.words()).toEqual(fromYaml.thesaurus.words());
    expect(again.errors).toEqual([]);
    expect(JSON.parse(readFileSync(join(keep, "profile.yml.json"), "utf8"))).toStrictEqual(fromYaml.profile);
  });

  it(
    "a YAML slip in synonyms.yml names the file, line and column, and the last good version stays in " + "use",
    async () => {
      const dir = tempKnowledgeDir();
      const keep = lastGood();
      const good = await loadKnowledge(dir, undefined, { lastGoodDir: keep });
      expect(good.errors).toEqual([]);
      const goodWords = good.thesaurus.words().length;
      edit(dir, "synonyms.yml", (t) => `${t}\n- [kafka, streaming\n`);
      const broken = await loadKnowledge(dir, undefined, { lastGoodDir: keep });
      expect(broken.errors).toHaveLength(1);
      expect(broken.errors[0]!.message).toMatch(
        /^synonyms\.yml, line \d+, column \d+: .*\(using the last good version\)$/,
      );
      expect(broken.thesaurus.words()).toHaveLength(goodWords);
      expect(broken.chunks.length).toBe(good.chunks.length);
    },
  );

  it("a profile.yml of the wrong shape names the field; with no good copy kept, the defaults serve", async () => {
    const dir = tempKnowledgeDir();
    writeFileSync(join(dir, "profile.yml"), "twins: yes\n");
    const kb = await loadKnowledge(dir, undefined, { lastGoodDir: lastGood() });
    expect(kb.errors[0]!.message).toMatch(/^profile\.yml at twins: .*using the defaults/);
    expect(kb.profile.pronouns.en).toBe("he");
    expect(kb.chunks.length).toBeGreaterThan(150);
  });

  it("an empty profile.yml, or one of comments only, is the defaults, with no error", async () => {
    const dir = tempKnowledgeDir();
    writeFileSync(join(dir, "profile.yml"), "# twins: commented out for now\n");
    const kb = await loadKnowledge(dir, undefined, { lastGoodDir: lastGood() });
    expect(kb.errors).toEqual([]);
    expect(kb.profile.pronouns.en).toBe("he");
  });

  it(
    "a bullet added to one language is named by file and line, and the other passages keep their true " + "twins",
    async () => {
      const dir = tempKnowledgeDir();
      edit(dir, "cv.fr.md", addFrenchBullet);
      const kb = await loadKnowledge(dir);
      expect(kb.warnings.map((w) => w.message)).toEqual([
        expect.stringMatching(
          /^cv\.fr\.md, line 11: passage without its twin in cv\.en\.md \(“Mise en place de Kubernetes/,
        ),
      ]);
      // The JDBC bullet comes one place later in French: it must still pair with the English JDBC bullet.
      const jdbc = kb.chunks.filter((c) => /JDBC/.test(c.text) && c.source.startsWith("cv."));
      expect(jdbc).toHaveLength(2);
      expect(jdbc[0]!.key).toBe(jdbc[1]!.key);
      const kubernetes = kb.chunks.find((c) => c.text.includes("Kubernetes"))!;
      expect(kb.chunks.filter((c) => c.key === kubernetes.key)).toHaveLength(1);
    },
  );

  it("the real CV has every passage paired and every role dated", async () => {
    const kb = await loadKnowledge("knowledge");
    expect(kb.warnings).toEqual([]);
  });

  it("npm run ingest names a lonely bullet and a broken period line, and fails", () => {
    const dir = tempKnowledgeDir();
    edit(dir, "cv.fr.md", addFrenchBullet);
    edit(dir, "cv.en.md", (t) => t.replace("April 2019 - October 2019", "Spring 2019 to autumn"));
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATA_DIR: tempDataDir(),
      KNOWLEDGE_DIR: dir,
      EMBEDDINGS_PROVIDER: "local",
    };
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/ingest.ts"], {
      env,
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/to fix: cv\.fr\.md, line 11: passage without its twin/);
    expect(run.stdout).toMatch(
      new RegExp(
        String.raw`to fix: cv\.en\.md, line \d+: role heading “Pernod Ricard - Data Trainer - .*” has no readable ` +
          String.raw`period on the next line \(“Spring 2019 to autumn \(6 months\)”\)`,
      ),
    );
    expect(run.stdout).toMatch(/Index: \d+ passages/);
  });
});
