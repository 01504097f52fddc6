// "Moving towards" intentions: set one with small steps and optional gentle check-ins, mark a step done or let it go,
// add a step, let an intention go. Nothing here counts, scores or keeps a streak. Works without JavaScript.
import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/intentions";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator, type MessageKey } from "#i18n/translate.ts";
import { checkInRhythms, MAX_INTENTION_LENGTH, MAX_STEP_LENGTH } from "#core/journal.ts";
import { listMyIntentions, type JournalIntention } from "#features/journal/read-journal.ts";
import {
  addStep,
  setCheckIn,
  setIntention,
  setIntentionState,
  setStepState,
} from "#features/journal/manage-intentions.ts";
import { attempt, formFields, type FormState, readForm } from "#web/form-state.server.ts";
import {
  ErrorSummary,
  Notice,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useFormState,
} from "../../components/forms.tsx";
import { useFormat, useT } from "../../components/i18n.tsx";
import { IpsTagChoices, IpsTagList } from "../../components/ips-tags.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { JournalPage } from "./lib/journal-nav.tsx";
import journalStyles from "../../styles/journal.css?url";

export const handle: RouteHandle = { access: "signed-in" };

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: journalStyles }];

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "journal.intentions.title");

const notices = { saved: "journal.intentions.saved", changed: "journal.intentions.changed" } as const satisfies Record<
  string,
  MessageKey
>;

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, viewer } = appContext(context);
  const done = new URL(request.url).searchParams.get("done");
  return {
    intentions: await listMyIntentions(services, viewer),
    notice: done && Object.hasOwn(notices, done) ? notices[done as keyof typeof notices] : null,
  };
}

type PageState = FormState & { form?: string };

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const t = translator(ctx.locale);
  const form = await readForm(request);
  const fields = formFields(form);
  const services = ctx.services;
  const viewer = ctx.viewer;
  const id = fields.id ?? "";
  let work: () => Promise<unknown>;
  let kept: PageState = { form: `intention-${id}` };
  switch (fields.intent) {
    case "set": {
      const values = {
        towards: fields.towards ?? "",
        steps: fields.steps ?? "",
        checkIn: fields.checkIn ?? "off",
        principles: form.getAll("principles").map(String).join(","),
        tasks: form.getAll("tasks").map(String).join(","),
      };
      kept = { form: "new", values };
      work = () =>
        setIntention(services, {
          viewer,
          towards: values.towards,
          steps: values.steps
            .split(/\r?\n/)
            .map((line) => line.trim())
            .filter(Boolean),
          checkIn: values.checkIn as never,
          principles: form.getAll("principles").map(String) as never[],
          tasks: form.getAll("tasks").map(String) as never[],
        });
      break;
    }
    case "step":
      work = () =>
        setStepState(services, { viewer, id, stepId: fields.stepId ?? "", state: (fields.state ?? "") as never });
      break;
    case "add-step":
      kept = { form: `intention-${id}`, values: { step: fields.text ?? "" } };
      work = () => addStep(services, { viewer, id, text: fields.text ?? "" });
      break;
    case "check-in":
      work = () => setCheckIn(services, { viewer, id, checkIn: fields.checkIn ?? "" });
      break;
    case "let-go":
    case "take-up":
      work = () => setIntentionState(services, { viewer, id, state: fields.intent === "let-go" ? "let_go" : "active" });
      break;
    default:
      return data<PageState>({ formError: t("admin.errors.conflict") }, { status: 400 });
  }
  const result = await attempt(work, t, kept);
  if (!result.ok) return result.response;
  throw redirect(`/my/journal/intentions?done=${fields.intent === "set" ? "saved" : "changed"}`);
}

const stepActions = [
  { state: "done", label: "journal.intentions.stepDone", when: ["open"] },
  { state: "let_go", label: "journal.intentions.stepLetGo", when: ["open"] },
  { state: "open", label: "journal.intentions.stepReopen", when: ["done", "let_go"] },
] as const;

