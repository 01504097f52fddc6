// Turns a phone number as people write it ("1-800-698-2392") into tel: and sms: links phones can dial.

/** Keeps digits and a leading "+"; null when nothing dialable is left. */
export function dialableNumber(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  const digits = trimmed.replace(/\D/g, "");
  if (!digits) return null;
  return trimmed.startsWith("+") ? `+${digits}` : digits;
}

export function telHref(value: string | null | undefined): string | null {
  const number = dialableNumber(value);
  return number ? `tel:${number}` : null;
}

export function smsHref(value: string | null | undefined): string | null {
  const number = dialableNumber(value);
  return number ? `sms:${number}` : null;
}

/** Only http(s) addresses become links; the display form drops the scheme, "www." and a trailing slash. */
export function webLink(value: string | null | undefined): { href: string; label: string } | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  const label = `${url.host.replace(/^www\./, "")}${url.pathname === "/" ? "" : url.pathname.replace(/\/$/, "")}`;
  return { href: url.toString(), label };
}
