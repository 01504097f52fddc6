// Root middleware: applies the server's access decision before any loader or action of the request runs.
import { data, redirect, type MiddlewareFunction } from "react-router";
import { appContext } from "./request-context.ts";

export const enforceAccess: MiddlewareFunction<Response> = async ({ url, context }, next) => {
  const { access } = appContext(context);
  if (access === "allow" || access === "no-match") return next();
  if (access === "sign-in") {
    // `url` is the page's own address: React Router has taken off a data request's ".data" and "_routes".
    const back = url.pathname + url.search;
    throw redirect(`/sign-in?next=${encodeURIComponent(back)}`);
  }
  if (access === "go-home") throw redirect("/");
  throw data({ reason: "forbidden" }, { status: 403 });
};
