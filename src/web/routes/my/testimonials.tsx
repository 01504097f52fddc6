// /my/testimonials: a participant offers a few words about their training for the public impact page, with explicit
// consent and the name they choose; sees what happened to each; and withdraws any of them, which removes it at once.
import { Form, redirect } from "react-router";
import type { Route } from "./+types/testimonials";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { actorOf, attempt, formFields, readForm } from "#web/form-state.server.ts";
import { translator, type MessageKey } from "#i18n/translate.ts";
import { attributedName, attributions, MAX_TESTIMONIAL_LENGTH } from "#core/testimonials.ts";
import { offerTestimonial } from "#features/impact/offer-testimonial.ts";
import { withdrawTestimonial } from "#features/impact/withdraw-testimonial.ts";
import { listMyTestimonials } from "#features/impact/list-testimonials.ts";
import {
  CheckboxField,
  ErrorSummary,
  Notice,
  SelectField,
  SubmitButton,
  TextAreaField,
  useFormState,
} from "../../components/forms.tsx";
import { useLocale, useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";

export const handle: RouteHandle = { access: "signed-in" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "impact.testimonials.my.title");

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, viewer } = appContext(context);
  const done = new URL(request.url).searchParams.get("done");
  return {
    mine: await listMyTestimonials(services.db, viewer!),
    name: viewer!.name,
    done: done === "offered" || done === "withdrawn" ? done : null,
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const t = translator(ctx.locale);
  const form = await readForm(request);
  const fields = formFields(form);
  const now = ctx.services.now();
  if (fields.intent === "withdraw") {
    const result = await attempt(
      () =>
        withdrawTestimonial(
          ctx.services.db,
          { viewer: ctx.viewer, testimonialId: fields.testimonialId ?? "", now },
          actorOf(ctx),
        ),
      t,
      { form: "withdraw" },
    );
    if (!result.ok) return result.response;
    throw redirect("/my/testimonials?done=withdrawn");
  }
  const values = {
    body: fields.body ?? "",
    language: fields.language ?? "",
    attribution: fields.attribution ?? "",
  };
  const result = await attempt(
    () =>
      offerTestimonial(
        ctx.services.db,
        { viewer: ctx.viewer, input: { ...values, consent: fields.consent === "yes" }, now, locale: ctx.locale },
        actorOf(ctx),
      ),
    t,
    { values, form: "offer" },
  );
  if (!result.ok) return result.response;
  throw redirect("/my/testimonials?done=offered");
}

const statusKeys: Record<string, MessageKey> = {
  pending: "impact.testimonials.status.pending",
  approved: "impact.testimonials.status.approved",
  hidden: "impact.testimonials.status.hidden",
};

export default function MyTestimonials({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { state, errors } = useFormState(actionData);
  const offering = state?.form !== "withdraw";
  const values = offering ? state?.values : undefined;
  const shownAs = (name: string | null) => name ?? t("impact.testimonials.anonymous");
  return (
    <div className="page narrow">
      <h1>{t("impact.testimonials.my.title")}</h1>
      <p className="lede">{t("impact.testimonials.my.lede")}</p>
      {loaderData.done && !state ? (
        <Notice>
          {t(loaderData.done === "offered" ? "impact.testimonials.my.offered" : "impact.testimonials.my.withdrawn")}
        </Notice>
      ) : null}
      {state?.form === "withdraw" ? <ErrorSummary formError={state.formError} /> : null}

      {loaderData.mine.length > 0 ? (
        <section aria-labelledby="mine-title">
          <h2 id="mine-title">{t("impact.testimonials.my.yours")}</h2>
          <ul className="plain-list">
            {loaderData.mine.map((item) => (
              <li key={item.id} className="card">
                <blockquote lang={item.language}>
                  <p>{item.body}</p>
                </blockquote>
                <p className="muted">
                  {t("impact.testimonials.my.shownAs", { name: shownAs(item.shownName) })} ·{" "}
                  {t(statusKeys[item.status] ?? "impact.testimonials.status.pending")}
                </p>
                <Form method="post">
                  <input type="hidden" name="intent" value="withdraw" />
                  <input type="hidden" name="testimonialId" value={item.id} />
                  <button type="submit">{t("impact.testimonials.my.withdraw")}</button>
                </Form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="offer-title">
        <h2 id="offer-title">{t("impact.testimonials.my.offer")}</h2>
        {offering ? <ErrorSummary errors={errors} formError={state?.formError} /> : null}
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="offer" />
          <TextAreaField
            name="body"
            label={t("impact.testimonials.body")}
            hint={t("impact.testimonials.bodyHint", { max: MAX_TESTIMONIAL_LENGTH })}
            error={offering ? errors.body : undefined}
            defaultValue={values?.body ?? ""}
            rows={6}
            maxLength={MAX_TESTIMONIAL_LENGTH}
          />
          <SelectField
            name="language"
            label={t("impact.testimonials.language")}
            hint={t("impact.testimonials.languageHint")}
            error={offering ? errors.language : undefined}
            defaultValue={values?.language ?? locale}
          >
            <option value="en">English</option>
            <option value="es">Español</option>
          </SelectField>
          <SelectField
            name="attribution"
            label={t("impact.testimonials.attribution")}
            error={offering ? errors.attribution : undefined}
            defaultValue={values?.attribution ?? "first_name"}
          >
            {attributions.map((choice) => (
              <option key={choice} value={choice}>
                {t(`impact.testimonials.attribution.${choice}` as MessageKey, {
                  name: attributedName(loaderData.name, choice) ?? "",
                })}
              </option>
            ))}
          </SelectField>
          {offering && errors.consent ? (
            <p className="field-error" id="field-consent-error">
              {errors.consent}
            </p>
          ) : null}
          <CheckboxField
            name="consent"
            value="yes"
            label={t("impact.testimonials.consent")}
            hint={t("impact.testimonials.consentHint")}
          />
          <SubmitButton>{t("impact.testimonials.send")}</SubmitButton>
        </Form>
      </section>
    </div>
  );
}
