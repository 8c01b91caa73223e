import type { Logger } from "../logging/logger.js";
import type { Asker } from "../service/asker.js";

/** What every platform adapter needs: the door to ask through, and a logger. */
export interface AdapterDeps {
  asker: Asker;
  logger: Logger;
}
