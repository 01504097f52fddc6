// Page access, decided and enforced in one place: the matched route's `handle.access` (src/web/route-handle.ts), the
// policy's answer for this viewer (src/core/access.ts), and the root middleware that acts on it before any loader or
// action runs. The server asks once per request (routeAccessFor), because it needs the answer before React Router
// runs (the shared page cache, the X-Access-Decision header); the middleware below is what turns it into a response.
import { data, matchRoutes, redirect, type MiddlewareFunction, type RouteObject } from "react-router";
import type { ServerBuild } from "react-router";
import { accessLevels, decideAccess, type AccessLevel, type Viewer } from "#core/access.ts";
import type { RouteHandle } from "./route-handle.ts";
import { appContext, type RequestContext } from "./request-context.ts";
import { loadShellData } from "./shell-data.server.ts";

/** The policy's answer for a page request; "no-match" lets the root's 404 page answer. */
export type RouteAccess = RequestContext["access"];

type Tree = RouteObject & { id: string; children?: Tree[] };

const treeCache = new WeakMap<ServerBuild["routes"], Tree[]>();

function routeTree(manifest: ServerBuild["routes"]): Tree[] {
  const cached = treeCache.get(manifest);
  if (cached) return cached;
  const byParent = new Map<string | undefined, Tree[]>();
  for (const route of Object.values(manifest)) {
    if (!route) continue;
    const node = { id: route.id, path: route.path, index: route.index, caseSensitive: route.caseSensitive } as Tree;
    const siblings = byParent.get(route.parentId) ?? [];
    siblings.push(node);
    byParent.set(route.parentId, siblings);
  }
  const attach = (nodes: Tree[]): Tree[] =>
    nodes.map((node) => {
      const children = byParent.get(node.id);
      return children ? ({ ...node, children: attach(children) } as Tree) : node;
    });
  const tree = attach(byParent.get(undefined) ?? []);
  treeCache.set(manifest, tree);
  return tree;
}

type Level = AccessLevel | undefined | "no-match";
type Matched = {
  level: Level;
  handle: RouteHandle | undefined;
  params: Readonly<Record<string, string | undefined>>;
  /** The route's pattern ("/trainings/:id"), null when only the not-found page matched: a metrics label, never an id. */
  pattern: string | null;
};

// matchRoutes flattens and ranks the whole route tree on every call, which cost more than rendering a small page;
// a path's route only changes with the build, so the answers are kept per build (a bounded number of paths).
const MAX_REMEMBERED_PATHS = 2_000;
const matchCache = new WeakMap<ServerBuild["routes"], Map<string, Matched>>();

function matched(build: ServerBuild, pathname: string): Matched {
  let remembered = matchCache.get(build.routes);
  if (!remembered) matchCache.set(build.routes, (remembered = new Map()));
  let answer = remembered.get(pathname);
  if (!answer) {
    answer = matchRoute(build, pathname);
    if (remembered.size >= MAX_REMEMBERED_PATHS) remembered.clear();
    remembered.set(pathname, answer);
  }
  return answer;
}

function matchRoute(build: ServerBuild, pathname: string): Matched {
  // A data request names its page as "/x.data", or "/x/_.data" when the address ends in a slash ("/_.data" for "/").
  const path = pathname.endsWith("/_.data")
    ? pathname.slice(0, -"_.data".length)
    : pathname.endsWith(".data")
      ? pathname.slice(0, -".data".length) || "/"
      : pathname;
  const matches = matchRoutes(routeTree(build.routes), path);
  if (!matches || matches.length === 0) return { level: "no-match", handle: undefined, params: {}, pattern: null };
  const deepest = matches[matches.length - 1]!;
  const parts = matches.map((match) => match.route.path).filter((part): part is string => Boolean(part));
  // Layout routes without a path only match with their children; the root's own "*" splat is the 404 page.
  const handle = build.routes[deepest.route.id]?.module.handle as RouteHandle | undefined;
  const level = handle?.access;
  return {
    level: level && (accessLevels as readonly string[]).includes(level) ? level : undefined,
    handle,
    params: deepest.params,
    // The root's "*" is the not-found page: every unknown address, so it is no route of its own.
    pattern: parts.length === 1 && parts[0] === "*" ? null : `/${parts.join("/")}`,
  };
}

/** The `handle` of the deepest route matching the path, if any, the path's parameters and the route's pattern. */
export function routeMatchFor(build: ServerBuild, pathname: string): Pick<Matched, "handle" | "params" | "pattern"> {
  return matched(build, pathname);
}

/** Whether this viewer may reach the path: the deepest matched route's access level, decided by the core policy. */
export function routeAccessFor(build: ServerBuild, pathname: string, viewer: Viewer | null): RouteAccess {
  const { level } = matched(build, pathname);
  if (level === "no-match") return "no-match";
  return decideAccess(viewer, level);
}

/**
 * Root middleware, first in line: an address that can't be read is the sender's mistake, refused before any loader
 * could pass it to the database. A path that doesn't decode (a cut-off "%E0%A4%A") or whose parts carry a NUL names no
 * page (404); a NUL in the query is a request we can't read (400). Ids themselves need no shape check here:
 * every id is text, so one that names nothing is simply not found.
 */
export const refuseMalformedAddress: MiddlewareFunction<Response> = async ({ request, params }, next) => {
  const url = new URL(request.url);
  const path = decodedOrNull(url.pathname);
  if (path === null || path.includes("\u0000") || Object.values(params).some((value) => value?.includes("\u0000"))) {
    throw data({ reason: "not_found" }, { status: 404 });
  }
  // The query is read leniently (URLSearchParams keeps a stray "%" as it is), so only a NUL is refused there.
  for (const [name, value] of url.searchParams) {
    if (name.includes("\u0000") || value.includes("\u0000")) throw data({ reason: "bad_request" }, { status: 400 });
  }
  return next();
};

function decodedOrNull(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/**
 * Root middleware: acts on the answer before any loader or action of the request runs — a sign-in redirect that
 * remembers where the person was going, home for guest-only pages, or the 403 page.
 */
export const enforceRouteAccess: MiddlewareFunction<Response> = async ({ url, context }, next) => {
  const { access } = appContext(context);
  if (access === "allow" || access === "no-match") return next();
  if (access === "sign-in") {
    // `url` is the page's own address: React Router has taken off a data request's ".data" and "_routes".
    const back = url.pathname + url.search;
    throw redirect(`/sign-in?next=${encodeURIComponent(back)}`);
  }
  if (access === "go-home") throw redirect("/");
  // No loader runs for a refused page, so the refusal carries the shell (who is signed in, the hub's name): the person
  // sees the header they know, not one that looks signed out.
  throw data({ reason: "forbidden", shell: await loadShellData(context) }, { status: 403 });
};
