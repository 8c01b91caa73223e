import { randomBytes } from "node:crypto";

/** A short id shown to the user with an apology, and logged with the detail: "ref 3F9A0C1D". */
export function newReference(): string {
  return randomBytes(4).toString("hex").toUpperCase();
}
