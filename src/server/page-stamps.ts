// The stamps a kept page copy is checked against (handle.sharedCacheStamp): each reads, on every request, the few facts
// whose change must show at once, and returns them as a string; null means "render this request afresh".
import type { Services } from "#platform/services.ts";
import type { PageStampName } from "#web/route-handle.ts";
import { verificationStamp } from "#features/credentials/read-credential.ts";
import { impactPageStamp } from "#features/impact/impact-block-visibility.ts";

export type PageStamp = (
  params: Readonly<Record<string, string | undefined>>,
  services: Services,
) => Promise<string | null>;

export const pageStamps: Record<PageStampName, PageStamp> = {
  credentialVerdict: (params, services) => verificationStamp(services.db, { code: params.code, now: services.now() }),
  // The impact page: a block's visibility or a testimonial changed (a withdrawal must leave the page at once).
  impactShown: (_params, services) => impactPageStamp(services.db),
};
