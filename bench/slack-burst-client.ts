import { FakeSlack } from "../test/fakes/slack-fake.js";

/**
 * The Slack side of bench/slack-burst.ts, in its own process as Slack is: the fake Web API and
 * response_url endpoints answer at once whatever the bot's event loop is doing, and the slash
 * commands are sent and their acks timed from here. Over IPC: "start" → { apiUrl, responseBase };
 * { url, requests } → { acks, responses } (epoch ms).
 */
interface Burst {
  url: string;
  requests: { body: string; headers: Record<string, string> }[];
}

const now = () => performance.timeOrigin + performance.now();
const fake = await new FakeSlack().start();
process.send!({ apiUrl: fake.apiUrl, responseBase: fake.responseUrl("") });

process.once("message", async (burst: Burst) => {
  const acks = await Promise.all(
    burst.requests.map(async ({ body, headers }) => {
      const sentAt = now();
      try {
        const res = await fetch(burst.url, { method: "POST", body, headers });
        await res.text();
        return { sentAt, ackedAt: now(), status: res.status };
      } catch {
        return { sentAt, ackedAt: now(), status: 0 };
      }
    }),
  );
  const expected = burst.requests.length;
  const deadline = Date.now() + 600_000;
  while (new Set(fake.responses.map((r) => r.path)).size < expected && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 100));
  await new Promise((r) => setTimeout(r, 1000));
  const responses = fake.responses.map((r) => ({
    path: r.path,
    at: performance.timeOrigin + r.at,
    text: String(r.body.text ?? ""),
    shown: 0,
  }));
  const shown = Object.fromEntries([...new Set(fake.responses.map((r) => r.path))].map((p) => [p, fake.shownFor(p)]));
  process.send!({ acks, responses, shown, attempts: fake.responseAttempts.length }, () => process.exit(0));
});
