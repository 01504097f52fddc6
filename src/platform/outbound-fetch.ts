// Fetching a document a visitor's input points to (an issuer's keys, a status list): only public addresses, over https,
// within a deadline and a size limit, with a short per-process cache. The address is checked at connection time, on
// every address the name resolves to and after every redirect, so a name that resolves to an inside address, a redirect
// to one, or an address literal cannot make the hub read its own network.
import dns, { lookup as dnsLookup } from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";

export type OutboundPolicy = {
  /** Loopback (127.0.0.0/8, ::1) and plain http to it: for tests and two hubs on one machine, never in production. */
  allowLoopback: boolean;
  timeoutMs: number;
  maxBytes: number;
};

export const defaultOutboundPolicy: OutboundPolicy = { allowLoopback: false, timeoutMs: 5000, maxBytes: 512 * 1024 };

export type OutboundFailure = "scheme" | "private_address" | "timeout" | "too_large" | "status" | "network";

export class OutboundError extends Error {
  readonly reason: OutboundFailure;
  constructor(reason: OutboundFailure, message: string) {
    super(message);
    this.reason = reason;
  }
}

export type OutboundResponse = { url: string; status: number; contentType: string; body: string };

// Special-purpose ranges (RFC 6890 and its IANA registries): private, shared, loopback, link-local, documentation,
// benchmarking, multicast, reserved. None of them is an issuer on the public internet.
const blocked = new net.BlockList();
for (const [address, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  blocked.addSubnet(address, prefix, "ipv4");
for (const [address, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["64:ff9b::", 96],
  ["64:ff9b:1::", 48],
  ["100::", 64],
  ["2001::", 23],
  ["2001:db8::", 32],
  ["2002::", 16],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const)
  blocked.addSubnet(address, prefix, "ipv6");
const loopback = new net.BlockList();
loopback.addSubnet("127.0.0.0", 8, "ipv4");
loopback.addAddress("::1", "ipv6");

/** An IPv4 address written inside IPv6 (::ffff:10.0.0.1) is judged as the IPv4 address it is. */
function unmapped(address: string): { address: string; family: "ipv4" | "ipv6" } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return { address: mapped[1]!, family: "ipv4" };
  return { address, family: net.isIPv4(address) ? "ipv4" : "ipv6" };
}

export function isLoopbackAddress(address: string): boolean {
  const { address: plain, family } = unmapped(address);
  return loopback.check(plain, family);
}

/** Whether the hub may connect to this address on a visitor's behalf. */
export function mayConnectTo(address: string, policy: Pick<OutboundPolicy, "allowLoopback">): boolean {
  if (!net.isIP(address)) return false;
  if (policy.allowLoopback && isLoopbackAddress(address)) return true;
  const { address: plain, family } = unmapped(address);
  if (family === "ipv6" && /^::ffff:/i.test(address)) return false;
  return !blocked.check(plain, family);
}

function checkedLookup(policy: OutboundPolicy): net.LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 4);
      const list = addresses as unknown as dns.LookupAddress[];
      const refused = list.find((entry) => !mayConnectTo(entry.address, policy));
      if (refused || list.length === 0)
        return callback(
          new OutboundError("private_address", `${hostname} resolves to an address the hub does not fetch from`),
          "",
          4,
        );
      const first = list[0]!;
      if ((options as { all?: boolean }).all)
        return (callback as unknown as (e: null, a: typeof list) => void)(null, list);
      callback(null, first.address, first.family);
    });
  };
}

function requestOnce(
  url: URL,
  accept: string,
  policy: OutboundPolicy,
  deadline: number,
): Promise<OutboundResponse & { location?: string }> {
  return new Promise((resolve, reject) => {
    const host = url.hostname.replace(/^\[|\]$/g, "");
    if (net.isIP(host) && !mayConnectTo(host, policy))
      return reject(new OutboundError("private_address", `${host} is an address the hub does not fetch from`));
    const secure = url.protocol === "https:";
    const loopbackHttp = url.protocol === "http:" && policy.allowLoopback;
    if (!secure && !loopbackHttp)
      return reject(new OutboundError("scheme", `Only https addresses are fetched (${url.protocol})`));
    const remaining = deadline - Date.now();
    if (remaining <= 0) return reject(new OutboundError("timeout", "The server took too long to answer"));
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(error instanceof OutboundError ? error : new OutboundError("network", (error as Error).message));
      request.destroy();
    };
    const request = (secure ? https : http).request(url, {
      method: "GET",
      headers: { accept, "user-agent": "ips-hub-credential-verifier" },
      lookup: checkedLookup(policy),
    });
    const timer = setTimeout(() => fail(new OutboundError("timeout", "The server took too long to answer")), remaining);
    request.on("socket", (socket) => {
      // Plain http is for loopback only: refuse the connection if it went anywhere else (an IP literal was checked).
      if (loopbackHttp)
        socket.on("connect", () => {
          if (!isLoopbackAddress(socket.remoteAddress ?? ""))
            fail(new OutboundError("scheme", "Only https addresses are fetched"));
        });
    });
    request.on("error", fail);
    request.on("response", (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on("error", fail);
      response.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > policy.maxBytes)
          return fail(new OutboundError("too_large", `The answer is larger than ${policy.maxBytes} bytes`));
        chunks.push(chunk);
      });
      response.on("end", () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({
          url: url.href,
          status: response.statusCode ?? 0,
          contentType: String(response.headers["content-type"] ?? ""),
          body: Buffer.concat(chunks).toString("utf8"),
          ...(typeof response.headers.location === "string" ? { location: response.headers.location } : {}),
        });
      });
    });
    request.end();
  });
}

/** GET a document; follows up to three redirects, each checked like the first address. */
export async function fetchOutbound(
  address: string,
  options: { accept: string; policy: OutboundPolicy },
): Promise<OutboundResponse> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new OutboundError("scheme", `Not an address: ${address}`);
  }
  const deadline = Date.now() + options.policy.timeoutMs;
  for (let hop = 0; hop <= 3; hop += 1) {
    const response = await requestOnce(url, options.accept, options.policy, deadline);
    if (response.status >= 300 && response.status < 400 && response.location) {
      url = new URL(response.location, url);
      continue;
    }
    if (response.status !== 200) throw new OutboundError("status", `${url.href} answered ${response.status}`);
    const { location: _location, ...rest } = response;
    return rest;
  }
  throw new OutboundError("status", `${address} redirects too many times`);
}

/** A small per-process cache of answers by address (issuers' keys change rarely; a verifier may keep them minutes). */
export function createOutboundCache(options: { ttlMs: number; maxEntries: number }) {
  const entries = new Map<string, { at: number; value: OutboundResponse }>();
  return {
    async get(
      address: string,
      fetcher: (address: string) => Promise<OutboundResponse>,
      now = Date.now(),
    ): Promise<OutboundResponse> {
      const kept = entries.get(address);
      if (kept && now - kept.at < options.ttlMs) return kept.value;
      const value = await fetcher(address);
      entries.delete(address);
      entries.set(address, { at: now, value });
      while (entries.size > options.maxEntries) entries.delete(entries.keys().next().value as string);
      return value;
    },
    clear: () => entries.clear(),
  };
}
