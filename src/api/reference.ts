// Reads the OpenAPI document into what the reference page shows: endpoints by section, their fields, answers and a curl example.
import type { AccessLevel } from "#core/access.ts";
import { API_BASE_PATH } from "./endpoint-table.ts";
import { endpointTags } from "./endpoint.ts";
import { buildOpenApiDocument, type OpenApiDocument } from "./openapi.ts";
import { problemKinds, problemKindForStatus, problemTypeUri, type ProblemKind } from "./problem.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON Schema node from the OpenAPI document, walked by key
type Schema = Record<string, any>;

/** Length or item limits, kept as numbers so the page can word them in the reader's language. */
export type FieldLimits = { unit: "characters" | "items"; min?: number; max?: number };

export type ReferenceField = {
  name: string;
  type: string;
  required: boolean;
  description: string | null;
  limits: FieldLimits | null;
  /** Fields of the objects this field holds (one level), e.g. the parts of a role grant. */
  children: { schema: string; fields: ReferenceField[] }[];
};

export type ReferenceResponse = {
  status: number;
  description: string;
  /** Set for error answers: links to the explanation of this kind of problem. */
  problem: ProblemKind | null;
};

export type ReferenceOperation = {
  id: string;
  method: string;
  path: string;
  summary: string;
  description: string;
  access: AccessLevel;
  parameters: ReferenceField[];
  body: { fields: ReferenceField[]; example: string | null } | null;
  success: ReferenceResponse & { fields: ReferenceField[]; example: string | null; headers: string[] };
  problems: ReferenceResponse[];
  curl: string;
};

export type ApiReference = {
  version: string;
  baseUrl: string;
  openApiUrl: string;
  sections: { tag: string; description: string; operations: ReferenceOperation[] }[];
  problems: { kind: ProblemKind; status: number; title: string }[];
  /** A typical error answer, as JSON text. */
  problemExample: string;
};

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

function resolve(document: OpenApiDocument, schema: Schema | undefined): { schema: Schema; name: string | null } {
  if (schema?.$ref) {
    const name = String(schema.$ref).split("/").pop()!;
    return { schema: (document.components?.schemas?.[name] as Schema) ?? {}, name };
  }
  return { schema: schema ?? {}, name: null };
}

function typeOf(document: OpenApiDocument, raw: Schema | undefined): string {
  const { schema, name } = resolve(document, raw);
  if (name)
    return schema.type === "object"
      ? name
      : schema.enum
        ? `${name} (${schema.enum.map((v: unknown) => JSON.stringify(v)).join(" | ")})`
        : name;
  const variants = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (variants) return variants.map((variant) => typeOf(document, variant)).join(" | ");
  if (schema.enum) return schema.enum.map((value: unknown) => JSON.stringify(value)).join(" | ");
  if (schema.type === "array") return `array<${typeOf(document, schema.items)}>`;
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? "any"];
  return types
    .map((type: string) => (type === "string" && schema.format ? `string (${schema.format})` : type))
    .join(" | ");
}

function limitsOf(schema: Schema): FieldLimits | null {
  if (schema.minLength !== undefined || schema.maxLength !== undefined) {
    return { unit: "characters", min: schema.minLength > 1 ? schema.minLength : undefined, max: schema.maxLength };
  }
  if (schema.maxItems !== undefined || schema.minItems !== undefined)
    return { unit: "items", min: schema.minItems || undefined, max: schema.maxItems };
  return null;
}

/** Object schemas reachable from a field through refs, arrays and unions. */
function objectRefs(
  document: OpenApiDocument,
  raw: Schema | undefined,
  seen: Set<string>,
): { name: string; schema: Schema }[] {
  if (!raw) return [];
  if (raw.$ref) {
    const { schema, name } = resolve(document, raw);
    if (!name || seen.has(name) || schema.type !== "object") return [];
    return [{ name, schema }];
  }
  const inner = [...((raw.anyOf ?? raw.oneOf ?? []) as Schema[]), ...(raw.items ? [raw.items as Schema] : [])];
  return inner.flatMap((schema) => objectRefs(document, schema, seen));
}

function fieldsOf(document: OpenApiDocument, raw: Schema | undefined, seen = new Set<string>()): ReferenceField[] {
  const { schema, name } = resolve(document, raw);
  if (schema.type !== "object" || !schema.properties) return [];
  const within = new Set(seen);
  if (name) within.add(name);
  const required = new Set<string>(schema.required ?? []);
  return Object.entries(schema.properties as Record<string, Schema>).map(([field, property]) => {
    const resolved = resolve(document, property).schema;
    return {
      name: field,
      type: typeOf(document, property),
      required: required.has(field),
      description: (property.description ?? resolved.description ?? null) as string | null,
      limits: limitsOf(property.anyOf ? {} : resolved),
      children: objectRefs(document, property, within).map((child) => ({
        schema: child.name,
        fields: fieldsOf(document, { $ref: `#/components/schemas/${child.name}` }, new Set([...within, child.name])),
      })),
    };
  });
}

