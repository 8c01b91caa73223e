import type { Profile } from "../knowledge/profile.js";
import type { Language } from "../text/stem.js";

const POSSESSIVE_EN: Record<string, string> = { he: "his", she: "her", they: "their" };
const POSSESSIVE_FR: Record<string, string> = { il: "ses", elle: "ses" };

/** Every sentence the engine writes itself, in both languages, naming the person as profile.yml says. */
export function messagesFor(profile: Profile) {
  const en = { subject: profile.subject.en, their: POSSESSIVE_EN[profile.pronouns.en.toLowerCase()] ?? "their" };
  const fr = { their: POSSESSIVE_FR[profile.pronouns.fr.toLowerCase()] ?? "ses" };
  return {
  en: {
    yes: (where: string) => `Yes — the profile mentions it${where}.`,
    found: (where: string) => `Here is what the profile says${where}:`,
    at: (places: string) => ` at ${places}`,
    inFaq: " in the owner's FAQ",
    notMentioned: (topic: string) => `The profile doesn't mention ${topic}.`,
    notSaid: "The profile doesn't say.",
    notEmployer: (company: string, employers: string) => `The profile doesn't list ${company} among ${en.their} employers (${employers}).`,
    offTopic: `I only answer questions about ${en.subject}'s profile: roles, projects, skills, tools and dates.`,
    tryAsking: `Try: "Has ${profile.pronouns.en} done PII encryption?" or "What did ${profile.pronouns.en} do at MAIF?"`,
    empty: `Ask a question about ${en.subject}'s profile, e.g. "Has ${profile.pronouns.en} done PII encryption?"`,
    tooLong: (length: number, limit: number) => `Your question is ${length} characters long; the limit is ${limit}. Please shorten it.`,
    llmUnavailable: "Fluent answers are unavailable right now; these are the passages from the profile.",
    unchecked: "The generated answer could not be checked against the profile; these are the passages instead.",
  },
  fr: {
    yes: (where: string) => `Oui — le profil le mentionne${where}.`,
    found: (where: string) => `Voici ce que dit le profil${where} :`,
    at: (places: string) => ` chez ${places}`,
    inFaq: " dans la FAQ du profil",
    notMentioned: (topic: string) => `Le profil ne mentionne pas ${topic}.`,
    notSaid: "Le profil ne le précise pas.",
    notEmployer: (company: string, employers: string) => `Le profil ne cite pas ${company} parmi ${fr.their} employeurs (${employers}).`,
    offTopic: "Je réponds uniquement aux questions sur ce profil : postes, projets, compétences, outils et dates.",
    tryAsking: `Essayez : « A-t-${profile.pronouns.fr} fait du chiffrement de données personnelles ? » ou « Qu'a-t-${profile.pronouns.fr} fait chez MAIF ? »`,
    empty: `Posez une question sur le profil, par exemple « A-t-${profile.pronouns.fr} fait du chiffrement de données personnelles ? »`,
    tooLong: (length: number, limit: number) => `Votre question fait ${length} caractères ; la limite est de ${limit}. Merci de la raccourcir.`,
    llmUnavailable: "Les réponses rédigées sont indisponibles pour le moment ; voici les passages du profil.",
    unchecked: "La réponse rédigée n'a pas pu être vérifiée dans le profil ; voici les passages à la place.",
  },
  } satisfies Record<Language, unknown>;
}

export type Messages = ReturnType<typeof messagesFor>;
