// The fields of a journal entry, for writing one and editing one.
import type { Prompt } from "#features/prompts/list-prompts.ts";
import { MAX_ENTRY_TEXT_LENGTH } from "#core/journal.ts";
import { SelectField, TextAreaField, TextField } from "../../../components/forms.tsx";
import { useT } from "../../../components/i18n.tsx";
import { IpsTagChoices } from "../../../components/ips-tags.tsx";

export type EntryValues = {
  text: string;
  writtenOn: string;
  promptId: string;
  tags: string;
  principles: string[];
  tasks: string[];
};

export function EntryFields(props: { prompts: Prompt[]; values: EntryValues; errors: Record<string, string> }) {
  const t = useT();
  const { values, errors } = props;
  return (
    <>
      <SelectField
        name="promptId"
        label={t("journal.write.prompt")}
        error={errors.promptId}
        defaultValue={values.promptId}
      >
        <option value="">{t("journal.write.noPrompt")}</option>
        {props.prompts.map((prompt) => (
          <option key={prompt.id} value={prompt.id}>
            {prompt.text}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        name="text"
        label={t("journal.write.text")}
        hint={t("journal.write.textHint")}
        error={errors.text}
        defaultValue={values.text}
        maxLength={MAX_ENTRY_TEXT_LENGTH}
        rows={8}
        required
      />
      <TextField
        name="writtenOn"
        type="date"
        label={t("journal.write.date")}
        error={errors.writtenOn}
        defaultValue={values.writtenOn}
        required
      />
      <IpsTagChoices
        idPrefix="entry"
        principles={values.principles}
        tasks={values.tasks}
        error={errors.principles ?? errors.tasks}
      />
      <TextField
        name="tags"
        label={t("journal.write.tags")}
        hint={t("journal.write.tagsHint")}
        error={errors.tags}
        defaultValue={values.tags}
        autoComplete="off"
      />
    </>
  );
}
