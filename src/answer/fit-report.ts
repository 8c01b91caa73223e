import type { Citation } from "./answer.js";
import type { Language } from "../text/stem.js";

export type FitVerdict = "met" | "partial" | "not_in_profile";

export interface FitRequirement {
  /** The requirement in the description's words, or the CV's name for a technology. */
  requirement: string;
  verdict: FitVerdict;
  citations: Citation[];
  /** Why partial, or what was measured: "taught only", "7 years and 10 months". */
  note?: string;
  /** Listed under "Nice to have:" or said to be "a plus": wished for, not required. */
  wished?: boolean;
}

/** A job description read against the profile, requirement by requirement. */
export interface FitReport {
  language: Language;
  requirements: FitRequirement[];
  summary: string;
  /** The offer's own terms, said apart ("Not graded, the offer's terms…: Location: Paris"), when it has any. */
  offer?: string;
}
