import { smallInFigures, tensInFigures } from "../text/numbers.js";
import { detectLanguage } from "../text/detect-language.js";
import { SET_IN_PLACE } from "../text/stem.js";

/** What a message was when nothing but chatter is left of it. */
export type ChatterKind = "greeting" | "thanks" | "goodbye" | "ack" | "remark" | "puzzled" | "doubt";

export interface CleanMessage {
  /** The question with platform markup, emoji, quoted lines and chatter taken out. */
  text: string;
  /** Set when the message held nothing but chatter ("thanks!", "bonjour", "👍"). */
  chatter: ChatterKind | null;
  /** The kinds of chatter found around the question, e.g. a greeting in front of it. */
  found: ChatterKind[];
}

/** Slack's and Discord's markup: mentions, broadcasts, channels, custom emoji, timestamps, links. */
const MARKUP: [RegExp, string][] = [
  [/<(?:https?|mailto):[^|>\s]+\|([^>]*)>/g, " $1 "], // Slack link with its label: keep the label
  [/<(?:https?|mailto):[^>\s]+>/g, " "], // bare Slack link
  [/<[@#][A-Z0-9]+(?:\|[^>]*)?>/g, " "], // Slack user / channel: <@U123>, <#C123|jobs>
  [/<!(?:channel|here|everyone)(?:\|[^>]*)?>/g, " "], // Slack broadcasts
  [/<!subteam\^[A-Z0-9]+(?:\|[^>]*)?>/g, " "], // Slack user groups
  [/<!date\^[^>]*>/g, " "],
  [/<(?:@[!&]?|#)\d+>/g, " "], // Discord user, nickname, role, channel
  [/<a?:[\w~-]+:\d+>/g, " "], // Discord custom emoji
  [/<t:\d+(?::[a-zA-Z])?>/g, " "], // Discord timestamp
  [/(^|\s)@(?:everyone|here|channel)\b/g, " "],
  // A bare link ("https://github.com/foo/bar", "www.example.com"): an address, not words of the question.
  [/(?<![\w@])(?:https?:\/\/|www\.)[^\s<>]+?(?=[?.!,;:)]*(?:\s|$))/g, " "],
  // Struck out by the asker: Discord's ~~Java~~, Slack's ~Java~ are words taken back, not asked.
  [/~~[^~\n]+~~/g, " "],
  [/(^|\s)~[^~\s\d][^~\s]*~(?=[\s?!.,;:]|$)/g, " "],
  [/(^|\s):[a-z0-9_+'-]+:(?::skin-tone-\d:)?/g, " "], // emoji shortcodes, :wave: :+1:
  [/<\/?(?:script|style)\b[^>]*>[^<]*(?:<\/(?:script|style)>)?/gi, " "], // a script pasted in, with its code
  [/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi, " "], // HTML tags pasted with a question: <b>Spark</b>
];

/** Unicode emoji, their modifiers and joiners: each code point removed on its own, joiners included. */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: it lists code points to remove one by one, not graphemes
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{1F1E6}-\u{1F1FF}\u200d\ufe0f\u20e3]/gu;
/** A smiley typed in characters, ":)", ";-)", ":D", "^^", between spaces (not "https://", "a:b"). */
const TEXT_SMILEY = /(?<=^|\s)(?:[:;=][-'^]?[)(DPpO3\][/\\|*]+|\^\^|xD|XD)(?=\s|$|[,.!?])/gu;

/**
 * Emoji after a word and before the next one, in small letters, which starts a new sentence there ("…mob 🦘 has
 * he…"); not in a list of names ("Spark 🔥 Kafka 🔥 Airflow").
 */
const EMOJI_BETWEEN =
  /(?<=[\p{L}\p{N}.,!)])[ \t]*(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f)+[ \t]+(?=\p{Ll})/gu;

/**
 * Emoji after a few words and before a capitalised one, which starts a new sentence there ("…pour une banque à
 * Montréal 😊 Première affaire…"); not in a list of names ("Spark 🔥 Kafka 🔥 Airflow").
 */
const EMOJI_BEFORE_CAPITAL = new RegExp(
  // (A sentence's first words after it: a capitalised word, then one in small letters that joins no list: not
  // "Spark 🔥 Kafka and Airflow", « Spark 🙂 Kafka ou Flink ».)
  String.raw`(?<=(?:[\p{L}\p{N}'-]+[ \t]+){2}[\p{L}\p{N}'-]*\p{Ll}[.,!)]?)[ \t]*` +
    String.raw`(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f)+[ \t]+` +
    // ("…in Cape Town 👋 I'm shortlisting…", "…in Manchester 🙂 We're hiring…": "I'm", "We're" begin one too.)
    String.raw`(?=\p{Lu}\p{Ll}*(?:['’][a-z]{1,2})?[ \t]+(?!(?:and|or|et|ou|und|y|e|&)[ \t])\p{Ll})`,
  "gu",
);

const HTML_ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

/** Removes platform markup and emoji, and lines quoted from another message (unless all of it is). */
export function stripMarkup(message: string): string {
  let text = message.replace(/\r\n?/g, "\n");
  for (const [re, by] of MARKUP) text = text.replace(re, by);
  text = text.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => HTML_ENTITIES[e]!);
  const lines = text.split("\n");
  const quoted = (l: string) => /^\s*>/.test(l);
  const kept = lines.every((l) => quoted(l) || l.trim() === "")
    ? lines.map((l) => l.replace(/^\s*>+\s?/, ""))
    : lines.filter((l) => !quoted(l));
  return (
    kept
      .join("\n")
      // ("…in brissie :) quick one": a smiley typed is an emoji too.)
      .replace(TEXT_SMILEY, "🙂")
      // "Liam here from a Sydney agency 🦘 has he…": an emoji between words ends what came before it.
      .replace(EMOJI_BETWEEN, " — ")
      .replace(EMOJI_BEFORE_CAPITAL, ". ")
      .replace(EMOJI, " ")
      .replace(/’/g, "'")
      .replace(/\s+/g, " ")
      .trim()
  );
}

// Chatter, in English and French, written accent-tolerant. Each is matched as a whole phrase.
const GREETING =
  String.raw`(?:(?:hi+|hello+|hey+|hiya|howdy|yo|cc|greetings of the day|greetings|` +
  String.raw`salutations(?! (?:distingu|respectueu|cordial))|` +
  String.raw`good (?:morning|afternoon|evening|day)|morning|hi there|` +
  // (« Rebonjour », « re-bonjour », "hi again": a greeting said again, later the same day.)
  String.raw`hello there|hey there|dear|(?:re-? ?)?bonjour|(?:re-? ?)?bonsoir|resalut|salut|all[oô]|hi again|` +
  // « Madame, Monsieur, », "Madame, Monsieur": a formal French letter's opening.
  String.raw`madame,? monsieur|mesdames,? messieurs|` +
  // "Respected Sir", "Dear Sir/Madam", "Sir/Madam": how a formal letter opens.
  String.raw`(?:(?:respected|dear) )?(?:sir|madam|ma'am)(?: ?(?:\/|or) ?madam)?|respected (?:team|all)|` +
  // Other languages' hellos, as second-language askers open: "Hola!", "Buongiorno", "Grüezi mitenand".
  String.raw`hola|buenos d[ií]as|buenas(?: tardes)?|buongiorno|buonasera|ciao|salve|hallo|guten (?:tag|morgen)|` +
  String.raw`gr[üu]e?zi(?: mitenand)?|servus|moin|hej|hei|hoi|ol[áa]|bom dia|goedemorgen|goedendag|namaste|` +
  String.raw`shalom|salaam|salam|as-?salaam?u? ?alaikum|merhaba|kia ora|aloha|ahoj|czesc|cześć|dzień dobry|` +
  String.raw`coucou|wesh|wsh|g'day)(?: (?:there|all|everyone|team|folks|guys|mate|bot|à tous|a tous|à vous|a vous|` +
  // ("hey bro", « Bonjour Madame », « salut les gars »: whom the hello is said to.)
  String.raw`tout le monde|l'équipe|bro|bruh|bruv|dude|buddy|fam|sir|ma'am|madame|monsieur|mesdames|messieurs|` +
  String.raw`les gars|les amis|chef))?|` +
  // How-are-yous and well-wishes come with the greeting; they ask nothing of the profile.
  String.raw`how are you(?: doing)?(?: today| this morning| this afternoon)?|how's it going|how are things|` +
  // (Nigerian English's "How far?", "how body?": how are you.)
  String.raw`how far(?=\s*[?!])|how body(?=\s*[?!])|` +
  String.raw`what(?:'?s| is) up|wh?assup|` +
  String.raw`hope (?:you're|you are|all is) (?:well|doing well|good)|` +
  String.raw`hope this finds you well|comment allez[- ]vous|comment vas[- ]tu|(?:ça|ca) va(?: bien)?|on dit quoi|` +
  // "anyone there?", « vous êtes là ? »: whether the bot is there, a hello.
  String.raw`(?:is )?(?:any ?one|anybody|somebody) (?:there|home|here)|(?:are )?you there|` +
  String.raw`(?:t'es|tu es|vous [êe]tes) l[àa]|(?:il )?y'? ?a quelqu'un|` +
  // « Salut, tu vas bien ? », « vous allez bien ? »
  String.raw`(?:tu vas|vous allez|vas[- ]tu|allez[- ]vous) bien|` +
  String.raw`j'esp[èe]re que (?:vous allez|tu vas) bien)`;
const THANKS =
  String.raw`(?:(?:many |thanks? |thank you )?` +
  String.raw`(?:(?:thank (?:you|u)|thanks?|thx|thnx|thanx|thnks|tnx|tx|tysm|ty|tks|thks|cheers)` +
  String.raw`(?: mate| man| buddy| boss| bro| bruh| bruv| dude| fam)?|` +
  String.raw`much appreciated|` +
  String.raw`(?:(?:i |we )?(?:really |truly |very much |greatly )?appreciate (?:it|that|this|the help))|` +
  // "Would appreciate a quick answer.", "a quick reply would be appreciated": a close, no question.
  String.raw`(?:(?:i |we )?would (?:really |much |greatly )?appreciate (?:a |an |your )?` +
  String.raw`(?:quick |prompt |fast |early |swift )?(?:answer|reply|response|feedback|revert))|` +
  String.raw`(?:a |an |your )?(?:quick |prompt |fast |early |swift )(?:answer|reply|response|feedback|revert) ` +
  String.raw`(?:would be (?:much |greatly |really )?(?:appreciated|great|ideal|nice)|appreciated|please)|` +
  String.raw`merci(?: beaucoup| bcp| bien| ben| encore| infiniment| vielmal)?(?: gros| chef| boss)?|un grand merci|` +
  String.raw`gracias|grazie(?: mille)?|danke(?: sch[öo]n| vielmal)?|obrigad[oa]|tack(?: s[åa] mycket)?|` +
  String.raw`dank je(?: wel)?|` +
  // (British "ta", not French « ta formation ».)
  String.raw`noted with thanks|ta(?: very much| muchly)?(?!\s+\p{L})|` +
  String.raw`je vous remercie(?: infiniment| beaucoup| bien| vivement| chaleureusement| sinc[èe]rement)?)` +
  String.raw`(?: (?:so much |very much |ever so much )?(?:a lot|so much|ever so much|` +
  String.raw`very much|again|in advance|anyway|all the same|quand meme|quand même|` +
  String.raw`for (?:that|this|the (?:info|answer|help))|for (?:everything|all|your (?:help|time))|` +
  // "Thank you very much for your kind support.", "thanks for the information": what he thanks for, a few
  // words at the message's end (not "thanks for the Spark answer, and Kafka?", which asks on after a comma).
  // (Or before a close: "thank you very much for the answers, goodbye".)
  String.raw`for (?:the|your|all the|all your|this|that)(?: (?!for\b|on\b)[\p{L}'-]+){1,3}` +
  String.raw`(?=\s*[.!]*\s*$|\s*[,.;!]+\s*(?:and )?(?:bye|goodbye|see you|have a|speak|talk|take care|ta-?ra|` +
  String.raw`much appreciated|appreciated|cheers|regards|best)\b)|` +
  String.raw`and (?:best |kind |warm )?regards|` +
  String.raw`d'avance|par avance|pour tout|pour (?:ton|votre) (?:aide|temps)|pour (?:la|ta|votre|les|` +
  String.raw`l') ?(?:réponse|reponse|info|infos|aide)(?![\p{L}])|à vous|a vous|` +
  // « pour ces précisions », « pour toutes ces informations », « de votre aide précieuse »: what he thanks for.
  String.raw`(?:pour|de) (?:ces|toutes ces|tous ces|votre|vos|cette|ce|l'|la|les)\s?` +
  // (« pour votre disponibilité et votre réactivité »: two things thanked for.)
  String.raw`(?:[\p{Ll}'-]+\s?){1,3}(?:(?:et|and) (?:votre|vos|ta|tes|your) (?:[\p{Ll}'-]+\s?){1,2})?` +
  String.raw`(?=\s*[,.!]|\s*$)` +
  String.raw`))?)`;
const ACK_WORD =
  String.raw`(?:o*k+(?:ay)?|k|cool|great|gr8|perfect|awesome|nice|super|parfait|génial|genial|top|nickel|impeccable|` +
  String.raw`correct|exact|exactement|yep|yup|ouais|` +
  String.raw`brilliant|lovely|splendid|right(?: then)?(?!\s*\?)|righto|` +
  // "too bad, thanks anyway", « dommage, merci quand même », « tant pis »: a regret asks nothing.
  String.raw`dommage|tant pis|too bad|pity|what a pity|shame|what a shame|` +
  // "hmm", « euh », "ah": a sound of thinking, which asks nothing.
  String.raw`h+m+|u+h+m*|u+m+|e+u+h+|a+h+|o+h+|` +
  String.raw`d'accord|daccord|dac|got it|bon|bien|ok[ée]|(?:ah|oh) (?:bon|ok|okay|d'accord|je vois|i see)|` +
  // "sweet", "amazing", "fair", « c'est bon », « très bien », « hein »: taken, nothing asked.
  String.raw`sweet|amazing|fair(?: enough)?|c'est bon|(?:tr[èe]s )?bien|hein|` +
  // « c'est noté », « bien noté »: taken down.
  String.raw`(?:c'est |bien |tout est )?not[ée]|` +
  String.raw`understood|noted|compris|entendu|bien reçu|bien recu|ça marche|ca marche|excellent|wow|interesting|` +
  // "brb", "be right back": the asker steps away a moment, nothing asked.
  String.raw`brb|be right back|` +
  // « attendez je regarde l'annonce du client », "hold on, let me check the JD": a moment asked, nothing else.
  String.raw`(?:attendez|attends|wait|hold on|one sec(?:ond)?|un instant|une seconde|deux secondes|une minute)` +
  String.raw`(?:,? (?:je|i'?ll|i'?m|let me|laissez[- ]moi|laisse[- ]moi) (?:regarde|cherche|v[ée]rifie|relis|` +
  String.raw`look|check|find|read|get)\p{L}*(?: (?!(?:if|whether|si)\b)[^?.!,]{0,40})?)?|` +
  // "that's great to hear", "good to hear": glad of the answer, nothing asked.
  String.raw`(?:(?:that'?s|that is|it'?s) )?(?:(?:great|good|nice|glad) to hear|(?:great|nice|glad) to know)|` +
  // "ok, makes sense", "fine, thanks", "sounds good", « je vois »
  String.raw`fine|alright|all right|sure|(?:that |it )?makes sense|sounds good|good to know|all good|i see|je vois|` +
  // "lol impressive", « pardon pour les fautes »: reactions and apologies ask nothing.
  // "you are very kind", « c'est gentil », « vous êtes bien aimable »: a compliment asks nothing.
  String.raw`(?:you(?:'re| are)|vous [êe]tes|t'es|tu es|c'est) (?:very |so |really |too |tr[èe]s |trop |bien )?` +
  String.raw`(?:kind|helpful|nice|a star|a gem|gentil(?:le)?|aimable|sympa|top|malade)|` +
  // « c top », « c'est top », « trop bien » : chat French's praise.
  String.raw`c (?:top|cool|parfait|nickel|g[ée]nial)|trop (?:bien|cool|fort)|` +
  // "great profile", "interesting profile", « beau profil »: a word on the profile, and "next question": nothing asked.
  String.raw`(?:(?:a |an |un |une )?(?:very |really |tres |très )?(?:great|good|nice|interesting|impressive|strong|` +
  String.raw`solid|beau|bon|joli|super|chouette) (?:profile|candidate|cv|background|profil)|` +
  String.raw`profil (?:interessant|intéressant|impressionnant|solide)|next question|moving on|question suivante)` +
  // ("Good candidate?", « Bon profil ? »: a verdict asked, not given.)
  String.raw`(?!\s*\?)|` +
  // "one more thing", « encore une question », "can I ask something?", "my bad", "good job": nothing asked yet.
  String.raw`(?:one more thing|one more question|(?:i have |i've got |got )?(?:another|one more|a) question|` +
  String.raw`(?:can|could|may) i ask (?:you )?(?:something|a question|another one|one more)|` +
  String.raw`une derni[èe]re (?:chose|question)|encore une (?:question|chose)|(?:j'ai )?une autre question|` +
  String.raw`(?:je peux|puis-je) (?:te |vous )?(?:poser|demander) (?:une question|quelque chose)|` +
  // ("Sorry for the late reply, had a long day.", « désolé du retard, grosse journée »: the excuse with it.)
  String.raw`(?:(?:sorry|apologies) for the (?:delay|late reply|late response|wait)|` +
  String.raw`d[ée]sol[ée]e? (?:pour le|du) retard)(?:[,;:—–-]?\s+(?![^.?!]*\b(?:he|his|him|il|son|sa|ses)\b)` +
  String.raw`[^.?!]{0,40}?\b(?:days?|week|morning|afternoon|meetings?|busy|hectic|swamped|journ[ée]e|semaine|` +
  String.raw`r[ée]unions?|charg[ée]e?)\b[^.?!]{0,20})?|` +
  String.raw`my bad|np|no problem|no worries|pas de souci|pas de probl[èe]me|` +
  String.raw`good job|well done|nice one|bien vu|bravo|yes|yeah|oui|no|nope|non|nan)|` +
  String.raw`impressive|impressionnant|(?:pardon|d[ée]sol[ée]e?s?|sorry)(?: pour les fautes| for the typos|` +
  // « désolé pour les questions en vrac », "sorry for all the questions": an apology asks nothing.
  // (Not "sorry for the questions about Kafka, …": what they are about is asked.)
  String.raw` (?:pour|for) (?:les|the|all the|all these|these|toutes ces|tous ces|ces|mes|my|so many|tant de)` +
  String.raw`(?: (?:many|nombreuses|petites|multiples))? (?:questions|typos|fautes|messages)(?: en vrac| en rafale)?` +
  String.raw`(?=\s*(?:[,!.:;—–-]|$)))?|` +
  // "that helps a lot", « ça m'aide beaucoup »
  String.raw`(?:that |it |this )?helps?(?: a lot| a great deal| much)?|` +
  // "that's brilliant", "this is very helpful": praise of the answer asks nothing.
  String.raw`(?:that'?s|that is|this is|it'?s|it was|that was) (?:(?:very|so|really|super|most|truly) )?` +
  String.raw`(?:brilliant|great|perfect|lovely|awesome|amazing|fantastic|helpful|useful|clear|super|good|fine|nice|` +
  String.raw`excellent|wonderful|grand|spot on)|` +
  // "perfect, that's exactly what I needed", « c'est exactement ce qu'il me fallait »
  String.raw`(?:(?:that'?s|that is|this is|it'?s|c'est) )?(?:exactly|just) ` +
  String.raw`(?:what i (?:needed|wanted|was looking for)|` +
  String.raw`ce qu'il me fallait)|exactement ce qu'il me fallait|` +
  String.raw`(?:(?:that'?s|that is|it'?s|c'est) )?(?:a |an |un |une )?(?:very |really )?(?:clear|good|great|nice|` +
  String.raw`useful|helpful) (?:picture|answer|summary|overview|explanation)|` +
  String.raw`(?:(?:that'?s|that is|it'?s|it is|c'est|c'etait|c'était) )?` +
  String.raw`(?:very |super |really |so |tres |très )?` +
  String.raw`(?:helpful|useful|clear|utile|clair|informative|insightful|instructif|instructive|interessant|` +
  String.raw`intéressant|perfect|great|parfait|nickel|top))`;
const ACK = String.raw`${ACK_WORD}(?:[\s,]+${ACK_WORD})*`;
const GOODBYE =
  String.raw`(?:bye|goodbye|see you|see ya|` +
  String.raw`have a (?:nice|good|great|lovely|wonderful) (?:day|one|evening|week|weekend)|` +
  // "speak soon", "bye for now", "ta-ra", "take care": a British close.
  String.raw`(?:bye|goodbye) for now|(?:speak|talk|chat) (?:soon|later|to you soon)|ta-?ra|take care|catch you later|` +
  String.raw`bonne (?:journée|journee|soirée|soiree|fin de journée|semaine)|à bientôt|a bientot|` +
  String.raw`à tantôt|a tantot|à tout à l'heure|a tout a l'heure|à plus|a plus|[aà@]\+|` +
  String.raw`(?:excellente|belle|très belle|tres belle) (?:journée|journee|soirée|soiree|fin de semaine)` +
  String.raw`(?: à vous| a vous| à toi| a toi)?|` +
  String.raw`(?:bien |très |tres )?cordialement|best regards|kind regards|regards|au revoir|bonne continuation|` +
  String.raw`bien à vous|bien a vous|` +
  // « Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées »: a letter's close.
  String.raw`(?:je vous prie d'|veuillez )agr[ée]er[^?]{0,80}?salutations(?: (?:distingu[ée]es|respectueuses|les ` +
  String.raw`meilleures))?|` +
  // « avec mes meilleures salutations », « salutations distinguées »: a formal (Swiss, Belgian) letter's close.
  String.raw`(?:avec )?(?:mes |nos )?(?:meilleures|sinc[èe]res) salutations(?: distingu[ée]es| cordiales)?|` +
  String.raw`salutations (?:distingu[ée]es|cordiales)|` +
  String.raw`ciao|tchao|(?:très |tres )?bonne journée(?: à vous| a vous)?|` +
  // "Grüße", "Viele Grüße", "MfG": a German close.
  String.raw`(?:viele |liebe |beste |freundliche )?gr(?:ü|ue|u)(?:ß|ss)e?|mfg|` +
  // (« je reviens vers vous demain »: and when.)
  String.raw`(?:je reviendrai|je reviens|on revient|on reviendra) vers (?:vous|toi)` +
  String.raw`(?: (?:demain|plus tard|bient[ôo]t|rapidement|dans la journ[ée]e|la semaine prochaine))?|` +
  // « je le contacterai », « on va lui demander », "I'll ask him directly": the asker takes it from here.
  String.raw`(?:je|on|nous) (?:le |la |vous )?(?:contacterai|recontacterai|rappellerai|contactera|recontactera)|` +
  String.raw`(?:je|on) (?:verrai|verra|va voir|vais voir) (?:[çc]a )?(?:avec lui|directement)|` +
  String.raw`(?:je|on) (?:vais|va) (?:lui|le) (?:demander|contacter|appeler|poser la question)(?: directement)?|` +
  String.raw`on va se (?:capter|parler|rappeler)|` +
  String.raw`i'?(?:ll| will) (?:ask|check with|contact|call) (?:him|the candidate|directly)(?: directly)?|` +
  String.raw`(?:i'?ll|will) get back to you(?: (?:tomorrow|later|soon|next week|shortly))?|` +
  // "I'll keep you posted", « je vous tiens au courant »: the asker will be back, nothing asked.
  String.raw`(?:i'?ll|i will|we'?ll|we will) (?:keep you (?:posted|updated|informed)|be in touch)|` +
  String.raw`(?:je|on) (?:vous|te) (?:tiens|tiendrai|tient|tiendra) (?:au courant|inform[ée]e?s?)|` +
  // "I'll forward his profile to the hiring manager", « je transmets au client »: what the asker does with it.
  String.raw`(?:(?:i'?ll|i will|we'?ll|we will|(?:i'?m|we'?re) (?:going to|gonna)) (?:forward|send|pass|share) ` +
  String.raw`(?:his |the |this )?(?:profile|cv|resume|details)(?: on)?(?: to (?:the |my |our )?` +
  String.raw`(?!(?:if|once|when|as|after)\b)[\p{L}'-]+(?: (?!(?:if|once|when|as|after)\b)[\p{L}'-]+){0,2})?|` +
  String.raw`je (?:transmets|transmettrai|vais transmettre|fais suivre|ferai suivre)(?: (?:son|le|ce) (?:profil|cv))?` +
  String.raw`(?: (?:au|à|a) (?:client|manager|rh|recruteur|l'[ée]quipe|mon [\p{L}]+|ma [\p{L}]+))?)` +
  String.raw`(?=\s*[.!]*\s*$)|` +
  // (Not « c'est tout ? », "is that all?": asking for more.)
  String.raw`(?:(?:that'?s all|that is all|that'?s it|that will be all|that'?ll be all|that would be all|` +
  String.raw`c'est tout|ce sera tout)(?: (?:i|we) (?:needed|wanted|had)(?: to know)?)?(?!\s*\?)|` +
  String.raw`(?:c'est|ça sera|ca sera) tout pour moi)` +
  String.raw`(?: for (?:now|today)| pour (?:l'instant|le moment|aujourd'hui))?|nothing else|` +
  // « non rien, c'est bon », « pas d'autres questions », « bon ben tant pis », « rien d'autre »: nothing more asked.
  String.raw`(?:non,? )?rien(?: d'autre)?(?:,? c'est bon)?(?: merci)?|` +
  String.raw`pas d'autres? questions?(?: pour (?:l'instant|le moment))?|(?:bon )?(?:ben |bah )?tant pis|` +
  // « je n'ai plus de questions », "no more questions", "no further questions".
  String.raw`(?:je n'ai |j'ai )?plus de questions?(?: pour (?:l'instant|le moment))?|` +
  String.raw`je n'ai pas d'autres? questions?|that'?s all (?:my|the|of my) questions|` +
  // "thanks, I'm done", « j'ai fini, merci », « j'ai terminé »: the asker has finished.
  String.raw`(?:i'?m|i am|we'?re|we are) (?:all )?(?:done|finished|good|set)(?: here| for (?:now|today))?|` +
  String.raw`(?:c'est|c) (?:fini|bon|tout bon|termin[ée]) pour (?:moi|nous)(?: pour (?:l'instant|le moment))?|` +
  String.raw`(?:j'ai|on a) (?:fini|termin[ée])(?: pour (?:l'instant|le moment|aujourd'hui))?|` +
  String.raw`(?:i have |i've got |i've )?no (?:more|further|other) questions?(?: for (?:now|today))?|` +
  String.raw`(?:non,? )?(?:c'est|c) bon(?:,? merci)?(?= *[.!]*$)|` +
  // "done for now", "that'll do", « ça ira », « ça suffit »: enough asked.
  String.raw`(?:all )?done for (?:now|today)|that'?ll do(?: for (?:now|today))?|that will do|` +
  // "that's all I need", « j'ai ce qu'il me faut », « j'ai tout ce qu'il me faut »: the asker has enough.
  String.raw`that(?:'?s| is) (?:all|everything) (?:i|we) need(?:ed)?(?: to know)?(?: for (?:now|today))?(?!\s*\?)|` +
  String.raw`(?:(?:i'?ve|i have|we'?ve|we have) got (?:all |everything )?(?:i|we|what (?:i|we)) need(?:ed)?|` +
  String.raw`(?:c'est |j'ai |on a )?(?:tout )?ce qu'il (?:me|nous) faut|` +
  String.raw`(?:j'ai|on a) (?:tout )?ce dont (?:j'ai|on a) besoin)(?!\s*\?)|` +
  // (« aujourd'hui » is read as « actuellement » by then.)
  String.raw`(?:ça|ca|cela) (?:ira|suffira|suffit)` +
  String.raw`(?: pour (?:l'instant|le moment|aujourd'hui|actuellement|moi|nous))?(?!\s*\?)|` +
  // "I'll ask him directly", « je lui demanderai » : what the asker will do next, nothing asked of the profile.
  String.raw`(?:i'?ll|i will|we'?ll|we will) ask (?:him|her|them|the candidate)` +
  String.raw`(?: directly| then| in the interview)*|` +
  String.raw`je (?:lui )?(?:demanderai|poserai la question|vais lui (?:demander|poser la question))` +
  String.raw`(?: directement| en entretien)?|on (?:lui )?demandera(?: directement)?)`;
const POLITE =
  String.raw`(?:please|pls|plz|svp|stp|s'il (?:vous|te) pla[iî]t|` +
  String.raw`if you (?:can|could|don't mind)|si possible)`;
/** Who on the asker's side wants to know: "our operations department", "my client". */
const ASKERS_PEOPLE = String.raw`(?:team|department|dept|client|customer|manager|director|cto|ceo|boss)`;
// Fillers that open a question; the question itself follows ("could you tell me whether he …").
const FILLER =
  // "quick questions about your candidate" (which reads "about he" by then): questions announced, first.
  String.raw`(?:(?:a few |some |two |quick |short |a couple of |a |one |just a )?(?:quick )?questions? ` +
  String.raw`(?:about|on|regarding|sur) ` +
  String.raw`(?:him|he|(?:the|this|your) (?:candidate|profile)|(?:ce|le|votre|ton) (?:profil|candidat)|lui)|` +
  String.raw`(?:a |one |just a |quick |small |short )?(?:quick )?question(?: for you| rapide)?|quick one|one more|` +
  // "I have a few questions about him", « j'aurais quelques questions » : questions announced, none asked yet.
  String.raw`(?:i(?:'ve| have)(?: got)?|j'ai|j'aurais|je voudrais poser) (?:a few|some|a couple of|two|three|a|one|` +
  String.raw`quelques|deux|trois|une ou deux|plusieurs|une|une petite|juste une) questions?` +
  String.raw`(?: (?:about|on|sur) (?:him|the|this|ce|le|son|` +
  String.raw`votre|your)(?: candidate| profile| profil| candidat)?)?|` +
  String.raw`another one|(?:une |petite |une petite |juste une )question(?: rapide)?|question rapide|` +
  // "First question:", « deuxième question : » — the count of questions, not one.
  String.raw`(?:(?:my |the |a )?(?:first|second|third|next|1st|2nd|3rd) question|` +
  String.raw`(?:premi[èe]re|deuxi[èe]me|seconde|troisi[èe]me) question)(?=\s*[:,—–-])|` +
  // "kurze Frage", "una domanda veloce": the same, in the asker's first language.
  String.raw`(?:eine |kurze |eine kurze )frage|una (?:pregunta|domanda)(?: r[áa]pida| veloce)?|` +
  // "ok different question:", « autre sujet : » — a new subject, said before it.
  String.raw`(?:(?:a |une )?(?:different|other|new|another|autre|nouvelle) (?:question|topic|subject|sujet))|` +
  String.raw`(?:changing|change of) (?:topic|subject)|(?:changement de|on change de) sujet|` +
  // "last one:", "one last thing", « dernière question » : the question after it is the last, nothing more
  // (not "last one?" alone, which may ask on about his last role).
  String.raw`(?:(?:and |et )?(?:one |a )?last (?:one|thing|question|point)|(?:une )?derni[èe]re (?:question|chose|` +
  String.raw`petite question))(?=\s*[:,—–-])|` +
  // « je te colle l'annonce ligne par ligne », "here's the JD, line by line": what follows is the ad.
  String.raw`(?:je (?:te|vous) (?:colle|copie|envoie|passe|donne) l'annonce|` +
  String.raw`here(?:'s| is) the (?:jd|job ad|job description))` +
  String.raw`(?: (?:ligne par ligne|point par point|line by line|point by point))?|` +
  // « je me permets de vous contacter pour savoir si… », « je souhaiterais te contacter pour savoir… »: writing.
  String.raw`je (?:me permets de|souhaiterais|souhaite|voudrais|veux) (?:vous|te) (?:contacter|[ée]crire)` +
  String.raw`(?: pour (?:savoir|vous demander|te demander)(?: si)?|` +
  String.raw` (?:au sujet|[àa] propos) d(?:u|e ce|e votre|e ton) (?:profil|candidat)` +
  String.raw`(?: que (?:vous|tu) (?:m'avez|m'as) (?:envoy|transmis|partag)\p{L}*)?)?|` +
  // « Et pour savoir, … », « juste pour info : … »: why it is asked, before it.
  String.raw`(?:et )?(?:juste )?pour (?:savoir|info)(?=\s*[,:])|` +
  String.raw`quick q(?:n|s)?(?: (?:about|on|regarding) (?:him|he|(?:the|this|your|that) ` +
  String.raw`(?:candidate|profile|guy|person|engineer|freelancer)))?|` +
  // "Two practical points before we schedule an interview: …", « Trois affaires : … »: things announced.
  String.raw`(?:two|three|four|a few|few|some|a couple of|deux|trois|quatre|quelques|[2-5]) (?:[\p{L}-]+ )?` +
  String.raw`(?:points|things|questions|qns|qs|ones|affaires|choses|trucs|items|sujets)(?: [^:?]{1,60})?(?=\s*:)|` +
  // "a few more for my notes: 1) …", "two more:": more questions announced.
  String.raw`(?:two|three|a few|few|some|a couple) more(?: (?:for|from) [^:?]{1,30})?(?=\s*:)|` +
  // "quick sanity check before I forward his profile: …": a check announced, then what is checked.
  String.raw`(?:a |one |just a |quick |small |little )?(?:quick )?(?:sanity|reality|fact) check` +
  String.raw`(?: (?:before|as|since|while|for) [^:?]{1,60})?(?=\s*:)|` +
  // "Furthermore, could you…", « Par ailleurs, … »: a link to what was said before, nothing asked.
  String.raw`(?:furthermore|moreover|additionally|in addition|besides|de plus|en outre|par ailleurs)(?=\s*,)|` +
  // "In a nutshell, what's his toolkit?": how short the answer may be, not what is asked.
  String.raw`in a nutshell|in short|in brief|briefly|en bref|en gros|en r[ée]sum[ée]|en (?:deux|quelques) mots|` +
  String.raw`(?:i )?(?:was|am) (?:just )?wondering(?: (?:if|whether))?|just wondering(?: (?:if|whether))?|` +
  String.raw`(?:could|can|would) you (?:please )?(?:tell|let) me (?:know )?(?:if|whether|about)?|` +
  // (Not "Can you check: Scala, Delta Lake, …": a list to check, which its lead announces.)
  String.raw`(?:could|can) you (?:please )?(?:check|confirm|say)(?!\s*:)(?: (?:if|whether|that))?|` +
  // "Could you outline his achievements?", "could you elaborate on his assignment?": what follows is asked.
  // (Not "walk me through", "give me", "summarise", "describe": the whole-profile questions read those.)
  // ("Would you be so kind as to outline…", "Outline his experience with…": the same, asked.)
  String.raw`(?:(?:could|can|would) you (?:please |kindly )?|would you be (?:so kind as|kind enough) to |` +
  String.raw`(?:please |kindly )?)(?:outline|elaborate on|expand on)(?= )|` +
  String.raw`would you (?:happen to )?know (?:if|whether)|` +
  // "Kindly confirm whether…", "Please let me know if…", "Request you to confirm…": formal requests.
  String.raw`(?:(?:kindly|please|pls|request you to)(?: do)? )(?:confirm|check|advise|share|tell (?:me|us)|` +
  String.raw`let (?:me|us) know|update (?:me|us))(?: (?:if|whether|on|about|that))?|` +
  String.raw`(?:kindly|please) (?:confirm|advise|share)|let (?:me|us) know (?:if|whether)|` +
  String.raw`(?:(?:kindly|please|pls) )?revert(?: back)? (?:on|with|regarding|about|whether|if)|` +
  String.raw`would you mind (?:checking|telling me)(?: (?:if|whether))?|do you (?:happen to )?know (?:if|whether)|` +
  String.raw`i(?:'d| would) like to know (?:if|whether)?|i want to know (?:if|whether)?|` +
  // "Our operations department would like to know whether…", "my client wants to know if…"
  String.raw`(?:we|(?:my|our|the) (?:[\p{L}-]+ ){0,2}?${ASKERS_PEOPLE})(?:'d| would) like to know (?:if|whether)|` +
  String.raw`(?:my|our|the) (?:[\p{L}-]+ ){0,2}?${ASKERS_PEOPLE} wants to know (?:if|whether)|` +
  String.raw`tell me(?: (?:if|whether|about))?|` +
  // "Can you explain me what he was doing…", « expliquez-moi ce qu'il faisait… »: the question follows.
  String.raw`(?:(?:can|could) you )?explain(?: (?:to )?(?:me|us))?(?= (?:what|how|why|where|which|when)\b)|` +
  String.raw`expliquez[- ]moi(?= (?:ce|comment|pourquoi|où|ou|quel)(?![\p{L}]))|` +
  String.raw`explique[sz]?[- ]moi(?= (?:ce|comment|pourquoi|où|ou|quel)(?![\p{L}]))|` +
  String.raw`(?:pourriez|pouvez|pourrais|peux)[- ](?:vous|tu) (?:me |m')?` +
  String.raw`(?:dire|indiquer|confirmer|préciser|preciser)(?: (?:si|s'))?|(?:sauriez|savez)[- ]vous (?:si|s')|` +
  String.raw`(?:tu peux|tu pourrais|vous pouvez|vous pourriez) (?:me |m')?` +
  String.raw`(?:dire|indiquer|confirmer|préciser|preciser)(?: (?:si|s'))?|` +
  String.raw`(?:je voudrais|j'aimerais|je souhaiterais) savoir(?: (?:si|s'))?|(?:dites|dis)[- ]moi(?: (?:si|s'))?|` +
  // « parle-moi de ses expériences », « racontez-moi son parcours »: "tell me about" (not « parle-moi de lui »).
  String.raw`(?:parle|parlez|raconte|racontez)[- ](?:moi|nous)(?: de| sur)?(?= (?:ses|son|sa|les|la|le)\b)|` +
  // « Je me permets de vous demander s'il… », « …de vous contacter pour savoir si… »
  String.raw`je me permets de (?:vous )?(?:demander|contacter|solliciter|[ée]crire)` +
  String.raw`(?: (?:pour|afin de) savoir)?(?: (?:si|s'))?|` +
  String.raw`est-ce que (?:vous savez|tu sais) (?:si|s')|(?:sais-tu|tu sais) (?:si|s')|` +
  // « Je vous saurais gré de bien vouloir m'indiquer si… », « Auriez-vous l'amabilité de me préciser… »: formal.
  String.raw`je vous (?:saurais|serais) (?:gr[ée]|reconnaissante?) de (?:bien vouloir )?(?:me |m')?` +
  String.raw`(?:dire|indiquer|confirmer|pr[ée]ciser|communiquer|faire savoir)(?: (?:si|s'))?|` +
  String.raw`auriez[- ]vous l'(?:amabilit[ée]|obligeance) de (?:me |m')?(?:dire|indiquer|confirmer|pr[ée]ciser)` +
  String.raw`(?: (?:si|s'))?|` +
  String.raw`(?:merci de |veuillez )(?:bien vouloir )?(?:me |m')?(?:dire|indiquer|confirmer|pr[ée]ciser)` +
  String.raw`(?: (?:si|s'))?)`;

const SEP = String.raw`(?:\s*[,!.:;?~—–-]+\s*|\s+|$)`;
/** Words that are also ordinary words ("top skills", "best project") only count as chatter before punctuation. */
const STRICT_SEP = String.raw`(?:\s*[,!.:;?~—–-]+\s*|$)`;
/**
 * Words one of which every match of the large patterns holds: a message without any is not tried against
 * them (their first use compiles them, ~10 ms each, which a one-question run would pay for nothing).
 */
const THANKS_HINT = new RegExp(
  String.raw`thank|thx|thnx|thanx|thnks|tnx|\btx\b|thks|tysm|\bty\b|tks|cheers|appreciat|merci|gracias|grazie|danke|` +
    String.raw`obrigad|tack|dank|^\W*ta\b`,
  "i",
);
const ACK_HINT = new RegExp(
  String.raw`^\W*(o*k+|bon\b|a+h+\b|o+h+\b|h+m+\b|u+h+m*\b|u+m+\b|e+u+h+\b|` +
    String.raw`cool|great|gr8|perf|awesome|nice|super|parf|g[ée]nial|top|nickel|impec|` +
    String.raw`brilliant|lovely|correct|exact|yep|yup|ouais|right|brb|be right|` +
    String.raw`splendid|d'acc|dac|got|underst|noted|compris|entendu|bien|[çc]a marche|excellent|wow|interest|` +
    String.raw`that|this|it|c'|c\b|very|really|so\b|tr[eè]s|trop|helpful|useful|clear|utile|clair|inform|insight|` +
    String.raw`instruct|exactly|just what|` +
    String.raw`int[ée]ress|fine|alright|all|sure|makes|sounds|good|i see|je vois|a\b|an\b|impress|pardon|` +
    String.raw`d[ée]sol|sorry|you|vous|t'es|tu es|dommage|tant pis|too bad|pity|what a|shame|` +
    String.raw`beau|joli|chouette|profil|strong|solid|next|moving|question suivante|un\b|une\b|one|i have|i've|got|` +
    String.raw`another|can i|could i|may i|encore|j'ai|je peux|puis|my bad|np\b|no\b|nope|non\b|nan\b|yes|yeah|oui|` +
    String.raw`well|bravo|pas de|not[ée]|daccord|sweet|amaz|fair|hein|attend|wait|hold on|` +
    String.raw`un instant|une seconde|deux secondes|une minute)`,
  "i",
);
const FILLER_HINT = new RegExp(
  String.raw`question|quick|one more|another one|last|derni|topic|subject|sujet|chose|nutshell|short|brief|bref|gros|` +
    String.raw`frage|pregunta|domanda|` +
    String.raw`sum|mots|wonder|tell|explain|expliqu|parle|racont|` +
    String.raw`check|confirm|say|know|mind|pourr|peux|pouvez|sauri|savez|voudr|aimer|souhait|dis|sais|annonce|here|` +
    String.raw`kindly|please|pls|request|advise|share|revert|permets|savoir|info|contacter|ecrire|écrire|` +
    String.raw`saurais|serais|auriez|merci de|veuillez|` +
    String.raw`outline|elaborat|expand|points|things|affaires|items|sujets|trucs|qns|qs\b|` +
    String.raw`furthermore|moreover|additionally|addition|besides|de plus|outre|ailleurs`,
  "i",
);
/** "Our compliance team asks: …", « mon client demande : … »: who wants to know, then the question. */
/** Who asks the asker: a person of their side ("our CFO", « mon directeur financier », "the hiring manager"). */
const ASKING_PERSON =
  String.raw`(?:cfo|cto|ceo|cio|cdo|coo|vp|boss|manager|hiring manager|client|director|head of [\p{L}-]+|lead|` +
  String.raw`recruiter|partner|colleague|directeur|directrice|dsi|drh|daf|pdg|dg|rssi|dpo|rh|patron|patronne|` +
  String.raw`chef|cheffe|n\+1|` +
  String.raw`responsable|collegue|collègue|associ[ée]e?)`;
const ASKED_BY = new RegExp(
  String.raw`^(?:(?:our|my|the|a) [\p{L}-]+(?: [\p{L}-]+){0,2} (?:asks|is asking|wants to know|would like to know|` +
    String.raw`needs to know)|(?:mon|ma|notre|le|la) [\p{L}-]+(?: [\p{L}-]+){0,2} ` +
    String.raw`(?:demande|voudrait savoir|veut savoir|aimerait savoir))\s*:\s*|` +
    // "Our CFO asks whether he…", « Notre directeur financier me demande s'il… »: who asks, before what is asked.
    String.raw`^(?:our|my|the) (?:[\p{L}-]+ ){0,2}?${ASKING_PERSON} (?:asks|is asking|wants to know|` +
    String.raw`would like to know|needs to know|asked) (?:me )?(?=(?:whether|if) (?:he|she)\b)|` +
    String.raw`^(?:mon|ma|notre|le|la) ${ASKING_PERSON}(?: [\p{L}-]+){0,2} (?:me |nous )?(?:demande|voudrait savoir|` +
    String.raw`veut savoir|aimerait savoir|a demand[ée]) (?=s'(?:il|elle)\b|si (?:il|elle)\b)`,
  "iu",
);
/** What an asker's job is called: "head of data", "CTO", "recruiter", « chargée de recrutement », « DSI ». */
const ASKERS_TITLE =
  String.raw`(?:head of [\p{L}-]+(?: [\p{L}-]+)?|cto|ceo|cio|cdo|vp(?: of)? [\p{L}-]+|(?:co-?)?founder|` +
  String.raw`(?:tech |technical |it |senior )?recruiter|sourcer|talent (?:partner|acquisition(?: partner| lead)?|` +
  String.raw`manager)|hiring manager|headhunter|engineering manager|data (?:lead|manager|architect)|` +
  String.raw`lead (?:data|tech|dev)|(?:tech|team) lead|` +
  String.raw`account manager|business manager|chasseu(?:r|se) de t[êe]tes|charg[ée]e? de recrutement|` +
  String.raw`recruteu(?:r|se)|rh|drh|dsi|ing[ée]nieure? d'affaires|fondat(?:eur|rice)|(?:co-?)?fondat(?:eur|rice)|` +
  // « responsable data », « RH généraliste », "HR generalist", "staffing advisor": what the asker does.
  String.raw`responsable (?:data|rh|recrutement|du recrutement|des talents|technique|it|si)|` +
  String.raw`(?:rh|hr) (?:g[ée]n[ée]ralistes?|generalist|manager|advisor|business partner)|` +
  String.raw`(?:staffing|hr|talent) (?:advisor|specialist|officer|consultant)|directeu(?:r|se)|directrice|` +
  // (Capitalised, where a pattern is case-sensitive: « Je suis Hélène, RH généraliste dans… ».)
  String.raw`(?:RH|HR)(?: (?:g[ée]n[ée]raliste|generalist|manager|advisor|business partner))?|DRH|DSI|CTO|CEO|CIO|CDO)`;
/** "I'm Priya from Infotech Global Services, Bangalore.", « Je suis Julie de chez Hays, » : who is asking. */
const INTRODUCTION = new RegExp(
  // (Not "I'm Sarah from Decathlon. How long did he work with us?": where the asker works is asked about.)
  // (Nor "I'm Tom from the Decathlon data team. How long did he work there?": the question points back into it.)
  String.raw`^(?![\s\S]*\b(?:with us|for us|at our|our company|chez nous|pour nous|avec nous|there|it|them|` +
    String.raw`la-bas|là-bas|y (?:est|était|etait|a|avait))\b)` +
    String.raw`(?:[Ii]'m|[Ii] am|[Tt]his is|[Mm]y name is|[Jj]e suis|[Jj]e m'appelle|[Mm]oi c'est|[Cc]'?\s?est)\s+` +
    // A name (one or two capitalised words), then where from: a capitalised name and, after a comma, a city;
    // or "a company in Munich", « une ESN lyonnaise » (the whole message, or a sentence of it).
    // (« Je suis Julien, chargé de recrutement dans une ESN à Lille. »: what the asker does, after the name.)
    String.raw`\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)?(?:,\s*(?:an?\s+|une?\s+|la\s+|le\s+)?${ASKERS_TITLE})?` +
    String.raw`\s+(?:from|at|with|de chez|chez|de|dans)\s+` +
    // ("I'm Tom from Hays, recruiting for a bank.": what they are doing, said after it.)
    String.raw`(?:\p{Lu}[^,.!?:;]{0,40}?(?:,\s*\p{Lu}[\p{L}-]*)?` +
    String.raw`(?:,\s*(?:recruiting|hiring|looking|searching|working|recrutant|recrute)\s[^,.!?:;]{1,60})?` +
    String.raw`(?:[.!]\s+|,\s+|[.!]*\s*$)|` +
    // ("I am Lucia from a e-commerce in Madrid, we search a data engineer senior. Can you…": what they look for,
    // after it, when a sentence of its own follows; not "…, we need to know whether he has used Kafka.", the ask.)
    // ("I am Haruto, engineering manager at retail analytics startup in Osaka.": the article left out.)
    String.raw`(?:(?:an?|the|une?|la|le|l')\s)?[^,.!?:;]{1,80}?` +
    String.raw`(?:,\s*(?:we|nous|on)\s(?:search|seek|look|are looking|hire|recruit|cherch|recrut)` +
    String.raw`(?![^.!?]*\b(?:whether|if|si|know|savoir|has|did|does|a-t-il)\b)[^.!?]{1,80}?[.!]+\s+(?=\S)|` +
    String.raw`[.!]+\s+|[.!]*\s*$))`,
  "u",
);
/**
 * Words of a question pointing back at what the asker said of their side: "it", "the sector", "like ours", « le
 * domaine », « il le connaît », « ça ».
 */
const POINTS_BACK_WORDS =
  // ("…at one of his employers?" points at his.)
  String.raw`(?:(?<![\p{L}])(?:it|them|that|this|those|these|such|similar|same|one(?! of\b)|ones|ours|there|` +
  String.raw`the (?:sector|domain|field|industry|area|tool|tools|space|business)|` +
  String.raw`our (?:sector|domain|field|industry)|` +
  String.raw`ça|ca|cela|ce genre|ces|les m[êe]mes|y|la-bas|là-bas|dedans|` +
  String.raw`(?:ce|le|du|dans le) (?:secteur|domaine|milieu|métier|metier)|(?:il|elle) (?:le|la|les|en))` +
  String.raw`(?![\p{L}])|(?<![\p{L}])(?:il|elle) l')`;

/**
 * "we have catalog of 2 millions products, is he experienced with big volumes of data?": what the asker's side has,
 * said first, then a question of its own (not one pointing back at it: "we run Airflow, has he used it?").
 */
const ASKERS_HAVE_FIRST = new RegExp(
  String.raw`^(?![\s\S]*${POINTS_BACK_WORDS})` +
    String.raw`(?:we|nous|on) (?:have|handle|run|process|manage|'ve got|have got|avons|a|g[èe]re|g[ée]rons|` +
    String.raw`traite|traitons|` +
    // ("We plan to move our POS data to real-time streaming.", « On prévoit de migrer vers Kafka. »: a plan.)
    String.raw`plan to|are planning to|'re planning to|are about to|'re about to|are moving|'re moving|` +
    String.raw`are migrating|'re migrating|pr[ée]voi[st] de|pr[ée]voyons de) ` +
    String.raw`[^,?.!]{2,80}[,.]\s*` +
    String.raw`(?=(?:is|has|does|did|can|could|was|would) (?:he|she)\b|(?:est-ce qu'il|a-t-il|est-il|sait-il|` +
    String.raw`conna[iî]t-il)\b|(?:i see|i saw|i noticed|i can see|je vois|j'ai vu)\s)`,
  "iu",
);

/**
 * "Stockholm music streaming co here —", « Je suis du cabinet à Abidjan. »: who is asking, in the words of their
 * company, said first (not where the question points back: "we're a bank, has he worked in one?").
 */
const COMPANY_INTRODUCTION = new RegExp(
  String.raw`^(?![\s\S]*${POINTS_BACK_WORDS})` +
    String.raw`(?:\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,4}\s+(?:co|company|startup|agency|firm|team|shop|fintech|` +
    String.raw`scale-?up|bank|studio|lab)\s+here\b|` +
    String.raw`(?:je suis|nous sommes|on est) (?:du|de la|de l'|d'un|d'une|dans un|dans une|chez un|chez une) ` +
    String.raw`[^.?!,]{1,60}(?=[.!]))` +
    String.raw`\s*[.!,:;—–-]+\s*`,
  "iu",
);
/**
 * "Liam here, from a Sydney agency.", « Camille, fondatrice d'une startup à Bordeaux — » : a first name, then
 * what the asker does or "here", up to the end of that sentence.
 */
const NAMED_INTRODUCTION = new RegExp(
  // A capitalised first name, case kept ("Anything here about Kafka" is a question), then "here from…" or, after a
  // comma, what the asker does and where ("Python, hiring manager asks…" names what is asked about).
  // ("hi aoife here from a payments co in dublin.": in lower case, a word alone before "here from", "here at".)
  String.raw`^(?:(?!(?:any|some|no|every|what|who|which|where|how|is|are|and|but|so|just|more|other|stuff|info|` +
    String.raw`data|one|ones|it|that|this|those|these|anything|something|nothing|everything|everyone|everybody|` +
    String.raw`someone|somebody|nobody|we|us|they|i|you|he|she|people|folks|guys|all|most|many|teams?|devs?|` +
    String.raw`engineers?|things?|life|work|jobs?|clients?)\b)` +
    String.raw`\p{Ll}[\p{Ll}'-]{1,20} here(?=\s*,\s|\s+(?:from|at|with)\s)|` +
    // ("jess from a recruitment agency in brissie :)": a word alone, then the agency or firm she is from.)
    String.raw`\p{Ll}[\p{Ll}'-]{1,20}(?= from (?:a|an|the) (?:[\p{L}-]+ ){0,3}(?:agency|firm|consultancy|` +
    String.raw`recruit\w*|staffing|headhunt\w*|talent)\b)|` +
    String.raw`(?!(?:Any|Some|No|Every)\p{Ll}*\s)\p{Lu}\p{Ll}[\p{Ll}'-]*(?:\s+\p{Lu}\p{Ll}[\p{Ll}'-]*)?` +
    // (« Geneviève ici, je recrute pour une banque. »: what they do after a comma, a statement to its stop.)
    String.raw`(?:\s+(?:here|ici)(?=\s*$|\s*,\s|\s+(?:from|at|with|de|du|chez)\s)|` +
    // « Sarah de chez Alten Lyon :) »: a first name, then the company, as a sentence (not "Projects from MAIF").
    String.raw`\s+de chez\s+(?=\p{Lu}[^?]{0,40}(?:[.!:;]|$))|` +
    // (« slt, Koffi recruteur a Cotonou. »: a recruiter's title straight after the name, the comma left out.)
    String.raw`\s+(?:recruiter|recruteu(?:r|se)|headhunter|chasseu(?:r|se) de t[êe]tes|charg[ée]e? de recrutement|` +
    // ("hi Sarah HR at Airbus, …", « Julie RH chez Thales, … »)
    String.raw`HR|RH|TA|talent (?:partner|acquisition)|hiring manager)` +
    String.raw`(?=\s+(?:at|from|in|with|for|chez|de|d'|du|dans|à|a|pour)(?![\p{L}]))|` +
    String.raw`,\s+(?:the |a |an |la |le |une |un )?(?:co-?)?(?:founder|fondat(?:eur|rice)|ceo|cto|cio|dsi|` +
    String.raw`recruiter|recruteu(?:r|se)|talent (?:partner|acquisition|manager)|hiring manager|headhunter|` +
    String.raw`chasseu(?:r|se) de t[êe]tes|charg[ée]e? de recrutement|account manager|business manager|` +
    String.raw`ing[ée]nieure? d'affaires|directeur|directrice|associ[ée]e?|partner|hr|rh|${ASKERS_TITLE})` +
    // (« à » too: no word boundary after an accented letter.)
    String.raw`(?=\s+(?:at|from|in|of|with|for|chez|de|d'|du|dans|à|a|pour)(?![\p{L}])|\s*d')))` +
    // (…up to its stop, or a comma before the question's own subject: "…in Cotonou, does he know Spark?".)
    String.raw`[^.!?:;—]{0,80}?(?:[.!:;—]+\s*(?=\S)|,\s*(?=(?:il|elle|est-ce|does|did|has|is|was|can|could)\b)|\s*$)`,
  "u",
);
/**
 * "I'm head of data at a fintech in London.", "CTO at a 30 person startup in Berlin here", « je suis RH dans un
 * groupe hospitalier. » : what the asker does and where, said before asking (not "Data architect at Decathlon?").
 */
const TITLED_INTRODUCTION = new RegExp(
  // (Not "I'm the data manager at MAIF. What did he do in our team?", « Je suis RH chez Decathlon. Il y est depuis
  // quand ? »: where the asker works is asked about.)
  String.raw`^(?![\s\S]*\b(?:with us|for us|at our|our|notre|nos|chez nous|pour nous|avec nous|there|it|them|` +
    String.raw`la-bas|là-bas|y (?:est|était|etait|a|avait))\b)` +
    String.raw`(?:(?:i'?m|i am|je suis|we'?re|we are)\s+(?:a |an |the |un |une |la |le )?${ASKERS_TITLE}` +
    String.raw`\s+(?:(?:at|from|with|in|of|for|chez|de|du|dans|pour)\s+|d'\s*)` +
    String.raw`[^.!?:;]{1,80}?(?:[.!:;]+\s*(?=\S)|[.!]*\s*$)|` +
    String.raw`(?:a |an |the )?${ASKERS_TITLE}\s+(?:(?:at|from|with|in|of|for|chez|de|du|dans|pour)\s+|d'\s*)` +
    String.raw`[^.!?:;]{1,80}?\s+(?:here|ici)(?:[.!:;,]+\s*(?=\S)|[.!]*\s*$))`,
  "iu",
);
/**
 * "it's mark from the agency quick one has he written tests…": who is asking, dictated or typed with no stop,
 * up to the question's own opening ("has he", « est-ce qu'il »).
 */
const RUN_ON_INTRODUCTION = new RegExp(
  String.raw`^(?![\s\S]*\b(?:with us|for us|at our|chez nous|pour nous|there|la-bas|là-bas)\b)` +
    String.raw`(?:i'?m|i am|this is|it'?s|it is|my name is|je suis|moi c'est|c'est)\s+` +
    String.raw`(?!(?:la|le|les|l|un|une|des|du|the|a|an|my|his|her|sa|son|ses|ma|mon)\b)\p{L}+(?:\s+\p{L}+)?\s+` +
    String.raw`(?:from|at|with|de chez|chez|de|du|here|ici)(?:\s[^?.!,:;]{1,80}?)?\s+` +
    String.raw`(?=(?:has|does|did|is|was|can|could|would|will|have)\s+(?:he|she)\b|` +
    String.raw`(?:est-ce qu'(?:il|elle)|a-t-(?:il|elle)|est-(?:il|elle)|(?:il|elle) a)\s)`,
  "iu",
);
const RUNS_ON = new RegExp(
  String.raw`^(?:(?:ok(?:ay)?|right|d'accord)[\s,]+)?(?:and|so|et|alors|donc)\s+` +
    String.raw`(?=(?:was|is|were|did|does|has|had|what|which|who|how|why|c'?[ée]tait|[ée]tait[- ]ce|est-ce|` +
    String.raw`quel(?:le)?s?|comment|pourquoi|combien)\b)`,
  "iu",
);
/**
 * « je suis chez Alten, le candidat connait-il… », "I work for Malt. Is he…", « on est chez Capgemini : … »: where the
 * asker works, said first (not where the question points back: "I work at Decathlon, how long was he with us?").
 */
const WORKPLACE_INTRODUCTION = new RegExp(
  // (Not "I work at MAIF, when did he join?", « …il a fait quoi dans ma boîte ? »: the question points back.)
  String.raw`^(?![\s\S]*\b(?:with us|for us|at our|our|notre|nos|chez nous|pour nous|avec nous|there|here|ici|` +
    String.raw`la-bas|là-bas|ma bo[iî]te|mon entreprise|my company|join(?:ed)?|rejoint|arriv[ée]|` +
    String.raw`y (?:est|était|etait|a|avait))\b)` +
    // (« je m'appelle Nicolas, je travaille chez BNP Paribas »: the name first.)
    String.raw`(?:(?:[Jj]e m'appelle|[Mm]y name is|I'm|I am|[Mm]oi c'est) \p{Lu}[\p{L}'-]*,?\s+)?` +
    String.raw`(?:[Jj]e suis|[Jj]e travaille|[Jj]e bosse|[Oo]n est|[Nn]ous sommes|I work|I'm|I am|[Ww]e're|[Ww]e are|` +
    String.raw`i work|i'm|i am|we're|we are)` +
    // A company's name, capitalised, after "at", « chez »… (not "with": "I work with Airflow daily" names a tool).
    String.raw`\s+(?:chez|pour|at|for|from)\s+\p{Lu}[\p{L}\p{N}&'-]*(?:\s+\p{Lu}[\p{L}\p{N}&'-]*){0,2}` +
    String.raw`\s*(?:[,.:;!—–-]+\s*|\s+(?=(?:le|la|est-ce|est ce|il|elle|does|did|has|is|was|can)\b)|$)`,
  "u",
);
/**
 * "I recruit for a logistics firm in Dubai, tell me about him", « on est une startup à Rennes, tu peux… »: who the
 * asker is, said first in lowercase words (not where the question points back: "we're a bank, has he worked in one?").
 */
/** What the asker does and for whom: "I'm recruiting for a bank", « je recrute pour une banque à Montréal ». */
const ASKERS_KIND =
  String.raw`(?:(?:i|we)(?:'m| am|'re| are)? (?:recruit(?:ing)?|hir(?:e|ing)|work(?:ing)?|staff(?:ing)?|` +
  String.raw`shortlist(?:ing)?|sourc(?:e|ing)) ` +
  String.raw`(?:for|at|in|with) (?:a|an|the) [^,.!?:;]{1,80}|` +
  String.raw`(?:we're|we are|on est|nous sommes) (?:a|an|une?) [^,.!?:;]{1,80}|` +
  String.raw`(?:je|nous|on) (?:recrute|recrutons|cherche|cherchons|travaille|travaillons) (?:pour|dans|chez) ` +
  String.raw`(?:une?|la|le) [^,.!?:;]{1,80})`;
/**
 * The asker's introduction and nothing else, a first message: greeted back, with what to ask ("I'm recruiting for a
 * bank in Toronto"; not "I'm hiring for a Kubernetes role", which names what is asked).
 */
const ASKERS_KIND_ALONE = new RegExp(
  String.raw`^(?:(?:i|we)(?:'m| am|'re| are)? (?:recruit(?:ing)?|hir(?:e|ing)|work(?:ing)?|staff(?:ing)?) ` +
    String.raw`(?:for|at|in|with)|(?:je|nous|on) (?:recrute|recrutons|travaille|travaillons) (?:pour|dans|chez)) ` +
    String.raw`(?:a|an|the|une?|la|le) (?:\p{L}+ )?(?:bank|company|firm|startup|start-up|scale-?up|insurer|retailer|` +
    String.raw`agency|group|client|fintech|hospital|school|university|consultancy|banque|entreprise|soci[ée]t[ée]|` +
    String.raw`bo[iî]te|assureur|mutuelle|h[ôo]pital|[ée]cole|universit[ée]|cabinet|esn|agence|groupe)` +
    String.raw`(?: (?:in|at|from|à|a|de|du|en) [^,.!?:;]{1,40})?[\s.!]*$`,
  "iu",
);

const ASKERS_KIND_INTRODUCTION = new RegExp(
  String.raw`^(?![\s\S]*\b(?:with us|for us|at our|our company|chez nous|pour nous|avec nous|there|la-bas|là-bas|` +
    String.raw`one|ones|such|same|similar|it|that|them|this|these|those|dedans|ça|ca|cela|là-dedans|` +
    String.raw`(?:this|that|ce|cette) (?:sector|industry|field|domain|secteur|domaine|` +
    String.raw`milieu|industrie)|y (?:est|a|était|etait|avait))\b)` +
    // (Nor a French question with no object, which the introduction gives: « …sous Azure, il connaît ? ».)
    String.raw`(?![\s\S]*\b(?:il|elle) (?:conna[iî]t|ma[iî]trise|sait faire|g[èe]re|a d[ée]j[àa] touch[ée]|` +
    String.raw`a touch[ée])` +
    String.raw`\s*\?*\s*$)` +
    ASKERS_KIND +
    String.raw`[,.:;!—–-]+\s*` +
    // (A question follows, or a request: "I'm hiring for a fintech, quick screening questions" asks nothing yet.)
    String.raw`(?=[^?]*\?|[\s\S]*\b(?:tell me|can you|could you|dis[- ]moi|tu peux|pouvez[- ]vous|pourriez[- ]vous)\b)`,
  "iu",
);
/**
 * "Aslema, bonjour.", "Kia ora, hi team": a greeting in another language, a word of its own before one in English or
 * French.
 */
const GREETING_BEFORE_GREETING = new RegExp(
  String.raw`^\p{Lu}\p{Ll}+(?: \p{Ll}+)?[,!]\s+` +
    String.raw`(?=(?:bonjour|bonsoir|salut|hello|hi|hey|good (?:morning|afternoon|evening))\s*(?:[.!,]|$))`,
  "u",
);
const LEADING: [ChatterKind | null, RegExp, RegExp?][] = [
  ["greeting", GREETING_BEFORE_GREETING],
  [null, ASKED_BY],
  [null, INTRODUCTION],
  [null, ASKERS_KIND_INTRODUCTION],
  [null, WORKPLACE_INTRODUCTION],
  [null, RUN_ON_INTRODUCTION],
  [null, TITLED_INTRODUCTION],
  ["greeting", NAMED_INTRODUCTION],
  ["greeting", ASKERS_KIND_ALONE],
  [null, COMPANY_INTRODUCTION],
  [null, ASKERS_HAVE_FIRST],
  // "ok and was that freelance?", « et c'était en CDI ? »: a word that runs on from the last answer, before a
  // question that opens on its own verb.
  [null, RUNS_ON],
  // "lol ok, et k8s?", « mdr »: a laugh first says nothing either.
  // ("umm and Kafka?", « euh et Spark ? »: a sound of thinking too.)
  // « tkt », « t'inquiète »: no worry, said in passing.
  [null, /^(?:lol|mdr|ptdr|haha+|hehe|xd|h+m+|u+h*m+|e+u+h+|tkt|t'inqui[èe]te)(?:[\s,.!]+|$)/iu],
  // "+1 on that", "PFB the JD", "please find below": agreement, or a pasted text announced, ask nothing.
  // "sorry, I meant Kafka", « non je voulais dire Kafka » : a correction, whose question follows.
  [
    null,
    new RegExp(
      String.raw`^(?:(?:non|no|nope|sorry|pardon|d[ée]sol[ée]e?|oops|my bad|my mistake)[,!.]?\s+)?` +
        String.raw`(?:i meant|i mean|what i meant (?:was|is)|je voulais dire|je veux dire|je parlais de|` +
        String.raw`i was asking about|i was talking about)\s*:?\s+(?=\S)`,
      "iu",
    ),
    /meant|mean|voulais|veux dire|parlais|asking about|talking about/i,
  ],
  // « Je vous prie d'excuser mon insistance, mais… », "Sorry to insist, but…": an apology for asking, before it.
  [
    null,
    new RegExp(
      String.raw`^(?:je vous prie de (?:bien vouloir )?|veuillez )?(?:m'|me )?excuser (?:mon insistance|` +
        String.raw`ma question|le d[ée]rangement|cette relance|ma relance)[,.!]?\s+(?:mais\s+)?|` +
        String.raw`^(?:d[ée]sol[ée]e? (?:d'insister|de (?:vous )?d[ée]ranger|de relancer)|` +
        String.raw`sorry to (?:insist|bother you|chase|follow up)|` +
        String.raw`(?:apologies|pardon me) for (?:insisting|the follow-up|chasing))[,.!]?\s+(?:mais\s+|but\s+)?`,
      "iu",
    ),
    /insist|excuser|d[ée]rang|relanc|bother|chas|follow/i,
  ],
  // ("PFB the JD. Mandatory skills: …": the text announced is what follows.)
  [
    null,
    new RegExp(
      String.raw`^(?:\+1|\+100|pfb|pfa|please find (?:below|attached))` +
        String.raw`(?:\s+on (?:th(?:at|is|ose|e) )?[\w\s-]{0,30}?[.!]|` +
        String.raw`\s+(?:the|our|my) (?:client(?:'s)? )?(?:jd|job description|job spec|requirements?|format|` +
        String.raw`template)\s*[.:](?=\s)|[\s,.!:]+|$)`,
      "iu",
    ),
  ],
  // "ok merci", "great thanks": the acknowledgement runs into the thanks.
  ["ack", new RegExp(`^${ACK_WORD}\\s+(?=${THANKS})`, "iu"), ACK_HINT],
  // "ok different question: …", « bon, autre sujet : … »: the acknowledgement runs into a filler.
  [null, new RegExp(`^${ACK_WORD}\\s+(?=${FILLER}${SEP})`, "iu"), ACK_HINT],
  ["greeting", new RegExp(`^${GREETING}${SEP}`, "iu")],
  ["thanks", new RegExp(`^${THANKS}${SEP}`, "iu"), THANKS_HINT],
  // "Good morning, and thank you in advance.": the thanks, run on from the greeting.
  ["thanks", new RegExp(`^(?:and|et) ${THANKS}${STRICT_SEP}`, "iu"), THANKS_HINT],
  ["ack", new RegExp(`^${ACK}${STRICT_SEP}`, "iu"), ACK_HINT],
  ["goodbye", new RegExp(`^${GOODBYE}${STRICT_SEP}`, "iu")],
  [null, new RegExp(`^${POLITE}${SEP}`, "iu")],
  [null, new RegExp(`^${FILLER}${SEP}`, "iu"), FILLER_HINT],
];
/**
 * "Merci de me répondre endéans la semaine.", « Je vous remercie de me revenir rapidement », "Please revert at the
 * earliest.", "Looking forward to your reply.": when to answer, which asks nothing of the profile.
 */
const REPLY_WANTED = new RegExp(
  String.raw`(?:^|[\s,.!;:?-])(?:(?:merci|je vous remercie|nous vous remercions) de (?:bien vouloir )?` +
    String.raw`(?:me|nous) (?:r[ée]pondre|revenir|faire (?:un )?retour)|` +
    // "kindly confirm … and revert", "please revert back", "do the needful": Indian English for "reply".
    String.raw`(?:(?:please|kindly|pls|and|&) )revert(?: back)?(?: to (?:me|us))?|(?:kindly |please )?do the needful|` +
    String.raw`(?:i )?look(?:ing)? forward to (?:your (?:reply|answer|response|revert)|hearing from you)|` +
    String.raw`awaiting your (?:reply|response|revert))` +
    // …and when, at most ("endéans la semaine", "at the earliest"), not about what ("with his notice period").
    String.raw`(?![^?]*\b(?:son|sa|ses|his|her|about|regarding|concernant|sur|with|on|whether|if|si|de son|de sa)\b)` +
    String.raw`[^?]{0,40}$`,
  "iu",
);
/**
 * « …du Kafka en temps réel. Est-ce que c'est son cas ? », "…5 years of Spark. Is that the case?": the need just
 * said is the question; the words that hand it over ask nothing of their own.
 */
const IS_IT_SO = new RegExp(
  String.raw`(?:^|[\s,.!;:-])(?:est[- ]ce (?:que c'est |que c est |le )?|c'est |c est |is (?:that|this|it) |` +
    String.raw`(?:and )?is )?(?:son|le|his|the) (?:cas|case)(?: (?:for|with|pour) (?:him|lui))?` +
    String.raw`(?: ou (?:pas|non)(?: pantoute| du tout)?| or not)?\s*[?!.]*$`,
  "iu",
);
/**
 * "They need someone who has handled data from car manufacturers. Has the candidate done that?": the need just said is
 * the question, asked of him ("has he handled data from car manufacturers?").
 */
const NEED_THEN_DONE = new RegExp(
  String.raw`(?<=^|[.!]\s+)(?:they|we|the client|our client|my client|the team)\s+(?:need|needs|want|wants|require|` +
    String.raw`requires|(?:is|are) looking for)\s+(?:someone|somebody|a person|an? (?:[\p{L}-]+ ){0,2}(?:engineer|` +
    String.raw`profile|candidate|freelancer|consultant))\s+(?:who|that)\s+(has|have|can|knows|know|is|did)\s+` +
    String.raw`([^.?!]+)[.!]\s+(?:has|did) (?:he|she|the candidate) (?:ever |already )?(?:done|do) (?:that|this)` +
    String.raw`(?: before| already)?\s*[?!.]*$`,
  "iu",
);
/** "They need someone who has handled X. Has the candidate done that?" → "has he handled X?". */
function needAsked(text: string): string {
  return text.replace(NEED_THEN_DONE, (_m, verb: string, need: string) => `${ASKED_AS[verb.toLowerCase()]} ${need}?`);
}
const ASKED_AS: Record<string, string> = {
  has: "has he",
  have: "has he",
  can: "can he",
  knows: "does he know",
  know: "does he know",
  is: "is he",
  did: "did he",
};
const BALLPARK = new RegExp(
  String.raw`(?<=[.?!])\s+(?:(?:do|could|can) you (?:have|give(?: me| us)?|share)|any|` +
    String.raw`(?:auriez|avez|pourriez)[- ]vous(?: me donner)?|tu as|vous avez)?\s*(?:a |an |un |une )?` +
    String.raw`(?:ballpark(?: figure)?|rough (?:figure|number|idea)|order of magnitude|ordre de grandeur|estimation|` +
    String.raw`id[ée]e de (?:chiffre|volume))\s*\?+\s*$`,
  "iu",
);
const TRAILING: [ChatterKind | null, RegExp, RegExp?][] = [
  [null, IS_IT_SO, /\bcase?\b/i],
  // "…large data volumes. Do you have a ballpark?", « …gros volumes. Auriez-vous un ordre de grandeur ? »: the
  // figure of what came before, which its answer quotes (what came before is the question).
  [null, BALLPARK, /\b(ballpark|rough|magnitude|grandeur|estimation)\b/i],
  // « ok je l'appelle », "great, I'll reach out to him": what the asker does next, said to close.
  [
    "ack",
    new RegExp(
      // (Not « qui je contacte », "who do I contact": asked.)
      String.raw`(?:^|[\s,.!]+)(?<!\b(?:qui|comment|ou|où|quand|who|how)\s+)(?:je (?:l'|le |la )?` +
        String.raw`(?:appelle|contacte|recontacte|rappelle)|` +
        String.raw`je vais (?:l'|le |la )(?:appeler|contacter|rappeler)|` +
        String.raw`i'?ll (?:call|contact|ping|email|reach out to|get in touch with) (?:him|her|them)|` +
        String.raw`(?:will|going to|gonna) (?:call|contact|reach out to|ping) (?:him|her|them)|` +
        // "not a fit I think", « ça colle pas », "we'll pass": the asker's verdict, nothing asked.
        String.raw`(?:(?:he'?s |he is |that'?s )?not a (?:good )?fit(?: for us| for this(?: one| role)?)?` +
        String.raw`(?:,? i think)?|(?:[cç]a|il) (?:ne )?colle pas|pas un bon (?:fit|profil) pour (?:nous|ce poste)|` +
        String.raw`we'?ll pass|i'?ll pass|on passe))\s*[.!]*\s*$`,
      "iu",
    ),
  ],
  // "…experience in Spark, client needs minimum 6+ yrs.", « …, le client exige 5 ans »: why it is asked, after it.
  [
    null,
    new RegExp(
      // (After a question of years only: "…team handling experience. Our client requires 3 years of it." keeps it.)
      String.raw`(?<=\b(?:years?|yrs|ans|annees|années)\b.*\S)\s*[,;.]\s*(?:the |my |our |le |mon |notre )?client ` +
        String.raw`(?:needs|wants|requires|` +
        String.raw`is asking(?: for)?|asks for|demande|veut|exige|cherche|souhaite)\b[^?]*$`,
      "iu",
    ),
    /client/i,
  ],
  // "…not just one-off pipelines. fit?", "…lots of teams. thoughts?": the need said is the question.
  [
    null,
    /(?<=[.!])\s*(?:(?:a |good |any |a good )?fit|thoughts|wdyt|match|ça colle|ca colle)\s*\?*\s*$/iu,
    /fit|thought|wdyt|match|colle/i,
  ],
  ["thanks", REPLY_WANTED, /merci|remerci|revert|forward|awaiting|needful/i],
  // "…Kafka, not Spark", « Kafka, pas Spark » : what is not asked, a name or two (not "not in the classroom").
  [
    null,
    new RegExp(
      String.raw`(?<=\p{L}),\s*(?:pas|not|and not|et pas|rather than|plut[ôo]t que)\s+` +
        String.raw`(?!(?:in|en|dans|au|aux|à|a|at|on|sur|pour|for|the|le|la|les|de|du|des|an|un|une|just|only|` +
        String.raw`juste|seulement|que|sure|s[ûu]r)\b)[\p{L}\p{N}.+#-]+(?: [\p{L}\p{N}.+#-]+)?\s*[?!.]*$|` +
        // "…a proper platform, not a one-off pipeline": the thing set against it, in English.
        String.raw`(?<=\p{L}),\s*(?:not|and not|rather than) (?:an?|the) [\p{L}\p{N}+#-]+(?: [\p{L}\p{N}+#-]+){0,2}` +
        String.raw`\s*[?!.]*$`,
      "iu",
    ),
    /\b(?:pas|not|rather|plut)/i,
  ],
  // "…when a file lands, instead of a fixed schedule?", « …plutôt qu'avec un cron ? »: what is not wanted, at the end,
  // asks nothing (not "more experience with X than Y", which MORE_THAN_OTHER reads).
  [
    null,
    new RegExp(
      String.raw`(?<=\p{L}),?\s+(?:instead of|rather than|plut[ôo]t qu(?:e |')|au lieu d(?:e |'))` +
        // (A way of doing it, "a fixed schedule", "running on cron", « avec un cron »: not a thing weighed against
        // another, "parquet rather than avro", which is what is asked.)
        String.raw`\s*(?:a|an|the|some|\p{L}+ing|by|avec|par|sur|un|une|le|la|les|des|du)\s+` +
        String.raw`[^?.!,;]{1,40}?(?=\s*(?:\?|[.!]*\s*$))`,
      "iu",
    ),
    /instead|rather|plut|au lieu/i,
  ],
  // "…? not sure it matters", « …? jsp si c pertinent mais bon », "sorry, lots of questions": a hedge or an
  // apology after the question, which asks nothing.
  [
    null,
    new RegExp(
      String.raw`(?<=[?!.])\s*(?:(?:jsp|je sais pas|je ne sais pas|chais pas|idk|dunno|not sure)\b[^?]*|` +
        String.raw`(?:d[ée]sol[ée]e?|sorry)(?: (?:pour|for))?(?: (?:les|the|all the|tant de|autant de|so many|` +
        String.raw`beaucoup de|too many|all these|ces|mes))? (?:questions|messages)\b[^?]*)$`,
      "iu",
    ),
    /jsp|sais pas|chais|idk|dunno|not sure|d[ée]sol|sorry/i,
  ],
  // "…? Greetings from Hamburg, Jörg", « …? Salutations de Genève, Hélène »: where the asker writes from, signed.
  [
    "goodbye",
    new RegExp(
      String.raw`(?<=[?!.])\s*(?:(?:kind|warm|best|many|warmest|friendly) )?(?:greetings|regards|salutations|cheers|` +
        String.raw`bises|amiti[ée]s|bien (?:à|a) vous) (?:from|de|d'|depuis) \p{Lu}[\p{L}'’ -]{1,40}?` +
        String.raw`(?:[,—–-]\s*\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)?\s*[.!]*$`,
      "iu",
    ),
    /greetings|regards|salutations|cheers|bises|amiti|bien (?:à|a) vous/i,
  ],
  // "…under 10 minutes or am I misreading?", « …, ou je me trompe ? »: a doubt of the asker's, which asks nothing.
  [
    null,
    new RegExp(
      String.raw`(?<=\p{L})\s*,?\s+(?:or|ou)\s+(?:am i (?:misreading(?: (?:it|this|that))?|wrong|mistaken|reading ` +
        String.raw`(?:it|this|that) wrong)|did i (?:misread(?: (?:it|this|that))?|get (?:it|that) wrong)|` +
        String.raw`(?:est-ce que )?je me trompe|j'ai mal lu|je lis mal)(?=\s*\?*\s*$)`,
      "iu",
    ),
    /misread|wrong|mistaken|trompe|mal lu|lis mal/i,
  ],
  // "lol", « mdr »: a laugh says nothing of what is asked.
  [null, /(?:^|[\s,.!;:?-])(?:lol|mdr|ptdr|haha+|hehe|xd)\s*[!.?]*$/iu],
  // "since when bro", "…, mate?": whom the question is said to, at its end.
  // (Not "has he used Bro?", a name asked.)
  [
    null,
    new RegExp(
      String.raw`(?<=\p{L})(?<!\b(?:used?|using|know|knows|with|of|in|about|on|and|or|et|ou|du|de)\b)[\s,]+` +
        String.raw`(?:bro|bruh|bruv|dude|buddy|fam|mate|fr[ée]rot)\s*([!.?]*)\s*$`,
      "iu",
    ),
  ],
  ["thanks", new RegExp(`(?:^|[\\s,.!;:?-])${THANKS}\\s*[!.]*$`, "iu"), THANKS_HINT],
  ["goodbye", new RegExp(`(?:^|[\\s,.!;:?-])${GOODBYE}\\s*[!.]*$`, "iu")],
  [null, new RegExp(`(?:^|[\\s,.!;:?-])${POLITE}\\s*[!.?]*$`, "iu")],
];

/** A name signed at the end, one or two capitalised words: "…, Dana", "— Klaus Becker" (case kept: no `i`), a title. */
const SIGNED_NAME = new RegExp(
  String.raw`[,\n—–-]\s*\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)?` +
    // …with a title after it: "John Smith, Senior Recruiter", « Sophie Durand, Chargée de recrutement chez X ».
    String.raw`(?:\s*[,|—–-]\s*\p{Lu}[\p{L}'’-]*(?: [\p{L}'’&-]+){0,5})?\s*[.!]*\s*$`,
  "u",
);
/** The close a signature follows: thanks, a goodbye, "Best", « Cdlt ». */
const CLOSE_BEFORE = new RegExp(
  String.raw`(?:(?:^|[\s,.!;:?-])(?:${THANKS}|${GOODBYE}|bien à vous|bien a vous)|` +
    // ("Best" opens its own line: "What does he know best, Python, Scala or Spark." closes nothing.)
    String.raw`(?:^|[.!?\n]\s*)(?:best|all the best|cdlt))\s*[!.]*$`,
  "iu",
);

/**
 * "Many thanks in advance, Dana", "Kind regards,\nKlaus": the asker's name after the close, which asks nothing
 * (and is no word the profile lacks). Only after a close: "Is he good with Spark, Dana?" keeps its words.
 */
function unsigned(text: string): string {
  const name = SIGNED_NAME.exec(text);
  // (Not names listed: ", Scala or Spark" is a choice asked, no signature.)
  if (!name || /\s(?:or|and|ou|et)\s+\p{Lu}/u.test(name[0])) return text;
  const before = text.slice(0, name.index);
  // ("Best, Tom": "best" closes nothing but a letter, so goes with the name.)
  return CLOSE_BEFORE.test(before) ? before.replace(/(?<![\p{L}])(?:all the )?(?:best|cdlt)\s*[!.]*$/iu, "") : text;
}

/** "s'il" left by a stripped "pourriez-vous me dire s'il a …" reads back as "il a …". */
function tidy(text: string): string {
  return text
    .replace(/^s'(il|ils)\b/i, "$1")
    .replace(/^[\s,.;:!-]+/, "")
    .replace(/[\s,;:-]+$/, "")
    .trim();
}

/** A remark about the bot, and nothing else (folded text): "you're useless", « t'es nul », "this bot sucks". */
const BAD_WORD =
  String.raw`(?:useless|stupid|dumb|bad|terrible|awful|rubbish|crap|broken|wrong|nul(?:le)?|con(?:ne)?|bete|` +
  String.raw`debile|naze|inutile|mauvais(?:e)?|pourri(?:e)?)`;
const REMARK_CLAUSE =
  String.raw`(?:(?:you(?:'re| are| r)|u r|ur|t'?es|tu es|vous etes|this bot(?: is)?|(?:ce|ton|le) bot(?: est)?) ` +
  String.raw`(?:so |really |very |vraiment |trop |tellement |completement |super |grave )?${BAD_WORD}|you suck|` +
  String.raw`this bot sucks|(?:ca|ce bot|ton bot|le bot) sert a rien|(?:it|this) doesn'?t work|ca marche pas|` +
  // "you stupid machine", « espèce de bot inutile »: a name called.
  String.raw`(?:you|espece de) (?:${BAD_WORD} )?(?:machine|bot|robot|thing|truc)(?: ${BAD_WORD})?|` +
  String.raw`(?:useless|nul) bot|` +
  // "that doesn't answer my question", « je ne comprends pas ta réponse », "shorter please": the answer, not him.
  String.raw`(?:(?:that|this|it) )?(?:doesn'?t|does not|didn'?t|did not) answer (?:my|the) question|` +
  String.raw`(?:that'?s|this is|it'?s) not what i asked|i (?:don'?t|do not) understand (?:your answer|you|that)|` +
  String.raw`(?:ca|cela) ne repond pas a (?:ma|la) question|(?:ca|cela) repond pas a (?:ma|la) question|` +
  String.raw`je (?:ne )?comprends? pas (?:ta|votre) reponse|c'?est pas ce que (?:j'ai|je t'ai) demande|` +
  String.raw`(?:shorter|more concise|in short|plus court|plus courte?)(?: please| pls| svp| stp)?|` +
  String.raw`(?:tu peux|peux[- ]tu|vous pouvez|pouvez[- ]vous|can you|could you) (?:repeter|repeat|rephrase)` +
  String.raw`(?: (?:that|ca|svp|stp|please))?)`;
/** "this bot is useless, you stupid machine", « t'es nul, ton bot sert à rien »: a remark, nothing asked. */
const REMARK = new RegExp(
  String.raw`^\s*(?:(?:thanks?|thank you|merci|ok|okay|hmm+|sorry|desole)[,!.]?\s+(?:but |mais )?)?` +
    String.raw`${REMARK_CLAUSE}(?:\s*[,.;!]+\s*(?:and |et |but |mais )?${REMARK_CLAUSE})*\s*[?!.]*\s*$`,
);
/** "are you sure?", "really?", « t'es sûr ? », "why not?": a doubt of the last answer, nothing new asked. */
const DOUBT = new RegExp(
  String.raw`^\s*(?:(?:hmm+|hm+|uh+|euh+|ok|mais|but|so)[,.!]?\s+)?(?:(?:are you (?:sure|certain)|you sure|` +
    String.raw`is that (?:right|correct|true|so)|why not|how come|that'?s (?:wrong|not right|not true)|` +
    String.raw`(?:t'?es|tu es|vous etes|c'est|t) (?:sur|sure|certain|certaine)|` +
    String.raw`pourquoi (?:pas|non)|c'est (?:faux|pas vrai)|tu es sur de toi)\s*[?!.]*|` +
    // ("sure", "really", « ah bon » said as a question; "ok sure." agrees.)
    String.raw`(?:sure|really|seriously|for real|sur|vraiment|serieux|ah bon)\s*\?[?!]*)\s*$`,
);
/** Only marks, a thinking face, or a block of code: nothing asked in words. */
const PUZZLED = /^(?:[\s?!.…¿¡]|🤔|❓|❔|🧐|😕|🤷(?:\u200d[♂♀]\ufe0f?)?)*$/u;
const CODE_BLOCK = /```[\s\S]*?(?:```|$)/g;

/** A wave, and nothing else: a greeting. */
const WAVE = /^\s*👋[\p{Emoji_Modifier}\s!]*$/u;
/** Asking what the bot is or does, and nothing else (folded text). */
const ABOUT_THE_BOT = new RegExp(
  // (After a greeting too: « salut, tu peux m'aider ? ».)
  String.raw`^\s*(?:(?:salut|bonjour|hello|hi|hey|coucou)(?: (?:bot|there|le bot))?[,!]?\s+)?` +
    String.raw`(who are you|what are you|who r u|what can you do|what do you do|what can i ask( you)?|` +
    // « tu peux m'aider ? », « je peux te poser quelles questions ? », « c'est quoi ton rôle ? »: the bot's help.
    String.raw`(?:tu peux|peux[- ]tu|pouvez[- ]vous|vous pouvez|can you|could you) (?:m'?aider|help me)` +
    String.raw`(?: (?:a|to) (?:evaluer|analyser|comprendre|evaluate|assess|understand) ` +
    String.raw`(?:ce|le|this|the) (?:profil|candidat|cv|profile|candidate))?|` +
    String.raw`(?:je peux|puis[- ]je) (?:te|vous) poser quelles questions|` +
    String.raw`quelles questions (?:je peux|puis[- ]je|peut[- ]on) (?:te |vous )?poser|` +
    String.raw`what questions can i ask( you)?|c'?est quoi ton (?:role|but)|quel est ton (?:role|but)|` +
    String.raw`what(?: is|'s) your (?:role|purpose)|` +
    String.raw`est[- ]ce que (?:tu es|vous etes) (?:un |une )?(?:bot|robot|humain|ia|vraie personne)|` +
    String.raw`how do i use (you|this|this bot|it)|how does (this|it) work|how does this bot work|` +
    String.raw`help( me)?|aide( moi)?|t (ki|qui) toi|t'?es qui( toi)?|tu es qui( toi)?|qui es[- ]tu|qui etes[- ]vous|` +
    String.raw`vous etes qui|tu sers a quoi|a quoi tu sers|tu fais quoi|que sais[- ]tu faire|` +
    String.raw`qu'?est[- ]ce que (tu peux|je peux) (faire|te demander)|comment (ca marche|tu marches|` +
    String.raw`on t'?utilise|ca fonctionne)|c'?est quoi ce bot|` +
    // « qu'est-ce que tu sais faire ? », « tu sais faire quoi ? », "what else can you help with?"
    String.raw`qu'?est[- ]ce (que|qu) tu (sais|peux) faire|tu (sais|peux) faire quoi|` +
    String.raw`what (else )?can (you|u) (do|answer|help with)|what are you (for|able to do)|` +
    // "who built this bot?", "are you a bot?", « qui t'a créé ? », « t'es un bot ? »: the bot, not the profile.
    String.raw`who (?:built|made|created|wrote|programmed|coded|designed) (?:this|the|you|this bot|the bot)(?: bot)?|` +
    String.raw`are you (?:a |an )?(?:bot|robot|human|real person|ai|artificial intelligence|chatbot)|` +
    String.raw`qui (?:t'?a|a) (?:cree|fait|code|programme|developpe|concu)(?: (?:ce|le) bot)?|` +
    String.raw`(?:t'?es|tu es|vous etes|es[- ]tu|etes[- ]vous) (?:un |une )?(?:bot|robot|humain|ia|vraie personne))` +
    String.raw`\s*[?!.]*\s*$`,
);

/**
 * Takes a message apart from its wrapping: platform markup, emoji, quoted lines, then greetings,
 * thanks, politeness and fillers at either end ("Hello, quick question: has he used Airflow? thanks!").
 */
export function cleanMessage(message: string): CleanMessage {
  // "👋", "who are you?", "help", « tu sers à quoi ? »: hello, and what to ask, as a greeting gets.
  if (
    WAVE.test(message) ||
    ABOUT_THE_BOT.test(
      plainText(message)
        .toLowerCase()
        .normalize("NFKD")
        .replace(/\p{M}+/gu, ""),
    )
  )
    return { text: "", chatter: "greeting", found: ["greeting"] };
  const folded = plainText(message)
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "");
  if (REMARK.test(folded)) return { text: "", chatter: "remark", found: ["remark"] };
  if (DOUBT.test(folded)) return { text: "", chatter: "doubt", found: ["doubt"] };
  // "?", "...", "🤔", a pasted block of code alone: what to ask, with examples.
  const uncoded = message.replace(CODE_BLOCK, " ");
  if (message.trim() !== "" && PUZZLED.test(uncoded) && !/^[\s!]*$|^\s*\.\s*$/u.test(message))
    return { text: "", chatter: "puzzled", found: ["puzzled"] };
  // Written out first, so that "slt" and "mrc" are chatter like "salut" and "merci".
  // (A block of code beside words is kept: a job pasted in ``` is what the question asks about.)
  let text = bulletsListed(unsigned(unshouted(plainText(message))));
  const found: ChatterKind[] = [];
  let stripped = false;
  for (let changed = true; changed && text !== ""; ) {
    changed = false;
    for (const [kind, re, hint] of [...LEADING, ...TRAILING]) {
      if (hint && !hint.test(text)) continue;
      const m = re.exec(text);
      if (!m || m[0].trim() === "") continue;
      const rest = m.index === 0 ? text.slice(m[0].length) : text.slice(0, m.index);
      // "Kindly confirm his Kubernetes exp. He has worked with containers?": what the request asked, a question.
      // (Only a thing of his, "his …", before a question of its own; "whether he has …. Our client requires …" and
      // "his Python experience. Client needs 10+ years." go on about it.)
      const asked =
        m.index === 0 && REQUEST_VERB.test(m[0]) && /^\s*(?:his|her|son|sa|ses)\s[^.?!]*\.\s[^.!]*\?/iu.test(rest);
      text = tidy(asked ? rest.replace(/^([^.?!\n]{3,80})\.(?=\s+\S)/u, "$1?") : rest);
      if (kind && !found.includes(kind)) found.push(kind);
      stripped = changed = true;
      break;
    }
  }
  const hasWords = /[\p{L}\p{N}]/u.test(text);
  if (!hasWords && (stripped || message.trim() !== "")) {
    // "👍", "thanks!", "bonjour": the priority is what a reply should acknowledge.
    // "cheers, bye": a goodbye closes the talk, whatever came with it.
    // "Salut, merci beaucoup !": thanks, whatever greeting came with them.
    const chatter = (["goodbye", "thanks", "greeting", "ack"] as const).find((k) => found.includes(k)) ?? "ack";
    return { text: "", chatter, found };
  }
  const asked = guessesDropped(quotedAsked(text));
  return { text: hasWords ? asQuestion(setAsideLocutions(softSkills(asked))) : "", chatter: null, found };
}

/**
 * "tell me which ones he's got: • Apache Spark at scale • PostgreSQL • Oracle PL/SQL": names bulleted on one line
 * after a colon, none of them a question (those are numbered, see enumerated) — a list, written with commas.
 */
function bulletsListed(text: string): string {
  const items = text.split(BULLET_MARK).slice(1);
  if (items.length < 2 || text.includes("\n") || !/:\s*[•·▪◦‣]\s/u.test(text) || items.some((x) => BULLET_ASKS.test(x)))
    return text;
  return text.replace(BULLET_MARK, (_mark, at: number) => (/:\s*$/.test(text.slice(0, at + 1)) ? " " : ", "));
}

/**
 * "Req says: 'Built models that score customers on how likely they are to buy.' Anything like that on his resume?",
 * "Pasting another one: '…' Can he speak to that?": a line quoted from a job ad, and around it only words pointing
 * at it — the line is what is asked ("his resume" asks for no summary).
 */
function quotedAsked(text: string): string {
  const m = QUOTED_LINE.exec(text);
  if (!m) return text;
  // (What the sentences before the one quoting told, "Brenda here, recruiting for an oil outfit.", is no question.)
  const lead =
    text
      .slice(0, m.index)
      .split(/(?<=[.!?])\s+/u)
      .at(-1) ?? "";
  const around = `${lead} ${text.slice(m.index + m[0].length)}`
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/’/g, "'");
  const words = around.match(/[\p{L}\p{N}']+/gu) ?? [];
  if (!words.some((w) => POINTING.test(w)) || !words.every((w) => QUOTE_FRAME.test(w))) return text;
  return `${m[2]!.trim().replace(/[.!;:]+$/u, "")}?`;
}
/** One quoted span of four words or more: '…', "…", “…”, « … ». */
const QUOTED_LINE =
  /(['"“‘«])\s*([^'"“”‘’«»]{12,300}?\s[^'"“”‘’«»]*?\s[^'"“”‘’«»]*?\s[^'"“”‘’«»]*?)\s*(['"”’»])(?=[\s.,!?:;]|$)/u;
/** Words that point at the line quoted: "that", "this", « ça ». */
const POINTING = /^(that|this|it|those|these|ca|cela|ceci|celle-ci|celui-ci|ce|like|pareil|similaire|similar|box)$/;
/** The words that may frame a quoted line: where it comes from, and a question pointing at it. */
const QUOTE_FRAME = new RegExp(
  String.raw`^(req|reqs|requirement|requirements|req's|says|said|say|next|line|lines|on|in|of|the|a|an|posting|` +
    String.raw`post|pasting|pasted|paste|another|one|anything|something|like|that|this|it|those|these|his|her|` +
    String.raw`resume|cv|profile|has|have|had|he|she|done|did|does|do|can|could|speak|to|your|guy|candidate|check|` +
    String.raw`checks|tick|ticks|box|experience|with|is|there|similar|any|ok|okay|here|job|description|jd|ad|` +
    String.raw`bullet|point|from|our|client|clients|asks|ask|wants|want|need|needs|so|and|then|also|what|about|how|` +
    String.raw`yeah|yes|right|hey|hi|please|pls|kindly|thanks|thank|you|got|get|him|il|fait|ca|cela|ceci|deja|t'il|` +
    String.raw`t-il|-t-il|est-ce|qu'il|que|le|la|les|du|de|des|sur|son|sa|annonce|offre|ligne|dit|demande|quelque|` +
    String.raw`chose|comme|genre|pareil|similaire|dans|un|une|et|pour|alors|aussi|ya|y|t'as|t|as|eu|mentionne|` +
    String.raw`mentionnee|its|it's|i|we|me|us|my|quote|quoting|quoted|verbatim|word|words|for|word-for-word|or|not|` +
    String.raw`ou|pas|non|super|quick|straight|just|more|last|question|q|qs|copied|copy|copie|colle|extrait|encore|` +
    String.raw`autre|derniere|prochaine)$`,
);

/**
 * "…il faisait quoi au juste ? du dev ou il formait des gens ? bcp de clients me posent la question": after "what did
 * he do?", the answers it could have (which its own answer gives) and what is told after them, left out.
 */
function guessesDropped(text: string): string {
  const sentences = text.split(/(?<=\?)\s+/u);
  const at = sentences.findIndex((s, i) => i > 0 && WHAT_GUESSED.test(s) && WHAT_ASKED.test(sentences[i - 1]!));
  if (at < 0) return text;
  const after = sentences.slice(at + 1);
  return [...sentences.slice(0, at), ...(after.some((s) => s.includes("?")) ? after : [])].join(" ");
}
/** "what did he do there?", « il faisait quoi ? »: what he did, asked openly. */
const WHAT_ASKED = new RegExp(
  String.raw`\b(what (did|does|was) (he|she) (do|doing)|what (was|is) (his|her) (role|job)|` +
    String.raw`(il|elle) (faisait|fait) quoi|que faisait[- ](il|elle)|` +
    String.raw`quel (etait|était|est) son (role|rôle|poste))\b[^?]*\?\s*$`,
  "iu",
);
/** "du dev ou il formait des gens ?", "coding or training people?": a few words, one "or", a question mark. */
const WHAT_GUESSED = new RegExp(
  // (Kinds of work, not a question of its own: "Did he work with Kafka or Airflow?", « il est en CDI ou en
  // freelance ? », « Snowflake ou Databricks ? », "tech lead or just a dev?" ask more than the role's overview says.)
  String.raw`^(?!(did|does|was|is|has|were|il|elle|est|a-t|c'est|c'etait|c'était)\b)` +
    String.raw`(?=[^?]*\b(dev|développement|developpement|development|coding|code|coder|formait|formation|` +
    String.raw`training|trainer|formateur|teaching|enseignait|enseignement|building|build)\b)` +
    String.raw`(?![^?]*\b(lead|manager|chef)\b)` +
    String.raw`[^?,]{2,60}\s(ou|or)\s[^?,]{2,60}\?\s*$`,
  "iu",
);

/** A request that opens a message: what follows, up to its full stop, is what it asks. */
const REQUEST_VERB = /\b(confirm|share|tell|let (?:me|us) know|advise|check|update|indiquer|confirmer|dire)\b/i;

/** "soft skills", « savoir-être », « compétences relationnelles »: the people skills a CV shows, by name. */
const SOFT_SKILLS = new RegExp(
  String.raw`(?<![\p{L}])(soft[- ]?skills?|people skills|interpersonal skills|human skills|savoir[- ]?[eê]tre|` +
    String.raw`comp[ée]tences (?:humaines|relationnelles|comportementales|transverses)|` +
    String.raw`qualit[ée]s (?:humaines|relationnelles))(?![\p{L}])`,
  "giu",
);

const SOFT_ALONE = new RegExp(
  String.raw`^(what|which|are|his|her|about|and|any|does|has|have|tell|what's|whats|quels?|quelles?|sont|ses|son|` +
    String.raw`niveau|` +
    // ("his strongest soft skill?", « ses principales qualités humaines ? »: the same, ranked, which no CV does.)
    String.raw`des|les|moi|est|quoi|cote|côté|strongest|best|main|top|key|greatest|biggest|meilleures?|principales?|` +
    String.raw`grandes?|plus)$`,
  "i",
);

/**
 * "what are his soft skills?": what a CV shows of them is how he works with others — collaboration, teaching,
 * mentoring — asked by those names (the phrase itself is never in a CV).
 */
function softSkills(text: string): string {
  if (!SOFT_SKILLS.test(text)) return communication(text);
  // Only asked alone ("his soft skills?", « et niveau savoir-être ? »), not "the soft skills to manage a team of
  // 10?", whose other words are the question.
  const rest = text.replace(SOFT_SKILLS, " ").match(/\p{L}{3,}/gu) ?? [];
  if (rest.filter((w) => !SOFT_ALONE.test(w)).length > 0) return text;
  const french = detectLanguage(text) === "fr";
  return text
    .replace(/(?<![\p{L}])(?:strongest|best|main|top|key|greatest|biggest)\s+/giu, "")
    .replace(SOFT_SKILLS, french ? "collaboration, pédagogie et mentorat" : "collaboration, teaching and mentoring");
}

/** "communication skills?", "is he a good communicator?", « il communique bien ? »: asked alone. */
const COMMUNICATION = new RegExp(
  String.raw`(?<![\p{L}])(communication(?: skills?)?|communicator|communicates? well|(?:a |de )?bonne communication|` +
    String.raw`communique(?:-t-il)? bien|qualit[ée]s? de communication|comp[ée]tences? en communication)(?![\p{L}])`,
  "iu",
);
const COMMUNICATION_ALONE = new RegExp(
  String.raw`^(what|are|his|her|about|and|any|does|has|have|how|is|he|good|great|strong|tell|what's|whats|` +
    String.raw`quelles?|sont|ses|son|sa|est|il|elle|niveau|bon|bonne|une|des|les|et|quoi|cote|côté)$`,
  "i",
);

/** "is he a good teacher?", « ses qualités pédagogiques ? »: his teaching, judged; the skills the profile names. */
const TEACHER_ASKED = new RegExp(
  String.raw`^(?:(?:and|so|et|alors),? )?(?:(?:is|was) (?:he|she)|est[- ](?:il|elle)|(?:il|elle) est) ` +
    String.raw`(?:a |an |un |une )?` +
    String.raw`(?:good|great|bon|bonne|excellent|excellente) (?:teacher|trainer|lecturer|educator|p[ée]dagogue|prof|` +
    String.raw`professeur|formateur|formatrice|enseignant)\s*\?*\s*$|` +
    String.raw`^(?:(?:quelles sont |what are )?(?:ses|his|her) )?(?:qualit[ée]s|comp[ée]tences|skills|qualities) ` +
    String.raw`(?:p[ée]dagogiques|pedagogical|of (?:a )?teacher)\s*\?*\s*$|` +
    String.raw`^(?:quelles sont )?ses qualit[ée]s p[ée]dagogiques\s*\?*\s*$`,
  "iu",
);

/**
 * What a CV shows of how he communicates: explaining technical topics simply, daily contact with business teams,
 * asked by those names (the word itself is in no CV line); and of how he teaches, its teaching skills.
 */
function communication(text: string): string {
  if (TEACHER_ASKED.test(text))
    return detectLanguage(text) === "fr" ? "A-t-il des compétences en pédagogie ?" : "Does he have teaching skills?";
  if (!COMMUNICATION.test(text)) return text;
  const rest = text.replace(COMMUNICATION, " ").match(/\p{L}{2,}/gu) ?? [];
  if (rest.filter((w) => !COMMUNICATION_ALONE.test(w)).length > 0) return text;
  return detectLanguage(text) === "fr"
    ? "Sait-il vulgariser des sujets techniques ? A-t-il un contact quotidien avec les équipes métiers ?"
    : "Can he explain technical topics simply? Has he had daily contact with business teams?";
}

/** "…, right?", "…, isn't it?", « …, non ? », « …, n'est-ce pas ? »: a claim put up for checking. */
const CHECKING_TAG = new RegExp(
  String.raw`,?\s+(?:right|correct|yes|true|no|isn't it|isnt it|is that right|is that correct|am i right|` +
    String.raw`wasn't he|wasnt he|didn't he|didnt he|hasn't he|hasnt he|isn't he|isnt he|n'est-ce pas|n'est ce pas|` +
    String.raw`non|hein|c'est ça|c'est ca|c'est bien ça|c'est bien ca|vrai)\s*\?*\s*$`,
  "iu",
);
const INNER_TAG = new RegExp(
  String.raw`,?\s+(?:isn't it|isnt it|wasn't he|wasnt he|didn't he|didnt he|hasn't he|hasnt he|isn't he|isnt he|` +
    String.raw`n'est-ce pas|n'est ce pas)\s*\?+(?=\s+\S)`,
  "giu",
);
/** "He was the tech lead at Decathlon", "He's been teaching for 5 years": a statement about him. */
const CLAIM = new RegExp(
  String.raw`^(?:(?:so|ok|okay|and|also|now|then|well|right),?\s+){0,2}` +
    // "I heard he was the tech lead", "my client says he has…": a claim reported is checked the same.
    String.raw`(?:(?:i(?:'ve| have)? heard|i was told|i(?:'ve| have)? read|i understand|someone told me|we heard|` +
    String.raw`apparently|my client (?:says|said|told me))(?: that)?,?\s+)?` +
    String.raw`(he|she)(?:'s| is| was| has| had)\s`,
  "i",
);
/**
 * Said in the negative: "he has never…", "he had no…", "he isn't…", « il n'a jamais… »: a claim or a question a
 * "Yes" would answer the wrong way.
 */
export const NEGATED = new RegExp(
  String.raw`\b(never|not|n't|no|none|nothing|jamais|aucun|aucune|pas)\b|\bn'|` +
    // "didn't he…?", "he hasn't…": the question's own verb, not "…because it couldn't cope".
    String.raw`\b(did|does|has|have|had|is|was|were)n['’]t (he|she)\b|\b(he|she) (did|does|has|had|is|was)n['’]t\b`,
  "i",
);
/** After "he's": a past participle makes it "has" ("he's been", "he's worked"); else it is "is". */
// (Not where one is: "where's he based?" is "where is he based?", as "he's located in…", "she's interested".)
const PARTICIPLE = new RegExp(
  String.raw`^(?!(?:based|located|situated|settled|interested|qualified|certified|experienced|skilled|employed|` +
    String.raw`retired)\b)(?:been|done|taught|built|led|run|written|made|seen|known|got|gotten|had|\p{L}+ed)\b`,
  "iu",
);

/**
 * "He was the tech lead at Decathlon, right?" asks what "Was he the tech lead at Decathlon?" asks: a claim
 * checked is a question, read as one (title, duration and role checks look for the question's form). The
 * tag goes; a claim starting with "he was/is/has" takes the question's word order.
 */
function asQuestion(text: string): string {
  // "he's perm there isn't he? on their payroll?": a tag inside the message ends its own sentence.
  text = text.replace(INNER_TAG, "?");
  // "the role needs 10 years in data. ok?": the need, asked of him.
  const need = needChecked(text);
  if (need) return need;
  const tagged = CHECKING_TAG.test(text) && !/^(?:or|ou)\b/i.test(text);
  const untagged = openedAsking(tagged ? `${text.replace(CHECKING_TAG, "").trim()}?` : text);
  const claim = CLAIM.exec(untagged);
  // ("my client says he has never used Spark": a claim of what he hasn't done, which no "yes" may confirm.)
  if (!claim || NEGATED.test(untagged)) return untagged;
  const [, who] = claim;
  const rest = untagged.slice(claim[0].length);
  // "So he was…": what opens the claim goes; the claim keeps its words.
  const verb = claim[0]
    .slice(claim[0].toLowerCase().lastIndexOf(who!.toLowerCase()) + who!.length)
    .trim()
    .toLowerCase();
  const aux = verb === "'s" ? (PARTICIPLE.test(rest) ? "has" : "is") : verb;
  const asked = `${aux[0]!.toUpperCase()}${aux.slice(1)} ${who!.toLowerCase()} ${rest}`;
  return /[?]\s*$/.test(asked) ? asked : `${asked.replace(/[.!\s]+$/, "")}?`;
}

/** A need said then checked (see NEED_CHECKED), as the question it asks of him; or null. */
function needChecked(text: string): string | null {
  const need = NEED_CHECKED.exec(text);
  if (!need) return null;
  const [, french, said, check] = need;
  // ("needs to have 5 years": the need itself.)
  const asked = said!.replace(/^(?:to have|to be|d'avoir|d'être|d'etre)\s+/iu, "");
  // (Not "we need a data engineer in Lille, is he available?": a question of its own after the need.)
  if (/\b(?:is|does|has|can|could|would|will|was|did) (?:he|she)\b|-t-(?:il|elle)\b|-(?:il|elle)\b/iu.test(asked!))
    return null;
  // (One need only: a list, "spark/airflow/aws 5 ans min", « Spark, Airflow, 5 ans d'xp », is a job to fit.)
  if (/[/,;&]|\s(?:and|et|w\/|\+)\s|^(?:someone|somebody|a candidate|a profile|quelqu'un|un profil)\b/iu.test(asked!))
    return null;
  // (A need of years, or a title, only: "requires travel to India, ok?" is no yes from a passage naming India; its
  // asking word may have gone as chatter, "ok for him?" leaving "?".)
  const years = /\d\s*\+?\s*(years?|yrs?|ans|ann[ée]es)\b/iu.test(asked!);
  const title = /^(?:an?|un|une)\s.*\b(?:lead|manager|architect|engineer|developer|scientist|trainer|lecturer)$/iu.test(
    asked!,
  );
  if (!(years || title) || !(check || years || /\?\s*$/.test(text))) return null;
  // ("needs a team lead. does he fit?": a title, which he has been or not.)
  if (title) return french ? `a-t-il été ${asked} ?` : `has he been ${asked}?`;
  return french ? `a-t-il ${asked} ?` : `does he have ${asked}?`;
}

/**
 * "the role needs 10 years in data. ok?", "we need someone with 4 years on AWS. fine?", « le poste demande 5 ans de
 * Spark. ça passe ? »: a need said, then a word asking whether he meets it (the French verb in the first group).
 */
const NEED_CHECKED = new RegExp(
  String.raw`^(?:(?:(?:the|our|my|this|le|la|notre|mon|ce)\s+)?(?:role|job|position|client|mission|team|poste|` +
    String.raw`besoin|équipe|equipe)\s+|(?:we|i|nous|on)\s+)?` +
    String.raw`(?:(demande|exige|requiert|il faut|cherche|veut)|needs?|requires?|wants?|asks for|is asking for)\s+` +
    String.raw`(?:(?:someone|somebody|a candidate|a profile|quelqu'un|un profil|un candidat)\s+` +
    String.raw`(?:with|avec|qui a)\s+)?` +
    String.raw`([^.?!]{3,80}?)\s*[.!,;:]?\s*` +
    String.raw`((?:ok|okay|fine|good|cool|match|matches|` +
    String.raw`does he(?: have (?:it|them|that)| fit| match| qualify| meet (?:it|that))?|` +
    String.raw`is he(?: a (?:fit|match))?|has he|can he|fits?|qualif(?:y|ies)|` +
    String.raw`does it fit|enough|ça passe|ca passe|ça le fait|ca le fait|c'est bon|il a|il l'a|bon|d'accord)` +
    String.raw`(?:\s+(?:for him|pour lui|then|alors))?)?\s*[.?]*\s*$`,
  "iu",
);

/** "who's he worked for?", "what's he done?": an asking word's "'s" before a participle is "has". */
function openedAsking(text: string): string {
  return text.replace(/\b(who|what|where|which|how)['’]s\s+(he|she)\s+(\S+)/giu, (found, asking, who, next) =>
    PARTICIPLE.test(next) ? `${asking} has ${who} ${next}` : found,
  );
}

/**
 * « EST-CE QU'IL A FAIT DU SPARK ? »: a message typed in capitals is read in lower case, or every word of it
 * would be taken for a name or an acronym. A few capitalised words among others ("has he used AWS and
 * GCP?") are kept as they are.
 */
function unshouted(text: string): string {
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  const lower = text.match(/\p{Ll}/gu)?.length ?? 0;
  const words = text.match(/\p{Lu}{2,}/gu)?.length ?? 0;
  return words >= 3 && upper >= 12 && upper > 6 * lower ? text.toLowerCase() : text;
}

/**
 * French locutions whose nouns ask nothing (« en matière de sécurité » asks about security, not « matière »),
 * and a clause setting something aside (« à part le dev, … », "apart from Spark, …"): what is asked is the
 * rest. A message that is nothing else keeps its words.
 */
const LOCUTIONS = new RegExp(
  String.raw`(?<![\p{L}])(?:en mati[eè]re d(?:e |'|es |u )|au niveau d(?:e |'|es |u )|en termes? d(?:e |'|es |u )|` +
    String.raw`par rapport (?:à |a |aux |au )|du coup,? |` +
    // « a-t-il effectivement encadré… ? », "has he actually led…?": how sure, not what.
    String.raw`(?:effectivement|r[ée]ellement|concr[èe]tement|actually|really) (?=\p{L}+(?:[ée]e?s?|ed|t|u|i)\b)|` +
    // "what exactly did he teach?", "what precisely was his role?": how precise an answer, not what is asked.
    String.raw`(?<=\b(?:what|which|where|when|how|who) )(?:exactly|precisely|actually|really) ` +
    String.raw`(?=(?:did|does|do|is|was|were|has|had|are)\b)|` +
    String.raw`(?<=\p{L} )(?:exactement|pr[ée]cis[ée]ment)(?= *\?*$))|` +
    // Hedges on when or whether: "did he ever … at some point?", « … à un moment donné ? », "by any chance".
    String.raw`\s*,?\s*(?<![\p{L}])(?:at (?:some|any|one) point(?: in time)?|by any chance|par hasard|` +
    // "Has he used Airflow to any great extent?": how much, which the CV's passages show, not what.
    String.raw`to (?:any|some|a) (?:great |large |real |significant |certain )?extent|` +
    String.raw`(?:à|a) un moment(?: donné| donne)?|` +
    // « à ce jour », "to date", "so far": up to now, which his roles' dates say anyway.
    String.raw`(?:à|a) ce jour|jusqu'(?:à|a) (?:présent|present|maintenant)|(?<!\bup )to date|so far)(?![\p{L}])`,
  "giu",
);
/** "all gigs combined", « toutes missions confondues »: the whole of his career, a total ("…years in total?"). */
const ALL_COMBINED = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:across|over|in) )?all (?:(?:of )?(?:his|her|the) )?(?:gigs|jobs|roles|missions|` +
    String.raw`clients|companies|employers|positions) (?:combined|put together|together)|` +
    String.raw`(?<![\p{L}])(?:toutes|tous) ` +
    String.raw`(?:missions|postes|clients|entreprises|employeurs|experiences|expériences) ` +
    String.raw`(?:confondues|confondus)(?![\p{L}])`,
  "giu",
);
const ASIDE =
  /^(?:(?:mis )?(?:à|a) part|en dehors d(?:e|u|es)|hormis|apart from|aside from|besides|other than) [^,?]+, */iu;

/**
 * The other branch of "X, or only Y?", « X, ou c'est que de la Y ? »: what the recruiter takes for granted,
 * not what is asked ("has he done ML, or only data eng?" asks about ML).
 */
const ONLY_ELSE = new RegExp(
  // (Not « il était ou juste avant Decathlon ? »: « où », where, written without its accent.)
  String.raw`(?<!\b(?:etait|était|bossait|bosse|bossé|travaillait|travaille|travaillé|est))` +
    String.raw`,?\s+(?:or|ou)\s+(?:is it |it's |is he |c'est |c est |il fait |il a fait |he does |does he do )?` +
    String.raw`(?:only|just|mostly|purely|que|juste|seulement|uniquement)\s[^?]*|` +
    // "…or is it all yolo straight to prod?": the other way, taken for granted, as "only" takes it.
    String.raw`,?\s+(?:or|ou)\s+(?:is it|it's|it is|c'est|c est)\s+(?:all|tout)\s[^?]*|` +
    // "…, or not?", « … ou pas ? »: the question itself.
    String.raw`,?\s+(?:or not|ou pas|ou non)(?=\s*\?*\s*$)|` +
    // "…, or were they hand-written?", « …, ou c'était fait à la main ? »: the other way, taken for granted.
    String.raw`,\s*(?:or (?:were|was|are|is) (?:they|it|these|those)|ou (?:c'etait|c'était|c'est))\s[^?]*|` +
    // "…before Decathlon, or did he learn it there?", « … ou il a découvert là-bas ? »: the other way, there.
    String.raw`,?\s+(?:or|ou)\s+(?:did (?:he|she)|has (?:he|she)|(?:il|elle) (?:l'|l )?a|a[- ]t[- ](?:il|elle))\s` +
    String.raw`[^?,]{0,40}?\b(?:there|l[àa][- ]bas|chez eux|sur place)(?=\s*\?*\s*$)`,
  "iu",
);

/** « Le monsieur là, il… »: the person named first, then « il ». */
const SAID_FIRST =
  /(?<=^|[.!?]\s+)(?:le|ce) (?:monsieur|gars|mec|type|bonhomme|candidat|consultant)(?: l[àa])?,\s*(?=(?:il|lui)\b)/giu;

/**
 * "What did the consultant do at MAIF?", « le candidat a-t-il… » : the person asked about, said as "he", « il »
 * ("consultant" is also a word of the profile's, for a freelancer).
 */
function asHim(text: string): string {
  // (Not "the consultant team", nor « il était le consultant ? », where the noun is what is asked.)
  const other = String.raw`(?!\s+(?:team|teams|firm|company|role|roles|pool|de|d'|du))`;
  return (
    text
      .replace(/\b(?:the|this|our|your) (?:consultant|candidate)['’]s\b/giu, "his")
      .replace(new RegExp(String.raw`\b(?:the|this|our|your) (?:consultant|candidate)\b${other}`, "giu"), "he")
      // « Le monsieur là, il fait quel travail ? »: the person named first, then « il »: the person goes.
      .replace(SAID_FIRST, "")
      // « il fait quoi ce candidat ? »: said again at the end, it goes.
      .replace(/\s*(?<![\p{L}])(?:ce|notre|votre) (?:consultant|candidat|prestataire)(?=\s*[?!.]*\s*$)/giu, "")
      .replace(
        new RegExp(
          String.raw`(?<![\p{L}])(?:le|ce|notre|votre) (?:consultant|candidat|prestataire)(?![\p{L}])` +
            String.raw`(?!\s*[?!.]*\s*$)${other}`,
          "giu",
        ),
        "il",
      )
  );
}

/** "Ligne 3 : …", "Line 2:", "Point 4 -": a job ad's line number, pasted with the line. */
const LINE_NUMBER = new RegExp(
  String.raw`^(?:(?:jd|job ad|job description|fiche de poste|annonce)\s+)?` +
    String.raw`(?:ligne|line|point|item|req(?:uirement)?|exigence|crit[eè]re)\s*n?°?\s*\d{1,2}\s*[:.)–—-]\s*`,
  "iu",
);
/** "… — il coche ?", "… ok pour lui ?", "does he tick the box?": whether he has what the line asks. */
const TICKS = new RegExp(
  // A dash or who ticks must come first: "is he a good fit?" is no tick.
  String.raw`(?:\s*[—–-]+\s*(?:(?:est-ce qu'il|il|elle|ça|ca|le candidat|does he|he|it)\s+)?|` +
    String.raw`\s+(?:est-ce qu'il|il|elle|ça|ca|le candidat|does he|he|it)\s+)` +
    // (Not "does he fit?": a list's closing, which the fit report reads.)
    String.raw`(?:coche|matche|colle|ticks?)(?:\s+(?:la case|the box|that box|this box|pour lui|for him))?` +
    String.raw`\s*\?+\s*$|` +
    String.raw`\s*[—–:-]*\s*(?:c'est |it's )?(?:ok|bon|good|fine)\s+(?:pour lui|for him)\s*\?+\s*$`,
  "iu",
);

const JOB_KIND = String.raw`(?:mission|contrat|contract|project|projet|gig|engagement)`;
const LASTING = String.raw`\d+\s*(?:mois|months?|semaines?|weeks?|ans?|years?)`;
/** "for a 6-month contract", « pour une mission de 6 mois »: a job, the kind of job said, and how long. */
const JOB_FOR =
  String.raw`(?:pour|for|sur|on)\s+(?:une?|a|an)\s+(?:\d+[- ](?:months?|weeks?|years?)[- ]${JOB_KIND}|` +
  String.raw`${JOB_KIND}\s+(?:de\s+|of\s+|d'environ\s+|of about\s+)?${LASTING})`;
/** How long the asker's job lasts: « pour une mission de 6 mois », "for a 6-month contract", "for 6 months". */
export const CONTRACT_LENGTH = new RegExp(
  String.raw`\s*\b(?:${JOB_FOR}|` +
    // "for 6 months", « sur 6 mois », "a 1-year contract", « mission 6 mois »
    String.raw`(?:for|sur|pendant|during)\s+\d+\s*(?:mois|months?|semaines?|weeks?)(?!\s+(?:of|de|d')\b)|` +
    String.raw`(?:une?|a|an)\s+\d+[- ](?:months?|years?)[- ]${JOB_KIND}|` +
    String.raw`${JOB_KIND}\s+${LASTING})\b`,
  "gi",
);
/** The same, the kind of job said (not "for 6 months" alone, which may ask about his own time somewhere). */
const JOB_LENGTH = new RegExp(String.raw`\s*\b${JOB_FOR}\b`, "gi");

/**
 * "Has he worked for an insurer? My client is an insurance company in Liège.": what the asker says of their own
 * side, after the question, tells nothing asked (its sector is not the profile's).
 */
/** "3 years or more", "5 yrs or above", « 3 ans ou plus »: a count of years with its floor said after. */
const YEARS_OR_MORE =
  /\b(\d{1,2})\s*(years?|yrs?|ans?|ann[ée]es?)\s+(?:or|ou)\s+(?:more|plus|above|over|longer|davantage)\b/giu;
/**
 * "Short please:", "short answers ok:", "bullet points.", "No prose.", « en quelques lignes », « réponses courtes
 * svp »: how the asker wants the answer, said apart from the question.
 */
const FORMAT_WISH = new RegExp(
  String.raw`(?<=^|[.:;,!?]\s*)\s*(?:(?:short|brief|quick)(?: answers?)?(?: (?:please|pls|ok|is fine|are fine))?|` +
    String.raw`keep it (?:short|brief)|no prose|(?:in |as )?bullet(?: point)?s?(?: (?:please|pls|ok))?|` +
    // (Its words end there: "short term contract?" asks of a contract.)
    String.raw`(?:en )?quelques lignes|(?:r[ée]ponses?|answers?) courtes?(?: (?:svp|stp|ok))?|` +
    // "the 30-second version", "short version", "elevator pitch", « en 30 secondes ».
    String.raw`(?:the )?(?:\d+[- ]seconds?|short|quick|brief|elevator|tl;?dr) (?:version|pitch)|` +
    String.raw`(?:in|en) \d+ (?:seconds|secondes)|` +
    // ", 3-4 lines,", « en 3-4 lignes »: a length, said between two commas.
    String.raw`(?:in |en )?\d(?:\s*-\s*\d)? (?:lines|lignes|sentences|phrases))\s*(?:[.:;,!]|(?=\?)|$)`,
  "giu",
);
/** "3 years or more of Spark", « 3 ans ou plus » : a floor, not two things asked ("at least 3 years"). */
function floorFirst(text: string): string {
  return text
    .replace(YEARS_OR_MORE, (_m, n: string, unit: string) =>
      /^(ans?|ann[ée]es?)$/i.test(unit) ? `au moins ${n} ${unit}` : `at least ${n} ${unit}`,
    )
    .replace(YEARS_AFTER, (_m, thing: string, n: string, unit: string) => `${n}+ ${unit} of ${thing.trim()}`);
}

/** "people management (3+ yrs)", "Spark (5 years min)": the years a line asks, said after it in brackets. */
const YEARS_AFTER = new RegExp(
  String.raw`^(?:[-•*]\s*)?([\p{L}][\p{L}\p{N} '/-]{2,60}?)\s*` +
    String.raw`\((\d{1,2})\s*\+?\s*(years?|yrs?)(?:\s*(?:min(?:imum)?|\+))?\)\s*[?!.]*$`,
  "iu",
);

/**
 * "…Collibra, and if so in what context?", « …et si oui dans quel cadre ? »: the context asked of a "yes", which the
 * answer gives with its roles; no second thing asked ("context: yes").
 */
const CONTEXT_IF_SO = new RegExp(
  String.raw`[,;]?\s*(?:and |et |,\s*)?` +
    String.raw`(?:if so|if yes|if that'?s the case|si oui|si c'est le cas|le cas [ée]ch[ée]ant)[,:]?\s*` +
    String.raw`(?:(?:in|on|for|at|dans|sur|pour|chez) )?(?:what|which|quel|quelle|quels|quelles) ` +
    String.raw`(?:context|contexts|setting|capacity|cadre|contexte|project|projects|projet|projets|role|roles|` +
    String.raw`r[ôo]le|company|companies|client|clients|mission|missions)(?=\s*[?!.]*\s*$)`,
  "giu",
);

/** "Short please: …, bullet points. No prose.": how to answer, not what (unless nothing else is left). */
function withoutFormatWish(text: string): string {
  return text.replace(FORMAT_WISH, (wish, at: number, all: string) =>
    // (A colon kept: "Three points, short answers ok: …?" still announces its points.)
    wordsLeft(all.slice(0, at) + all.slice(at + wish.length)) >= 2 ? (/:\s*$/.test(wish) ? ": " : " ") : wish,
  );
}

/**
 * What follows to the message's end, told and not asked: no question mark, nor a sentence asking by a request
 * ("…our client is a fintech. Kindly confirm if he has encrypted PII fields.").
 */
const TOLD_TO_THE_END =
  String.raw`(?:(?![.!;]\s+(?:kindly|please|pls|could you|can you|would you|let me know|tell me|confirm|merci de|` +
  String.raw`pouvez-vous|pourriez-vous|dites-moi|(?:is|has|does|did|can|could|was) (?:he|she)\b|a-t-il|est-il|` +
  String.raw`est-ce))[^?])*$`;
const ASKERS_SIDE = new RegExp(
  String.raw`\?\s+(?:(?:(?:in|at|for|dans|chez|pour) )?(?:mon|ma|notre|nos|mes|my|our) (?:client|cliente|clients|` +
    String.raw`entreprise|soci[ée]t[ée]|company|` +
    String.raw`team|[ée]quipe|boite|bo[iî]te|firm|business|` +
    // "our data's a bit of a mess", « notre stack est sur GCP »: their own systems.
    String.raw`data|stack|setup|platform|infra\w*|codebase|code|systems?|pipelines?|donn[ée]es|plateforme|` +
    String.raw`architecture|archi)|nous sommes|we are|we're|on est|` +
    // "For us is the main language.", "We have similar problem with our plant…", « Chez nous, … »: their side.
    String.raw`for us|pour nous|chez nous|we (?:also )?(?:have|use|run)|we've got|we're using|` +
    String.raw`nous (?:avons|utilisons)|` +
    // "keen on someone who gets that side of things", « idéalement quelqu'un qui… »: whom they wish for.
    String.raw`(?:(?:we'?re|i'?m|we are|i am|really|very) )?keen (?:on|for|to)|ideally|would love someone|` +
    String.raw`id[ée]alement|on cherche quelqu'un|on voudrait quelqu'un)\b${TOLD_TO_THE_END}`,
  "iu",
);

/**
 * « Notre client étant une mutuelle, pourriez-vous… », "As our client is a bank, could you…": what the asker says of
 * their own side before the question, which it asks nothing of.
 */
const POINTS_BACK_TO_SIDE = new RegExp(
  String.raw`\b(similar|same|such|that (sector|industry|field|domain)|there|similaires?|m[êe]mes?|` +
    String.raw`ce (secteur|domaine)|cela|[çc]a)\b`,
  "iu",
);
const ASKERS_SIDE_FIRST = new RegExp(
  String.raw`^(?:(?:notre|mon|ma) (?:client|cliente|entreprise|soci[ée]t[ée]) [ée]tant|` +
    String.raw`(?:as|since) (?:our|my) (?:client|customer|company) is) [^,?.!]{2,60},\s*|` +
    // « La qualité logicielle étant un point d'attention majeur de notre DSI, … »: a state of their side.
    // (A noun phrase opening on a determiner: not « Spark étant notre outil principal, l'a-t-il utilisé ? », which
    // the question points back at.)
    String.raw`^(?![^,?.!]*\b(?:il|son|sa|ses|candidat)\b)(?:la|le|les|l'|notre|nos|ce|cette|ces|un|une) ` +
    String.raw`[^,?.!]{2,50} [ée]tant [^,?.!]*\b(?:notre|nos|mon|ma|mes)\b` +
    String.raw`[^,?.!]*,\s*`,
  "iu",
);
/**
 * "…, nos équipes étant réparties entre Lyon et Bangalore ?", "…, sachant qu'il s'agit de l'orchestrateur retenu par
 * notre direction ?", "…, our teams being split across…": a clause telling the asker's side, which asks nothing.
 */
const ASKERS_CLAUSE = new RegExp(
  // (Not what they look for, which is what is asked: "…, our stack being mostly Kafka", « sachant que nous
  // cherchons quelqu'un qui maîtrise Kafka ».)
  String.raw`,\s*(?![^?.!]*\b(?:stack|cherch\w*|recherch\w*|looking for|need|besoin|ma[iî]tris\w*|require\w*)\b)` +
    String.raw`(?:(?:notre|nos|mon|ma|mes|our|my) [^,?.!]{1,40}? (?:[ée]tant|being) [^,?.!]*|` +
    String.raw`(?:sachant|vu) qu(?:e |')[^?.!]*\b(?:notre|nos|nous|mon|ma|mes|on)\b[^?.!]*|` +
    String.raw`(?:knowing|given) that [^?.!]*\b(?:our|we|my)\b[^?.!]*)(?=\s*[?.!]|$)`,
  "giu",
);
/**
 * "…, as our HRIS does not accept overlaps.", « …, car notre client est exigeant » : why the asker asks, at the
 * sentence's end; only of the asker's own side (not "…, as the tech lead?", which asks of him).
 */
const ASKERS_REASON = new RegExp(
  String.raw`,\s*(?:as|because|since|given that|car|parce que|puisque|vu que|[ée]tant donn[ée] que)\s+` +
    String.raw`(?:(?:our|my|nous|notre|nos|mon|ma|mes|the client'?s?|le client|la cliente|we|we'?re|i'?m|on|j'ai|` +
    String.raw`je)\s)[^?.!,]*(?=[.!?]*\s*$|[.!?]\s)`,
  "giu",
);
/**
 * ", need to update in tracker", "Required for BGV purpose.", "for submission to UK client", "…preferable for
 * this req",
 * « c'est pour le DC client » : what the asker will do with the answer, at a sentence's end; nothing asked.
 */
const ASKERS_PURPOSE = new RegExp(
  // What they must do, said at a sentence's start or after a comma (not "What was needed for the migration…").
  String.raw`(?:(?:,\s*|(?<=[.!]\s*)|^)(?:(?:it is|this is|it'?s|c'est|c) )?(?:` +
    String.raw`(?:i |we )?(?:need|have|has) to (?:update|fill|enter|put|add|submit|share|send|forward)` +
    String.raw`(?: (?:it|this|the same|them))?(?: (?:in|into|on|to|with) [^?.!,]*)?|` +
    String.raw`(?:required|needed|necessary|need it|needed it) for [^?.!,]*\b(?:purposes?|records?|tracker|` +
    String.raw`submission|verification|checks?|bgv|ats|hris|compliance|onboarding)\b[^?.!,]*)|` +
    // …and what it is for, anywhere before the sentence ends: "…preferable for this req", « c pour le DC client ».
    String.raw`(?:,\s*|\s+)(?:(?:it is|this is|it'?s|c'est|c) )?(?:` +
    String.raw`for (?:(?:the |our |my )?(?:submission|submitting)(?: (?:to|with) [^?.!,]*)?|(?:the |a )?client ` +
    String.raw`submission|(?:this|the|our) (?:req|reqs|requirement|requisition|opening|mandate)|` +
    // "…, for my note to the hiring manager", "for our shortlist": what the asker will write with it.
    String.raw`(?:my|our|the) (?:note|notes|e-?mail|mail|message|write-?up|intro|pitch|deck|report|shortlist|` +
    String.raw`presentation|records?)(?: (?:to|for) (?:the |my |our )?[^?.!,]*)?)|` +
    String.raw`pour (?:mettre [àa] jour (?:notre|mon|le|la)|le dossier|le dc|la soumission|l'envoyer|` +
    String.raw`(?:notre|mon) (?:suivi|fichier|tableau|ats|dossier))[^?.!,]*))(?=[.!?]?\s*$|[.!?,]\s)`,
  "giu",
);
/**
 * "client wants to know if he…", ", they want to know his strengths": what the asker's side wants told, asked
 * through the asker (what follows is the question).
 */
const WANTS_TO_KNOW = new RegExp(
  String.raw`(?:^|,\s*(?:and )?|(?<=[.!?]\s+))(?:(?:my|our|the) )?(?:client|customer|they|hiring manager|manager|` +
    String.raw`panel)(?: also)? (?:wants?|would like|'d like|needs?|is asking|are asking|asks|asked) ` +
    String.raw`(?:me )?to know,?\s+`,
  "giu",
);
/**
 * "Insurance domain exp is preferable.", « Une expérience dans l'assurance serait un plus. »: a wish of the asker's
 * side, which asks whether he has it.
 */
const WISHED = new RegExp(
  String.raw`(?<=^|[.!?]\s+)([^.!?,:;]{3,60}?)\s+(?:(is|are|would be|will be)|est|serait|sera|sont|seraient)\s+` +
    String.raw`(?:(?:highly|strongly|very|really|vraiment|tr[èe]s|fortement) )?(?:preferable|preferred|desirable|` +
    String.raw`a (?:big |real |strong )?plus|an advantage|a bonus|nice to have|mandatory|a must|required|essential|` +
    String.raw`un (?:gros |vrai |r[ée]el )?(?:plus|atout)|appr[ée]ci[ée]e?s?|souhait[ée]e?s?|obligatoires?|` +
    // (A sentence of its own: "Docker is a must, ArgoCD nice to have" lists the job's wishes.)
    String.raw`indispensables?|requis(?:es?)?|pr[ée]f[ée]rables?)(?![\p{L}])[^.!?,;]*(?:[.!]+|$)(?=\s|$)`,
  "giu",
);
/**
 * What such a wish names of him: a kind of experience or knowledge ("Insurance domain exp", « une expérience dans
 * l'assurance »), or a name alone ("Docker"); not the asker's own process ("A quick start", "Our process").
 */
const WISHED_THING = new RegExp(
  String.raw`\b(exp|experience|exp[ée]rience|knowledge|connaissances?|ma[iî]trise|background|skills?|` +
    String.raw`comp[ée]tences?|domain|domaine|sector|secteur|certifi\w*)\b|^\p{Lu}[\p{L}\p{N}+#.-]*$`,
  "iu",
);
/** A sentence's first word as inside a sentence: "Insurance domain exp" → "insurance domain exp" (not "AWS"). */
const lowerFirst = (text: string) => text.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
/** Words of three letters or more, politeness aside. */
function wordsLeft(text: string): number {
  return (text.replace(POLITE_LEFT, " ").match(/\p{L}{3,}/gu) ?? []).length;
}
/** Politeness after a comma, or ending the message: "…, s'il vous plaît, …", "…his dates please." */
const POLITE_LEFT = new RegExp(
  String.raw`,\s*${POLITE}(?:\s*,(?=\s)|(?=\s*[!.?;]|\s*$))|\s+${POLITE}(?=\s*[!.?]*\s*$)`,
  "giu",
);
/** "Also PFA JD line: …", "PFB the requirements:": a pasted text announced inside a message. */
const FIND_ATTACHED = /(?<=\s)(?:pfa|pfb|please find (?:attached|below))\s+(?=\S)/giu;
/**
 * « …, afin que je puisse le soumettre à notre client, un acteur de la distribution ? », "so that I can present him
 * to my client": what the asker will do with the answer, to the sentence's end (its commas too).
 */
const SO_THAT_I = new RegExp(
  // (After what is asked, the person as its object: not « 3 points pour présenter ses compétences ».)
  String.raw`(?<=[\p{L}\p{N})»"'])\s*,?\s+(?:(?:afin|pour) (?:que (?:je|nous|l'on|on) puiss\p{L}*|de pouvoir|` +
    String.raw`(?:de )?(?:le |la |les |l'|lui )(?:soumettre|pr[ée]senter|transmettre|envoyer|positionner))|` +
    String.raw`so (?:that )?(?:i|we) (?:can|could|may) (?:submit|present|share|send|forward|pitch|put))[^?.!]*`,
  "giu",
);
/**
 * "till date", "as on date": so far, which a question of his career asks anyway; "and do the needful at the
 * earliest": please, and soon.
 */
const SO_FAR = new RegExp(
  String.raw`\s*\b(?:(?:till|until|as on) (?:date|today|now)|(?:and )?do the needful|` +
    String.raw`at (?:the|your) earliest(?: convenience)?)\b`,
  "giu",
);

/**
 * "…, counted from his very first position and not rounded up?", « …, sans arrondir ? »: how the asker wants the
 * time counted, which the answer's months do anyway.
 */
const COUNTED_HOW = new RegExp(
  String.raw`\s*,?\s*(?:(?:counted|calculated|computed|reckoned) (?:from|since) (?:his|her|the) [^,?.!;]*?` +
    String.raw`(?=\s*(?:,|and |but )?\s*(?:not |without |non |sans )|\s*[,?.!;]|$)|` +
    String.raw`(?:compt\p{L}*|calcul\p{L}*) (?:à partir de|a partir de|depuis) (?:son|sa|ses|le|la) [^,?.!;]*?` +
    String.raw`(?=\s*(?:,|et )?\s*(?:non |sans |pas )|\s*[,?.!;]|$))|` +
    String.raw`\s*,?\s*(?:and |but |et )?(?:not |without being |without |non |sans |pas )` +
    String.raw`(?:rounded|rounding|arrondi\p{L}*|arrondir)(?: (?:up|down|off|au sup\p{L}*|au inf\p{L}*))?|` +
    // "…, summed up over all of his positions", « cumulées sur tous ses postes »: the roles' time, added up.
    String.raw`\s*,?\s*(?:summed|added|totall?ed|counted)(?: up)? (?:over|across|for) (?:all )?(?:of )?(?:his|her) ` +
    String.raw`(?:positions|roles|jobs|missions|employers|assignments)|` +
    String.raw`\s*,?\s*(?:cumul\p{L}*|additionn\p{L}*|compt\p{L}*) sur (?:l'ensemble de |tous )?(?:ses|les) ` +
    String.raw`(?:postes|missions|emplois|employeurs)`,
  "giu",
);
/** "exp wit aws": "with", its last letter lost after a word of experience ("wit" the noun asks nothing here). */
const WIT = /\b(exp|experience|xp|work|worked|working|works|familiar|done|anything|something)\s+wit\b/giu;
/** "Spark. Scala. Years?": names in fragments, then the time asked of them. */
const NAMES_THEN_YEARS = new RegExp(
  String.raw`^((?:[\p{L}\p{N}+#-]+(?:\s[\p{L}\p{N}+#-]+)?\s*[.,;]\s*){1,4})` +
    String.raw`(?:years|yrs|how long|how many years|dur[ée]e)\s*\?*\s*$`,
  "iu",
);

/** « Et chez Pernod Ricard, pour quoi faire ? »: the thing asked on, at that role; its passages say what for. */
const AT_ROLE_WHAT_FOR = new RegExp(
  String.raw`^((?:and|et) (?:at|in|for|chez|à|a|pour) [^,?]{2,40}?),?\s+` +
    String.raw`(?:pour quoi faire|pourquoi faire|dans quel but|what for|for what)\s*\?*\s*$`,
  "iu",
);

/** "He is there from when?": since when he has been there, as a second-language asker says it. */
const THERE_FROM_WHEN = /\b(he|she) (?:is|was|works|worked|has been|is working) (?:there|here) from when\b/giu;

/** A request or a question word: what follows asks on its own ("could you tell me how many…", not "does he?"). */
const ASKS_ON_ITS_OWN =
  String.raw`(?:(?:could|can|would|will) you|please|kindly|tell me|how|what|which|when|where|` +
  String.raw`pourriez|pouvez|pourrais|dites|indiquez|combien|quel|quelle|quand|comment)\b`;

/**
 * "For our grading matrix I am obliged to indicate his years, so could you tell me how many…?": the asker's duty,
 * then the question it leads to (what follows "so").
 */
const ASKERS_DUTY = new RegExp(
  String.raw`(?:^|(?<=[.!?]\s+))[^.!?]*?\b(?:i|we)(?: am| are|'m|'re)? (?:obliged|required|asked|supposed|expected|` +
    String.raw`bound|have|need|must)(?: to)? [^.!?]*?,\s*(?:so|and so|therefore)\s+(?=${ASKS_ON_ITS_OWN})|` +
    String.raw`(?:^|(?<=[.!?]\s+))[^.!?]*?\b(?:je dois|nous devons|je suis tenue? de|il me faut|on me demande d)` +
    String.raw`[^.!?]*?,\s*(?:alors|donc)\s+(?=${ASKS_ON_ITS_OWN})`,
  "giu",
);
/** "I would like to kindly ask how many years…": what follows is the question (French asks so through FILLER). */
const I_ASK = new RegExp(
  String.raw`(?:^|(?<=[.!?]\s+))(?:i|we) (?:would like|'d like|want|wish|would want) to (?:kindly |also )?` +
    String.raw`(?:ask|know|enquire|inquire)(?: you)?(?: (?:kindly|please))?,?\s+((?:how|what|which|when|where|` +
    String.raw`whether|if|why|who)\b[^.!?]*)[.!]*(?=\s|$)`,
  "giu",
);

/**
 * "…, because this criterion will be checked by our HR business partner.": a reason at the sentence's end that is
 * of the asker's side (it names "our", "my"; nothing of his).
 */
const ASKERS_CHECK = /,\s*(?:because|as|since|car|parce que|puisque)\s+[^?.!,]*(?=[.!?]*\s*$|[.!?]\s)/giu;
/**
 * « …de la détection de fraude vu que c une assurance », "…at MAIF, since it's an insurer?": why the asker thinks
 * so, said of the place; what is asked comes before it.
 */
const PLACE_IS_WHY = new RegExp(
  String.raw`,?\s*(?:vu qu(?:e\s+|['’])|puisqu(?:e\s+|['’])|since\s+|as\s+|because\s+|given that\s+)` +
    String.raw`(?:c['’]est|c|it['’]?s|it is|they['’]?re|they are|that['’]?s|ce sont|elle est|c['’][ée]tait|it was)\s+` +
    String.raw`(?:une?|an?|des)\s+[^?.!,]*`,
  "giu",
);
/**
 * « 4 ans d'expérience en formation ? », « 3 ans de formation ? »: years of training others, which his teaching roles
 * give (as « 4 ans d'enseignement ? » asks); not a skill named « formation ».
 */
const YEARS_TRAINING = new RegExp(
  String.raw`(?<![\p{L}])((?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\+? (?:ans?|annees?|années?))` +
    String.raw` (?:d'exp[ée]rience |d'xp |d'exp )?(?:en|de|dans la) formation` +
    String.raw`(?! (?:initiale|d'ing[ée]nieur|universitaire|en alternance|continue|dipl[ôo]mante|professionnelle))`,
  "giu",
);
/** "his LinkedIn says (that) …", « son LinkedIn dit que … »: another page's word, what follows is what is asked. */
const ELSEWHERE_SAYS = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:his|her|the|son|sa|le) )?(?:linkedin|malt|github)(?: profile| page| profil)? ` +
    String.raw`(?:says|said|shows|showed|mentions|lists|claims|dit|indique|mentionne)(?: that| qu(?:e |'))?\s*|` +
    // « sur son LinkedIn il est marqué lead data engineer », « sur son linkedin c'est écrit … »
    String.raw`(?<![\p{L}])sur son (?:linkedin|malt|github|profil linkedin),? (?:il est (?:marqu[ée]|[ée]crit)|c'est ` +
    String.raw`(?:marqu[ée]|[ée]crit)|on voit|il y a|il a mis)(?: que| qu')?\s*`,
  "giu",
);
/**
 * "What did he do between MAIF and Decathlon?", « qu'a-t-il fait entre la MAIF et Decathlon ? »: what came before the
 * later one, which the two names bound (asked as "before Decathlon").
 */
const BETWEEN_ROLES = new RegExp(
  String.raw`^((?:so |and |et |alors )?(?:what did (?:he|she) do|what was (?:he|she) doing|where was (?:he|she)|` +
    String.raw`where did (?:he|she) work|qu'a[- ]t[- ](?:il|elle) fait|(?:il|elle) a fait quoi|` +
    String.raw`qu'est-ce qu'(?:il|elle) a fait|o[uù] (?:[ée]tait|bossait|travaillait)[- ]?(?:t[- ])?(?:il|elle)?))\s+` +
    String.raw`(?:in )?(between|entre)\s+(?:la |le |l')?(\p{Lu}[\p{L}\p{N}&-]*(?:\s\p{Lu}[\p{L}\p{N}&-]*)?)\s+` +
    String.raw`(?:and|et)\s+(?:la |le |l')?(\p{Lu}[\p{L}\p{N}&-]*(?:\s\p{Lu}[\p{L}\p{N}&-]*)?)(?=\s*[?.!]*\s*$)`,
  "iu",
);
/** « comme la MAIF est une assurance, il a fait… ? », "since MAIF is an insurer, did he…?": the same, said first. */
const PLACE_IS_WHY_FIRST = new RegExp(
  // (Not "As our client is an insurer, does he have similar experience?": the asker's side, which the question
  // points back at.)
  String.raw`^(?![\s\S]*${POINTS_BACK_WORDS})(?:comme|vu que|puisque|since|as|given that)\s+` +
    // (A name, capitalised, see NAMED_FIRST: not "As the client is an insurer, …", the asker's side.)
    String.raw`(?:la |le |les |l['’]|the )?` +
    String.raw`\p{L}[\p{L}\p{N}-]*(?:\s+\p{L}[\p{L}\p{N}-]*)?\s+(?:est|etait|était|is|was|c['’]est)\s+` +
    String.raw`(?:une?|an?|des)\s+[^?.!,]*,\s*`,
  "iu",
);
const ASKERS_OWN = /\b(our|my|we|i|nous|notre|nos|mon|ma|mes|je)\b/iu;
const OF_HIM = /\b(he|his|him|she|her|il|son|sa|ses|lui|elle|candidate?|candidat\p{L}*)\b/iu;

/** A verb, which a reason has ("as our HRIS does not accept…") and a role said in passing ("as our tech lead") not. */
const REASON_VERB = new RegExp(
  String.raw`\b(is|are|was|were|does|do|doesn'?t|don'?t|did|has|have|had|can|can'?t|cannot|will|won'?t|would|` +
    String.raw`need|needs|require|requires|use|uses|run|runs|want|wants|accept|accepts|'re|'m|` +
    String.raw`est|sont|ont|a besoin|avons|veut|veulent|utilise|utilisent|exige|accepte|cherche|fait|va|doit|peut)\b`,
  "iu",
);

/**
 * « …sur ces deux points ? », "…on these two things?": the things just named, pointed back at; the words say
 * nothing of their own (« points » is no « points de vente »).
 */
const THESE_POINTS = new RegExp(
  String.raw`\b(?:(ces)|these|those) (?:(?:deux|trois|quatre|2|3|4|two|three|four) )?(?:points|[ée]l[ée]ments|` +
    String.raw`aspects|sujets|topics|items|things|choses|comp[ée]tences|skills|requirements|exigences|crit[èe]res|` +
    String.raw`criteria|besoins|needs|technos|technologies|outils|tools)\b(?=\s*(?:[?!.]|$))|` +
    // (« ses » for « ces », of points only: « ses compétences », « ses outils » are his.)
    String.raw`\b(ses) (?:(?:deux|trois|quatre|2|3|4) )?(?:points|[ée]l[ée]ments|aspects|sujets|exigences|` +
    String.raw`crit[èe]res|besoins)\b(?=\s*(?:[?!.]|$))`,
  "giu",
);

/**
 * « …ce genre de cas ? », "this kind of situation before?": what the asker just told, pointed back at (« cas » is
 * no « cas d'usage »).
 */
const KIND_OF_THAT = new RegExp(
  String.raw`\b(?:(ce|ces|cette) (?:genre|type|sorte)s? d[e'] ?|` +
    String.raw`(?:this|that|these|those) (?:kinds?|sorts?|types?) of |such )` +
    String.raw`(?:cas|situations?|probl[èe]mes?|probl[ée]matiques?|choses?|contextes?|cases?|problems?|issues?|` +
    String.raw`things?|setups?|scenarios?|sc[ée]narios?|challenges?|d[ée]fis?|enjeux)\b` +
    String.raw`(?=\s*(?:before|already|previously|in the past|d[ée]j[àa]|avant|auparavant)?\s*(?:[?!.]|$))|` +
    // « une problématique de ce type ? », "a problem of this kind?": the same, the kind said after.
    String.raw`\b(?:une? |des |a |an )?(?:cas|situations?|probl[èe]mes?|probl[ée]matiques?|sujets?|besoins?|` +
    String.raw`problems?|issues?|challenges?|projets?|projects?) ` +
    String.raw`(?:(de|du) (?:ce|cet|cette|m[êe]me) (?:genre|type|ordre|style)|` +
    String.raw`of (?:this|that|the same) (?:kind|type|sort|nature)|like (?:this|that)|(semblable|similaire|pareil)s?)` +
    String.raw`(?=\s*(?:before|already|previously|in the past|d[ée]j[àa]|avant|auparavant)?\s*(?:[?!.]|$))`,
  "giu",
);

/**
 * « les problématiques de sécurité cloud », « les enjeux de la donnée », "the challenges of data governance": the
 * thing itself is what is asked, not the word for its issues (which the CV writes of other things).
 */
const ISSUES_OF = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:les|des|aux|ces) )?(?:probl[ée]matiques|th[ée]matiques|enjeux)` +
    String.raw` (?:li[ée]es? (?:à|a|aux?) |autour (?:de|du|des) |d['’] ?|de |du |des )(?=\p{L})`,
  "giu",
);

/** "The CV mentions Pernod Ricard", « je vois que le CV cite … »: the asker reading the CV; what follows is asked. */
const CV_SAYS = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:i see|i noticed|i note|i read|je vois|j'ai vu|je lis)(?: that| que)? )?` +
    String.raw`(?:the|his|her|son|le) (?:cv|resume|résumé|profile|profil) (?:mentions|lists|says|shows|states|` +
    String.raw`indicates|notes|mentionne|indique|cite|dit|montre)(?: that| que| qu')?\s*,?\s*`,
  "giu",
);
/** « Notre cahier des charges mentionne… », "The job ad asks for…": where the things listed come from, not one. */
const SPEC_SAYS = new RegExp(
  String.raw`^(?:(?:notre|mon|ma|le|la|l'|our|my|the|their|leur) ?)?(?:cahier des charges|fiche de poste|offre|` +
    String.raw`annonce|spec|specs|job (?:description|ad|spec|posting)|jd|ad|brief|rfp|appel d'offres?) ` +
    String.raw`(?:(?:also|aussi) )?` +
    String.raw`(?:mentionne|demande|exige|requiert|liste|pr[ée]cise|cite|mentions|requires|asks for|lists|says|` +
    String.raw`calls for|wants)(?: (?:aussi|also))? |` +
    // "My client Acme keeps saying…", « Le client a mentionné… »: what the asker's client says, then the things.
    String.raw`^(?:(?:notre|mon|le|our|my|the) )(?:client|cliente|customer|hiring manager|manager)` +
    String.raw`(?: (?:\p{Lu}[\p{L}\p{N}-]*)(?: \p{Lu}[\p{L}\p{N}-]*)?)?(?: \(\p{L}+\))? ` +
    String.raw`(?:keeps (?:saying|mentioning|asking (?:for|about))|mentioned|mentions|is asking (?:for|about)|` +
    String.raw`asked (?:for|about)|asks (?:for|about)|is looking for|wants|a (?:mentionn[ée]|cit[ée]|demand[ée])|` +
    String.raw`mentionne|cite|demande|cherche|veut|parle de)(?= ["'‘“«])`,
  "iu",
);

/** « combien de données ? »: how much, a volume, as "how much data?" asks (not « combien de data scientists »). */
const HOW_MUCH_DATA = /\bcombien de (donn[ée]es|data(?=\s*(?:[?!.,]|$|(?:il|ils|elle|on|y|sont|par|au|en)\b)))/giu;
/** "tbh", "imo", "fyi", "btw", "ngl": chat's asides, which ask nothing; Italian's "allora" (so), Quebec's « tsé ». */
const CHAT_ASIDE =
  /,?\s*(?<![\p{L}])(?:tbh|tbf|imo|imho|fyi|btw|afaik|iirc|ngl|lmk|aight|allora|ts[ée])(?![\p{L}])[,:]?/giu;
/** "how long tho?", "…though?": a chat's "though" at the end asks nothing more. */
const THOUGH_AT_END = /,?\s+(?:tho|though)(?=\s*[?!.]*\s*$)/giu;
/**
 * "streaming in general?", « le streaming en général ? »: the thing at large, no subject of its own (not "and in
 * general?", which asks of the whole profile).
 */
const IN_GENERAL_AT_END = /(?<=\p{L}{4,}),?\s+(?:in general|en g[ée]n[ée]ral)(?=\s*[?!.]*\s*$)/giu;
/** "paid down technical debt", "pay off tech debt": reduced it. */
const DEBT_PAID =
  /(?<![\p{L}])(?:pa(?:y|id|ys|ying)) (?:down|off)(?= (?:(?:the|his|their|our|some|a lot of) )?(?:\p{L}+ )?debt\b)/giu;
/** "how much time does he spend teaching?", "how much of his time is teaching?": the hours he teaches. */
const TEACHING_TIME_EN = new RegExp(
  String.raw`\bhow much (?:of his )?time (?:does he spend|is spent|is|he spends|goes|does he give) ` +
    String.raw`(?:on |to |in )?(?:teaching|lecturing|classes|the classes)\b|` +
    // "How many teaching hours does he do?", "how many hours of teaching does he give?"
    String.raw`\bhow many (?:teaching|lecture|class|classroom|course) hours` +
    String.raw`(?: (?:does|did) he (?:do|give|teach|have))?|` +
    String.raw`\bhow many hours of (?:teaching|lectures?|classes|courses)` +
    String.raw`(?: (?:does|did) he (?:do|give|teach|have))?|` +
    // "how long was his teaching course?", "how long are his classes?": their hours.
    String.raw`\bhow long (?:is|was|are|were) (?:his|the) (?:teaching |big data )?` +
    String.raw`(?:course|classes|lectures|module)s?\b`,
  "giu",
);
/**
 * "make complex topics understandable to anyone", "explain tech stuff to non-technical people", « rendre des sujets
 * compliqués compréhensibles pour tout le monde »: explaining technical topics simply, as the CV words it.
 */
const MADE_PLAIN_EN = new RegExp(
  String.raw`\b(?:make|making|makes|made) (?:(?:complex|complicated|technical|tech|hard|difficult) )+` +
    String.raw`(?:stuff|things|topics|subjects|concepts|ideas|matters)\s+(?:understandable|accessible|simple|clear|` +
    String.raw`easy to (?:understand|grasp))(?: (?:to|for) [\w -]{1,30}?(?=[?.!,]|$))?|` +
    String.raw`\bexplain(?:ing|s)? (?:(?:complex|complicated|technical|tech|hard) )*(?:stuff|things|topics|subjects|` +
    String.raw`concepts|ideas|matters)? ?(?:to|for) (?:non[- ]?(?:technical|tech|techies|it)|lay) ` +
    String.raw`(?:people|folks|users|audiences?|colleagues|stakeholders|staff|persons)|` +
    String.raw`\b(?:communicat\w*|talk\w*) (?:well )?with non[- ]?(?:technical|tech|it) ` +
    String.raw`(?:people|folks|users|audiences?|colleagues|stakeholders|staff|persons|profiles)`,
  "giu",
);
const MADE_PLAIN_FR = new RegExp(
  String.raw`\brendre (?:des |les |ces )?(?:sujets|choses|notions|concepts|id[ée]es|questions) ` +
    String.raw`(?:(?:compliqu[ée]e?s|complexes|techniques|difficiles|ardu(?:e|)s)(?: et )?)+ ` +
    String.raw`(?:compr[ée]hensibles|accessibles|simples|clair(?:e|)s|intelligibles)` +
    String.raw`(?: (?:pour|[àa]) [\p{L}' -]{1,30}?(?=[?.!,]|$))?|` +
    // « rendre intelligibles des notions techniques ardues à un public non spécialiste »: the adjective first.
    String.raw`\brendre (?:compr[ée]hensibles|accessibles|intelligibles|clair(?:e|)s|simples) (?:des |les |ces )?` +
    String.raw`(?:sujets|choses|notions|concepts|id[ée]es|questions)` +
    String.raw`(?: (?:compliqu[ée]e?s|complexes|techniques|difficiles|ardu(?:e|)s|et))*` +
    String.raw`(?: (?:pour|[àa]) [\p{L}' -]{1,40}?(?=[?.!,]|$))?|` +
    String.raw`\bexpliquer (?:des |les )?(?:choses|sujets|notions)?(?: (?:techniques|compliqu[ée]es|complexes))? ?` +
    String.raw`(?:[àa]|aux) (?:des )?(?:non[- ](?:techniques|informaticiens|initi[ée]s)|profanes)|` +
    String.raw`\bcommuniquer avec (?:des |les )?(?:personnes |gens |profils |interlocuteurs |coll[èe]gues )?` +
    String.raw`(?:non[- ](?:techniques|informaticiens|initi[ée]s)|profanes)`,
  "giu",
);
/** « combien de temps consacre-t-il à l'enseignement ? », « quelle part de son temps pour les cours ? ». */
const TEACHING_TIME_FR = new RegExp(
  String.raw`\b(?:combien de temps|quelle part de son temps)\s+(?:consacre-t-il|consacre-t-elle|il consacre|` +
    String.raw`passe-t-il|il passe)\s+(?:à |a |aux |dans |sur )?(?:l'|les |ses |le )?` +
    String.raw`(?:enseignement|cours|formations?)\b`,
  "giu",
);
/** "4 years and 3 months", « 4 ans et 3 mois »: one length of time, not two things asked. */
const YEARS_AND_MONTHS = /\b(\d+\s*(?:years?|yrs?|ans?|années?))\s+(?:and|et|&)\s+(\d+\s*(?:months?|mois))\b/giu;
/** "newest first", « dans l'ordre antichronologique »: the CV's own order. */
const NEWEST_FIRST = new RegExp(
  String.raw`,?\s*(?:(?:newest|latest|most recent) first|` +
    String.raw`(?:dans l'ordre |par ordre |en ordre )?ant[ie]-?chronologique)(?![\p{L}])`,
  "giu",
);
const YEARS_OF_ONE = new RegExp(
  String.raw`^\s*(?!(?:how|combien|total|nb|nombre|number|no|many|his|ses|de|d|the|recent|past|last|next|few|` +
    String.raw`several|which|what|those|these|previous|prior|early|later|other|some|all|more)\b)` +
    String.raw`(\p{L}[\p{L}\p{N}+#-]*(?: \p{L}[\p{L}\p{N}+#-]*)?)\s+(?:yrs?|years?)\s*\?*\s*$`,
  "iu",
);
/** "airflow yrs, databricks yrs, snowflake yrs", "Spark years? Scala years?": how long each, asked in a list. */
const YEARS_ITEM = String.raw`([\p{L}][\p{L}\p{N}+#.-]*(?: [\p{L}][\p{L}\p{N}+#.-]*)?)\s+(yrs?|years?|ans|ann[ée]es)\b`;
const YEARS_EACH = new RegExp(String.raw`^\s*(?:(?:and |et |&\s*)?${YEARS_ITEM}\s*[?,;/&]*\s*){2,}$`, "iu");
function yearsOfEach(list: string): string {
  // ("total yrs, relevant yrs": his years, not things he used.)
  if (/\b(total|relevant|overall|all|career|work|professional|experience|exp|xp)\s+(yrs?|years?)\b/iu.test(list))
    return list;
  const items = [...list.matchAll(new RegExp(YEARS_ITEM, "giu"))].map((m) =>
    m[1]!.replace(/^(?:and|et|how many|combien d'?)\s+/i, ""),
  );
  const french = /\b(ans|ann[ée]es)\b/iu.test(list);
  const joined = `${items.slice(0, -1).join(", ")} ${french ? "et" : "and"} ${items.at(-1)}`;
  return french ? `combien d'années de ${joined} ?` : `how many years of ${joined}?`;
}
/** « quel est le volume horaire de ses interventions » : how many hours, which the CV counts. */
const HOURS_VOLUME = new RegExp(
  String.raw`\b(?:(?:c'est |quel (?:en )?(?:est|était|etait) )?le |(?:c'est |c'etait |c'était )?quel )volume horaire` +
    String.raw`(?: (?:de ses|des|de son|de) (?:interventions?|cours(?: magistraux)?|enseignements?|tp|td|cm))?|` +
    // « combien de temps dure son cours ? », « ses cours durent combien de temps ? »: its hours.
    String.raw`(?<!\bdepuis )\bcombien de temps (?:dure|durent|durait|duraient) (?:son|ses|le|les) ` +
    String.raw`(?:cours|enseignements?|interventions?)|` +
    String.raw`\b(?:son|ses) (?:cours|interventions?) (?:dure|durent|durait|duraient) combien de temps`,
  "giu",
);

const LECTURES_AND_LABS = new RegExp(
  String.raw`(,? (?:ainsi que|et) )?la r[ée]partition (?:entre )?(?:les )?(?:cours magistraux|cm|cours) (?:et|/) ` +
    String.raw`(?:les )?(?:travaux pratiques|tp|td)`,
  "giu",
);

/** A verb of starting before "by themselves", "automatically", « tout seul »: what starts itself is triggered. */
const STARTS_BY_ITSELF = new RegExp(
  // (Of a thing that runs: not « il peut démarrer tout seul ? », a person on his own.)
  String.raw`(?<=\b(?:pipelines?|jobs?|dags?|workflows?|tasks?|loads?|traitements?|flux|chargements?|ingestions?|` +
    String.raw`qui)\s+(?:[\p{L}'-]+\s+){0,3}?)` +
    String.raw`\b(?:start|starts|started|starting|kick(?:s|ed|ing)? off|fire(?:s|d)? off|launch(?:es|ed)?|` +
    String.raw`(se lancer|se lance(?:nt)?|lancer|lance(?:nt)?|d[ée]marrer|d[ée]marre(?:nt)?|partir|part(?:ent)?))` +
    String.raw`((?:\s+[\p{L}'-]+){0,3}?)\s+(?:by (?:themselves|themself|itself)|on (?:their|its) own|automatically|` +
    String.raw`automatiquement|(?:tout|tt|toute) seule?s?|d'(?:eux|elles?|lui)-m[êe]mes?)\b`,
  "giu",
);
/** "by themselves", "on their own", « tout seul », « d'eux-mêmes »: after a thing's verb, automatically. */
const BY_ITSELF = new RegExp(
  String.raw`(?<=\b(?:pipelines?|jobs?|dags?|workflows?|tasks?|loads?|qui|chargements?|traitements?|flux)` +
    String.raw`\s+(?:[\p{L}'-]+\s+){0,6}?)` +
    String.raw`(?<!\b(?:he|she|il|elle)\s+(?:[\p{L}'-]+\s+){0,2})` +
    String.raw`\s*\b(?:by (?:themselves|themself|itself)|on (?:their|its) own|(?:tout|tt|toute) seule?s?|` +
    String.raw`d'(?:eux|elles?|lui)-m[êe]mes?)\b`,
  "giu",
);

/** "high-stakes projects", « des projets à fort enjeu »: critical ones, as the CV says. */
const HIGH_STAKES = new RegExp(
  String.raw`\bhigh[- ]stakes? (?=projects?|missions?|systems?|work\b)|` +
    String.raw`(?<=\b(?:projets?|missions?|sujets?|systèmes?|systemes?) )` +
    String.raw`(?:à|a) (?:fort|forts|gros|grand|grands|haut|hauts) enjeux?\b`,
  "giu",
);
/** "collecting logs in one place", « les logs au même endroit »: centralised, as the CV says. */
const ONE_PLACE = new RegExp(
  String.raw`\b(?:in|into|to) (?:one|a single) (?:place|spot|location)\b|` +
    String.raw`(?<![\p{L}])(?:au m[êe]me endroit|en un (?:seul )?endroit|à un seul endroit)(?![\p{L}])`,
  "giu",
);

/** Idioms for what the CV says in a word: "in one place" (centralised), "high-stakes" (critical), « là-bas »… */
function idiomsPlain(text: string): string {
  return (
    text
      .replace(ONE_PLACE, (m) => (/^(in|into|to)\b/i.test(m) ? "centralised" : "centralisés"))
      // « et il fait quoi là-bas ? »: there, the place said before (no word « bas » of the CV's).
      .replace(/(?<![\p{L}])l[àa][- ]bas(?![\p{L}])/giu, "là")
      // « intégration continue », « déploiement continu »: the French names of CI and CD (the French word order
      // turns their initials round).
      .replace(/(?<![\p{L}])int[ée]gration continue(?![\p{L}])/giu, "CI")
      .replace(/(?<![\p{L}])(?:d[ée]ploiement|livraison) continue?(?![\p{L}])/giu, "CD")
      // « coaché des juniors au jour le jour ? »: how often, which asks nothing more (not « au » of some place).
      .replace(/\s*(?<![\p{L}])au jour le jour(?![\p{L}])/giu, "")
      // « il a géré combien de monde ? »: how many people, not the world.
      .replace(/\bcombien de monde\b/giu, "combien de personnes")
      .replace(HIGH_STAKES, (m) => (/^high/i.test(m) ? "critical " : "critiques"))
      // "does he do on call?", "been on call": the duty, one term (not "calls" of S3); not "on call with a client".
      .replace(ON_CALL, "on-call")
      // « j'ai besoin d'un mec qui connaît Airflow », « on a besoin de quelqu'un qui maîtrise Spark »: whether he does.
      .replace(NEED_SOMEONE, "il ")
  );
}

/** The asker's need of someone, said before what that someone must do (see idiomsPlain). */
const NEED_SOMEONE = new RegExp(
  String.raw`(?<![\p{L}])(?:j'ai|jai|j ai|g|on a|nous avons|(?:le|mon|notre) client a|il me faut|il nous faut)\s+` +
    String.raw`(?:besoin (?:d'|de )\s*)?(?:un |une |d'un |d'une )?(?:mec|gars|type|personne|profil|candidat|` +
    String.raw`consultant|dev|freelance|data engineer|ing[ée]nieur|quelqu'un|qqn|qq1|qqun)\s+(?:qui|ki|ke)\s+`,
  "giu",
);

/** Being on call, said with a space: "do on call", "been on call", "an on call rota" (see idiomsPlain). */
const ON_CALL = new RegExp(
  String.raw`(?:^|(?<=\b(?:do|does|did|doing|done|be|been|being|is|was|are|were|go|goes|went|an|the|any|his|he|she|` +
    String.raw`weekly|night|weekend|24\/7|of|about) ))on call\b(?! (?:with|from|to)\b)`,
  "giu",
);

/** Ways of asking what the CV words otherwise, said in its terms: hours of classes, explaining simply… */
function inCvTerms(text: string): string {
  return (
    byItselfAndCourses(idiomsPlain(text))
      .replace(YEARS_EACH, yearsOfEach)
      // "newest first", « dans l'ordre antichronologique »: the CV's own order, nothing to find.
      .replace(NEWEST_FIRST, "")
      // "how many reports?" (after his team): the people reporting to him, not reports written.
      .replace(
        /\bhow many (?:direct )?reports(?=\s*(?:[?!.,]|$|(?:did|does|has) he (?:have|had)\b))/giu,
        "how many direct reports",
      )
      // "what was his title before?", "his previous title": the job he held before.
      .replace(/\b(his|her) (?:job title|title|role|job|position) before(?=\s*[?!.]*$)/giu, "$1 previous job")
      .replace(/\b(previous|former|prior) (?:job )?title\b/giu, "$1 job")
      // « justifie-t-il d'une expérience… ? » (formal French): whether he has one.
      .replace(/\bjustifie[- ]t[- ](il|elle) d'(?=une? |expérience|experience)/giu, "a-t-$1 ")
      .replace(/\b(il|elle|candidate?|candidat) justifie d'(?=une? |expérience|experience)/giu, "$1 a ")
      // « combien de To ? »: how much data, in the CV's unit.
      .replace(/\bcombien de (?:To|TB|Go|GB|Po|PB|t[ée]ra(?:octets)?)(?=\s*(?:[?!.]|$))/gu, "quel volume de données")
      // "is he a full prof?": a tenured professor, which « vacataire » is not.
      .replace(/\b(?:a )?full prof(?:essor|esseur)?\b/giu, "a tenured professor")
      .replace(/\b(?:is|was) (?:it|that|this) (?:like |as )?a tenured professor/giu, "is he a tenured professor")
      // "what's his bread and butter?": his main skills.
      .replace(/\b(his|her) bread and butter\b/giu, "$1 main skills")
      // "streaming in real time": real-time, as one word of the CV's kind.
      .replace(/\b(?:in )?real time\b/giu, "real-time")
      // "like in prod tho?", "I mean at MAIF?": the same question again, of where or how.
      .replace(/^(?:like|i mean|genre|je veux dire),?\s+(?=(?:in|at|with|for|on|en|dans|chez|avec)\s)/iu, "")
      // "what'd he build…?": what did.
      .replace(/\b(what|where|how|who|why|when|which)'d\b(?= (?:he|she|they|you)\b)/giu, "$1 did")
      // "snowflake yrs": how long with it.
      .replace(YEARS_OF_ONE, "how many years of $1?")
      // "relevant experience in Spark", « présenter succinctement »: the asker's qualifier, nothing to find.
      .replace(/\brelevant (?=(?:experience|exp|xp|background|skills?)\b)/giu, "")
      .replace(/\s+(?:succinctement|bri[eè]vement)(?![\p{L}])/giu, "")
      // "did he found a company?": the verb to found, not "find" in the past.
      .replace(/\b(did (?:he|she) (?:ever )?(?:co-?)?)found(?= (?:a|an|his|her|the|any|their|own)\b)/giu, "$1founded")
      .replace(HOW_MUCH_DATA, "quel volume de $1")
      // « il gérait du monde ? », « encadrer du monde » (Québec, spoken French): people, not the world.
      .replace(/(?<=(?:g[ée]r|encadr|manag|dirig|supervis)\p{L}* )du monde(?![\p{L}])/giu, "des personnes")
      // "his current designation and current organisation" (Indian English): his job title, his employer.
      .replace(/\b(current|present|his|her) designation\b/giu, "$1 job title")
      .replace(/\b(current|present) organi[sz]ation\b/giu, "$1 employer")
      .replace(HOURS_VOLUME, "combien d'heures de cours")
      // (« …, ainsi que la répartition entre cours magistraux et travaux pratiques ? »: the same hours, split.)
      .replace(LECTURES_AND_LABS, (_m, _a, at: number, all: string) =>
        /combien d'heures de cours/.test(all.slice(0, at)) ? "" : "combien d'heures de cours",
      )
      .replace(TEACHING_TIME_EN, "how many hours does he teach")
      .replace(TEACHING_TIME_FR, "combien d'heures de cours donne-t-il")
      // « combien d'heures d'enseignement assure-t-il ? »: the hours of his classes.
      .replace(/\bcombien d'heures d'(?:enseignement|intervention)s?(?= |\?|$)/giu, "combien d'heures de cours")
      .replace(/(?<=\bcombien d'heures de cours) (?:assure|dispense|effectue)-t-(?:il|elle)\b/giu, "")
      .replace(MADE_PLAIN_EN, "explain technical topics simply")
      .replace(MADE_PLAIN_FR, "vulgariser des sujets techniques")
  );
}

/** What runs by itself, triggered; French course hours as course outlines abbreviate them. */
function byItselfAndCourses(text: string): string {
  return (
    text
      // "can his pipelines start by themselves?", « le truc qui charge les fichiers tout seul »: a thing that runs
      // on its own runs automatically (not "did he build it by himself?", « il l'a fait seul ? »: a person alone).
      // ("…start by themselves when a file lands": triggered, as the CV says of its DAGs.)
      .replace(STARTS_BY_ITSELF, (_m, french: string | undefined, between: string) =>
        french ? `déclenchés automatiquement${between}` : `trigger${between}`,
      )
      .replace(BY_ITSELF, (m) => (/^\s*(?:by|on)\b/i.test(m) ? " automatically" : " automatiquement"))
      // « travaux pratiques », « cours magistraux », « travaux dirigés »: TP, CM, TD, as French courses write them.
      .replace(/\btravaux pratiques\b/giu, "TP")
      .replace(/\bcours magistraux\b/giu, "CM")
      .replace(/\btravaux dirig[ée]s\b/giu, "TD")
      .replace(/(?<=\bcombien d'heures de (?:TP|CM|TD)) (?:assure|dispense|effectue|donne)-t-(?:il|elle)\b/giu, "")
  );
}

/** How askers put a question around it: their duty, how to count, "I would like to ask…", "from when", "wit". */
function askersWays(text: string): string {
  const each = (names: string) =>
    names
      .split(/\s*[.,;]\s*/)
      .filter(Boolean)
      .join(" and ");
  return text
    .replace(COUNTED_HOW, "")
    .replace(WIT, "$1 with")
    .replace(NAMES_THEN_YEARS, (_m, names: string) => `how many years of ${each(names)}?`)
    .replace(THERE_FROM_WHEN, "since when has $1 been there")
    .replace(AT_ROLE_WHAT_FOR, "$1?")
    .replace(ASKERS_DUTY, "")
    .replace(I_ASK, "$1?")
    .replace(IS_IT_TRUE, "")
    .replace(IN_BACKGROUND_ABOUT, "has he done anything about ")
    .replace(CHECKED_CLAIM, "$1");
}

/**
 * « il a bien été tech lead chez AAA ? », « il était bien senior ? », "was he really a tech lead?", "did he actually
 * lead it?": a claim checked, asked as it is (the word of insisting says nothing of the profile).
 */
const CHECKED_CLAIM = new RegExp(
  String.raw`(?<![\p{L}])((?:il|elle) (?:a|avait|est|était|etait)|(?:a|est|était|etait)-t?-?(?:il|elle)|` +
    String.raw`(?:was|is|has|did|does|had) (?:he|she)|(?:he|she) (?:was|is|has|had|did))` +
    String.raw` (?:bien|vraiment|really|actually|truly|genuinely|indeed|en effet)(?= \p{L})`,
  "giu",
);

/** "Anything in his background about cutting costs?", « quelque chose dans son parcours sur… »: done, asked. */
const IN_BACKGROUND_ABOUT = new RegExp(
  String.raw`^(?:is there |was there |do you see |any ?thing |something )?(?:anything |something )?(?:in|on) ` +
    String.raw`(?:his|her) (?:background|cv|resume|profile|experience|track record) (?:about|on|regarding|around|` +
    String.raw`related to|to do with)\s+`,
  "iu",
);

/**
 * "is it true he was a tech lead at Decathlon?", "am I right that he…", « est-il exact qu'il … ? »: the claim checked,
 * asked as it is ("he was a tech lead at Decathlon?").
 */
const IS_IT_TRUE = new RegExp(
  String.raw`^(?:(?:so|and|ok|also|et|alors),?\s+)?(?:is it (?:true|correct|right|the case)|` +
    String.raw`would it be (?:true|correct|fair) to say|am i (?:right|correct)(?: in thinking| to think)?|` +
    String.raw`est-(?:il|ce) (?:vrai|exact)|c'est (?:vrai|exact))` +
    String.raw`(?: that| qu(?:e\s|'))?,?\s*(?=(?:he|she|il|elle)\b)`,
  "iu",
);

/** "more experience with X than (with) Y", « plus d'expérience sur X que sur Y »: which of two, the longer. */
const MORE_THAN_OTHER = new RegExp(
  String.raw`\b((?:more|plus d')\s?(?:exp[ée]rience|exp|xp)\s+(?:with|in|on|using|sur|en|avec|de)\s+)` +
    String.raw`([\p{L}][\p{L}\p{N} .+#-]{0,30}?)\s+(than|que|qu')\s*(?:(?:with|in|on|sur|en|avec|de)\s+)?`,
  "giu",
);
/** « une expérience significative », "experience substantial enough": the degree after the noun. */
const EXPERIENCE_DEGREE = new RegExp(
  String.raw`\b(exp[ée]riences?|connaissances?|ma[îi]trise|pratique|knowledge|background)\s+(?:tr[èe]s\s+)?` +
    String.raw`(?:significati(?:ve|f)s?|substantielle?s?|solides?|cons[ée]quente?s?|approfondie?s?|av[ée]r[ée]e?s?|` +
    String.raw`confirm[ée]e?s?|r[ée]elles?|significant|substantial|extensive)\b`,
  "giu",
);
/** "significant experience", « une solide expérience »: the degree before the noun. */
const DEGREE_OF_EXPERIENCE = new RegExp(
  String.raw`\b(?:significant|substantial|extensive|solid|proven|considerable|solide|significative|r[ée]elle|` +
    // "real world experience with Databricks?", "real-life experience": in his work, which the uses say.
    String.raw`v[ée]ritable|grosse|real[- ]world|real[- ]life|practical)\s+` +
    String.raw`(?=exp[ée]riences?\b|knowledge\b|background\b|ma[îi]trise\b)`,
  "giu",
);

/** « toujours » after a verb of doing (not « a », « avait », « est »…): still. */
const STILL_TOUJOURS = new RegExp(
  String.raw`(?<=\b(?:il|elle|qu'il|qu'elle) (?:utilise|fait|code|bosse|travaille|pratique|manipule|d[ée]veloppe|` +
    String.raw`programme) )toujours\b`,
  "giu",
);
/** "professional experience", "pro background": the adjective, before what every answer here is about. */
const PROFESSIONAL_OF =
  /(?<![\p{L}-])(professional|pro)\s+(experiences?|background|career|history|path|skills?|journey)(?![\p{L}])/giu;
/** « expérience professionnelle », « parcours pro », « compétences pro »: the French adjective, after. */
const OF_PROFESSION = new RegExp(
  // (Not « ses expériences professionnelles », his roles, which the employers answer.)
  String.raw`(?<![\p{L}])(exp[ée]rience|parcours|carri[èe]re|comp[ée]tences)\s+` +
    String.raw`(?:professionnelle|pro)(?![\p{L}])`,
  "giu",
);

/** "professionally", "in a professional setting", « professionnellement », « en contexte pro »: in his roles. */
const PROFESSIONALLY = new RegExp(
  String.raw`(?<![\p{L}])(?:professionally|in a professional (?:setting|context|environment|capacity)|` +
    String.raw`professionnellement|en (?:contexte|milieu|cadre) (?:pro|professionnel))(?![\p{L}])`,
  "giu",
);

/**
 * Locutions said plainly: "how much data" is data volumes, « toujours » after a verb is « encore » (still), « mal
 * formés » is invalid (not trained).
 */
function plainLocutions(text: string): string {
  return (
    text
      // "significant experience", « une expérience significative / solide »: how much of it, which where and how long
      // he used it answer — no word the profile must hold.
      .replace(EXPERIENCE_DEGREE, "$1")
      .replace(DEGREE_OF_EXPERIENCE, "")
      // « quel était le chiffre de la licence ? »: its amount, not encryption (« chiffrer » shares the stem).
      .replace(/\b(le|quel|un|du|ce) chiffre (?=de |d'|du |des )/giu, "$1 montant ")
      // "predictive modelling", « modélisation prédictive »: models that predict (not data modelling).
      .replace(/\bpredictive model(?:l?ing)\b/giu, "predictive models")
      .replace(
        /\bmod[ée]lisation (pr[ée]dictive|statistique)\b/giu,
        (_, kind: string) => `modèles ${kind.replace(/ive$/, "ifs").replace(/ique$/, "iques")}`,
      )
      // « des tables de plusieurs To ? »: a size in bytes without its figure, the French unit as the English one.
      .replace(/(?<=\b(?:plusieurs|quelques|dizaines de|centaines de) )To\b/g, "TB")
      .replace(/(?<=\b(?:plusieurs|quelques|dizaines de|centaines de) )Go\b/g, "GB")
      // "has he used it professionally?", « son expérience pro ? »: in his roles, which every answer is of.
      .replace(PROFESSIONALLY, "")
      .replace(PROFESSIONAL_OF, "$2")
      .replace(OF_PROFESSION, "$1")
      // "…straight to the object storage all day?": storage, as object stores are; "all day" only insists.
      .replace(/\bobject (?=storage\b|stores?\b)/giu, "")
      .replace(/(?<=\p{L})\s+(?:all day(?: long)?|toute la journ[ée]e)(?=\s*[?!.,]|\s*$)/giu, "")
      // "how much data did he handle?", "the role with the most data", « combien de données ? »: data volumes.
      // (Not "how much data science…", "the most data quality work": another thing, named after it.)
      .replace(
        /\bhow much data(?=\s*[?.!,]|\s*$|\s+(?:did|does|do|has|have|is|was|per|a day|daily|at|in|goes|go)\b)/gi,
        "what data volumes",
      )
      .replace(
        /\b(?:the )?(?:most|largest amount of|biggest amount of) data(?=\s*[?.!,]|\s*$)/gi,
        "the largest data volumes",
      )
      .replace(
        /(?<![\p{L}])combien de donn[ée]es(?=\s*[?.!,]|\s*$|\s+(?:il|elle|traite|par|au|chez|en)\b)/giu,
        "quelle volumétrie de données",
      )
      // « très gros volumes », « d'énormes volumes »: data volumes (not « grosses responsabilités »).
      .replace(
        /(?<![\p{L}])(?:tr[eè]s |plus |de |d')?(?:gros|grosses|[ée]normes?) volumes?(?: de donn[ée]es)?(?![\p{L}])/giu,
        " volumétrie",
      )
      // « la livraison en production », "delivery to production": a release to production (not parcels).
      .replace(/(?<![\p{L}])livraisons? (?:en|de la|à la|a la) production(?![\p{L}])/giu, "mise en production")
      .replace(/\bdeliver(?:y|ies) (?:to|into|in) production\b/gi, "production release")
      // « il utilise toujours EMR ? »: still, « encore » (not « il a toujours fait… », always; « il est toujours… »
      // is read on its own).
      .replace(STILL_TOUJOURS, "encore")
      // "more experience with Databricks than Snowflake?", « plus d'expérience sur X que sur Y ? »: each one's time.
      .replace(
        MORE_THAN_OTHER,
        (_m, said: string, a: string, than: string) => `${said}${a} ${than === "than" ? "or" : "ou"} `,
      )
      // « des fichiers mal formés », "malformed files": invalid ones (not « formés », trained).
      .replace(/(?<![\p{L}])mal[- ]?form[ée]e?s?(?![\p{L}])/giu, "invalides")
      .replace(/\bmalformed\b/gi, "invalid")
  );
}

function setAsideLocutions(text: string): string {
  const line = asHim(
    floorFirst(withoutFormatWish(needAsked(text.replace(LINE_NUMBER, "").replace(CONTEXT_IF_SO, " ")))),
  );
  // "'Hands-on Databricks' — il coche ?": the line, asked.
  const ticked = TICKS.test(line)
    ? `${line
        .replace(TICKS, "")
        .replace(/^['"‘“«]\s*|\s*['"’”»]$/gu, "")
        .trim()} ?`
    : line;
  const told = plainLocutions(inCvTerms(ticked))
    .replace(YEARS_AND_MONTHS, "$1 $2")
    // « s'il a déjà évolué dans le secteur de l'assurance » (HR French): worked there.
    .replace(/(?<![\p{L}])([ée]volu[ée]s?)(?= (?:dans|au sein|chez|en milieu|sur des)(?![\p{L}]))/giu, "travaillé")
    // « il a skillé sur Spark » (franglais): he knows it.
    .replace(/\b(?:a|est) skill(?:e|é)e?s? (?:sur|en)\b/giu, "connaît")

    .replace(ASKERS_SIDE, "?")
    // (Not when the question points back at it: "As our client is an insurer, does he have similar experience?")
    .replace(ASKERS_SIDE_FIRST, (side, _at: number, all: string) =>
      POINTS_BACK_TO_SIDE.test(all.slice(side.length)) ? side : "",
    )
    .replace(ASKERS_CLAUSE, "")
    .replace(ASKERS_PURPOSE, (purpose, at: number, all: string) =>
      // (Never all that is asked: what is left must still ask something.)
      wordsLeft(all.slice(0, at) + all.slice(at + purpose.length)) >= 2 ? "" : purpose,
    )
    .replace(/\.\s+\.(?=\s|$)/g, ".")
    .replace(SO_THAT_I, "")
    .replace(WISHED, (wish, thing: string, en: string | undefined) =>
      !WISHED_THING.test(thing) ? wish : en ? `Has he ${lowerFirst(thing)}?` : `A-t-il ${lowerFirst(thing)} ?`,
    )
    .replace(WANTS_TO_KNOW, (m) => (/^,/.test(m) ? ". Tell me " : "Tell me "))
    .replace(FIND_ATTACHED, "")
    // ("…s'il vous plaît, c'est pour le dossier." once the purpose is set aside: the politeness left at the end.)
    .replace(POLITE_LEFT, "")
    .replace(SO_FAR, "");
  const kept = askedPlainly(askersWays(told))
    .replace(ASKERS_REASON, (reason) => (REASON_VERB.test(reason.replace(/^,\s*\S+\s+/, " ")) ? "" : reason))
    // (A reason has a verb: "…, as our tech lead?" is a role said in passing, kept.)
    .replace(ASKERS_CHECK, (reason) =>
      ASKERS_OWN.test(reason) && !OF_HIM.test(reason) && REASON_VERB.test(reason) ? "" : reason,
    )
    .replace(PLACE_IS_WHY, (why, at: number, all: string) =>
      wordsLeft(all.slice(0, at) + all.slice(at + why.length)) >= 2 ? "" : why,
    )
    .replace(THESE_POINTS, (_m, fr: string | undefined, misspelt: string | undefined) =>
      fr || misspelt ? "ça" : "them",
    )
    .replace(KIND_OF_THAT, (said: string, before: string | undefined, of: string | undefined) =>
      before || of || /\b(semblable|similaire|pareil)/u.test(said) ? "ça" : "that",
    );
  const plain = withoutAsides(kept);
  return /[\p{L}\p{N}]/u.test(plain) ? plain : text;
}

/**
 * « J'ai vu que Kafka est mentionné dans son profil. Il l'a utilisé en prod ? »: the name seen, which the question
 * then points back at ("Kafka. Il l'a utilisé… ?"), the rest of the sentence set aside.
 */
const SEEN_NAMED = new RegExp(
  String.raw`^(?:j'ai vu|je vois|j'ai lu|j'ai remarqu[ée]|i saw|i see|i noticed|i can see)(?: que| qu'| that)? ` +
    String.raw`([^.?!\s][^.?!]{0,40}?) (?:(?:est |sont |is |are |was )?(?:mentionn[ée]e?s?|cit[ée]e?s?|appara[iî]t|` +
    String.raw`figure|mentioned|listed|named) )?(?:quelque part |somewhere )?(?:dans|sur|in|on) (?:son|sa|le|his|her|` +
    String.raw`the) (?:profil|cv|resume|profile|parcours)[.!]+\s+(?=[^?]*\?)`,
  "iu",
);
/** A reason said first of a name, capitalised (case kept: PLACE_IS_WHY_FIRST reads it folded). */
const NAMED_FIRST = /^(\S+)(?:\s+que)?\s+(?:la |le |les |l['’]|the |La |Le |Les |The )?(\p{Lu}[\p{L}\p{N}-]*)/u;

/**
 * « et il est parti quand ? », « il l'a quittée quand ? », « quand a-t-il quitté ? »: when, of the role the chat is on
 * (a follow-up's "and when?").
 */
const LEFT_WHEN_ALONE = new RegExp(
  String.raw`^\s*(et |and )?(?:(?:il|elle) (?:est partie?|a quitt[ée]e?|l'a quitt[ée]e?)(?: ce poste)?\s+quand|` +
    String.raw`quand (?:est[- ](?:il|elle) partie?|a[- ]t[- ](?:il|elle) quitt[ée]e?|` +
    String.raw`l'a[- ]t[- ](?:il|elle) quitt[ée]e?|` +
    String.raw`(?:il|elle) (?:est partie?|a quitt[ée]e?|l'a quitt[ée]e?)))\s*\?*\s*$`,
  "iu",
);

/**
 * « il est parti de la MAIF », « et il l'a quittée quand ? »: left, said plainly (not « une partie », a part), when
 * of the role the chat is on (see LEFT_WHEN_ALONE).
 */
function saidLeft(text: string): string {
  // (Not why or how he left, « pourquoi il est parti au bout d'un an », only he can say; nor « parti en freelance ».)
  if (/(?<![\p{L}])(pourquoi|comment|raisons?|au bout)(?![\p{L}])/iu.test(text)) return text;
  return (
    text
      .replace(LEFT_WHEN_ALONE, (_m, and: string | undefined) => `${and ?? "et "}combien de temps ?`)
      // (« il est parti où après ? »: where next, as "and after?" asks it.)
      .replace(/^\s*(?:et )?(?:il|elle) est partie? (?:où|ou) (?:après|apres|ensuite)\s*\?*\s*$/iu, "et après ?")
      // (Not « parti de zéro », « d'une page blanche », « de rien »: started from nothing.)
      .replace(
        new RegExp(
          String.raw`(?<![\p{L}])(est|etait|était) partie?s?( de chez| de| d'| du)(?![\p{L}])` +
            String.raw`(?! ?(?:z[ée]ro|rien|une page blanche|scratch|l'existant|(?:une |la )?feuille blanche)\b)`,
          "giu",
        ),
        "a quitté",
      )
      .replace(LEFT_FOR, "$1 allé")
  );
}

/** « il est parti chez AAA-Data », « parti où », « parti à l'étranger »: went (not « une partie », a part). */
const LEFT_FOR = new RegExp(
  String.raw`(?<![\p{L}])(est|etait|était|est-il|est-elle) (partie?s?)(?= (?:à|a|au|aux|dans|vers|chez|` +
    String.raw`en (?!bons|mauvais|quelle|freelance|cdi|cdd|indépendant|independant)))`,
  "giu",
);

/**
 * "cut costs by half", « réduit de moitié »: a share, as a figure says it, which the passages must give; "since last
 * year", « depuis l'année dernière »: the year before this one.
 */
/** Joining or leaving: "did he start at Decathlon last year?", « il a quitté MAIF l'an dernier ? ». */
const MOVED = /\b(start\w*|join\w*|began|begin|commenc\w*|arriv\w*|rejoint|left|leave|quit\w*|parti)\b/i;

function sharesAndYears(text: string): string {
  const lastYear = new Date().getUTCFullYear() - 1;
  return (
    text
      .replace(/\b(?:by|in) (?:a )?half\b/giu, "by 50%")
      .replace(/\bhalved\b/giu, "cut by 50%")
      .replace(/\bhalf (?:of )?(?=(?:the|his|its|their|our|all) )/giu, "50% of ")
      .replace(/\bby (?:a|one) (third|quarter)\b/giu, (_m, part: string) => (/^t/i.test(part) ? "by 33%" : "by 25%"))
      .replace(/(?<![\p{L}])de moiti[ée](?![\p{L}])/giu, "de 50 %")
      // (Said of joining or leaving, or since; else a window of a year, which other readings weigh.)
      .replace(LAST_YEAR, (found, since: string | undefined, fr: string | undefined) =>
        since ? `${since} ${lastYear}` : MOVED.test(text) ? `${fr ? "en" : "in"} ${lastYear}` : found,
      )
  );
}

/** "(since) last year", « (depuis) l'année dernière »: the year before this one (not "the last year", a span). */
const LAST_YEAR = new RegExp(
  String.raw`(?<![\p{L}])(?:(since|depuis) )?(?<!\b(?:the|in|during|of|over|within|his|her|their|its|la|l|en|durant|` +
    String.raw`son|sa) )(?:last year|` +
    String.raw`(l'an dernier|l'an pass[ée]|l'ann[ée]e derni[èe]re|l'ann[ée]e pass[ée]e))(?![\p{L}])`,
  "giu",
);

/**
 * What is asked, said plainly: a name seen in the profile, then asked of (« J'ai vu que Kafka est mentionné… »),
 * another page's word set aside ("his LinkedIn says…"), years « en formation » as years of teaching, "between MAIF and
 * Decathlon" as "before Decathlon", a reason said first of a place set aside, the place kept.
 */
function askedPlainly(text: string): string {
  return (
    sharesAndYears(saidLeft(text))
      .replace(SEEN_NAMED, "$1. ")
      .replace(ELSEWHERE_SAYS, "")
      .replace(YEARS_TRAINING, "$1 d'enseignement")
      .replace(
        BETWEEN_ROLES,
        (_m, asked: string, word: string, _first: string, later: string) =>
          `${asked} ${/^entre$/i.test(word) ? "avant" : "before"} ${later}`,
      )
      // "Was Google one of his employers?", « Google fait partie de ses employeurs ? »: whether he worked there.
      .replace(
        AMONG_EMPLOYERS,
        (_m, en: string | undefined, of: string | undefined, part: string | undefined, one: string | undefined) =>
          en || of ? `has he worked for ${en ?? of}?` : `a-t-il travaillé chez ${part ?? one} ?`,
      )

      // « au cours des 2 dernières années »: during them (not a course, « cours », to find).
      .replace(/(?<![\p{L}])au cours (des|du|de la|de l'|de)(?![\p{L}])/giu, (_m, of: string) =>
        of.toLowerCase() === "des" ? "durant les" : of.toLowerCase() === "du" ? "durant le" : `durant ${of.slice(3)}`,
      )
      // "zero cloud experience?", « 0 expérience AWS ? »: none, as "no" says it.
      .replace(ZERO_EXPERIENCE, (_m, fr: string | undefined, said: string) => `${fr ? "aucune" : "no"} ${said}`)
      // "From 2022 onwards", "starting in 2022", "as of 2024", « à partir de 2022 », « dès 2022 »: since then;
      // "post-2021", "pre-2021": after, before (not "from 2019 to 2021", a span).
      // (Not a time to come, "can he start from 2027?": his availability.)
      .replace(SINCE_SAID_OTHERWISE, (said, fr: string | undefined, year: string) =>
        Number(year) > new Date().getUTCFullYear() ? said : `${fr ? "depuis" : "since"} ${year}`,
      )
      .replace(/\b(post|pre)[- ]((?:19|20)\d\d)\b/giu, (_m, w: string, year: string) =>
        /^post$/i.test(w) ? `after ${year}` : `before ${year}`,
      )
      // ("since mid-2021": the part of the year, a word of its own; not "in mid-2020", a timeline's own.)
      .replace(/\b(since|before|until|after|from|prior to) (mid)-((?:19|20)\d\d)\b/giu, "$1 $2 $3")
      // "Since 2021, has he used Databricks?": the time it is asked of, said after (not a part of its own).
      .replace(TIME_FIRST, (_m, time: string, asked: string, end: string) => `${asked} ${lowerFirst(time)}${end}`)
      // "In his current role, does he manage people?": asked of now.
      .replace(NOW_FIRST, (_m, role: string | undefined, now: string | undefined, asked: string, end: string) =>
        role || now ? `${asked} actuellement${end}` : `${asked} currently${end}`,
      )
      // (A name: "Since he left MAIF, …", not "Since he left, …".)
      .replace(
        LEFT_FIRST,
        (left, fr: string | undefined, gone: string | undefined, place: string, asked: string, end: string) => {
          // (Any question: "Since he left MAIF, has he used Docker?" asks of the roles after it.)
          if (!/^\p{Lu}/u.test(place)) return left;
          return fr || gone ? `${asked} après ${place}${end}` : `${asked} after ${place}${end}`;
        },
      )
      // (The place kept, where the question is asked of: "Since Decathlon is a retailer, …" → "At Decathlon, …".)
      .replace(PLACE_IS_WHY_FIRST, (why, at: number, all: string) => {
        const named = NAMED_FIRST.exec(why);
        if (!named || wordsLeft(all.slice(at + why.length)) < 2) return why;
        return `${/^(since|as|given)$/i.test(named[1]!) ? "At" : "Chez"} ${named[2]}, `;
      })
  );
}

/** "zero experience", « zéro expérience », "0 xp": the count said as a word for none (not "0 years", a claim). */
const ZERO_EXPERIENCE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:zero|(zéro)|0)\s+((?:\p{L}+\s+)?(?:experience|(?:e|é)xp[ée]rience|exp|xp|knowledge|` +
    String.raw`background|connaissances?)(?![\p{L}]))`,
  "giu",
);

/** "from 2022 on", "starting in 2022", "as of 2024", "since the start of 2022", « à partir de 2022 », « dès 2022 ». */
const SINCE_SAID_OTHERWISE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:from|starting(?: in| from)?|beginning(?: in)?|as of|since the (?:start|beginning) of)|` +
    String.raw`(à partir de|a partir de|dès|des le début de|depuis le début de|depuis début))\s+((?:19|20)\d\d)` +
    String.raw`(?:\s+(?:on|onwards?|and (?:after|later|beyond)))?` +
    String.raw`(?!\s*(?:to|until|till|through|thru|and|-|–|à|a|au|et)\s*` +
    String.raw`(?:\p{L}+\s+)?(?:19|20)\d\d)(?![\p{L}\p{N}])`,
  "giu",
);

/**
 * "Since 2021, has he used Databricks?", « En 2020, il faisait du Spark ? », "Recently, has he used Docker?": a time,
 * then the one question.
 */
const TIME_FIRST = new RegExp(
  // ("Before 2020, had he used Airflow?", « Jusqu'en 2020, … », "Since mid-2021, …")
  String.raw`^((?:since|in|from|during|before|until|till|prior to|after|up to|` +
    String.raw`depuis|en|durant|pendant|avant|après|apres|jusqu'en|jusqu'à)\s+` +
    String.raw`(?:(?:early|late|mid|d[ée]but|fin|mi)[\s-]+)?` +
    String.raw`(?:\p{L}+\s+)?(?:19|20)\d\d|` +
    String.raw`recently|lately|of late|r[ée]cemment|derni[èe]rement|ces derniers temps)` +
    String.raw`\s*,\s*([^?.!]{6,}?)\s*(\?+|$)$`,
  "iu",
);

/** "Was Google one of his employers?", "Is Capgemini among his employers?", « Google était un de ses employeurs ? » */
const COMPANY_NAME = String.raw`(\p{Lu}[\p{L}\p{N}&.-]*(?:\s\p{Lu}[\p{L}\p{N}&.-]*){0,2})`;
const AMONG_EMPLOYERS = new RegExp(
  String.raw`^(?:(?:[Ww]as|[Ii]s|[Ww]ere|[Aa]re|[Hh]as been)\s+)?${COMPANY_NAME}\s+` +
    String.raw`(?:(?:was|is|has been)\s+)?(?:(?:one|any) of|among|amongst|in)\s+(?:his|her)\s+` +
    String.raw`(?:former\s+|past\s+|previous\s+)?(?:employers?|companies)\s*\?*$|` +
    // "Is Pernod Ricard one of the companies he worked for?", "Was Airbus a company he worked at?"
    String.raw`^(?:[Ww]as|[Ii]s)\s+${COMPANY_NAME}\s+(?:one of the|among the|a|an)\s+` +
    String.raw`(?:companies|company|employers?|firms?)` +
    String.raw`\s+(?:that\s+)?(?:he|she)\s+(?:has\s+|had\s+)?worked\s+(?:for|at|with)\s*\?*$|` +
    String.raw`^${COMPANY_NAME}\s+(?:(?:fait|faisait) partie de|` +
    String.raw`(?:est|était|etait) (?:dans|parmi)) ses ` +
    String.raw`(?:employeurs|entreprises)\s*\?*$|` +
    String.raw`^${COMPANY_NAME}\s+(?:est|était|etait|a été|a ete)\s+` +
    String.raw`(?:un de ses|l'un de ses|parmi ses)\s+employeurs\s*\?*$`,
  "u",
);

/** "In his current role, does he manage people?", « Dans son poste actuel, il encadre ? »: the role he holds now. */
const NOW_FIRST = new RegExp(
  String.raw`^(?:(?:in|at) (?:his|her) (?:current|present|today's) (?:role|job|position|mission|assignment|gig)s?|` +
    String.raw`(dans|sur|pour) (?:son|sa|ses) (?:poste|mission|job|emploi|r[ôo]le)s? (?:actuel(?:le)?s?|en cours)|` +
    String.raw`(?:currently|right now|these days|nowadays|today|at present|as of (?:now|today))|` +
    String.raw`(actuellement|en ce moment|aujourd'hui))` +
    // (The comma may be left out before the question's verb: "In his current mission does he mentor juniors?")
    String.raw`(?:\s*,\s*|\s+(?=(?:does|did|is|has|was|can|a-t-il|est-il|est-ce|il|fait-il|utilise-t-il)\b))` +
    String.raw`([^?.!]{6,}?)\s*(\?+|$)$`,
  "iu",
);

/**
 * "Since he left MAIF, what did he do?", « Depuis qu'il a quitté la MAIF, qu'a-t-il fait ? »: asked of after it.
 */
const LEFT_FIRST = new RegExp(
  String.raw`^(?:(?:since|after|once)\s+(?:he\s+)?(?:left|leaving|quit)\s+(?:the\s+)?|` +
    String.raw`(?:depuis|apr[èe]s)\s+(?:qu'il\s+a|avoir)\s+(quitt[ée])\s+(?:la\s+|l'|le\s+)?|` +
    // « Depuis son départ de la MAIF, qu'a-t-il fait ? »
    String.raw`(?:depuis|apr[èe]s)\s+(son\s+d[ée]part)\s+(?:de\s+la\s+|de\s+l'|d'|du\s+|de\s+)?)` +
    String.raw`(\p{L}[\p{L}\p{N}-]*(?:\s\p{Lu}[\p{L}\p{N}-]*)?)\s*,\s*([^?.!]{4,}?)\s*(\?+|$)$`,
  "iu",
);

/**
 * "he's clearly an AWS guy, but has he used Redshift itself?", « il connaît Spark, mais a-t-il fait du Scala ? »,
 * "he knows AWS, so he knows Redshift?":
 * what the asker takes him to be, then what is asked. Not when the question points back at it ("…, but has he used
 * it there?"), nor when the premise names where ("he was at AAA-Data, but was he a contractor?"): see premiseAside.
 */
const PREMISE_BUT = new RegExp(
  String.raw`(^|[.!?]\s+)((?:he|he's|he is|il|il est|il a)\s[^,?.!]{2,60}),\s*(?:(?:but|mais)\s+` +
    String.raw`(?=(?:has|have|did|does|is|was|can|could|would|a-t-il|a-t-elle|est-ce qu|est-il|sait-il|peut-il)\b)|` +
    // "He is doing AWS since some years, so he knows also Redshift?", « il a modernisé des ETL, dc il connaît dbt ? »:
    // what is inferred from it is asked.
    String.raw`(?:so|donc|dc|alors)\s+(?=(?:he|il)\s[^?]*\?\s*$))`,
  "iu",
);
/** A word pointing back at what was said before: "it", "there", « ça », « là-bas », « y ». */
const POINTS_BACK_WORD =
  /(?<![\p{L}])(?:it|that|this|there|them|those|these|so|then|ça|ca|cela|là|la-bas|là-bas|y)(?![\p{L}])/iu;
/** A premise naming where: "at AAA-Data", « chez MAIF », "for Pernod". */
const NAMES_WHERE = /(?<![\p{L}])(?:at|chez|for|pour|with|avec|au|aux|à|a)\s+(?:la\s+|l'|the\s+)?\p{Lu}/u;

function premiseAside(text: string): string {
  return text.replace(PREMISE_BUT, (whole, before: string, premise: string, at: number, all: string) => {
    const asked = all.slice(at + whole.length).split(/[?]/)[0]!;
    // (Nor a premise denied, "he never used Python, but…": what the question weighs.)
    const denied = /(?<![\p{L}])(?:never|not|n't|no|jamais|pas|plus)(?![\p{L}])/iu.test(premise);
    return NAMES_WHERE.test(premise) || POINTS_BACK_WORD.test(asked) || denied ? whole : before;
  });
}

/**
 * "Je vois Delta Lake et Autoloader dans son parcours. A-t-il mis en œuvre des pipelines Delta Live Tables ?": names
 * the asker saw on his CV, told before a question naming another of its own, which is what is asked; not "I see he
 * worked at AAA-Data. Was he a contractor?", nor "…. How big is that school?", which lean on it.
 */
const SEEN_FIRST = new RegExp(
  String.raw`^((?:i see|i saw|i noticed|i can see|je vois|j'ai vu|je constate|je remarque|on voit)\s[^?.!]{2,120}` +
    String.raw`\s(?:in|on|dans|sur)\s(?:his|her|the|son|sa|ses|le)\s(?:cv|resume|profile|profil|parcours|background|` +
    String.raw`stack|experience|expérience)[.!])\s+`,
  "iu",
);

function seenAside(text: string): string {
  const m = SEEN_FIRST.exec(text);
  if (!m) return text;
  const asked = text.slice(m[0].length);
  // (A name of its own: capitalised after the question's first word, not one the asker saw.)
  // (Or the one seen, named again: "I saw Kafka in his profile. Did he run Kafka in production?".)
  const names = asked.match(/(?<=\s)\p{Lu}[\p{L}\p{N}-]*/gu) ?? [];
  return names.length > 0 && !POINTS_BACK_WORD.test(asked) && asked.includes("?") ? asked : text;
}

/**
 * A sentence's frame naming nothing asked: « Concernant le candidat, … », « Au niveau techno, … », « Dans le cadre
 * d'une mission, … », "Regarding the candidate, …", "Tech-wise, …" (not « Concernant Spark, … », which names it).
 */
const FRAMED_BY =
  String.raw`(?:^|(?<=[.!?:]\s))(?:concernant|en ce qui concerne|pour ce qui est d(?:e |u |es |')|` +
  String.raw`au sujet d(?:e |u |es |')|(?:a|à) propos d(?:e |u |es |')|s'agissant d(?:e |u |es |')|c[oô]t[eé]|` +
  String.raw`(?:au )?niveau|regarding|concerning|as for|as regards|in terms of|on the)\s+` +
  String.raw`(?:(?:le|la|les|ce|cette|du|de la|des|the|this|that|his|your|votre|ton|son|sa|ses) |l')?`;
/** A question asked of the thing itself: "…, il connaît Airflow ?", "…, has he used Kafka?". */
const ASKS_OF_IT = String.raw`(?=(?:il|elle|he|she|has|have|does|did|is|was|can|could|a-t-il|est-ce|connait)\b)`;
const FRAMING = new RegExp(
  // (« le candidat » is « il » by then: "regarding him".)
  String.raw`${FRAMED_BY}(?:candidat|candidate|profil|profile|personne|person|consultant|il|lui|he|him|cv|` +
    String.raw`resume)\s*,\s*|` +
    // « Au niveau techno, il connaît Airflow ? »; not « Concernant la stack, c'était quoi chez MAIF ? », the stack
    // asked ("Regarding his skills, what are the strongest?").
    String.raw`${FRAMED_BY}(?:techno|technos|technologies|technique|tech|technical side|outils|tools|stack|` +
    String.raw`comp[eé]tences|skills)\s*,\s*${ASKS_OF_IT}|` +
    // « Dans le cadre de sa mission chez Decathlon, … », "As part of his role at MAIF, …": the frame set aside, the
    // employer it names kept.
    String.raw`(?:^|(?<=[.!?:]\s))(?:dans le cadre d(?:e |u |es |')|as part of |in the (?:frame|context) of )` +
    String.raw`(?:une |un |la |le |les |sa |son |ses |cette |ce |notre |nos |ma |mon |leur |leurs |a |an |the |his |` +
    String.raw`her |their |your |our )?(?:missions?|projets?|postes?|recrutements?|besoins?|appels? d'offres?|` +
    String.raw`prestations?|formations?|fonctions?|activites?|cours|travail|roles?|jobs?|projects?|work|` +
    String.raw`assignments?|position)(?:\s*,\s*|(?=\s+(?:chez|at|a|à|with|for|pour)\s))|` +
    String.raw`(?:^|(?<=[.!?:]\s))(?:tech-?wise|technically speaking)\s*,\s*|` +
    // « Au sujet de Snowflake, il a fait quoi ? », "Regarding Airflow, …": the thing named kept, its frame set aside.
    String.raw`(?:^|(?<=[.!?:]\s))(?:au sujet d(?:e |u |es |')|(?:a|à) propos d(?:e |u |es |')|concernant |` +
    String.raw`en ce qui concerne |s'agissant d(?:e |u |es |')|regarding |concerning |as for |as regards )` +
    String.raw`(?=\p{Lu})`,
  "giu",
);

/** Asides, locutions and what the asker takes for granted, set aside: what is left is asked. */
function withoutAsides(text: string): string {
  return (
    premiseAside(seenAside(text))
      .replace(ISSUES_OF, "")
      .replace(SPEC_SAYS, "")
      .replace(CV_SAYS, "")
      .replace(ASIDE, "")
      .replace(LOCUTIONS, "")
      .replace(FRAMING, "")
      .replace(SET_IN_PLACE, "")
      // ("What did he put in place at Decathlon?": set up, the CV's English for it.)
      .replace(/(?<![\p{L}])put in place(?![\p{L}])/giu, "set up")
      // ("number of roles?", « le nombre de postes ? »: how many, asked.)
      .replace(/^(?:what(?:'s| is) )?(?:the )?number of(?=\s)/iu, "how many")
      .replace(/^(?:quel est )?(?:le )?nombre (?:de |d'|d’)/iu, (m) =>
        /d['’]$/.test(m) ? "combien d'" : "combien de ",
      )
      .replace(ALL_COMBINED, (said) => (/^tou/i.test(said) ? "au total" : "in total"))
      .replace(ONLY_ELSE, "")
      .replace(JOB_LENGTH, "")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/**
 * Chat shorthand, written out so that later steps read the words: "il est resté cb de temps ?", "how many
 * yrs w/ Spark?". Only forms with a single reading, even among data terms ("pk" and "tps" are not here).
 */
/** French words run into the next without their apostrophe, as chat French types them. */
const ELISIONS: Record<string, string> = {
  jai: "j'ai",
  jen: "j'en",
  jsuis: "je suis",
  jpense: "je pense",
  jsais: "je sais",
  dun: "d'un",
  quil: "qu'il",
  quils: "qu'ils",
  dla: "de la",
  // « cb dannees dxp », « cetait quoi » : elisions typed without the apostrophe.
  dannees: "d'années",
  dannee: "d'année",
  dxp: "d'xp",
  dexp: "d'exp",
  dexperience: "d'expérience",
  cetait: "c'était",
  sil: "s'il",
};
const ELIDED = new RegExp(
  String.raw`(?<![\p{L}\p{N}'&])(?:${Object.keys(ELISIONS).join("|")})(?![\p{L}\p{N}'&])|` +
    String.raw`^(?:Jai|Jsuis|Jpense|Jsais)(?= \p{Ll})`,
  "gu",
);
const SHORTHAND: Record<string, string> = {
  thru: "through",
  jcherche: "je cherche",
  wats: "what is",
  hes: "he's",
  shes: "she's",
  tho: "though",
  slt: "salut",
  bjr: "bonjour",
  bsr: "bonsoir",
  mrc: "merci",
  cb: "combien",
  cbn: "combien",
  cmb: "combien",
  cbien: "combien",
  bcp: "beaucoup",
  // « prend tte la nuit », « vrmt »: « toute », « vraiment ».
  tte: "toute",
  ttes: "toutes",
  vrmt: "vraiment",
  // « et avt ? »: chat French's « avant ».
  avt: "avant",
  qd: "quand",
  kan: "quand",
  qand: "quand",
  // « cété kan ? », « cetait ou ? »: chat French's « c'était ».
  cété: "c'était",
  cetait: "c'était",
  cétait: "c'était",
  // « chaipas »: « je sais pas », as chat French writes it (« jsp » is read where it can't be "JSP": chatFrench).
  chaipas: "je sais pas",
  pq: "pourquoi",
  koi: "quoi",
  ki: "qui",
  jms: "jamais",
  qqch: "quelque chose",
  // « la compo de l'équipe »: its make-up.
  compo: "composition",
  // « il a fait des MEP ? »: releases to production, as French IT writes them.
  mep: "mises en production",
  meps: "mises en production",
  // "a proof of concept", « une preuve de concept »: a POC, as the CV writes it.
  "proof of concept": "POC",
  "proofs of concept": "POCs",
  "preuve de concept": "POC",
  "preuves de concept": "POCs",
  // "data viz", « la data-viz »: data visualisation, as the trade shortens it (« dataviz » is split by the speller).
  "data viz": "data visualisation",
  "data vis": "data visualisation",
  "data-viz": "data visualisation",
  qqn: "quelqu'un",
  qqun: "quelqu'un",
  qq1: "quelqu'un",
  qqc: "quelque chose",
  qlq: "quelques",
  // « kess ki fé en ce moment ? », « ke fait il mtn ? »: chat French's « qu'est-ce qu'il fait », « que ».
  "kess ki": "qu'est-ce qu'il",
  "kes ki": "qu'est-ce qu'il",
  keski: "qu'est-ce qu'il",
  kess: "qu'est-ce",
  fé: "fait",
  ke: "que",
  // (« en cdi qq part ? »: somewhere, before the plural it would be.)
  "qq part": "quelque part",
  qq: "quelques",
  qqpart: "quelque part",
  pcq: "parce que",
  tps: "temps",
  tjr: "toujours",
  tjrs: "toujours",
  tjs: "toujours",
  // « en tt », « tt ça »: « tout ».
  tt: "tout",
  mtn: "maintenant",
  mnt: "maintenant",
  mtnt: "maintenant",
  rn: "right now",
  cest: "c'est",
  // SMS French: « c etait ds kel boite », « kelle équipe ».
  kel: "quel",
  kelle: "quelle",
  kels: "quels",
  kelles: "quelles",
  ajd: "aujourd'hui",
  auj: "aujourd'hui",
  k8s: "Kubernetes",
  perms: "permissions",
  kube: "Kubernetes",
  u: "you",
  ur: "your",
  yrs: "years",
  yr: "year",
  exp: "experience",
  yoe: "years of experience",
  techy: "technical",
  // "ML chops": skills, in American slang.
  chops: "skills",
  techies: "technical people",
  xp: "experience",
  avail: "available",
  asap: "as soon as possible",
  wat: "what",
  whats: "what is",
  wheres: "where is",
  hows: "how is",
  wht: "what",
  whr: "where",
  wher: "where",
  wen: "when",
  ther: "there",
  whos: "who is",
  ppl: "people",
  pers: "personnes",
  // « la sécu », « de la secu »: security, as data people say it.
  secu: "sécurité",
  taffe: "travaille",
  taffer: "travailler",
  // Words cut short with one reading in either language: « prof », "perm", "mgmt", « dvlpt ».
  prof: "professeur",
  profs: "professeurs",
  perm: "permanent",
  mgmt: "management",
  mngr: "manager",
  mgr: "manager",
  org: "organisation",
  orgs: "organisations",
  dvlpt: "développement",
  devt: "développement",
  infra: "infrastructure",
  algo: "algorithm",
  algos: "algorithms",
  perf: "performance",
  perfs: "performances",
  abt: "about",
  // "…field by field esp inside nested json": "especially", as chat English cuts it.
  esp: "especially",
  // French slang for work and for a contractor's mission: « il taff où ? », « sa presta chez Decathlon » (« il a
  // taf avec power bi ? » is the past: see TAFF_PAST).
  taf: "travaille",
  taff: "travaille",
  taffé: "travaillé",
  presta: "mission",
  prestas: "missions",
  restit: "restitution",
  // « la grande distrib », « une maj du fichier »: chat French's retail trade, and an update.
  distrib: "distribution",
  maj: "mise à jour",
  // Dutch and Belgian hiring's level between junior and senior.
  medior: "mid-level",
  softskills: "soft skills",
  // ESN French: « il est staffable sur une mission ? », whether he can be put on one.
  staffable: "disponible",
  atm: "at the moment",
  uni: "university",
  b4: "before",
  "w/": "with",
  "b/c": "because",
  // Quebec French: « icitte », here.
  icitte: "ici",
};
const WITH_PRODUCT_OWNER = new RegExp(
  String.raw`(?<=\b(?:with|avec|il y a|y avait|there was|was there|is there) (?:a |an |the |un |une |le |la )?)` +
    String.raw`product owners?(?![\p{L}])`,
  "giu",
);
/** "…, same answer?", « …, même question ? »: the question asked again, of the name before it. */
const SAME_QUESTION =
  /,?\s*(?:(?:the )?same (?:answer|question|thing)|(?:la )?m[eê]me (?:r[ée]ponse|question|chose))\s*(?=[?!.]*\s*$)/giu;
/** « c quand ? », « c où ? »: chat French's « c'est » before what asks about it. */
// (Opening the message, in lower case: not the C language, « du C chez Decathlon ? », « C ou C++ ? ».)
// (Also a sentence's first word: « … un Tech Lead. C lui le Tech Lead ? »)
// (A capital « C » not before « ou »: « C ou C++ ? » asks of the language.)
const C_ALONE = new RegExp(
  String.raw`^c(?= (?:quand|où|ou|combien|comment|quoi|qui|koi|ki)(?![\p{L}]))|` +
    String.raw`(?<=^|[.?!]\s+)[cC](?= (?:quand|combien|comment|quoi|qui|koi|ki|lui|elle|un|une|le|la|les|pas|` +
    String.raw`bon|vrai|quel|quelle|quels|quelles)(?![\p{L}]))`,
  "gu",
);
/** « c t », « ct » before what asks about it: « c'était ». */
const CT = /(?<![\p{L}\p{N}'])c ?t(?= (?:en|quand|ou|où|combien|chez|comment|quoi|pour|avant|apres|après)\b)/giu;
/** "firstly …, and secondly whether…", « premièrement »: the order of the questions asked, not what is asked. */
const ORDINAL_WORD = new RegExp(
  String.raw`(?<![\p{L}])(?:firstly|secondly|thirdly|lastly|first of all|premi[eè]rement|deuxi[eè]mement|` +
    String.raw`troisi[eè]mement|primo|secundo|deuxio|tertio)(?![\p{L}])[,:]?\s*`,
  "giu",
);
/** "With regards to the access rights…", "as regards": a topic announced, which "about" says. */
const ABOUT_TOPIC = /(?<![\p{L}])(?:with regards? to|in regards? to|as regards)\s+/giu;
const SHORTHAND_WORD = new RegExp(`(?<![\\p{L}\\p{N}])(${Object.keys(SHORTHAND).join("|")})(?![\\p{L}\\p{N}/])`, "giu");

/** « il a taf avec power bi ? », « t'as taff où ? »: worked, after « avoir ». */
const TAFF_PAST = /(?<![\p{L}])(a|as|avait|avais|ont|ai) taff?(?![\p{L}])/giu;
/** « a t'il », « at'il », « a t il », « est t'elle »: the subject put after its verb, written wrong. */
const INVERTED_WRONG = new RegExp(
  String.raw`(?<![\p{L}'’-])(a|as|va|est|sera|serait|avait|aurait|peut|pourrait|sait|doit)(?: ?-?t['’] ?| t )` +
    String.raw`(il|elle|on)(?![\p{L}])`,
  "giu",
);
/** "lol", « mdr » inside a message: a laugh between two clauses, which asks nothing. */
const LAUGH_WITHIN = /(?<=\p{L}) (?:lol|mdr|ptdr|xd)(?= \p{L})/giu;
/** "…all the time lol. Has he…", « …des plombes mdr, il a… »: a laugh closing a clause, before its mark. */
const LAUGH_CLOSING = /(?<=\p{L}) (?:lol|mdr|ptdr|xd|haha+|lmao)(?=[.,;:!?…])/giu;

/** Chat French's elisions without their apostrophe, « a taff » and a laugh inside the message, written out. */
function runTogether(text: string): string {
  return (
    text
      .replace(ELIDED, (word: string) => ELISIONS[word.toLowerCase()] ?? word)
      .replace(TAFF_PAST, "$1 travaillé")
      // (« est-il », « peut-il »: a verb ending in t takes no other.)
      .replace(INVERTED_WRONG, (_m, verb: string, subject: string) =>
        /[td]$/i.test(verb) ? `${verb}-${subject}` : `${verb}-t-${subject}`,
      )
      .replace(LAUGH_WITHIN, ",")
      .replace(LAUGH_CLOSING, "")
  );
}

/** The message without platform markup, its chat shorthand written out: what the language is read from. */
/** "does he spend much time teaching?", "does teaching take a lot of his time?": how much, not a "yes" to "much". */
function howMuchTime(text: string): string {
  return text
    .replace(
      /\b(?:does|did) (he|she) spend (?:much|a lot of|lots of|a great deal of|most of (?:his|her)) time\b/giu,
      "how much time does $1 spend",
    )
    .replace(
      /\b(?:does|did) (teaching|lecturing|training) take (?:up )?(?:much|a lot|lots) of (?:his|her) time\b/giu,
      "how much time does he spend $1",
    );
}

/**
 * « vu qu'il est freelance il bosse seul ? », "since he's a contractor, he works alone?": a premise, what the asker
 * takes as known; the question is what follows it.
 */
const PREMISE = new RegExp(
  String.raw`(?<=^|[?!.;,]\s*)(?:vu qu'|vu que |puisqu'|puisque |comme |[ée]tant donn[ée] qu'|since |as |` +
    String.raw`given that |seeing as )(?:il|elle|he|she)(?: est|'s| is| [ée]tait)? (?:un |une |a |an )?` +
    String.raw`(?:freelance|freelancer|ind[ée]pendant|consultant|contractor|salari[ée]|en cdi|prof|professeur|` +
    String.raw`teacher|formateur|trainer|senior|junior)(?![\p{L}]),?\s+(?=\p{L})`,
  "giu",
);

/** A premise told before the question, set aside; "health-related", the thing it names. */
function premiseSaid(text: string): string {
  // ("anything health-related?", "finance-related work": the thing, not a word « health-related » to find.)
  // ("in H2 2019", « au S2 2021 »: a half or a quarter of that year, no name.)
  return text
    .replace(PREMISE, "")
    .replace(/(?<=\p{L}{3})-related(?![\p{L}])/giu, "")
    .replace(
      /(?<![\p{L}\p{N}])([HQS])([1-4])(?=[\s-]+(?:19|20)\d\d(?!\d))/gu,
      (_m, l: string, n: string) => `${l.toLowerCase()}${n}`,
    );
}

export function plainText(message: string): string {
  return (
    // « jai besoin dun profil », « quil matche » : elisions typed without the apostrophe, in lower case (not "DLA
    // Piper", "Dun & Bradstreet", "Jen"); « Jai » opening a message too.
    howMuchTime(enumerated(dictated(premiseSaid(expandShorthand(runTogether(stripMarkup(message)))))))
      .replace(ORDINAL_WORD, "")
      // "oldest to newest", « du plus ancien au plus récent »: an order, not a subject.
      .replace(
        /,?\s*(?:from )?(?:oldest|earliest) (?:to|first|->|→) (?:newest|latest|most recent)\b/giu,
        " in chronological order",
      )
      .replace(
        /,?\s*(?:du|de la) plus ancien(?:ne)? (?:au|à la|a la) plus r[ée]cent(?:e)?/giu,
        " par ordre chronologique",
      )
      // ("…, in chronological order?": the order of what is asked, not a question of its own.)
      .replace(/,\s*(in chronological order|par ordre chronologique|dans l'ordre chronologique)\b/giu, " $1")
      // « 400 Go par jour » : gigabytes, not the Go language.
      .replace(/(\d)\s?Go\b/gu, "$1 GB")
      // "on a real project", "in real-world projects": in a job, as the profile's roles are.
      .replace(
        /\b(?:on|in) (?:a |an )?(?:real|actual|real[- ]world|real[- ]life|live) (?:projects?|missions?)\b/giu,
        "in a real job",
      )
      // « un grand compte », "key accounts": a large company as a client, which the company-size answer takes up.
      .replace(/\b(grands?) comptes?\b/giu, (_m, big: string) =>
        big.toLowerCase().endsWith("s") ? "grands groupes" : "grand groupe",
      )
      .replace(/\b(?:key|large|major) accounts?\b/giu, "large companies")
      // "not in the classroom", "outside of class": not in his teaching, which the profile says so.
      .replace(/\b(not|outside(?: of)?) (?:in )?(?:the |a )?(?:classroom|class|lecture hall)s?\b/giu, "$1 in teaching")
      // "under his belt": what he has done, said as an idiom.
      .replace(/\bunder (?:his|her|the) belts?\b/giu, "")
      // « dsl pour les questions » : sorry, in chat French (in capitals, "DSL" names a language).
      .replace(/(?<![\p{L}\p{N}])dsl(?![\p{L}\p{N}])/gu, "désolé")
      .replace(ABOUT_TOPIC, "about ")
      // "ML-ish", "techy-ish": the suffix hedges, it names nothing; "at the mo": at the moment.
      .replace(/(?<=\p{L}{2})-ish(?![\p{L}])/giu, "")
      .replace(/\bat the mo\b/giu, "at the moment")
      // "how is it with his Snowflake?": a second-language "what about" (Dutch « hoe zit het met »), no "it"
      // pointing back.
      .replace(/(?<![\p{L}])how(?: is|'s|s) it (?:going )?with(?![\p{L}])/giu, "what about")
      // "heaps of teams": many, in Australian English.
      .replace(/(?<![\p{L}])heaps of(?![\p{L}])/giu, "many")
      // "from diff sources", "diff teams": different, typed short (not the CV's DIFF mode, in capitals).
      .replace(/(?<![\p{L}])diff(?= \p{Ll}+s\b)(?! (?:loads|ingestions|modes|merges)\b)/gu, "different")
      .replace(CHAT_ASIDE, " ")
      .replace(THOUGH_AT_END, "")
      .replace(IN_GENERAL_AT_END, "")
      // "paid down technical debt": reduced it, as the CV says ("Reduction of technical debt").
      .replace(DEBT_PAID, "reduced")
      // "Proven track record in ETL tuning", "strong experience with Spark": a job ad's praise of the experience asked.
      .replace(JD_PRAISE, "experience in ")
      // "having Databricks hands on?": hands-on, written apart.
      .replace(/\bhands on\b/giu, "hands-on")
      // "multi-terabyte tables": terabyte-sized, the size the CV gives in figures.
      .replace(/\bmulti-(?=(?:tera\w*|giga\w*|peta\w*|tb|gb|to|go)\b)/giu, "")
  );
}

const JD_PRAISE = new RegExp(
  String.raw`(?<![\p{L}])(?:an? )?(?:proven|demonstrated|demonstrable) ` +
    String.raw`(?:track record|experience|background|expertise)(?: (?:in|of|with|on))? `,
  "giu",
);

/** "1) …", "2. …", "(3) …", "1- …", "Question 1 : …", "Q2: …": a numbered item, after a space or at the start. */
// ("Q1 2021" is a quarter: "Q" numbers an item only with its mark, "Q1:".)
const ITEM_MARK =
  /(?:^|\s)(?:(?:questions?|points?)\s?(\d{1,2})\s?[)./:-]?|q\s?(\d{1,2})\s?[)./:-]|\(?(\d{1,2})[)./-])\s+/gi;

/**
 * "few things on his AAA-Data job: 1) did he lead anyone 2) what warehouse did they migrate to 3) was dbt part of
 * it?", "confirm 1) Databricks 2) Unity Catalog": numbered items, each a question of its own, their numbers
 * nothing asked; what the message says before the first (the role they are asked of) stays in front of it.
 * Numbered 1, 2, 3… or left as it is.
 */
export function enumerated(message: string): string {
  const text = ordinalsNumbered(message);
  const marks = [...text.matchAll(ITEM_MARK)];
  if (marks.length < 2 || marks.some((m, i) => Number(m[1] ?? m[2] ?? m[3]) !== i + 1)) return message;
  // ("He needs 2 things:", « Deux trucs : »: how many are asked, nothing asked itself.)
  const lead = text
    .slice(0, marks[0]!.index)
    .replace(
      /\b(\d|two|three|four|five|deux|trois|quatre|cinq)\s+(things?|questions?|points?|choses?|trucs?|items?)\b/giu,
      "",
    )
    .trim()
    .replace(/[\s:,;-]+$/, "");
  const items = marks.map((m, i) => text.slice(m.index! + m[0].length, marks[i + 1]?.index ?? text.length).trim());
  // (The last one's own sentence asked, what follows it kept: "…3) Iceberg. thx" → "Iceberg? thx", "…? Regards".)
  const asked = items.map((item, i) => {
    const own = i === items.length - 1 ? /^(.*?[^.!?\s])\s*[.!?]+\s+(\S.*)$/su.exec(item) : null;
    if (own) return `${own[1]}? ${own[2]}`;
    return item.replace(/[\s,;]+$/, "").replace(/([^?.!])[.!]*$/, "$1?");
  });
  return `${lead ? `${lead}: ` : ""}${asked.join(" ")}`;
}

/** Words that number what follows them: "firstly", « deuxièmement », "and finally", « et enfin ». */
const ORDINAL_MARK = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:and|et)\s+)?(firstly|first of all|premi[eè]rement|primo|secondly|deuxi[eè]mement|` +
    String.raw`secundo|deuxio|thirdly|troisi[eè]mement|tertio|fourthly|quatri[eè]mement|lastly|finally|enfin|` +
    // « d'une part…, d'autre part…, et enfin… », "on the one hand… on the other hand…"
    String.raw`d'une part|d'autre part|on the one hand|on the other hand)` +
    String.raw`(?![\p{L}])[,:]?\s*`,
  "giu",
);
const FIRST_ORDINAL = /^(firstly|first of all|premi[eè]rement|primo|d'une part|on the one hand)$/iu;
/** A bulleted item that asks: of him, or with a question word. */
const BULLET_ASKS =
  /\b(he|his|him|il|son|sa|ses|lui|does|did|has|is|can|what|which|how|when|where|quel\w*|combien|quand|est-ce)\b|\?/iu;
/** A bullet written inline: "• …", "· …", "▪ …". */
const BULLET_MARK = /\s*[•·▪◦‣]\s+/gu;
/** "(a) … (b) … (c) …", "a) … b) …": items lettered in order, after a space or at the start. */
const LETTER_MARK = /(?<=^|\s)\(?([a-h])\)\s+/gi;

/**
 * « premièrement, s'il a… ; deuxièmement, comment… ; et enfin, s'il… ? », "firstly … secondly … finally …": the
 * ordinal words as numbers, "1) … 2) … 3) …", when they count from the first; else the message as it is.
 */
function ordinalsNumbered(written: string): string {
  // "• has he done CI/CD • what's his notice period": bullets on one line, each an item.
  // (Only questions, each: not names listed, "Our stack: Spark • Kafka • Airflow".)
  const items = written.split(BULLET_MARK).slice(1);
  const asking = items.length >= 2 && items.every((x) => BULLET_ASKS.test(x)) && !written.includes("\n");
  let b = 0;
  const message = asking ? written.replace(BULLET_MARK, () => ` ${++b}) `) : written;
  const letters = [...message.matchAll(LETTER_MARK)];
  const lettered = letters.length >= 2 && letters.every((m, i) => m[1]!.toLowerCase().charCodeAt(0) === 97 + i);
  const text = lettered
    ? message.replace(LETTER_MARK, (_m, l: string) => `${l.toLowerCase().charCodeAt(0) - 96}) `)
    : message;
  const marks = [...text.matchAll(ORDINAL_MARK)];
  if (marks.length < 2 || !FIRST_ORDINAL.test(marks[0]![1]!)) return text;
  let n = 0;
  return text.replace(ORDINAL_MARK, () => ` ${++n}) `);
}

/**
 * Terms of the trade, written as one: "generative AI" → "GenAI", "large language models" → "LLM", "role-based
 * access control" → "RBAC" ("role" alone says nothing: "what was his role?").
 */
function writtenAsOne(text: string): string {
  return (
    text
      .replace(
        /(?<![\p{L}])role[- ]based(?: (?:access(?: control)?|permissions?(?: models?)?|security))?(?![\p{L}])/giu,
        "RBAC",
      )
      // "infrastructure as code", « infra as code »: IaC, one thing (not "infrastructure" and "code").
      // (Not after a slash, "Terraform / infra as code", where it says what the name before it is.)
      .replace(/(?<![\p{L}]|\/\s*)infra(?:structure)?[- ]as[- ]code(?![\p{L}])/giu, "IaC")
      // « IA générative », "generative AI", "gen AI": one name, as the lexicon writes it.
      .replace(/(?<![\p{L}])(?:(?:ia|l'ia) g[ée]n[ée]ratives?|generative ai|gen ai)(?![\p{L}])/giu, "GenAI")
      // "large language models", « grands modèles de langage »: LLMs, as the field names them.
      .replace(/(?<![\p{L}])(?:large[- ]language[- ]models?|grands? mod[èe]les? de langage)(?![\p{L}])/giu, "LLM")
      // "AI", capitals: the field (not French « ai », "I have"), in the words a dictionary holds.
      .replace(/(?<![\p{L}'])AI(?![\p{L}])/gu, "artificial intelligence")
      .replace(/(?<![\p{L}])IA(?![\p{L}])/gu, "intelligence artificielle")
      // "the biggest dataset", « la plus grosse base »: a size of data, which the CV gives as volumes.
      .replace(BIGGEST_DATA, (_m, fr: string | undefined) => (fr ? "plus grosse volumétrie" : "largest data volume"))
  );
}

const BIGGEST_DATA = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:biggest|largest|hugest) (?:data ?sets?|tables?|databases?)|` +
    String.raw`(plus (?:gros|grosse|grand|grande|importante?|volumineux|volumineuse)s? ` +
    String.raw`(?:jeux? de donn[ée]es|data ?sets?|tables?|bases? de donn[ée]es)))` +
    // (The noun phrase ends there: not "the biggest data team", « la plus grande table de clients ».)
    String.raw`(?=\s*(?:$|[?.!,;:]|(?:he|she|il|elle|qu'|que|that|which|ever|jamais|so far|to date)(?![\p{L}])))`,
  "giu",
);

/** « Combien d'heures y donne ? »: Quebec's « y », he, before a verb of his. */
const QUEBEC_Y = new RegExp(
  // (Not « il y est », « on y fait », where « y » is there.)
  String.raw`(?<![\p{L}'’])(?<!\b(?:il|elle|on|ils|elles|je|tu|nous|vous|[jnqsl]['’]?)\s)y ` +
    String.raw`(?=(?:donne|parle|fait|connait|connaît|sait|travaille|enseigne|utilise|code|bosse|` +
    // (Not « y avait », « y est », « y a », which say there was, there is.)
    String.raw`g[èe]re|ma[iî]trise)\b)`,
  "giu",
);

const QUEBEC_HAS_HE = new RegExp(
  String.raw`(?<![\p{L}])y'a-tu(?= (?:d[ée]j[àa] |jamais |vraiment |souvent )?` +
    String.raw`(?:eu|fait|\p{L}{2,}(?:é|ée|és|ées|i|is|it|u|us|ert))(?![\p{L}]))`,
  "giu",
);

/** Chat French written out: « c t », « c quand », « ils etaient cmb », « ds kel boite ». */
function chatFrench(text: string): string {
  return (
    text
      // « il a-tu fait du cloud ? », « AWS pis GCP » : Québec French asks with « -tu » and joins with « pis ».
      // « y'a-tu monté du CI/CD ? », « y'a-tu déjà eu à… » : has he (« y », il), before a past participle.
      .replace(QUEBEC_HAS_HE, "a-t-il")
      // « Nb d'années sur Spark ? », « nbre d'annees en python »: how many, as notes write it.
      .replace(/(?<![\p{L}])(?:nb|nbr|nbre)\.?(?= d['’]|\s+de\s)/giu, "nombre")
      .replace(/(?<=(?:^|\s)(?:il|elle|ça|ca|on|c'|c) ?\p{L}+)-tu(?![\p{L}])/giu, "")
      // « Y parle-tu anglais ? » (« y », il), « c'tu », « a-tu des certifs ? »: the same, its subject left out.
      .replace(/(?<![\p{L}])y (\p{L}+)-tu(?![\p{L}])/giu, "il $1")
      .replace(/(?<![\p{L}])c'?tu(?![\p{L}])/giu, "c'est")
      .replace(/(?<![\p{L}])(\p{L}*[^\P{L}sx])-tu(?![\p{L}])/giu, (_m, verb: string) =>
        /[td]$/i.test(verb) ? `${verb}-il` : `${verb}-t-il`,
      )
      .replace(/(?<=[\p{L},]) pis (?=\p{L})/giu, " et ")
      // « il a fait qqch ou jsp ? », « jsp si il connait Spark »: « je sais pas », as chat French writes it (not
      // "JSP", the Java pages, asked of).
      .replace(/(?<![\p{L}])(ou|mais|enfin) jsp(?![\p{L}])/gu, "$1 je sais pas")
      .replace(/^jsp (?=(?:si|s'il|pourquoi|comment|trop|quoi|ce qu)\b)/u, "je sais pas ")
      // « c'est hyper sensible », « c'est vachement important »: very, not a product named Hyper.
      .replace(
        /(?<=(?<![\p{L}])(?:c'est|est|sont|[ée]tait|[ée]taient) )(?:hyper|ultra|m[ée]ga|vachement|trop) (?=\p{Ll})/gu,
        "très ",
      )
      // « ça porte sur quoi ? », « ça parle de quoi ? »: which subjects, not a word « porte » to find.
      .replace(
        /(?<![\p{L}])(?:[çc]a|cela) (?:porte|portait|parle|parlait) (?:sur|de) quoi(?=\s*[?!.]*$)/giu,
        "sur quels sujets",
      )
      // « Combien d'heures y donne ? »: « y », il, before a verb of his.
      .replace(QUEBEC_Y, "il ")
      .replace(/(?<=^|[?!.]\s+|\d[-).]\s+)pis (?=\p{L})/giu, "et ")
      // « c t en cdi ? », « ct quand ? »: « c'était », as chat French writes it.
      .replace(CT, "c'était")
      .replace(C_ALONE, "c'est")
      // « ils étaient combien ? », « ça a duré combien de temps ? »: how many, how long, asked in full.
      .replace(/(?<![\p{L}])(?:ils|elles|on) (?:[ée]taient|sont|[ée]tait|est) (?=combien\b)/giu, "")
      .replace(/(?<![\p{L}])(?:[cç]a|cela) a dur[ée] (?=combien de temps\b)/giu, "")
      // « ds kel boite », « ds le retail »: « dans », in lower case before a determiner (not "DS", data science).
      .replace(
        new RegExp(
          String.raw`(?<![\p{L}\p{N}])ds(?= (?:le|la|les|l'|un|une|quel|quelle|quels|quelles|son|sa|ses|ce|cette|` +
            String.raw`tte|ttes|tt|toute|toutes|tout|tous)\b)`,
          "gu",
        ),
        "dans",
      )
  );
}

/** SMS French's short words: « pr », « pk », « mm », « nn »; and « fait partie de », which is in. */
function smsFrench(text: string): string {
  return (
    text
      // « pr passer sur databricks », « pr la mission »: « pour », before a determiner or an infinitive (not "PR").
      .replace(
        new RegExp(
          String.raw`(?<![\p{L}\p{N}])pr(?= (?:le|la|les|l'|un|une|son|sa|ses|ce|cette|notre|votre|nous|vous|qui|` +
            String.raw`\p{Ll}+er)\b)`,
          "gu",
        ),
        "pour",
      )
      // « pk il est parti ? »: « pourquoi », before its subject (not a primary key, "pk/fk design").
      .replace(/(?<![\p{L}\p{N}])pk(?= (?:il|elle|ils|elles|on|tu|vous|c'|ce|est|a)\b)/gu, "pourquoi")
      // « jsp s'il connaît Airflow »: « je ne sais pas », in lower case before what is not known (not the JSP pages).
      .replace(/(?<![\p{L}\p{N}])jsp(?= (?:si|s'il|s'ils|quoi|trop|pas|comment|ou|où)\b)/gu, "je ne sais pas")
      // « en mm temps », « la mm chose »: « même ».
      .replace(/(?<![\p{L}\p{N}])mm(?= (?:temps|chose|si|pas|equipe|équipe|boite|boîte|poste)\b)/gu, "même")
      // « Kafka fait partie de sa stack ? »: is in it, not a word « partie » to find.
      .replace(/(?<![\p{L}])(fait|font|faisait|faisaient) partie (de |du |des |d')/giu, (_m, _v, of: string) => {
        const article = { "de ": "", "du ": "le ", "des ": "les ", "d'": "" }[of.toLowerCase()] ?? "";
        return `est dans ${article}`;
      })
      // « il bosse seul nn ? »: « non », a question tag.
      .replace(/(?<=\p{L},? )nn(?=\s*[?!.]*\s*$)/gu, "non")
  );
}

/** "400TB", "2To", "10M€", "€7M": the figure and its unit apart, as the CV writes them ("10m" is no name). */
function figuresApart(text: string): string {
  return text
    .replace(/(\d)(TB|GB|PB|To|Go|Po)\b/g, "$1 $2")
    .replace(/(\d)([MmKk])([€$])/g, "$1 $2$3")
    .replace(/([€$])(\d+(?:[.,]\d+)?)([MmKk])(?![\p{L}\p{N}])/gu, "$2 $3$1");
}

/** A short form written out; « 3j TT » is remote days (télétravail), not « tout ». */
function shorthandOf(word: string, _group: string, at: number, all: string): string {
  if (word === "TT" || /\d\s*(?:j|jours?|days?)\s*$/i.test(all.slice(0, at))) return word;
  return SHORTHAND[word.toLowerCase()] ?? word;
}

/**
 * « …Databricks. Pourriez-vous me préciser dans quels contextes… », "…doing there. Could you elaborate on his
 * assignment?": a polite request opening a later sentence (in English, after a statement, not after a question).
 */
const LATER_REQUEST = new RegExp(
  String.raw`(?<=[.!?]\s+)(?:pourriez|pouvez|auriez|sauriez|voudriez)[- ]vous (?:me |nous )?` +
    String.raw`(?:pr[ée]ciser|indiquer|dire|confirmer|d[ée]tailler)(?: si)?\s+|` +
    String.raw`(?<=[.;!]\s+)(?:could|can|would) you (?:please |kindly )?(?:outline|elaborate on|expand on)\s+`,
  "giu",
);
function laterRequests(text: string): string {
  return text.replace(LATER_REQUEST, "");
}

/** Names as a dictation writes them: "triple a data" ("AAA-Data"), "spark sequel", "my sequel" (SQL said aloud). */
function dictated(text: string): string {
  const sql: Record<string, string> = { my: "MySQL", t: "T-SQL", no: "NoSQL", ms: "MS SQL" };
  return (
    laterRequests(text)
      .replace(/(?<![\p{L}])triple[- ]([a-z])(?![\p{L}])/giu, (_m, letter: string) => letter.repeat(3).toUpperCase())
      .replace(/(?<![\p{L}])(spark|ms|my|no|t|postgre|postgres) sequel(?![\p{L}])/giu, (_m, before: string) => {
        return sql[before.toLowerCase()] ?? (/^postgre/i.test(before) ? "PostgreSQL" : `${before} SQL`);
      })
      .replace(/(?<![\p{L}])sequel (?=(?:server|queries|query|databases?)\b)/giu, "SQL ")
      // « …au total virgule depuis le début », "…point d'interrogation": punctuation spoken to a phone (not « 2
      // virgule 5 », a figure).
      .replace(/(?<!\d\s?)\s+(?:virgule|comma)(?=\s)(?!\s*\d)/giu, ",")
      .replace(/\s+(?:point d'interrogation|question mark)(?=\s|$)/giu, "?")
  );
}

function expandShorthand(text: string): string {
  return (
    // « nonante To », "ninety-nine percent": tens in figures.
    smsFrench(
      chatFrench(figuresApart(smallInFigures(tensInFigures(writtenAsOne(text)))).replace(SHORTHAND_WORD, shorthandOf)),
    )
      // « combien d annees », « l equipe », « qu il » : French elisions typed without the apostrophe.
      .replace(/(?<![\p{L}\p{N}'])(d|l|j|qu) (?=[aeiouyhàâéèêîôû]\p{L})/giu, "$1'")
      .replace(/(?<![\p{L}\p{N}'])(c) (?=(?:est|etait|était|etaient|étaient)(?![\p{L}]))/giu, "$1'")
      // "hw many yrs?": "how" (not hardware).
      .replace(/(?<![\p{L}])hw(?= (?:many|much|long|old|big|often)\b)/giu, "how")
      // « 3 ans mini », "5 yrs min": a minimum.
      .replace(/(\d+\s*(?:ans?|years?|yrs?|annees?))\s+(?:mini|min)\b(?!\p{L})/giu, "$1 minimum")
      // "D+1", « J+1 »: a day counted from another, which names nothing the profile could hold.
      .replace(/(?<![\p{L}\p{N}])[DJT] ?[+-] ?\d{1,2}(?![\p{L}\p{N}])/gu, " ")
      // "is he contracting at the mo?": a contractor, at the moment (British hiring's words).
      .replace(/\b(he|she)((?:'s| is| was)?(?: currently| still| now)?) contracting\b/giu, "$1$2 freelancing")
      .replace(/\bat the mo\b(?!\p{L})/giu, "at the moment")
      // « peut-il mettre en avant ? »: to put forward, no « avant » (before) of time.
      .replace(/\b(mettre|met|mets|mis|mise|mettait|mettent) en avant\b/giu, "$1 en valeur")
      // "the cloud of Google": a second-language asker's order for "Google Cloud".
      .replace(/\b(?:the )?cloud of Google\b/giu, "Google Cloud")
      // "speed-ups", "roll-out", "sign-off": the particle says nothing ("UPS" is a brand).
      .replace(/(?<=\p{L}{3})-(?:ups?|outs?|offs?|downs?)(?![\p{L}-])/giu, "")
      // « apprentissage automatique », « apprentissage machine »: machine learning, as the CV names it.
      .replace(/(?<![\p{L}])apprentissage (?:automatique|machine)(?![\p{L}])/giu, "machine learning")
      // "worked with a Product Owner", as the CV's rosters write it: "PO" (not "was he a Product Owner?", a title).
      .replace(WITH_PRODUCT_OWNER, "PO")
      // "What about Prefect, same answer?", « et Kafka, même question ? »: the same question, of the new name.
      .replace(SAME_QUESTION, "")
      // "mission-critical", « critique pour la mission »: critical (a mission is no subject).
      .replace(/(?<![\p{L}])mission[- ]critical(?![\p{L}])/giu, "critical")
      // "C-level", "C-suite": executives, not the C language.
      .replace(/(?<![\p{L}])c[- ](?:level|suite)(?![\p{L}])/giu, "executives")
      // ("executives / C-level": the same word twice, once.)
      .replace(/(?<![\p{L}])(executives)\s*(?:\/|,|or|and|ou|et)\s*executives(?![\p{L}])/giu, "$1")
      // "tech debt", « dette tech »: the CV's "technical debt", « dette technique ».
      .replace(/\btech debt\b/giu, "technical debt")
      .replace(/\bdette tech\b(?!\p{L})/giu, "dette technique")
      // "data eng", "software eng": the field ("eng" alone may be English or an engineer).
      .replace(/\b(data|software|ml|platform|cloud) eng\b(?!\p{L})/giu, "$1 engineering")
      .replace(/(?<![\p{L}'])c (?=(quoi|qui)\b)/giu, "c'est ")
      // « kesk'il a fait ? », « keske c'est ? »: « qu'est-ce qu' » as it sounds.
      .replace(/(?<![\p{L}])ke?ske?(?:['’]|\s+(?=\p{L}))/giu, (m: string) =>
        /['’]$/.test(m) ? "qu'est-ce qu'" : "qu'est-ce que ",
      )
      // « travailler en mode agile », « en mode freelance »: the way of working is what is asked.
      .replace(/(?<![\p{L}])en mode (?=\p{L})/giu, "en ")
      // « des TU », « les TNR »: French developers' tests, capitals only (« tu » is "you").
      .replace(/(?<=(?:^|[^\p{L}])(?:des|les|de|ses|mes|nos|vos|avec|sans|du|en) )TU(?![\p{L}])/giu, (m: string) =>
        m === "TU" ? "tests unitaires" : m,
      )
      .replace(/(?<![\p{L}])TNR(?![\p{L}])/gu, "tests de non-régression")
      // « aujourd'hui » is one word, which the apostrophe would split into two unknown ones.
      .replace(/(?<![\p{L}])aujourd[' ]?hui(?![\p{L}])/giu, "actuellement")
  );
}

/**
 * The language of a message, or null when its words don't tell (a bare "Kafka?"): then the
 * conversation's language is the better guess. Chatter counts ("merci", "hello"); markup doesn't.
 */
export function questionLanguage(message: string): "en" | "fr" | null {
  const text = plainText(message);
  const en = detectLanguage(text, "en");
  return en === detectLanguage(text, "fr") ? en : null;
}
