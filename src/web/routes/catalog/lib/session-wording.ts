// How the catalog words a session: its form and format, its seats ("3 seats left") and its prices (dates: #i18n/format.ts).
import type { CourseForm, PriceTier, SessionFormat } from "#core/catalog.ts";
import type { Locale } from "#core/locale.ts";
import type { WindowState } from "#core/registration.ts";
import { money } from "#i18n/format.ts";
import type { MessageKey, Translate } from "#i18n/translate.ts";

export const formKeys: Record<CourseForm, MessageKey> = {
  overview: "catalog.form.overview",
  core: "catalog.form.core",
  advanced: "catalog.form.advanced",
  co_reflection: "catalog.form.co_reflection",
  training_of_trainers: "catalog.form.training_of_trainers",
  other: "catalog.form.other",
};

/** The least a person can pay (a sliding scale's minimum counts; sponsored seats are for a partner's staff, so not). */
function lowestPrice(tiers: readonly PriceTier[]): number | null {
  const open = tiers.filter((tier) => tier.kind !== "sponsored");
  if (open.length === 0) return null;
  return Math.min(
    ...open.map((tier) =>
      tier.kind === "free" ? 0 : tier.kind === "sliding_scale" ? (tier.minimumCents ?? 0) : tier.amountCents,
    ),
  );
}

/** One short line for a card: "Free", "$250", "From $50". */
export function priceSummary(t: Translate, locale: Locale, tiers: readonly PriceTier[], currency: string): string {
  const lowest = lowestPrice(tiers);
  if (lowest === null) return t("catalog.price.sponsoredOnly");
  const open = tiers.filter((tier) => tier.kind !== "sponsored");
  if (open.every((tier) => tier.kind === "free")) return t("catalog.price.free");
  if (open.length === 1 && open[0]!.kind === "standard") return money(locale, currency, lowest);
  return lowest === 0
    ? t("catalog.price.fromFree")
    : t("catalog.price.from", { amount: money(locale, currency, lowest) });
}

/** Every way to pay, one line each, for the session page. */
export function priceLines(t: Translate, locale: Locale, tiers: readonly PriceTier[], currency: string): string[] {
  return tiers.map((tier) => {
    switch (tier.kind) {
      case "free":
        return t("catalog.price.free");
      case "standard":
        return t("catalog.price.standard", { amount: money(locale, currency, tier.amountCents) });
      case "sliding_scale":
        return t("catalog.price.slidingScale", {
          minimum: money(locale, currency, tier.minimumCents ?? 0),
          suggested: money(locale, currency, tier.amountCents),
        });
      case "sponsored":
        return t("catalog.price.sponsored");
    }
  });
}

/** "3 seats left", "Waitlist open", "Full", or why registration is not possible now. */
export function seatsText(t: Translate, seats: { available: number }, window: WindowState): string {
  if (window === "cancelled") return t("catalog.seats.cancelled");
  if (window === "closed" || window === "started") return t("catalog.seats.closed");
  if (seats.available > 0) return t("catalog.seats.left", { count: seats.available });
  return window === "open" ? t("catalog.seats.waitlist") : t("catalog.seats.full");
}

export function formatLabel(t: Translate, format: SessionFormat): string {
  return t(
    format === "in_person"
      ? "catalog.format.in_person"
      : format === "online"
        ? "catalog.format.online"
        : "catalog.format.hybrid",
  );
}
