import type { Citation } from "./answer.js";
import type { Chunk } from "../knowledge/chunk.js";

/** A passage as the answer object cites it: its role and period as data, the text verbatim. */
export function citeChunk(chunk: Chunk, score = 1): Citation {
  return {
    id: chunk.id,
    source: chunk.source,
    section: chunk.section,
    period: chunk.period?.label ?? null,
    role: chunk.role ? { employer: chunk.role.employer, title: chunk.role.title } : null,
    when: chunk.period ? { start: chunk.period.start, end: chunk.period.end, current: chunk.period.current } : null,
    text: chunk.text,
    score,
  };
}
