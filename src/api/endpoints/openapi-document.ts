// GET /openapi.json: this API described as an OpenAPI 3.1 document, built from the same schemas that validate requests.
import { z } from "zod";
import { defineEndpoint } from "../endpoint.ts";

export const openApiDocument = defineEndpoint({
  operationId: "openApiDocument",
  tag: "Reference",
  summary: "Get this API's OpenAPI document",
  description:
    "The OpenAPI 3.1 description of every endpoint, with request and response schemas and examples. A readable version is at `/api/docs`.",
  response: {
    status: 200,
    description: "The OpenAPI document.",
    schema: z.record(z.string(), z.unknown()).meta({ description: "An OpenAPI 3.1 document." }),
  },
  async handle({ services }) {
    // Imported on use: the document builder lists every endpoint, this one included.
    const { buildOpenApiDocument } = await import("../openapi.ts");
    return {
      body: buildOpenApiDocument(services.config.publicUrl) as unknown as Record<string, unknown>,
      headers: { "Cache-Control": "public, max-age=300" },
    };
  },
});
