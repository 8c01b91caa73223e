import { formatDuration, monthsOfRoles, spanOf } from "../profile/durations.js";
import { ConversationStore, type Turn } from "../conversation/conversation-store.js";
import {
  asksForDetails,
  asksOfLastRole,
  MOST_ASKED,
  resolveFollowUp,
  toolsOfLastAsked,
  thingsAskedAgain,
  thingsNamed,
  timeAskedAgain,
} from "../conversation/follow-up.js";
import type { KeywordSearch } from "../index/bm25-index.js";
import type { SearchIndex } from "../index/search-index.js";
import type { Profile } from "../knowledge/profile.js";
import type { Logger } from "../logging/logger.js";
import { cleanMessage, enumerated, plainText, questionLanguage } from "../query/clean-message.js";
import {
  isCountryName,
  ownerTopicOf,
  ownerTopicsOf,
  spokenLanguageNamed,
  countriesNamed,
  readCountryNames,
  type OwnerTopic,
} from "../query/owner-topics.js";
import {
  NAME_QUALIFIERS,
  readerFor,
  SELF_INTRODUCTION,
  type QuestionPart,
  type QuestionReader,
  type UnderstoodQuestion,
} from "../query/understand.js";
import type { ProfileVocabulary } from "../query/vocabulary.js";
import { assessFit, type FitContext, type FitReport } from "./fit.js";
import {
  announcesQuestions,
  MAX_QUESTIONS,
  mergedAnswers,
  OPENS_QUESTION,
  questionOfContext,
  questionsOf,
} from "./several-questions.js";
import { fitAsAnswer } from "./fit-answer.js";
import { announcesJob, fitRequestOf, listAfterQuestion } from "./fit-request.js";
import {
  answerableIntent,
  answerProfileIntent,
  rankSkillsAhead,
  readSupervising,
  rosterCount,
  techUses,
  type ProfileContext,
} from "./profile-answers.js";
import { roleFinder } from "./role-finder.js";
import { asksMore, whatElse, type MoreEnv } from "./what-else.js";
import { categoryAnswer, categoryAsked, type CategoryAsked, timeAsked } from "./category.js";
import { deniedWord, doneInstead, doneWithout, oppositeManner, unsaidClaim } from "./denial.js";
import {
  asksExperienceAlone,
  detectProfileIntent,
  KIND_ASKED,
  type ProfileIntent,
  yearsAlone,
  yearsOutsideTeaching,
} from "../profile/profile-intents.js";
import {
  FUSION,
  keywordSearch,
  retrievePassages,
  type FusionTuning,
  type RetrievedPassage,
} from "../retrieval/hybrid-retriever.js";
import { frenchJargonOnly } from "../text/detect-language.js";
import { cleanInput, foldText, literal, wordTokens } from "../text/normalize.js";
import { numberOf } from "../text/numbers.js";
import { passageTerms, queryTerms, stemWord, type Language } from "../text/stem.js";
import { type Lexicon, nameAsWritten } from "../text/lexicon.js";
import { leftBehind } from "../profile/left-behind.js";
import { movedOtherWay, movedSameWay, movesOf } from "./move-direction.js";
import { saidOpposite, saysAsked } from "./graded-opposite.js";
import {
  askedMove,
  asksDirection,
  directionAt,
  saysWay,
  tellsDirection,
  wentAskedWay,
  wentOtherWay,
} from "./opposite-way.js";
import { asksYesOrNo, holdsWord, saidInstead } from "./contrast.js";
import { begunBy, everyRoleAsked, heldSince, KNOWING, roleInWindow, rolesLeftOut, windowAsked } from "./role-scope.js";
import type { RoleInfo } from "../profile/roles.js";
import type { Answer, AnswerPart, Citation, NoAnswerReason, Question } from "./answer.js";
import { roleKeyOf, usageOf } from "../profile/roles.js";
import {
  EVIDENCE,
  isCounted,
  askedFigure,
  writtenAs,
  figureGiven,
  MAKING_VERB,
  PLANNED,
  isSkillQuestion,
  judgeEvidence,
  TEACHING_QUESTION,
  type EvidenceTuning,
  type PartEvidence,
  type RoleEvidence,
} from "./evidence.js";
import {
  asksWhenOrWhere,
  composeExtractiveAnswer,
  figureUnsaid,
  givesDataSize,
  listWords,
  periodPhrase,
  placesOf,
  askedInNegative,
  isYesNo,
  readingNote,
  toCitation,
} from "./extractive-answer.js";
import { citeChunk, periodsToDate, quoteLines } from "./cite.js";
import type { Chunk } from "../knowledge/chunk.js";
import { askedEmployer, doneAt, isOffTopicRequest, tasksAsked } from "./guard.js";
import { turnRole } from "./turn-role.js";
import { condenseQuestion, generateAnswer, modelResting, restModel, type LlmSetup } from "./llm-answer.js";
import { messagesFor, type MessagesByLanguage } from "../messages/messages.js";
import { NICE_HEADING, NICE_INLINE } from "./fit-sections.js";

/** Answers one question; the Asker is what adapters call, and it calls this. */
export interface AnswerEngine {
  answer(question: Question): Promise<Answer>;
  /** Reads a job description against the profile; engines that can't leave it out. */
  fit?(description: string, conversationId?: string): Promise<FitReport>;
  /** The profile.yml it answers with, for the words around its answers; the defaults when unset. */
  readonly profile?: Profile;
  /**
   * Builds, ahead of the questions that need them, the tables any question may read the first time: a bot
   * calls it once ready, so that no asker waits for them. Answers are the same with or without it.
   */
  warmUp?(): Promise<void>;
}

export interface EngineTuning {
  fusion: FusionTuning;
  evidence: EvidenceTuning;
}

export interface EngineOptions {
  index: SearchIndex;
  profile: Profile;
  logger: Logger;
  /** Longest question accepted, in characters. */
  maxQuestionChars: number;
  /** Retrieval settings; the measured defaults unless the eval's calibration tries others. */
  tuning?: EngineTuning;
  /** Turns kept per conversation, for follow-ups. */
  conversations?: ConversationStore;
  /** Fluent answers through a chat model; without it, answers are extractive. */
  llm?: LlmSetup;
  /** Today, for durations of current roles ("5 years and 6 months"); tests set it. */
  now?: () => Date;
}

/** Passages handed to the model: more than an extractive answer quotes, so it can choose. */
const LLM_PASSAGES = 6;
/** Passages looked at for one part of a question. */
const PART_PASSAGES = 8;
/** See EVIDENCE.minMeaning. */
const MIN_MEANING = 0.5;

interface JudgedPart {
  part: QuestionPart;
  evidence: PartEvidence;
  /** Passages the model may use, best first. */
  candidates: Citation[];
  /**
   * Of a part naming a term the profile lacks, what the profile shows of its other words ("PII encryption with
   * Vault?" → not Vault, but the PII lines), or instead of the term (synonyms.yml's related words: GDPR → PII).
   */
  shown?: PartEvidence;
}

/** What one part is about, for "Snowflake: yes…": the CV's name for it, else the asker's words. */
function subjectOf(part: QuestionPart, ctx: EngineContext): string {
  const { display } = ctx.vocabulary;
  // A name typed in lower case, as its makers write it ("helm" → "Helm", "sql" → "SQL").
  // (A word of the dictionary no brand list holds stays as typed: "data modelling", not "data Modelling".)
  const named = (w: QuestionPart["words"][number]) =>
    (w.absent || !ctx.index.lexicon.isWord(w.word)) && !w.everyday && ctx.index.lexicon.techName(w.word) !== null
      ? nameAsWritten(ctx.index.lexicon, w.original)
      : null;
  if (part.technologies.length > 0) return part.technologies.map((t) => t.name).join(" & ");
  if (part.missing.length > 0) return part.missing.join(" ");
  const words = part.words.filter((w) => !w.employer);
  const shown = words.length > 0 ? words : part.words;
  // "CI/CD", "scikit-learn": written as the asker joined them, when they stand together.
  const joined = new RegExp(shown.map((w) => literal(w.original)).join("[/-]"), "u").exec(part.text);
  if (shown.length > 1 && joined) return joined[0];
  // (…with an everyday verb beside them, not part of the name: "set up CI/CD" is about "CI/CD".)
  const telling = shown.filter((w) => !w.everyday || w.key || w.tech);
  const joinedNamed = new RegExp(
    `(?<![\\p{L}])${telling.map((w) => literal(w.original)).join("[/-]")}(?![\\p{L}])`,
    "u",
  );
  const run = telling.length > 1 && telling.length < shown.length ? joinedNamed.exec(part.text) : null;
  if (run) return run[0];
  // ("machine learning", read as the synonyms' "ml": each word as the CV writes it, "Machine Learning".)
  const spelled = (w: QuestionPart["words"][number]) =>
    /\s/.test(w.original)
      ? w.original
          .split(/\s+/)
          .map((x) => display.get(foldText(x)) ?? x)
          .join(" ")
      : null;
  return shown.map((w) => display.get(w.word) ?? spelled(w) ?? named(w) ?? w.original).join(" ");
}

