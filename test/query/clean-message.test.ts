import { describe, expect, it } from "vitest";
import { cleanMessage, questionLanguage, stripMarkup } from "../../src/query/clean-message.js";

describe("stripMarkup", () => {
  it.each([
    ["<@U0123ABC> <!channel> does he know Airflow?", "does he know Airflow?"],
    ["<!here|here> <#C0123|jobs> has he used Spark?", "has he used Spark?"],
    ["<!subteam^S123|@data> see <https://example.com/job|the job> — Scala?", "see the job — Scala?"],
    ["<@123456789012345678> <@!123456789012345678> <@&123456789012345678> <#123456789012345678> Kafka?", "Kafka?"],
    [
      "@everyone @here has he done PII encryption? <:wave:123456789012345678> <t:1700000000:R>",
      "has he done PII encryption?",
    ],
    [":wave: :+1::skin-tone-2: does he know Snowflake? 👋🏽 🙏", "does he know Snowflake?"],
    ["&lt;3 Spark &amp; Kafka", "<3 Spark & Kafka"],
    // Words struck out (Discord ~~…~~, Slack ~…~) are taken back: not asked.
    ["~~Java~~ Python?", "Python?"],
    ["has he used ~Java~ Python?", "has he used Python?"],
    ["Spark~ or Kafka", "Spark~ or Kafka"],
  ])("%s", (message, expected) => {
    expect(stripMarkup(message)).toBe(expected);
  });

  it("drops lines quoted from another message, unless the whole message is a quote", () => {
    expect(stripMarkup("> has he used Terraform?\nAnd Kubernetes?")).toBe("And Kubernetes?");
    expect(stripMarkup("> has he used Spark?")).toBe("has he used Spark?");
  });
});

describe("cleanMessage", () => {
  it.each([
    ["Hello, has he worked with Airflow?", "has he worked with Airflow?", ["greeting"]],
    [
      "Bonjour, a-t-il fait du chiffrement de données personnelles ?",
      "a-t-il fait du chiffrement de données personnelles ?",
      ["greeting"],
    ],
    ["thanks, and Kafka?", "and Kafka?", ["thanks"]],
    [
      "Hi there! Quick question: could you tell me whether he has used Docker? Thanks in advance!",
      "Has he used Docker?",
      ["greeting", "thanks"],
    ],
    [
      "Petite question, pourriez-vous me dire s'il a déjà utilisé Databricks ? Merci d'avance",
      "il a déjà utilisé Databricks ?",
      ["thanks"],
    ],
    ["Would you know if he did any scraping, please?", "he did any scraping", []],
    ["top skills?", "top skills?", []],
  ])("%s", (message, text, found) => {
    const clean = cleanMessage(message);
    expect(clean.text).toBe(text);
    expect(clean.chatter).toBeNull();
    expect(clean.found).toEqual(found);
  });

  it.each([
    ["thanks!", "thanks"],
    ["Merci beaucoup !", "thanks"],
    ["hi", "greeting"],
    ["Bonjour à tous", "greeting"],
    ["👍", "ack"],
    ["ok cool", "ack"],
    ["bye!", "goodbye"],
    ["<@U0123ABC> hello", "greeting"],
    ["slt", "greeting"],
    ["cheers, bye", "goodbye"],
    ["mrc !", "thanks"],
  ])("knows a message that is only chatter: %s", (message, kind) => {
    expect(cleanMessage(message)).toMatchObject({ text: "", chatter: kind });
  });

  it.each([
    ["il est resté cb de temps chez AAA Data ?", "il est resté combien de temps chez AAA Data ?"],
    ["c koi son dernier poste ?", "c'est quoi son dernier poste ?"],
    ["how many yrs w/ Spark?", "how many years with Spark?"],
    ["slt, il bosse où en ce moment ?", "il bosse où en ce moment ?"],
    ["can u write me a poem", "can you write me a poem"],
    ["has he handled 400TB a day?", "has he handled 400 TB a day?"],
    ["il est vacataire ou prof titulaire ?", "il est vacataire ou professeur titulaire ?"],
    ["du dvlpt de pipelines spark ?", "du développement de pipelines spark ?"],
    ["whats his experience with airflow", "what is his experience with airflow"],
    // Locutions whose nouns ask nothing, and a clause setting something aside.
    ["qu'est ce qu'il a fait en matiere de securité ?", "qu'est ce qu'il a fait securité ?"],
    ["a part le dev, il fait de l'enseignement ?", "il fait de l'enseignement ?"],
    ["besides Spark, what tools does he use?", "what tools does he use?"],
    ["au niveau du cloud, il a fait quoi ?", "cloud, il a fait quoi ?"],
    // Only whole words: "cb" inside a word, or a name, stays.
    ["a-t-il fait du CBOW ou du Koalas ?", "a-t-il fait du CBOW ou du Koalas ?"],
  ])("writes chat shorthand out: %s", (message, text) => {
    expect(cleanMessage(message).text).toBe(text);
  });

  it("leaves an empty message empty, not chatter", () => {
    expect(cleanMessage("   ")).toEqual({ text: "", chatter: null, found: [] });
  });
});

describe("questionLanguage", () => {
  it.each([
    ["A-t-il fait Kafka ?", "fr"],
    ["Est-ce qu'il connaît Databricks ?", "fr"],
    ["est ce qu il a deja fait du spark", "fr"],
    ["Bonjour, Kafka ?", "fr"],
    ["Hello, has he used Spark?", "en"],
    ["<@U123> <!channel> does he know Airflow?", "en"],
  ])("%s → %s", (message, language) => {
    expect(questionLanguage(message)).toBe(language);
  });

  it("says nothing for a message whose words don't tell", () => {
    expect(questionLanguage("Kafka?")).toBeNull();
  });
});

describe("the asker's reason at a sentence's end", () => {
  it.each([
    [
      "how many years has he worked with Databricks, because this criterion will be checked by our HR partner?",
      "how many years has he worked with Databricks?",
    ],
    // (No verb: a role said in passing, which the question asks of.)
    [
      "was he on the data team at Decathlon, as our tech lead?",
      "was he on the data team at Decathlon, as our tech lead?",
    ],
  ])("'%s' → '%s'", (message, text) => {
    expect(cleanMessage(message).text).toBe(text);
  });
});
