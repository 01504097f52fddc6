// The JSON API v1 (placeholder until the API module lands): every path answers problem+json 404.
import express from "express";
import type { Services } from "#platform/services.ts";

export function createApiRouter(_services: Services): express.Router {
  const router = express.Router();
  router.use((_req, res) => {
    res.status(404).type("application/problem+json").send(JSON.stringify({ type: "about:blank", title: "Not found", status: 404 }));
  });
  return router;
}
