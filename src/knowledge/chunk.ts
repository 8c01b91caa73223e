import type { Language } from "../text/stem.js";
import type { Period } from "./parse-period.js";

/** The dated role a passage belongs to, as its heading names it. */
export interface ChunkRole {
  /** "AAA-Data (Automobile)" → "AAA-Data". */
  employer: string;
  /** "Senior Data Engineer". */
  title: string;
  /** "Freelance", "CDI", "Permanent contract", or null when the heading gives none. */
  contract: string | null;
}

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
  /** The role itself, when the passage belongs to a dated role. */
  role?: ChunkRole;
  kind: ChunkKind;
  /** The passage, verbatim (sub-bullets included, with their indentation). */
  text: string;
  /** 1-based line of the file where the passage starts, to name it to the owner. */
  line?: number;
}

/** What the embedder sees: the heading path gives a bullet its context ("Decathlon … › Security"). */
export function embeddingText(chunk: Chunk): string {
  const text = `${chunk.section}\n${chunk.text}`;
  // A paragraph of thousands of words (a pasted article) would hold the model for seconds, or stall the
  // build: its opening says what it is about; its every word stays searchable by keywords.
  return text.length > MAX_EMBEDDED_CHARS ? text.slice(0, MAX_EMBEDDED_CHARS) : text;
}

/** The most of a passage the embedding model reads (a CV's longest passage is under 600 characters). */
export const MAX_EMBEDDED_CHARS = 2000;
