// Which addresses a webhook may be sent to: http(s) only, and not this machine or a private network unless allowed.
import { BlockList, isIP } from "node:net";

/*
 * Addresses a hub must not be made to call on someone's behalf (server-side request forgery): this machine, the
 * private networks behind it, link-local (cloud metadata lives at 169.254.169.254), and the ranges that are not
 * anyone's public server. Checked against the address a name resolves to at delivery, not only the name typed.
 */
const nonPublic = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  nonPublic.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
  ["64:ff9b:1::", 48],
] as const)
  nonPublic.addSubnet(network, prefix, "ipv6");

/** True for an address on this machine or a private, link-local or reserved network. */
export function isNonPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return nonPublic.check(address, "ipv4");
  if (family !== 6) return false;
  const lower = address.toLowerCase();
  // An IPv4 address written as IPv6 (::ffff:127.0.0.1) is that IPv4 address.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped) return nonPublic.check(mapped[1]!, "ipv4");
  return nonPublic.check(lower, "ipv6");
}

export type WebhookTargetProblem = "not_a_url" | "not_http" | "has_credentials" | "non_public";

/**
 * Why a subscription may not use this address, or null. A host written as an address is checked here; a name is
 * checked again at every delivery against what it resolves to.
 */
export function webhookTargetProblem(
  target: string,
  options: { allowNonPublic: boolean },
): WebhookTargetProblem | null {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return "not_a_url";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "not_http";
  if (url.username || url.password) return "has_credentials";
  if (options.allowNonPublic) return null;
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost") || isNonPublicAddress(host)) return "non_public";
  return null;
}
