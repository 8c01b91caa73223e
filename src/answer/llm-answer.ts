import type { ChatMessage, ChatModel } from "../llm/chat-model.js";
import { fillPrompt, type Prompts } from "../llm/prompt-files.js";
import type { Profile } from "../knowledge/profile.js";
import type { Turn } from "../conversation/conversation-store.js";
import type { Language } from "../text/stem.js";
import type { Citation } from "./answer.js";
import { checkCitations } from "./citation-check.js";

/** Everything the LLM path needs besides the question. */
export interface LlmSetup {
  model: ChatModel;
  prompts: Prompts;
  profile: Profile;
  /**
   * After a model call failed, the model rests this long (`OPENAI_REST_MS`): answers come from the
   * passages at once, instead of each waiting out the same time-outs and retries. Shared by every engine.
   */
  rest?: { ms: number; until: number };
}

/** Whether the model is resting after a failure (see LlmSetup.rest). */
export function modelResting(setup: LlmSetup): boolean {
  return setup.rest !== undefined && Date.now() < setup.rest.until;
}

/** Starts the model's rest after a failed call; a rest of 0 ms is none. */
export function restModel(setup: LlmSetup): void {
  if (setup.rest && setup.rest.ms > 0) setup.rest.until = Date.now() + setup.rest.ms;
}

/** What the model said, once checked: an answer with valid citations, a "not in profile", or unusable. */
export type ModelVerdict =
  | { kind: "answer"; text: string; citations: Citation[] }
  | { kind: "not_in_profile"; text: string }
  | { kind: "unbacked"; text: string; invalidMarkers: number[] };

const LANGUAGE_NAMES: Record<Language, string> = { en: "English", fr: "French" };
const NOT_IN_PROFILE = /^\s*NOT_IN_PROFILE\s*:?\s*/i;

function systemPrompt(setup: LlmSetup, language: Language): string {
  return fillPrompt(setup.prompts.system, {
    subject: setup.profile.subject[language],
    pronoun: setup.profile.pronouns[language],
    language: LANGUAGE_NAMES[language],
  });
}

/** Numbered passages with their section and period, as the answer prompt shows them. */
export function formatPassages(passages: Citation[]): string {
  return passages.map((p, i) => `[${i + 1}] (${p.section}${p.period ? `; ${p.period}` : ""})\n${p.text}`).join("\n\n");
}

/** Asks the model to answer from the passages, then checks every citation it makes. */
export async function generateAnswer(
  setup: LlmSetup,
  question: string,
  language: Language,
  passages: Citation[],
): Promise<ModelVerdict> {
  const messages: ChatMessage[] = [
    { role: "system", content: systemPrompt(setup, language) },
    { role: "user", content: fillPrompt(setup.prompts.answer, { passages: formatPassages(passages), question }) },
  ];
  const reply = (await setup.model.complete(messages, "answer")).text.trim();
  if (NOT_IN_PROFILE.test(reply)) return { kind: "not_in_profile", text: reply.replace(NOT_IN_PROFILE, "").trim() };
  const checked = checkCitations(reply, passages);
  if (checked.citations.length === 0 || checked.text === "")
    return { kind: "unbacked", text: reply, invalidMarkers: checked.invalidMarkers };
  return { kind: "answer", text: checked.text, citations: checked.citations };
}

/** Rewrites a follow-up into a standalone question, with the conversation as context. */
export async function condenseQuestion(
  setup: LlmSetup,
  question: string,
  language: Language,
  history: Turn[],
): Promise<string> {
  const transcript = history.map((t) => `Q: ${t.question}\nA: ${t.answer.split("\n")[0]}`).join("\n");
  const messages: ChatMessage[] = [
    {
      role: "user",
      content: fillPrompt(setup.prompts.condense, {
        subject: setup.profile.subject[language],
        history: transcript,
        question,
      }),
    },
  ];
  const rewritten = (await setup.model.complete(messages, "condense")).text.trim().replace(/^["«“]|["»”]$/g, "");
  return rewritten === "" || rewritten.length > 1000 ? question : rewritten;
}
