// A person's links with partner organizations: answer an invitation choosing what to share, change it, withdraw, ask to
// link, and use a sponsored seat code. Nothing reaches an organization until the person accepts.
import { Form, Link, redirect } from "react-router";
import type { Route } from "./+types/partners";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import {
  answerStaffLink,
  listMyStaffLinks,
  listOrganizations,
  requestStaffLink,
  updateStaffSharing,
} from "#features/partners/staff-links.ts";
import { takeSponsoredSeat } from "#features/partners/sponsored-blocks.ts";
import { actorOf, attempt, formFields, readForm } from "#web/form-state.server.ts";
import { oneOf } from "#web/search-params.ts";
import {
  CheckboxField,
  ErrorSummary,
  Notice,
  SelectField,
  SubmitButton,
  TextField,
  useFormState,
} from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AccountNav } from "./lib/account-nav.tsx";

export const handle: RouteHandle = { access: "signed-in" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "partners.mine.title");

const notices = ["done", "requested", "redeemed"] as const;

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, viewer } = appContext(context);
  const [links, organizations] = await Promise.all([
    listMyStaffLinks(services.db, viewer!),
    listOrganizations(services.db),
  ]);
  return { links, organizations, notice: oneOf(notices, new URL(request.url).searchParams.get("notice")) };
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const t = translator(ctx.locale);
  const fields = formFields(await readForm(request));
  const intent = fields.intent ?? "";
  const linkId = fields.linkId ?? "";
  const sharing = {
    shareCompletions: fields.shareCompletions === "on",
    shareCompliance: fields.shareCompliance === "on",
  };
  const kept = { form: intent === "request" || intent === "redeem" ? intent : linkId, values: fields };
  const actor = actorOf(ctx);
  const work = async (): Promise<(typeof notices)[number]> => {
    switch (intent) {
      case "accept":
      case "decline":
      case "withdraw":
      case "cancel":
        await answerStaffLink(
          ctx.services,
          { viewer: ctx.viewer, linkId, action: intent, ...sharing, locale: ctx.locale },
          actor,
        );
        return "done";
      case "sharing":
        await updateStaffSharing(ctx.services, { viewer: ctx.viewer, linkId, ...sharing }, actor);
        return "done";
      case "request":
        await requestStaffLink(
          ctx.services,
          { viewer: ctx.viewer, organizationId: fields.organizationId ?? "", ...sharing, locale: ctx.locale },
          actor,
        );
        return "requested";
      case "redeem":
        await takeSponsoredSeat(
          ctx.services,
          { viewer: ctx.viewer, personId: ctx.viewer!.userId, code: fields.code ?? "" },
          actor,
        );
        return "redeemed";
      default:
        return "done";
    }
  };
  const result = await attempt(work, t, kept);
  if (!result.ok) return result.response;
  throw redirect(`/account/partners?notice=${result.value}`);
}

