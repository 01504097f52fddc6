// The journal to take away: /my/journal/journal.md (to read) or /my/journal/journal.json (every field kept). Made on
// request for the signed-in person only, sent as a download that no cache keeps.
import type { Route } from "./+types/export";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import type { IpsPrinciple } from "#core/journal.ts";
import { exportJournal, journalMarkdown } from "#features/journal/export-journal.ts";
import { ipsTagKey } from "../../components/ips-tags.tsx";
import { attachment } from "../my/lib/download.server.ts";

export const handle: RouteHandle = { access: "signed-in" };

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, viewer, locale } = appContext(context);
  const journal = await exportJournal(services, viewer);
  const day = journal.exportedAt.slice(0, 10);
  if (new URL(request.url).pathname.endsWith(".json"))
    return attachment(
      new TextEncoder().encode(JSON.stringify(journal, null, 2)),
      "application/json",
      `journal-${day}.json`,
    );
  const t = translator(locale);
  const markdown = journalMarkdown(
    journal,
    {
      title: t("journal.export.heading"),
      entries: t("journal.nav.entries"),
      intentions: t("journal.nav.intentions"),
      prompt: t("journal.entry.prompt"),
      tags: t("journal.entry.tags"),
      steps: t("journal.intentions.stepsTitle"),
      letGo: t("journal.step.let_go"),
      tagName: (code) => t(ipsTagKey(code as IpsPrinciple)),
      stepState: (state) => t(`journal.step.${state}`),
    },
    locale,
  );
  return attachment(new TextEncoder().encode(markdown), "text/markdown; charset=utf-8", `journal-${day}.md`);
}
