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
    reading: (pairs: string) => `Reading ${pairs}.`,
    quote: (t: string) => `“${t}”`,
    as: " as ",
    and: " and ",
    or: " or ",
    skillYes: (subject: string, uses: string) => `Yes — ${subject}: ${uses}.`,
    usage: { used: "used at", taught: "taught at", trained: "trained others in it at" },
    since: (start: string) => `since ${start}`,
    partial: (shown: string, where: string, missing: string) => `The profile mentions ${shown}${where}, but not ${missing} with it.`,
    partYes: (subject: string, where: string) => `${subject}: yes${where ? ` — ${where}` : ""}`,
    partPartial: (subject: string, missing: string) => `${subject}: partly — not ${missing} with it`,
    partNo: (subject: string) => `${subject}: not in the profile`,
    chatter: {
      greeting: `Hello! Ask me anything about ${en.subject}'s profile — roles, projects, skills, tools, dates.`,
      thanks: "You're welcome! Anything else about the profile?",
      goodbye: "Goodbye, and good luck with the search!",
      ack: "👍 Anything else about the profile?",
    },
    examples: (pronoun: string) => [`Has ${pronoun} done PII encryption?`, `What did ${pronoun} do at MAIF?`, `Has ${pronoun} used Spark and Kafka?`],
    ownerOnly: {
      availability: `The profile doesn't say when ${profile.pronouns.en} is available.`,
      rate: `The profile doesn't give ${en.their} daily rate.`,
      salary: `The profile doesn't give ${en.their} salary expectations.`,
      location: `The profile doesn't say where ${profile.pronouns.en} is based.`,
      remote: `The profile doesn't say whether ${profile.pronouns.en} works remotely or on site.`,
      contact: `The profile doesn't give ${en.their} contact details.`,
      languages: `The profile doesn't say which languages ${profile.pronouns.en} speaks.`,
      education: `The profile doesn't list ${en.their} degrees or certifications.`,
    },
    askOwner: (contact: string) => (contact ? `Only ${profile.pronouns.en} can say: ${contact}` : `Only ${profile.pronouns.en} can say — please ask ${en.subject} directly.`),
    arithmetic: "I only answer questions about the profile, not sums.",
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
    reading: (pairs: string) => `Je lis ${pairs}.`,
    quote: (t: string) => `« ${t} »`,
    as: " comme ",
    and: " et ",
    or: " ni ",
    skillYes: (subject: string, uses: string) => `Oui — ${subject} : ${uses}.`,
    usage: { used: "utilisé chez", taught: "enseigné à", trained: "formation d'équipes chez" },
    since: (start: string) => `depuis ${start}`,
    partial: (shown: string, where: string, missing: string) => `Le profil mentionne ${shown}${where}, mais pas ${missing} avec.`,
    partYes: (subject: string, where: string) => `${subject} : oui${where ? ` — ${where}` : ""}`,
    partPartial: (subject: string, missing: string) => `${subject} : en partie — pas ${missing} avec`,
    partNo: (subject: string) => `${subject} : absent du profil`,
    chatter: {
      greeting: "Bonjour ! Posez-moi vos questions sur ce profil : postes, projets, compétences, outils, dates.",
      thanks: "Avec plaisir ! Autre chose sur le profil ?",
      goodbye: "Au revoir, et bonne recherche !",
      ack: "👍 Autre chose sur le profil ?",
    },
    examples: (pronoun: string) => [`A-t-${pronoun} fait du chiffrement de données personnelles ?`, `Qu'a-t-${pronoun} fait chez MAIF ?`, `A-t-${pronoun} utilisé Spark et Kafka ?`],
    ownerOnly: {
      availability: "Le profil ne précise pas ses disponibilités.",
      rate: "Le profil ne donne pas son taux journalier (TJM).",
      salary: "Le profil ne donne pas ses prétentions salariales.",
      location: "Le profil ne précise pas où il est basé.".replace(" il ", ` ${profile.pronouns.fr} `),
      remote: "Le profil ne précise pas s'il travaille à distance ou sur site.",
      contact: "Le profil ne donne pas de coordonnées.",
      languages: "Le profil ne précise pas les langues parlées.",
      education: "Le profil ne mentionne ni diplômes ni certifications.",
    },
    askOwner: (contact: string) => (contact ? `Seule la personne concernée peut le dire : ${contact}` : "Seule la personne concernée peut le dire — demandez-le-lui directement."),
    arithmetic: "Je réponds uniquement aux questions sur le profil, pas aux calculs.",
  },
  } satisfies Record<Language, unknown>;
}

export type Messages = ReturnType<typeof messagesFor>;
