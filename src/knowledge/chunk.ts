import type { Language } from "../text/stem.js";
import type { Period } from "./parse-period.js";

export type ChunkKind = "role" | "context" | "bullet" | "stack" | "team" | "text" | "faq";

/** One citable passage of the knowledge folder. */
export interface Chunk {
  /** Stable id, e.g. "cv.fr#decathlon.s2.b1": same file and position, same id, run after run. */
  id: string;
  /** Twin key shared by the French and English renderings of one passage, e.g. "cv#decathlon.s2.b1". */
  key: string;
  lang: Language;
  /** File name inside the knowledge folder. */
  source: string;
  /** Heading path, e.g. "Decathlon — Senior Data Engineer › Sécurité et gouvernance". */
  section: string;
  /** The role's period, when the passage belongs to a dated role. */
  period: Period | null;
  kind: ChunkKind;
  /** The passage, verbatim (sub-bullets included, with their indentation). */
  text: string;
}

/** What the embedder sees: the heading path gives a bullet its context ("Decathlon … › Security"). */
export function embeddingText(chunk: Chunk): string {
  return `${chunk.section}\n${chunk.text}`;
}
