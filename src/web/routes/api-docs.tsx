// The readable API reference: rendered on the server from the same OpenAPI document the API serves, no client-side viewer.
import type { Route } from "./+types/api-docs";
import type { RouteHandle } from "#web/route-handle.ts";
import type { AccessLevel } from "#core/access.ts";
import type { MessageKey } from "#i18n/translate.ts";
import type { EndpointTag } from "#api/endpoint.ts";
import type { ProblemKind } from "#api/problem.ts";
import type { FieldLimits, ReferenceField, ReferenceOperation } from "#api/reference.ts";
import { apiReference } from "#api/reference.ts";
import { appContext } from "../request-context.ts";
import { Detail } from "../components/detail.tsx";
import { useLocale, useT } from "../components/i18n.tsx";
import { pageTitle } from "./public/lib/page-meta.ts";

export const handle: RouteHandle = { access: "public" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "api.docs.title");

export async function loader({ context }: Route.LoaderArgs) {
  const { services } = appContext(context);
  return apiReference(services.config.publicUrl);
}

const accessKeys: Record<AccessLevel, MessageKey> = {
  public: "api.access.public",
  guest: "api.access.guest",
  "signed-in": "api.access.signed-in",
  trainer: "api.access.trainer",
  "partner-admin": "api.access.partner-admin",
  admin: "api.access.admin",
};

const sectionKeys: Record<EndpointTag, MessageKey> = {
  Authentication: "api.docs.section.Authentication",
  "Your account": "api.docs.section.Your account",
  People: "api.docs.section.People",
  Courses: "api.docs.section.Courses",
  Sessions: "api.docs.section.Sessions",
  Registrations: "api.docs.section.Registrations",
  Credentials: "api.docs.section.Credentials",
  // — evaluations —
  Evaluations: "api.docs.section.Evaluations",
  // — journal —
  "Your journal": "api.docs.section.Your journal",
  // — partners —
  Partners: "partners.api.section",
  Impact: "api.docs.section.Impact",
  Circles: "circles.api.section",
  Trainers: "trainers.api.section",
  Reference: "api.docs.section.Reference",
  // — webhooks —
  Webhooks: "api.docs.section.Webhooks",
};

const problemKeys: Record<ProblemKind, MessageKey> = {
  "malformed-request": "api.problem.malformed-request",
  unauthorized: "api.problem.unauthorized",
  forbidden: "api.problem.forbidden",
  "not-found": "api.problem.not-found",
  "method-not-allowed": "api.problem.method-not-allowed",
  conflict: "api.problem.conflict",
  "too-large": "api.problem.too-large",
  "unsupported-media-type": "api.problem.unsupported-media-type",
  invalid: "api.problem.invalid",
  "rate-limited": "api.problem.rate-limited",
  internal: "api.problem.internal",
  unavailable: "api.problem.unavailable",
};

/** The document's descriptions mark code with backticks; show those parts as code. */
function Described({ text }: { text: string }) {
  return (
    <>{text.split(/`([^`]+)`/).map((part, index) => (index % 2 === 1 ? <code key={index}>{part}</code> : part))}</>
  );
}

function Limits({ limits }: { limits: FieldLimits }) {
  const t = useT();
  const { unit, min, max } = limits;
  if (min !== undefined && max !== undefined) return <>{t(`api.docs.limits.${unit}.range`, { min, max })}</>;
  if (max !== undefined) return <>{t(`api.docs.limits.${unit}.max`, { max })}</>;
  if (min !== undefined) return <>{t(`api.docs.limits.${unit}.min`, { min })}</>;
  return null;
}

function FieldList({ fields, showRequired }: { fields: ReferenceField[]; showRequired: boolean }) {
  const t = useT();
  return (
    <ul className="api-fields">
      {fields.map((field) => (
        <li key={field.name}>
          <p className="api-field-head">
            <code className="api-field-name">{field.name}</code> <span className="api-field-type">{field.type}</span>
            {showRequired ? (
              <span className={field.required ? "pill" : "pill pill-quiet"}>
                {t(field.required ? "api.docs.required" : "api.docs.optional")}
              </span>
            ) : null}
            {field.limits ? (
              <span className="muted api-field-limits">
                <Limits limits={field.limits} />
              </span>
            ) : null}
          </p>
          {field.description ? (
            <p className="api-field-description" lang="en">
              <Described text={field.description} />
            </p>
          ) : null}
          {field.children.map((child) => (
            <div key={child.schema} className="api-field-children">
              <p className="muted">{t("api.docs.partsOf", { schema: child.schema })}</p>
              <FieldList fields={child.fields} showRequired={showRequired} />
            </div>
          ))}
        </li>
      ))}
    </ul>
  );
}

function Method({ method }: { method: string }) {
  return <span className={`api-method api-method-${method.toLowerCase()}`}>{method}</span>;
}

function Operation({ operation }: { operation: ReferenceOperation }) {
  const t = useT();
  const titleId = `op-${operation.id}-title`;
  return (
    <article className="card api-operation" id={`op-${operation.id}`} aria-labelledby={titleId}>
      <h3 id={titleId} className="api-operation-title">
        <Method method={operation.method} /> <code>{operation.path}</code>
      </h3>
      <p className="api-summary" lang="en">
        {operation.summary}
      </p>
      <p lang="en">
        <Described text={operation.description} />
      </p>
      <p className="api-access">
        <span className="api-access-label">{t("api.docs.access")}</span>{" "}
        <span className="pill">{t(accessKeys[operation.access])}</span>
      </p>

      {operation.parameters.length > 0 ? (
        <>
          <h4>{t("api.docs.parameters")}</h4>
          <FieldList fields={operation.parameters} showRequired />
        </>
      ) : null}

      {operation.body ? (
        <>
          <h4>{t("api.docs.body")}</h4>
          <FieldList fields={operation.body.fields} showRequired />
        </>
      ) : null}

      <h4>{t("api.docs.exampleRequest")}</h4>
      <pre className="api-code">
        <code>{operation.curl}</code>
      </pre>

      <h4>{t("api.docs.responses")}</h4>
      <dl className="api-responses">
        <div>
          <dt>
            <span className="api-status api-status-ok">{operation.success.status}</span>
          </dt>
          <dd>
            <span lang="en">{operation.success.description}</span>
            {operation.success.headers.length > 0 ? (
              <span className="muted">
                {" "}
                {t("api.docs.responseHeaders", { headers: operation.success.headers.join(", ") })}
              </span>
            ) : null}
          </dd>
        </div>
        {operation.problems.map((problem) => (
          <div key={problem.status}>
            <dt>
              <span className="api-status">{problem.status}</span>
            </dt>
            <dd>
              <span lang="en">
                <Described text={problem.description} />
              </span>{" "}
              {problem.problem ? (
                <a href={`#problem-${problem.problem}`} aria-label={`${t("api.docs.seeProblem")}: ${problem.status}`}>
                  {t("api.docs.seeProblem")}
                </a>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>

      {operation.success.fields.length > 0 || operation.success.example ? (
        <>
          <h4>{t("api.docs.responseBody")}</h4>
          {operation.success.fields.length > 0 ? (
            <FieldList fields={operation.success.fields} showRequired={false} />
          ) : null}
          {operation.success.example ? (
            <>
              <p className="api-example-label">{t("api.docs.example")}</p>
              <pre className="api-code">
                <code>{operation.success.example}</code>
              </pre>
            </>
          ) : null}
        </>
      ) : null}
    </article>
  );
}

