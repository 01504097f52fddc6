// The IPS principles and tasks as tags: their names in the reader's language, and the checkboxes to choose them.
import { ipsPrinciples, ipsTasks, type IpsPrinciple, type IpsTask } from "#core/journal.ts";
import type { MessageKey } from "#i18n/translate.ts";
import { useT } from "./i18n.tsx";

export function ipsTagKey(code: IpsPrinciple | IpsTask): MessageKey {
  return `prompts.tag.${code}` as MessageKey;
}

/** Two groups of checkboxes (principles, tasks), named `principles` and `tasks`, each value a code. */
export function IpsTagChoices(props: {
  idPrefix: string;
  principles?: readonly string[];
  tasks?: readonly string[];
  error?: string;
}) {
  const t = useT();
  const group = (
    name: "principles" | "tasks",
    codes: readonly (IpsPrinciple | IpsTask)[],
    chosen: readonly string[],
  ) => (
    <fieldset className="stack-tight">
      <legend>{t(name === "principles" ? "journal.write.principles" : "journal.write.tasks")}</legend>
      {codes.map((code) => (
        <div className="checkbox" key={code}>
          <input
            type="checkbox"
            id={`${props.idPrefix}-${code}`}
            name={name}
            value={code}
            defaultChecked={chosen.includes(code)}
          />
          <label htmlFor={`${props.idPrefix}-${code}`}>{t(ipsTagKey(code))}</label>
        </div>
      ))}
    </fieldset>
  );
  return (
    <>
      {props.error ? <p className="field-error">{props.error}</p> : null}
      {group("principles", ipsPrinciples, props.principles ?? [])}
      {group("tasks", ipsTasks, props.tasks ?? [])}
    </>
  );
}

/** The tags an entry or intention carries, as a short list. */
export function IpsTagList(props: {
  principles: readonly string[];
  tasks: readonly string[];
  free?: readonly string[];
}) {
  const t = useT();
  const names = [
    ...[...props.principles, ...props.tasks].map((code) => t(ipsTagKey(code as IpsPrinciple))),
    ...(props.free ?? []).map((tag) => `#${tag}`),
  ];
  if (names.length === 0) return null;
  return (
    <ul className="tag-list" aria-label={t("journal.entry.tags")}>
      {names.map((name) => (
        <li key={name}>{name}</li>
      ))}
    </ul>
  );
}
