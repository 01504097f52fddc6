// The partner admin's staff and sponsored seats: invite staff, answer their requests, see only what each linked person
// shares, and give a sponsored seat to linked staff. One section per organization they look after.
import { Form, redirect } from "react-router";
import type { Route } from "./+types/staff";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { localizedField } from "#i18n/localized.ts";
import { inZone, money } from "#i18n/format.ts";
import { listManagedOrganizations } from "#features/access/list-managed-organizations.ts";
import { answerStaffLink, inviteStaff } from "#features/partners/staff-links.ts";
import { listStaffProgress } from "#features/partners/staff-progress.ts";
import { listSponsoredBlocks, takeSponsoredSeat } from "#features/partners/sponsored-blocks.ts";
import { actorOf, attempt, formFields, readForm } from "#web/form-state.server.ts";
import { oneOf } from "#web/search-params.ts";
import { ErrorSummary, Notice, SelectField, SubmitButton, TextField, useFormState } from "../../components/forms.tsx";
import { useFormat, useLocale, useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { PartnerNav } from "./lib/partner-nav.tsx";

export const handle: RouteHandle = { access: "partner-admin" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "partners.staff.title");

const notices = ["invited", "answered", "assigned"] as const;

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, viewer } = appContext(context);
  const now = services.now();
  const organizations = await listManagedOrganizations(services.db, viewer!);
  const sections = await Promise.all(
    organizations.map(async (organization) => ({
      id: organization.id,
      name: organization.name,
      staff: await listStaffProgress(services.db, viewer, organization.id, now),
      blocks: await listSponsoredBlocks(services.db, viewer, organization.id),
    })),
  );
  return { sections, now, notice: oneOf(notices, new URL(request.url).searchParams.get("notice")) };
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const t = translator(ctx.locale);
  const fields = formFields(await readForm(request));
  const intent = fields.intent ?? "";
  const actor = actorOf(ctx);
  const form = `${intent}-${fields.organizationId ?? fields.linkId ?? fields.blockId ?? ""}`;
  const work = async (): Promise<(typeof notices)[number]> => {
    if (intent === "invite") {
      await inviteStaff(
        ctx.services,
        {
          viewer: ctx.viewer,
          organizationId: fields.organizationId ?? "",
          email: fields.email ?? "",
          locale: fields.locale === "es" ? "es" : "en",
        },
        actor,
      );
      return "invited";
    }
    if (intent === "assign") {
      await takeSponsoredSeat(
        ctx.services,
        { viewer: ctx.viewer, personId: fields.personId ?? "", blockId: fields.blockId ?? "" },
        actor,
      );
      return "assigned";
    }
    const action = oneOf(["accept", "decline", "cancel"] as const, intent);
    await answerStaffLink(
      ctx.services,
      { viewer: ctx.viewer, linkId: fields.linkId ?? "", action: action ?? "cancel" },
      actor,
    );
    return "answered";
  };
  const result = await attempt(work, t, { form, values: fields });
  if (!result.ok) return result.response;
  throw redirect(`/partner/staff?notice=${result.value}`);
}

