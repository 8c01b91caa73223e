import { readFileSync } from "node:fs";
import { parse } from "yaml";

/** Questions that warm a process up (model loaded, code paths compiled): timed apart, never counted. */
export const WARM_UP = [
  "Has he done PII encryption?",
  "A-t-il fait du Spark ?",
  "What did he do at MAIF?",
  "Does he know Kubernetes?",
  "hi!",
];

/**
 * `n` different questions people asked (the eval sets, both languages), none of them a warm-up one:
 * each is new to the process, so no answer comes from a cache. Throws when the sets hold fewer.
 */
export function freshQuestions(n: number): string[] {
  // Read from the working folder, so the compiled bench (dist/) finds them too.
  const all = ["questions.yml", "dev.yml", "dev2.yml", "profile-dev.yml", "holdout.yml"].flatMap((f) =>
    (parse(readFileSync(`test/eval/${f}`, "utf8")) as { q: string }[]).map((item) => String(item.q)),
  );
  const unique = [...new Set(all)].filter((q) => !WARM_UP.includes(q));
  if (unique.length < n) throw new Error(`only ${unique.length} different questions for ${n}`);
  return unique.slice(0, n);
}