export default function ApiDocs({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const reference = loaderData;
  return (
    <div className="page api-docs">
      <h1>{t("api.docs.title")}</h1>
      <p className="lede">{t("api.docs.lede")}</p>
      {locale !== "en" ? <p className="notice">{t("api.docs.languageNote")}</p> : null}

      <dl className="api-facts">
        <Detail term={t("api.docs.baseUrl")}>
          <code>{reference.baseUrl}</code>
        </Detail>
        <Detail term={t("api.docs.version")}>{reference.version}</Detail>
        <Detail term={t("api.docs.openApi")}>
          <a href={reference.openApiUrl}>openapi.json</a> <span className="muted">({t("api.docs.openApiHint")})</span>
        </Detail>
      </dl>

      <section className="card api-start" aria-labelledby="api-start-title">
        <h2 id="api-start-title">{t("api.docs.start.title")}</h2>
        <ol>
          <li>
            {t("api.docs.start.token")} <a href="/account/tokens">{t("api.docs.start.tokenLink")}</a>
          </li>
          <li>
            {t("api.docs.start.header")}
            <br />
            <code className="api-header-example">Authorization: Bearer $HUB_TOKEN</code>
          </li>
          <li>{t("api.docs.start.json")}</li>
          <li>{t("api.docs.start.secret")}</li>
        </ol>
        <p className="muted">{t("api.docs.start.variable")}</p>
      </section>

      <nav className="api-toc" aria-labelledby="api-contents-title">
        <h2 id="api-contents-title">{t("api.docs.contents")}</h2>
        {reference.sections.map((section) => (
          <div key={section.tag}>
            <h3>{t(sectionKeys[section.tag as EndpointTag])}</h3>
            <ul>
              {section.operations.map((operation) => (
                <li key={operation.id}>
                  <a href={`#op-${operation.id}`}>
                    <Method method={operation.method} /> <code>{operation.path}</code>
                  </a>
                  <span className="muted api-toc-summary" lang="en">
                    {operation.summary}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>

      {reference.sections.map((section) => (
        <section key={section.tag} aria-labelledby={`api-section-${section.operations[0]!.id}`} className="api-section">
          <h2 id={`api-section-${section.operations[0]!.id}`}>{t(sectionKeys[section.tag as EndpointTag])}</h2>
          <div className="stack">
            {section.operations.map((operation) => (
              <Operation key={operation.id} operation={operation} />
            ))}
          </div>
        </section>
      ))}

      <section id="errors" aria-labelledby="api-errors-title" className="api-section">
        <h2 id="api-errors-title">{t("api.docs.errors.title")}</h2>
        <p>{t("api.docs.errors.intro")}</p>
        <pre className="api-code">
          <code>{reference.problemExample}</code>
        </pre>
        <dl className="api-problems">
          {reference.problems.map((problem) => (
            <div key={problem.kind} id={`problem-${problem.kind}`}>
              <dt>
                <span className="api-status">{problem.status}</span>{" "}
                <span className="api-problem-title" lang="en">
                  {problem.title}
                </span>
              </dt>
              <dd>{t(problemKeys[problem.kind])}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