export default function PartnerStaff({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const locale = useLocale();
  const { state } = useFormState(actionData);
  const { sections, notice } = loaderData;
  const answerFor = (form: string) => (state?.form === form ? state : undefined);
  const stray =
    state && !sections.some((s) => state.form === `invite-${s.id}`) && !state.form?.startsWith("assign-")
      ? state
      : undefined;
  return (
    <div className="page">
      <PartnerNav />
      <h1>{t("partners.staff.title")}</h1>
      <p className="lede">{t("partners.staff.lede")}</p>
      {notice && !state ? (
        <Notice>
          {notice === "invited"
            ? t("partners.staff.invite.sent")
            : notice === "assigned"
              ? t("partners.blocks.assigned")
              : t("partners.staff.answered")}
        </Notice>
      ) : null}
      {stray ? <ErrorSummary formError={stray.formError} /> : null}
      {sections.length === 0 ? <p className="card">{t("partner.empty")}</p> : null}
      {sections.map((section) => {
        const invite = answerFor(`invite-${section.id}`);
        const linked = section.staff.filter((m) => m.status === "active" && m.userId);
        return (
          <section key={section.id} className="stack" aria-labelledby={`staff-${section.id}`}>
            <h2 id={`staff-${section.id}`}>{section.name}</h2>

            <div className="card">
              <h3>{t("partners.staff.invite.title")}</h3>
              <ErrorSummary errors={invite?.errors} formError={invite?.formError} />
              <Form method="post" className="stack" noValidate>
                <input type="hidden" name="intent" value="invite" />
                <input type="hidden" name="organizationId" value={section.id} />
                <TextField
                  id={`invite-email-${section.id}`}
                  name="email"
                  type="email"
                  label={t("partners.staff.invite.email")}
                  error={invite?.errors?.email}
                  defaultValue={invite?.values?.email ?? ""}
                  autoComplete="off"
                  spellCheck={false}
                />
                <SelectField
                  id={`invite-locale-${section.id}`}
                  name="locale"
                  label={t("partners.staff.invite.locale")}
                  hint={t("partners.staff.invite.localeHint")}
                  defaultValue={invite?.values?.locale ?? locale}
                >
                  <option value="en">English</option>
                  <option value="es">Español</option>
                </SelectField>
                <SubmitButton>{t("partners.staff.invite.submit")}</SubmitButton>
              </Form>
            </div>

            <div className="card">
              <h3>{t("partners.staff.list.title")}</h3>
              {section.staff.length === 0 ? (
                <p className="muted">{t("partners.staff.list.empty")}</p>
              ) : (
                <ul className="people-list">
                  {section.staff.map((member) => (
                    <li key={member.linkId} className="stack">
                      <div>
                        <strong>{member.name ?? member.email}</strong>
                        {member.name ? <span className="muted block">{member.email}</span> : null}
                        <span className="muted block">{t(`partners.staff.status.${member.status}`)}</span>
                      </div>
                      {member.status === "active" ? (
                        member.sharing && (member.sharing.completions || member.sharing.compliance) ? (
                          <div>
                            {member.completions ? (
                              <>
                                <h4>{t("partners.staff.completions")}</h4>
                                {member.completions.length ? (
                                  <ul>
                                    {member.completions.map((c) => (
                                      <li key={c.registrationId}>
                                        {localizedField(c, "title", locale)} — {format.date(c.endsAt)}
                                      </li>
                                    ))}
                                  </ul>
                                ) : (
                                  <p className="muted">{t("partners.staff.noCompletions")}</p>
                                )}
                              </>
                            ) : null}
                            {member.upcoming?.length ? (
                              <>
                                <h4>{t("partners.staff.upcoming")}</h4>
                                <ul>
                                  {member.upcoming.map((u) => (
                                    <li key={u.registrationId}>
                                      {localizedField(u, "title", locale)} — {format.date(u.startsAt)}
                                    </li>
                                  ))}
                                </ul>
                              </>
                            ) : null}
                            {member.certifications ? (
                              <>
                                <h4>{t("partners.staff.certifications")}</h4>
                                {member.certifications.length ? (
                                  <ul>
                                    {member.certifications.map((c) => (
                                      <li key={c.typeName}>
                                        {t("partners.staff.certification", {
                                          name: c.typeName,
                                          status: t(`partners.staff.compliance.${c.status}`),
                                          date: format.date(`${c.expiresOn}T12:00:00Z`, {
                                            dateStyle: "long",
                                            timeZone: "UTC",
                                          }),
                                          needed: Math.ceil(c.minutesStillNeeded / 60),
                                        })}
                                      </li>
                                    ))}
                                  </ul>
                                ) : (
                                  <p className="muted">{t("partners.staff.noCertifications")}</p>
                                )}
                              </>
                            ) : null}
                          </div>
                        ) : (
                          <p className="muted">{t("partners.staff.sharesNothing")}</p>
                        )
                      ) : null}
                      <Form method="post" className="actions">
                        <input type="hidden" name="linkId" value={member.linkId} />
                        {member.status === "requested" ? (
                          <>
                            <button type="submit" className="primary" name="intent" value="accept">
                              {t("partners.staff.approve")}
                            </button>
                            <button type="submit" className="secondary" name="intent" value="decline">
                              {t("partners.staff.decline")}
                            </button>
                          </>
                        ) : (
                          <button type="submit" className="secondary" name="intent" value="cancel">
                            {member.status === "invited" ? t("partners.staff.cancel") : t("partners.staff.end")}
                          </button>
                        )}
                      </Form>
                    </li>
                  ))}
                </ul>
              )}
            </div>

            <div className="card">
              <h3>{t("partners.blocks.title")}</h3>
              <p className="muted">{t("partners.blocks.lede")}</p>
              {section.blocks.length === 0 ? <p>{t("partners.blocks.empty")}</p> : null}
              {section.blocks.map((block) => {
                const assign = answerFor(`assign-${block.id}`);
                const seatless = linked.filter((member) => !block.heldBy.includes(member.userId!));
                return (
                  <div key={block.id} className="stack">
                    <h4>
                      {localizedField(block, "courseTitle", locale)} —{" "}
                      {format.dateTime(block.startsAt, inZone(block.timeZone))}
                    </h4>
                    <p>
                      {t("partners.blocks.seats", { used: block.used, seats: block.seats })}
                      <span className="block">
                        {t("partners.blocks.code")}: <code>{block.code}</code>
                      </span>
                      <span className="block">
                        {block.releasedAt
                          ? t("partners.blocks.released")
                          : t("partners.blocks.releaseAt", { date: format.date(block.releaseAt) })}
                      </span>
                      <span className="block">
                        {t("partners.blocks.invoice", {
                          reference: block.invoiceReference || "—",
                          amount: money(locale, block.currency, block.amountCents),
                          paid: block.paid ? t("partners.blocks.paid") : t("partners.blocks.unpaid"),
                        })}
                      </span>
                    </p>
                    {!block.releasedAt && block.used < block.seats ? (
                      seatless.length ? (
                        <>
                          <ErrorSummary errors={assign?.errors} formError={assign?.formError} />
                          <Form method="post" className="stack">
                            <input type="hidden" name="intent" value="assign" />
                            <input type="hidden" name="blockId" value={block.id} />
                            <SelectField
                              id={`assign-person-${block.id}`}
                              name="personId"
                              label={t("partners.blocks.assign.person")}
                              defaultValue={assign?.values?.personId ?? ""}
                            >
                              {seatless.map((member) => (
                                <option key={member.userId!} value={member.userId!}>
                                  {member.name} ({member.email})
                                </option>
                              ))}
                            </SelectField>
                            <SubmitButton>{t("partners.blocks.assign.submit")}</SubmitButton>
                          </Form>
                        </>
                      ) : (
                        <p className="muted">
                          {t(linked.length ? "partners.blocks.assign.allSeated" : "partners.blocks.assign.none")}
                        </p>
                      )
                    ) : null}
                  </div>
                );
              })}
            </div>
          </section>
        );
      })}
    </div>
  );
}
