import dns from "node:dns";
import net from "node:net";

/**
 * Proves no test reaches out: any connection or DNS lookup for a host other than the loopback
 * throws. Loaded before every test file.
 */
const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1", "::ffff:127.0.0.1"]);

function assertLocal(host: unknown): void {
  if (typeof host === "string" && host !== "" && !LOOPBACK.has(host)) {
    throw new Error(`test tried to reach ${host}: tests must stay on 127.0.0.1`);
  }
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guarded(this: net.Socket, ...args: unknown[]) {
  const first = args[0] as { host?: string; path?: string } | number | string;
  if (typeof first === "object" && first !== null && !("path" in first && first.path))
    assertLocal(first.host ?? "localhost");
  if (typeof first === "number") assertLocal(typeof args[1] === "string" ? args[1] : "localhost");
  return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;

const lookup = dns.lookup;
(dns as { lookup: unknown }).lookup = function guarded(host: string, ...rest: unknown[]) {
  assertLocal(host);
  return (lookup as (...a: unknown[]) => unknown)(host, ...rest);
};
