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
      notEmployer: (company: string, employers: string) =>
        `The profile doesn't list ${company} among ${en.their} employers (${employers}).`,
      offTopic: `I only answer questions about ${en.subject}'s profile: roles, projects, skills, tools and dates.`,
      tryAsking: `Try: "Has ${profile.pronouns.en} done PII encryption?" or "What did ${profile.pronouns.en} do at MAIF?"`,
      empty: `Ask a question about ${en.subject}'s profile, e.g. "Has ${profile.pronouns.en} done PII encryption?"`,
      tooLong: (length: number, limit: number) =>
        `Your question is ${length} characters long; the limit is ${limit}. Please shorten it.`,
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
      partial: (shown: string, where: string, missing: string) =>
        `The profile mentions ${shown}${where}, but not ${missing} with it.`,
      partYes: (subject: string, where: string) => `${subject}: yes${where ? ` — ${where}` : ""}`,
      partPartial: (subject: string, missing: string) => `${subject}: partly — not ${missing} with it`,
      partNo: (subject: string) => `${subject}: not in the profile`,
      chatter: {
        greeting: `Hello! Ask me anything about ${en.subject}'s profile — roles, projects, skills, tools, dates.`,
        thanks: "You're welcome! Anything else about the profile?",
        goodbye: "Goodbye, and good luck with the search!",
        ack: "👍 Anything else about the profile?",
      },
      examples: (pronoun: string) => [
        `Has ${pronoun} done PII encryption?`,
        `What did ${pronoun} do at MAIF?`,
        `Has ${pronoun} used Spark and Kafka?`,
      ],
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
      askOwner: (contact: string) =>
        contact
          ? `Only ${profile.pronouns.en} can say: ${contact}`
          : `Only ${profile.pronouns.en} can say — please ask ${en.subject} directly.`,
      arithmetic: "I only answer questions about the profile, not sums.",
      taughtOnly: " (as a teacher or trainer, not in a role's own work)",
      profile: {
        months: [
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December",
        ],
        since: (start: string) => `since ${start}`,
        span: (start: string, end: string) => `${start} – ${end}`,
        total: (duration: string, start: string, roles: string) =>
          `About ${duration} of experience, from ${start} to today (overlapping roles counted once): ${roles}.`,
        techUsed: (tech: string, duration: string, roles: string) => `${tech}: about ${duration} of use, at ${roles}.`,
        techTaught: (roles: string) => `Taught at ${roles}.`,
        techOnlyTaught: (tech: string, roles: string) =>
          `${tech}: taught at ${roles}; the profile doesn't show it used in a role.`,
        techNone: (tech: string) => `The profile doesn't mention ${tech}.`,
        roleDuration: (employer: string, when: string, duration: string, current: boolean) =>
          current ? `At ${employer} ${when} — ${duration} as of today.` : `At ${employer} from ${when} — ${duration}.`,
        timeline: (year: string, roles: string) => `In ${year}: ${roles}.`,
        timelineNone: (year: string) => `The profile lists no role in ${year}.`,
        before: (employer: string, previous: string) => `Just before ${employer}: ${previous}.`,
        beforeNone: (employer: string) => `The profile lists no role before ${employer}.`,
        employers: (count: number, list: string) => `${count} employers, as the CV lists them: ${list}.`,
        current: (list: string) => `Currently: ${list}.`,
        stillThere: (employer: string, when: string) => `Yes — at ${employer} ${when}, and still there.`,
        notThere: (employer: string, when: string, current: string) =>
          `No — ${employer} was ${when}. Currently: ${current}.`,
        overview: (employer: string, title: string, when: string) => `At ${employer} (${title}, ${when}):`,
        results: "Results the profile gives with figures:",
        resultsNone: "The profile gives no figures for that.",
        skills: (list: string) => `Main skills, by how many roles use them and how recently: ${list}.`,
        skillsTaught: (list: string) => `Also taught: ${list}.`,
        roleStack: (employer: string, when: string, list: string) => `At ${employer} (${when}): ${list}.`,
        roleTaught: (employer: string, when: string, list: string) => `At ${employer} (${when}), taught: ${list}.`,
        stackNone: (employer: string) => `The profile lists no stack for ${employer}.`,
        roles: (n: number) => (n === 1 ? "1 role" : `${n} roles`),
        latest: (label: string) => `latest ${label}`,
        summaryRole: (list: string, duration: string, start: string) =>
          `${list}; about ${duration} of experience since ${start}.`,
        summarySkills: (list: string) => `Main skills: ${list}.`,
        summaryHighlight: (text: string) => `Highlight: ${text}`,
        title: (employer: string, title: string, asked: string) =>
          `At ${employer} ${en.their} title is ${title}; the profile doesn't say ${profile.pronouns.en} was ${asked}.`,
        titles: (list: string, asked: string) =>
          `The profile gives these titles: ${list}; it doesn't say ${profile.pronouns.en} was ${asked}.`,
        leadership: (places: string) =>
          `Yes — the profile shows ${profile.pronouns.en} supervised others at ${places}.`,
        leadershipNone: `The profile doesn't say ${profile.pronouns.en} led a team.`,
        alsoTrains: (places: string) =>
          `${profile.pronouns.en[0]!.toUpperCase()}${profile.pronouns.en.slice(1)} also trains people: ${places}.`,
        roleAt: (title: string, employer: string, contract: string | null, when: string) =>
          `${title} at ${employer}${contract ? ` (${contract})` : ""}, ${when}`,
      },
    },
    fr: {
      yes: (where: string) => `Oui — le profil le mentionne${where}.`,
      found: (where: string) => `Voici ce que dit le profil${where} :`,
      at: (places: string) => ` chez ${places}`,
      inFaq: " dans la FAQ du profil",
      notMentioned: (topic: string) => `Le profil ne mentionne pas ${topic}.`,
      notSaid: "Le profil ne le précise pas.",
      notEmployer: (company: string, employers: string) =>
        `Le profil ne cite pas ${company} parmi ${fr.their} employeurs (${employers}).`,
      offTopic: "Je réponds uniquement aux questions sur ce profil : postes, projets, compétences, outils et dates.",
      tryAsking: `Essayez : « A-t-${profile.pronouns.fr} fait du chiffrement de données personnelles ? » ou « Qu'a-t-${profile.pronouns.fr} fait chez MAIF ? »`,
      empty: `Posez une question sur le profil, par exemple « A-t-${profile.pronouns.fr} fait du chiffrement de données personnelles ? »`,
      tooLong: (length: number, limit: number) =>
        `Votre question fait ${length} caractères ; la limite est de ${limit}. Merci de la raccourcir.`,
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
      partial: (shown: string, where: string, missing: string) =>
        `Le profil mentionne ${shown}${where}, mais pas ${missing} avec.`,
      partYes: (subject: string, where: string) => `${subject} : oui${where ? ` — ${where}` : ""}`,
      partPartial: (subject: string, missing: string) => `${subject} : en partie — pas ${missing} avec`,
      partNo: (subject: string) => `${subject} : absent du profil`,
      chatter: {
        greeting: "Bonjour ! Posez-moi vos questions sur ce profil : postes, projets, compétences, outils, dates.",
        thanks: "Avec plaisir ! Autre chose sur le profil ?",
        goodbye: "Au revoir, et bonne recherche !",
        ack: "👍 Autre chose sur le profil ?",
      },
      examples: (pronoun: string) => [
        `A-t-${pronoun} fait du chiffrement de données personnelles ?`,
        `Qu'a-t-${pronoun} fait chez MAIF ?`,
        `A-t-${pronoun} utilisé Spark et Kafka ?`,
      ],
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
      askOwner: (contact: string) =>
        contact
          ? `Seule la personne concernée peut le dire : ${contact}`
          : "Seule la personne concernée peut le dire — demandez-le-lui directement.",
      arithmetic: "Je réponds uniquement aux questions sur le profil, pas aux calculs.",
      taughtOnly: " (en tant qu'enseignant ou formateur, pas dans le travail d'un poste)",
      profile: {
        months: [
          "janvier",
          "février",
          "mars",
          "avril",
          "mai",
          "juin",
          "juillet",
          "août",
          "septembre",
          "octobre",
          "novembre",
          "décembre",
        ],
        since: (start: string) => `depuis ${start}`,
        span: (start: string, end: string) => `${start} – ${end}`,
        total: (duration: string, start: string, roles: string) =>
          `Environ ${duration} d'expérience, de ${start} à aujourd'hui (les périodes qui se chevauchent comptent une fois) : ${roles}.`,
        techUsed: (tech: string, duration: string, roles: string) =>
          `${tech} : environ ${duration} d'utilisation, chez ${roles}.`,
        techTaught: (roles: string) => `Enseigné à ${roles}.`,
        techOnlyTaught: (tech: string, roles: string) =>
          `${tech} : enseigné à ${roles} ; le profil ne le montre pas utilisé dans un poste.`,
        techNone: (tech: string) => `Le profil ne mentionne pas ${tech}.`,
        roleDuration: (employer: string, when: string, duration: string, current: boolean) =>
          current ? `Chez ${employer} ${when} — ${duration} à ce jour.` : `Chez ${employer} de ${when} — ${duration}.`,
        timeline: (year: string, roles: string) => `En ${year} : ${roles}.`,
        timelineNone: (year: string) => `Le profil ne mentionne aucun poste en ${year}.`,
        before: (employer: string, previous: string) => `Juste avant ${employer} : ${previous}.`,
        beforeNone: (employer: string) => `Le profil ne mentionne aucun poste avant ${employer}.`,
        employers: (count: number, list: string) => `${count} employeurs, dans l'ordre du CV : ${list}.`,
        current: (list: string) => `Actuellement : ${list}.`,
        stillThere: (employer: string, when: string) => `Oui — chez ${employer} ${when}, et toujours en poste.`,
        notThere: (employer: string, when: string, current: string) =>
          `Non — ${employer}, c'était ${when}. Actuellement : ${current}.`,
        overview: (employer: string, title: string, when: string) => `Chez ${employer} (${title}, ${when}) :`,
        results: "Les résultats chiffrés du profil :",
        resultsNone: "Le profil ne donne pas de chiffres à ce sujet.",
        skills: (list: string) =>
          `Compétences principales, selon le nombre de postes qui les utilisent et leur récence : ${list}.`,
        skillsTaught: (list: string) => `Enseigne aussi : ${list}.`,
        roleStack: (employer: string, when: string, list: string) => `Chez ${employer} (${when}) : ${list}.`,
        roleTaught: (employer: string, when: string, list: string) => `Chez ${employer} (${when}), enseigné : ${list}.`,
        stackNone: (employer: string) => `Le profil ne donne pas de stack pour ${employer}.`,
        roles: (n: number) => (n === 1 ? "1 poste" : `${n} postes`),
        latest: (label: string) => `dernier usage ${label}`,
        summaryRole: (list: string, duration: string, start: string) =>
          `${list} ; environ ${duration} d'expérience depuis ${start}.`,
        summarySkills: (list: string) => `Compétences principales : ${list}.`,
        summaryHighlight: (text: string) => `Fait marquant : ${text}`,
        title: (employer: string, title: string, asked: string) =>
          `Chez ${employer}, son titre est ${title} ; le profil ne dit pas qu'${profile.pronouns.fr} était ${asked}.`,
        titles: (list: string, asked: string) =>
          `Le profil donne ces titres : ${list} ; il ne dit pas qu'${profile.pronouns.fr} était ${asked}.`,
        leadership: (places: string) =>
          `Oui — le profil montre qu'${profile.pronouns.fr} a encadré d'autres personnes chez ${places}.`,
        leadershipNone: `Le profil ne dit pas qu'${profile.pronouns.fr} a dirigé une équipe.`,
        alsoTrains: (places: string) =>
          `${profile.pronouns.fr[0]!.toUpperCase()}${profile.pronouns.fr.slice(1)} forme aussi : ${places}.`,
        roleAt: (title: string, employer: string, contract: string | null, when: string) =>
          `${title} chez ${employer}${contract ? ` (${contract})` : ""}, ${when}`,
      },
    },
  } satisfies Record<Language, unknown>;
}

export type Messages = ReturnType<typeof messagesFor>;
