import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Gives the whole run one temporary root: every `mkdtempSync(join(tmpdir(), …))` of the tests (and of
 * the code they drive) lands under it, and it is removed when the run ends, so a run leaves nothing in
 * the machine's temporary folder. Workers are forked after global set-up and inherit TMPDIR.
 */
export default function tempRoot(): () => void {
  const root = mkdtempSync(join(tmpdir(), "profile-bot-tests-"));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
