import { describe, expect, it } from "vitest";
import { DEFAULT_PROFILE, loadProfile } from "../../src/knowledge/profile.js";
import { messagesFor, textFor } from "../../src/messages/messages.js";

/** Every message as text: functions called with sample arguments, arrays and objects walked. */
function render(value: unknown, path: string, out: Map<string, string>): void {
  if (typeof value === "function") {
    render(callWithSamples(value as (...args: unknown[]) => unknown), path, out);
  } else if (Array.isArray(value)) value.forEach((v, i) => render(v, `${path}[${i}]`, out));
  else if (value && typeof value === "object")
    for (const [key, v] of Object.entries(value)) render(v, path ? `${path}.${key}` : key, out);
  else out.set(path, String(value));
}

/**
 * Sample arguments, tried in turn until a message renders: a one-word list (it reads as that word in a
 * template, and still has .join for the functions that list), a date, then where a question came from.
 */
const SAMPLES: ((i: number) => unknown)[] = [
  (i) => [`A${i}`],
  () => new Date(Date.UTC(2026, 10, 30)),
  (i) => ({ asker: `A${i}`, channel: `#c${i}`, workspace: `W${i}` }),
];

function callWithSamples(fn: (...args: unknown[]) => unknown): unknown {
  const args = (sample: (i: number) => unknown) => Array.from({ length: fn.length }, (_, i) => sample(i));
  for (const sample of SAMPLES) {
    try {
      const result = fn(...args(sample));
      if (!/undefined|Invalid/.test(JSON.stringify(result) ?? "")) return result;
    } catch {}
  }
  // None renders: the first sample's result (or error) shows what is wrong.
  return fn(...args(SAMPLES[0]!));
}

function rendered(messages: unknown): Map<string, string> {
  const out = new Map<string, string>();
  render(messages, "", out);
  return out;
}

/** What one language has that the other lacks, or leaves empty. */
function translationGaps(a: unknown, b: unknown): string[] {
  const [left, right] = [rendered(a), rendered(b)];
  const keys = (m: Map<string, string>) => [...m.keys()].map((k) => k.replace(/\[\d+\]/g, "[]"));
  const [l, r] = [new Set(keys(left)), new Set(keys(right))];
  const missing = [...l].filter((k) => !r.has(k)).concat([...r].filter((k) => !l.has(k)));
  const empty = [...left, ...right].filter(([, text]) => text.trim() === "" || /undefined|\[object /.test(text));
  return [...missing.map((k) => `missing ${k}`), ...empty.map(([k]) => `empty ${k}`)];
}

describe("every user-facing word, in English and French", async () => {
  const profiles = { default: DEFAULT_PROFILE, "knowledge/profile.yml": (await loadProfile("knowledge")).value };
  for (const [name, profile] of Object.entries(profiles)) {
    it(`renders every message in both languages with the same keys, none empty (${name})`, () => {
      const { en, fr } = messagesFor(profile);
      expect(translationGaps(en, fr)).toEqual([]);
      expect(rendered(en).size).toBeGreaterThan(100);
    });
  }

  it("finds a missing or empty translation in a deliberately broken copy", () => {
    const { en, fr } = messagesFor(DEFAULT_PROFILE);
    const { thanks: _, ...platform } = fr.platform;
    expect(translationGaps(en, { ...fr, platform })).toEqual(["missing platform.thanks"]);
    expect(translationGaps(en, { ...fr, busy: "" }).sort()).toEqual(["empty busy", "missing busy"]);
  });

  it("takes the profile's own words from profile.yml, and none of this CV's words by default", async () => {
    const own = (await loadProfile("knowledge")).value;
    expect(textFor("en", own).slack.usage("/ask", "…")).toContain("/ask Has he done PII encryption?");
    expect(textFor("fr", own).tryAsking).toContain("Qu'a-t-il fait chez MAIF ?");
    expect(textFor("en", own).slack.homeAbout).toContain("senior freelance data engineer");
    const generic = [...rendered(messagesFor(DEFAULT_PROFILE)).values()].join("\n");
    expect(generic).not.toMatch(/MAIF|PII|data engineer/);
  });

  it("names the person with the profile's pronouns", () => {
    const she = { ...DEFAULT_PROFILE, pronouns: { en: "she", fr: "elle" } };
    expect(textFor("en", she).ownerOnly.rate).toBe("The profile doesn't give her daily rate.");
    expect(textFor("fr", she).ownerOnly.location).toContain("où elle est");
  });
});
