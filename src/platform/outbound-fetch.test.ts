import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOutboundCache, fetchOutbound, mayConnectTo, OutboundError } from "./outbound-fetch.ts";

describe("which addresses the hub fetches from on a visitor's behalf", () => {
  it("refuses private, loopback, link-local, shared, documentation and multicast ranges", () => {
    for (const address of [
      "10.0.0.1",
      "172.16.5.4",
      "172.31.255.255",
      "192.168.1.10",
      "169.254.169.254",
      "100.64.0.1",
      "127.0.0.1",
      "0.0.0.0",
      "224.0.0.1",
      "192.0.2.1",
      "::1",
      "::",
      "fc00::1",
      "fd12:3456::1",
      "fe80::1",
      "::ffff:10.0.0.1",
      "::ffff:127.0.0.1",
      "ff02::1",
    ])
      expect(mayConnectTo(address, { allowLoopback: false }), address).toBe(false);
  });
  it("allows public addresses", () => {
    for (const address of ["93.184.215.14", "8.8.8.8", "172.32.0.1", "2606:4700::1111", "::ffff:8.8.8.8"])
      expect(mayConnectTo(address, { allowLoopback: false }), address).toBe(true);
  });
  it("allows loopback, and only loopback, when the setting says so", () => {
    expect(mayConnectTo("127.0.0.1", { allowLoopback: true })).toBe(true);
    expect(mayConnectTo("::1", { allowLoopback: true })).toBe(true);
    for (const address of ["10.0.0.1", "192.168.0.1", "169.254.169.254", "fc00::1"])
      expect(mayConnectTo(address, { allowLoopback: true }), address).toBe(false);
  });
  it("is not fooled by something that is not an address", () => {
    expect(mayConnectTo("localhost", { allowLoopback: true })).toBe(false);
  });
});

describe("fetching with a deadline, a size limit and a cache", () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    server = http.createServer((request, response) => {
      if (request.url === "/slow") return setTimeout(() => response.end("{}"), 3000).unref();
      if (request.url === "/big") return response.end("x".repeat(5000));
      if (request.url === "/to-private") {
        response.writeHead(302, { location: "http://10.0.0.1/keys" });
        return response.end();
      }
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify({ path: request.url, at: Date.now() }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });
  const policy = { allowLoopback: true, timeoutMs: 300, maxBytes: 1000 };

  it("reads a loopback document when allowed, and refuses it otherwise", async () => {
    expect(JSON.parse((await fetchOutbound(`${base}/ok`, { accept: "application/json", policy })).body).path).toBe(
      "/ok",
    );
    await expect(
      fetchOutbound(`${base}/ok`, { accept: "application/json", policy: { ...policy, allowLoopback: false } }),
    ).rejects.toMatchObject({ reason: "private_address" });
    await expect(
      fetchOutbound(`http://example.org/keys`, {
        accept: "application/json",
        policy: { ...policy, allowLoopback: false },
      }),
    ).rejects.toMatchObject({ reason: "scheme" });
    await expect(
      fetchOutbound(`https://127.0.0.1:${new URL(base).port}/ok`, {
        accept: "application/json",
        policy: { ...policy, allowLoopback: false },
      }),
    ).rejects.toMatchObject({ reason: "private_address" });
  });
  it("gives up on a slow server at the deadline", async () => {
    const started = Date.now();
    await expect(fetchOutbound(`${base}/slow`, { accept: "application/json", policy })).rejects.toMatchObject({
      reason: "timeout",
    });
    expect(Date.now() - started).toBeLessThan(1500);
  });
  it("stops reading past the size limit and refuses a redirect to a private address", async () => {
    await expect(fetchOutbound(`${base}/big`, { accept: "application/json", policy })).rejects.toMatchObject({
      reason: "too_large",
    });
    await expect(fetchOutbound(`${base}/to-private`, { accept: "application/json", policy })).rejects.toBeInstanceOf(
      OutboundError,
    );
  });
  it("answers again from the cache within its time", async () => {
    const cache = createOutboundCache({ ttlMs: 1000, maxEntries: 2 });
    const get = (now: number) =>
      cache.get(`${base}/cached`, (address) => fetchOutbound(address, { accept: "application/json", policy }), now);
    const first = await get(10_000);
    expect(await get(10_500)).toBe(first);
    expect(await get(11_500)).not.toBe(first);
  });
});
