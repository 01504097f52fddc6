// /admin/testimonials: staff review what participants offered — approve it for the public impact page (in the language it
// was written in, under the name its writer chose) or hide it. A writer's withdrawal removes it from here too.
import { Form, redirect } from "react-router";
import type { Route } from "./+types/testimonials";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { actorOf, attempt, formFields, readForm } from "#web/form-state.server.ts";
import { translator, type MessageKey } from "#i18n/translate.ts";
import { listTestimonialsForReview, type ReviewedTestimonial } from "#features/impact/list-testimonials.ts";
import { reviewTestimonial } from "#features/impact/review-testimonial.ts";
import { ErrorSummary, Notice, useFormState } from "../../components/forms.tsx";
import { useFormat, useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AdminPage } from "./lib/admin-nav.tsx";

export const handle: RouteHandle = { access: "admin" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "impact.testimonials.admin.title");

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, viewer } = appContext(context);
  return {
    ...(await listTestimonialsForReview(services.db, viewer)),
    saved: new URL(request.url).searchParams.get("saved") === "1",
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const fields = formFields(await readForm(request));
  const result = await attempt(
    () =>
      reviewTestimonial(
        ctx.services.db,
        {
          viewer: ctx.viewer,
          input: { testimonialId: fields.testimonialId ?? "", decision: fields.decision ?? "" },
          now: ctx.services.now(),
        },
        actorOf(ctx),
      ),
    translator(ctx.locale),
    {},
  );
  if (!result.ok) return result.response;
  throw redirect("/admin/testimonials?saved=1");
}

const statusKeys: Record<string, MessageKey> = {
  pending: "impact.testimonials.status.pending",
  approved: "impact.testimonials.status.approved",
  hidden: "impact.testimonials.status.hidden",
};

function Testimonial({ item }: { item: ReviewedTestimonial }) {
  const t = useT();
  const format = useFormat();
  return (
    <li className="card">
      <blockquote lang={item.language}>
        <p>{item.body}</p>
      </blockquote>
      <p className="muted">
        {t("impact.testimonials.admin.shownAs", { name: item.shownName ?? t("impact.testimonials.anonymous") })} ·{" "}
        {t("impact.testimonials.admin.language", { language: item.language === "es" ? "Español" : "English" })} ·{" "}
        {t(statusKeys[item.status] ?? "impact.testimonials.status.pending")}
      </p>
      <p className="muted">
        {t("impact.testimonials.admin.consented", {
          time: format.dateTime(item.consentedAt),
          wording: item.consentWording,
        })}
      </p>
      <div className="card-actions">
        {item.status !== "approved" ? (
          <Form method="post">
            <input type="hidden" name="testimonialId" value={item.id} />
            <input type="hidden" name="decision" value="approved" />
            <button type="submit">{t("impact.testimonials.admin.approve")}</button>
          </Form>
        ) : null}
        {item.status !== "hidden" ? (
          <Form method="post">
            <input type="hidden" name="testimonialId" value={item.id} />
            <input type="hidden" name="decision" value="hidden" />
            <button type="submit">{t("impact.testimonials.admin.hide")}</button>
          </Form>
        ) : null}
      </div>
    </li>
  );
}

export default function TestimonialsReview({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { state } = useFormState(actionData);
  return (
    <AdminPage
      title={t("impact.testimonials.admin.title")}
      back={{ to: "/admin/impact", label: t("impact.admin.title") }}
    >
      <p className="lede">{t("impact.testimonials.admin.lede")}</p>
      {loaderData.saved && !state ? <Notice>{t("impact.testimonials.admin.saved")}</Notice> : null}
      <ErrorSummary formError={state?.formError} />
      <h2>{t("impact.testimonials.admin.waiting")}</h2>
      {loaderData.waiting.length === 0 ? (
        <p>{t("impact.testimonials.admin.noneWaiting")}</p>
      ) : (
        <ul className="plain-list">
          {loaderData.waiting.map((item) => (
            <Testimonial key={item.id} item={item} />
          ))}
        </ul>
      )}
      <h2>{t("impact.testimonials.admin.decided")}</h2>
      {loaderData.decided.length === 0 ? (
        <p>{t("impact.testimonials.admin.noneDecided")}</p>
      ) : (
        <ul className="plain-list">
          {loaderData.decided.map((item) => (
            <Testimonial key={item.id} item={item} />
          ))}
        </ul>
      )}
    </AdminPage>
  );
}
