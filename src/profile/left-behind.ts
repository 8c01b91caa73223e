import { literal } from "../text/normalize.js";

/**
 * Whether a passage (folded) shows a technology left behind: "Decommissioning of EMR in favour of Databricks",
 * what a migration went from; not a strategy or a proof of concept for one ("a migration strategy from the Glue
 * metamodel"), nor "Datadog to centralise logs", "Collibra metadata to the back end".
 */
export function leftBehind(text: string, word: string): boolean {
  const w = literal(word);
  const moved = new RegExp(
    String.raw`\b(decommission\w*|decommissionnement|abandon\w*) (of |de |d'|du |des )?(the |l'|le |la )?${w}\b|` +
      String.raw`\b(migration|transition|move|moved|moving|passage) (from|de|d') (the |l'|le |la )?` +
      String.raw`((?!(?:to|into|towards|vers|a|à)\b)[\w'-]+ ){0,2}?${w}\b|\b${w} (\w+ ){0,2}?` +
      String.raw`(in favour of|au profit de|en faveur de)\b|` +
      // ("…solutions replacing the experimental notebooks", « en remplacement des notebooks expérimentaux ».)
      String.raw`\b(replacing|replaces|replaced|en remplacement (de|des|du|d')|remplacant) (the |les |le |la |l')?` +
      String.raw`([\w'-]+ ){0,2}?${w}\b`,
  );
  return moved.test(text) && !/\b(strateg\w*|poc|plan\w*)\b/.test(text);
}

/**
 * Whether a passage (folded) shows a move to a technology: "Decommissioning of EMR in favour of Databricks" for
 * Databricks, "Migration from Datalake to Lakehouse" for Lakehouse; not a strategy or a proof of concept for one.
 */
export function movedTo(text: string, word: string): boolean {
  const w = literal(word);
  const moved = new RegExp(
    String.raw`\b(in favour of|in favor of|au profit de|en faveur de) (the |l'|le |la |d'|de )?${w}\b|` +
      String.raw`\b(migration|transition|move|moved|moving|passage) (from|de|d') [\w' -]{1,40}? ` +
      String.raw`(to|into|towards|vers|a|à) (the |l'|le |la )?${w}\b`,
  );
  return moved.test(text) && !/\b(strateg\w*|poc|plan\w*)\b/.test(text);
}
