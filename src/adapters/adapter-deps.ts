import type { Logger } from "../logging/logger.js";
import type { Asker } from "../service/asker.js";
import type { Forwards } from "../service/forwards.js";

/** What every platform adapter needs: the door to ask through, and a logger. */
export interface AdapterDeps {
  asker: Asker;
  logger: Logger;
  /** "Ask the candidate": set when an owner is configured for some platform. */
  forwards?: Forwards;
}
