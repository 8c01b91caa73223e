import { foldText } from "../text/normalize.js";

/** A heading over a job's optional lines: "Nice to have:", "Bonus:", « Souhaité : », « Un plus : ». */
export const NICE_HEADING = new RegExp(
  String.raw`^\W*(nice[- ]to[- ]haves?|bonus|pluses|a plus|optional|preferred|desirable|good to have|` +
    String.raw`souhaite\w*|apprecie\w*|un plus|les plus|atouts?)\b`,
);

/** "FCA experience is a plus", « Looker serait un plus »: a line that says itself it is optional. */
export const NICE_INLINE =
  /\b(is a plus|are a plus|a plus|is a bonus|a bonus|nice to have|est un plus|serait un plus|un plus|un atout)\W*$/;

/** A heading over required lines: "Must have:", "Requirements:", « Indispensable : », « Profil recherché : ». */
const REQUIRED_HEADING = new RegExp(
  String.raw`^\W*(must[- ]haves?|requirements?|required|mandatory|essentials?|key skills|what you bring|` +
    String.raw`you have|your profile|indispensables?|obligatoires?|requis|prerequis|exigences?|` +
    String.raw`competences requises|profil recherche|votre profil)\b`,
);

/** A heading line: its words then a colon, with or without items after it ("Nice to have: Kafka"). */
function heading(line: string): "wished" | "required" | null {
  const folded = foldText(line);
  const alone = folded.split(/\s+/).filter(Boolean).length <= 4;
  if (!line.includes(":") && !alone) return null;
  if (NICE_HEADING.test(folded)) return "wished";
  return REQUIRED_HEADING.test(folded) ? "required" : null;
}

/**
 * Whether each line of a description is wished for rather than required: under a nice-to-have heading alone
 * on its line (up to the next heading), on a line it opens ("Nice to have: Kafka, dbt"), or saying so itself
 * ("Kafka is a plus").
 */
export function wishedLines(lines: string[]): boolean[] {
  let under = false;
  return lines.map((line) => {
    const h = heading(line);
    const items = h !== null && /:\s*\S/.test(line);
    if (h) under = h === "wished" && !items;
    return under || (items && h === "wished") || NICE_INLINE.test(foldText(line));
  });
}
