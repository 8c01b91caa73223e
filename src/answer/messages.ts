import type { Language } from "../text/stem.js";

/** Every sentence the engine writes itself, in both languages. */
export const MESSAGES = {
  en: {
    yes: (where: string) => `Yes — the profile mentions it${where}.`,
    found: (where: string) => `Here is what the profile says${where}:`,
    at: (places: string) => ` at ${places}`,
    notMentioned: (topic: string) => `The profile doesn't mention ${topic}.`,
    notSaid: "The profile doesn't say.",
    notEmployer: (company: string, employers: string) => `The profile doesn't list ${company} among his employers (${employers}).`,
    offTopic: "I only answer questions about the candidate's profile: roles, projects, skills, tools and dates.",
    tryAsking: 'Try: "Has he done PII encryption?" or "What did he do at MAIF?"',
    empty: 'Ask a question about the candidate\'s profile, e.g. "Has he done PII encryption?"',
    tooLong: (length: number, limit: number) => `Your question is ${length} characters long; the limit is ${limit}. Please shorten it.`,
  },
  fr: {
    yes: (where: string) => `Oui — le profil le mentionne${where}.`,
    found: (where: string) => `Voici ce que dit le profil${where} :`,
    at: (places: string) => ` chez ${places}`,
    notMentioned: (topic: string) => `Le profil ne mentionne pas ${topic}.`,
    notSaid: "Le profil ne le précise pas.",
    notEmployer: (company: string, employers: string) => `Le profil ne cite pas ${company} parmi ses employeurs (${employers}).`,
    offTopic: "Je réponds uniquement aux questions sur le profil du candidat : postes, projets, compétences, outils et dates.",
    tryAsking: "Essayez : « A-t-il fait du chiffrement de données personnelles ? » ou « Qu'a-t-il fait chez MAIF ? »",
    empty: "Posez une question sur le profil du candidat, par exemple « A-t-il fait du chiffrement de données personnelles ? »",
    tooLong: (length: number, limit: number) => `Votre question fait ${length} caractères ; la limite est de ${limit}. Merci de la raccourcir.`,
  },
} satisfies Record<Language, unknown>;