function IntentionCard({ intention, state }: { intention: JournalIntention; state: PageState | undefined }) {
  const t = useT();
  const format = useFormat();
  const mine = state?.form === `intention-${intention.id}`;
  const errors = mine ? (state?.errors ?? {}) : {};
  const headingId = `intention-${intention.id}`;
  return (
    <article className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{intention.towards}</h2>
      <IpsTagList principles={intention.principles} tasks={intention.tasks} />
      {intention.state === "let_go" ? <p className="muted">{t("journal.intentions.letGoNote")}</p> : null}
      {mine ? <ErrorSummary errors={errors} formError={state?.formError} /> : null}
      <h3>{t("journal.intentions.stepsTitle")}</h3>
      {intention.steps.length === 0 ? (
        <p>{t("journal.intentions.noSteps")}</p>
      ) : (
        <ul className="plain-list stack-tight">
          {intention.steps.map((step) => (
            <li key={step.id} className="journal-step">
              <span>
                {step.text} <span className="muted">({t(`journal.step.${step.state}`)})</span>
              </span>
              {stepActions
                .filter((action) => (action.when as readonly string[]).includes(step.state))
                .map((action) => (
                  <Form method="post" key={action.state} className="inline-form">
                    <input type="hidden" name="intent" value="step" />
                    <input type="hidden" name="id" value={intention.id} />
                    <input type="hidden" name="stepId" value={step.id} />
                    <input type="hidden" name="state" value={action.state} />
                    <button type="submit" className="secondary">
                      {t(action.label)}
                      <span className="visually-hidden">: {step.text}</span>
                    </button>
                  </Form>
                ))}
            </li>
          ))}
        </ul>
      )}
      {intention.state === "active" ? (
        <>
          <Form method="post" className="stack-tight" noValidate>
            <input type="hidden" name="intent" value="add-step" />
            <input type="hidden" name="id" value={intention.id} />
            <TextField
              name="text"
              id={`step-${intention.id}`}
              label={t("journal.intentions.addStep")}
              error={errors.text}
              defaultValue={mine ? (state?.values?.step ?? "") : ""}
              maxLength={MAX_STEP_LENGTH}
              autoComplete="off"
            />
            <button type="submit" className="secondary">
              {t("journal.intentions.addStepSubmit")}
            </button>
          </Form>
          <Form method="post" className="stack-tight">
            <input type="hidden" name="intent" value="check-in" />
            <input type="hidden" name="id" value={intention.id} />
            <SelectField
              name="checkIn"
              id={`check-in-${intention.id}`}
              label={t("journal.intentions.checkIn")}
              hint={
                intention.nextCheckInAt
                  ? t("journal.intentions.nextCheckIn", {
                      date: format.date(intention.nextCheckInAt, { dateStyle: "long" }),
                    })
                  : undefined
              }
              defaultValue={intention.checkIn}
            >
              {checkInRhythms.map((rhythm) => (
                <option key={rhythm} value={rhythm}>
                  {t(`journal.intentions.checkIn.${rhythm}`)}
                </option>
              ))}
            </SelectField>
            <button type="submit" className="secondary">
              {t("journal.intentions.checkInSave")}
            </button>
          </Form>
        </>
      ) : null}
      <Form method="post">
        <input type="hidden" name="intent" value={intention.state === "active" ? "let-go" : "take-up"} />
        <input type="hidden" name="id" value={intention.id} />
        <button type="submit" className="secondary">
          {t(intention.state === "active" ? "journal.intentions.letGo" : "journal.intentions.takeUp")}
          <span className="visually-hidden">: {intention.towards}</span>
        </button>
      </Form>
    </article>
  );
}

export default function Intentions({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { state, errors } = useFormState<PageState>(actionData);
  const isNew = state?.form === "new";
  const kept = isNew ? state?.values : undefined;
  return (
    <JournalPage title={t("journal.intentions.title")}>
      <p className="lede">{t("journal.intentions.lede")}</p>
      {loaderData.notice && !state ? <Notice>{t(loaderData.notice)}</Notice> : null}
      {state && !state.form ? <ErrorSummary formError={state.formError} /> : null}
      {loaderData.intentions.length === 0 ? <p className="card">{t("journal.intentions.empty")}</p> : null}
      {loaderData.intentions.map((intention) => (
        <IntentionCard key={intention.id} intention={intention} state={state} />
      ))}
      <section aria-labelledby="new-intention" className="narrow stack">
        <h2 id="new-intention">{t("journal.intentions.new")}</h2>
        {isNew ? <ErrorSummary errors={errors} formError={state?.formError} /> : null}
        <Form method="post" className="stack" noValidate>
          <input type="hidden" name="intent" value="set" />
          <TextField
            name="towards"
            label={t("journal.intentions.towards")}
            error={isNew ? errors.towards : undefined}
            defaultValue={kept?.towards ?? ""}
            maxLength={MAX_INTENTION_LENGTH}
            required
            autoComplete="off"
          />
          <TextAreaField
            name="steps"
            label={t("journal.intentions.steps")}
            hint={t("journal.intentions.stepsHint")}
            error={
              isNew ? (errors.steps ?? Object.entries(errors).find(([k]) => k.startsWith("steps."))?.[1]) : undefined
            }
            defaultValue={kept?.steps ?? ""}
            rows={4}
          />
          <IpsTagChoices
            idPrefix="intention"
            principles={kept?.principles ? kept.principles.split(",") : []}
            tasks={kept?.tasks ? kept.tasks.split(",") : []}
          />
          <SelectField
            name="checkIn"
            label={t("journal.intentions.checkIn")}
            hint={t("journal.intentions.checkInHint")}
            error={isNew ? errors.checkIn : undefined}
            defaultValue={kept?.checkIn ?? "off"}
          >
            {checkInRhythms.map((rhythm) => (
              <option key={rhythm} value={rhythm}>
                {t(`journal.intentions.checkIn.${rhythm}`)}
              </option>
            ))}
          </SelectField>
          <SubmitButton>{t("journal.intentions.submit")}</SubmitButton>
        </Form>
      </section>
    </JournalPage>
  );
}
