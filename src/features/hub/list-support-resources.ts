// The crisis and warmline resources shown on "Support now", in the order the hub chose.
import type { Executor } from "#db/client.ts";
import type { Locale } from "#core/locale.ts";
import { localizedField } from "#i18n/localized.ts";
import { listSupportResourcesForAdmin } from "./support-resources.ts";

export type SupportResourceView = {
  id: string;
  name: string;
  /** In the asked language, or the other one when that is all there is. */
  description: string;
  phone: string | null;
  sms: string | null;
  url: string | null;
  hours: string | null;
  peerRun: boolean;
  /** A calendar date, "YYYY-MM-DD". */
  lastVerifiedOn: string;
};

export async function listSupportResources(db: Executor, input: { locale: Locale }): Promise<SupportResourceView[]> {
  const rows = await listSupportResourcesForAdmin(db);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    description: localizedField(row, "description", input.locale),
    phone: row.phone,
    sms: row.sms,
    url: row.url,
    hours: row.hours,
    peerRun: row.peerRun,
    lastVerifiedOn: row.lastVerifiedOn,
  }));
}
