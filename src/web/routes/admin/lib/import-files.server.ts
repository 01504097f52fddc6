// Reads the import page's form: a chosen file wins over pasted text, and the button pressed says check or import.
import { formFields } from "#web/form-state.server.ts";

export type ImportFiles = {
  intent: "check" | "import";
  sessionsCsv: string;
  participantsCsv: string;
  issueCredentials: boolean;
};

async function fileText(value: FormDataEntryValue | null): Promise<string | null> {
  if (!(value instanceof File) || value.size === 0) return null;
  // Spreadsheet programs save CSV as UTF-8 (with or without a byte-order mark); a stray byte becomes U+FFFD, not an error.
  return new TextDecoder("utf-8").decode(await value.arrayBuffer());
}

export async function readImportFiles(form: FormData): Promise<ImportFiles> {
  const fields = formFields(form);
  return {
    intent: fields.intent === "import" ? "import" : "check",
    sessionsCsv: (await fileText(form.get("sessionsFile"))) ?? fields.sessionsCsv ?? "",
    participantsCsv: (await fileText(form.get("participantsFile"))) ?? fields.participantsCsv ?? "",
    issueCredentials: fields.issueCredentials === "on",
  };
}
