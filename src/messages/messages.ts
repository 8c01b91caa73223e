import { DEFAULT_PROFILE, type Profile } from "../knowledge/profile.js";
import type { Language } from "../text/stem.js";
import { english, type Messages } from "./en.js";
import { french } from "./fr.js";

export type { Messages } from "./en.js";

/** Every language's words for one profile. */
export type MessagesByLanguage = Record<Language, Messages>;

const built = new WeakMap<Profile, MessagesByLanguage>();

/** Every sentence the bot writes itself, in both languages, naming the person as profile.yml says. */
export function messagesFor(profile: Profile): MessagesByLanguage {
  let messages = built.get(profile);
  if (!messages) {
    messages = { en: english(profile), fr: french(profile) };
    built.set(profile, messages);
  }
  return messages;
}

/** The words of one language, for a profile (the defaults of a knowledge folder without profile.yml when unset). */
export function textFor(language: Language, profile: Profile = DEFAULT_PROFILE): Messages {
  return messagesFor(profile)[language];
}
