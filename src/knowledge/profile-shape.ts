/** Both languages' wording of one thing. */
interface InBoth<T> {
  en: T;
  fr: T;
}

/** How to refer to the person, and which files are translations of each other (`profile.yml`). */
export interface Profile {
  subject: InBoth<string>;
  pronouns: InBoth<string>;
  /** What the person does, in a few words ("a senior freelance data engineer"); empty: not said. */
  headline: InBoth<string>;
  /** Example questions the bot suggests (usage, greetings, refusals), best first; at least two each. */
  examples: InBoth<string[]>;
  twins: { fr: string; en: string }[];
  /** How a recruiter reaches the person for what the CV can't say (e-mail, a booking link…); empty: not given. */
  contact: string;
  /**
   * What an employer is, in a few words, when the CV doesn't say ("a sporting goods retailer"): a question that
   * describes it so is read as about it. Never quoted as a fact of the profile.
   */
  employers?: Record<string, InBoth<string>>;
}

/** The profile of a knowledge folder without profile.yml, and each field's value when the file leaves it out. */
export const DEFAULT_PROFILE: Profile = {
  subject: { en: "the candidate", fr: "le candidat" },
  pronouns: { en: "he", fr: "il" },
  headline: { en: "", fr: "" },
  examples: {
    en: ["What are the main skills?", "Which companies are on the CV?", "How many years of experience?"],
    fr: [
      "Quelles sont les compétences principales ?",
      "Quelles entreprises figurent sur le CV ?",
      "Combien d'années d'expérience ?",
    ],
  },
  twins: [],
  contact: "",
};

const isText = (v: unknown): v is string => typeof v === "string";
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
const inBoth = (v: unknown, is: (x: unknown) => boolean) => isObject(v) && is(v.en) && is(v.fr);
const examples = (v: unknown) => Array.isArray(v) && v.length >= 2 && v.every(isText);

/** A value of the shape `profileSchema` gives (a kept copy of one). */
export function isProfile(v: unknown): v is Profile {
  return (
    isObject(v) &&
    inBoth(v.subject, isText) &&
    inBoth(v.pronouns, isText) &&
    inBoth(v.headline, isText) &&
    inBoth(v.examples, examples) &&
    Array.isArray(v.twins) &&
    v.twins.every((t) => inBoth(t, isText)) &&
    isText(v.contact) &&
    (v.employers === undefined || (isObject(v.employers) && Object.values(v.employers).every((e) => inBoth(e, isText))))
  );
}
