import { describe, expect, it } from "vitest";
import { lead, trialChat } from "../helpers/trial-chat.js";

// What the fifty-fifth session found wrong: his work now asked with "and since when?", or in SMS French.

const { ask } = trialChat();

describe("his work now, asked with how long or in SMS French", () => {
  it("'Where does he work now and since when?': his roles now, each with its time", async () => {
    const a = await ask("Where does he work now and since when?");
    expect(lead(a)).toMatch(/^Currently: Senior Data Engineer at Decathlon \(Freelance\), since May 2021/);
    expect(a.answer).toMatch(/At Decathlon since May 2021 — 5 years and \d+ months as of today/);
  });

  it("'…and since when? Is he remote?': both asked, both answered", async () => {
    const a = await ask("Where does he work now and since when? Is he remote?");
    expect(lead(a)).toMatch(/^Currently: Senior Data Engineer at Decathlon/);
    expect(a.answer).toMatch(/doesn't say whether he works remotely/);
  });

  it("« ou travaille-t-il actuellement et depuis quand ? »: the same in French", async () => {
    const a = await ask("ou travaille-t-il actuellement et depuis quand ?");
    expect(lead(a)).toMatch(/^Actuellement : Senior Data Engineer chez Decathlon \(Freelance\), depuis mai 2021/);
  });

  it("« c quoi sa boite actuelle »: his roles now, not what kind of firm Decathlon is", async () => {
    const a = await ask("c quoi sa boite actuelle");
    expect(lead(a)).toMatch(/^Actuellement : Senior Data Engineer chez Decathlon/);
  });
});