export default function AccountPartners({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { state } = useFormState(actionData);
  const { links, organizations, notice } = loaderData;
  const answerFor = (form: string) => (state?.form === form ? state : undefined);
  const request = answerFor("request");
  const redeem = answerFor("redeem");
  const stray = state && !["request", "redeem"].includes(state.form ?? "") ? state : undefined;
  return (
    <div className="page">
      <AccountNav />
      <div className="narrow">
        <h1>{t("partners.mine.title")}</h1>
        <p className="lede">{t("partners.mine.lede")}</p>
        {notice && !state ? (
          <Notice>
            {notice === "redeemed" ? (
              <>
                {t("partners.mine.redeem.done")} <Link to="/my/trainings">{t("errors.onward.myTrainings")}</Link>
              </>
            ) : notice === "requested" ? (
              t("partners.mine.request.sent")
            ) : (
              t("partners.mine.done")
            )}
          </Notice>
        ) : null}
        {stray ? <ErrorSummary formError={stray.formError} /> : null}
        {links.length === 0 ? <p className="card">{t("partners.mine.empty")}</p> : null}
        <div className="stack">
          {links.map((link) => (
            <section key={link.id} className="card" aria-labelledby={`link-${link.id}`}>
              <h2 id={`link-${link.id}`}>{link.organizationName}</h2>
              <p>
                {t(`partners.mine.${link.status as "invited" | "requested" | "active"}`, {
                  organization: link.organizationName,
                })}
              </p>
              {link.status === "invited" || link.status === "active" ? (
                <Form method="post" className="stack">
                  <input type="hidden" name="linkId" value={link.id} />
                  <fieldset className="field">
                    <legend>{t("partners.mine.shareLegend", { organization: link.organizationName })}</legend>
                    <CheckboxField
                      id={`share-completions-${link.id}`}
                      name="shareCompletions"
                      label={t("partners.mine.shareCompletions")}
                      defaultChecked={link.status === "active" ? link.shareCompletions : true}
                    />
                    <CheckboxField
                      id={`share-compliance-${link.id}`}
                      name="shareCompliance"
                      label={t("partners.mine.shareCompliance")}
                      defaultChecked={link.status === "active" ? link.shareCompliance : false}
                    />
                  </fieldset>
                  <div className="actions">
                    {link.status === "invited" ? (
                      <>
                        <button type="submit" className="primary" name="intent" value="accept">
                          {t("partners.mine.accept")}
                        </button>
                        <button type="submit" className="secondary" name="intent" value="decline">
                          {t("partners.mine.decline")}
                        </button>
                      </>
                    ) : (
                      <button type="submit" className="secondary" name="intent" value="sharing">
                        {t("partners.mine.saveSharing")}
                      </button>
                    )}
                  </div>
                </Form>
              ) : null}
              {link.status === "active" ? (
                <Form method="post" className="stack">
                  <input type="hidden" name="linkId" value={link.id} />
                  <p className="muted">{t("partners.mine.withdrawHint")}</p>
                  <div className="actions">
                    <button type="submit" className="secondary" name="intent" value="withdraw">
                      {t("partners.mine.withdraw")}
                    </button>
                  </div>
                </Form>
              ) : null}
              {link.status === "requested" ? (
                <Form method="post">
                  <input type="hidden" name="linkId" value={link.id} />
                  <button type="submit" className="secondary" name="intent" value="cancel">
                    {t("partners.mine.cancelRequest")}
                  </button>
                </Form>
              ) : null}
            </section>
          ))}

          <section className="card" aria-labelledby="redeem-title">
            <h2 id="redeem-title">{t("partners.mine.redeem.title")}</h2>
            <p className="muted">{t("partners.mine.redeem.lede")}</p>
            <ErrorSummary errors={redeem?.errors} formError={redeem?.formError} />
            <Form method="post" className="stack" noValidate>
              <input type="hidden" name="intent" value="redeem" />
              <TextField
                name="code"
                label={t("partners.mine.redeem.code")}
                error={redeem?.errors?.code}
                defaultValue={redeem?.values?.code ?? ""}
                autoComplete="off"
                spellCheck={false}
                autoCapitalize="characters"
              />
              <SubmitButton>{t("partners.mine.redeem.submit")}</SubmitButton>
            </Form>
          </section>

          {organizations.length ? (
            <section className="card" aria-labelledby="request-title">
              <h2 id="request-title">{t("partners.mine.request.title")}</h2>
              <ErrorSummary errors={request?.errors} formError={request?.formError} />
              <Form method="post" className="stack" noValidate>
                <input type="hidden" name="intent" value="request" />
                <SelectField
                  name="organizationId"
                  label={t("partners.mine.request.organization")}
                  error={request?.errors?.organizationId}
                  defaultValue={request?.values?.organizationId ?? ""}
                >
                  <option value="">—</option>
                  {organizations.map((organization) => (
                    <option key={organization.id} value={organization.id}>
                      {organization.name}
                    </option>
                  ))}
                </SelectField>
                <CheckboxField
                  id="request-share-completions"
                  name="shareCompletions"
                  label={t("partners.mine.shareCompletions")}
                  defaultChecked
                />
                <CheckboxField
                  id="request-share-compliance"
                  name="shareCompliance"
                  label={t("partners.mine.shareCompliance")}
                />
                <SubmitButton>{t("partners.mine.request.submit")}</SubmitButton>
              </Form>
            </section>
          ) : null}
        </div>
      </div>
    </div>
  );
}
