// Reads the entry form (shared by writing and editing) into what `writeEntry` takes, and what to show again on a refusal.
import { parseFreeTags } from "#core/journal.ts";
import { formFields } from "#web/form-state.server.ts";

export function readEntryForm(form: FormData) {
  const fields = formFields(form);
  const principles = form.getAll("principles").map(String);
  const tasks = form.getAll("tasks").map(String);
  const values = {
    text: fields.text ?? "",
    writtenOn: fields.writtenOn ?? "",
    promptId: fields.promptId ?? "",
    tags: fields.tags ?? "",
    principles: principles.join(","),
    tasks: tasks.join(","),
  };
  return {
    fields,
    values,
    input: {
      text: values.text,
      writtenOn: values.writtenOn,
      promptId: values.promptId || null,
      principles: principles as never[],
      tasks: tasks as never[],
      tags: parseFreeTags(values.tags),
    },
  };
}