function exampleOf(document: OpenApiDocument, raw: Schema | undefined): unknown {
  const { schema } = resolve(document, raw);
  return schema.examples?.[0];
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function curlFor(method: string, url: string, secured: boolean, body: unknown): string {
  const lines = [`curl${method === "get" ? "" : ` -X ${method.toUpperCase()}`} ${shellQuote(url)}`];
  if (secured) lines.push(`-H "Authorization: Bearer $HUB_TOKEN"`);
  if (body !== undefined) {
    lines.push(`-H 'Content-Type: application/json'`);
    lines.push(`-d ${shellQuote(JSON.stringify(body))}`);
  }
  return lines.join(" \\\n  ");
}

/** Drops the "Who may call it" line the document appends; the page says it in the reader's language. */
function descriptionOf(text: string | undefined): string {
  return (text ?? "").replace(/\n\n\*\*Who may call it:\*\*[\s\S]*$/, "").trim();
}

export function apiReference(publicUrl: string): ApiReference {
  const document = buildOpenApiDocument(publicUrl);
  const baseUrl = `${publicUrl}${API_BASE_PATH}`;
  const operations: Array<ReferenceOperation & { tag: string }> = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = (item as Schema)[method] as Schema | undefined;
      if (!operation) continue;
      const parameters = ((operation.parameters ?? []) as Schema[]).map((parameter) => ({
        name: String(parameter.name),
        type: typeOf(document, parameter.schema),
        required: Boolean(parameter.required),
        description: (parameter.description ?? null) as string | null,
        limits: null,
        children: [],
        example: parameter.schema?.examples?.[0] as string | undefined,
      }));
      const bodySchema = operation.requestBody?.content?.["application/json"]?.schema as Schema | undefined;
      const requestExample = bodySchema ? exampleOf(document, bodySchema) : undefined;
      const responses = Object.entries(operation.responses as Record<string, Schema>).map(([status, response]) => ({
        status: Number(status),
        response,
      }));
      const success = responses.find(({ status }) => status < 400)!;
      const successSchema = success.response.content?.["application/json"]?.schema as Schema | undefined;
      const successExample = successSchema ? exampleOf(document, successSchema) : undefined;
      const examplePath = parameters.reduce(
        (result, parameter) => result.replace(`{${parameter.name}}`, parameter.example ?? `{${parameter.name}}`),
        path,
      );
      const secured = (operation.security as unknown[] | undefined)?.length !== 0;
      operations.push({
        id: String(operation.operationId),
        tag: String(operation.tags?.[0] ?? ""),
        method: method.toUpperCase(),
        path: `${API_BASE_PATH}${path}`,
        summary: String(operation.summary ?? ""),
        description: descriptionOf(operation.description),
        access: operation["x-access"] as AccessLevel,
        parameters: parameters.map(({ example: _example, ...field }) => field),
        body: bodySchema
          ? {
              fields: fieldsOf(document, bodySchema),
              example: requestExample === undefined ? null : JSON.stringify(requestExample, null, 2),
            }
          : null,
        success: {
          status: success.status,
          description: String(success.response.description ?? ""),
          problem: null,
          fields: fieldsOf(document, successSchema),
          example: successExample === undefined ? null : JSON.stringify(successExample, null, 2),
          headers: Object.keys(success.response.headers ?? {}),
        },
        problems: responses
          .filter(({ status }) => status >= 400)
          .map(({ status, response }) => ({
            status,
            description: String(response.description ?? ""),
            problem: problemKindForStatus(status) ?? null,
          })),
        curl: curlFor(method, `${baseUrl}${examplePath}`, secured, requestExample),
      });
    }
  }
  return {
    version: document.info.version,
    baseUrl,
    openApiUrl: `${API_BASE_PATH}/openapi.json`,
    sections: endpointTags
      .map((tag) => ({
        tag,
        description: String(document.tags?.find((entry) => entry.name === tag)?.description ?? ""),
        operations: operations
          .filter((operation) => operation.tag === tag)
          .map(({ tag: _tag, ...operation }) => operation),
      }))
      .filter((section) => section.operations.length > 0),
    problems: (Object.keys(problemKinds) as ProblemKind[]).map((kind) => ({
      kind,
      status: problemKinds[kind].status,
      title: problemKinds[kind].title,
    })),
    problemExample: JSON.stringify(
      {
        type: problemTypeUri(publicUrl, "invalid"),
        title: problemKinds.invalid.title,
        status: problemKinds.invalid.status,
        detail: "Some fields need attention.",
        instance: `${API_BASE_PATH}/users`,
        errors: [{ path: "email", message: "Enter an email address like name@example.org" }],
      },
      null,
      2,
    ),
  };
}
