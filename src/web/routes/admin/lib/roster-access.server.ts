// A loader's refusals as the error pages: "not yours to see" becomes the 403 page and "no such thing" the 404 page.
import { data } from "react-router";
import { isAppError } from "#platform/app-error.ts";

export async function orRefused<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isAppError(error) && (error.code === "forbidden" || error.code === "unauthorized"))
      throw data({ reason: "forbidden" }, { status: 403 });
    if (isAppError(error) && error.code === "not_found") throw data({ reason: "not_found" }, { status: 404 });
    throw error;
  }
}
