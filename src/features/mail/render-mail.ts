// Builds an email's subject, plain-text part and simple accessible HTML part in the recipient's language.
import type { Locale } from "#core/locale.ts";
import { isHexColour } from "#core/contrast.ts";
import { DEFAULT_ACCENT } from "#core/theme-colors.ts";
import { translator, type MessageKey } from "#i18n/translate.ts";

export type MailTemplate =
  | { template: "verify-email"; link: string }
  | { template: "magic-link"; link: string }
  | { template: "reset-password"; link: string }
  | { template: "invitation"; link: string; inviter: string };

export type RenderedMail = { subject: string; text: string; html: string };

const keys: Record<MailTemplate["template"], { subject: MessageKey; body: MessageKey; action: MessageKey }> = {
  "verify-email": { subject: "mail.verifyEmail.subject", body: "mail.verifyEmail.body", action: "mail.verifyEmail.action" },
  "magic-link": { subject: "mail.magicLink.subject", body: "mail.magicLink.body", action: "mail.magicLink.action" },
  "reset-password": { subject: "mail.resetPassword.subject", body: "mail.resetPassword.body", action: "mail.resetPassword.action" },
  invitation: { subject: "mail.invitation.subject", body: "mail.invitation.body", action: "mail.invitation.action" },
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

export function renderMail(input: { locale: Locale; hubName: string; recipientName: string; accentColor?: string } & MailTemplate): RenderedMail {
  const t = translator(input.locale);
  const k = keys[input.template];
  const values = { hub: input.hubName, name: input.recipientName, inviter: "inviter" in input ? input.inviter : "" };
  const subject = t(k.subject, values);
  const greeting = t("mail.greeting", values);
  const body = t(k.body, values);
  const action = t(k.action, values);
  const fallback = t("mail.linkFallback");
  const footer = t("mail.footer", values);
  const text = [greeting, "", body, "", `${action}: ${input.link}`, "", "—", footer, ""].join("\n");
  const accent = input.accentColor && isHexColour(input.accentColor) ? input.accentColor : DEFAULT_ACCENT;
  const html = `<!doctype html>
<html lang="${input.locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f7f5f0;font-family:Georgia,serif;font-size:17px;line-height:1.6;color:#1f2a27">
<main style="max-width:560px;margin:0 auto;background:#fff;padding:28px;border-radius:8px">
<p>${escapeHtml(greeting)}</p>
<p>${escapeHtml(body)}</p>
<p><a href="${escapeHtml(input.link)}" style="display:inline-block;padding:12px 20px;background:${accent};color:#fff;text-decoration:none;border-radius:6px">${escapeHtml(action)}</a></p>
<p style="font-size:14px">${escapeHtml(fallback)}<br><span style="word-break:break-all">${escapeHtml(input.link)}</span></p>
<hr style="border:none;border-top:1px solid #ddd">
<p style="font-size:14px;color:#4a5653">${escapeHtml(footer)}</p>
</main></body></html>`;
  return { subject, text, html };
}
