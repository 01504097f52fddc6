// Any address no other route claims: a calm 404 page.
import { data } from "react-router";
import type { RouteHandle } from "#web/route-handle.ts";

export const handle: RouteHandle = { access: "public" };

export function loader() {
  throw data({ reason: "not_found" }, { status: 404 });
}

export default function NotFound() {
  return null;
}
