import type { ConversationStore, Turn } from "../conversation/conversation-store.js";
import type { MessagesByLanguage } from "../messages/messages.js";
import { detectProfileIntent } from "../profile/profile-intents.js";
import { plainText } from "../query/clean-message.js";
import type { QuestionReader, UnderstoodQuestion } from "../query/understand.js";
import { foldText } from "../text/normalize.js";
import type { Language } from "../text/stem.js";
import type { Answer, Question } from "./answer.js";
import { moreAtRole, type ProfileContext } from "./profile-answers.js";

/** "what else?", « autre chose ? », "anything else he did there?": more of what the last answers were about. */
const MORE = new RegExp(
  String.raw`^(?:(?:and|et|ok|so|alors|sinon|merci|thanks|great|super|cool)[,!]? )?` +
    String.raw`(?:what else|tell me more|anything else|something else|` +
    String.raw`what more|anything more|more|other things|others|any others|autre chose|quoi d'autre|` +
    // "more details", « plus de détails » after an answer: its passages not quoted yet.
    String.raw`(?:some |any )?more (?:details?|info|information)|(?:des )?plus de (?:details?|precisions?)|` +
    String.raw`plus d'(?:infos?|informations?)|en savoir plus|` +
    // "can you expand?", "elaborate please", « tu peux détailler ? », « développe »: the same, told further.
    String.raw`(?:(?:can|could|would) you |pls |please )?` +
    String.raw`(?:expand|elaborate|go on|say more|go into (?:more )?details?|` +
    String.raw`give (?:me )?more details?|be more specific)(?: (?:on|about) (?:it|that|this|them))?(?: please| pls)?|` +
    String.raw`(?:(?:tu peux|tu pourrais|vous pouvez|vous pourriez|peux[- ]tu|pouvez[- ]vous|pourriez[- ]vous) )?` +
    String.raw`(?:detailler|developper|preciser|m'?en dire plus|en dire plus|dire plus)|detaille|developpe|` +
    String.raw`dis m'?en plus|dites m'?en plus|(?:plus )?en detail|(?:more )?in detail|` +
    String.raw`d'autres choses|d'autres|encore|et a part ca|a part ca|besides that|apart from that|other than that|` +
    // « c'est tout ? », "is that all?": asked, not said (said, it closes the talk).
    String.raw`(?:c'?est|c|cest|ce sera|is that|that'?s|was that|c'etait) (?:tout|all|it)(?= ?\?)|` +
    String.raw`(?:is that|that'?s) everything(?= ?\?)|(?:il y a|y a|y'a) rien d'autre)` +
    String.raw`(?: (?:did|has|does) (?:he|she) (?:do|done|does)| a[- ]t[- ]il fait| il a fait)?` +
    String.raw`(?: with (?:it|that|this|them)| avec)?(?: there| la[- ]bas| la)?` +
    String.raw`(?:,? (?:please|pls|plz|stp|svp|s'il te plait|s'il vous plait|merci|thanks|thx))?\s*[?!.]*$`,
);

/** The language a "what else?" is asked in, when too short for the language detector. */
const FRENCH_MORE = new RegExp(
  String.raw`\b(c'?est tout|rien d'autre|autres?|quoi d'autre|encore|a part ca|il a fait|a-t-il|plus de|plus d'|` +
    String.raw`en savoir|detaill\w*|developp\w*|preciser|dire plus|en plus|en detail)\b`,
);
const ENGLISH_MORE = /\b(what|anything|something|more|other|others|besides|apart|expand|elaborate|go on|details?)\b/;

/** True for "what else?", « autre chose ? » and the like: a message asking for more of the last answer. */
export function asksMore(text: string): boolean {
  return MORE.test(foldText(plainText(text)).trim());
}

/** What "what else?" needs of the engine. */
export interface MoreEnv {
  conversations: ConversationStore;
  reader: QuestionReader;
  messages: MessagesByLanguage;
  profileContext: ProfileContext;
  /** The offline answer to `understood`, if some part of it gets a "yes"; else null. */
  answerParts: (question: string, understood: UnderstoodQuestion) => Promise<Answer | null>;
  /** An answer that says something without answering (see the engine's noAnswer). */
  reply: (question: string, language: Language, text: string) => Answer;
  /** Whether a question asks for a kind of tool ("which cloud?", see categoryAsked). */
  isCategory: (read: UnderstoodQuestion) => boolean;
  /** The passages (by twin key) an answer quotes. */
  keysOf: (answer: Answer) => string[];
}

/**
 * "what else?": the last question again, without the passages the conversation has quoted for it. An
 * answer about a role ("what did he do at MAIF?", "what results there?") goes on with the role's other
 * passages; one about a technology ("since when?" after Databricks) with the passages holding it. Says
 * that nothing more is said when none are left, and how to ask for more after a whole-profile answer.
 * Null when the message doesn't ask for more, or nothing was asked before.
 */
export async function whatElse(env: MoreEnv, input: Question, language: Language): Promise<Answer | null> {
  const history = env.conversations.history(input.conversationId);
  const previous = history.at(-1);
  // After a question not answered, "what else?" is a question like any other.
  if (!previous?.answered || !(previous.quoted ?? []).length || !asksMore(input.text)) return null;
  // What the conversation has quoted lately, and every passage earlier "what else?" of this question quoted.
  const shown = new Set(history.flatMap((t) => t.quoted ?? []));
  const lang = FRENCH_MORE.test(foldText(input.text))
    ? "fr"
    : ENGLISH_MORE.test(foldText(input.text))
      ? "en"
      : language;
  const read = env.reader.read(previous.standalone, { language: previous.language });
  const intent = read.topic ? null : detectProfileIntent(read);
  let answer: Answer | null = null;
  if (intent && previous.role) answer = moreAtRole(previous.role, shown, input.text, lang, env.profileContext);
  else if (intent?.kind === "tech_experience" || !intent) {
    const asked =
      intent?.kind === "tech_experience"
        ? env.reader.read(intent.technology.name, { language: previous.language })
        : read;
    const understood = {
      ...asked,
      language: lang,
      parts: asked.parts.map((p) => ({ ...p, details: true, exclude: shown })),
    };
    answer = read.topic ? null : await env.answerParts(input.text, understood);
  }
  // "which cloud?" answered from the stack: more is asked by role or skill, not "nothing more".
  const kind = !answer && !intent && env.isCategory(read);
  const m = env.messages[lang];
  answer ??= env.reply(input.text, lang, kind || (intent && !previous.role) ? m.moreHow : m.nothingMore);
  env.conversations.append(input.conversationId, moreTurn(previous, input.text, answer, env.keysOf(answer)));
  return answer;
}

/** The conversation's turn for a "what else?": still on the last question, with every passage quoted so far. */
function moreTurn(previous: Turn, question: string, answer: Answer, keys: string[]): Turn {
  return {
    ...previous,
    question,
    answer: answer.answered ? answer.answer : previous.answer,
    answered: previous.answered || answer.answered,
    language: answer.language,
    quoted: [...new Set([...(previous.quoted ?? []), ...keys])],
  };
}
