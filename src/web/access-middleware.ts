// Root middleware: applies the server's access decision before any loader or action of the request runs.
import { data, redirect, type MiddlewareFunction } from "react-router";
import { appContext } from "./request-context.ts";

export const enforceAccess: MiddlewareFunction<Response> = async ({ request, context }, next) => {
  const { access } = appContext(context);
  if (access === "allow" || access === "no-match") return next();
  if (access === "sign-in") {
    const url = new URL(request.url);
    const back = url.pathname.replace(/\.data$/, "") + url.search.replace(/[?&]_routes=[^&]*/, "");
    throw redirect(`/sign-in?next=${encodeURIComponent(back)}`);
  }
  if (access === "go-home") throw redirect("/");
  throw data({ reason: "forbidden" }, { status: 403 });
};