/** Technologies a teaching role names: tech names the lexicon knows, as the CV writes them. */
function taughtNames(role: RoleInfo, lang: Language, lexicon: Lexicon, display: Map<string, string>): string[] {
  const names = role.chunks
    .filter((c) => c.lang === lang)
    .flatMap((c) => foldText(c.text).match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((w) => w.length > 2 && lexicon.techName(w) === "tech" && !lexicon.isEveryday(w) && !lexicon.isWord(w));
  return [...new Set(names.map((w) => display.get(w) ?? w))];
}

/** What the engine's steps share: the settings, and what was read from the index once, at start. */
interface EngineContext {
  index: SearchIndex;
  logger: Logger;
  maxQuestionChars: number;
  llm: LlmSetup | undefined;
  profile: Profile;
  tuning: EngineTuning;
  conversations: ConversationStore;
  reader: QuestionReader;
  vocabulary: ProfileVocabulary;
  profileContext: ProfileContext;
  /** The CV's employers, once each, in the CV's order. */
  employers: string[];
  messages: MessagesByLanguage;
  /** The owner's FAQ answer for each owner-only topic it covers. */
  faqByTopic: Map<OwnerTopic, Citation>;
}

/**
 * Builds the engine: reads the question (markup, chatter, typos, subjects, parts), resolves
 * follow-ups, finds evidence for each part, and answers — fluently through the model when one is
 * configured (every citation checked), else by quoting the passages. Nothing is invented.
 */
export function createAnswerEngine(options: EngineOptions): AnswerEngine {
  const ctx = engineContext(options);
  const fitContext = fitContextOf(ctx);
  return {
    profile: ctx.profile,
    fit: async (description, conversationId) => {
      const report = await assessFit(description, fitContext);
      rememberFit(ctx, conversationId, description, fitAsAnswer(report, description.split("\n")[0]!));
      const now = ctx.profileContext.now();
      const requirements = report.requirements.map((r) => ({ ...r, citations: periodsToDate(r.citations, now) }));
      return { ...report, requirements };
    },
    answer: async (input: Question): Promise<Answer> => {
      const answered = withSetAside(ctx, withOwnersNote(ctx, await respond(ctx, input)));
      const answer = withoutLackYes(input, withoutOtherYes(ctx, input, withoutSoleYes(ctx, input, answered)));
      return withVerdict({ ...answer, citations: periodsToDate(answer.citations, ctx.profileContext.now()) });
    },
    warmUp: async () => {
      readCountryNames();
      await readSupervising(ctx.profileContext.roles);
      await readAhead(ctx);
      await rankSkillsAhead(ctx.profileContext);
    },
  };
}

/**
 * "Was he the only data engineer…?", "Is Snowflake the only database he used?", « son seul client », "has he only
 * worked at Decathlon?", « a-t-il travaillé uniquement en freelance ? »: a claim that nothing else was, which a passage
 * showing the thing doesn't back. (Not "the only question", "the only requirement is Spark", nor "only" of a verb:
 * "loads that only bring in the delta", "or only full reloads?", whose "yes" the passages can give.)
 */
const SOLE_ASKED = new RegExp(
  String.raw`(?<!\b(?:not|non|pas)\s(?:\w+\s)?)\b(his|her|son|sa) (only|sole|seule?|unique) ` +
    String.raw`(?!(question|thing|point|concern|chose|souci|fois|time)\b)` +
    String.raw`[\p{L}]|` +
    String.raw`\b(is|was|are|were|est|etait|c'est|c'etait) ([\p{L}-]+ ){0,2}(the|le|la) (only|sole|seule?|unique) ` +
    String.raw`(?!(question|thing|point|concern|chose|souci|fois|time|requirement|exigence|contrainte|prerequis)\b)` +
    String.raw`[\p{L}]|` +
    // « Seulement AWS comme cloud ? », "only AWS as a cloud?": the thing first, said to be all there was.
    String.raw`^((et|and|so|donc|alors) )?(seulement|uniquement|only) ` +
    String.raw`(?!(one|a|an|un|une|deux|two|three|trois|question|questions|quick|petite?|if|si)\b)` +
    String.raw`[\p{L}][^.!?]{0,50}\?\s*$|` +
    // "Has he only done data engineering?" (not "did he only plan it?", of one step); « a-t-il travaillé uniquement
    // chez Decathlon ? », « il a bossé que chez… », "worked exclusively in…": all his work, one thing.
    String.raw`\b(has|have|did|does|was|is) (he|she) only (done|worked|been|had|used|known)\b|` +
    String.raw`\b(use|used|uses|using|utilise|utilisait) (only|exclusively|solely|uniquement|exclusivement|` +
    String.raw`seulement|que) [\p{L}]|` +
    String.raw`\b(worked|working|been|travaille|bosse|ete) (only|exclusively|solely|uniquement|exclusivement|` +
    String.raw`seulement|que) (at|in|for|as|on|with|chez|en|dans|pour|comme|sur|avec|a|au|aux)\b|` +
    String.raw`\b(a[- ]t[- ](il|elle)|(il|elle) a) (seulement|uniquement|que) (de l'|d'|de la |du |des )?experience`,
  "u",
);

/** A word of SOLE_ASKED's, in a message as sent. */
const SOLE_WORD = /\b(only|sole|solely|seule?|unique|uniquement|exclusively|exclusivement|seulement|que)\b/;

/** The sentences of a message that ask: those ending with a question mark, or its last one. */
function askedSentences(text: string): string {
  const sentences = text.split(/(?<=[.!?])\s+/u);
  return sentences.filter((x, i) => x.includes("?") || i === sentences.length - 1).join(" ");
}

/**
 * "Was he the only data engineer at MAIF?", "Is Snowflake the only database he used?": a "yes" the passages can't
 * give — they show the thing, not that nothing else was. What they show, without the "yes". (Answers that weigh
 * "only" themselves, "he only knows Python?" → "No — besides…", give no "yes" to it.)
 */
function withoutSoleYes(ctx: EngineContext, input: Question, answer: Answer): Answer {
  const [lead, ...rest] = answer.answer.split("\n");
  if (!answer.answered || (answer.parts?.length ?? 0) > 1 || !/^(Yes|Oui) — /u.test(lead ?? "")) return answer;
  // (Cleaned, its "or only…" branch left out, only when it says "only" at all.)
  if (!SOLE_WORD.test(foldText(input.text))) return answer;
  if (!SOLE_ASKED.test(askedSentences(foldText(cleanMessage(input.text).text).replace(/’/g, "'")))) return answer;
  const joint = answer.language === "fr" ? " ; " : "; ";
  const said = `${withoutYes(lead!).replace(/[\s.:]+$/u, "")}${joint}${ctx.messages[answer.language].soleUnsaid}`;
  return { ...answer, answered: false, reason: "partial", verdict: "partial", answer: [said, ...rest].join("\n") };
}

/** "Is he missing leadership experience?", "does he lack…?", « lui manque-t-il… ? »: asked the other way round. */
const LACK_ASKED = new RegExp(
  // (Asked, a sentence's opening: not "my client says he lacks leadership, did he supervise anyone?".)
  String.raw`(?:^|[.!?]\s+)(?:(?:and|so|et|alors),? )?((is|was) (he|she) (missing|lacking)|(does|did) (he|she) lack|` +
    String.raw`(lui )?manque[- ]t[- ](il|elle)|(il|elle) manque (de|d')|(il )?lui manque)\b`,
);

const LACK_WORD = /\b(missing|lacking|lack|manque)\b/;

/**
 * "Is he missing leadership experience?" against "Technical supervision of 2 junior data engineers": a "yes" would say
 * he is missing what the passages show he has. What they show, without the "yes".
 */
function withoutLackYes(input: Question, answer: Answer): Answer {
  const [lead, ...rest] = answer.answer.split("\n");
  if (!answer.answered || (answer.parts?.length ?? 0) > 1 || !/^(Yes|Oui) — /u.test(lead ?? "")) return answer;
  // (Cleaned only when a word of lacking is there at all.)
  if (!LACK_WORD.test(foldText(input.text))) return answer;
  if (!LACK_ASKED.test(foldText(cleanMessage(input.text).text).replace(/’/g, "'"))) return answer;
  return { ...answer, answer: [withoutYes(lead!), ...rest].join("\n") };
}

/** "any cloud other than AWS?", « une base autre que PostgreSQL ? »: the one named, then a word for "not it". */
const OTHER_THAN_NAMED = new RegExp(
  String.raw`\b(other than|besides|apart from|aside from|outside(?: of)?|except(?: for)?|autres? qu(?:e\s+|')|non-|` +
    String.raw`a part(?! of\b)|en dehors d(?:e\s+|u\s+|es\s+|')|hors|sauf)\s*` +
    String.raw`(?:(?:l'|le |la |les |du |de la |des |the |a |an |his |her |at |in |for |chez |a la |au ))?` +
    String.raw`([\p{L}][\p{L}\p{N}+#.-]*)(?: ([\p{L}][\p{L}\p{N}+#.-]*))?`,
  "u",
);
/** "any other orchestrator", "a BI tool other than", « un autre orchestrateur »: another of a kind, asked. */
const ANOTHER_OF_KIND = new RegExp(
  String.raw`\b(?:(?:any|an|another)\s+other|another|other|autres?|d'autres)\s+(?:[\p{L}-]+\s+)?` +
    String.raw`(?=${KIND_ASKED.source.replace(/^\\b/, "")})|` +
    String.raw`${KIND_ASKED.source}\s+(?:other than|besides|autres? qu|que)`,
  "u",
);

/**
 * "Has he worked on any cloud other than AWS?": a "yes" whose lead names the thing set aside shows that thing
 * itself, not another one — what it shows, without the "yes".
 */
function withoutOtherYes(ctx: EngineContext, input: Question, answer: Answer): Answer {
  const [lead, ...rest] = answer.answer.split("\n");
  if (!answer.answered || (answer.parts?.length ?? 0) > 1 || !/^(Yes|Oui) — /u.test(lead ?? "")) return answer;
  // (As written too: "Besides Snowflake, …" opens a message the cleaning reads without it.)
  const asked = foldText(`${cleanMessage(input.text).text} ${plainText(input.text)}`).replace(/’/g, "'");
  const aside = OTHER_THAN_NAMED.exec(asked);
  const named = aside?.[2];
  // (Not "Yes — besides Spark, the profile's roles name…": the others, named.)
  if (!named || /^(Yes|Oui) — (besides|en plus de) /u.test(lead!)) return answer;
  // (A technology or an employer set aside: not "the logs", "exception handling", "teams outside the company".)
  const techs = ctx.reader.read(`${named} ${aside?.[3] ?? ""}`, { language: answer.language }).parts[0]?.technologies;
  const employer = ctx.employers.some((e) => foldText(e).split(/[\s-]/)[0] === named);
  if (!techs?.length && !employer) return answer;
  const m = ctx.messages[answer.language];
  const joint = answer.language === "fr" ? " ; " : "; ";
  // (Said as a word of its lead: "AWS: used at Decathlon" — not the "ion" of "mentions".)
  const word = (w: string) => new RegExp(`(?<![\\p{L}\\p{N}])${literal(w)}(?![\\p{L}\\p{N}])`, "u");
  // (An employer set aside, "apart from Decathlon, Airflow?": a yes that names another employer too holds.)
  const others = ctx.employers.filter((e) => foldText(e).split(/[\s-]/)[0] !== named);
  const elsewhere = employer && others.some((e) => word(foldText(e).split(/[\s-]/)[0]!).test(foldText(lead!)));
  if (word(named).test(foldText(lead!)) && !elsewhere) {
    const said = `${withoutYes(lead!).replace(/[\s.:]+$/u, "")}${joint}${m.otherUnsaid}`;
    return { ...answer, answered: false, reason: "partial", verdict: "partial", answer: [said, ...rest].join("\n") };
  }
  // "any orchestrator other than Airflow?": a kind asked, which the passages may show only as the one set aside —
  // or as what he taught. No "yes" the profile can't vouch for: what it shows, said so.
  // (Another of a kind asked, "any orchestrator other than Airflow?": not "besides Python, any BI tools?".)
  if (!ANOTHER_OF_KIND.test(asked) || !techs?.length) return answer;
  const written = techs[0]!.name;
  return {
    ...answer,
    answered: false,
    reason: "partial",
    verdict: "partial",
    answer: [m.otherKind(written), ...rest].join("\n"),
  };
}

/** Questions of the usual shapes, in both languages, read at warm-up (see readAhead). */
const READ_AHEAD: [string, Language][] = [
  ["How many years has he worked as a data engineer?", "en"],
  ["How long did he stay in his last job, and when did he start?", "en"],
  ["Has he worked with Python and SQL?", "en"],
  ["Which tools does he use most at work?", "en"],
  ["Combien d'années a-t-il travaillé comme ingénieur ?", "fr"],
  ["Depuis quand est-il dans son poste, et combien de temps est-il resté dans le précédent ?", "fr"],
  ["A-t-il déjà utilisé Python ou SQL ?", "fr"],
  // An acronym the CV doesn't hold: the CV's acronyms are read once (~50 ms at 100,000 passages).
  ["Quel est son TJM ?", "fr"],
];

/**
 * Reads a few questions the way `respond` does, up to what they ask: the first questions of a process
 * no longer pay for the patterns' first runs (V8 compiles a regular expression on its first use, and
 * again on its second): 10–20 ms, at load, of the fresh question that met one first. No answer is made.
 */
async function readAhead(ctx: EngineContext): Promise<void> {
  for (const [text, language] of READ_AHEAD) {
    for (let pass = 0; pass < 2; pass++) {
      questionLanguage(text);
      isOffTopicRequest(plainText(text));
      const read = questionsAsked(ctx, ctx.reader.read(text, { language }));
      if (!read.topic) detectProfileIntent(read);
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function engineContext(options: EngineOptions): EngineContext {
  const { index, logger, maxQuestionChars, llm, profile } = options;
  const tuning = options.tuning ?? { fusion: FUSION, evidence: EVIDENCE };
  const conversations = options.conversations ?? new ConversationStore();
  const { reader, vocabulary } = readerFor(index, profile);
  const profileContext: ProfileContext = {
    // The vocabulary read the roles already (readRoles, in the CV's order).
    roles: [...vocabulary.roles.values()],
    technologies: vocabulary.technologies,
    messages: messagesFor(profile),
    now: options.now ?? (() => new Date()),
    taughtNames: (role, lang) => taughtNames(role, lang, index.lexicon, vocabulary.display),
    programming: (name) => index.lexicon.isProgrammingLanguage(name),
    meanings: (text) => queryTerms(text).map((w) => [...w.stems, ...(vocabulary.thesaurus?.expand(w) ?? [])]),
    rolesHolding: roleFinder(index, [...vocabulary.roles.values()]),
    ownerDescription: (employer, lang) => profile.employers?.[employer]?.[lang],
  };
  const employers = [...new Set([...vocabulary.roles.values()].map((r) => r.employer))];
  const messages: MessagesByLanguage = messagesFor(profile);
  const faqByTopic = faqByTopicOf(index);
  return {
    index,
    logger,
    maxQuestionChars,
    llm,
    profile,
    tuning,
    conversations,
    reader,
    vocabulary,
    profileContext,
    employers,
    messages,
    faqByTopic,
  };
}

/** The first FAQ passage of each owner-only topic, as a citation. */
function faqByTopicOf(index: SearchIndex): Map<OwnerTopic, Citation> {
  const faqByTopic = new Map<OwnerTopic, Citation>();
  for (const chunk of index.chunks) {
    const topic = chunk.kind === "faq" ? ownerTopicOf(chunk.section) : null;
    if (topic && !faqByTopic.has(topic)) faqByTopic.set(topic, { ...toCitation({ chunk, fused: 1 }), score: 1 });
  }
  return faqByTopic;
}

/** What `fit` reads a job description with: the profile's vocabulary, and the engine's judgement of a line. */
function fitContextOf(ctx: EngineContext): FitContext {
  const { reader, vocabulary, index, profileContext, faqByTopic } = ctx;
  return {
    reader,
    roles: profileContext.roles,
    technologies: vocabulary.technologies,
    lexicon: index.lexicon,
    display: vocabulary.display,
    now: profileContext.now,
    faq: (topic) => faqByTopic.get(topic),
    rolesHolding: profileContext.rolesHolding,
    judge: async (text, language) => {
      const read = reader.read(text, { language });
      // "Migrate to GCP": a term the profile lacks makes the whole responsibility unmet.
      if (read.parts.some((p) => p.missing.length > 0)) return { verdict: "no", citations: [] };
      const judged = await Promise.all(
        read.parts.filter((p) => p.words.length > 0).map((p) => judgePart(ctx, p, language)),
      );
      const best =
        judged.find((j) => j.evidence.verdict === "yes") ?? judged.find((j) => j.evidence.verdict === "partial");
      if (!best) return { verdict: "no", citations: [] };
      // ("Streaming" on a checklist: a course outline only shows it taught, partly — as the chat says it.)
      const taught = best.evidence.verdict === "yes" && taughtOnlyHere(ctx, best.evidence, text);
      const citations = best.evidence.passages.map(toCitation);
      return taught ? { verdict: "partial", citations, taught } : { verdict: best.evidence.verdict, citations };
    },
  };
}

function noAnswer(
  question: string,
  language: Language,
  reason: NoAnswerReason,
  text: string,
  citations: Citation[] = [],
): Answer {
  return {
    question,
    answered: false,
    answer: text,
    language,
    mode: "extractive",
    citations,
    reason,
  };
}

function ownerOnly(ctx: EngineContext, question: string, language: Language, topic: OwnerTopic): Answer {
  // "Is he available? What's his rate?": each topic asked, from the FAQ where the owner answered it.
  // ("Is he based in the UK? Has he worked outside France?": each sentence's own, where one reading takes the first.)
  const sentences = question.split(/(?<=[?!.])\s+/);
  const asked = [question, ...sentences].flatMap(ownerTopicsOf);
  const topics = [...new Set([topic, ...asked])];
  const faqs = topics.flatMap((t) => ctx.faqByTopic.get(t) ?? []);
  const unanswered = topics.filter((t) => !ctx.faqByTopic.has(t));
  const m = ctx.messages[language];
  // "is he SnowPro certified?", « des certifs Azure ? »: the certification named, which the profile lacks, by name.
  // (Only in the sentence asking it: not « …RGPD ? Avec mes remerciements, Sandrine ».)
  // (The words next to "certified", « certif »: not "the bank" of "a certification the bank would recognise".)
  const asking = sentences.find((x) => ownerTopicOf(x) === "education");
  const near = asking ? CERTIFIED_NEAR.exec(foldText(asking))?.[0] : undefined;
  const named = near
    ? ctx.reader
        .read(asking!, { language })
        .parts.flatMap((p) => p.missing)
        // (Not a degree's own name, "PhD", which the line on degrees already answers.)
        .filter((w) => !DEGREE_NAME.test(foldText(w)) && near.includes(foldText(w)))
    : [];
  const lacking = [
    ...(named.length > 0 ? [m.notMentioned(listWords(named, language, ctx.messages, "or"))] : []),
    ...unanswered.map((t) => {
      const spoken = t === "languages" ? spokenLanguageNamed(question) : null;
      return spoken ? m.profile.spokenLevel(m.profile.spokenNames[spoken]) : m.ownerOnly[t];
    }),
  ].join(" ");
  if (faqs.length > 0) {
    const quotes = faqs.map((f, i) => `[${i + 1}] ${f.text.replace(/\s+/g, " ")}`);
    const answer = [[lacking, m.found(m.inFaq)].filter(Boolean).join(" "), ...quotes].join("\n");
    return { question, answered: true, answer, language, mode: "extractive", citations: faqs };
  }
  // A judgement is not the candidate's to give either: rephrasing is the way. Nor is his own name, asked of him.
  // ("how do I contact him?", no contact set: whoever shared the profile, not the candidate himself.)
  const sharer = unanswered.every((t) => t === "contact") && !ctx.profile.contact;
  const ask = unanswered.every((t) => t === "opinion" || t === "name" || t === "document")
    ? ""
    : ` ${sharer ? m.profile.askSharer : m.askOwner(ctx.profile.contact)}`;
  // "teams in India?": the passages naming the country, which say what the profile does tell of it.
  const placed = topics.includes("countries") ? countryPassages(ctx, question, language) : [];
  if (placed.length > 0) {
    const text = [`${lacking} ${m.placeNamed(countryWritten(question))}`, ...quoteLines(placed), ask.trim()].join("\n");
    return noAnswer(question, language, "owner_only", text, placed);
  }
  return noAnswer(question, language, "owner_only", `${lacking}${ask}`);
}

/** "The profile doesn't mention “retailer”." before the owner's note that does: it is the CV that doesn't. */
function cvNotProfile(text: string, lead: { profile: string; cv: string }): string {
  return text.startsWith(lead.profile) ? lead.cv + text.slice(lead.profile.length) : text;
}

/** A certification and the two words before it: "SnowPro certified", « des certifs Azure », "AWS certification". */
const CERTIFIED_NEAR = new RegExp(
  String.raw`(?:[\p{L}\p{N}+#.-]+\s+){0,2}(?:certif\w*|certified)` +
    String.raw`(?:\s+(?!(?:the|a|an|any|that|which|le|la|les|des|qui|que)\b)[\p{L}\p{N}+#.-]+){0,2}`,
  "u",
);
/** A degree or a certificate named by its kind: "PhD", « master », "MBA". */
const DEGREE_NAME = /^(ph ?d|doctora\w*|masters?|mba|msc|bsc|ba|ma|bachelors?|licence|diplom\w*|degrees?|certif\w*)$/;

/** The CV's passages naming a country the question names, in the answer's language. */
function countryPassages(ctx: EngineContext, question: string, language: Language): Citation[] {
  const named = countriesNamed(question).flat();
  if (named.length === 0) return [];
  const re = new RegExp(String.raw`(?<![\p{L}])(${named.map(literal).join("|")})(?![\p{L}])`, "u");
  // (Only the passages the keyword index has for the names' first words: a few of 100,000.)
  const positions = new Set(
    named.flatMap((n) =>
      (["en", "fr"] as const).flatMap((l) => [
        ...Array.from(ctx.index.keywords.passagesWith(stemWord(n.split(" ")[0]!, l))),
      ]),
    ),
  );
  // By twin key: a passage and its other language's rendering are one, quoted in the answer's language.
  const found = new Map<string, Chunk>();
  for (const i of positions) {
    const chunk = ctx.index.chunks[i];
    if (chunk?.period && re.test(foldText(chunk.text))) found.set(chunk.key, chunk);
  }
  return [...found]
    .map(([key, chunk]) => ctx.index.twins.get(key)?.find((c) => c.lang === language) ?? chunk)
    .slice(0, MAX_PLACED)
    .map((c) => citeChunk(c));
}

const MAX_PLACED = 3;

/** The first country a question names, as written ("Inde", "India"). */
function countryWritten(question: string): string {
  const names = countriesNamed(question)[0] ?? [];
  const folded = foldText(question);
  for (const name of names) {
    const at = new RegExp(String.raw`(?<![\p{L}])${literal(name)}(?![\p{L}])`, "u").exec(folded);
    // (Folding keeps each letter's place: the name as the question writes it.)
    if (at && folded.length === question.length) return question.slice(at.index, at.index + name.length);
  }
  return names[0] ?? "";
}

async function judgePart(
  ctx: EngineContext,
  asked: QuestionPart,
  language: Language,
  embedAhead = false,
  alone = false,
): Promise<JudgedPart> {
  const { index, llm, vocabulary, logger } = ctx;
  const part = lackedAtRole(lackingAsked(ctx, asked), (w) => ctx.index.lexicon.isLight(w, language));
  // A passage meaning the same in other words answers a lone English part (see EVIDENCE.minMeaning): the bundled
  // model reads English only, and a part of several is read with the others' words too.
  const meaning = alone && language === "en" ? MIN_MEANING : Number.POSITIVE_INFINITY;
  const tuning = { ...ctx.tuning, evidence: { ...ctx.tuning.evidence, minMeaning: meaning } };
  if (part.missing.length > 0 || part.words.every((w) => w.absent)) {
    const shown =
      part.missing.length > 0
        ? ((await shownBeside(ctx, part, language)) ?? (await shownRelated(ctx, part, language)))
        : null;
    return { part, evidence: judgeEvidence(part, emptyRetrieval, vocabulary), candidates: [], ...(shown && { shown }) };
  }
  // "Has he used Spark?" is decided by where the word itself appears, which keywords alone find:
  // the same answer without waiting for the embedding model (the model's ~0.7 s at a cold start, 10–25 ms
  // a question after). So is any part whose keywords alone make a "yes" (passages holding its key words
  // and most of its weight): the model's ranking would only reorder them. Measured on the dev sets: as
  // many answers right either way, the median answer at 100,000 passages 18 → 6 ms.
  // A model-written answer still gets the fused passages as its context.
  // When both retrievals run, they share one keyword search.
  let keyword: KeywordSearch | undefined;
  if (!llm) {
    // Beside other parts being embedded, this one is embedded in the same pass, in case its keywords
    // fall short: not after them. Its vector is the same either way (the embedder keeps it).
    if (embedAhead) index.embedder.embedQuery(part.text).catch(() => undefined);
    keyword = keywordSearch(index, part.text, part.words);
    const evidence = judgeEvidence(
      part,
      await retrievePassages(index, part.text, language, PART_PASSAGES, tuning.fusion, part.words, {
        vectors: false,
        keyword,
      }),
      vocabulary,
      tuning.evidence,
    );
    const decided = isSkillQuestion(part) ? evidence.roles.length > 0 : evidence.verdict === "yes";
    if (decided) return { part, evidence, candidates: [] };
  }
  const retrieval = await retrievePassages(index, part.text, language, PART_PASSAGES, tuning.fusion, part.words, {
    keyword,
  });
  logger.debug({ part: part.text, signals: retrieval.signals }, "retrieval");
  const evidence = judgeEvidence(part, retrieval, vocabulary, tuning.evidence);
  const candidates = [...evidence.passages, ...retrieval.passages.filter((p) => !evidence.passages.includes(p))]
    .slice(0, LLM_PASSAGES)
    .map(toCitation);
  return { part, evidence, candidates };
}

/**
 * "batch then?", « et du batch ? »: a word the profile lacks that synonyms.yml names as `lacking`, with nothing else
 * telling beside it, is asked as a term the profile lacks: "not mentioned", then what it shows instead.
 */
function lackingAsked(ctx: EngineContext, part: QuestionPart): QuestionPart {
  if (part.missing.length > 0) return part;
  const related = (word: string) => ctx.index.thesaurus.relatedTo(foldText(word)).length > 0;
  // (Listed as lacking, the word is, whatever a stem shares: "personalization" is no "personal" data.)
  const lacking = part.words.filter((w) => related(w.word));
  // (« et du batch ? »: a word no French dictionary holds is unknown, not absent.)
  const unknown = part.unknown.filter((w) => related(w.word));
  // (Asked alone or nearly: not "a batch load that ran for hours", whose other words the profile holds.)
  const others = part.words.filter((w) => !lacking.includes(w) && !w.light);
  // (A name no dictionary holds is asked whatever is beside it: "cloud costs / FinOps?" asks FinOps.)
  const named = unknown.filter((w) => !w.everyday && !ctx.index.lexicon.isWord(foldText(w.word)));
  if (named.length > 0) return { ...part, missing: [...lacking.map((w) => w.original), ...named.map((w) => w.word)] };
  if (lacking.length + unknown.length === 0 || others.some((w) => !w.everyday) || others.length > 1) return part;
  return { ...part, missing: [...lacking.map((w) => w.original), ...unknown.map((w) => w.word)] };
}

/**
 * "has he done computer vision at Decathlon?", « de l'IA chez Decathlon ? »: nothing asked but the employer and words
 * the profile lacks — those words, as a term it lacks (not a "yes" from the role's heading).
 */
function lackedAtRole(part: QuestionPart, light: (word: string) => boolean): QuestionPart {
  if (part.roles.length === 0 || part.missing.length > 0 || part.technologies.length > 0) return part;
  if (!part.words.every((w) => w.employer || w.light || w.absent)) return part;
  // (A term of two words at least, however everyday each: "computer vision"; not one word, a verb as often as not:
  // « il a augmenté le CA ? », « il formait combien de personnes ? ».)
  const run = unknownRun({ ...part, words: [] });
  const words = run?.length === 1 ? run[0]!.split(" ").map(foldText) : [];
  // (Of the telling words when there are some: « détection de fraude », not « ça intéresse beaucoup » after it.)
  const telling = part.unknown.filter((u) => !u.everyday).map((u) => foldText(u.word));
  const holds = telling.length > 0 ? words.some((w) => telling.includes(w)) : words.every((w) => !light(w));
  // (Not a number in words, "in twenty twenty": a year.)
  const counted = words.some((w) => numberOf(w) !== undefined || /^(one|un|une|thirty|forty|trente)$/.test(w));
  return words.length >= 2 && holds && !counted ? { ...part, missing: run! } : part;
}

/** Fewest telling words of the profile's, beside a term it lacks, for what it shows of them to be said. */
const SHOWN_BESIDE_WORDS = 2;

/**
 * What the profile shows of a part's own words beside the term it lacks ("PII", "encryption" of "PII encryption with
 * HashiCorp Vault?"): the passages that write them all, or null. Not of one word: "Kubernetes clusters".
 */
async function shownBeside(ctx: EngineContext, part: QuestionPart, language: Language): Promise<PartEvidence | null> {
  // (Not the lacking name's own words: "Data Factory" of "Azure Data Factory" is Decathlon's own platform.)
  const named = new Set(part.missing.flatMap((name) => wordTokens(foldText(name))));
  const words = part.words.filter((w) => !w.absent && !w.employer && !w.light && !named.has(w.word));
  // Two words at least, one of them no everyday word: "PII encryption", not "deployed jobs in production".
  // …or one name the profile holds: "hadoop hdfs?" shows HDFS beside the Hadoop it lacks.
  const enough = (words.length >= SHOWN_BESIDE_WORDS && words.some((w) => !w.everyday)) || words.some((w) => w.key);
  if (!enough || part.unknown.some((w) => !w.everyday)) return null;
  const rest: QuestionPart = { ...part, missing: [], words: part.words.filter((w) => !w.absent) };
  // Only passages holding every one of those words: "data quality checks" → the Reject Table, not "validate"; of
  // its telling ones when two or more ("optimise big Oracle tables with memory errors": not "big" as written).
  const telling = words.filter((w) => !w.everyday);
  return passagesWriting(ctx, rest, telling.length >= SHOWN_BESIDE_WORDS ? telling : words, language, "every");
}

/**
 * What the owner says the profile shows instead of a term it lacks (synonyms.yml's `lacking`/`related`: GDPR →
 * the PII lines), when the question holds nothing else to show.
 */
async function shownRelated(ctx: EngineContext, part: QuestionPart, language: Language): Promise<PartEvidence | null> {
  const related = [...new Set(part.missing.flatMap((name) => ctx.index.thesaurus.relatedTo(foldText(name))))];
  if (related.length === 0) return null;
  const rest = ctx.reader.read(related.join(" "), { language }).parts[0];
  return rest ? passagesWriting(ctx, rest, rest.words, language, "some") : null;
}

/**
 * The passages a keyword search finds for `part` that write `words` (every one, or some), each as written in the
 * passage itself, not only its sense nor its heading: "quality checks" is no Role Based Access Control, nor a
 * bullet under "Orchestration and quality"; "deployed jobs" no "production release".
 */
async function passagesWriting(
  ctx: EngineContext,
  part: QuestionPart,
  words: QuestionPart["words"],
  language: Language,
  how: "every" | "some",
): Promise<PartEvidence | null> {
  const text = words.map((w) => w.original).join(" ");
  const keyword = keywordSearch(ctx.index, text, part.words);
  const retrieval = await retrievePassages(ctx.index, text, language, PART_PASSAGES, ctx.tuning.fusion, part.words, {
    vectors: false,
    keyword,
  });
  const evidence = judgeEvidence(part, retrieval, ctx.vocabulary, ctx.tuning.evidence);
  const asked = part.words.flatMap((w, i) => (words.includes(w) ? [i] : []));
  const passages = evidence.passages.filter((p) => {
    const terms = new Set(passageTerms(p.chunk.text, p.chunk.lang));
    const written = (i: number) => (queryTerms(part.words[i]!.word)[0]?.stems ?? []).some((x) => terms.has(x));
    return how === "every" ? asked.every(written) : asked.some(written);
  });
  const shows = how === "some" || evidence.verdict === "yes";
  return shows && passages.length > 0 ? { ...evidence, passages } : null;
}

/** Each part of a question judged; a warm local model embeds several parts in one pass (see judgePart). */
function judgeParts(ctx: EngineContext, understood: UnderstoodQuestion, language: Language): Promise<JudgedPart[]> {
  const ahead = understood.parts.length > 1 && ctx.index.embedder.warm === true;
  const alone = understood.parts.length === 1;
  return Promise.all(understood.parts.map((p) => judgePart(ctx, p, language, ahead, alone))).then((judged) =>
    judged.map((j) => ({ ...j, evidence: teamsOfTech(ctx, j.part, j.evidence) })),
  );
}

/**
 * "what was the team size where he used Jenkins?": of the team lines quoted, those of the roles whose stack lists
 * the technology (all of them when none does).
 */
function teamsOfTech(ctx: EngineContext, part: QuestionPart, evidence: PartEvidence): PartEvidence {
  if (part.technologies.length === 0 || evidence.passages.length < 2) return evidence;
  if (!evidence.passages.every((p) => p.chunk.kind === "team")) return evidence;
  const holds = (p: RetrievedPassage) => {
    const stack = (ctx.vocabulary.roles.get(roleKeyOf(p.chunk))?.stack ?? []).map(foldText);
    return part.technologies.every((t) => stack.some((s) => s.includes(foldText(t.name))));
  };
  const kept = evidence.passages.filter(holds);
  return kept.length > 0 ? { ...evidence, passages: kept } : evidence;
}

/** What an extractive answer carries besides its text: a notice, the corrections made in reading. */
interface AnswerExtras {
  notice?: string;
  corrections?: UnderstoodQuestion["corrections"];
}

/** The question an extractive answer is written for, the note on how it was read, and the extras. */
interface ExtractiveInput {
  question: string;
  understood: UnderstoodQuestion;
  /** "Reading “pyhton” as “python”.", or "" when nothing was corrected. */
  note: string;
  extras: AnswerExtras;
}

/** Adds a part's passages to the answer's citations (once each) and returns their numbers. */
function cite(citations: Citation[], evidence: PartEvidence): number[] {
  return evidence.passages.map((p) => {
    const c = toCitation(p);
    const at = citations.findIndex((x) => x.id === c.id);
    if (at >= 0) return at + 1;
    citations.push(c);
    return citations.length;
  });
}

/** "[1] the passage's text", one line per citation. */

/** The offline answer: a verdict per part, then the quoted passages, numbered across parts. */
function extractive(
  ctx: EngineContext,
  question: string,
  understood: UnderstoodQuestion,
  judged: JudgedPart[],
  notice?: string,
): Answer {
  const note = readingNote(understood.corrections, understood.language, ctx.messages);
  const extras: AnswerExtras = {
    ...(notice ? { notice } : {}),
    ...(understood.corrections.length > 0 ? { corrections: understood.corrections } : {}),
  };
  const input: ExtractiveInput = { question, understood, note, extras };
  const answer = judged.length === 1 ? extractiveOne(ctx, input, judged[0]!) : extractiveParts(ctx, input, judged);
  return withoutFigure(ctx, question, answer);
}

/**
 * "any retail experience?" answered "not in the profile": what the owner's profile.yml says an employer is, when it
 * holds the term ("Decathlon as a sporting goods retailer"), said as the owner's note, not the CV's.
 */
function withOwnersNote(ctx: EngineContext, answer: Answer): Answer {
  // (What an answer says is lacking: not the words a partial answer says the profile holds.)
  const said = answer.reason === "not_in_profile" ? answer.answer.split("\n")[0]! : "";
  const lacking = [
    ...(answer.parts ?? []).filter((p) => p.verdict === "not_in_profile").map((p) => p.subject),
    ...[...said.matchAll(/[“«]\s?([^”»]{3,40}?)\s?[”»]/gu)].map((x) => x[1]!),
  ];
  const described = ctx.profile.employers ?? {};
  if (lacking.length === 0 || /\((not the CV|pas le CV|hors CV)\)/.test(answer.answer)) return answer;
  // (Words of a kind, "retail", "sports", not the commonest words: "people", « votre ».)
  const { lexicon } = ctx.index;
  const common = (w: string) => lexicon.isCommon(w) || lexicon.isCommon(w.replace(/s$/, ""));
  const terms = lacking
    .flatMap((t) => wordTokens(foldText(t)))
    .filter((w) => w.length >= 5 && !common(w))
    .flatMap((w) => passageTerms(w, answer.language));
  // (The same word, "retail" of "retailer": not a shared beginning, "distributed" is no « distributeur »; of the
  // French note only in French: "articles" is no word of "a sporting goods retailer", though « articles de sport » is.)
  const noted = (d: { en: string; fr: string }) => [
    ...passageTerms(d.en, "en"),
    ...(answer.language === "fr" ? passageTerms(d.fr, "fr") : []),
  ];
  const owners = Object.entries(described).filter(([, d]) => noted(d).some((x) => terms.includes(x)));
  if (owners.length === 0) return answer;
  const m = ctx.messages[answer.language].profile;
  const note = m.ownerDescribes(owners.map(([name, d]) => m.ownerDescribed(name, d[answer.language])).join(", "));
  // ("retail: not in the profile", then the note that describes Decathlon as a retailer: not in the CV.)
  const ownersTerms = owners.flatMap(([, d]) => noted(d));
  const parts = (answer.parts ?? []).filter(
    (p) =>
      p.verdict === "not_in_profile" &&
      wordTokens(foldText(p.subject)).some((w) =>
        passageTerms(w, answer.language).some((x) => ownersTerms.includes(x)),
      ),
  );
  const partNo = ctx.messages[answer.language].partNo;
  const text = parts.reduce(
    (t, p) => t.replace(partNo(p.subject), m.partNoCv(p.subject)),
    cvNotProfile(answer.answer, m.notInCv),
  );
  return { ...answer, answer: noteAfterLead(text, note.trim()) };
}

/**
 * "Does he know Parquet?" answered "doesn't mention “Parquet”" when the CV names it only as what was set aside
 * ("…in .avro format rather than parquet"): said so, with that passage, not that the profile never names it.
 */
function withSetAside(ctx: EngineContext, answer: Answer): Answer {
  if (answer.answered || (answer.parts?.length ?? 0) > 1) return answer;
  const m = ctx.messages[answer.language];
  const lead = answer.answer.split("\n")[0]!;
  // (Or said beside what it does hold: "…mentions “format” at Decathlon, but not “parquet” with it.")
  const topic =
    answer.citations.length === 0
      ? /^(?:The profile doesn't mention|Le profil ne mentionne pas) [“«]\s?([^”»]{2,40}?)\s?[”»]\.?$/u.exec(lead)?.[1]
      : /, (?:but not|mais pas) [“«]\s?([^”»]{2,40}?)\s?[”»] (?:with it|avec)\.$/u.exec(lead)?.[1];
  const found = topic ? setAsideIn(ctx, topic, answer.language) : null;
  if (!topic || !found) return answer;
  const citations = [citeChunk(found)];
  const where = placesOf(citations, answer.language, ctx.messages);
  const text = [m.setAsideOnly(topic, where ? m.at(where) : ""), ...quoteLines(citations)].join("\n");
  return { ...noAnswer(answer.question, answer.language, "partial", text, citations), ...extrasOf(answer) };
}

/** The one passage naming `topic` only as what was chosen against ("…rather than parquet"), if the CV names it so. */
function setAsideIn(ctx: EngineContext, topic: string, language: Language): Chunk | null {
  const asked = literal(foldText(topic));
  const aside = new RegExp(
    String.raw`\b(?:rather than|instead of|plutot que|plutot qu'|au lieu de|au lieu d')\s*(?:\S+\s+){0,6}?${asked}\b`,
  );
  const held = new RegExp(String.raw`\b${asked}\b`);
  const chunks = [...ctx.vocabulary.roles.values()].flatMap((r) => r.chunks.filter((c) => c.lang === language));
  const found = chunks.find((c) => aside.test(foldText(c.text)));
  return found && !chunks.some((c) => held.test(foldText(c.text).replace(aside, " "))) ? found : null;
}

/** A part's line for a thing the CV names only as what was chosen against, its passage cited. */
function setAsideLine(
  x: { subject: string; aside: Chunk; citations: Citation[]; parts: AnswerPart[] },
  said: (subject: string) => string,
): string {
  const c = citeChunk(x.aside);
  const n = (x.citations.findIndex((y) => y.id === c.id) + 1 || x.citations.push(c)) as number;
  x.parts.push({ subject: x.subject, verdict: "partial", citations: [n] });
  return `${said(x.subject)} [${n}]`;
}

/** What an answer carries besides its text: a notice, the corrections made in reading. */
function extrasOf(answer: Answer): AnswerExtras {
  return {
    ...(answer.notice ? { notice: answer.notice } : {}),
    ...(answer.corrections ? { corrections: answer.corrections } : {}),
  };
}

/**
 * An answer's first line with a note after it: "· Azure: not in the profile" and "…since May 2021:" end with a full
 * stop first; the quoted passages below stay as they are.
 */
function noteAfterLead(answer: string, note: string): string {
  const [lead, ...rest] = answer.split("\n");
  const trimmed = lead!.trim();
  const ended = /[.!?…:»)]$/.test(trimmed) ? trimmed.replace(/\s*:$/, ".") : `${trimmed}.`;
  return [`${ended} ${note}`, ...rest].join("\n");
}

/** "by how much?", « de combien ? », "what percentage?": a quantity asked. */
const QUANTITY_ASKED = new RegExp(
  String.raw`\b(by how much|how much (money|time|cost|costs)|what percentage|which percentage|how many percent|` +
    String.raw`de combien|quel pourcentage|combien de pourcents?)\b`,
);

/** "Did he reduce costs? by how much?" answered with passages that hold no number: said so, not left to guess. */
function withoutFigure(ctx: EngineContext, question: string, answer: Answer): Answer {
  if (!answer.answered || answer.citations.length === 0 || !QUANTITY_ASKED.test(foldText(question))) return answer;
  // (A figure, not a name's digit: "S3", "EC2" give none.)
  if (answer.citations.some((c) => /(?<![\p{L}\d])\d/u.test(c.text))) return answer;
  return { ...answer, answer: noteAfterLead(answer.answer, ctx.messages[answer.language].profile.resultsNone) };
}

/** The evidence only teaches the thing, and the question asks of using it ("Does he know Kafka?" doesn't). */
function taughtNotUsed(ctx: EngineContext, evidence: PartEvidence, text: string, question: string): boolean {
  return taughtOnlyHere(ctx, evidence, text) && USE_ASKED.test(foldText(question));
}

/** Every role of the evidence, or every passage, only teaches the subject. */
function taughtOnlyHere(ctx: EngineContext, evidence: PartEvidence, text: string): boolean {
  return evidence.roles.length > 0 ? onlyTaughtRoles(evidence, text) : taughtOnly(ctx, evidence, text);
}

/** A technology some working role (not teaching, not training) lists in its stack: Spark, not Kafka. */
function usedInWork(ctx: EngineContext, subject: string): boolean {
  const name = foldText(subject);
  return [...ctx.vocabulary.roles.values()].some(
    (r) => r.kind === "work" && r.stack.some((t) => foldText(t) === name || foldText(t).endsWith(` ${name}`)),
  );
}

/** A part asked of teaching or training roles only ("et Spark ?" about EPISEN). */
function askedOfTeaching(ctx: EngineContext, part: QuestionPart): boolean {
  const kinds = part.roles.map(
    (r) => (ctx.vocabulary.roles.get(r) ?? [...ctx.vocabulary.roles.values()].find((x) => x.employer === r))?.kind,
  );
  return kinds.length > 0 && kinds.every((k) => k === "teaching" || k === "training");
}

/** "Has he built anything with Kafka?": taught, not built; no "Yes" before what the profile shows. */
function withoutYes(answer: string): string {
  return answer.replace(
    /^((?:[^\n]*?\s)?)(?:Yes|Oui) — (\p{L})/u,
    (_, before: string, first: string) => `${before}${first.toUpperCase()}`,
  );
}

/** A figure the question asks his own share of: "400 TB", "the volume" (not the digit of a name: "S3"). */
const OWN_SHARE_FIGURE = /(?<![a-z])\d|\b(figure|volume|chiffre)/;
/** "the 400 TB, did he process them personally?", « à lui seul »: his own share of a figure, apart from his team's. */
const OWN_SHARE = new RegExp(
  // (Not "himself", « lui-même » alone: "did he design the materials himself?" stresses that he did.)
  String.raw`\b(personally|by himself|by herself|on (his|her) own|single[- ]handed\w*|` +
    String.raw`par (lui|elle)[- ]meme|a (lui|elle) seule?|tout seul|toute seule|personnellement)\b|` +
    // ("has he ingested 400 TB per day himself?": after a figure, his own share of it.)
    String.raw`(?<=\d[^?]{0,60})\b(himself|herself|(lui|elle)[- ]meme)\b`,
);

/**
 * "Did the migration cause any service interruption?" against "…with no service interruption": no. "Did he
 * write the DAGs by hand?" against "automatic generation of DAGs": automated, which is not "never by hand".
 */
function deniedOrAutomated(
  ctx: EngineContext,
  part: QuestionPart,
  evidence: PartEvidence,
  language: Language,
): { verdict: "denied" | "automated" | "movedAway"; passage: RetrievedPassage } | null {
  const away = STILL_ASKED.test(foldText(part.text)) ? movedAwayFrom(ctx, part, language) : null;
  if (away) return { verdict: "movedAway", passage: away };
  const otherLanguage = writtenInAnother(part, evidence);
  if (otherLanguage) return { verdict: "denied", passage: otherLanguage };
  const negated =
    evidence.roles.length === 0 ? (deniedIn(ctx, part, evidence) ?? doneWithout(part.text, evidence.passages)) : null;
  if (negated) return { verdict: "denied", passage: negated };
  // ("Did he move away from parquet?" against "…in .avro format rather than parquet": left, as asked.)
  const leaving = awayAsked(foldText(part.text), part, language);
  const instead = leaving ? null : doneInstead(part, evidence.passages, () => ctx.index.chunks.map((c) => c.text));
  if (instead) return { verdict: "denied", passage: instead };
  const automated = oppositeManner(part, evidence.passages);
  return automated ? { verdict: "automated", passage: automated } : null;
}

/** The quoted passage that denies a telling word of the part ("with no service interruption"), if one does. */
function deniedIn(ctx: EngineContext, part: QuestionPart, evidence: PartEvidence): RetrievedPassage | null {
  return deniedWord(part, evidence.passages, (w) => ctx.vocabulary.thesaurus?.expand(w) ?? []);
}

/** Programming languages, as a passage names the one a thing was written in: "generation of DAGs (Python)". */
const PROGRAMMING = /^(python|scala|java|sql|r|go|rust|javascript|typescript|kotlin|bash|shell)$/;

/**
 * "Did he write the DAGs in Scala?" against "automatic generation of DAGs (Python)": the passage that holds the
 * thing asked names another language for it (the stack line's Scala is no answer).
 */
function writtenInAnother(part: QuestionPart, evidence: PartEvidence): RetrievedPassage | null {
  const asked = part.words.filter((w) => w.tech && PROGRAMMING.test(w.word));
  if (asked.length !== 1) return null;
  const things = part.words.map((w, i) => (w.key && w !== asked[0] && !w.employer ? i : -1)).filter((i) => i >= 0);
  if (things.length === 0) return null;
  return (
    evidence.passages.find((p) => {
      const named = [...foldText(p.chunk.text).matchAll(/\(([a-z+#]+)\)/g)].map((m) => m[1]!);
      return (
        things.every((i) => p.matched[i]) &&
        named.some((l) => PROGRAMMING.test(l) && l !== asked[0]!.word) &&
        !named.includes(asked[0]!.word)
      );
    }) ?? null
  );
}

/**
 * "Did he replace Databricks with EMR?", « migré de Snowflake vers du on-premise ? »: the profile's passage that
 * tells that move the other way round ("Decommissioning of EMR in favour of Databricks"), when none tells it the
 * way asked.
 */
function otherWayRound(ctx: EngineContext, asked: string, language: Language): RetrievedPassage | null {
  const moves = movesOf(asked);
  if (moves.length === 0) return null;
  // (Only passages holding a word of each end are read for their moves: a profile may hold thousands.)
  const holdsEnds = (text: string) => {
    const folded = foldText(text);
    return moves.some((m) => m.left.some((w) => folded.includes(w)) && m.taken.some((w) => folded.includes(w)));
  };
  const told = [...ctx.vocabulary.roles.values()].flatMap((role) =>
    role.chunks.filter((c) => c.kind !== "stack" && c.kind !== "team" && c.lang === language && holdsEnds(c.text)),
  );
  if (told.some((c) => movedSameWay(asked, c.text))) return null;
  const chunk = told.find((c) => movedOtherWay(asked, c.text));
  return chunk ? quotedPassage(chunk) : null;
}

/** The lines of the profile (of the roles given, if any) that tell a thing went up or down, in that language. */
function directionLines(ctx: EngineContext, language: Language, roleKeys: readonly string[] = []): Chunk[] {
  const roles =
    roleKeys.length > 0
      ? roleKeys.flatMap((k) => ctx.vocabulary.roles.get(k) ?? [])
      : [...ctx.vocabulary.roles.values()];
  return roles.flatMap((role) => role.chunks.filter((c) => c.lang === language && tellsDirection(c.text)));
}

/**
 * "Did he increase the ingestion time?", "did he slow down ingestion?" against "Drastic reduction of the ingestion
 * time… from 13 h to 6 minutes", a line retrieval didn't put first: a line of the profile makes the thing go the
 * other way, and none the way asked (nor a quoted passage). Of a thing the question names with what it asks of it.
 */
function wentOtherWayInProfile(
  ctx: EngineContext,
  part: QuestionPart,
  evidence: PartEvidence,
  language: Language,
): RetrievedPassage | null {
  // (Read only when a direction is asked, and of the lines that tell one: a profile may hold thousands.)
  if (!asksDirection(part.text)) return null;
  const chunks = directionLines(ctx, language);
  if ([...evidence.passages.map((p) => p.chunk), ...chunks].some((c) => wentAskedWay(part.text, c.text))) return null;
  const other = chunks.find((c) => wentOtherWay(part.text, c.text));
  return other ? quotedPassage(other) : null;
}

/**
 * "Did he do row-level encryption?" against "column-level encryption": the alternative a passage found says instead
 * of the one asked, when no passage of the profile says the one asked ("worked with front-end developers?" is
 * answered by the team line's "1 Front-end", not by a "back end" found first). Of a thing named, only the passages
 * naming it count: "were the JDBC tables loaded incrementally?" against their "cancel and replace" mode, though
 * another line tells of incremental ingestion.
 */
function insteadOfAsked(ctx: EngineContext, part: QuestionPart, evidence: PartEvidence) {
  for (const passage of evidence.passages) {
    // ("Was the latency low?" against "with high latency": told of the same thing, the other way, and nowhere as
    // asked.)
    const opposite = saidOpposite(part.text, passage.chunk.text);
    const roleChunks = () => [...ctx.vocabulary.roles.values()].flatMap((role) => role.chunks);
    if (opposite && !roleChunks().some((c) => saysAsked(part.text, c.text))) return { passage, ...opposite };
    const said = saidInstead(part.text, passage.chunk.text);
    if (!said) continue;
    const named = part.words
      .filter((w, i) => passage.matched[i] && (w.key || w.tech) && !w.employer)
      .map((w) => foldText(w.original));
    const naming = (text: string) => named.every((w) => holdsWord(text, w));
    const chunks = [...ctx.vocabulary.roles.values()].flatMap((role) => role.chunks);
    const told = [...evidence.passages.map((p) => p.chunk), ...chunks].some(
      (c) => naming(c.text) && holdsWord(c.text, said.asked),
    );
    return told ? null : { passage, ...said };
  }
  return null;
}

/**
 * "Has he stopped using Spark?", "did he give up Scala?", « il a arrêté le Scala ? », « il ne fait plus de Spark ? »:
 * whether a tool was left, asked of no role — which a role going on with it denies.
 */
const STOPPED_ASKED = new RegExp(
  String.raw`\b((ha(s|ve)|did) (he|she) (already )?(stop(p?ed)?|quit|g[ia]ven? up|drop(ped)?|abandon(ed)?|ditch(ed)?|` +
    String.raw`get rid of|got rid of|gotten rid of|phased? out)` +
    String.raw`( (using|doing|working (with|on|in)|coding in|writing))?|(is|was) (he|she) (done|finished) with|` +
    String.raw`(he|she)('s| is| was) (done|finished|through) with|` +
    // ("he's done with Scala, right?", put as "Has he done with Scala?"; not "what has he done with Spark?")
    String.raw`(?<!\b(?:what|which|anything|something|much|more|else|all) )` +
    String.raw`ha(s|ve) (he|she) (been )?(done|finished) with|` +
    String.raw`(does|did) (he|she) no longer (use|do|work (with|on|in))|` +
    // "He stopped using Airflow, didn't he?", "Is Spark something he gave up?", "a thing of the past for him?"
    // (Not "…since he quit MAIF?": a time, not a tool given up.)
    String.raw`(?<!\b(?:since|after|when|before|until|once|as) )(he|she) (has )?` +
    String.raw`(stopped|quit|gave up|given up|dropped|abandoned|ditched)` +
    String.raw`( (using|doing|working with))?|` +
    String.raw`(something|a thing|a tool|a technology) (that |which )?(he|she) (has )?(stopped|quit|gave up|given up|` +
    String.raw`dropped|abandoned|ditched)|thing of the past|` +
    // « Spark, c'est fini pour lui ? », « il a arreter spark ? » (the infinitive for the participle).
    String.raw`c'est (fini|termine) pour (lui|elle)|` +
    String.raw`(a[- ]t[- ](il|elle)|(il|elle) a) (deja )?(arrete|arreter|abandonne|abandonner|lache|laisse tomber)` +
    String.raw`( (d'|de )?(utiliser|faire|coder en|travailler (avec|sur|en)))?|` +
    // (Not « il fait plus de Scala que de Python ? », "more … than".)
    String.raw`(il|elle) (ne |n')?(fait|utilise|code|touche|travaille) plus(?![^?]*\b(que|qu|ou)\b))\b`,
);

/** « il ne fait plus de Scala ? », « il n'utilise plus Spark ? »: a French question put in the negative. */
const NEGATED_FR = /\b(ne|n')\b[^?]*\bplus\b|\b(il|elle) (fait|utilise|code|touche|travaille) plus\b/;

/** The verb of stopping, which no passage says: "abandon", « lâché ». */
const STOP_WORD = new RegExp(
  String.raw`^(stop\w*|quit\w*|g[ia]ven?|gave|drop\w*|abandon\w*|ditch\w*|done|finished|arret\w*|lache\w*|laiss\w*|` +
    String.raw`tomber|plus|phas\w*|rid|fini|termine)$`,
);

/** "Has he stopped using Spark?": no, while a role going on uses it; yes, with the passage, where one moved off it. */
function stoppedUsing(
  ctx: EngineContext,
  { question, understood, note, extras }: ExtractiveInput,
  part: QuestionPart,
  evidence: PartEvidence,
): Answer | null {
  const { language } = understood;
  if (!STOPPED_ASKED.test(foldText(part.text))) return null;
  if (part.roles.length > 0) return stoppedAt(ctx, { question, understood, note, extras }, part);
  const m = ctx.messages[language];
  const lead = (text: string) => [note, text].filter(Boolean).join(" ");
  const away = movedAwayFrom(ctx, part, language);
  if (away) {
    const quoted: Citation[] = [];
    cite(quoted, { ...evidence, passages: [away] });
    const where = placesOf(quoted, language, ctx.messages);
    const answer = [lead(m.stoppedMovedAway(where ? m.at(where) : "")), ...quoteLines(quoted)].join("\n");
    return { question, answered: true, answer, language, mode: "extractive", citations: quoted, ...extras };
  }
  // (Its words but the verb of stopping, which the CV never says: "did he abandon Snowflake?".)
  const held =
    evidence.verdict === "yes" ||
    (evidence.verdict === "partial" && evidence.uncovered.every((w) => STOP_WORD.test(foldText(w))));
  const found = evidence.roles.length > 0 ? evidence : stackUses(ctx, part, evidence, language);
  const used = found.roles.filter((r) => r.usage === "used");
  if (!held) return null;
  const citations: Citation[] = [];
  cite(citations, found);
  // ("did he stop doing data engineering?": no tool's roles; what the passages say, and no "yes".)
  if (used.length === 0) {
    if (found.roles.length > 0 || evidence.verdict !== "yes") return null;
    const where = placesOf(citations, language, ctx.messages);
    const said = [lead(m.claimUnsaid.left(where ? m.at(where) : "")), ...quoteLines(citations)].join("\n");
    return { ...noAnswer(question, language, "partial", said, citations), ...extras };
  }
  const subject = subjectOf(part, ctx);
  const uses = usesOf(ctx, found, language);
  const going = used.some((r) => !r.role.period?.end);
  const negated = NEGATED_FR.test(foldText(part.text));
  const text = [lead(going ? m.notStopped(m.skillUses(subject, uses), negated) : m.skillNotNow(subject, uses))];
  const answer = [...text, ...quoteLines(citations)].join("\n");
  if (!going) return { ...noAnswer(question, language, "partial", answer, citations), ...extras };
  return { question, answered: true, answer, language, mode: "extractive", citations, ...extras };
}

/** After a role, or when leaving it: "did he stop using Spark after MAIF?", « en quittant la MAIF ». */
const AFTER_ROLE =
  /\b(after|since|when (he|she) left|once (he|she) left|apres|depuis|en quittant|quand (il|elle) a quitte)\b/;

/**
 * "Has he stopped using Spark at Decathlon?" (no: that role goes on with it), "did he stop using Python after MAIF?"
 * (no: the roles after it use it).
 */
function stoppedAt(ctx: EngineContext, input: ExtractiveInput, part: QuestionPart): Answer | null {
  const { question, understood, note, extras } = input;
  const { language } = understood;
  const m = ctx.messages[language];
  const asked = foldText(part.text);
  const after = AFTER_ROLE.exec(asked);
  // ("after MAIF": the role named after the word, whatever roles the scope read.)
  const rest = after ? asked.slice(after.index) : "";
  const all = [...ctx.vocabulary.roles.values()];
  const named = after
    ? all.find((r) =>
        [foldText(r.employer), r.key.replace(/^cv#/, "").split("-")[0]!].some((w) =>
          new RegExp(`(?<![\\p{L}])${literal(w)}(?![\\p{L}])`, "u").test(rest),
        ),
      )
    : part.roles.length === 1
      ? ctx.vocabulary.roles.get(part.roles[0]!)
      : undefined;
  const uses = stackUses(ctx, part, { verdict: "yes", passages: [], roles: [], uncovered: [] }, language);
  if (!named || uses.roles.length === 0) return null;
  const later = (r: RoleEvidence) => !!named.period?.end && (r.role.period?.start ?? "") >= named.period.end;
  const kept = uses.roles.filter((r) => r.usage === "used" && (after ? later(r) : r.role === named));
  const going = kept.some((r) => !r.role.period?.end);
  if (kept.length === 0 || (!after && !going)) return null;
  const found = { ...uses, roles: kept, passages: kept.map((r) => r.passage) };
  const citations: Citation[] = [];
  cite(citations, found);
  const subject = subjectOf(part, ctx);
  const said = after
    ? m.usedAfter(subject, named.employer, usesOf(ctx, found, language))
    : m.notStopped(m.skillUses(subject, usesOf(ctx, found, language)));
  const answer = [[note, said].filter(Boolean).join(" "), ...quoteLines(citations)].join("\n");
  return { question, answered: true, answer, language, mode: "extractive", citations, ...extras };
}

/** The roles whose passages name the one technology asked ("did he give up Docker?"), as a skill's evidence. */
function stackUses(ctx: EngineContext, part: QuestionPart, evidence: PartEvidence, language: Language): PartEvidence {
  const [tech, ...more] = part.technologies;
  // (Nothing else asked of it but the stopping: not "did he give up on the Snowflake migration?".)
  const other = part.words.some(
    (w) => !w.tech && !w.light && !w.employer && !STOP_WORD.test(w.word) && !tech?.tokens.includes(w.word),
  );
  if (!tech || more.length > 0 || other) return evidence;
  const { roles, rolesHolding } = ctx.profileContext;
  const uses = techUses(tech, roles, language, rolesHolding).sort((a, b) =>
    (b.role.period?.start ?? "").localeCompare(a.role.period?.start ?? ""),
  );
  const found = uses.map((u) => ({ role: u.role, usage: u.usage, passage: quotedPassage(u.chunk) }));
  return { ...evidence, roles: found, passages: found.map((r) => r.passage) };
}

/** A CV passage quoted as found, not ranked: a line the answer picked by what it says. */
function quotedPassage(chunk: Chunk): RetrievedPassage {
  return { key: chunk.key, chunk, fused: 1, vector: 0, keyword: 0, coverage: 1, matched: [], exact: [] };
}

/** "Does he still use EMR?", « il utilise encore EMR ? »: whether it goes on, asked. */
// ("did they keep EMR?", « EMR est toujours utilisé ? », « ont-ils gardé EMR ? »: still used, asked yes or no — not
// "how did he keep EMR stable?", « il garde une trace… », nor « a-t-il toujours utilisé… », always.)
const STILL_ASKED = new RegExp(
  String.raw`\b(still|anymore|any more|encore|currently|nowadays|aujourd'hui|actuellement)\b|` +
    String.raw`^(?:did|does|do|has|have|had)\b[^?]*\b(?:keep|kept|retain\w*)\b` +
    String.raw`(?![^?]*\b(?:stable|running|up|alive|track|an eye|clean|safe|secure)\b)|` +
    String.raw`\b(?:a|ont)[- ]t[- ](?:il|elle|ils|elles) (?:garde|conserve)|` +
    String.raw`(?<!\b(?:a|as|avait|ont|avaient|a[- ]t[- ](?:il|elle)) )\btoujours\b(?! (ete|eu|fait|travaille|bosse))`,
);

/**
 * The passage that shows the one thing asked left behind: "Decommissioning of EMR in favour of Databricks", what a
 * migration went from (not a strategy for one).
 */
function movedAwayFrom(ctx: EngineContext, part: QuestionPart, language: Language): RetrievedPassage | null {
  // (Not the verb of leaving, « décommissionné », a word no dictionary holds.)
  // (Or, none named, a word of the profile no stack lists, "the Datalake"; not the verb of the move, "reduce".)
  const plain = (w: QuestionPart["words"][number]) =>
    !w.light &&
    !w.employer &&
    !LEAVING_WORD.test(w.word) &&
    !tellsDirection(w.original) &&
    !/^(use|usage|utilisation|utilization|number|nombre)$/.test(w.word);
  const keyed = part.words.filter((w) => (w.key || w.tech) && plain(w));
  const named = keyed.length > 0 ? keyed : part.words.filter((w) => !w.everyday && plain(w));
  if (named.length !== 1 || part.missing.length > 0) return null;
  const word = named[0]!.word;
  const made = (text: string) => leftBehind(text, word);
  for (const role of ctx.vocabulary.roles.values())
    for (const chunk of role.chunks)
      if (chunk.kind === "bullet" && made(foldText(chunk.text))) {
        const own = role.chunks.find((c) => c.key === chunk.key && c.lang === language) ?? chunk;
        return quotedPassage(own);
      }
  return null;
}

/** Things measured, which go up or down: costs, time, quality, security, debt, latency, errors, teams, tables. */
const MEASURED = new RegExp(
  String.raw`^(costs?|couts?|bills?|factures?|spend\w*|depenses?|time|temps|duration|duree|quality|qualite|` +
    String.raw`security|securite|debt|dette|latenc\w*|speed|vitesse|errors?|erreurs?|calls?|appels?|teams?|` +
    String.raw`equipes?|tables?|columns?|colonnes?|memory|memoire|storage|stockage|volumes?)$`,
);

/**
 * Whether a passage found says the way asked of a thing the question names after its verb, by any of its words the
 * passage matched ("lower the cloud bill" against "Reduction of costs"; not "the number of teams" against "…of the
 * number of calls", a count of anything).
 */
function wayOf(part: QuestionPart, passage: RetrievedPassage, rise: boolean): boolean {
  if (!saysWay(passage.chunk.text, rise)) return false;
  const verb = part.words.findIndex((w) => tellsDirection(w.original));
  // (The words right after the verb, what it governs: "the cloud bill", not "…volume processed at Decathlon".)
  const object = (w: QuestionPart["words"][number], i: number) =>
    i > verb &&
    i <= verb + 3 &&
    !w.light &&
    !w.employer &&
    !/^(number|nombre|amount|quantity|count|data|donnees|\w+ed|\w+ing)$/.test(w.word);
  // (Not by the heading alone: "engineers" of "Senior Data Engineer", the section the passage sits under.)
  // (What goes that way, not the means: "Reduction of costs … by … on HDFS instead of … S3" reduces no use of HDFS.)
  // (From the word of the way on: not "used by 160 teams" before it.)
  const whole = foldText(passage.chunk.text);
  const from = Math.max(0, directionAt(whole));
  const text = whole.slice(0, from) + whole.slice(from).split(MEANS)[0]!;
  const heading = foldText(passage.chunk.section);
  const said = (w: QuestionPart["words"][number]) =>
    w.stems.some((st) => text.includes(st)) || !w.stems.some((st) => heading.includes(st) || whole.includes(st));
  return part.words.some((w, i) => object(w, i) && passage.matched[i] && said(w));
}

/** Where a line turns from what moved to how: "by implementing", "through", « en mettant en place », « grâce à ». */
const MEANS = /\b(?:by|through|via|using|thanks to|instead of|par|grace a|au lieu de|en (?=\p{L}+ant\b))\b/u;

/**
 * "has the ingestion time dropped?": the line making it go that way; "Did he lower data quality?", "did costs grow at
 * Decathlon?": no "yes" where no line makes that thing go either way; null when a passage found says it.
 */
function movedAnswer(ctx: EngineContext, input: ExtractiveInput, part: QuestionPart, evidence: PartEvidence) {
  const { question, understood, note, extras } = input;
  const { language } = understood;
  const moved = movedWhere(ctx, part, evidence, language);
  if (!moved) return null;
  if (moved !== "nowhere") return quotedAsAnswer(ctx, input, { ...evidence, verdict: "yes", passages: [moved] });
  // (A partial verdict is answered only by a line going the way asked: "the number of API calls", "…of calls".)
  if (evidence.verdict !== "yes") return null;
  const quoted: Citation[] = [];
  cite(quoted, evidence);
  const where = placesOf(quoted, language, ctx.messages);
  const said = ctx.messages[language].claimUnsaid.moved(where ? ctx.messages[language].at(where) : "");
  const text = [[note, said].filter(Boolean).join(" "), ...quoteLines(quoted)].join("\n");
  return { ...noAnswer(question, language, "partial", text, quoted), ...extras };
}

/** "up or down?", « augmenté ou baissé ? », "increase or decrease": either way asked. */
const BOTH_WAYS = new RegExp(
  String.raw`\b(up or down|down or up|increas\w* or (decreas|reduc|drop|fall|fell|shr[iu]nk)\w*|` +
    String.raw`(decreas|reduc|drop|fall|fell|shr[iu]nk)\w* or increas\w*|rise or fall|grow\w* or shr[iu]nk\w*|` +
    String.raw`(augmente|hausse|monte)\w* ou (baisse|diminue|descendu)\w*|` +
    String.raw`(baisse|diminue)\w* ou (augmente|hausse|monte)\w*)\b`,
);

/** "Did he increase costs?" against "Reduction of costs": no, the other way round; "up or down?": the way it went. */
function wentReversed(
  ctx: EngineContext,
  { question, understood, note, extras }: ExtractiveInput,
  part: QuestionPart,
  evidence: PartEvidence,
  reversed: RetrievedPassage,
): Answer {
  const { language } = understood;
  const m = ctx.messages[language];
  const lead = (text: string) => [note, text].filter(Boolean).join(" ");
  const quoted: Citation[] = [];
  cite(quoted, { ...evidence, passages: [reversed] });
  const where = placesOf(quoted, language, ctx.messages);
  const at = where ? m.at(where) : "";
  if (BOTH_WAYS.test(foldText(part.text))) {
    const answer = [lead(m.wentWay(saysWay(reversed.chunk.text, true), at)), ...quoteLines(quoted)].join("\n");
    return { question, answered: true, answer, language, mode: "extractive", citations: quoted, ...extras };
  }
  const text = [lead(m.otherWay(at)), ...quoteLines(quoted)].join("\n");
  return { ...noAnswer(question, language, "partial", text, quoted), ...extras };
}

/**
 * A thing asked to go up or down: the line of the profile (of the roles asked, if any) making it go that way when
 * the passages found don't ("has the ingestion time dropped?": AAA-Data's 13 h to 6 minutes), "nowhere" when no
 * line does ("Did he lower data quality?"), null when a passage found does, or no way is asked.
 */
function movedWhere(ctx: EngineContext, part: QuestionPart, evidence: PartEvidence, language: Language) {
  // (Of a yes or no asked: not "how did he speed up the processing?", whose passages say how.)
  const move = asksYesOrNo(part.text) ? askedMove(part.text) : null;
  if (!move) return null;
  const { rise, object, counted } = move;
  if (evidence.passages.some((p) => wentAskedWay(part.text, p.chunk.text) || wayOf(part, p, rise))) return null;
  // ("Did he reduce the use of EMR?": the line leaving it behind, "Decommissioning of EMR in favour of Databricks".)
  const away = counted && !rise ? movedAwayFrom(ctx, part, language) : null;
  if (away) return away;
  // (Not with a figure it doesn't give: "cut costs by 7M?" of "Reduction of costs…".)
  const figure = askedFigure(part.text)?.replace(/\s+/g, "");
  const gives = (c: Chunk) => !figure || foldText(c.text).replace(/\s+/g, "").includes(foldText(figure));
  const moved = directionLines(ctx, language, part.roles).find((c) => wentAskedWay(part.text, c.text) && gives(c));
  // (Of a measure only, "data quality", "costs", "the number of teams": not "cut over to Databricks", "grow the
  // platform to 160 teams", whose passages say more than a way.)
  // ("lower data quality": the word after "data" names the thing.)
  const then = new RegExp(String.raw`\b${object}\s+(?:of\s+|de\s+|d')?([a-z]+)`).exec(foldText(part.text))?.[1];
  // (Nor a count of a thing, "the number of DAGs", « l'utilisation de Spark », which no line moves either way.)
  const measured = MEASURED.test(object) || counted || (/^(data|donnees)$/.test(object) && MEASURED.test(then ?? ""));
  return moved ? quotedPassage(moved) : measured ? "nowhere" : null;
}

/**
 * An answer other than the verdict's: "Did the migration cause any service interruption?" against "…with no
 * service interruption" (no); "Did he write the DAGs by hand?" against "automatic generation of DAGs" (no, too);
 * "Did he build a recommendation engine?" of "build" alone (not mentioned).
 */
function turnedAside(ctx: EngineContext, input: ExtractiveInput, part: QuestionPart, evidence: PartEvidence) {
  const { question, understood, note, extras } = input;
  const { language } = understood;
  const { messages } = ctx;
  const m = messages[language];
  const lead = (text: string) => [note, text].filter(Boolean).join(" ");
  // (Or a "partly" lacking just that word: « c'est une école privée ? » against « École Publique ».)
  const lacksAlternative = () =>
    evidence.verdict === "partial" && evidence.uncovered.length === 1 && insteadOfAsked(ctx, part, evidence);
  const said = evidence.verdict === "yes" ? insteadOfAsked(ctx, part, evidence) : lacksAlternative() || null;
  const instead = said && (evidence.verdict === "yes" || foldText(evidence.uncovered[0]!) === said.asked) ? said : null;
  if (instead) {
    const quoted: Citation[] = [];
    cite(quoted, { ...evidence, passages: [instead.passage] });
    const where = placesOf(quoted, language, messages);
    const { said, asked } = instead.shown;
    const says = "other" in instead && instead.other ? m.saysOfOther : m.saysInstead;
    const text = [lead(says(said, asked, where ? m.at(where) : "")), ...quoteLines(quoted)];
    return { ...noAnswer(question, language, "partial", text.join("\n"), quoted), ...extras };
  }
  // ("Did he increase costs?" against "Reduction of costs": the other way round too.)
  const reversed =
    otherWayRound(ctx, part.text, language) ??
    (evidence.verdict === "yes" && evidence.passages[0] && wentOtherWay(part.text, evidence.passages[0].chunk.text)
      ? evidence.passages[0]
      : null) ??
    (evidence.verdict === "yes" ? wentOtherWayInProfile(ctx, part, evidence, language) : null);
  // ("did costs go down or up?": either way asked — the passage going the first way asked answers too.)
  const either = BOTH_WAYS.test(foldText(part.text)) && evidence.verdict === "yes";
  const went = reversed ?? (either ? evidence.passages.find((p) => wentAskedWay(part.text, p.chunk.text)) : undefined);
  if (went) return wentReversed(ctx, input, part, evidence, went);
  // ("Did he lower data quality?", "has the ingestion time dropped?": the way asked, said of that thing or not.)
  const moved = evidence.verdict !== "no" ? movedAnswer(ctx, input, part, evidence) : null;
  if (moved) return moved;
  const denial = evidence.verdict === "yes" ? deniedOrAutomated(ctx, part, evidence, language) : null;
  if (denial) {
    const quoted: Citation[] = [];
    cite(quoted, { ...evidence, passages: [denial.passage] });
    const where = placesOf(quoted, language, messages);
    const text = [lead(m[denial.verdict](where ? m.at(where) : "")), ...quoteLines(quoted)].join("\n");
    return { ...noAnswer(question, language, "partial", text, quoted), ...extras };
  }
  // ("build" found, what it is about not: no passage shown for it. Not of a figure: "200 teams?" is answered
  // with the profile's own.)
  // (Nor the employer named, "who built it at Decathlon?": where it is asked, not what.)
  const employer = (w: string) => part.words.some((x) => x.employer && x.word === foldText(w));
  const telling = evidence.uncovered.filter(
    (w) => /^\p{L}/u.test(w) && !ctx.index.lexicon.isEveryday(foldText(w), language) && !employer(w),
  );
  if (evidence.verdict !== "partial" || telling.length === 0 || !everydayOnlyFound(part, evidence)) return null;
  // (« combien de projets a-t-il réalisés ? »: no number of projects, which the profile names.)
  const counted = telling.length === 1 && isCounted(telling[0]!, part.text);
  const text = counted
    ? m.countNone(telling[0]!)
    : m.notMentioned(listWords(withModifier(telling, part), language, messages, "or"));
  return notInProfile(ctx, input, lead(text));
}

/** Whether the passage shown holds only verbs of making of the question ("build"), none of what it is about. */
function everydayOnlyFound(part: QuestionPart, evidence: PartEvidence): boolean {
  const shown = evidence.passages[0];
  if (!shown) return false;
  // (The employer asked aside: "at Decathlon" is where, not what was made.)
  const held = part.words.filter((w, i) => shown.matched[i] && !evidence.uncovered.includes(w.original) && !w.employer);
  return (
    !/\d/.test(part.text) &&
    held.length > 0 &&
    held.every((w) => MAKING_VERB.test(foldText(w.original)) && !w.key && !w.tech)
  );
}

/**
 * "Has he deployed ML models to production?": the passages of his work, not a training mission's project ("a model
 * that predicts the category of bars"), when his work holds any.
 */
function inProduction(ctx: EngineContext, part: QuestionPart, evidence: PartEvidence): PartEvidence {
  if (evidence.verdict !== "yes" || evidence.roles.length > 0 || !PRODUCTION_ASKED.test(foldText(part.text)))
    return evidence;
  const working = evidence.passages.filter((p) => ctx.vocabulary.roles.get(roleKeyOf(p.chunk))?.kind === "work");
  if (working.length === 0 || working.length === evidence.passages.length) return evidence;
  // (Only when his work holds every telling word the rest does: "the bars model" is the training's alone.)
  const telling = part.words.map((w) => !w.light && !w.absent);
  const held = (ps: RetrievedPassage[]) => telling.map((t, i) => t && ps.some((p) => p.matched[i]));
  const [all, work] = [held(evidence.passages), held(working)];
  return all.every((h, i) => !h || work[i]) ? { ...evidence, passages: working } : evidence;
}

/** Words of leaving a thing: "decommissioned", « décommissionné », « abandonné », "replaced". */
const LEAVING_WORD = /^(decommission|abandon|remplac|replac|migr|quitt|phas)/;
/** "Did he migrate off EMR?", « il a abandonné EMR ? »: whether a technology was left behind, asked. */
const AWAY_ASKED = new RegExp(
  // ("move workloads off EMR", not "pulling data off Google APIs": off, after a verb of moving.)
  String.raw`\b((?:migrat\w*|mov\w*|switch\w*|get|got|getting|take|took|bring|brought)\s+(?:[\w-]+\s+){0,3}?off|` +
    // (Not "a full replace mode", « en mode remplacement »: a way of loading, not a move; but « qui a remplacé ».)
    // (Not "far away from the platform": a distance.)
    String.raw`(?<!\b(?:far|miles|kilometres|kilometers|km) )away from|` +
    String.raw`(migrat\w*|mov\w*|switch\w*|transition\w*) from|` +
    String.raw`(?<!\b(?:full|complete|and|mode|en) )(?<!(?<!\b(?:qui|il|elle|on|ca|cela) )\ba )` +
    String.raw`(?:replac|remplac)\w*(?! (?:mode|ingestion|loads?)\b)|` +
    String.raw`decommission\w*|phas\w* out|get rid of|got rid of|sortir d[e']|sorti d[e']|quitt\w*|abandonn?\w*|` +
    String.raw`(migr\w*|migration|passe|passer|bascul\w*) (depuis|de|d')|decommissionn\w*)\b`,
);

/** What a size of data is asked of, in general: the data, its volume, the platform. */
const SIZED_THING = new RegExp(
  String.raw`^(data|donnees?|volumes?|volumetries?|platforms?|plateformes?|sizes?|tailles?|scale|echelle|large|big|` +
    String.raw`huge|gros|grosse|grande?|numbers?|chiffres?|figures?|days?|daily|jours?|quotidien\w*|today|now)$`,
);

/**
 * "How large is the data volume on his platform?" when the passages found give no size: the passages of the roles
 * asked (or of any) that give one — "processing 400 TB daily" — in the answer's language.
 */
function sizesGiven(ctx: EngineContext, part: QuestionPart, question: string, language: Language): RetrievedPassage[] {
  // (Not "what volume does the data he encrypts represent?", "how much data science…": a size of something else.)
  const said = part.words.filter((w) => !w.light && !w.employer);
  if (said.some((w) => !SIZED_THING.test(w.word)) || part.missing.length > 0) return [];
  const asked = (key: string, employer: string) =>
    part.roles.length === 0 || part.roles.includes(key) || part.roles.includes(employer);
  return [...ctx.vocabulary.roles.entries()]
    .filter(([key, role]) => asked(key, role.employer))
    .flatMap(([, role]) => role.chunks)
    .filter((c) => c.lang === language && givesDataSize(question, c.text))
    .slice(0, 2)
    .map(quotedPassage);
}

/**
 * The passages given, quoted as the answer: "Yes — …" with the one that leaves a tool behind ("Decommissioning of
 * EMR in favour of Databricks"), or the figures a size asked finds ("processing 400 TB daily").
 */
function quotedAsAnswer(ctx: EngineContext, input: ExtractiveInput, evidence: PartEvidence): Answer {
  const { question, understood, note, extras } = input;
  const { language } = understood;
  const quoted: Citation[] = [];
  cite(quoted, evidence);
  const plain = composeExtractiveAnswer(understood.text, quoted, language, ctx.messages).split("\n")[0]!;
  const answer = [[note, plain].filter(Boolean).join(" "), ...quoteLines(quoted)].join("\n");
  return { question, answered: true, answer, language, mode: "extractive", citations: quoted, ...extras };
}

/** A "yes" (or a part held but for its time) whose passages leave out what is asked: a figure, now, how long. */
function unsaidOfYes(
  ctx: EngineContext,
  input: ExtractiveInput,
  { part, evidence, citations }: { part: QuestionPart; evidence: PartEvidence; citations: Citation[] },
): Answer | null {
  const { question, understood, note, extras } = input;
  const { language } = understood;
  const m = ctx.messages[language];
  const lead = (text: string) => [note, text].filter(Boolean).join(" ");
  const quotes = quoteLines(citations);
  // "How much data per day at MAIF?" with no figure in the quotes: the profile gives none; what it says.
  const unsaid = evidence.roles.length === 0 && figureUnsaid(understood.text, citations);
  if (evidence.verdict === "yes" && unsaid && !rosterLine(evidence, language, ctx.messages, understood.text)) {
    const sized = sizesGiven(ctx, part, understood.text, language);
    if (sized.length > 0) return quotedAsAnswer(ctx, input, { ...evidence, passages: sized });
    const where = part.roles.length > 0 ? placesOf(citations, language, ctx.messages) : "";
    const said = [lead(m.figureUnsaid(where ? m.at(where) : "")), ...quotes].join("\n");
    return { ...noAnswer(question, language, "partial", said, citations), ...extras };
  }
  // "has he taught more than 200 students?", « il a formé plus de 200 élèves ? »: the school's own size ("which trains
  // 250 engineering students"), no count of his classes — a "partly" too ("not 'than students' with it").
  const inTeaching = (p: RetrievedPassage) => ctx.vocabulary.roles.get(roleKeyOf(p.chunk))?.kind === "teaching";
  if (evidence.verdict === "partial" && placeFigure(foldText(part.text), evidence.passages, inTeaching)) {
    const where = placesOf(citations, language, ctx.messages);
    const said = [lead(m.claimUnsaid.placeFigure(where ? m.at(where) : "")), ...quotes].join("\n");
    return { ...noAnswer(question, language, "partial", said, citations), ...extras };
  }
  // "is he still using Snowflake?", « en ce moment il fait du Snowflake ? »: used in roles that have ended only.
  // (Not of a role named: "did he still use Jenkins at MAIF?", « il travaillait toujours avec Jenkins à la MAIF ? ».)
  if (evidence.verdict === "yes" && part.roles.length === 0 && endedOnly(ctx, evidence, understood.text)) {
    // ("is he still a data trainer?": passages of roles that have ended, where they are.)
    const uses =
      evidence.roles.length > 0 ? usesOf(ctx, evidence, language) : placesOf(citations, language, ctx.messages);
    // ("Is he currently a trainer?": not with that title; he teaches now, at EPISEN — said, with its heading.)
    const teaching = TEACHING_QUESTION.test(foldText(understood.text)) ? teachingNow(ctx, citations, language) : [];
    const now = teaching.length > 0 ? ` ${m.teachesNow(placesOf(teaching, language, ctx.messages))}` : "";
    const said = [lead(m.skillNotNow(subjectOf(part, ctx), uses) + now), ...quotes, ...quoteLines(teaching)];
    const cited = [...citations, ...teaching];
    return { ...noAnswer(question, language, "partial", said.join("\n"), cited), ...extras };
  }
  const scoped = evidence.verdict === "yes" ? outOfScope(ctx, input, { part, evidence, citations }) : null;
  if (scoped) return scoped;
  const claimed = claimedPractice(ctx, { part, evidence, citations }, understood.text, language);
  if (claimed)
    return { ...noAnswer(question, language, "partial", [lead(claimed), ...quotes].join("\n"), citations), ...extras };
  const practice = practiceTime(ctx, { part, evidence, citations }, understood.text, language);
  if (practice) return practiced({ question, language, citations, extras }, [lead(practice), ...quotes]);
  // "how long did the Snowflake migration take?": the thing is said, its length is not; the role's dates are.
  // (Asked in this message, not glued from an earlier one; and no quote giving a length: "2-week sprints", "13h".)
  if (thingTook(evidence, question) && !citations.some((c) => LENGTH_GIVEN.test(c.text))) {
    const said = [lead(m.tookUnsaidAt(placesOf(citations, language, ctx.messages))), ...quotes];
    return { ...noAnswer(question, language, "partial", said.join("\n"), citations), ...extras };
  }
  return null;
}

/** The extractive answer to a one-part question: a verdict sentence, then the quotes. */
function extractiveOne(ctx: EngineContext, input: ExtractiveInput, judged: JudgedPart): Answer {
  const { question, understood, note, extras } = input;
  const { language } = understood;
  const { part } = judged;
  const found = currentTeams(inProduction(ctx, part, inAskersLanguage(judged.evidence, language)), understood.text);
  const evidence = whyOfRole(ctx, lengthGiven(found), understood.text, language);
  const m = ctx.messages[language];
  const citations: Citation[] = [];
  cite(citations, evidence);
  const lead = (text: string) => [note, text].filter(Boolean).join(" ");
  const quotes = quoteLines(citations);
  const turned = stoppedUsing(ctx, input, part, evidence) ?? turnedAside(ctx, input, part, evidence);
  if (turned) return turned;
  const qualified = evidence.verdict === "yes" ? qualifiedYes(ctx, input, part, evidence, citations) : null;
  if (qualified) return qualified;
  const unsaid = unsaidOfYes(ctx, input, { part, evidence, citations });
  if (unsaid) return unsaid;
  if (evidence.verdict === "yes") {
    const verdict = yesVerdict(ctx, part, evidence, understood.text, citations, language);
    // ("…in other words than “downtime”.": the passage means it, the asker's words aren't its own.)
    const reworded = evidence.reworded?.length
      ? m.reworded(listWords(evidence.reworded, language, ctx.messages, "or"))
      : "";
    const worded = reworded ? verdict.replace(/\s*([.:])\s*$/, ` (${reworded})$1`) : verdict;
    const said = [lead(worded), ...quotes].join("\n");
    // Taught, not used in a role, to "Has he used Kafka?": part of it, which the answer object says too.
    if (
      taughtNotUsed(ctx, evidence, understood.text, question) &&
      !(askedOfTeaching(ctx, part) && usedInWork(ctx, subjectOf(part, ctx)))
    )
      return { ...noAnswer(question, language, "partial", withoutYes(said), citations), ...extras };
    // "He's a Kafka expert then?": where he has it, and no "yes" to how expert (see LEVEL_ASKED).
    const level = LEVEL_ASKED.test(foldText(question)) && !said.includes(m.levelUnrated);
    const plain = yesWithheld(ctx, evidence, question, understood.text) || level ? withoutYes(said) : said;
    const answer = level ? plain.replace(/^([^\n]*?)\s*$/m, `$1 ${m.levelUnrated}`) : plain;
    // "Which Spark version?": what is asked, the CV never gives (where it was used is said with it).
    if (evidence.roles.length > 0 && toolVersionAsked(question))
      return { ...noAnswer(question, language, "partial", answer, citations), ...extras };
    return { question, answered: true, answer, language, mode: "extractive", citations, ...extras };
  }
  if (evidence.verdict === "partial" && evidence.passages.length > 0) {
    // (A notion it doesn't hold, with nothing to show of it: "supply chain" is no pipeline.)
    const words = partialWords(ctx, part, evidence);
    if (words.notion)
      return notInProfile(ctx, input, lead(m.notMentioned(listWords([words.notion], language, ctx.messages))));
    const text = partialLine(ctx, { part, evidence, words }, language);
    return { ...noAnswer(question, language, "partial", [lead(text), ...quotes].join("\n"), citations), ...extras };
  }
  // "Data modelling?": what it lacks, when nothing telling of it was found; « combien de projets ? »: no number
  // of them, which the profile names (not « projets » unsaid).
  const counted = evidence.uncovered.length === 1 && isCounted(evidence.uncovered[0]!, part.text);
  if (counted) return notInProfile(ctx, input, lead(m.countNone(evidence.uncovered[0]!)), judged.shown);
  const lacking =
    evidence.uncovered.length > 0
      ? m.notMentioned(listWords(withModifier(evidence.uncovered, part), language, ctx.messages, "or"))
      : "";
  const text = notAtRoleAsked(ctx, part, evidence, language) ?? (lacking || notMentioned(ctx, part, language));
  return notInProfile(ctx, input, lead(text), judged.shown);
}

/**
 * « du big data chez Decathlon ? », "data science at Pernod Ricard?": words the profile writes, but not at the
 * employer asked — said of there, not as words the profile lacks.
 */
function notAtRoleAsked(ctx: EngineContext, part: QuestionPart, evidence: PartEvidence, language: Language) {
  const employers = part.roles.flatMap((r) => ctx.vocabulary.roles.get(r)?.employer ?? []);
  const { uncovered } = evidence;
  if (employers.length === 0 || uncovered.length === 0) return null;
  if (!uncovered.every((w) => ctx.vocabulary.display.has(foldText(w)))) return null;
  const asked = part.words.filter((w) => !w.employer && !w.light).map((w) => w.original);
  const m = ctx.messages[language];
  const term = listWords([asked.join(" ")], language, ctx.messages);
  // Where it is said, as asked together: "…mentions “big data” at EPISEN, but not at Decathlon."
  const phrase = foldText(asked.join(" "));
  const holding = [...ctx.vocabulary.roles.values()].filter(
    (r) => !part.roles.includes(r.key) && r.chunks.some((c) => foldText(c.text).includes(phrase)),
  );
  if (holding.length > 0)
    return m.partialElsewhere(term, m.at(holding.map((r) => r.employer).join(", ")), employers.join(", "));
  return m.partialNone(m.at(employers.join(", ")), term);
}

/** "currently", "still", « en ce moment », « encore »: asked of now. */
const NOW_ASKED = new RegExp(
  String.raw`\b(currently|right now|these days|nowadays|at the moment|still|now|actuellement|en ce moment|` +
    // "any ML work recently?", « récemment ? »: of the roles going on, as "now" is.
    String.raw`recently|lately|recemment|dernierement|recente?s?(?=\s*\?*$)|` +
    // (« il est toujours formateur ? » is "still"; « il a toujours été… », « il travaillait toujours… », "always".)
    String.raw`maintenant|encore)\b|(?<!\b(?:a|as|avait|ont|avaient|[a-z]+ait|[a-z]+aient) )\btoujours\b` +
    String.raw`(?! (ete|eu|fait|travaille|bosse))|` +
    // "is Snowflake in his current stack?", « dans sa stack actuelle ? »: of now, said of his tools.
    String.raw`\b(current|present|today'?s) (tech )?(stack|toolset|toolkit|tools|technologies|setup)\b|` +
    String.raw`\b(stack|outils|technos?|technologies)( technique)? (actuel|actuelle|actuels|actuelles|du moment)\b`,
);
/** "until now", "so far", « jusqu'à maintenant », a leading "Now, …": no question of now. */
// ("Still on the ML side, has he…?", « toujours sur le sujet du ML, … »: the conversation's topic, not now.)
const NOT_NOW = new RegExp(
  String.raw`\b(until|up to|till|to date|so far|jusqu'(a|à)|jusqu'ici)( now| maintenant)?\b|^\s*(now|maintenant),|` +
    String.raw`\b(still|toujours|encore) (on|sur) (the |le |la )?[\p{L}-]+ (side|topic|subject|front|sujet|cote)\b|` +
    String.raw`\b(still|toujours|encore) (about|regarding|concerning|concernant|a propos)\b`,
  "gu",
);

/**
 * A "yes" whose roles miss the scope asked: "Snowflake in all his jobs?" (AAA-Data only), "Snowflake in the last 2
 * years?" (until May 2021), "was he mentoring juniors in 2022?" (at AAA-Data, until May 2021): where it is said.
 */
function outOfScope(
  ctx: EngineContext,
  { question, understood, note, extras }: ExtractiveInput,
  { part, evidence, citations }: { part: QuestionPart; evidence: PartEvidence; citations: Citation[] },
): Answer | null {
  const { language } = understood;
  const m = ctx.messages[language];
  const roles =
    evidence.roles.length > 0
      ? evidence.roles.map((r) => r.role)
      : // (The owner's FAQ, of no role, says when in its own words: "At AAA-Data (January 2020 – May 2021)…".)
        evidence.passages
          .filter((p) => p.chunk.kind !== "faq")
          .map((p) => ctx.vocabulary.roles.get(roleKeyOf(p.chunk)));
  const found = roles.filter((r): r is RoleInfo => !!r);
  if (found.length === 0) return null;
  const now = ctx.profileContext.now();
  // ("Has he taught before 2022?": every role of teaching or training weighed, not only the ones quoted.)
  const teaching = TEACHING_QUESTION.test(foldText(understood.text)) && found.every((r) => r.kind !== "work");
  // ("has he done machine learning in recent years?": done at work, not taught at EPISEN, unless teaching is asked.)
  const done = TEACHING_QUESTION.test(foldText(understood.text)) ? [] : found.filter((r) => r.kind !== "teaching");
  const held = teaching
    ? [...ctx.vocabulary.roles.values()].filter((r) => r.kind !== "work")
    : done.length > 0
      ? done
      : found;
  // (Of a role named, "during the last year at AAA-Data", the window is that role's, not today's: not weighed.)
  const window = part.roles.length > 0 ? null : windowAsked(understood.text, now);
  // ("known since 2019?": begun by then, whether used since or not; "used since 2019?": used from then on.)
  const known =
    window?.since === true &&
    KNOWING.test(foldText(understood.text).replace(/\b(?:(?:do|did) you know|you know|vous savez|tu sais)\b/g, " "));
  // (Of roles only: an FAQ entry or a summary says nothing of when.)
  const missed =
    window && (teaching || found.length === roles.length)
      ? known
        ? !begunBy(held, window, now)
        : held.every((r) => !roleInWindow(r, window, now)) || (window.since === true && !heldSince(held, window, now))
      : false;
  const leftOut = !window && everyRoleAsked(understood.text) && rolesLeftOut(held, ctx.vocabulary.roles.values());
  // ("Did he teach before 2020?": yes, by a role the passages didn't quote — Pernod Ricard's, not EPISEN's.)
  const inWindow = window && teaching && !missed ? held.filter((r) => roleInWindow(r, window, now)) : [];
  if (inWindow.length > 0 && !found.some((r) => inWindow.includes(r))) {
    const heads = inWindow.flatMap((r) => r.chunks.find((c) => c.kind === "role" && c.lang === language) ?? []);
    const cited = heads.map((c) => citeChunk(c));
    const said = m.yes(m.at(placesOf(cited, language, ctx.messages)));
    const answer = [[note, said].filter(Boolean).join(" "), ...quoteLines(cited)].join("\n");
    return { question, answered: true, answer, language, mode: "extractive", citations: cited, ...extras };
  }
  if (!missed && !(leftOut && leftOut.length > 0)) return null;
  const where = placesOf(citations, language, ctx.messages);
  const skill = evidence.roles.length > 0 ? usesOf(ctx, evidence, language) : null;
  const subject = subjectOf(part, ctx);
  const said = skill ? m.subjectSays(subject, skill) : m.saidAt(where ? m.at(where) : "");
  const line = window ? m.notInWindow(window.said, said) : m.notEveryRole(said);
  const text = [[note, line].filter(Boolean).join(" "), ...quoteLines(citations)].join("\n");
  return { ...noAnswer(question, language, "partial", text, citations), ...extras };
}

/** A skill asked of now ("still using Snowflake?") whose roles have all ended. */
function endedOnly(ctx: EngineContext, evidence: PartEvidence, question: string): boolean {
  const asked = NOW_ASKED.test(foldText(question).replace(NOT_NOW, " "));
  if (!asked) return false;
  if (evidence.roles.length > 0) return evidence.roles.every((r) => r.role.period?.end);
  // (No skill's roles: the roles of the passages quoted, "is he still a data trainer?" — none of them going on.)
  // (The owner's FAQ, of no role, aside.)
  const roles = evidence.passages
    .filter((p) => p.chunk.kind !== "faq")
    .map((p) => ctx.vocabulary.roles.get(roleKeyOf(p.chunk)));
  // ("is he still doing machine learning?": done at work, not taught at EPISEN, which goes on; unless teaching is
  // what is asked, "is he still teaching machine learning?".)
  const worked = TEACHING_QUESTION.test(foldText(question)) ? [] : roles.filter((r) => r?.kind !== "teaching");
  const weighed = worked.length > 0 ? worked : roles;
  return weighed.length > 0 && weighed.every((r) => r?.period?.end);
}

/** The headings of teaching roles going on that no citation is of yet ("is he still a trainer?": EPISEN). */
function teachingNow(ctx: EngineContext, citations: Citation[], language: Language): Citation[] {
  const roles = [...ctx.vocabulary.roles.values()].filter((r) => r.kind === "teaching" && r.period?.current);
  const cited = new Set(citations.map((c) => c.section.split(" › ")[0]));
  return roles
    .flatMap((r) => r.chunks.find((c) => c.kind === "role" && c.lang === language) ?? [])
    .map((c) => citeChunk(c))
    .filter((c) => !cited.has(c.section.split(" › ")[0]));
}

/** The first line of a "yes": where the skill is used, taught, or what the passages say, and where. */
function yesVerdict(
  ctx: EngineContext,
  part: QuestionPart,
  evidence: PartEvidence,
  question: string,
  citations: Citation[],
  language: Language,
): string {
  const { messages } = ctx;
  // "which ones?" asks for the passages, not whether: "Here is what the profile says…", not "Yes —".
  const plain = composeExtractiveAnswer(
    question,
    citations,
    language,
    messages,
    part.details,
    placesByUse(ctx, evidence, question, language),
  ).split("\n")[0]!;
  if (evidence.roles.length > 0) return skillLine(ctx, subjectOf(part, ctx), evidence, language, { q: question, part });
  if (taughtOnly(ctx, evidence, question)) return plain.replace(/\s*[.:]\s*$/, `${messages[language].taughtOnly}.`);
  return rosterLine(evidence, language, messages, question) ?? plain;
}

/** "Has he done real-time streaming?": what the profile shows of it (taught), without a "Yes" before it. */
function yesWithheld(ctx: EngineContext, evidence: PartEvidence, question: string, understood: string): boolean {
  return doneAsked(question, understood) && taughtOnlyHere(ctx, evidence, understood);
}

/** "The profile doesn't mention “Vault”." and what it shows of the rest of the question, quoted, with no "yes". */
function notInProfile(ctx: EngineContext, input: ExtractiveInput, text: string, shownBeside?: PartEvidence): Answer {
  const { question, extras } = input;
  const { language } = input.understood;
  if (!shownBeside) return { ...noAnswer(question, language, "not_in_profile", text), ...extras };
  const m = ctx.messages[language];
  const shown: Citation[] = [];
  cite(shown, inAskersLanguage(shownBeside, language));
  const where = placesOf(shown, language, ctx.messages);
  const said = [`${text} ${m.shownBeside(where ? m.at(where) : "")}`, ...quoteLines(shown)].join("\n");
  return { ...noAnswer(question, language, "not_in_profile", said, shown), ...extras };
}

/**
 * The words found as the asker hyphenated them: "event-driven", not "“event” and “driven”"; a half found alone
 * ("end" of "front-end", in "end-to-end") is no word of the question's found.
 */
function hyphenPairs(found: string[], text: string): string[] {
  const pairs = hyphenated(text);
  const out: string[] = [];
  for (const w of found) {
    const pair = pairs.find(([a, b]) => a === w || b === w);
    if (!pair) out.push(w);
    else if (found.includes(pair[0]) && found.includes(pair[1])) {
      if (w === pair[0]) out.push(`${pair[0]}-${pair[1]}`);
    }
  }
  return out;
}

/** The words lacked as the asker wrote them: "front-end", not "front". */
function wholeHyphened(lacking: string[], text: string): string[] {
  const pairs = hyphenated(text);
  return [...new Set(lacking.map((w) => pairs.find(([a, b]) => a === w || b === w)?.join("-") ?? w))];
}

/** The hyphenated pairs of words a question holds: "event-driven" → ["event", "driven"]. */
function hyphenated(text: string): (readonly [string, string])[] {
  // (Not French's inverted verb: « forme-t-il » is « forme », then its grammar, "-t-il": no pair of words.)
  const inverted = /-t-(?:il|elle|on)\b/gu;
  return [...text.replace(inverted, " ").matchAll(/([\p{L}\p{N}]+)-([\p{L}\p{N}]+)/gu)].map(
    (m) => [m[1]!, m[2]!] as const,
  );
}

/**
 * "3000 tables?" against "2,000 tables ingested daily": the figure the profile gives, in place of the one asked
 * (each passage that gives one, numbered: "10 h [1] and 10 h [2]"); « …c'est 10M€ par an ? » against « licence
 * ANTS 7M€/an »: the figure lacking with its unit, beside words that name nothing (« chiffre », not "Kafka").
 */
function figureInstead(
  part: QuestionPart,
  evidence: PartEvidence,
  lacking: string[],
  language: Language,
  messages: MessagesByLanguage,
): { given: string; asked: string } | null {
  const givens =
    lacking.length === 1 ? evidence.passages.map((p) => figureGiven(lacking[0]!, p.chunk.text, part.text)) : [];
  if (givens[0]) {
    const all = givens.length > 1 && givens.every(Boolean);
    const given = all ? listGiven(givens as string[], language, messages) : givens[0];
    return { given, asked: writtenAs(lacking[0]!, part.text) };
  }
  const number = lacking.find((w) => /^\d/.test(w));
  const figure = number ? askedFigure(part.text, number) : null;
  const naming = (w: string) =>
    part.missing.includes(w) || part.words.some((x) => x.original === w && (x.key || x.tech));
  if (!figure || lacking.some((w) => !/^\d/.test(w) && naming(w))) return null;
  const said = figureGiven(figure, evidence.passages[0]!.chunk.text, part.text);
  return said ? { given: said, asked: figure } : null;
}

/** "10 h [1] and 10 h [2]": figures given by the quoted passages, each with its number. */
function listGiven(givens: string[], language: Language, messages: MessagesByLanguage): string {
  const numbered = givens.map((g, i) => `${g} [${i + 1}]`);
  return `${numbered.slice(0, -1).join(", ")}${messages[language].and}${numbered[numbered.length - 1]}`;
}

/**
 * The words a passage shows of a part, employers aside unless they are all it shows; none when that is only the
 * employer asked, and something is lacking: "did he teach Snowflake at EPISEN?" doesn't mention Snowflake at
 * EPISEN (not "mentions “EPISEN” at EPISEN").
 */
function shownWords(held: QuestionPart["words"], lacking: string[]): string[] {
  const others = held.filter((w) => !w.employer);
  if (others.length === 0 && lacking.length > 0) return [];
  return (others.length > 0 ? others : held).map((w) => w.original);
}

/** A name of several words said as one: "Unity Catalog", not "“Unity” and “Catalog”". */
function namesWhole(found: string[], part: QuestionPart): string[] {
  let out = found;
  for (const tech of part.technologies) {
    if (tech.tokens.length < 2) continue;
    const at = out.map((w) => foldText(w));
    if (!tech.tokens.every((t) => at.includes(t))) continue;
    const first = at.indexOf(tech.tokens[0]!);
    out = out.filter((w) => !tech.tokens.includes(foldText(w)));
    out.splice(Math.min(first, out.length), 0, tech.name);
  }
  return out;
}

/**
 * The words of a part a passage holds, to show: as written (`holds`), but not a verb of making alone when it holds
 * the thing by another name: "Set-up of a Role Based Access Control policy" shows "RBAC", not "set".
 */
function heldShown(part: QuestionPart, evidence: PartEvidence, holds: (i: number) => boolean | undefined) {
  const shown = evidence.passages[0]!;
  const kept = (w: QuestionPart["words"][number]) => !evidence.uncovered.includes(w.original);
  const held = part.words.filter((w, i) => holds(i) && kept(w));
  const making = (w: QuestionPart["words"][number]) => MAKING_VERB.test(foldText(w.original));
  if (!held.some(making) || !held.every((w) => making(w) || w.employer)) return held;
  const thing = part.words.filter((w, i) => shown.matched[i] && kept(w) && !making(w) && !w.employer && !w.light);
  return thing.length > 0 ? [...thing, ...held.filter((w) => w.employer)] : held;
}

/** What the first passage of a part the profile doesn't fully hold shows of it, and what it lacks. */
function partialWords(ctx: EngineContext, part: QuestionPart, evidence: PartEvidence) {
  const shown = evidence.passages[0]!;
  // (The words it holds as written, when it holds any so: « temps réel » is not said, though streaming is.)
  const exactly = shown.exact.some((e, k) => e && shown.matched[k]);
  const holds = (i: number) => (exactly ? shown.exact[i] : shown.matched[i]);
  const held = heldShown(part, evidence, holds);
  // The words it lacks: those the passage doesn't hold, or else the dictionary words the profile lacks
  // ("weather" of "weather data"); with none to name, say the question may mean something else.
  const absent = [...part.words.filter((w) => w.absent).map((w) => w.original), ...part.unknown.map((w) => w.word)];
  const lacking = wholeHyphened(evidence.uncovered.length > 0 ? evidence.uncovered : [...new Set(absent)], part.text);
  // ("set" of "set up": the verb as asked.)
  const phrasal = (w: string) => (/^set$/i.test(w) && /\bset[- ]up\b/i.test(part.text) ? `${w} up` : w);
  const found = namesWhole(hyphenPairs(shownWords(held, lacking), part.text), part).map(phrasal);
  // "Jenkins at Decathlon?": held at other employers, not at the one asked about.
  const employers = [...ctx.vocabulary.roles.values()].map((r) => r.employer);
  const elsewhere = lacking.length > 0 && lacking.every((w) => employers.includes(w));
  // "supply chain?": one word of a two-word notion held only through its sense, the other unsaid: no such thing.
  const notion = !exactly && !elsewhere ? notionUnsaid(part, found, lacking) : null;
  return { shown, exactly, lacking, found, elsewhere, notion };
}

/**
 * The items a passage lists after the word counted: "several ingestion modes: - FULL: … - DIFF: … - APPEND: …" →
 * FULL, DIFF, APPEND; null unless it lists two or more, each named before its colon.
 */
function listedAfter(text: string, counted: string, language: Language): string[] | null {
  const stem = stemWord(foldText(counted), language);
  // (« modes d'ingestion : », the noun's complement before the colon.)
  const at = foldText(text).search(new RegExp(String.raw`\b${literal(stem)}\w*(?:\s+[\w']+){0,2}\s*:`));
  if (at < 0) return null;
  const items = [...text.slice(at).matchAll(/(?:^|\s)-\s+([^:-]{1,30}?)\s*:/gu)].map((x) => x[1]!.trim());
  return items.length >= 2 ? items : null;
}

/** What the profile shows of a part it doesn't fully hold, and what it lacks: "…mentions X at Y, but not Z". */
function partialLine(
  ctx: EngineContext,
  { part, evidence, words }: { part: QuestionPart; evidence: PartEvidence; words: ReturnType<typeof partialWords> },
  language: Language,
): string {
  const { messages } = ctx;
  const m = messages[language];
  const { shown, exactly, lacking, found, elsewhere } = words;
  const where = placesOf([toCitation(shown)], language, messages);
  // Every role that holds it: "at Decathlon, since May 2021; AAA-Data, …, but not at MAIF".
  // (Said as the asker wrote it together, "team coordination", only the roles holding all of it.)
  const together = elsewhere ? writtenTogether(part, shown) : null;
  const holdsAll = (p: RetrievedPassage) =>
    part.words.every((w, i) => w.employer || w.light || !shown.matched[i] || p.matched[i]);
  const everyCited = evidence.passages.filter((p) => !together || holdsAll(p)).map((p) => toCitation(p));
  const everywhere = elsewhere ? placesOf(everyCited, language, messages) : where;
  const instead = figureInstead(part, evidence, lacking, language, messages);
  if (instead) return m.figureGiven(instead.given, where ? m.at(where) : "", instead.asked);
  // "how many projects at MAIF?", none counted: no number of them, not "projects" unsaid (where, if a role is asked).
  if (lacking.length === 1 && isCounted(lacking[0]!, part.text)) {
    // ("how many ingestion modes?": the passage lists them, "modes: - FULL: … - DIFF: … - APPEND: …".)
    const items = listedAfter(shown.chunk.text, lacking[0]!, language);
    if (items) return m.countListed(items.length, lacking[0]!, where ? m.at(where) : "", items.join(", "));
    return m.countUnsaid(lacking[0]!, where && part.roles.length > 0 ? m.at(where) : "");
  }
  // (None of its words as written, only words of the same sense: "real-time" of "event-driven streaming".)
  const at = where ? m.at(where) : "";
  const close = listWords(found, language, messages);
  if (!exactly && found.length > 0 && !elsewhere)
    return lacking.length > 0
      ? m.partialClose(close, at, listWords(lacking, language, messages, "or"))
      : m.partialCloseUnclear(close, at);
  // ("…ingestion from 13h to 6 minutes at Decathlon?": what it says, not a list of the question's words.)
  const told = (together ?? found).length >= 3 && found.filter((w) => !/^\d+$/.test(w)).length >= 2;
  // ("dashboards at Decathlon?": "data visualisation" at Pernod Ricard, close to it, not the word itself.)
  if (!exactly && found.length > 0 && elsewhere && !told)
    return m.partialCloseElsewhere(close, everywhere ? m.at(everywhere) : "", lacking.join(", "));
  if (found.length > 0 && elsewhere && told)
    return m.saidElsewhere(everywhere ? m.at(everywhere) : "", lacking.join(", "));
  // ("Who were AAA-Data's customers?", found only in other words elsewhere: not at the employer asked.)
  const asked = part.words.filter((w) => !w.employer && !w.light).map((w) => w.original);
  if (found.length === 0 && elsewhere && asked.length > 0)
    return m.partialNone(m.at(lacking.join(", ")), listWords(asked, language, messages, "or"));
  return found.length > 0 && elsewhere
    ? m.partialElsewhere(
        listWords(together ?? found, language, messages),
        everywhere ? m.at(everywhere) : "",
        lacking.join(", "),
      )
    : found.length === 0
      ? // (Where only when a role is asked: "front-end skills?" is not "not … at Pernod Ricard".)
        m.partialNone(where && part.roles.length > 0 ? m.at(where) : "", listWords(lacking, language, messages, "or"))
      : lacking.length > 0
        ? m.partial(
            listWords(found, language, messages),
            where ? m.at(where) : "",
            listWords(lacking, language, messages, "or"),
          )
        : m.partialUnclear(listWords(found, language, messages), where ? m.at(where) : "");
}

/**
 * "supply chain", « chaîne logistique »: two plain words side by side, one held through a synonym only ("pipelines"
 * for "chain"), the other nowhere: the notion as the asker wrote it, which the profile doesn't hold; else null.
 */
function notionUnsaid(part: QuestionPart, found: string[], lacking: string[]): string | null {
  const words = part.words.filter((w) => !w.employer && !w.light);
  if (found.length !== 1 || lacking.length !== 1 || words.length !== 2 || words.some((w) => w.key || w.tech))
    return null;
  const asked = words.map((w) => w.original);
  if (!asked.includes(found[0]!) || !asked.includes(lacking[0]!)) return null;
  // (Unsaid anywhere in the profile: "processing" of "real-time processing" is said, of other things.)
  const nowhere = (w: string) =>
    part.unknown.some((u) => u.word === w) || part.words.some((x) => x.original === w && x.absent);
  if (!nowhere(lacking[0]!)) return null;
  // (Nor a word the profile may write in its other spelling: "optimization" is its « optimisation », no synonym.)
  if (/iz|yz/.test(foldText(found[0]!))) return null;
  const [a, b] = asked.map((w) => literal(w));
  // (A short word between them allowed: « chaîne d'approvisionnement ».)
  const pair = (x: string, y: string) => String.raw`${x}(?:\W+\p{L}+)?\W+${y}`;
  const written = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${pair(a!, b!)}|${pair(b!, a!)})(?![\p{L}\p{N}])`, "iu");
  return part.text.match(written)?.[0] ?? null;
}

/**
 * The words held, as the asker wrote them together: "access control", « données personnelles » (a short word
 * between them allowed); null when they don't stand together.
 */
function writtenTogether(part: QuestionPart, shown: RetrievedPassage): string[] | null {
  const asked = part.words.filter((w) => !w.employer && !w.light);
  // (Not the verb asked: "did he lead the Snowflake migration?" is not what "…the French leader…" says.)
  const verb = /\b(?:he|she|il|elle)\s+(\p{L}+)/iu.exec(part.text)?.[1];
  const found = asked.filter((w) => shown.matched[part.words.indexOf(w)] && w.original !== verb).map((w) => w.original);
  if (found.length < 2) return null;
  const gap = String.raw`[\s'’-]+(?:\p{L}{1,3}[\s'’]+)?`;
  const inOrder = [...found].sort((a, b) => part.text.indexOf(a) - part.text.indexOf(b));
  const span = new RegExp(inOrder.map(literal).join(gap), "u").exec(part.text)?.[0];
  return span ? [span] : null;
}

/**
 * The owner's FAQ is written in English: in a French answer, the CV's own passages (in French) are quoted
 * first, the FAQ's after them. The verdict is the same.
 */
function inAskersLanguage(evidence: PartEvidence, language: Language): PartEvidence {
  if (language === "en" || evidence.verdict !== "yes") return evidence;
  const faq = evidence.passages.filter((p) => p.chunk.kind === "faq");
  if (faq.length === 0 || faq.length === evidence.passages.length) return evidence;
  return { ...evidence, passages: [...evidence.passages.filter((p) => p.chunk.kind !== "faq"), ...faq] };
}

/** A part's line for a thing he worked with that the question asks him to have built: partly, not "yes". */
function usedNotMade(parts: AnswerPart[], x: { subject: string; numbers: number[]; line: string }): string {
  parts.push({ subject: x.subject, verdict: "partial", citations: x.numbers });
  return x.line.trim();
}

/** The extractive answer to a question of several parts: one verdict per part, then the quotes. */
function extractiveParts(ctx: EngineContext, input: ExtractiveInput, judged: JudgedPart[]): Answer {
  const { question, note, extras } = input;
  const { language } = input.understood;
  const { messages } = ctx;
  const m = messages[language];
  const [citations, parts]: [Citation[], AnswerPart[]] = [[], []];
  // "Which versions of Spark and Airflow?": the versions asked, which the CV never gives; where each was used.
  const versions = toolVersionAsked(question) && judged.some((j) => j.evidence.roles.length > 0);
  const lines = thingsAsked(judged).map(({ part, evidence }) => {
    const subject = subjectOf(part, ctx);
    const numbers = cite(citations, evidence);
    const refs = numbers.map((n) => `[${n}]`).join("");
    if (evidence.verdict === "yes" && onlyTaughtRoles(evidence, part.text)) {
      parts.push({ subject, verdict: USE_ASKED.test(foldText(question)) ? "partial" : "yes", citations: numbers });
      return `${m.partTaughtOnly(subject, usesOf(ctx, evidence, language))} ${refs}`.trim();
    }
    // ("What did he migrate to Snowflake? Was there downtime?": "with no service interruption" says no.)
    const denied = evidence.verdict === "yes" && evidence.roles.length === 0 ? deniedIn(ctx, part, evidence) : null;
    if (denied) {
      parts.push({ subject, verdict: "partial", citations: numbers });
      return `${m.partDenied(subject, m.at(placesOf([toCitation(denied)], language, messages)))} ${refs}`.trim();
    }
    if (evidence.verdict === "yes") {
      const places = placesOf(evidence.passages.map(toCitation), language, messages);
      const taught = evidence.roles.length === 0 && taughtOnly(ctx, evidence, part.text);
      // "has he worked on real-time streaming, and Flink?": only in his teaching is no "yes" to his own work (asked
      // only whether he knows it, the teaching says yes, as for a skill's roles above).
      const notHis = taught && (USE_ASKED.test(foldText(question)) || doneAsked(question, part.text));
      // ("API dev?" of an API he scraped through: worked with, not built.)
      const made = !notHis && unsaidClaim(part, evidence.passages, techTokensOf(ctx)) === "created";
      if (made) return usedNotMade(parts, { subject, numbers, line: `${m.partUsedNotMade(subject, places)} ${refs}` });
      parts.push({ subject, verdict: notHis ? "partial" : "yes", citations: numbers });
      const where =
        evidence.roles.length > 0
          ? usesOf(ctx, evidence, language)
          : taught
            ? `${places}${m.taughtOnly}`
            : (placesByUse(ctx, evidence, part.text, language) ?? places);
      return `${(notHis || versions ? m.partTaught : m.partYes)(subject, where)} ${refs}`.trim();
    }
    if (evidence.verdict === "partial") {
      parts.push({ subject, verdict: "partial", citations: numbers });
      // "Docker and Jenkins at Decathlon?": not there, and where the profile has them.
      const asked = part.roles.map((k) => ctx.vocabulary.roles.get(k)?.employer ?? k);
      if (asked.length > 0 && evidence.uncovered.every((u) => asked.includes(u))) {
        const where = placesOf(evidence.passages.map(toCitation), language, messages);
        return `${m.partElsewhere(subject, asked.join(", "), where)} ${refs}`.trim();
      }
      return `${m.partPartial(subject, listWords(evidence.uncovered, language, messages, "or"))} ${refs}`.trim();
    }
    return absentPartLine(ctx, part, { subject, citations, parts }, language);
  });
  if (versions) parts.forEach((p) => p.verdict === "yes" && Object.assign(p, { verdict: "partial" }));
  const lead = [note, versions ? m.versionUnsaid : "", [...new Set(lines)].join(" · ")].filter(Boolean).join(" ");
  return { ...partsAnswer(question, language, { lead, citations, parts }), ...extras };
}

/** A reply of several parts: answered when one part is a "yes"; its lead line, then the quotes. */
function partsAnswer(
  question: string,
  language: Language,
  { lead, citations, parts }: { lead: string; citations: Citation[]; parts: AnswerPart[] },
): Answer {
  const text = [lead, ...quoteLines(citations)].join("\n");
  const kind = parts.some((p) => p.verdict === "partial") ? "partial" : "not_in_profile";
  const base: Answer = parts.some((p) => p.verdict === "yes")
    ? { question, answered: true, answer: text, language, mode: "extractive", citations }
    : noAnswer(question, language, kind, text, citations);
  return { ...base, parts };
}

/** The parts that ask of a thing ("…with Terraform, 3+ years.' Is he there?": the years are no thing of their own). */
function thingsAsked(judged: JudgedPart[]): JudgedPart[] {
  const things = judged.filter(({ part }) => !part.words.every((w) => /^\d+$/.test(w.word)) || part.missing.length);
  return things.length > 0 ? things : judged;
}

/** A part the profile doesn't hold, in a reply of several: not in the profile, or named only as set aside. */
function absentPartLine(
  ctx: EngineContext,
  part: QuestionPart,
  said: { subject: string; citations: Citation[]; parts: AnswerPart[] },
  language: Language,
): string {
  const { subject, parts } = said;
  const m = ctx.messages[language];
  // "Parquet or Avro?": Parquet is named, as what Avro was chosen over.
  const aside = part.missing.length === 0 ? setAsideIn(ctx, subject, language) : null;
  if (aside) return setAsideLine({ ...said, aside }, m.partSetAside);
  // "Delta Lake with Z-order?": what is not in the profile is Z-order, not Delta Lake.
  const absent = part.missing.length > 0 ? part.missing.join(", ") : subject;
  parts.push({ subject: absent, verdict: "not_in_profile", citations: [] });
  return m.partNo(absent);
}

/** The supervising or mentoring the roles of these passages say he did: "Technical supervision of 2 junior…". */
function supervisionAt(ctx: EngineContext, evidence: PartEvidence, language: Language): Citation[] {
  const roles = new Set(evidence.passages.map((p) => roleKeyOf(p.chunk)));
  return [...ctx.index.byId.values()]
    .filter((c) => c.lang === language && c.kind === "bullet" && roles.has(roleKeyOf(c)) && SUPERVISED.test(c.text))
    .map((c) => citeChunk(c));
}
/** A passage saying whom he supervised or mentored. */
const SUPERVISED = /\b(supervision|supervised|mentoring|mentorat|encadr\w*)\b/i;

/**
 * A "yes" the passages hold, but with less than the question asks: "Is the 400 TB the volume he personally
 * processed?" (the CV tells what was done, not his own share of it); "Did he migrate Decathlon to Unity
 * Catalog?" against "a migration strategy" and "a POC" (planned or tried, which is said instead of "Yes").
 */
function qualifiedYes(
  ctx: EngineContext,
  { question, understood, note, extras }: ExtractiveInput,
  part: QuestionPart,
  evidence: PartEvidence,
  citations: Citation[],
): Answer | null {
  const { language } = understood;
  const m = ctx.messages[language];
  const where = placesOf(citations, language, ctx.messages);
  const with_ = (text: string) => [[note, text].filter(Boolean).join(" "), ...quoteLines(citations)].join("\n");
  const asked = foldText(part.text);
  if (evidence.roles.length === 0 && OWN_SHARE.test(asked) && OWN_SHARE_FIGURE.test(asked))
    return {
      ...noAnswer(question, language, "partial", with_(m.ownShare(where ? m.at(where) : "")), citations),
      ...extras,
    };
  // "Did he found AAA-Data?", "…by himself?", "from 13 hours to 6 seconds?": more than the passages say; "was
  // the bar model deployed to production?" of a training mission's project.
  const inTraining = (p: RetrievedPassage) => {
    const kind = ctx.vocabulary.roles.get(roleKeyOf(p.chunk))?.kind;
    return kind === "training" || kind === "teaching";
  };
  const trainingOnly =
    PRODUCTION_ASKED.test(asked) && evidence.passages.length > 0 && evidence.passages.every(inTraining);
  const claim = trainingOnly
    ? "production"
    : placeFigure(asked, evidence.passages, inTraining)
      ? "placeFigure"
      : teachingKindUnsaid(asked, evidence.passages, inTraining)
        ? "teachingKind"
        : unsaidClaim(part, evidence.passages, techTokensOf(ctx));
  // ("did he lead it?" of a team: whom he did supervise there, which the profile says.)
  const supervised = claim === "led" ? supervisionAt(ctx, evidence, language) : [];
  for (const c of supervised) if (!citations.some((x) => x.id === c.id)) citations.push(c);
  if (claim)
    return {
      ...noAnswer(question, language, "partial", with_(m.claimUnsaid[claim](where ? m.at(where) : "")), citations),
      ...extras,
    };
  // "Did he migrate off EMR?": the passage leaving it behind, not a strategy or a POC naming it; "did he move away
  // from Snowflake?", which no passage shows left: what it shows, no "yes".
  // (Not "from on-premise to Snowflake": a move, asked with where it went.)
  const away = awayAsked(asked, part, language);
  const left = away ? leftBehindPassage(ctx, part, evidence, language) : null;
  if (left) return quotedAsAnswer(ctx, { question, understood, note, extras }, { ...evidence, passages: [left] });
  // (A strategy or a POC for the move quoted: planned, said so, as below.)
  const thing = part.words.map((w) => !w.everyday && !w.light && !w.employer && !w.absent);
  const holds = (p: RetrievedPassage) => thing.some(Boolean) && thing.every((t, i) => !t || p.matched[i]);
  const planned = away && evidence.passages.some((p) => holds(p) && PLANNED.test(foldText(p.chunk.text)));
  const moved = away && evidence.passages.some((p) => holds(p) && movedFrom(part, thing, p));
  if (away && !moved && !planned && !plannedOnly(evidence, part))
    return {
      ...noAnswer(question, language, "partial", with_(m.claimUnsaid.left(where ? m.at(where) : "")), citations),
      ...extras,
    };
  if (moved || (!planned && !plannedOnly(evidence, part))) return null;
  const answer = with_(m.plannedOnly(where ? m.at(where) : ""));
  return { question, answered: true, answer, language, mode: "extractive", citations, ...extras };
}

/**
 * The passage leaving the thing asked behind ("Decommissioning of EMR…"); with no thing named ("has he
 * decommissioned anything?"), the quoted passage that decommissions one.
 */
function leftBehindPassage(
  ctx: EngineContext,
  part: QuestionPart,
  evidence: PartEvidence,
  language: Language,
): RetrievedPassage | null {
  const decommissioned = (p: RetrievedPassage) => /\b(decommission\w*|decommissionn\w*)\b/.test(foldText(p.chunk.text));
  return (
    movedAwayFrom(ctx, part, language) ??
    (part.technologies.length === 0 ? (evidence.passages.find(decommissioned) ?? null) : null)
  );
}

/** "Did he migrate off EMR?", "move away from Snowflake?": a thing left asked, with nothing said of where to. */
function awayAsked(asked: string, part: QuestionPart, language: Language): boolean {
  const from = AWAY_ASKED.exec(asked);
  // (Not "for the large JDBC tables": what it was for, not where it went.)
  const where =
    language === "fr"
      ? /\b(vers|pour|par|a|à|en)\b/u
      : /\b(to|into|onto|towards|with|by)\b|\bfor (?!(the|his|its|these|those|some|all|large|big)\b)/;
  // (« migration de données », « passer des tests »: what is moved, unless a tool's name follows, « migrer d'EMR ».)
  const next = from?.[0].match(/\b(?:de|d')$/) ? wordTokens(asked.slice(from.index + from[0].length))[0] : undefined;
  if (next !== undefined && !part.words.some((w) => w.tech && w.word === next)) return false;
  return (
    !!from &&
    !where.test(asked.slice(from.index + from[0].length)) &&
    part.words.some((w) => !w.everyday && !w.light && !w.employer)
  );
}

/**
 * "the move from the old datalake?" against "Migration from Datalake to Lakehouse", "did he replace the notebooks?"
 * against "…replacing the experimental notebooks": a move away from it, said.
 */
function movedFrom(part: QuestionPart, thing: boolean[], p: RetrievedPassage): boolean {
  const text = foldText(p.chunk.text);
  return part.words.some(
    (w, i) =>
      thing[i] &&
      !PLANNED.test(text) &&
      new RegExp(
        // (Not « au profit de Databricks », "in favour of": where it went.)
        String.raw`\b(?<!\b(?:profit|faveur) )(?:(?:(?:from|de|depuis) |d') ?` +
          String.raw`(?:(?:the|an?|le|la|les|l'|du|des|old|ancien\S*) )*|` +
          // "…replacing the experimental notebooks", "…in .avro format rather than parquet".
          // (Not "instead of processing the data directly on S3": what was done on S3, not S3 left.)
          String.raw`(?:replacing|replaced|instead of|rather than|remplacant|au lieu de|plutot qu'?) ` +
          String.raw`(?:(?!\S+ing\b)\S+ ){0,2}?)` +
          literal(w.word),
      ).test(text),
  );
}

/**
 * A kind of teaching post, audience or mode the teaching lines don't give: "is he a university professor?",
 * « enseignant-chercheur ? », « titulaire ? », « il enseigne à des médecins ? », "in a master's?", "online?" (not
 * "at a university", "medical": EPISEN is a university's school, of health).
 */
const TEACHING_KIND = new RegExp(
  String.raw`\b(research\w*|chercheur\w*|recherche|tenured?|titulaire(?! d)|lycee|high school|` +
    String.raw`medecins?|doctors?|infirmier\w*|nurses?|(?<!scrum )masters?(?! data)|phd|doctorant\w*|` +
    String.raw`online|en ligne|e-learning|mooc|a distance|remotely|cyber\w*)\b`,
);
const UNIVERSITY_RANK = new RegExp(
  String.raw`\b(professeurs? des universites|university professor|maitre de conferences|` +
    String.raw`(full|associate|tenured) professor)\b`,
);
function teachingKindUnsaid(
  asked: string,
  passages: readonly RetrievedPassage[],
  inTraining: (p: RetrievedPassage) => boolean,
): boolean {
  const kind = TEACHING_KIND.exec(asked)?.[1] ?? UNIVERSITY_RANK.exec(asked)?.[1];
  const wh = /^(what|which|where|how|why|who|quel\w*|quoi|ou|comment)\b/.test(asked);
  if (!kind || !TEACHING_QUESTION.test(asked) || wh) return false;
  const taught = passages.filter(inTraining);
  if (taught.length === 0) return false;
  // (A rank is no word of a line: "a university professor", « professeur des universités », « prof à la fac ».)
  if (UNIVERSITY_RANK.test(asked)) return true;
  const stem = kind.slice(0, Math.min(kind.length, 6));
  return !taught.some((p) => foldText(p.chunk.text).includes(stem));
}

/** People taught or trained, counted: "trained 250 students", « formé 250 élèves ». */
const PEOPLE_TAUGHT =
  /\b(students?|learners?|pupils?|trainees?|eleves?|etudiants?|apprenants?|stagiaires?|taught|trained|formes?)\b/;

/** "more than", "over", "at least", « plus de », « au moins »: a bound before the figure asked. */
const BOUND_BEFORE = /\b(more than|over|above|at least|plus de|au moins|pres de|around|about|nearly|almost)\s+\d/;

/**
 * "Did he train 250 students at EPISEN?" against the school's "trains 250 engineering students": the figure
 * asked is the school's own, held only by the context of a teaching role, not his classes.
 */
function placeFigure(
  asked: string,
  passages: readonly RetrievedPassage[],
  inTeaching: (p: RetrievedPassage) => boolean,
) {
  // Asked of him ("does EPISEN train 250 students?" asks of the school), of a figure that is no year.
  if (!PEOPLE_TAUGHT.test(asked) || !/\b(he|she|his|him|il|elle|lui|a-t-il|a t il)\b/.test(asked)) return false;
  const figures = [...asked.matchAll(/\b\d{2,}\b/g)].map((f) => f[0]).filter((f) => !/^(19|20)\d\d$/.test(f));
  // (A bound, "more than 200 students", by the passages counting people taught: "trains 250 engineering students".)
  const counting = (p: RetrievedPassage) =>
    /\d+\s+(?:\p{L}+\s+)?(students|eleves|etudiants)\b/u.test(foldText(p.chunk.text));
  return figures.some((figure) => {
    const exact = passages.filter((p) => new RegExp(`\\b${figure}\\b`).test(p.chunk.text));
    const holding = exact.length > 0 ? exact : BOUND_BEFORE.test(asked) ? passages.filter(counting) : [];
    return holding.length > 0 && holding.every((p) => p.chunk.kind === "context" && inTeaching(p));
  });
}

const TECH_TOKENS = new WeakMap<EngineContext, string[][]>();
/** The words of each technology the profile names ("unity catalog"), read once per engine. */
function techTokensOf(ctx: EngineContext): string[][] {
  let tokens = TECH_TOKENS.get(ctx);
  if (!tokens) TECH_TOKENS.set(ctx, (tokens = ctx.vocabulary.technologies.map((t) => [...t.tokens])));
  return tokens;
}

/** Asked whether it ran for real: "deployed to production?", « mis en production ? », "did it go live?". */
const PRODUCTION_ASKED = new RegExp(
  String.raw`\b(in production|into production|to production|in prod|into prod|to prod|en prod\w*|mise? en production|` +
    String.raw`went live|go live|` +
    // "a real production project?", "used in real life?", « un vrai projet en prod ? »
    String.raw`production (project|system|use|model|grade|ready)|real[- ]world use|real life|used for real|` +
    String.raw`projet (de|en) production|vraie? production|` +
    // "has he deployed models?", "MLOps?", « il a déployé des modèles ? »: put to use, in production.
    String.raw`deploy(ed|ing|s)? ((the|a|an|his|their|any) )?([\w-]+ )?(models?|it|them|ml|machine learning)|` +
    String.raw`model deployment|mlops|` +
    String.raw`deploye\w* (des |les |ses |un |le )?(modeles?|ml))\b`,
);

/** A question about a plan or a trial itself: "did he define the strategy?", "a POC?". */
const PLAN_ASKED = /\b(strateg\w*|poc|pocs|proof of concept|preuve de concept|plan|planned|planifi\w*|design\w*)\b/;
/**
 * A question whether something was carried out: "did he migrate…?", « il a fait la migration ? », "has he
 * deployed / implemented / rolled out…?", "in production?".
 */
const DONE_ASKED = new RegExp(
  String.raw`\b(migrat\w*|migre\w*|moved?|moving|switch\w*|bascul\w*|complet\w*|termin\w*|finish\w*|fini|` +
    String.raw`deliver\w*|livr\w*|rolled out|roll(ed)?[- ]?out|deploy\w*|deploie\w*|deploye\w*|implement\w*|` +
    String.raw`in production|in prod|(in)?to production|en prod\w*|mene a (bien|terme)|carried out|` +
    String.raw`mis en place|mise en place|` +
    String.raw`replac\w*|remplac\w*|decommission\w*|abandonn?\w*|phas\w* out|got rid of)\b`,
);

/**
 * Whether every CV line of a "yes" holding the names asked only plans or tries it (a stack line lists names, it
 * says nothing was done), and the question asks whether it was carried out.
 */
function plannedOnly(evidence: PartEvidence, part: QuestionPart): boolean {
  const names = part.words.map((w) => w.key && !w.employer);
  const lines = evidence.passages.filter(
    (p) => p.chunk.kind !== "faq" && p.chunk.kind !== "stack" && names.every((n, i) => !n || p.matched[i]),
  );
  const asked = foldText(part.text);
  return (
    lines.length > 0 &&
    DONE_ASKED.test(asked) &&
    // ("did he put the POC into production?": what became of the trial, asked.)
    (!PLAN_ASKED.test(asked) || PRODUCTION_ASKED.test(asked)) &&
    lines.every((p) => PLANNED.test(foldText(p.chunk.text)))
  );
}

/** True when every passage quoted only teaches the subject (a course outline, a training). */
function taughtOnly(ctx: EngineContext, evidence: PartEvidence, question: string): boolean {
  // « son expérience en enseignement ? » asks what he taught: no need to say it was taught.
  // (Nor where a passage describes the school itself, his employer: "public sector experience?" is EPISEN's own.)
  const employerOwn = (p: RetrievedPassage) => {
    const role = ctx.vocabulary.roles.get(roleKeyOf(p.chunk));
    return p.chunk.kind === "context" && !!role && foldText(p.chunk.text).includes(foldText(role.employer));
  };
  const rest = evidence.passages.filter((p) => !employerOwn(p));
  return (
    !TEACHING_QUESTION.test(foldText(question)) &&
    rest.length > 0 &&
    rest.every((p) => usageOf(ctx.vocabulary.roles.get(roleKeyOf(p.chunk)), p.chunk) !== "used")
  );
}

/**
 * "AAA-Data, January 2020 - May 2021; taught at EPISEN, since November 2022": the places of a "yes" in the
 * profile's words, those where it was only taught (a course outline) said so; undefined when none needs saying.
 */
function placesByUse(
  ctx: EngineContext,
  evidence: PartEvidence,
  question: string,
  language: Language,
): string | undefined {
  const { messages } = ctx;
  // (A role's own heading says what the role was, not what was taught in it: "Freelance" of EPISEN's. A training
  // role's passages are its work: not labelled.)
  const taught = (p: RetrievedPassage) =>
    p.chunk.kind !== "role" && usageOf(ctx.vocabulary.roles.get(roleKeyOf(p.chunk)), p.chunk) === "taught";
  const plain = evidence.passages.filter((p) => !taught(p));
  const places = (ps: RetrievedPassage[]) => placesOf(ps.map(toCitation), language, messages);
  // (Taught only: the answer says so once, after the places.)
  if (TEACHING_QUESTION.test(foldText(question)) || plain.length === 0 || plain.length === evidence.passages.length)
    return undefined;
  const plainPlaces = places(plain).split("; ");
  const where = places(evidence.passages.filter(taught))
    .split("; ")
    .filter((w) => w && !plainPlaces.includes(w));
  return where.length > 0 ? `${places(plain)}; ${messages[language].usage.taught} ${where.join("; ")}` : undefined;
}

/** A practice-time answer: its lines, extractive. */
function practiced(
  x: { question: string; language: Language; citations: Citation[]; extras: ExtractiveInput["extras"] },
  lines: string[],
): Answer {
  const { question, language, citations, extras } = x;
  return { question, answered: true, answer: lines.join("\n"), language, mode: "extractive", citations, ...extras };
}

/** "how long has he done PII encryption?", « depuis combien de temps fait-il du chiffrement ? ». */
const PRACTICE_TIME =
  /\b(how long|how many years|since when|depuis quand|depuis combien de temps|combien d'(annees|ans))\b/;
/** Asked of him doing it: "has he been doing…", "has he done…", « fait-il », « il fait ». */
const HE_DOES = new RegExp(
  String.raw`\b((has|have) (he|she) (been )?\p{L}+|(does|did) (he|she) (do|practi[sc]e|work)|(he|she) (has )?been|` +
    String.raw`(fait|pratique|travaille)[- ](il|elle)|(il|elle) (fait|pratique|travaille|s'occupe))\b`,
  "u",
);
/** How long a thing named took: "how long did the migration take?", « la migration a pris combien de temps ? ». */
const THING_TOOK = new RegExp(
  String.raw`\bhow long (did|does|has|had) (the|his|that|this|its) ([\w-]+ ){1,4}(take|took|last|lasted|run)\b|` +
    String.raw`\bhow long (was|were) (the|that|this) ([\w-]+ ){0,3}(migration|project|transition|move|rollout|` +
    String.raw`decommissioning|implementation|port|rewrite)s?\b|` +
    String.raw`\bcombien de temps (a|ont|avait) (pris|dure) (la|le|l'|les|cette|ce|cet|sa|son)\b|` +
    String.raw`\b(la|le|l'|les|cette|ce|cet|sa|son) ?[\w'-]+( [\w'-]+){0,4} (a|ont|avait) (pris|dure) ` +
    String.raw`combien de temps\b|\b(quelle (a ete|etait|est|fut) la )?duree (de la|du|des|de l'|de cette|de ce) ` +
    String.raw`(migration|projet|transition|chantier|decommissionnement|mise en place|refonte)\b`,
);
/** A length a passage gives: "2-week sprints", "10 h of practical sessions", « de 13h à 6 minutes ». */
const LENGTH_GIVEN = /\d\s*-?\s*(h|hours?|minutes?|days?|weeks?|jours?|semaines?)\b/i;
/** The words a question's length is asked in, which no passage holds. */
const TIME_WORDS = /^(temps|time|duree|dure|long|pris|took|take)$/;

/**
 * « les sprints durent combien de temps ? » against "sprints de 2 semaines": the length asked, which the passage
 * gives in figures though it holds no word of time; what it says is the answer.
 */
function lengthGiven(evidence: PartEvidence): PartEvidence {
  const shown = evidence.passages[0];
  const timeOnly = evidence.uncovered.length > 0 && evidence.uncovered.every((w) => TIME_WORDS.test(foldText(w)));
  if (evidence.verdict !== "partial" || !timeOnly || !shown || !LENGTH_GIVEN.test(shown.chunk.text)) return evidence;
  return { ...evidence, verdict: "yes", passages: [shown], uncovered: [] };
}

/** "how long did the Snowflake migration take?" of a thing the profile holds (its length being no word of it). */
function thingTook(evidence: PartEvidence, question: string): boolean {
  if (!THING_TOOK.test(foldText(question)) || evidence.passages.length === 0) return false;
  const timeOnly = evidence.uncovered.length > 0 && evidence.uncovered.every((w) => TIME_WORDS.test(foldText(w)));
  return evidence.verdict === "yes" || (evidence.verdict === "partial" && timeOnly);
}

/** The time a thing itself takes, not his: "how long are the sprints?", "how long did it take?". */
const THING_TIMED =
  /\b(take|takes|took|taking|last|lasts|lasted|run|runs|dure|durent|dur[ée]e?|prend|prenait|pris|sprints?)\b/;

/**
 * How long he has done a thing no stack names, as the roles whose passages say it are dated: "PII encryption: about
 * 5 years and 7 months to today, going by the role that says it — Decathlon (since May 2021)". Null when no
 * passage is of a dated role of his own work, or one is of none (the FAQ).
 */
function practiceTime(
  ctx: EngineContext,
  { part, evidence, citations }: { part: QuestionPart; evidence: PartEvidence; citations: Citation[] },
  question: string,
  language: Language,
): string | null {
  // (« depuis combien de temps… ? »: the time, which no passage counts, is what the roles' dates give.)
  const timeOnly =
    evidence.verdict === "partial" &&
    evidence.uncovered.length === 1 &&
    /^(temps|time)$/.test(foldText(evidence.uncovered[0]!));
  if (evidence.verdict !== "yes" && !timeOnly) return null;
  const asked = foldText(question);
  if (!PRACTICE_TIME.test(asked) || !HE_DOES.test(asked) || THING_TIMED.test(asked)) return null;
  if (evidence.roles.length > 0 || evidence.passages.length === 0) return null;
  const all = [...new Set(evidence.passages.map((p) => ctx.vocabulary.roles.get(roleKeyOf(p.chunk))))];
  // (Of his own work: a training or teaching role's passages are what he taught; an FAQ entry is dated by none.)
  const roles = all.filter((r) => r?.period && r.kind === "work");
  if (roles.length === 0 || all.includes(undefined)) return null;
  const now = ctx.profileContext.now();
  const months = monthsOfRoles(
    roles.map((r) => r!.period!),
    now,
  );
  // (The period as the asker's language writes it: the quotes' own, « depuis mai 2021 ».)
  const label = (employer: string) => citations.find((c) => c.role?.employer === employer)?.period;
  const where = roles
    .map((r) => `${r!.employer} (${periodPhrase(label(r!.employer) ?? r!.period!.label, language, ctx.messages)})`)
    .join(", ");
  const toToday = roles.some((r) => r!.period!.current);
  return ctx.messages[language].practiceTime(subjectOf(part, ctx), formatDuration(months, language), where, toToday);
}

/** "2 years of data science?", « 3 ans de machine learning ? »: a count of years claimed of a thing. */
const YEARS_OF_THING =
  /\b(\d+(?:[.,]\d+)?)\s*\+?\s*(years?|yrs?|ans?|annees?|months?|mois)\s+(?:of|in|with|de|d'|en|dans)\b/;

/**
 * "does he have 5 years of data science?": the roles whose passages say it, dated, against the years claimed — "No",
 * when they come to less; else how long at most, which the CV doesn't count (never a "yes" from the passages alone).
 */
function claimedPractice(
  ctx: EngineContext,
  { part, evidence, citations }: { part: QuestionPart; evidence: PartEvidence; citations: Citation[] },
  question: string,
  language: Language,
): string | null {
  const claim = YEARS_OF_THING.exec(foldText(question));
  // (Not of an employer, "3 years in Decathlon?", whose dates answer.)
  if (!claim || evidence.verdict !== "yes" || evidence.roles.length > 0 || part.roles.length > 0) return null;
  // (Of his own work, unless teaching is asked: "3 years of machine learning?" is not the years he taught it.)
  const teaching = TEACHING_QUESTION.test(foldText(question));
  const wanted = Number(claim[1]!.replace(",", ".")) * (/^(months?|mois)$/.test(claim[2]!) ? 1 : 12);
  const roles = [...new Set(evidence.passages.map((p) => ctx.vocabulary.roles.get(roleKeyOf(p.chunk))))].filter(
    (r): r is RoleInfo => !!r?.period && (teaching || r.kind === "work"),
  );
  if (roles.length === 0) return null;
  const now = ctx.profileContext.now();
  const months = monthsOfRoles(
    roles.map((r) => r.period!),
    now,
  );
  const label = (r: RoleInfo) => citations.find((c) => c.role?.employer === r.employer)?.period ?? r.period!.label;
  const where = roles.map((r) => `${r.employer} (${periodPhrase(label(r), language, ctx.messages)})`).join(", ");
  const m = ctx.messages[language];
  const duration = formatDuration(months, language);
  const subject = subjectOf(part, ctx);
  // (Not a trade his titles name, "5 years of data engineering?": the title's time answers that, not passages.)
  if (
    /\b(engineer\w*|ingenier\w*|ingenieur\w*|lectur\w*|train\w*|teach\w*|enseign\w*|form\w*)\b/.test(foldText(subject))
  )
    return null;
  return months < wanted
    ? m.practiceShort(subject, duration, where)
    : m.practiceTime(
        subject.charAt(0).toUpperCase() + subject.slice(1),
        duration,
        where,
        roles.some((r) => r.period!.current),
      );
}

/** "used at Decathlon (since May 2021), MAIF (…); taught at EPISEN (…)". */
function usesOf(ctx: EngineContext, evidence: PartEvidence, language: Language): string {
  const { messages } = ctx;
  const m = messages[language];
  const groups = new Map<string, string[]>();
  for (const r of evidence.roles) {
    const when = periodPhrase(r.passage.chunk.period?.label, language, messages);
    groups.set(r.usage, [...(groups.get(r.usage) ?? []), when ? `${r.role.employer} (${when})` : r.role.employer]);
  }
  return [...groups.entries()]
    .map(([usage, places]) => `${m.usage[usage as keyof typeof m.usage]} ${places.join(", ")}`)
    .join("; ");
}

/** The role that used the subject the longest, said: "Longest at Decathlon (5 years and 7 months)." */
function longestUse(ctx: EngineContext, evidence: PartEvidence, language: Language): string | null {
  const now = ctx.profileContext.now();
  const used = evidence.roles.filter((r) => r.usage === "used" && r.role.period);
  if (used.length < 2) return null;
  const months = (r: PartEvidence["roles"][number]) => {
    const span = spanOf(r.role.period!, now);
    return span.end - span.start;
  };
  const top = [...used].sort((a, b) => months(b) - months(a))[0]!;
  return ctx.messages[language].longestUse(top.role.employer, formatDuration(months(top), language));
}

/** A question asking what, which or how ("what's autoloader?", « quelle expérience avec Spark ? »): no "yes" to it. */
const OPEN_QUESTION = new RegExp(
  String.raw`\b(what|what's|whats|which|how|where|why|quoi|quel|quelle|quels|quelles|comment|combien|pourquoi|où)\b|` +
    // « c'etait ou ? »: where, its accent left out.
    String.raw`\bqu'|\bou\s*[?!.]*$`,
  "i",
);

/** "Is he a Spark expert?", « il maîtrise Spark ? »: a level, which a CV's list of uses doesn't rate. */
const LEVEL_ASKED = new RegExp(
  String.raw`\b(expert|experts|expertise|proficient|proficiency|fluent|fluently|guru|ninja|rockstar|how good|` +
    String.raw`how strong|` +
    String.raw`how well|advanced|mastery|maitrise\w*|cale|tres bon|tres forte?|bon en|forte? en|pointu)\b`,
);

/** A question about using a thing in work, not knowing it: "has he used…", "in production", « il a bossé avec ». */
const USE_ASKED = new RegExp(
  String.raw`\b(used?|using|uses|worked (with|on|in)|work (with|in)|hands[- ]on|in production|in prod|en prod\w*|` +
    // "has he worked in healthcare?", « il a bossé dans la santé ? »: a field worked in, not taught.
    String.raw`(travaille\w*|bosse\w*) dans|domain|` +
    String.raw`professionally|projects?|utilise\w*|bosse\w* (avec|sur)|travaille\w* (avec|sur)|deployed|implemented|` +
    String.raw`built|build|building|created?|creating|mis en (oeuvre|place|production)|` +
    // "in his jobs, not teaching?", « en entreprise », "in a real job": his work, apart from his classes.
    String.raw`(in|at) (his|a|a real|real|an actual) (jobs?|work|roles?|missions?|company)|real (jobs?|work)|` +
    String.raw`not (in )?(the |a )?(teaching|training|class\w*)|outside (of )?(the )?(teaching|training|class\w*)|` +
    String.raw`(hors|en dehors de?s?) (l'|de l')?(enseignement|cours|formations?)|en entreprise|en mission)\b`,
);
/**
 * His own work asked, in the question as sent or as read on from the last one ("and the health sector?" after a
 * sector question): what he only taught gets no "Yes".
 */
function doneAsked(question: string, understood: string): boolean {
  return DONE_VERB.test(foldText(question)) || DONE_VERB.test(foldText(understood));
}
/** "has he done real-time streaming?", « il a (déjà) fait du streaming ? »: of a thing only taught, no "Yes". */
const DONE_VERB = new RegExp(
  String.raw`\b((has|did|have) (he|she) (ever )?(done|do|worked|work|used|use|got|had)|` +
    // "Does he do real-time streaming?", "does he work with Kafka?": his own work now, asked.
    String.raw`(does|do) (he|she) (do|work|use|practi[cs]e)|(il|elle) (fait|pratique|utilise) (du|de la|des|de l')|` +
    // "He has experiences with streaming?", « il a bossé dans la santé ? »: his own work asked, not his teaching.
    String.raw`(he|she) (has|had) (got )?(experiences?|worked|done|used)|experiences? (with|in|on|of)|` +
    String.raw`(il|elle) a (deja )?(fait|bosse|travaille|utilise)|` +
    String.raw`a[- ]t[- ](il|elle) (deja )?(fait|bosse|travaille|utilise))\b`,
);

/**
 * A tool's version asked, and nothing else ("which Spark version?", « quelles versions d'Airflow ? »), not a model's
 * or a story's ("the 30-second version"), nor one wished ("Spark (version 3 ideally)"), nor after a question of its
 * own ("did he use Airflow? what version?": that one answered).
 */
function toolVersionAsked(question: string): boolean {
  const q = foldText(question);
  const at = q.search(
    /\b(which|what|quelles?|quels?|exact|specific|precise) versions?\b|\bversions? (of|de|d'|du|des)\b/,
  );
  return (
    at >= 0 &&
    !q.slice(0, at).includes("?") &&
    !/\b(models?|modeles?|ml|donnees|data|datasets?|schemas?)\b[^.?!]{0,25}\bversions?\b/.test(q) &&
    !/\bversions?\b (of|de|des|du|d')\s?(the |his |ses |leurs |its )?(models?|modeles?|donnees|data|datasets?)\b/.test(
      q,
    ) &&
    !/\b(second|minute|short|long|courte|longue|quick|condensed) version\b|\bversion (courte|longue|rapide)\b/.test(q)
  );
}

/** Every role of a skill's evidence taught it, none used it; not what a question about teaching wants said. */
function onlyTaughtRoles(evidence: PartEvidence, question: string): boolean {
  const taught = evidence.roles.length > 0 && evidence.roles.every((r) => r.usage !== "used");
  return taught && !TEACHING_QUESTION.test(foldText(question));
}

function skillLine(
  ctx: EngineContext,
  subject: string,
  evidence: PartEvidence,
  language: Language,
  { q = "", part }: { q?: string; part?: QuestionPart } = {},
): string {
  const m = ctx.messages[language];
  const uses = usesOf(ctx, evidence, language);
  // "and Spark?" in a talk about EPISEN: taught there, and used in his other roles, which "not used in a role"
  // would deny (for Kafka, used in none, it is true and said).
  if (part && askedOfTeaching(ctx, part) && usedInWork(ctx, subject)) return m.skillUses(subject, uses);
  // "Has he used Kafka?": taught at EPISEN is no "yes".
  if (onlyTaughtRoles(evidence, q)) return m.skillTaughtOnly(subject, uses);
  if (LEVEL_ASKED.test(foldText(q))) return `${m.skillUses(subject, uses)} ${m.levelUnrated}`;
  // "Which Spark version?", « quelle version de Scala ? »: what the CV never gives, said before where it was used.
  if (/\bversions?\b/.test(foldText(q))) return `${m.versionUnsaid} ${m.skillUses(subject, uses)}`;
  // "where did he use it the most?", « où ça le plus ? »: the longest use first.
  const most = MOST_ASKED.test(foldText(q)) ? longestUse(ctx, evidence, language) : null;
  if (most) return `${most} ${m.skillUses(subject, uses)}`;
  // ("et chez MAIF ?", then "c'était quand ?": when, which the periods say, not « Oui ».)
  const open = (OPEN_QUESTION.test(q) && !isYesNo(q)) || asksWhenOrWhere(q.split(/(?<=\?)\s+/).pop() ?? q);
  // ("He has never worked with Databricks, right?": a "Yes" would read as agreeing; the uses alone say he has.)
  return open || askedInNegative(q) ? m.skillUses(subject, uses) : m.skillYes(subject, uses);
}

/**
 * "data mesh", "event sourcing": a word the profile lacks, with the word the profile holds right before it that
 * says which one ("mesh" alone names nothing), as the question writes them.
 */
function withModifier(words: string[], part: QuestionPart): string[] {
  const tokens = [...part.text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu)].map((t) => t[0]);
  return words.map((word) => {
    // (Not a name, "Terraform", which names itself; nor after a verb: "configured Terraform", « déployé ».)
    if (word.includes(" ") || part.missing.includes(word) || /^\p{Lu}/u.test(word)) return word;
    const at = tokens.indexOf(word);
    if (/(ed|ing|é|ée|és|ées)$/i.test(tokens[at - 1] ?? "")) return word;
    const before = at > 0 ? part.words.find((w) => w.word === foldText(tokens[at - 1]!)) : undefined;
    const lacking = !part.words.some((w) => w.original === word && !w.absent);
    return before && lacking && !before.absent && !before.tech && !before.employer && !before.light && !before.key
      ? `${tokens[at - 1]} ${word}`
      : word;
  });
}

function notMentioned(ctx: EngineContext, part: QuestionPart, language: Language): string {
  const { messages } = ctx;
  const m = messages[language];
  // Ordinary words the profile lacks are named only when they are what an English question is about
  // ("banking"), never an everyday word ("much") nor a French one whose weight can't be told ("principales");
  // a word no dictionary holds is a name, in either language (« de l'Hudi ? »).
  const { lexicon } = ctx.index;
  const listed = part.ignored.filter(
    (w) =>
      w.length > 2 &&
      !/^\d+$/.test(w) &&
      (language === "en" ? !lexicon.isEveryday(foldText(w)) : !lexicon.isWord(foldText(w))),
  );
  // (« de l'alerting ? »: an English word a French question weighs as absent, named too.)
  const absent = part.words.filter((w) => w.absent && !listed.includes(w.original)).map((w) => w.original);
  const named = language === "fr" ? [...listed, ...absent] : listed;
  // ("fraud detection", "computer vision", « moteur de recommandation »: the words it lacks, as asked together.)
  const run = part.missing.length > 0 ? null : unknownRun(part);
  const inRun = (w: string) => run?.some((t) => t.split(" ").includes(w));
  const words = part.missing.length > 0 ? part.missing : run && named.every(inRun) ? run : named;
  if (words.length > 0) return m.notMentioned(listWords(withModifier(words, part), language, messages, "or"));
  // "Has he done fullstack work?": a name the profile holds only where no answer may come from (a team's roster).
  // (Not a figure, "15" of "did he train 15 data scientists?": it is in his work, in another role.)
  const held = part.words
    .filter((w) => w.key && !w.employer && !w.absent && !/^\d/.test(w.word))
    .map((w) => w.original);
  return held.length > 0 ? m.notInHisWork(listWords(held, language, messages, "or")) : m.notSaid;
}

/**
 * The last words of a part the profile knows nothing of, as written together ("fraud detection", « moteur de
 * recommandation »), when the profile holds none of its words: what the question asks about.
 */
function unknownRun(part: QuestionPart): string[] | null {
  if (part.words.some((w) => !w.absent) || part.unknown.length === 0) return null;
  const unknown = new Set([...part.unknown.map((u) => foldText(u.word)), ...part.words.map((w) => w.word)]);
  const tokens = [...part.text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu)].map((t) => t[0]);
  let end = tokens.length - 1;
  while (end >= 0 && !unknown.has(foldText(tokens[end]!))) end -= 1;
  // (The run ends on the word, not its elided article: « de l'intelligence artificielle ».)
  if (end >= 0 && ELIDED.test(tokens[end - 1] ?? "") && unknown.has(foldText(tokens[end - 1]!.replace(ELIDED, ""))))
    tokens[end - 1] = tokens[end - 1]!.replace(ELIDED, "");
  if (end < 0) return null;
  let start = end;
  // (Joined by "of", « de »: « moteur de recommandation »; or listed: "iceberg or hudi", each a term.)
  const joins = (w: string) => /^(of|de|du|des|d'.*|or|and|ou|et)$/.test(foldText(w));
  while (
    start > 0 &&
    (unknown.has(foldText(tokens[start - 1]!)) ||
      (joins(tokens[start - 1]!) && start > 1 && unknown.has(foldText(tokens[start - 2]!))))
  )
    start -= joins(tokens[start - 1]!) ? 2 : 1;
  const terms = tokens
    .slice(start, end + 1)
    .join(" ")
    .split(/\s+(?:or|and|ou|et)\s+/i);
  return terms.every((t) => t.split(" ").length <= 4) ? terms : null;
}

/** A French elided article or pronoun before a word: l', d', qu'… */
const ELIDED = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’]/i;

/**
 * "What's the capital of Australia?", opening a conversation: a question of nothing the profile holds,
 * naming nothing it lacks, not about him. (Later in a conversation, the same words may ask on: "what came
 * after?")
 */
function aboutSomethingElse(read: UnderstoodQuestion, history: Turn[]): boolean {
  const part = read.parts[0]!;
  const text = foldText(read.text);
  return (
    history.length === 0 &&
    read.parts.length === 1 &&
    part.roles.length === 0 &&
    part.ignored.length > 0 &&
    WH_QUESTION.test(text) &&
    !ABOUT_HIM.test(text) &&
    // ("what else on the ops side?": more of his profile, asked first.)
    !/^(what|anything) else\b|^quoi d'autre\b/.test(text) &&
    !asksMore(read.text) &&
    // "What's the capital of France?": a country is no word of his profile (the names are read last: the
    // runtime's region names take ~20 ms to gather, once).
    part.words.every((w) => !w.key && !w.tech) &&
    ([...part.words.map((w) => w.word), ...part.missing.map(foldText)].every(isCountryName) ||
      // "who won the world cup 2018?": words the profile never uses, and of its own only everyday ones.
      (part.ignored.length >= 2 && part.missing.length === 0 && part.words.every((w) => w.everyday || w.absent)))
  );
}

/** Words that point at the candidate or his CV: a question holding none may be about anything. */
const ABOUT_HIM =
  /\b(he|his|him|she|her|they|their|il|elle|lui|son|sa|ses|candidate?s?|candidat\w*|profile?s?|cv|resume|experience)\b/;
const WH_QUESTION = /^(what|which|who|where|when|how|quel\w*|qui|ou|quand|comment|combien|c'est quoi)\b/;

async function fluent(
  ctx: EngineContext,
  setup: LlmSetup,
  question: string,
  understood: UnderstoodQuestion,
  judged: JudgedPart[],
): Promise<Answer> {
  const { messages, logger } = ctx;
  const { language } = understood;
  const m = messages[language];
  // The model only words what the evidence already supports; parts the profile lacks stay extractive.
  const supported = judged.filter((j) => j.evidence.verdict !== "no");
  if (supported.length === 0) return extractive(ctx, question, understood, judged);
  const passages = [...new Map(supported.flatMap((j) => j.candidates).map((c) => [c.id, c])).values()].slice(
    0,
    LLM_PASSAGES,
  );
  // Resting after a failure: the passages at once, with the same note, not another wait for the time-outs.
  if (modelResting(setup)) return extractive(ctx, question, understood, judged, m.llmUnavailable);
  try {
    const verdict = await generateAnswer(setup, understood.text, language, passages);
    if (verdict.kind === "answer") {
      const missing = judged
        .filter((j) => j.evidence.verdict === "no")
        .map((j) => m.partNo(j.part.missing.join(", ") || subjectOf(j.part, ctx)));
      const note = readingNote(understood.corrections, language, messages);
      const answer = [note ? `${note} ${verdict.text}` : verdict.text, ...missing.map((l) => `${l}.`)].join("\n");
      const corrections = understood.corrections.length > 0 ? { corrections: understood.corrections } : {};
      return {
        question,
        answered: true,
        answer,
        language,
        mode: "llm",
        citations: verdict.citations,
        ...corrections,
      };
    }
    if (verdict.kind === "not_in_profile")
      return { ...noAnswer(question, language, "not_in_profile", verdict.text || m.notSaid), mode: "llm" };
    logger.warn(
      { invalidMarkers: verdict.invalidMarkers },
      "model answer had no valid citation; showing the passages instead",
    );
    return extractive(ctx, question, understood, judged, m.unchecked);
  } catch (error) {
    restModel(setup);
    const rest = setup.rest?.ms ? ` for ${Math.round(setup.rest.ms / 1000)} s` : "";
    logger.error({ err: error }, `model call failed; answering from the passages${rest}`);
    return extractive(ctx, question, understood, judged, m.llmUnavailable);
  }
}

/** Whether a role's passages hold every content word of a part (null when no role holds them all). */
function heldAtRole(ctx: EngineContext, part: QuestionPart, role: string, language: Language): boolean | null {
  const finder = ctx.profileContext.rolesHolding;
  const words = part.words.filter((w) => !w.light && !w.employer).map((w) => foldText(w.word));
  const sets: Set<string>[] = [];
  for (const word of words) {
    const found = finder?.(word, language);
    // (A word no role holds as written, "ML", tells nothing of where.)
    if (found && found.size > 0) sets.push(new Set([...found.keys()].map((r) => r.employer)));
  }
  const holding = sets.reduce<string[] | null>((all, set) => (all ?? [...set]).filter((e) => set.has(e)), null);
  if (!holding || holding.length === 0) return null;
  return holding.includes(role);
}

/** The question in full: follow-ups are completed from the conversation, by the model when there is one. */
async function standaloneOf(
  ctx: EngineContext,
  understood: UnderstoodQuestion,
  history: Turn[],
  standsAlone: boolean,
): Promise<UnderstoodQuestion> {
  const { llm, logger } = ctx;
  if (history.length === 0 || standsAlone) return understood;
  let text: string | null = null;
  if (llm && !modelResting(llm)) {
    try {
      text = await condenseQuestion(llm, understood.text, understood.language, history);
    } catch (error) {
      logger.warn({ err: error }, "could not rewrite the follow-up with the model; using the offline rule");
    }
  }
  text ??= resolveFollowUp(understood, history, ctx.employers, (part, role) =>
    heldAtRole(ctx, part, role, understood.language),
  );
  if (!text || text === understood.text) return understood;
  const reread = ctx.reader.read(text, { language: understood.language });
  // "which ones?", « il a fait quoi avec ? »: the passages holding the last subject, all of them.
  // ("which companies?", « chez qui ? » ask where: a skill's roles answer that, each with its period.)
  const details = asksForDetails(understood.text) && !EMPLOYERS_ASKED.test(foldText(understood.text));
  return {
    ...reread,
    parts: details ? reread.parts.map((p) => ({ ...p, details })) : reread.parts,
    corrections: [
      ...understood.corrections,
      ...reread.corrections.filter((c) => !understood.corrections.some((x) => x.from === c.from)),
    ],
  };
}

/** "which companies?", « dans quelles boîtes ? », « chez qui ? »: where, not the passages themselves. */
const EMPLOYERS_ASKED = new RegExp(
  String.raw`\b(compan(y|ies)|employers?|firms?|clients?|boites?|entreprises?|societes?|employeurs?|compagnies?)\b|` +
    String.raw`^(and |et |ok |so |alors )?(c'? ?etait )?(chez qui|for whom|pour qui)\b`,
);

/**
 * "How big was his team at Decathlon?" answered from roster lines: the number of people each lists
 * ("3 Data Engineers, 1 Front-end, 1 PO…" is 5), by role. Null when the passages are not all rosters.
 */
/** People trained or taught, counted: "how many people did he train?", « il formait combien de personnes ? ». */
const TRAINED_COUNTED = new RegExp(
  String.raw`\b(how many|combien)\b[^?]*\b(train(ed|s)?|taught|teach(es)?|coach(ed)?|form(ait|e|es|ees|ee)|` +
    String.raw`enseign\w*)\b|\b(train(ed|s)?|taught|form(ait|e|es)|enseign\w*) combien\b`,
);

function rosterLine(
  evidence: PartEvidence,
  language: Language,
  messages: MessagesByLanguage,
  question = "",
): string | null {
  if (evidence.passages.length === 0 || !evidence.passages.every((p) => p.chunk.kind === "team")) return null;
  // (« il formait combien de personnes ? », "how many people did he train?": those he trained, no roster counts.)
  if (TRAINED_COUNTED.test(foldText(question))) return null;
  const kind = membersOfKind(evidence, language, messages, question);
  if (kind) return kind;
  const teams = evidence.passages.map((p) => {
    const count = rosterCount(p.chunk.text);
    return { count, where: placesOf([toCitation(p)], language, messages) };
  });
  if (teams.some((t) => t.count === 0)) return null;
  const m = messages[language];
  // "his largest team?", « sa plus petite équipe ? »: that end first.
  const end = TEAM_END.exec(foldText(question))?.[1];
  // (Teams all of one size have no largest: said so, each with its size.)
  if (end && teams.length > 1 && new Set(teams.map((t) => t.count)).size === 1)
    return m.profile.teamSizesSame(teams.map((t) => m.teamSize(t.count, t.where)).join("; "));
  if (end && teams.length > 1) {
    const largest = !/small|petit/.test(end);
    const sorted = [...teams].sort((a, b) => (largest ? b.count - a.count : a.count - b.count));
    return m.profile.teamSizesBy(largest, sorted.map((t) => m.teamSize(t.count, t.where)).join("; "));
  }
  return m.teamSizes(teams.map((t) => m.teamSize(t.count, t.where)).join("; "));
}

/**
 * "his current team?", « l'équipe dans laquelle il évolue actuellement ? »: of the team lines quoted, those of his
 * current roles.
 */
function currentTeams(evidence: PartEvidence, question: string): PartEvidence {
  if (evidence.passages.length < 2 || !evidence.passages.every((p) => p.chunk.kind === "team")) return evidence;
  const current = evidence.passages.filter((p) => p.chunk.period?.current);
  return current.length > 0 && TEAM_NOW.test(foldText(question)) ? { ...evidence, passages: current } : evidence;
}

/** Why a mission was, asked: "why did AAA-Data migrate?", « pourquoi ils ont lancé ce chantier ? ». */
const WHY_ASKED = new RegExp(
  String.raw`\b(why|pourquoi|what for|reasons?|raisons?|motivations?|business (context|case|reasons?|drivers?)|` +
    String.raw`contexte (business|metier)|enjeux?|stakes?|the point of|l'interet de|` +
    // "what problem did he solve at MAIF?", « quel problème devait-il résoudre ? »: what the mission was for.
    String.raw`(what|which|quel|quelle) (problem|probleme|problematique|challenge|issue|pain point)s?)\b`,
);
/** Verbs of solving, which a context tells in its own words: "solve", « résoudre », "address". */
const SOLVING = new RegExp(
  String.raw`^(solve|solved|solving|resolve|resolved|resoudre|resolu|resolvait|address|addressed|tackle|tackled|` +
    String.raw`fix|fixed|regler|regle)$`,
);
/** Sentences of a role's context that tell why: the problem, the threat, the goal, the stake. */
const REASON_SAID = new RegExp(
  String.raw`\b(problem|problematique|threat\w*|menace\w*|goal|objecti\w*|aim|stake|enjeu|mission double|` +
    String.raw`two-fold mission|in order to|afin de|pour (securiser|optimiser|moderniser))`,
);

/**
 * "Why did AAA-Data migrate to Snowflake?": the sentences of that role's context telling why (the monopoly
 * threatened, the goal), first; then what was found.
 */
function whyOfRole(ctx: EngineContext, evidence: PartEvidence, question: string, language: Language): PartEvidence {
  // (A "partly" lacking only the solving: « quel problème devait-il résoudre ? » of a context that tells it.)
  const solving = evidence.uncovered.length > 0 && evidence.uncovered.every((w) => SOLVING.test(foldText(w)));
  const found = evidence.verdict === "yes" || (evidence.verdict === "partial" && solving);
  if (!found || evidence.roles.length > 0 || !WHY_ASKED.test(foldText(question))) return evidence;
  const keys = new Set(evidence.passages.map((p) => roleKeyOf(p.chunk)));
  const role = keys.size === 1 ? ctx.vocabulary.roles.get([...keys][0]!) : undefined;
  const reasons = (role?.chunks ?? []).filter(
    (c) => c.kind === "context" && c.lang === language && REASON_SAID.test(foldText(c.text)),
  );
  if (reasons.length === 0) return evidence;
  const quoted = reasons.map(quotedPassage);
  // (Up to three quoted, as any answer: a line of his work found first, "why did he port the algorithms to
  // PySpark?" being its own answer; then the reasons.)
  const rest = evidence.passages.filter((p) => !reasons.some((c) => c.key === p.key));
  const first = rest[0] && rest[0].chunk.kind !== "context" ? [rest[0]] : [];
  const passages = [...first, ...quoted, ...rest.slice(first.length)].slice(0, 3);
  return { ...evidence, verdict: "yes", uncovered: [], passages };
}

/** "his current team", « son équipe actuelle », "his team now": the team of his current roles. */
// (Not "up to now", "from his first job to today": all of them.)
const TEAM_NOW = new RegExp(
  String.raw`\b(current|currently|these days|at the moment|actuel\w*|en ce moment)\b|` +
    String.raw`(?<!\b(to|until|till|up to|so far|jusqu'a|jusqu a|jusqu'à) )\b(now|today|maintenant|aujourd'hui)\b`,
);
/** "his largest team", « sa plus petite équipe »: a team asked by its size. */
const TEAM_END = /\b(largest|biggest|smallest|larger|bigger|smaller|plus (?:grande?|grosse|gros|petite?))\b/;

/** "how many data engineers in…", « combien de data scientists dans… »: the kind of people counted. */
const COUNTED_MEMBERS = new RegExp(
  String.raw`\b(?:how many|combien (?:de |d'))\s*([\p{L} -]+?)(?=\s+(?:in|on|at|did|does|were|was|are|is|dans|` +
    String.raw`chez|il|y|a|ont|sont|etaient)\b|\s*[?!.]|$)`,
  "u",
);

/** "…are data engineers?", « …sont data scientists ? »: the kind of people counted, said last. */
const KIND_SAID_LAST = /\b(?:are|were|sont|etaient) (?:des |the )?([\p{L} -]+?)\s*[?!.]*$/u;

/** "has he worked with front-end developers?", « il a bossé avec des devs front ? »: the kind of people, asked. */
const WORKED_WITH_KIND = new RegExp(
  String.raw`\b(?:work(?:ed|s|ing)?|collaborat\w*|travaill\w*|bosse\w*) (?:with|alongside|avec)\s+` +
    String.raw`(?:a |an |the |des |les |un |une )?([\p{L} -]+?(?:developers?|devs?|engineers?|ingenieurs?))` +
    String.raw`\s*[?!.]*$`,
  "u",
);

/**
 * "How many data engineers in his team?", « combien de data scientists dans l'équipe ? »: the members of that kind
 * each roster lists ("3 Data Engineers"), not the whole team's size.
 */
function membersOfKind(
  evidence: PartEvidence,
  language: Language,
  messages: MessagesByLanguage,
  question: string,
): string | null {
  const counted = COUNTED_MEMBERS.exec(foldText(question))?.[1];
  const singular = (x: string) => x.replace(/s\b/g, "").trim();
  const generic = (x: string) => /^(people|persons|personnes|members|membres|gens|collegues|colleagues)$/.test(x);
  // ("how many people in his team at Decathlon are data engineers?": the kind said last.)
  const said = counted && generic(counted) ? KIND_SAID_LAST.exec(foldText(question))?.[1] : undefined;
  // ("has he worked with front-end developers?": whether a roster lists that kind.)
  const asked = said ?? counted ?? WORKED_WITH_KIND.exec(foldText(question))?.[1];
  if (!asked || generic(asked)) return null;
  // ("front-end devs" of "1 Front-end", "full stack engineers" of "1 Fullstack Engineer": the kind, however said.)
  const kindOf = (x: string) =>
    singular(x)
      .replace(/[\s-]+/g, "")
      .replace(/(?<=.)(developer|dev|engineer|ingenieur|eng)$/, "");
  const found = evidence.passages.flatMap((p) => {
    const item = [...p.chunk.text.matchAll(/(\d+)\s+([^,]+)/gu)].find(
      (m) => singular(foldText(m[2]!)) === singular(asked) || kindOf(foldText(m[2]!)) === kindOf(asked),
    );
    return item ? [`${item[1]} (${placesOf([toCitation(p)], language, messages)})`] : [];
  });
  return found.length > 0 ? messages[language].teamKind(asked, found.join("; ")) : null;
}

/** Kinds of employers, not one: "has he worked for startups?", « en ESN ? ». */
const KIND_OF_COMPANY = new RegExp(
  String.raw`^(startups?|start-ups?|scale-?ups?|corporates?|corporations?|companies|firms?|agenc(y|ies)|` +
    String.raw`consultanc(y|ies)|banks?|retailers?|insurers?|multinationals?|unicorns?|governments?|ngos?|` +
    String.raw`non-?profits?|smes?|pmes?|esn|ssii|cabinets?|agences?)$`,
);

/**
 * "Has he worked at Decathlon and Carrefour?", « chez Decathlon et chez Carrefour ? »: employers named together, some
 * his, some not — each its verdict (not only "doesn't mention Carrefour").
 */
function employersAmongOthers(ctx: EngineContext, understood: UnderstoodQuestion, language: Language): Answer | null {
  const part = understood.parts.length === 1 ? understood.parts[0]! : null;
  if (!part || part.roles.length === 0 || part.missing.length === 0 || part.technologies.length > 0) return null;
  // (« chez Decathlon et chez Carrefour, il a travaillé ? »: the places first, the verb after.)
  const text = foldText(understood.text);
  const placesFirst = /\b(chez|at|for)\b/.test(text) && /\b(travaill\w*|bosse\w*|work\w*|employed)\b/.test(text);
  const asked = askedEmployer(understood.text) !== null || WORKED_AT.test(text) || placesFirst;
  // (Names listed beside the employer as employers are, "and Carrefour", « et chez Carrefour », "or AXA": not a tool
  // worked with there, "for MAIF on Hadoop", "at Pernod with Tableau", nor a place, "at Decathlon in Lille".)
  const listedBeside = (t: string) =>
    new RegExp(
      String.raw`(?:,|\band|\bet|\bor|\bou|&)\s+(?:(?:at|for|chez|pour)\s+)?(?:(?:the|la|le|l')\s*)?` +
        String.raw`${literal(foldText(t))}(?![\p{L}\p{N}])`,
      "u",
    ).test(text);
  const names = part.missing.filter((t) => /^\p{Lu}/u.test(t) && listedBeside(t));
  const plain = part.words.every((w) => w.employer || w.light || w.everyday);
  if (!asked || !plain || names.length !== part.missing.length) return null;
  const m = ctx.messages[language];
  const roles = part.roles.map((key) => ctx.vocabulary.roles.get(key)).filter((r) => r !== undefined);
  const headings = roles.flatMap((r) => r.chunks.filter((c) => c.kind === "role" && c.lang === language).slice(0, 1));
  const citations = headings.map((c) => citeChunk(c));
  const listed = headings.map((c, i) => m.employerListed(c.role?.employer ?? roles[i]!.employer, i + 1));
  const lines = [...listed, ...names.map((n) => m.employerUnlisted(n))].join(" · ");
  return {
    question: understood.text,
    answered: true,
    answer: [lines, ...quoteLines(citations)].join("\n"),
    language,
    mode: "extractive",
    citations,
  };
}

/** "has he worked at/for…", « a-t-il travaillé chez… »: where he worked, asked. */
const WORKED_AT = /\b(work\w*|been|employed|travaill\w*|bosse\w*|ete|passe)\s+(at|for|chez|pour)\b/;

/** "Has he worked at Google?", "did he work at amazon?": a company asked about that none of his roles is. */
function unlistedEmployer(ctx: EngineContext, text: string): string | null {
  const { lexicon } = ctx.index;
  // Typed in lower case, a rare word ("amazon"); not a kind of company ("startups").
  const isName = (w: string, f = foldText(w)) => !lexicon.isEveryday(f, "fr") && !KIND_OF_COMPANY.test(f);
  // "What did he do at Google?": a company, unless a tool of his stacks ("at EMR") or a plain word ("governance").
  const done = doneAt(text);
  const tool = (t: string) =>
    ctx.vocabulary.technologies.some((x) => x.tokens.includes(t)) ||
    (lexicon.isWord(t) && lexicon.displayName(t) === null);
  const company =
    done && !(foldText(done).match(/[\p{L}\p{N}]+/gu) ?? []).every(tool)
      ? done[0]!.toUpperCase() + done.slice(1)
      : null;
  const employer = askedEmployer(text, isName) ?? company;
  const listed = (e: string) => foldText(e).includes(foldText(employer!)) || foldText(employer!).includes(foldText(e));
  if (!employer || ctx.employers.some(listed)) return null;
  // (Not "Automotive companies", "Insurance firms": a kind, which the word after says; nor "Airbus or Thales", two
  // names, each answered; nor a name a role's context gives, "Université Paris-Est Créteil" (EPISEN's), unless a tool.)
  const after = text.slice(text.indexOf(employer) + employer.length);
  const name = new RegExp(String.raw`(?<![\p{L}\p{N}])${literal(foldText(employer))}(?![\p{L}\p{N}])`, "u");
  const told = (c: Chunk) => c.kind === "context" && name.test(foldText(c.text));
  // (A tool a context names is no company of it: "Did he work for Snowflake?".)
  const held = !tool(foldText(employer)) && [...ctx.vocabulary.roles.values()].some((r) => r.chunks.some(told));
  // ("Did he work for Snowflake or Databricks?": a tool, no company, whatever follows.)
  if (tool(foldText(employer)) && /^\s*(or|ou|and|et)\b/i.test(after)) return employer;
  return KIND_AFTER.test(after) || held ? null : employer;
}

/** A contract or employment asked: "an employee of", « salarié de », "employed by", "a CDI at". */
// (Not "employer", « employeur »: whom, not how.)
const EMPLOYMENT =
  /\b(employee|employees|employed|staff|payroll|hired|permanent|cdi|salarie\w*|embauche\w*|employes?)\b/;

/**
 * "Was he an employee of Université Paris-Est Créteil?": a name no employer bears that one role's context gives (EPISEN
 * is its school), asked of a contract — the question asked of that role instead, its employer for the name.
 */
function parentAsked(ctx: EngineContext, text: string): { text: string; name: string; employer: string } | null {
  if (!EMPLOYMENT.test(foldText(text))) return null;
  // (Its name as written, capitalised words: "employed by the Université Paris-Est Créteil", « de l'Université … ».)
  const name = askedEmployer(text) ?? text.match(PARENT_NAME)?.[0];
  const folded = name ? foldText(name) : "";
  if (!name || ctx.employers.some((e) => foldText(e).includes(folded) || folded.includes(foldText(e)))) return null;
  // (The whole the employer is part of, as its context says: "the … school of Université Paris-Est Créteil"; not the
  // ANTS of "ANTS licence".)
  const named = new RegExp(
    String.raw`\b(?:school|ecole|subsidiary|filiale|division|branch|department|faculty|institute|institut|campus|` +
      String.raw`entity|entite|part|partie|brand|marque)\b[^.;]{0,40}?\b(?:of|de|du|d')\s*(?:the |la |le |l')?` +
      String.raw`${literal(folded)}(?![\p{L}\p{N}])`,
    "u",
  );
  const told = (c: Chunk) => c.kind === "context" && named.test(foldText(c.text));
  const roles = [...ctx.vocabulary.roles.values()].filter((r) => r.chunks.some(told));
  if (roles.length !== 1) return null;
  return { text: text.replace(name, roles[0]!.employer), name, employer: roles[0]!.employer };
}

/** Two capitalised words or more, not the sentence's first: a name ("Université Paris-Est Créteil"). */
const PARENT_NAME = /(?<=[\s'’])\p{Lu}[\p{L}\p{N}&-]*(?:\s+\p{Lu}[\p{L}\p{N}&-]*)+/u;

/** The answer of the role whose context names the parent asked, with where the profile names it. */
async function withParent(
  ctx: EngineContext,
  asked: { question: string; text: string; name: string; employer: string },
  language: Language,
): Promise<Answer> {
  const read = ctx.reader.read(asked.text, { language });
  const answer = await answerRead(
    ctx,
    { question: asked.question, understood: read, intent: intentOf(read) },
    language,
  );
  const [first, ...rest] = answer.answer.split("\n");
  const note = ctx.messages[language].parentNamed(asked.name, asked.employer);
  return { ...answer, answer: [`${first} ${note}`, ...rest].join("\n") };
}

/**
 * "Has he ever been employed by Airbus?", "did he work for Airbus?": a company he never worked for, not a contract
 * asked nor a kind of employer — when it is a name (each of its words none of the everyday ones: not "the French
 * Government") none of his employers bears. The answer that says so, else null.
 */
function namedEmployerLacked(ctx: EngineContext, text: string, intent: ProfileIntent, language: Language) {
  if (intent.kind !== "contract" && !(intent.kind === "employers" && intent.kindAsked)) return null;
  const employer = unlistedEmployer(ctx, text);
  const named = (w: string) => !ctx.index.lexicon.isEveryday(foldText(w), "fr") && !KIND_OF_COMPANY.test(foldText(w));
  // (Not "the French Government": every word a name — or several capitalised words ending in no institution's,
  // « Société Générale », « La Poste ».)
  const words = employer?.split(/\s+/) ?? [];
  const capitalised = words.length > 1 && words.every((w) => /^\p{Lu}/u.test(w)) && !INSTITUTION.test(words.at(-1)!);
  if (!employer || !(words.every(named) || capitalised)) return null;
  if (intent.kind !== "contract" && foldText(employer) !== foldText(intent.kindAsked!)) return null;
  return ctx.messages[language].notEmployer(employer, ctx.employers.join(", "));
}

/** The last word of a public body's name, which is no company's: "the French Government", « Ministère … ». */
const INSTITUTION = new RegExp(
  String.raw`^(government|gouvernement|ministry|ministère|ministere|state|état|etat|university|université|` +
    String.raw`universite|school|école|ecole|city|ville|region|région|department|département)$`,
  "i",
);

/** The words after a name that make it a kind of company: "Automotive companies", "Airbus or Thales" (two). */
const KIND_AFTER = new RegExp(
  String.raw`^\s*(?:companies|company|firms?|brands?|institutions?|bodies|body|sector|industry|groups?|players?|` +
    String.raw`organi[sz]ations?|businesses|clients?|entreprises?|groupes?|sociétés?|or|ou|and|et)\b`,
  "iu",
);

/** A sentence that asks without a question mark: "Kindly confirm…", "Please share…", « Merci de préciser… ». */
const REQUEST = new RegExp(
  // A request for something about him ("confirm whether…", "share his…"), not a closing ("Merci de votre
  // retour", "Kindly revert", "Please call me back", "Please confirm at the earliest").
  String.raw`^(?:(?:kindly|please|pls|request you to|(?:could|can|would) you(?: please)?)\s+)?` +
    String.raw`(?:confirm|share|tell me|let me know|advise|specify|mention|elaborate on|describe|explain|provide)\s+` +
    String.raw`(?:if|whether|his|her|the|about|on|how|what|which|when|where)\b|` +
    String.raw`^(?:i (?:would|'d) like to know|j'aimerais savoir|je voudrais savoir)\b|` +
    String.raw`^(?:merci de|veuillez|pourriez[- ]vous|pouvez[- ]vous)\s+(?:me |nous )?` +
    String.raw`(?:confirmer|preciser|indiquer|dire|detailler|decrire|communiquer|donner|transmettre|envoyer)\b|` +
    String.raw`^(?:dites[- ]moi|precisez|indiquez)\s+(?:si|s'|quel|quelle|quels|quelles|combien|comment|ou|quand)`,
);

/** Ways of working, as pointed back at: « ce mode de fonctionnement », "this way of working". */
const WAY_NOUNS =
  String.raw`mode de (?:fonctionnement|travail)|modes?|fonctionnement|fa[çc]on de (?:faire|travailler)|` +
  String.raw`m[ée]thodes?|m[ée]thodologies?|organisation|environnements?|approches?|ways? of working|set-?ups?|` +
  String.raw`approach(?:es)?|methodolog(?:y|ies)|environments?`;

/** Words pointing back at what another question named: "those", "it", « ça », « celui-là ». */
/**
 * A question pointing back at what was told before it ("…experience of that world?"); not "…at that car-data
 * company, AAA-Data?", whose "that" is of the employer it names itself.
 */
function pointsBackIn(ctx: EngineContext, question: string, language: Language): boolean {
  const placeNamed = ctx.reader.read(question, { language }).parts.some((p) => p.roles.length > 0);
  return POINTS_BACK.test(placeNamed ? foldText(question).replace(THAT_PLACE, " ") : foldText(question));
}

/** "that car-data company", « cette boîte »: an employer described, which the question names besides. */
const THAT_PLACE = new RegExp(
  String.raw`\b(that|this|cette|ce|cet) ([\w-]+ ){0,2}(company|firm|employer|insurer|retailer|client|school|` +
    String.raw`entreprise|boite|societe|assureur|ecole)\b`,
  "g",
);
const POINTS_BACK = new RegExp(
  String.raw`\b(those|these|them|it|this|that|there|such|similar|comparable|alike|both|` +
    String.raw`ca|cela|ceux|celles?|celui|dessus|genre|` +
    // « ces technologies », « ces outils » (not « cette année », « ces dernières années »: a time).
    String.raw`(?:ces|cette|cet|ce) (?:technolog\w*|technos?|outils?|frameworks?|langages?|logiciels?|briques?|` +
    // « ils sont en Scrum. Il a l'habitude de ce mode de fonctionnement ? »: the way of working just told.
    String.raw`solutions?|plateformes?|stack|${WAY_NOUNS}))\b`,
);

/**
 * "has he done PII encryption? what did he do at MAIF?": questions each about something of its own,
 * answered in turn in one reply (see questionsOf). Null for one question, or for questions only he can
 * answer, which one reply covers (see ownerOnly).
 */
async function eachQuestion(ctx: EngineContext, input: Question, language: Language): Promise<Answer | null> {
  // Most messages ask one thing: told apart before reading them (as cleaned: "…, they want to know his strengths").
  if (questionsOf(input.text).length < 2 && questionsOf(cleanMessage(input.text).text).length < 2) return null;
  const whole = ctx.reader.read(input.text, { language });
  if (whole.chatter || whole.text === "") return null;
  // (Numbered or announced questions are each one, as written: the reading drops their numbers and "3 things:".)
  const asWritten = enumerated(input.text) !== input.text || announcesQuestions(input.text);
  const written = questionsOf(asWritten ? input.text : whole.text);
  // ("…3) is he SnowPro certified? tks!": the thanks after the last asks nothing.)
  const asking = written.filter((q) => {
    const read = ctx.reader.read(q, { language });
    return !read.chatter && read.text !== "";
  });
  const questions = withThingNamed(ctx, asking, language);
  if (questions.length < 2 || questions.length > MAX_QUESTIONS) return null;
  if (questions.every((q) => ownerTopicOf(q) !== null)) return null;
  const own = (q: string) => {
    const read = ctx.reader.read(q, { language });
    // "Any machine learning background?", "Does he teach?": everyday words the profile holds are a subject too,
    // unless the question points back at another's ("did he build something to catch those?").
    const standsAlone = !POINTS_BACK.test(foldText(q));
    return (
      read.text !== "" &&
      (read.topic !== null ||
        // « …et est-il dispo ? »: what only he can say is a question of its own too.
        ownerTopicOf(q) !== null ||
        detectProfileIntent(read) !== null ||
        read.parts.some(
          (p) =>
            p.technologies.length + p.roles.length + p.missing.length > 0 ||
            p.words.some((w) => !w.everyday || (standsAlone && !w.light)),
        ))
    );
  };
  // The first about something of its own; after one naming an employer, the next may ask on about it ("how
  // long at MAIF? and what did he do there?"); else a question without a subject asks on about the first
  // ("…the wrong structure? did he build something to catch those?"), which is read with it.
  const first = ctx.reader.read(questions[0]!, { language });
  // (Not "his current employer", which asks of his roles now, of no one employer for the next.)
  const firstIntent = detectProfileIntent(first);
  const now = firstIntent?.kind === "current" && !firstIntent.role;
  const employer = !now && first.parts.some((p) => p.roles.length > 0);
  if (!own(questions[0]!) || !questions.slice(1).every((q) => own(q) || employer)) return null;
  // "what did he do at Decathlon, and with which stack?": the one employer the first names, the next's too.
  const roles = now ? [] : [...new Set(first.parts.flatMap((p) => p.roles))];
  const named = roles.length === 1 ? ctx.vocabulary.roles.get(roles[0]!)?.employer : undefined;
  // (Not to a question on his teaching after a job's: « …chez Decathlon ? et il donne des cours depuis qd ? ».)
  const kind = roles.length === 1 ? ctx.vocabulary.roles.get(roles[0]!)?.kind : undefined;
  const teachingElsewhere = (q: string) =>
    TEACHING_QUESTION.test(foldText(q)) && kind !== "teaching" && kind !== "training";
  const atFirst = (q: string) => {
    if (!named || q === questions[0] || teachingElsewhere(q)) return q;
    if (ctx.reader.read(q, { language }).parts.some((p) => p.roles.length > 0)) return q;
    return `${q.replace(/[\s?!.]+$/, "")} ${language === "fr" ? "chez" : "at"} ${named} ?`;
  };
  return answerEach(ctx, input, questions.map(atFirst), language);
}

/**
 * "Did he teach Spark and did he use it in production?": a later question's "it" is the one technology the first
 * names ("did he use Spark in production?"), asked of its own.
 */
function withThingNamed(ctx: EngineContext, questions: string[], language: Language): string[] {
  if (questions.length < 2) return questions;
  // (A stack technology, or a tool the profile names elsewhere: Kafka, taught.)
  const parts = ctx.reader.read(questions[0]!, { language }).parts;
  // (A stack name of several words, "Unity Catalog", is one.)
  const named = [...new Set(parts.flatMap((p) => p.technologies.map((t) => t.name)))];
  const words = parts.flatMap((p) => p.words);
  const techs =
    named.length > 0 ? named : [...new Set(words.filter((w) => w.tech && !w.employer).map((w) => w.original))];
  if (techs.length !== 1) return questions;
  // (In French, « la migration » only: « l' » and « le » are too many other things to be read as it.)
  const it = language === "en" ? /\bit\b/i : /(?!)/;
  const work = language === "en" ? THE_WORK : THE_WORK_FR;
  return questions.map((q, i) => {
    // ("Unity Catalog? did he complete the migration?": the migration of it, the thing the first names.)
    const the = work.exec(q);
    if (i === 0 || (!it.test(q) && !the)) return q;
    // ("…, and did he use it at Decathlon?": Kafka, at Decathlon; not "did he use Docker at it?", a thing of its own.)
    const read = ctx.reader.read(q, { language }).parts;
    if (read.some((p) => p.roles.length > 0 || p.words.some((w) => w.tech && !w.employer))) return q;
    if (it.test(q)) return q.replace(it, techs[0]!);
    return q.replace(work, `$& ${language === "en" ? "of" : "vers"} ${techs[0]!}`);
  });
}

/** "the migration", "the project", "the POC": a piece of work pointed at, of the thing named before. */
const THE_WORK = /\b(?:the|that|this) (?:migration|move|project|poc|rollout|implementation|deployment|switch)\b/i;
/** « la migration », « ce projet », « le POC »: the same, in French. */
const THE_WORK_FR =
  /(?<![\p{L}])(?:la|cette) (?:migration|bascule)|(?<![\p{L}])(?:le|ce) (?:projet|poc|d[ée]ploiement)(?![\p{L}])/iu;

/** Each question answered after the one before ("…? since when?" follows it), then one turn for them all. */
async function answerEach(
  ctx: EngineContext,
  input: Question,
  questions: string[],
  language: Language,
  keep: Partial<Turn> = {},
) {
  const before = ctx.conversations.history(input.conversationId);
  const answers: Answer[] = [];
  for (const q of questions) answers.push(withVerdict(await respond(ctx, { ...input, text: q, language })));
  const turns = ctx.conversations.history(input.conversationId).filter((t) => !before.includes(t));
  const merged = mergedAnswers(input.text, answers);
  const last = turns.at(-1);
  if (last) {
    // On one employer only if every question was ("how long at MAIF? and what did he do there?").
    const { role, ...rest } = last;
    const one = new Set(turns.map((t) => t.role)).size === 1 && role;
    const turn = { ...rest, question: input.text, answer: merged.answer, answered: merged.answered, ...keep };
    ctx.conversations.replaceSince(input.conversationId, before, one ? { ...turn, role } : turn);
  }
  return merged;
}

/** "Snowflake and Databricks?" then "which was longer?": each thing asked again, as written or as read. */
function thingsAgain(question: string, read: string, language: Language, last: Turn | undefined): string[] | null {
  if (!last) return null;
  return (
    thingsAskedAgain(question, language, last) ?? (read === question ? null : thingsAskedAgain(read, language, last))
  );
}

/**
 * "what were his titles at MAIF and Pernod Ricard?", « son poste chez MAIF et chez Pernod Ricard ? »: a question
 * about the roles asked of each employer named, one answer each. Null unless the question, asked of one of
 * them alone, is such a question.
 */
async function eachRole(ctx: EngineContext, input: Question, language: Language): Promise<Answer | null> {
  // Most messages name one employer or none: told apart before reading them.
  // (By the first word of its name too: « chez AAA ».)
  const folded = foldText(input.text);
  if (ctx.employers.filter((e) => folded.includes(foldText(e).split(/[\s-]/)[0]!)).length < 2) return null;
  const read = ctx.reader.read(input.text, { language });
  const part = read.parts[0];
  if (read.chatter || read.topic || read.parts.length !== 1 || !part || part.described) return null;
  // ("Did he use Airflow at Decathlon and at MAIF?": one technology, which one of them may lack.)
  const oneTech = part.technologies.length === 1 && part.missing.length === 0;
  const things = part.technologies.length + part.missing.length;
  if (part.roles.length < 2 || part.roles.length > MAX_QUESTIONS || (things > 0 && !oneTech)) return null;
  // ("how long at MAIF and AAA-Data?", "which came first?", "at MAIF before AAA-Data?", "his current roles at
  // Decathlon and EPISEN?": asked of the two at once.)
  const text = foldText(read.text);
  if (/\b(before|after|avant|apres|current|currently|now|actuel\w*|maintenant|since|depuis)\b/.test(text)) return null;
  // ("He left AAA-Data and joined Decathlon in May 2021?": a move from one to the other, no one question of each.)
  if (/\b(left|leave|quit|quitte|parti)\b/.test(text) && /\b(join\w*|rejoint|start\w*|arriv\w*)\b/.test(text))
    return null;
  // In the order the question names them (in full, or by the first word: « chez AAA »).
  const named = (e: string) => {
    const at = text.indexOf(foldText(e));
    return at >= 0 ? at : text.indexOf(foldText(e).split(/[\s-]/)[0]!);
  };
  const employers = part.roles
    .map((r) => ctx.vocabulary.roles.get(r)?.employer ?? r)
    .sort((a, b) => named(a) - named(b));
  // ("a freelancer at Decathlon and an employee at EPISEN?": each clause its own question, whatever it asks.)
  const clauses = clausesOf(read.text, employers);
  if (clauses) return answerEach(ctx, input, clauses, language);
  const whole = detectProfileIntent(read);
  if (whole && !["current", "employers", "skills"].includes(whole.kind)) return null;
  const bare = employers.reduce((text, e) => text.replace(employerMention(e), " "), read.text);
  const at = language === "fr" ? "chez" : "at";
  const asked = employers.map(
    (e) =>
      `${bare
        .replace(/[\s?!.,]+$/, "")
        .replace(/\s+/g, " ")
        .trim()} ${at} ${e} ?`,
  );
  const alone = ctx.reader.read(asked[0]!, { language });
  // (Each question names one employer: no other left in it.)
  if (alone.parts.some((p) => p.roles.length !== 1)) return null;
  const intent = detectProfileIntent(alone);
  // ("what migrations at Decathlon and at AAA-Data?": each role's lines, when each holds the words asked — the
  // passages found for both at once may all be one role's.)
  // (Not the two weighed against each other: "was the team bigger at Decathlon or at AAA-Data?".)
  const weighed = /\b(or|ou|than|que|versus|vs|compar\w*|bigger|larger|smaller|longer|shorter|more|less|plus|moins)\b/;
  // (Of a technology, only when one of them lacks it: one "yes" would claim it at both.)
  const held = employers.map((e) => heldAtRole(ctx, part, e, language));
  const each =
    !intent && !weighed.test(text) && (oneTech ? held.some((h) => h === false) : held.every((h) => h === true));
  if (oneTech && !each) return null;
  if (!each && (!intent || !("role" in intent) || !intent.role)) return null;
  return answerEach(ctx, input, asked, language);
}

/**
 * "Was he a freelancer at Decathlon and an employee at EPISEN?", « freelance chez Decathlon et salarié chez
 * EPISEN ? »: a thing of its own asked of each employer, each clause a question (its subject and verb taken from
 * the first). Null unless each clause names one employer, in order, with words of its own beside it.
 */
function clausesOf(text: string, employers: string[]): string[] | null {
  // (Not "at MAIF and Pernod Ricard at the same time?", « en même temps », "both", "and then at AAA-Data", "also":
  // the two weighed together, or a thing asked of both.)
  if (TOGETHER.test(foldText(text))) return null;
  const clauses = text.replace(/[\s?!.]+$/, "").split(/\s*(?:,\s*)?\b(?:and|et)\s+/i);
  if (clauses.length !== employers.length) return null;
  // (Nothing after the last employer: "…at Pernod and at Decathlon as a data engineer?" asks that of both.)
  const last = employers.at(-1)!;
  if (!new RegExp(`${employerMention(last).source}\\s*$`, "iu").test(clauses.at(-1)!)) return null;
  // (What each asks beside its employer, its subject and verb aside: "was he at MAIF" asks nothing of its own; the
  // subject opens the question: "Was he", « Était-il », not "At MAIF was he".)
  const asking = new RegExp(
    String.raw`^(?:(?:was|is|did|does|has|had|were)\s+(?:he|she)|(?:etait|est|a)[- ](?:t[- ])?(?:il|elle)|` +
      String.raw`(?:il|elle))\b(?:\s+(?:was|is|work\w*|been|ete|etait|travaill\w*|bosse\w*))?`,
    "i",
  );
  const first = foldText(clauses[0]!);
  const opening = asking.exec(first)?.[0];
  if (!opening || first.length !== clauses[0]!.length) return null;
  // (The subject the later clauses take: "Was he", « Était-il », "did he do" — the verb too after do or have.)
  const verb = /^(?:did|does|has|had)\s+(?:he|she)$/i.test(opening)
    ? /^\s+\p{L}+/u.exec(first.slice(opening.length))
    : null;
  const subject = clauses[0]!.slice(0, opening.length + (verb?.[0].length ?? 0));
  const rest = clauses.map((c, i) => {
    const names = employers.filter((e) => employerMention(e).test(c));
    const own = foldText(c).replace(asking, " ");
    return names.length === 1 && names[0] === employers[i]
      ? foldText(own.replace(employerMention(names[0]!), " "))
      : "";
  });
  const words = rest.map((r) =>
    r.split(/\s+/).filter((w) => /^\p{L}{3,}$/u.test(w) && !/(?:ly|ment)$|^(long|the|les|des|une)$/.test(w)),
  );
  if (words.some((w) => w.length === 0) || new Set(rest.map((r) => r.trim())).size < rest.length) return null;
  return clauses.map((c, i) => `${i > 0 && !/\b(?:he|she|il|elle)\b/i.test(c) ? `${subject} ` : ""}${c} ?`);
}

const TOGETHER = new RegExp(
  String.raw`\b(same time|at once|together|simultaneous\w*|meme temps|a la fois|en parallele|in parallel|both|` +
    String.raw`ensemble|then|ensuite|puis|after|apres|before|avant|also|aussi|still|encore|again|toujours|as well)\b`,
);

/** An employer named, with what joins it to the one before and where: ", and at MAIF", « et chez l'assureur MAIF ». */
function employerMention(employer: string): RegExp {
  // (Or the first word of its name: « chez AAA », "at Pernod".)
  const first = employer.split(/[\s-]/)[0]!;
  const name = `(?:${literal(employer).replace(/[\s-]+/g, "[\\s-]+")}${first.length >= 3 ? `|${literal(first)}` : ""})`;
  return new RegExp(
    String.raw`(?:\s*(?:,|\band\b|\bet\b|&)\s*)?(?:\b(?:at|chez|for|pour|with|avec|in|à|a)\s+)?` +
      String.raw`(?:(?:the|l'|le|la)\s*(?:[\p{L}-]+\s+)?)?${name}(?![\p{L}\p{N}])`,
    "giu",
  );
}

/**
 * "yoe in spark? and aws? and is he available asap?": the questions the profile answers, then what only he
 * can say, in one reply. Null when the message isn't made of both.
 */
/** (`oneLine`: the message as sent holds no line break; a job ad's lines are its requirements, checked whole.) */
async function withOwnerAside(
  ctx: EngineContext,
  input: Question,
  language: Language,
  oneLine: boolean,
): Promise<Answer | null> {
  const names = (x: string) =>
    ctx.reader.read(x).parts.some((p) => p.words.some((w) => (w.key || w.tech) && !w.absent));
  const { owned, rest: left } = ownerPieces(plainText(input.text), language, names, oneLine);
  const rest = left.map((x) => x.text);
  // Every other sentence a question of its own ("it's for an intl team" only says why the first is asked).
  if (owned.length === 0 || rest.length === 0 || !left.every((x) => x.asked)) return null;
  // "any certifications? databricks certified? aws?": a name alone after certifications asks for one more (not
  // "what degree? spark?", which asks about Spark too).
  const bare = (x: string) => x.replace(/[\s?!.]+$/, "").split(/\s+/).length <= 2;
  if (owned.some((x) => /certif/i.test(x)) && rest.every(bare)) return null;
  // …and naming something of the profile, or asking of it as a whole ("1. years of experience 2. notice period"):
  // "TOEIC or other?" after « son niveau d'anglais ? » asks on about it.
  // « il est bien freelance ? son TJM ? »: a question of its own in a telling word the profile holds asks of it too
  // (not "master, ingénieur civil ?" after « quel diplôme ? », which names kinds of what only he can say).
  // (A numbered item asks by itself: "(2) data governance".)
  const numbered = enumerated(input.text) !== input.text;
  const telling = (x: string) => {
    const read = ctx.reader.read(x);
    const asks = numbered || OPENS_QUESTION.test(read.text);
    return asks && read.parts.some((p) => p.words.some((w) => !w.everyday && !w.absent));
  };
  const ofProfile = (x: string) =>
    names(x) || telling(x) || detectProfileIntent(ctx.reader.read(x, { language })) !== null;
  if (!rest.some(ofProfile)) return null;
  const note = ownerOnly(ctx, owned.join(" "), language, ownerTopicOf(owned[0]!)!);
  if (note.citations.length > 0) return null;
  // (Numbered items numbered again: each is a thing of its own, "(1) stakeholders (2) data governance".)
  const asked = numbered && rest.length > 1 ? rest.map((x, i) => `${i + 1}) ${x}`) : rest;
  const answer = await respond(ctx, { ...input, text: asked.join(" "), language });
  // Answered or not ("Kafka: taught…", "not in the profile"), what only he can say is said with it.
  if (!answer.answered && answer.reason !== "partial" && answer.reason !== "not_in_profile") return null;
  return { ...answer, question: input.text, answer: noteAfterLead(answer.answer, note.answer) };
}

/**
 * What joins two things asked in one sentence: "…, and is he…", « …, et il… », "English and Databricks", "a
 * mission in Lyon with Airflow", « mission à Nantes en Spark ».
 */
const PIECE_JOIN = /,\s*(?=(?:et|and)\s+(?:il|elle|he|she|est-ce|does|did|has|is|can|could)\b)|\s+(?:and|et)\s+/;
/** …and what a place of work names beside it: "a mission in Lyon with Airflow", « mission à Nantes en Spark ». */
const PLACE_JOIN = /\s+(?:with|avec|en)\s+/;

/**
 * A message's pieces about what only he can say ("is he available", « il habite où », "strong English"), and the
 * rest, sentence by sentence, each with whether its sentence asks: "Does he have strong English and Databricks
 * experience?" → "Does he have strong English" / "Databricks experience?".
 */
function ownerPieces(text: string, language: Language, names: (piece: string) => boolean, oneLine: boolean) {
  const owned: string[] = [];
  const rest: { text: string; asked: boolean }[] = [];
  for (const sentence of text.split(/(?<=\?)\s+/).filter((x) => /[\p{L}\p{N}]/u.test(x))) {
    // ("Spark, Databricks, anglais courant : ok ?", a job ad's « Maîtrise de Spark ; connaissance de Kafka ; anglais
    // courant. »: things listed, each asked, question mark or not.)
    // (Not a list the asker wants matched, "…, anglais courant. Ça matche ?", nor a job ad's lines: its requirements,
    // checked whole.)
    // (Nor names listed as kinds of a certificate: « certifié ? AWS, Databricks, n'importe quoi… ».)
    const listed =
      oneLine &&
      (sentence.match(/[,;]/g) ?? []).length >= 2 &&
      !FIT_ASKED.test(foldText(text)) &&
      !/certif|dipl[oô]m|degree/i.test(text);
    const split = sentence
      .split(PIECE_JOIN)
      .flatMap((x) => (listed ? x.split(/\s*[,;]\s*/) : [x]))
      .flatMap((x) => (/^(location|remote)$/.test(ownerTopicOf(x) ?? "") ? x.split(PLACE_JOIN) : [x]))
      .filter((x) => /[\p{L}\p{N}]/u.test(x));
    // (Not "is he available to work on Spark and Kafka?": a piece of his to say that names the profile's things
    // keeps its sentence whole.)
    const whole = split.some((x) => ownerTopicOf(x) !== null && names(x)) ? [sentence] : split;
    // ("fluency in both English and French": a word or two after what only he can say, naming nothing of the
    // profile, are more of it.)
    const pieces = whole.reduce<string[]>((out, x) => {
      const last = out.at(-1);
      const more = last !== undefined && ownerTopicOf(last) !== null && ownerTopicOf(x) === null;
      if (more && x.trim().split(/\s+/).length <= 2 && !names(x)) out[out.length - 1] = `${last} and ${x}`;
      else out.push(x);
      return out;
    }, []);
    const own = pieces.filter((x) => ownerTopicOf(x) !== null);
    // (Not a list after a question of his, "certifs? databricks, aws": kinds of what he is asked.)
    const asked = /\?\s*$/.test(sentence) || (listed && own.length > 0);
    owned.push(...own);
    const others = pieces.filter((x) => !own.includes(x)).map((x) => x.replace(/[\s?]+$/, ""));
    if (others.length > 0)
      rest.push({ text: `${others.join(language === "fr" ? " et " : " and ")}${asked ? " ?" : ""}`, asked });
  }
  return { owned, rest };
}

/**
 * "does he fit?", « il matche ? », "what's missing?" alone: the job pasted last in the conversation checked
 * again; with none pasted, which job. ("what do you think of him?" stays a judgement the profile doesn't make.)
 */
async function fitVerdict(
  ctx: EngineContext,
  input: Question,
  whole: UnderstoodQuestion,
  history: Turn[],
  language: Language,
): Promise<Answer | null> {
  // "so?", « alors ? », "verdict?" right after a job was checked: its verdict.
  const last = history.at(-1);
  const so = last?.fit !== undefined && SO_ALONE.test(foldText(whole.text));
  const pasted = [...history].reverse().find((t) => t.fit !== undefined)?.fit;
  // "and the nice-to-haves?", « et les compétences souhaitées ? »: the job's lines under that heading.
  const niceAsked = pasted !== undefined && NICE_ASKED.test(foldText(whole.text));
  const nice = niceAsked ? niceToHaves(pasted) : null;
  if (nice) return fitTurn(ctx, input.conversationId, nice, input.text, language);
  // "and the nice-to-haves?" of a job that lists none: said, not the words "nice" and "haves" looked up.
  if (niceAsked) return noAnswer(input.text, language, "no_job", ctx.messages[language].fitNoNice);
  // (Not "any career gaps?", gaps between his roles, which the dates answer.)
  const career = /\b(career|employment|cv|resume|dates?|between|parcours|carriere|emploi|trous?)\b/;
  const gapsAsked = pasted !== undefined && GAPS_ASKED.test(foldText(whole.text)) && !career.test(foldText(whole.text));
  if (!so && !gapsAsked && !fitAskedAlone(whole)) return null;
  // "what's missing?": the requirements not met, or met in part; the report's count says the rest.
  const gaps = (a: Answer) => ({
    ...a,
    answer: a.answer
      .split("\n")
      .filter((line, i) => i === 0 || !/^• .*: ✔/u.test(line))
      .join("\n"),
  });
  if (pasted && gapsAsked) return gaps(await fitTurn(ctx, input.conversationId, pasted, input.text, language));
  if (pasted) return fitTurn(ctx, input.conversationId, pasted, input.text, language);
  // With none, only a word of fitting asks which job ("what's missing from his CV?", "thoughts?" do not).
  // (« notre stack : GCP, BigQuery. Il s'adapterait ? »: the job is the list before it.)
  const fitting = FITTING.test(foldText(whole.text)) || MISSING_ALONE.test(foldText(whole.text));
  const listed = ADAPT_CLOSING.test(foldText(input.text)) && requirementsOf(input.text, whole, input.text) !== null;
  return whole.topic === "opinion" || !fitting || listed
    ? null
    : jobAsked(ctx, input.conversationId, noAnswer(input.text, language, "no_job", ctx.messages[language].fitWhat));
}

/** "I have a role for him:", « voici l'offre : », « jai une mission pour lui »: a job announced, none given yet. */
const JOB_COMING = new RegExp(
  String.raw`^(?:(?:so|ok|alors|donc|bonjour|hello|hi) )?(?:i have|i've got|we have|we've got|j'ai|jai|on a|` +
    String.raw`nous avons|voici|voila|here'?s|here is|je vous (?:envoie|transmets|partage)|i'?ll (?:send|paste)|` +
    // « je vais vous coller l'annonce », "I'm going to paste the JD": the same, about to come.
    String.raw`je vais (?:te|vous) (?:envoyer|coller|transmettre|partager)|i'?m (?:going to|gonna) (?:send|paste)|` +
    String.raw`je (?:t'|vous )?(?:envoie|colle))` +
    String.raw`(?: (?:a|an|the|our|my|this|une?|l'|la|le|mon|ma|notre|cette?))? ?` +
    String.raw`(?:role|job|position|opening|jd|job description|requirements?|mission|offre|poste|fiche(?: de poste)?|` +
    String.raw`annonce|opportunite|opportunity|presta)` +
    String.raw`(?: (?:for (?:him|you)|pour (?:lui|vous|toi)|that might fit|qui pourrait (?:lui )?correspondre))?` +
    String.raw`\s*[:.!]*$`,
);

/** The French words of announcing a job: « j'ai une offre », « voici la fiche », « on a une mission ». */
const FRENCH_ANNOUNCE =
  /\b(j'ai|jai|on a|nous avons|voici|voila|je vous|je t'|je colle|je envoie|une|la|le|mon|ma|notre)\b/;

/** "and the nice-to-haves?", « et les atouts ? », in a few words. */
const NICE_ASKED = new RegExp(
  String.raw`^(and |et |what about |et pour )?(the |les |ses )?` +
    String.raw`(nice[- ]to[- ]haves?|bonus(es)?|pluses|optional( ones)?|` +
    String.raw`(competences |points )?(souhaite\w*|apprecie\w*)|atouts?|plus)\s*[?!.]*$`,
);
/** The lines of a job under its nice-to-have heading, up to the next heading; null when it has none. */
function niceToHaves(job: string): string | null {
  const lines = job.split("\n");
  const start = lines.findIndex((l) => NICE_HEADING.test(foldText(l)));
  // "FCA experience is a plus", « Looker serait un plus »: a line that says so itself.
  const marked = lines.filter((l, i) => i !== start && NICE_INLINE.test(foldText(l))).map((l) => l.trim());
  if (start < 0) return marked.length > 0 ? marked.join("\n") : null;
  const after = lines.slice(start + 1);
  const end = after.findIndex((l) => /:\s*$/.test(l.trim()));
  const inline = lines[start]!.replace(/^[^:]*:\s*/, "").trim();
  const picked = [
    ...(inline && inline !== lines[start]!.trim() ? [inline] : []),
    ...after.slice(0, end < 0 ? undefined : end),
  ];
  const kept = [...new Set([...picked.map((l) => l.trim()), ...marked])].filter(Boolean);
  return kept.length > 0 ? kept.join("\n") : null;
}

/** A job's requirements checked, and kept in the conversation for a later "does he fit?". */
/** A reply asking for a job's requirements, remembered so that the next message is read as the job. */
function jobAsked(ctx: EngineContext, conversationId: string | undefined, answer: Answer): Answer {
  const { question, language } = answer;
  const turn = { question, standalone: "", answer: answer.answer, answered: false, language, awaitingJob: true };
  ctx.conversations.append(conversationId, turn);
  return answer;
}

/**
 * After "Go ahead: paste its requirements", the job: a message that is no question of its own ("Spark, AWS, Kafka,
 * 5+ years", a description on several lines); not "has he used Kafka?", which is asked as any question.
 */
function jobAfterAsking(history: Turn[], message: string): boolean {
  if (history.at(-1)?.awaitingJob !== true) return false;
  // ("ok thanks", "bye": chatter, no job.)
  const { text, chatter } = cleanMessage(message.trim());
  if (chatter !== null || text === "") return false;
  return /\n/.test(text) || !/\?\s*$/.test(text) || (text.match(/,/g) ?? []).length >= 2;
}

async function fitTurn(
  ctx: EngineContext,
  conversationId: string | undefined,
  requirements: string,
  question: string,
  assessed: Language | FitReport,
): Promise<Answer> {
  const report =
    typeof assessed === "string"
      ? await assessFit(requirements, fitContextOf(ctx), closedIn(question, assessed))
      : assessed;
  const answer = fitAsAnswer(report, question);
  rememberFit(ctx, conversationId, requirements, answer);
  return answer;
}

/** A line asking the bot to check, not a requirement: "Kindly check whether…", "can you check". */
const REQUEST_LINE =
  /^(?:kindly|please|pls|can you|could you|would you|check|confirm|let me know|merci de|pouvez-vous|peux-tu)\b/;

/**
 * A job's requirements checked one by one; "JD: 'Exposure to MLOps - automating model refresh'. Kindly check…", one
 * line naming nothing a checklist knows, is asked as a question of its own instead.
 */
async function checkedOrAsked(
  ctx: EngineContext,
  input: Question,
  requirements: string,
  question: string,
  language: Language,
): Promise<Answer> {
  const report = await assessFit(requirements, fitContextOf(ctx), closedIn(question, language));
  if (report.requirements.length > 0) return fitTurn(ctx, input.conversationId, requirements, question, report);
  // (Its lines but the closing request: "Kindly check whether he is having this exposure".)
  const lines = requirements
    .split("\n")
    .map((l) => l.trim().replace(/^['"‘“]+|['"’”.!?\s]+$/gu, ""))
    .filter((l) => !REQUEST_LINE.test(foldText(l)) && wordTokens(l).length >= 3);
  const asked = lines.length === 1 ? `${lines[0]}?` : "";
  if (asked && fitRequestOf(asked) === null) return { ...(await respond(ctx, { ...input, text: asked })), question };
  // ("Hi, I have a job ad, can you check the fit?": the job is still to come.)
  if (lines.length === 0)
    return jobAsked(
      ctx,
      input.conversationId,
      noAnswer(question, language, "no_job", ctx.messages[language].jobComing),
    );
  return fitTurn(ctx, input.conversationId, requirements, question, report);
}

function rememberFit(ctx: EngineContext, conversationId: string | undefined, fit: string, answer: Answer): void {
  const { question, answered, language } = answer;
  // The role the conversation was on stays its role: "and the stack?" after a job asks of it still.
  const last = ctx.conversations.history(conversationId).at(-1);
  const on = last?.role ? { role: last.role, roleNamed: last.roleNamed ?? false } : {};
  ctx.conversations.append(conversationId, {
    question,
    standalone: "",
    answer: answer.answer,
    answered,
    language,
    fit,
    ...on,
  });
}

/**
 * "does he fit?", "is he a match?", « il matche ? », "which ones is he missing?": the verdict on a job, naming
 * nothing of its own (not "does he match records?", nor "is he a fit for a Spark role?", read as a job).
 */
function fitAskedAlone(read: UnderstoodQuestion): boolean {
  if (!FIT_VERDICT.test(foldText(read.text)) || (read.topic && read.topic !== "opinion")) return false;
  return queryTerms(read.text).every((t) => FIT_WORDS.test(t.word));
}

/** Words of fitting a job: "does he fit?", « il matche ? », « il colle ? », "is he suitable?". */
const FITTING = new RegExp(
  String.raw`\b(fit|fits|match|matches|matche|matcher|correspond\w*|colle|collerait|convient|conviendrait|suitable|` +
    // "does he qualify?": for the job just described.
    String.raw`qualify|qualifies|` +
    // "how does he stack up?", "how does he measure up against it?"
    // (Not "is his stack up to date?", read as "is his stack up?".)
    String.raw`(he|she|they|candidate|profile) (stacks? up|measures? up)|(stacks?|measures?) up (against|to the|for)|` +
    String.raw`adapt|adapte\w*|s'adapter\w*|tick\w* (all )?(the |those |these )?boxes|coche (toutes )?les cases)\b`,
);
/** "what's missing?", « qu'est-ce qui manque ? », « il lui manque quoi ? », asked alone. */
const MISSING_ALONE = new RegExp(
  String.raw`^(what'?s|what is|what does he lack|qu'?est[- ]ce qu'?il|qu'?est[- ]ce qui|il lui)? ?` +
    String.raw`(missing|manque\w*)( quoi)?\W*$`,
);
/** "what's missing?", « et qu'est-ce qui manque ? », "any gaps?": what a job checked needs that he lacks. */
const GAPS_ASKED = new RegExp(
  String.raw`^(and |et |so |alors |ok )?[^?]{0,25}\b(missing|manque\w*|lack\w*|gaps?|` +
    // "which is weakest?", « les points faibles ? »: of the job's requirements, the ones least met.
    String.raw`weakest|weak (spots?|points?|areas?)|weakness\w*|least (met|covered)|plus faibles?|` +
    String.raw`points? faibles?)\b\W*$`,
);
/** "so?", « alors ? », "verdict?", "bottom line?": the conclusion of what was just said. */
const SO_ALONE = /^(so|alors|donc|et alors|and so|verdict|conclusion|bottom line|well|bref)\W*$/;
/** Asking for the verdict on a job (not « lesquels ? », "which of them?", which ask for passages). */
const FIT_VERDICT = new RegExp(
  String.raw`${FITTING.source}|\b(missing|lacking|lacks?|manque\w*|qu'?en pense\w*|what do you think|thoughts|` +
    String.raw`adequation)\b`,
);
/** The words of asking for the verdict on a job: "is he a good fit for the role?", « il colle au poste ? ». */
const FIT_WORDS = new RegExp(
  String.raw`^(fit|fits|match\w*|matche|correspond\w*|colle|collerait|convient|conviendrait|missing|lacking|` +
    String.raw`lacks?|manque\w*|good|great|strong|decent|bon|bonne|role|job|position|mission|fiche|offre|poste|` +
    String.raw`requirements?|exigences?|ones|description|ad|annonce|think|thoughts|pense\w*|avis|overall|us|client|` +
    String.raw`suitable|adapte\w*|qualified|qualify|qualifies|stack|stacks|measure|measures|up|against|` +
    String.raw`cette|cet|adequation|lequel\w*|lesquel\w*|tick|boxes|coche|cases|alors|so|donc|ok|well|then|` +
    // "Hi, I have a job ad, can you check the fit?", « j'ai une offre, tu peux vérifier s'il colle ? »
    String.raw`check|verify|verifier|assess|evaluate|evaluer|have|got|jd|hi|hello|bonjour|salut|peux|pouvez|` +
    // "can you explain me how to use the /fit command?": the way to check a job, asked.
    String.raw`explain|expliquer|command|commande|use|utiliser|` +
    // « Le profil vous semble adapté ? », "does the profile seem a good fit?"
    String.raw`profil|profile|candidat|candidate|semble|seems?|looks?|adapt)$`,
);

/** A job description pasted as a list, with questions after it or a "does he fit?" before it; else null. */
async function listAnswer(ctx: EngineContext, input: Question, question: string, language: Language) {
  // The job asked for, pasted now: checked line by line.
  if (jobAfterAsking(ctx.conversations.history(input.conversationId), input.text))
    return fitTurn(ctx, input.conversationId, input.text, question, language);
  // "Voici l'annonce : Data Engineer senior, Spark/Scala, AWS, anglais courant, télétravail. Il colle ?": a job
  // announced is checked as one, before any of its lines (languages, remote) is read as a question of its own.
  // (A job on several lines is read line by line below.)
  const oneLine = announcesJob(question) && !/\n/.test(input.text);
  const announced = oneLine ? fitRequestOf(ctx.reader.read(question, { language }).text) : null;
  if (announced) return checkedOrAsked(ctx, input, announced, question, language);
  const listed = questionsAfterList(input.text);
  if (listed) {
    // "does he match?", "thoughts?", « ça matche ? »: asked of the list itself, which is checked line by line.
    const read = ctx.reader.read(listed.after, { language });
    const named = read.parts.some((p) => p.missing.length > 0 || p.words.some((w) => w.key || w.tech));
    // (The lines between the list and the question are the job's too, each a line: « Profil : 5 ans minimum »,
    // « TJM max 550€, démarrage sous 1 mois. »)
    const told = listed.tail
      .map((line) =>
        line
          .split(/(?<=[.!?])\s+/)
          .filter((s) => !FIT_ASKED.test(foldText(s)))
          .join(" "),
      )
      .filter(Boolean)
      .join("\n");
    if (FIT_ASKED.test(foldText(listed.after)) || !(named || ownerTopicOf(listed.after)))
      return fitTurn(
        ctx,
        input.conversationId,
        [listed.description, told].filter(Boolean).join("\n"),
        question,
        language,
      );
    // Questions of their own: answered, and a note that the list was not checked.
    const answer = await respond(ctx, { ...input, text: listed.after, language });
    return { ...answer, question, answer: `${answer.answer}\n${ctx.messages[answer.language].afterList}` };
  }
  // "Does he fit?", then the list: the list checked line by line.
  const fitList = listAfterQuestion(input.text);
  return fitList ? fitTurn(ctx, input.conversationId, fitList, question, language) : null;
}

/**
 * "in French please", « et en anglais ? », "can you answer in English?": a language asked, nothing else; the last
 * question is answered again in it.
 */
const LANGUAGE_ASKED = new RegExp(
  String.raw`^(?:(?:thanks|thank you|thx|merci|ok|okay|cool|great|super|parfait|and|et|so|alors|now|` +
    String.raw`maintenant)[,!.]? )*` +
    String.raw`(?:(?:can you |could you |please |pourrais-tu |peux-tu |` +
    String.raw`tu peux |vous pouvez |pouvez-vous )?(?:answer |reply |respond |write |say (?:it|that) |` +
    String.raw`repeat (?:it|that) |translate (?:it |that |this )?(?:in)?to |` +
    String.raw`repondre |repondez |reponds |le dire |me le dire |redire |ecrire |ecris |traduis |traduire )?)?` +
    String.raw`(?:(?:in|en) |(?<=to ))(french|english|francais|anglais)` +
    String.raw`(?: now| instead| maintenant| plutot| a la place| from now on| desormais| dorenavant)?` +
    String.raw`(?: please| pls| plz| stp| svp| s'il (?:te|vous) plait)?` +
    String.raw`(?: now| maintenant| from now on| desormais)?\W*$`,
);

/** "from now on", « désormais »: a language kept for the rest of the conversation. */
const FROM_NOW_ON = /\b(from now on|going forward|desormais|dorenavant|a partir de maintenant)\b/;

/**
 * A language asked for: kept for the rest of the conversation when asked "from now on", or when one was kept already
 * (the new request replaces it); else for this answer only.
 */
function keptLanguage(ctx: EngineContext, input: Question, request: string, language: Language): void {
  const { conversations } = ctx;
  if (FROM_NOW_ON.test(foldText(request)) || conversations.preferredLanguage(input.conversationId))
    conversations.prefer(input.conversationId, language);
}

/** A language asked for before or after a question: "answer in English please: …?", "…? reply in French". */
const LANGUAGE_BEFORE = new RegExp(
  String.raw`^(?:(?:please|pls|merci de|svp|stp) )?(?:answer|reply|respond|write|repon[dst]\w*|ecri[st]\w*) ` +
    String.raw`(?:in|en) (english|french|anglais|fran[cç]ais)(?: please| pls| stp| svp)?\s*[:,.;!-]\s*`,
  "iu",
);
const LANGUAGE_AFTER = new RegExp(
  String.raw`(?<=[?.!])\s*(?:(?:please|pls|merci de|svp|stp) )?(?:(?:answer|reply|respond|write|repon[dst]\w*|` +
    String.raw`ecri[st]\w*) (?:in|en) (english|french|anglais|fran[cç]ais)(?: please| pls| stp| svp)?|` +
    // ("…? in French please": the language and a please; a bare "In English?" asks of his English.)
    String.raw`(?:in|en) (english|french|anglais|fran[cç]ais) (?:please|pls|stp|svp|s'il (?:te|vous) pla[iî]t))\W*$`,
  "iu",
);

function languageAround(text: string): { question: string; language: Language; wish: string } | null {
  const plain = foldText(text);
  // (Folding keeps every letter's place, but for « œ », « æ »: then the wish is not cut out of the text.)
  if (plain.length !== text.length) return null;
  for (const wish of [LANGUAGE_BEFORE, LANGUAGE_AFTER]) {
    const m = wish.exec(plain);
    if (!m) continue;
    const question = (text.slice(0, m.index) + text.slice(m.index + m[0].length)).trim();
    if (!/\p{L}/u.test(question)) return null;
    const named = m[1] ?? m[2]!;
    return { question, language: languageNamed(named), wish: m[0] };
  }
  return null;
}

/** The language a request names, folded: "french", « francais » → fr; "english", « anglais » → en. */
const languageNamed = (name: string): Language => (/^(french|francais)$/.test(name) ? "fr" : "en");

/** The language a message asks for and nothing else: "in French please", « en anglais stp ». */
function languageAsked(question: string): Language | null {
  const asked = LANGUAGE_ASKED.exec(foldText(plainText(question)))?.[1];
  return asked ? languageNamed(asked) : null;
}

/** The last question and the language now asked for it, when the message asks only for a language. */
function inOtherLanguage(
  ctx: EngineContext,
  question: string,
  history: Turn[],
): { text: string; language: Language } | null {
  const language = languageAsked(question);
  const previous = history.at(-1);
  if (!language || !previous) return null;
  // Only another language than the last answer's, of a question not about languages ("trained in French?" then
  // "and in English?" asks on), read the same in either ("il maîtrise Spark ?" read as English lacks "maîtrise").
  if (previous.language === language || LANGUAGE_WORD.test(foldText(previous.standalone))) return null;
  // (A whole-profile question by its intent; another by what its parts hold.)
  const reading = (l: Language) => {
    const read = ctx.reader.read(previous.standalone, { language: l });
    const intent = read.topic ? null : detectProfileIntent(read);
    const parts = read.parts.map((p) => [p.words.map((w) => w.word), p.missing, p.unknown.map((w) => w.word)]);
    return JSON.stringify([read.topic, intent ? JSON.stringify(intent) : parts]);
  };
  return reading(language) === reading(previous.language) ? { text: previous.standalone, language } : null;
}

/** Words of languages: a question about them is no request for another language. */
const LANGUAGE_WORD = /\b(english|anglais|french|francais|german|allemand|spanish|espagnol|language|langue)s?\b/;

/** The language to answer in: the caller's, the message's, the conversation's. */
function askedIn(reader: QuestionReader, input: Question, question: string, previous: Language | undefined): Language {
  // "tjm?" in an English talk is asked in English; opening one, it is French.
  const fromWords = reader.languageOf(question, previous !== undefined);
  // (« HDFS ? », « Databricks/Snowflake ? »: nothing but names, set off by a space before the question mark as French
  // typography does; opening a talk, that tells French.)
  const spacedMark = /\p{L}[\p{L}\p{N}+#)]* [?!]\s*$/u.test(question);
  return input.language ?? fromWords ?? previous ?? (frenchJargonOnly(question) || spacedMark ? "fr" : "en");
}

/** "Spark: yes/no?", « Scala (oui/non) ? », "(y/n)": how to answer, a form's mark, not what is asked. */
// (And what it says of the answer: « oui/non ça suffit », "yes/no is enough".)
const YES_NO_MARK = new RegExp(
  String.raw`[ \t]*[([]?[ \t]*\b(?:yes ?\/ ?no|oui ?\/ ?non|y ?\/ ?n|o ?\/ ?n)\b(?:[ \t]*[)\]])?` +
    String.raw`(?:[ \t]+(?:(?:ca|ça|cela)[ \t]+)?suffi(?:t|ra)|[ \t]+(?:is|will be) (?:enough|fine)|[ \t]+will do)?`,
  "giu",
);

/** The question a message asks, cleaned, and the language to answer it in (the conversation's from now on). */
function messageOf(ctx: EngineContext, input: Question): { question: string; language: Language } {
  const { reader, conversations } = ctx;
  const raw = cleanInput(unlisted(input.text));
  const cleaned = raw.replace(YES_NO_MARK, "").trim();
  // "réponds en anglais stp : a-t-il utilisé Glue ?": the question, in the language asked for.
  const wish = languageAround(cleaned);
  const asked = wish?.question ?? cleaned;
  // ("please answer in French from now on": that language, until another is asked for.)
  if (wish) keptLanguage(ctx, input, wish.wish, wish.language);
  const preferred = conversations.preferredLanguage(input.conversationId);
  const language =
    wish?.language ??
    preferred ??
    // (In the words as written: « Spark: oui/non ? » is French, its mark set aside.)
    askedIn(reader, input, wish ? asked : raw, conversations.language(input.conversationId));
  // ("The CV mentions Pernod Ricard. …his assignment?": the question, of the employer its sentences name.)
  const employers = [...new Set([...ctx.vocabulary.roles.values()].map((r) => r.employer))];
  const question = questionOfContext(asked, employers, language) ?? asked;
  conversations.spoke(input.conversationId, language);
  return { question, language };
}

/** "answer in French please" with nothing to answer again: that language from now on, and a question asked for. */
function languageOnly(ctx: EngineContext, input: Question, question: string): Answer | null {
  const wished = languageAsked(question);
  if (!wished) return null;
  keptLanguage(ctx, input, question, wished);
  ctx.conversations.spoke(input.conversationId, wished);
  return noAnswer(question, wished, "chatter", ctx.messages[wished].languageTaken);
}

/** A question's first word: "has…", "is…", « a-t-il… », « est-ce… », « quel… ». */
const QUESTION_FIRST_WORD = new RegExp(
  String.raw`^(?:(?:and|et|also|aussi)\s+)?(?:has|have|does|did|do|is|was|were|are|can|could|would|what|which|who|` +
    String.raw`where|when|how|a-t-il|a-t-elle|est-ce|est-il|il a|il est|quel\w*|combien|ou|quand|comment|` +
    String.raw`dis[- ]moi|tell me|let me know|confirme[rz]?|confirm)\b`,
);

/**
 * "Can you write a job description?": declined; "…has he used Spark? Can you also draft an email?": the rest
 * answered, the task declined after its verdict; an attack on the rules declined. Null for a question.
 */
async function taskDeclined(ctx: EngineContext, input: Question, question: string, language: Language) {
  const m = ctx.messages[language];
  const declined = noAnswer(question, language, "off_topic", `${m.offTopic} ${m.tryAsking}`);
  const { tasks, rest } = tasksAsked(question);
  // (The rest asks about him: a question mark, a question's first word ("Has he used Kafka."), or a long message;
  // not "it throws KeyError", what the task is about. Nor an attack on the rules, which declines the whole.)
  const asks =
    tasks.length > 0 &&
    rest !== "" &&
    !isOffTopicRequest(plainText(rest)) &&
    !ctx.reader.read(rest, { language }).chatter &&
    (/\?|(\S+\s+){7}\S/.test(rest) || QUESTION_FIRST_WORD.test(foldText(rest)));
  if (!asks && (tasks.length > 0 || isOffTopicRequest(plainText(question)))) return declined;
  if (!asks) return null;
  const answer = await respond(ctx, { ...input, text: rest });
  return { ...answer, question, answer: noteAfterLead(answer.answer, ctx.messages[answer.language].taskDeclined) };
}

/** A year alone, of what was just asked: "in 2019?", "was it in 2019?", « c'était en 2022 ? ». */
const THAT_YEAR = new RegExp(
  String.raw`^(and |et |so |alors )?((was|is) (it|that|this) |c'? ?etait |c'? ?est |(il|elle) l'a fait )?` +
    String.raw`(in |en |during |back in )?(19|20)\d\d\s*[?!.]*$`,
);

/** A question's intent stands on its own, unless it points back: "which tools there?", "and after that?". */
function intentStandsAlone(text: string, intent: ProfileIntent | null, history: Turn[]): boolean {
  if (intent === null) return false;
  // ("did he use Snowflake?" then "in 2019?", « c'était en 2022 ? »: that thing, that year.)
  if (intent.kind === "timeline" && history.at(-1)?.subject && THAT_YEAR.test(foldText(text))) return false;
  const roleless = !intentRole(intent) && asksOfLastRole(text, intent, !!history.at(-1)?.role);
  // ("which tools?" after "has he done CI/CD?": the tools for it.)
  return !roleless && !toolsOfLastAsked(text, history.at(-1));
}

async function respond(ctx: EngineContext, input: Question): Promise<Answer> {
  const { messages, maxQuestionChars, reader, conversations } = ctx;
  const { question, language } = messageOf(ctx, input);
  const history = conversations.history(input.conversationId);
  const m = messages[language];
  if (question === "") return noAnswer(question, language, "empty", m.empty);
  if (question.length > maxQuestionChars)
    return noAnswer(
      question.slice(0, maxQuestionChars),
      language,
      "too_long",
      m.tooLong(question.length, maxQuestionChars),
    );
  const task = (await taskDeclined(ctx, input, question, language)) ?? (await foreignNamesAnswer(ctx, input, question));
  if (task) return task;
  const again = inOtherLanguage(ctx, question, history);
  if (again) keptLanguage(ctx, input, question, again.language);
  const list = again
    ? await respond(ctx, { ...input, ...again })
    : (languageOnly(ctx, input, question) ?? (await listAnswer(ctx, input, question, language)));
  if (list) return list;
  const more = await whatElse(moreEnv(ctx), { ...input, text: question }, language);
  if (more) return more;
  // "Snowflake and Databricks?" then "which one most recently?": each thing's latest use.
  // (Read once, here: the things asked again are found as read too, "wich was longer?".)
  const whole = reader.read(question, { language });
  const each = thingsAgain(question, whole.text, language, history.at(-1));
  // (The things stay the turn's: "and most recently?" next asks of them again.)
  const things = { things: history.at(-1)?.things, subject: undefined };
  if (each) return answerEach(ctx, { ...input, text: question }, each, language, things);
  const aside =
    employersAmongOthers(ctx, whole, language) ??
    (await withOwnerAside(ctx, { ...input, text: question }, language, !/\n/.test(input.text.trim()))) ??
    (await eachQuestion(ctx, { ...input, text: question }, language)) ??
    (await eachRole(ctx, { ...input, text: question }, language));
  if (aside) return aside;
  const plain = plainReply(ctx, { ...input, text: question }, language, whole, history);
  if (plain) return plain;
  // "does he fit?", « il matche ? », "what's missing?" alone: asked of the job pasted last (or which job?).
  const verdict = await fitVerdict(ctx, { ...input, text: question }, whole, history, language);
  if (verdict) return verdict;
  if (!whole.topic && aboutSomethingElse(whole, history) && detectProfileIntent(whole) === null)
    return noAnswer(question, language, "off_topic", `${m.offTopic} ${m.tryAsking}`);
  const requirements = requirementsOf(question, whole, input.text);
  if (requirements) return checkedOrAsked(ctx, input, requirements, question, language);

  const read = questionsAsked(ctx, whole);
  // A question about the profile as a whole ("how long at Decathlon?") stands on its own.
  const readIntent = intentRead(read, history, (text) => ctx.reader.read(text));
  const understood = await standaloneOf(ctx, read, history, intentStandsAlone(read.text, readIntent, history));
  // ("how many years outside teaching?": the words the reader set aside, in the message as sent.)
  const outside = understood === read && !read.topic ? yearsOutsideTeaching(question, read) : null;
  const intent =
    outside ?? (understood === read ? readIntent : understood.topic ? null : detectProfileIntent(understood));
  let answer = await answerRead(ctx, { question, understood, intent }, language);
  if (answer.language === "fr") answer = { ...answer, answer: frenchSpacing(answer.answer) };
  const own = understood === read && read.parts.some((p) => p.words.some((w) => !w.light) || p.missing.length > 0);
  remember(ctx, input.conversationId, { question, understood, intent, answer, own }, history);
  return answer;
}

/**
 * What a message gets before anything is looked up: a reply to chatter, to nothing asked, to another language,
 * to a sum; "why?" after an answer (what the CV doesn't tell of what it just quoted); null for a question.
 */
function plainReply(
  ctx: EngineContext,
  input: Question,
  language: Language,
  whole: UnderstoodQuestion,
  history: Turn[],
): Answer | null {
  const question = input.text;
  const m = ctx.messages[language];
  // "I have a role for him:", « bjr, j'ai une offre : », "here's the JD:", nothing after: the job is asked for,
  // in the language its words are in (« on a une mission » is too short for the detector).
  const coming = [whole.text, question].map((t) => JOB_COMING.exec(foldText(t).trim())).find(Boolean);
  if (coming) {
    const said = FRENCH_ANNOUNCE.test(coming[0])
      ? "fr"
      : /^(?:so |ok )?(?:i|we|here)\b/.test(coming[0])
        ? "en"
        : language;
    return jobAsked(ctx, input.conversationId, noAnswer(question, said, "no_job", ctx.messages[said].jobComing));
  }
  if (whole.chatter) {
    const shown = whole.chatter === "greeting" || whole.chatter === "puzzled";
    const examples = shown ? `\n${m.examples.map((e) => `• ${e}`).join("\n")}` : "";
    return noAnswer(question, language, "chatter", `${m.chatter[whole.chatter]}${examples}`);
  }
  if (whole.text === "") return noAnswer(question, language, "empty", m.empty);
  if (otherLanguage(ctx, whole.text)) return noAnswer(question, language, "off_topic", m.otherLanguage);
  // "tell me more", "anything else?" opening a conversation: nothing said yet to say more of; what to ask.
  if (!history.some((t) => t.answered) && asksMore(whole.text))
    return noAnswer(
      question,
      language,
      "chatter",
      `${m.chatter.puzzled}\n${m.examples.map((e) => `• ${e}`).join("\n")}`,
    );
  // "and before?" opening a conversation: before which role, asked back.
  if (history.length === 0 && BEFORE_ALONE.test(foldText(whole.text)))
    return noAnswer(question, language, "chatter", m.whichRole(ctx.employers[0] ?? "…"));
  const unsaid = unsaidOfLast(whole.text, history);
  if (unsaid) return unsaidAnswer(ctx, question, language, unsaid, history.at(-1));
  if (whole.arithmetic) return noAnswer(question, language, "off_topic", `${m.arithmetic} ${m.tryAsking}`);
  return null;
}

/** "why did he leave…?", « pourquoi il est parti… ? »: a departure said to have happened (not "why would he"). */
const LEFT =
  /\b(did (he|she) (leave|quit)|(he|she) left|ha(s|d) (he|she) left|a quitte|a-t-il quitte|est(-il)? parti\w*)\b/;

/** The one role a question names, when the CV shows it current ("why did he leave Decathlon?"); null otherwise. */
function stillAt(ctx: EngineContext, understood: UnderstoodQuestion): string | null {
  const roles = [...new Set(understood.parts.flatMap((p) => p.roles))];
  if (roles.length !== 1) return null;
  return ctx.vocabulary.roles.get(roles[0]!)?.period?.current ? roles[0]! : null;
}

/** A whole-profile question's intent; "and as a data engineer?" after "how many years…?" asks the time as one. */
function intentRead(
  read: UnderstoodQuestion,
  history: Turn[],
  reread: (text: string) => UnderstoodQuestion,
): ProfileIntent | null {
  const intent = read.topic ? null : detectProfileIntent(read);
  // ("how long has he used Spark?" then "10 years?": that time checked, not his whole experience.)
  const last = history.at(-1);
  if (intent?.kind === "total_experience" && intent.atLeast !== undefined && last && yearsAlone(read.text)) {
    // ("has he used Airflow?" then "5 years?": the time with the thing just asked about.)
    const before =
      detectProfileIntent(reread(last.standalone)) ??
      (last.subject ? detectProfileIntent(reread(`how many years of ${last.subject}?`)) : null);
    const timed = ["tech_experience", "role_duration", "teaching_duration", "total_experience"];
    // (The ceiling as this question asks it, not as the one before did: "less than 3 years?" then "at least 5?".)
    const below = "below" in intent ? intent.below : undefined;
    if (before && timed.includes(before.kind)) return { ...before, atLeast: intent.atLeast, below } as ProfileIntent;
  }
  // ("has he done PII encryption?" then "how long has he been doing it?": that, not his whole career.)
  if (intent?.kind === "total_experience" && last?.subject && DOING_IT.test(foldText(read.text))) return null;
  // (« Il a fait du Docker ? » then « combien d'années en tout ? », "how many years in total?": Docker's.)
  if (intent?.kind === "total_experience" && last?.subject && YEARS_ALONE_ASKED.test(foldText(read.text))) {
    const its = detectProfileIntent(reread(`how many years of ${last.subject}?`));
    if (its?.kind === "tech_experience") return its;
  }
  return intent?.kind === "title" && !intent.howLong && timeAskedAgain(read.text, history.at(-1))
    ? { ...intent, howLong: true }
    : intent;
}

/** The employer an intent names, if any. */
const intentRole = (intent: ProfileIntent) => ("role" in intent && intent.role) || null;

/** "how many years in total?", « combien d'années en tout ? », alone: of the thing just asked about, if one was. */
const YEARS_ALONE_ASKED = new RegExp(
  String.raw`^(and |et |so |alors |ok )?(how many years|combien d'annees|combien d'ans)` +
    String.raw`( (in total|overall|au total|en tout))?\s*[?!.]*$`,
);

/** "doing it", "done that", « il fait ça », « il le fait »: the thing just asked about, pointed at. */
const DOING_IT = new RegExp(
  String.raw`\b((doing|done|did|do|using|used|practis\w*|practic\w*) (it|that|this)|(fait|fais|pratique) (ca|cela)|` +
    String.raw`(le|l') ?(fait|pratique))\b`,
);

/** "Since he worked at Google, …", « vu qu'il a bossé chez Amazon, … »: a premise, then the question asked. */
const PREMISE = new RegExp(
  // ("Since he left AAA-Data, …", « depuis qu'il a quitté AAA », "since he joined Decathlon, …": a time, no premise.)
  String.raw`^(?:since(?!\s+(?:he|she)\s+(?:has\s+)?(?:left|joined|quit)\b)|as|given that|because|now that|` +
    String.raw`vu qu'?|puisqu'?|comme|etant donne qu'?)\s*(?:he|she|il|elle)\b` +
    String.raw`[^,?]{3,80}?(?:,\s*|\s+(?=(?:he|she|il|elle|does|did|has|is|can|est-ce|a-t-il)\b))`,
  "iu",
);

/**
 * "Since he worked at Google, does he know BigQuery?", "Since he was tech lead at Decathlon, how big was his team?":
 * the premise checked as a question of its own, and what the profile says against it said first; then the question
 * after it, answered for itself. Null when there is no premise, or the question points back at it ("…, what did he
 * do there?").
 */
async function premiseChecked(ctx: EngineContext, question: string, understood: UnderstoodQuestion) {
  const { language } = understood;
  const folded = foldText(understood.text);
  const premise = PREMISE.exec(folded);
  // (Folding keeps every letter's place, but for « œ », « æ »: then no premise is cut out of the text.)
  if (!premise || folded.length !== understood.text.length) return null;
  const asked = understood.text.slice(premise[0].length);
  const said = understood.text.slice(0, premise[0].length).replace(/^\s*\S+(\s+qu['’]?)?\s*/iu, "");
  const claim = ctx.reader.read(`${said.replace(/[\s,]+$/, "")} ?`, { language });
  // ("…tech lead at Decathlon, how big was his team?": the team there.)
  const role = ctx.vocabulary.roles.get(claim.parts[0]?.roles[0] ?? "")?.employer;
  // (Only a question naming nothing of its own: "does he know Spark?" asks of all his roles.)
  const plain = ctx.reader
    .read(asked, { language })
    .parts.every((p) => p.words.every((w) => w.everyday || w.light) && p.missing.length + p.roles.length === 0);
  const at = role && plain ? ` ${language === "fr" ? "chez" : "at"} ${role}` : "";
  const rest = at ? `${asked.replace(/[\s?!.]+$/, "")}${at} ?` : asked;
  const restRead = ctx.reader.read(rest, { language });
  const own = restRead.parts.some((p) => p.words.some((w) => !w.light && !w.employer) || p.missing.length > 0);
  if (!own || POINTS_BACK.test(foldText(asked)) || restRead.parts.length !== 1) return null;
  const employer = unlistedEmployer(ctx, claim.text);
  // (A premise naming something checkable, a role, a name, a title: not "since he is experienced".)
  const checkable = claim.parts.some((p) => p.roles.length + p.technologies.length + p.missing.length > 0);
  const checked = employer
    ? ctx.messages[language].notEmployer(employer, ctx.employers.join(", "))
    : checkable
      ? await premiseAgainst(ctx, question, claim, language)
      : null;
  const answer = await answerRead(ctx, { question, understood: restRead, intent: intentOf(restRead) }, language);
  return checked ? { ...answer, answer: `${checked}\n${answer.answer}` } : answer;
}

/** What the profile says against a premise read as a question ("he was tech lead at Decathlon?"), or null. */
async function premiseAgainst(ctx: EngineContext, question: string, read: UnderstoodQuestion, language: Language) {
  const checked = await answerRead(ctx, { question, understood: read, intent: intentOf(read) }, language);
  return checked.answered ? null : checked.answer.split("\n")[0]!.replace(/\s*\[\d+\]/g, "");
}

const intentOf = (read: UnderstoodQuestion) => (read.topic ? null : detectProfileIntent(read));

/**
 * "how many years of experience with cloud?", « combien d'années sur le cloud ? »: the time of each of his tools of
 * that kind, not his whole career (null when no kind of tool is asked).
 */
function timeOfKind(ctx: EngineContext, read: UnderstoodQuestion, intent: ProfileIntent | null): ProfileIntent | null {
  // (« depuis combien de temps fait-il du cloud ? » is no intent: no tool is named; the time asked is the kind's.)
  const career = intent?.kind === "total_experience" && !intent.before && intent.atLeast === undefined;
  // ("years of experience with databases?", read as a word's time: the kind's tools, when it names one.)
  const word = intent?.kind === "tech_experience" && intent.technology.tokens.length === 1 && !intent.atLeast;
  if (!career && !word && (intent || !timeAsked(read))) return null;
  const kind = categoryOf(ctx, read);
  if (word && kind?.word.replace(/s$/, "") !== intent.technology.tokens[0]!.replace(/s$/, "")) return null;
  const [technology, ...also] = kind?.technologies ?? [];
  return technology ? { kind: "tech_experience", technology, also, ofKind: kind!.word } : null;
}

/** The answer to a question read in full: his to say, a kind of tool, the whole profile, or its passages. */
async function answerRead(
  ctx: EngineContext,
  { question, understood, intent }: { question: string; understood: UnderstoodQuestion; intent: ProfileIntent | null },
  language: Language,
): Promise<Answer> {
  const parent = parentAsked(ctx, understood.text);
  if (parent) return withParent(ctx, { question, ...parent }, language);
  const stayed =
    understood.topic === "departure" && LEFT.test(foldText(understood.text)) ? stillAt(ctx, understood) : null;
  if (stayed) {
    // "why did he leave Decathlon?": he hasn't; the role is current, as the CV says.
    const now = answerProfileIntent({ kind: "current", role: stayed }, question, language, ctx.profileContext);
    return { ...now, answer: now.answer.replace(/^(Yes|Oui) — /, `${ctx.messages[language].profile.notLeft} `) };
  }
  const premised = await premiseChecked(ctx, question, understood);
  if (premised) return premised;
  if (understood.topic) return ownerOnly(ctx, question, language, understood.topic);
  const kindTime = timeOfKind(ctx, understood, intent);
  if (kindTime)
    return withReading(answerProfileIntent(kindTime, question, language, ctx.profileContext), understood, ctx);
  // "which cloud?": the stack's technologies of that kind (not "which languages?", an intent of its own).
  const plain = !intent || (intent.kind === "skills" && !intent.languages && !intent.role);
  const category = plain ? categoryOf(ctx, understood) : null;
  const tools =
    category &&
    categoryAnswer(
      category,
      question,
      language,
      ctx.profileContext.roles,
      ctx.messages,
      ctx.profileContext.rolesHolding,
    );
  if (tools) return tools;
  const lacked = intent && namedEmployerLacked(ctx, understood.text, intent, language);
  if (lacked) return noAnswer(question, language, "not_in_profile", lacked);
  if (intent && answerableIntent(intent, language, ctx.profileContext)) {
    // ("his current employer": his roles now, not the one employer the words describe — no reading of them.)
    const described = new Set(understood.parts.map((p) => p.described?.from));
    const now = intent.kind === "current" && !intent.role;
    const read = now
      ? { ...understood, corrections: understood.corrections.filter((c) => !described.has(c.from)) }
      : understood;
    return withReading(answerProfileIntent(intent, question, language, ctx.profileContext), read, ctx);
  }
  const employer = unlistedEmployer(ctx, understood.text);
  if (employer)
    return noAnswer(
      question,
      language,
      "not_in_profile",
      ctx.messages[language].notEmployer(employer, ctx.employers.join(", ")),
    );
  const read = ctx.reader.plainNounAsked(employerNamed(ctx, understood));
  const { weighed, judged } = await eachSideHeld(ctx, read, await judgeParts(ctx, read, language), language);
  return ctx.llm ? fluent(ctx, ctx.llm, question, weighed, judged) : extractive(ctx, question, weighed, judged);
}

/** Words that open a clause of its own rather than name a thing. */
const CLAUSE_WORD =
  /^(if|si|he|she|il|elle|they|them|ils|elles|make|do|does|did|what|which|quel\w*|how|comment|when|quand|where|ou)$/;
/** "and", « et », "&", "+" between two things asked. */
const AND_BETWEEN = /\s+(?:and|et|&|\+)\s+/i;

/**
 * "has he done CI/CD and unit testing?": one part the profile doesn't hold in one passage, whose two sides it
 * holds each in its own: two things asked, each with its verdict (not "CI/CD, but not unit testing with it").
 */
async function eachSideHeld(
  ctx: EngineContext,
  read: UnderstoodQuestion,
  judged: JudgedPart[],
  language: Language,
): Promise<{ weighed: UnderstoodQuestion; judged: JudgedPart[] }> {
  const kept = { weighed: read, judged };
  const only = judged.length === 1 ? judged[0]! : null;
  if (only?.evidence.verdict !== "partial" || only.part.roles.length > 0) return kept;
  const sides = only.part.text.split(AND_BETWEEN);
  // (A thing after it, in a few words; not a clause: "…and if so, in what context?", "and make them run…".)
  const after = foldText(sides[1] ?? "").match(/\p{L}+/gu) ?? [];
  if (sides.length !== 2 || after.length > 4 || after.some((w) => CLAUSE_WORD.test(w))) return kept;
  const parts = sides.map((side) => ctx.reader.read(side, { language }).parts);
  if (parts.some((p) => p.length !== 1 || !p[0]!.words.some((w) => !w.light))) return kept;
  const split = { ...read, parts: parts.map((p) => p[0]!) };
  const each = await judgeParts(ctx, split, language);
  return each.every((j) => j.evidence.verdict === "yes") ? { weighed: split, judged: each } : kept;
}

/**
 * The commonest grammar words of German, Spanish, Italian, Portuguese and Dutch that are no English or French word:
 * what tells a message in another language ("wie viele Jahre…", "¿cuántos años…") from names the profile lacks.
 */
const FOREIGN_GRAMMAR = new Set(
  (
    "wie viele welche hat ist sind und nicht mit ich wir ihr sein seine einen einem haben gearbeitet erfahrung jahre " +
    "cuantos cuantas tiene tienen trabajado experiencia anos habla hablas usted ella pero tambien donde cuando " +
    "quanti quante lavorato esperienza anni della delle sono stato lui anche dove quando perche " +
    "quantos trabalhou experiencia tem voce ele tambem onde quando " +
    "hoeveel heeft gewerkt ervaring jaar niet ook waar wanneer"
  ).split(" "),
);

/** "Hat er Erfahrung mit Spark und Kafka?": the names answered, and the languages it speaks said; else null. */
async function foreignNamesAnswer(ctx: EngineContext, input: Question, question: string): Promise<Answer | null> {
  const names = foreignNamesAsked(ctx, question);
  if (!names) return null;
  const answer = await respond(ctx, { ...input, text: names });
  return {
    ...answer,
    question,
    answer: noteAfterLead(answer.answer, ctx.messages[answer.language].otherLanguageNames),
  };
}

/**
 * "Hat er Erfahrung mit Spark und Kafka?", « ¿Tiene experiencia con Airflow? »: another language's words around names
 * the profile's technologies bear — the names, asked alone ("Spark, Kafka?"); null for any other message.
 */
function foreignNamesAsked(ctx: EngineContext, text: string): string | null {
  const { lexicon } = ctx.index;
  const words = foldText(text).match(/\p{L}{2,}/gu) ?? [];
  const foreign = words.filter((w) => FOREIGN_GRAMMAR.has(w) && !lexicon.isEveryday(w) && !lexicon.isEveryday(w, "fr"));
  if (foreign.length === 0) return null;
  // (The names the profile knows as technologies, taught ones too: "Kafka".)
  const read = ctx.reader.read(text, { language: "en" });
  const names = [...new Set(read.parts.flatMap((p) => p.words.filter((w) => w.tech).map((w) => w.original)))];
  return names.length > 0 ? `${names.join(", ")}?` : null;
}

/** "wie viele Jahre Erfahrung hat er?": grammar words of another language, and nothing the profile names. */
function otherLanguage(ctx: EngineContext, text: string): boolean {
  const { lexicon } = ctx.index;
  const words = foldText(text).match(/\p{L}{2,}/gu) ?? [];
  const foreign = words.filter((w) => FOREIGN_GRAMMAR.has(w) && !lexicon.isEveryday(w) && !lexicon.isEveryday(w, "fr"));
  if (foreign.length < 2) return false;
  return !words.some(
    (w) => lexicon.techName(w) === "tech" || ctx.vocabulary.technologies.some((t) => t.tokens.includes(w)),
  );
}

/** Keeps the turn for the next message's follow-ups, with the role the conversation is now on. */
function remember(
  ctx: EngineContext,
  conversationId: string | undefined,
  turn: {
    question: string;
    understood: UnderstoodQuestion;
    intent: ProfileIntent | null;
    answer: Answer;
    own: boolean;
  },
  history: Turn[],
): void {
  const { question, understood, intent, answer, own } = turn;
  const last = history[history.length - 1];
  const role = turnRole(understood, intent, answer, ctx.vocabulary, last, ctx.employers);
  // Named by this question, or by an earlier one the conversation is still on.
  const roleNamed =
    understood.parts.some((p) => p.roles.length > 0) || (role !== undefined && role === last?.role && last.roleNamed);
  ctx.conversations.append(conversationId, {
    question,
    standalone: namingEmployer(ctx, understood, namingDescribed(understood)),
    answer: answer.answer,
    answered: answer.answered,
    language: answer.language,
    role,
    roleNamed: roleNamed === true,
    quoted: keysOf(ctx, answer),
    own,
    ...turnSubject(ctx, understood),
  });
}

/**
 * "Has he worked for an insurer?", « a-t-il travaillé chez un assureur ? »: the employer described is all it asks
 * about, so it is read as the question naming it ("…at MAIF?"), the reading note kept.
 */
function employerNamed(ctx: EngineContext, understood: UnderstoodQuestion): UnderstoodQuestion {
  const part = understood.parts.length === 1 ? understood.parts[0]! : null;
  if (!part?.described || part.technologies.length + part.missing.length > 0) return understood;
  if (part.words.some((w) => !w.absent && !w.light && !w.employer && !/^(work|travail)/.test(w.word)))
    return understood;
  const named = namingDescribed(understood);
  if (named === understood.text) return understood;
  const reread = ctx.reader.read(named, { language: understood.language });
  return { ...reread, corrections: understood.corrections };
}

/**
 * The question with the employer it described named: "what did he do at the insurance company?" is kept as "…at
 * MAIF?", so "and at the sports retailer?" next moves the question from MAIF, not asks of both.
 */
function namingDescribed(understood: UnderstoodQuestion): string {
  const described = understood.parts.length === 1 ? understood.parts[0]!.described : undefined;
  if (!described?.from) return understood.text;
  // From its first describing word to its last, whole words, the last stretch of them: "the car data company"
  // ("car company") → "the AAA-Data"; not "care", nor "sports" of "which sports data … at the sports retailer".
  const words = described.from.split(" ").map(literal);
  const [first, last] = [words[0]!, words[words.length - 1]!];
  const word = (w: string) => String.raw`(?<![\p{L}\p{N}])${w}(?![\p{L}\p{N}])`;
  const span =
    words.length > 1
      ? new RegExp(`${word(first)}(?:(?!${word(first)}).)*?${word(last)}(?!.*${word(last)})`, "iu")
      : new RegExp(`${word(first)}(?!.*${word(first)})`, "iu");
  const m = span.exec(understood.text);
  if (!m) return understood.text;
  return `${understood.text.slice(0, m.index)}${described.to}${understood.text.slice(m.index + m[0].length)}`;
}

/**
 * "il a fait quoi chez pernod ?" kept as "…chez Pernod Ricard ?": an employer shortened or misspelt is written
 * as the profile names it, so the next question ("et chez maif ?") finds it and asks of the other one instead.
 */
function namingEmployer(ctx: EngineContext, understood: UnderstoodQuestion, text: string): string {
  const part = understood.parts.length === 1 ? understood.parts[0]! : null;
  const employer = part?.roles.length === 1 ? ctx.vocabulary.roles.get(part.roles[0]!)?.employer : undefined;
  const written = part?.words.filter((w) => w.employer).map((w) => literal(w.original)) ?? [];
  if (!employer || written.length === 0 || foldText(text).includes(foldText(employer))) return text;
  const word = (w: string) => String.raw`(?<![\p{L}\p{N}])${w}(?![\p{L}\p{N}])`;
  const span = new RegExp(`${word(written[0]!)}(?:[\\s'’-]+${written.slice(1).map(word).join("[\\s'’-]+")})?`, "iu");
  return text.replace(span, employer);
}

/** The turn's subject, and its topic when the profile's tools for it are known ("monitoring": Datadog). */
function turnSubject(
  ctx: EngineContext,
  understood: UnderstoodQuestion,
): { subject?: string; topic?: string; things?: string[] } {
  const { subject, topic } = subjectOfTurn(understood);
  // "Snowflake and Databricks?": the things named, one a part, for "which one most recently?" next.
  const things = understood.parts.length > 1 && understood.parts.every(namesOneThing);
  if (things) return { things: understood.parts.map((p) => p.technologies[0]?.name ?? thingsNamed(p)[0] ?? "") };
  if (!topic) return subject ? { subject } : {};
  const fr = understood.language === "fr";
  const asked = ctx.reader.read(fr ? `quels outils pour ${topic} ?` : `which tools for ${topic}?`, {
    language: understood.language,
  });
  return categoryOf(ctx, asked) !== null ? { topic } : {};
}

/** A part naming one thing: "Tableau", or "Power BI" (two words of one technology). */
function namesOneThing(part: QuestionPart): boolean {
  const inTechnology = (w: string) => part.technologies.some((t) => t.tokens.includes(w));
  const others = part.words.filter((w) => (w.key || w.tech) && !w.employer && !inTechnology(w.word));
  return part.technologies.length + part.missing.length + others.length === 1;
}

/** The one technology or term a question of one part named ("how long has he used Airflow?"), if one. */
function subjectOfTurn(understood: UnderstoodQuestion): { subject?: string; topic?: string } {
  // "how many years in all? and on AWS?": the last part's, which the next "and on Snowflake?" replaces.
  const part = understood.parts.at(-1);
  if (!part) return {};
  // "Power BI or Tableau?" then "Java?": a list of things, which the next name doesn't take one of the place of.
  if (understood.parts.length > 1 && understood.parts.every(namesOneThing)) return {};
  const names = thingsNamed(part);
  // ("CI/CD": two names written as one thing.)
  const joined = names.length === 2 ? new RegExp(names.map(literal).join("[/-]"), "iu").exec(part.text) : null;
  if (names.length === 1 || joined) return { subject: joined?.[0] ?? names[0]! };
  // "has he done monitoring?": no name, the words that tell what it is about.
  const telling = part.words.filter((w) => !w.everyday && !w.light && !w.employer && !w.absent);
  return names.length === 0 && understood.parts.length === 1 && telling.length > 0 && telling.length <= 3
    ? { topic: telling.map((w) => w.original).join(" ") }
    : {};
}

/** "which cloud?", « quels outils de BI ? »: a kind of tool, through the owner's synonyms (see categoryAsked). */
function categoryOf(ctx: EngineContext, read: UnderstoodQuestion): CategoryAsked | null {
  return categoryAsked(read, ctx.vocabulary.technologies, ctx.index.thesaurus);
}

/** The passages an answer quotes, by twin key: the same in both languages. */
function keysOf(ctx: EngineContext, answer: Answer): string[] {
  return answer.citations.map((c) => ctx.index.byId.get(c.id)?.key ?? c.id);
}

/** What "what else?" needs of the engine (see whatElse). */
function moreEnv(ctx: EngineContext): MoreEnv {
  return {
    conversations: ctx.conversations,
    reader: ctx.reader,
    messages: ctx.messages,
    profileContext: ctx.profileContext,
    answerParts: async (question, understood) => {
      const judged = await judgeParts(ctx, understood, understood.language);
      return judged.some((j) => j.evidence.verdict === "yes") ? extractive(ctx, question, understood, judged) : null;
    },
    reply: (question, language, text) => noAnswer(question, language, "chatter", text),
    keysOf: (answer) => keysOf(ctx, answer),
    isCategory: (read) => categoryOf(ctx, read) !== null,
  };
}

/** French puts a space before « ; » in the answer's own lines; the quoted passages stay as the CV writes them. */
function frenchSpacing(text: string): string {
  return text
    .split("\n")
    .map((line) => (/^\[\d+\]/.test(line) ? line : line.replace(/(\S);(?=\s)/g, "$1 ;")))
    .join("\n");
}

/**
 * "Hello, I'm Claire from Hays. I have a few questions. How long was he at Decathlon?": a message of
 * several sentences, some of them questions: the questions, and the sentences naming what
 * they may be about (a technology, an employer: "I'm hiring for Spark. Has he used it?"). Introductions
 * ("I'm Claire, a recruiter at Hays.") name nothing the profile holds, and no name it lacks either.
 */
/** A question of the whole profile ("how many years of experience?"); not "Kafka in prod. does he have experience?". */
const ofCareer = (q: UnderstoodQuestion) => detectProfileIntent(q) !== null && !asksExperienceAlone(q.text);

function questionsAsked(ctx: EngineContext, read: UnderstoodQuestion): UnderstoodQuestion {
  const asked = askedAfterLead(ctx, read);
  if (asked) return questionsAsked(ctx, asked);
  const sentences = sentencesOf(read.text);
  const { asks, asQuestion } = askingSentences(ctx, sentences, read.language);
  const asking = sentences.filter(asks);
  if (sentences.length >= 2 && asking.length === sentences.length) {
    const all = sentences.map(asQuestion).join(" ");
    return all === sentences.join(" ") ? read : ctx.reader.read(all, { language: read.language });
  }
  if (sentences.length < 2 || asking.length === 0) return read;
  // "…? terraform, kube, that kind of thing": a sentence listing things, known to the profile or not, asks too
  // ("MLOps type of work" only says what the question meant).
  // "Our reporting runs on SQL Server with SSIS. Has he any experience of that world?": what "that" is.
  const pointsBack = asking.some((x) => pointsBackIn(ctx, x, read.language));
  // "Our logs are scattered everywhere; we need them in one place. Any experience?": a question that names
  // nothing asks about what the sentences before it say ("…Kafka and Flink. How many years of experience
  // does he have?" asks for his years, whatever came before).
  const questions = asking.map((x) => ctx.reader.read(x, { language: read.language }));
  const bare = questions.every((q) =>
    q.parts.every((p) => p.words.length + p.missing.length === 0 && p.unknown.every((w) => w.everyday)),
  );
  if (bare && !questions.some(ofCareer)) return read;
  const naming = (x: string) => {
    const parts = ctx.reader.read(x, { language: read.language }).parts;
    // "I am Priya from Infotech Global Services, Bangalore.": who is asking names nothing asked about.
    if (SELF_INTRODUCTION.test(foldText(x)) && parts.every((p) => p.technologies.length === 0)) return false;
    const missing = parts.reduce((n, p) => n + p.missing.length, 0);
    // A list: names between commas or slashes, few words ("My colleague Bob from Capgemini…" is not one).
    const list = /[,/]/.test(x) && x.split(/\s+/).length <= 8;
    return (
      // (An employer described, « une mission chez un assureur », is the asker's client, not one of his.)
      parts.some((p) => p.technologies.length > 0 || (p.roles.length > 0 && !p.described)) ||
      (missing > 1 && list) ||
      (missing > 0 && pointsBack) ||
      // "Their DS team is stuck in notebooks. Has he sorted that before?": what "that" is, which the profile knows.
      (pointsBack && parts.some((p) => p.words.some((w) => !w.everyday && !w.absent && !w.light)))
    );
  };
  // "screening for a Spark/Databricks role. how many years of Spark does he have?": questions naming what they
  // ask about need nothing before them (but "About MAIF. Did he use Airflow?": the role a sentence names).
  const named = (q: UnderstoodQuestion) =>
    q.parts.some(
      (p) => p.missing.length > 0 || p.words.some((w) => w.key && !w.absent) || (p.roles.length > 0 && !p.described),
    );
  const ownSubjects = !pointsBack && questions.every(named);
  // (Only a sentence that is little more than the role: not "We are a retailer like Decathlon.")
  const role = (x: string) =>
    x.split(/\s+/).length <= 4 && ctx.reader.read(x, { language: read.language }).parts.some((p) => p.roles.length > 0);
  const examples = (x: string, i: number) => i > 0 && asks(sentences[i - 1]!) && examplesOf(ctx, x, read.language);
  const keep = sentences.filter((x, i) => asks(x) || examples(x, i) || (naming(x) && (!ownSubjects || role(x))));
  // (What "this way of working" points back at is named before it: the pointer's own words ask nothing.)
  const told = keep.length > asking.length;
  const kept = keep
    .map((x) => (told && asking.includes(x) ? x.replace(WAY_OF_WORKING, read.language === "fr" ? "ça" : "it") : x))
    .map(asQuestion)
    .join(" ");
  return kept === read.text ? read : ctx.reader.read(kept, { language: read.language });
}

/** « ce mode de fonctionnement », "this way of working": what the asker's sentence before told, pointed at. */
const WAY_OF_WORKING = new RegExp(
  String.raw`\b(?:ce|cette|cet|ces|this|that|these|those|such an?) (?:${WAY_NOUNS})\b`,
  "giu",
);

/** "like S3, EMR…", « genre S3, EMR… », "e.g. …": examples of what the question before asked. */
const EXAMPLES_LEAD = new RegExp(
  String.raw`^(?:like|such as|e\.?g\.?|for (?:example|instance)|especially|in particular|du genre|genre|comme|` +
    String.raw`notamment|par ex(?:emple)?|surtout)\b`,
  "iu",
);
/** « Genre Tableau ? », "like Tableau?": an example asked after a question, the word saying so first. */
const EXAMPLE_WORD = new RegExp(String.raw`${EXAMPLES_LEAD.source},?\s+(?=\p{L})`, "iu");

/** "e.g. skew, partitioning", « genre skew, partitionnement »: one word each, listed after the lead. */
function termsListed(sentence: string): boolean {
  const items = sentence
    .replace(EXAMPLES_LEAD, "")
    .split(/\s*,\s*|\s+(?:or|ou|and|et)\s+/)
    .map((x) => x.replace(/[?!.\s]+$/, "").trim());
  return items.length >= 2 && items.every((x) => /^[\p{L}-]+$/u.test(x));
}

/**
 * "Does he know AWS? like S3, EMR, Lambda": examples of what was just asked, to ask with it; names, or a word of the
 * profile's that tells; not "like huge, not just a spreadsheet", which says how much, nor « genre les V, lac vs
 * entrepôt ».
 */
function examplesOf(ctx: EngineContext, sentence: string, language: Language): boolean {
  if (!EXAMPLES_LEAD.test(sentence)) return false;
  // ("…? like a proper internal platform": a word of the profile's that tells, one notion, what the question
  // meant; not a list of them, « genre les V, lac vs entrepôt etc ».)
  const one = !/,|\b(?:vs|versus|etc)\b/i.test(sentence);
  return ctx.reader.read(sentence, { language }).parts.some(
    (p) =>
      p.technologies.length + p.missing.length > 0 ||
      (one && p.words.some((w) => !w.everyday && !w.absent && !w.light)) ||
      // (« genre skew, partitionnement »: terms the profile lacks, listed one word each, which the answer must name;
      // not « genre volume, vélocité, variété », the profile's own words.)
      (termsListed(sentence) && p.words.length === 0 && p.unknown.some((u) => !u.everyday)),
  );
}

/**
 * "We need: Spark, AWS, Airflow and mentoring": a job's requirements, to check one by one; null when the message
 * lists none. (« je cherche un profil Databricks senior avec de l'encadrement, ça colle ? »: the closing the
 * reading set aside as a tick of one line closes the list.)
 */
function requirementsOf(question: string, whole: UnderstoodQuestion, raw: string): string | null {
  // ("…we have a mission in Lyon for a data engineer, is he interested?": his wish is asked, not his fit.)
  if (INTEREST_ASKED.test(foldText(question))) return null;
  const folded = foldText(question);
  const closed = TICK_CLOSING.test(folded) || ADAPT_CLOSING.test(folded) ? fitRequestOf(plainText(question)) : null;
  const read = fitRequestOf(whole.text) ?? closed;
  // A list pasted on lines keeps them: "Nice to have:" heads the lines under it, which the reading joined.
  const lines = read && raw.includes("\n") ? fitRequestOf(raw.split("\n").map(plainText).join("\n")) : null;
  // ("✔ Strong SQL ✔ CI/CD — does he tick these boxes?": the marks the reading takes off were its bullets.)
  const marked = !read && /[✔✓✅☑▪◦‣➢➤►]/u.test(raw) ? fitRequestOf(raw) : null;
  return lines ?? read ?? marked;
}

/** "Our stack is GCP, BigQuery. Would he adapt?", « …. Il s'adapterait ? »: whether he'd fit what was listed. */
const ADAPT_CLOSING = new RegExp(
  String.raw`[,.;:!?]\s*[^.?!]{0,30}\b((would|could|will|can) (he|she)( \w+)? adapt|` +
    String.raw`(il|elle) (pourrait )?s'adapter(ait|a)?)\b[^.?!]{0,30}\?*\s*$`,
);

/** "…, is he interested?", « ça l'intéresserait ? » closing a message. */
const INTEREST_ASKED = new RegExp(
  String.raw`\b((is|would) (he|she) (be )?interested|(ca|cela) (l'|pourrait l')interesse\w*|` +
    String.raw`(serait|est)[- ](il|elle) interesse\w*)\s*[?!.]*$`,
);

/** "and before?", « et après ça ? », asked alone. */
const BEFORE_ALONE =
  /^(and |et |so |alors )?(before|after|avant|apres|then|ensuite|et puis)( (that|this|ca|cela))?\s*[?!.]*$/;

/** The French verbs of a list ticked: « colle », « matche », « coche (quoi) », « correspond ». */
const FITS_FR = String.raw`(colle|matche|coche( quoi)?|correspond)`;
/** « …, ça colle ? », « …, il matche ? »: a closing asking whether he fits what came before. */
const TICK_CLOSING = new RegExp(String.raw`[,.;:!]\s*(ca|il|elle|est-ce qu'il)\s+${FITS_FR}\s*\?*\s*$`);

/** "Must have: Spark. Nice to have: Kafka. Il matche ?": English headings, answered in the closing's French. */
function closedIn(question: string, language: Language): Language {
  return FRENCH_CLOSING.test(foldText(question)) ? "fr" : language;
}

/** « …. Il matche ? », « …, ça colle ? », « il coche quoi ? »: a French question closing a job's list. */
const FRENCH_CLOSING = new RegExp(
  String.raw`(^|[,.;:!?\n]\s*)((est[- ]ce qu['’ ]?)?(il|elle|ca)\s+(${FITS_FR}|passe)\w*|(c'est|c) bon)\s*\?*\s*$`,
);

/** A message's sentences ("e.g.", "etc." and "vs." end none). */
function sentencesOf(message: string): string[] {
  return message
    .replace(/\b(e\.g|i\.e|etc|vs|cf|ex|approx)\./gi, (m) => m.replaceAll(".", "\u2024"))
    .split(/(?<=[.!?])\s+/)
    .map((x) => x.trim().replaceAll("\u2024", "."))
    .filter(Boolean);
}

/**
 * Which sentences ask: a question; a request, "Kindly confirm his total years.", « Merci de me préciser ses
 * dates. »; a name alone, "Databricks? Unity Catalog? Iceberg." — then read as asked ("Iceberg?").
 */
function askingSentences(ctx: EngineContext, sentences: string[], language: Language) {
  // (After a question, a name alone must be known as a product's; the last of names asked one by one, any name.)
  const listed = (x: string) => {
    const before = sentences[sentences.indexOf(x) - 1];
    return before?.endsWith("?") === true && nameAlone(ctx, before, language);
  };
  const alone = (x: string) => nameAlone(ctx, x, language, listed(x));
  return {
    asks: (x: string) => x.endsWith("?") || REQUEST.test(foldText(x)) || alone(x),
    // ("? Genre Tableau ?": the example, asked; "like" says only that it is one.)
    asQuestion: (x: string) =>
      x.endsWith("?") || !alone(x)
        ? sentences.indexOf(x) > 0
          ? x.replace(EXAMPLE_WORD, "")
          : x
        : `${x.replace(/[.!…]+$/, "")}?`,
  };
}

/** "Iceberg.", "Unity Catalog!": a sentence that is one name, known to the profile or not, and nothing else. */
function nameAlone(ctx: EngineContext, sentence: string, language: Language, listed = false): boolean {
  if (sentence.split(/\s+/).length > 3) return false;
  const parts = ctx.reader.read(sentence, { language }).parts;
  // A word the profile lacks names something when the lexicon knows it as a product's, or when it ends a list of
  // names ("Unity Catalog? Iceberg."); not a sign-off, "Fab.", "Priya.", nor an industry, "Retail.", after a question.
  const { lexicon } = ctx.index;
  const product = (name: string) =>
    listed || wordTokens(name).some((w) => lexicon.techName(w) !== null && !lexicon.isEveryday(w));
  const named = parts.flatMap((p) => [
    ...p.technologies.map((t) => t.name),
    ...p.missing.filter(product),
    ...p.unknown.filter((u) => !u.everyday && product(u.word)).map((u) => u.word),
  ]);
  // Every word of the sentence one of a name's ("We use Kubernetes." says what they use), but for the "and" that
  // adds it to the questions before ("python? R? and scala").
  const words = (foldText(sentence).match(/[\p{L}\p{N}]+/gu) ?? []).filter(
    (w, i) => !(i === 0 && /^(and|et|or|ou|also|aussi|plus)$/.test(w)),
  );
  const ofNames = new Set(foldText(named.join(" ")).match(/[\p{L}\p{N}]+/gu) ?? []);
  // ("Apache Iceberg.": the vendor before the name is part of it.)
  const ofName = (w: string) => ofNames.has(w) || NAME_QUALIFIERS.has(w);
  return named.length > 0 && words.every(ofName) && parts.every((p) => p.roles.length === 0);
}

/**
 * "Here is the JD: / - Spark on Databricks / - Azure cloud / … / Does he have Kafka and Azure experience?": the
 * lines after a list of two items or more, when they ask something; null for any other message.
 */
function questionsAfterList(message: string): { description: string; after: string; tail: string[] } | null {
  const lines = message.split(/\r?\n/).map((l) => l.trim());
  const items = lines.map((l, i) => (LIST_ITEM.test(l) ? i : -1)).filter((i) => i >= 0);
  // "- Has he used Spark?\n- And Kafka?": a list of questions, each asked.
  if (items.length < 2 || items.some((i) => lines[i]!.endsWith("?"))) return null;
  const last = items.at(-1)! + 1;
  const tail = lines.slice(last).filter(Boolean);
  const after = tail.join(" ");
  return after.includes("?") ? { description: lines.slice(0, last).join("\n"), after, tail } : null;
}
/**
 * "- Has he used Spark?\n- Has he used Kafka?", "We need:\n- Spark\n- Airflow": a list's lines as one line reads
 * them, its marks gone and each item ended ("Spark, Airflow"), so that no two items run together.
 */
function unlisted(message: string): string {
  if (!message.includes("\n")) return message;
  return message
    .split(/\r?\n/)
    .map((line) => {
      const item = LIST_ITEM.exec(line.trim());
      if (!item) return line;
      const text = line.trim().slice(item[1]!.length).trim();
      return /[.?!:;,]$/.test(text) ? text : `${text},`;
    })
    .join("\n")
    .replace(/,(\s*)$/, "$1");
}

/** Asking whether he fits what was just pasted: "does he fit? what is missing?", « il matche ? ». */
const FIT_ASKED = new RegExp(
  String.raw`\b(fit|fits|match|matches|matche|matcher|correspond\w*|missing|lacking|manque\w*|qu'?en pense\w*|` +
    String.raw`what do you think|thoughts|suitable|qualify|qualifies|qualified|good candidate|colle|adapte|` +
    String.raw`ca le fait|` +
    // « si ce profil peut convenir », « il ferait l'affaire ? »
    String.raw`conven\w*|convient|conviendr\w*|(fait|ferait|faire) l'affaire|` +
    String.raw`which of (these|them)|` +
    String.raw`tick\w* (all )?(the |those |these )?boxes|coche (toutes )?les cases|` +
    String.raw`lesquel(le)?s)\b`,
);
const LIST_ITEM = /^([-•*·–]|\d{1,2}[.)])\s+\S/;

/** "why?", « pourquoi ? », asked alone. */
const WHY_ALONE = new RegExp(
  String.raw`^(and |et |mais |but |so |alors )?(why|how come|pourquoi|pour quelle raison)` +
    String.raw`( (that|ca|donc|so|exactly|exactement))?$`,
);
/** "how long did it take?", « ça a pris combien de temps ? »: a project's length, which a CV seldom gives. */
const TOOK_ALONE = new RegExp(
  String.raw`^(and |et )?(how long did (it|that|this|the \w+) take( him)?|(ca|cela) (lui )?a pris combien de temps|` +
    String.raw`combien de temps (ca|cela) (lui )?a pris|en combien de temps)$`,
);
/** What a passage gives a reason with: "to avoid memory errors", « pour éviter… », "due to…". */
const REASON = new RegExp(
  String.raw`\b(to (avoid|reduce|cut|improve|optimi[sz]e|handle|support|secure|enable)|in order to|so that|due to|` +
    String.raw`because|pour (eviter|reduire|optimiser|gerer|securiser|permettre|traiter)|afin de|dues? a|grace a)\b|` +
    // "Reduction of costs … by implementing a temporary save on HDFS": the aim, then the means.
    String.raw`\b(reduction|optimi[sz]ation|improvement|acceleration|amelioration)\b[^.]*\b(by|par) ` +
    String.raw`(implementing|using|saving|switching|moving|introducing|implementation|l'implementation|` +
    String.raw`la mise en place|l'utilisation)\b`,
);

/**
 * "why?" after an answer whose passages give no reason, "how long did it take?" after any: what the profile
 * doesn't say, said (not the last answer again). Null for any other message, or a "why?" its passages answer.
 */
function unsaidOfLast(text: string, history: Turn[]): "whyUnsaid" | "tookUnsaid" | null {
  const last = history.at(-1);
  if (!last?.answered) return null;
  const asked = foldText(text)
    .replace(/[\s?!.]+$/, "")
    .trim();
  const quotes = last.answer.split("\n").filter((l) => /^\[\d+\]/.test(l));
  if (WHY_ALONE.test(asked)) return quotes.some((q) => REASON.test(foldText(q))) ? null : "whyUnsaid";
  return TOOK_ALONE.test(asked) ? "tookUnsaid" : null;
}

/**
 * « je cherche un data engineer pour une mutuelle, il a déjà bossé dans l'assurance ? »: the need, then the
 * question, which is what is asked; "quick check for our platform: is he a freelancer?", « j'ai besoin de
 * vérifier les dates : … »: what comes before a colon says why the question is asked. Null when no lead is
 * set aside so.
 */
function askedAfterLead(ctx: EngineContext, read: UnderstoodQuestion): UnderstoodQuestion | null {
  const need = SEARCH_LEAD.exec(foldText(read.text));
  // (Not "MAIF: did he use Airflow?", « Chez MAIF : … »: a lead naming a role or a name is part of the question.)
  // (A dash sets aside a lead that asks nothing: not "What outcomes can he point to — volumes, speed-ups?".)
  const colon = need ? null : leadBefore(read.text);
  const lead = need ?? (colon && !namesSomething(ctx, colon[0], read.language) ? colon : null);
  // (Not when the question needs the need: "my client has a Databricks platform, does he know it?")
  const asked = lead ? ctx.reader.read(read.text.slice(lead[0].length), { language: read.language }) : null;
  // (After a need, « il a bossé dans la santé ? » asks of its own, everyday words and all; after a colon,
  // "has he done one for real?" asks of what came before.)
  const standsAlone = (q: UnderstoodQuestion) =>
    !POINTS_BACK.test(foldText(q.text)) && q.parts.some((p) => p.words.some((w) => !w.light && (need || !w.everyday)));
  return asked && (standsAlone(asked) || detectProfileIntent(asked) !== null) ? asked : null;
}

/**
 * Whether a stretch names a role, a name the profile holds, or one it lacks: "MAIF:", « Côté Spark : »,
 * "Kubernetes:" (not "Quick check for Capgemini:", « Pour Sopra : », the asker's own client or meeting).
 */
function namesSomething(ctx: EngineContext, text: string, language: Language): boolean {
  const askers = ASKERS_OWN.test(foldText(text));
  return ctx.reader
    .read(text.replace(/:\s*$/, ""), { language })
    .parts.some(
      (p) =>
        p.roles.length > 0 ||
        (p.missing.length > 0 && !askers) ||
        p.words.some((w) => (w.key || w.tech) && !w.absent && !w.employer),
    );
}
/** Words before the asker's own client or meeting: "for Capgemini", « pour Sopra », "call with Thales". */
const ASKERS_OWN = /\b(for|pour|chez|with|avec|clients?|customers?|call|appel|rdv|meeting|reunion)\b/;

/** A role's stated goal: "Goal: modernise the stack…", « Objectif : … », « Enjeu stratégique : … ». */
const GOAL = /^(goal|objective|aim|strategic stake|objectif|enjeu)\b/;

/**
 * "why?" after an answer about a role: the goal the role states, if it states one ("The profile doesn't say
 * why" else); "how long did it take?": not said, with the role's dates.
 */
function unsaidAnswer(
  ctx: EngineContext,
  question: string,
  language: Language,
  unsaid: "whyUnsaid" | "tookUnsaid",
  last: Turn | undefined,
): Answer {
  const m = ctx.messages[language];
  const employer = last?.role;
  const role = ctx.profileContext.roles.find((r) => r.employer === employer);
  const inLanguage = (role?.chunks ?? []).filter((c) => c.lang === language);
  const found = (test: (c: Chunk) => boolean) => inLanguage.filter(test).map((c) => citeChunk(c));
  // (The goal answers "why?" of a thing done there — "did he migrate…?" — not "why?" of a move or a tool.)
  const done = DONE_ASKED.test(foldText(last?.standalone ?? ""));
  const goal = done ? found((c) => GOAL.test(foldText(c.text))) : [];
  const cited = unsaid === "whyUnsaid" ? goal : found((c) => c.kind === "role").slice(0, 1);
  if (cited.length === 0) return noAnswer(question, language, "not_in_profile", m[unsaid]);
  if (unsaid === "tookUnsaid")
    return noAnswer(question, language, "not_in_profile", [m.tookUnsaidRole, ...quoteLines(cited)].join("\n"), cited);
  const answer = [m.goalOf(employer!), ...quoteLines(cited)].join("\n");
  return { question, answered: true, answer, language, mode: "extractive", citations: cited };
}

/** A few words, then a colon and the question: "quick check for our platform: is he a freelancer?". */
const COLON_LEAD = /^[^:?\n]{3,80}?(?<!\d)\s?:(?![\d/])\s*/u;
/**
 * "for the submittal — what's his total YOE?": a dash sets aside a lead saying what the question is for, as a colon
 * does (not "Insurance client — relevant experience?", whose lead is the subject).
 */
const DASH_LEAD = /^(?:for|pour|re|regarding|concerning|concernant|about|au sujet d)\b[^:?\n—–]{2,80}?\s[—–]\s*/iu;
const ASKING =
  /\b(what|which|who|how|why|when|where|does|did|has|is|can|could|quel\w*|qui|comment|pourquoi|quand|est-ce)\b/;

/** What comes before a colon, or before a dash when it asks nothing; null when neither. */
function leadBefore(text: string): RegExpExecArray | null {
  const dash = DASH_LEAD.exec(text);
  return COLON_LEAD.exec(text) ?? (dash && !ASKING.test(foldText(dash[0])) ? dash : null);
}

/** A need stated before a comma, then a question of its own: what opens the message up to the question. */
const SEARCH_LEAD = new RegExp(
  String.raw`^(((pour|pr|for|chez) (un|une|a|an|notre|mon|our|my) (client|cliente|customer|grand compte)\b[^,?]*? )?` +
    String.raw`(je|on|nous) (cherche|recherche|cherchons|recherchons)|(we're|we are|i'm|i am) (looking|searching|` +
    String.raw`hiring)|looking for|we need|i need|besoin d'un|` +
    // « j'ai un besoin chez un client assurance, … », "we have an opening at a bank, …", « mon client cherche … »
    String.raw`(j'ai|on a|nous avons|i have|we have|i've got|we've got) (un|une|a|an) (besoin|mission|poste|client|` +
    String.raw`opportunite|need|role|position|opening)|` +
    String.raw`(mon|notre|my|our) client (cherche|recherche|a|is looking|needs|has|wants)|` +
    // « on va recruter 4 data eng, … », "we're hiring 3 engineers, …"
    String.raw`(on|nous|we) (va|vont|allons|are going to|will|'re going to) (recruter|embaucher|hire|recruit))` +
    String.raw`\b[^,?]*,\s*` +
    String.raw`(?=(il|elle|est-ce|a-t-il|a t il|has he|does he|did he|is he|can he|would he|could he|what|which|how|` +
    String.raw`quel\w*|combien|(le|ce|votre|ton) (candidat|profil)|la candidate|the candidate|your candidate)\b)`,
);

/** A whole-profile answer says too how it read the question: "Reading “decathalon” as “Decathlon”." */
function withReading(answer: Answer, understood: UnderstoodQuestion, ctx: EngineContext): Answer {
  const note = readingNote(understood.corrections, understood.language, ctx.messages);
  if (!note) return answer;
  return { ...answer, answer: `${note} ${answer.answer}`, corrections: understood.corrections };
}

/** The answer with its verdict as data: yes, partial, not in the profile, or none (chatter, refusals). */
function withVerdict(answer: Answer): Answer {
  if (answer.verdict) return answer;
  const verdict = answer.answered
    ? "yes"
    : answer.reason === "partial"
      ? "partial"
      : answer.reason === "not_in_profile" || answer.reason === "owner_only"
        ? "not_in_profile"
        : "none";
  return { ...answer, verdict };
}

const emptyRetrieval = {
  passages: [],
  matches: [],
  weights: [],
  signals: { topVector: 0, topCoverage: 0, unknownWords: [], contentWords: 0 },
};
