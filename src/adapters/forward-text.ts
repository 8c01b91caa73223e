import type { SaveOutcome } from "../service/forwards.js";

/** Where a forwarded question came from, as the owner reads it. */
export interface ForwardOrigin {
  asker: string;
  /** "#recruiting", or undefined for a direct message. */
  channel?: string;
  /** The Slack workspace or Discord server. */
  workspace?: string;
}

const dateIn = (locale: string) => (date: Date) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date);

const en = {
  askButton: "Ask the candidate",
  sent: "Sent to the candidate. You'll get their answer as soon as they reply.",
  already: "This question was already sent to the candidate.",
  undeliverable: "Sorry — the candidate can't receive direct messages from me, so the question couldn't be delivered.",
  limited: (minutes: number) =>
    `You've sent several questions to the candidate in the last hour. Please try again in ${minutes} min.`,
  expired: "That question is no longer available; please ask it again.",
  ownerIntro: "A recruiter asked something the profile doesn't answer:",
  ownerFrom: (o: ForwardOrigin) =>
    `From ${o.asker}, ${o.channel ? `in ${o.channel}` : "in a direct message"}${o.workspace ? ` (${o.workspace})` : ""}.`,
  ownerHowSlack: "Reply in this thread: your reply goes to them as your own words.",
  ownerHowDiscord: "Reply to this message: your reply goes to them as your own words.",
  answerIntro: (date: Date) => `The candidate answered, in their own words (${dateIn("en-GB")(date)}):`,
  yourQuestion: (question: string) => `Your question: “${question}”`,
  delivered: "Sent to the recruiter. Save it to the FAQ, so the bot answers this question itself next time?",
  saveButton: "Save as FAQ",
  saved: "Saved to the FAQ: the bot answers this question from now on.",
  alreadySaved: "This answer is already in the FAQ.",
  saveFailed: (ref: string) => `Sorry — the FAQ could not be written (reference ${ref}).`,
  notDelivered: (ref: string) =>
    `Sorry — your answer could not be posted to the recruiter (reference ${ref}). Reply again to retry.`,
  ownerOnly: "Only the candidate can do that.",
};

const fr: typeof en = {
  askButton: "Demander au candidat",
  sent: "Envoyé au candidat. Vous recevrez sa réponse dès qu'il répondra.",
  already: "Cette question a déjà été envoyée au candidat.",
  undeliverable:
    "Désolé — le candidat ne peut pas recevoir de messages privés de ma part ; la question n'a pas pu être transmise.",
  limited: (minutes: number) =>
    `Vous avez envoyé plusieurs questions au candidat dans la dernière heure. Merci de réessayer dans ${minutes} min.`,
  expired: "Cette question n'est plus disponible ; merci de la poser à nouveau.",
  ownerIntro: "Un recruteur a posé une question à laquelle le profil ne répond pas :",
  ownerFrom: (o: ForwardOrigin) =>
    `De ${o.asker}, ${o.channel ? `dans ${o.channel}` : "en message privé"}${o.workspace ? ` (${o.workspace})` : ""}.`,
  ownerHowSlack: "Répondez dans ce fil : votre réponse lui est transmise comme vos propres mots.",
  ownerHowDiscord: "Répondez à ce message : votre réponse lui est transmise comme vos propres mots.",
  answerIntro: (date: Date) => `Le candidat a répondu, avec ses propres mots (${dateIn("fr-FR")(date)}) :`,
  yourQuestion: (question: string) => `Votre question : « ${question} »`,
  delivered:
    "Envoyé au recruteur. L'ajouter à la FAQ, pour que le bot réponde lui-même à cette question la prochaine fois ?",
  saveButton: "Ajouter à la FAQ",
  saved: "Ajouté à la FAQ : le bot répond désormais à cette question.",
  alreadySaved: "Cette réponse est déjà dans la FAQ.",
  saveFailed: (ref: string) => `Désolé — la FAQ n'a pas pu être écrite (référence ${ref}).`,
  notDelivered: (ref: string) =>
    `Désolé — votre réponse n'a pas pu être transmise au recruteur (référence ${ref}). Répondez à nouveau pour réessayer.`,
  ownerOnly: "Seul le candidat peut faire cela.",
};

/** Every sentence of "Ask the candidate", in the asker's language. */
export const FORWARD_TEXT = { en, fr };

export type ForwardText = typeof en;

/** What the owner is told after a click on "Save as FAQ". */
export function saveOutcomeText(t: ForwardText, outcome: SaveOutcome): string {
  if (outcome.kind === "saved") return t.saved;
  if (outcome.kind === "already") return t.alreadySaved;
  if (outcome.kind === "failed") return t.saveFailed(outcome.reference);
  return t.expired;
}
