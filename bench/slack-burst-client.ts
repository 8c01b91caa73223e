/**
 * The sending side of bench/slack-burst.ts, in its own process so that its clock and event loop are
 * not the bot's: it receives { url, bodies, headers } over IPC, POSTs them all at once, and sends
 * back when each was sent and acked (epoch ms) and with which status.
 */
interface Job {
  url: string;
  requests: { body: string; headers: Record<string, string> }[];
}

process.once("message", async (job: Job) => {
  const results = await Promise.all(
    job.requests.map(async ({ body, headers }) => {
      const sentAt = performance.timeOrigin + performance.now();
      try {
        const res = await fetch(job.url, { method: "POST", body, headers });
        await res.text();
        return { sentAt, ackedAt: performance.timeOrigin + performance.now(), status: res.status };
      } catch {
        return { sentAt, ackedAt: performance.timeOrigin + performance.now(), status: 0 };
      }
    }),
  );
  process.send!(results, () => process.exit(0));
});
