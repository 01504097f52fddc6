// Builds an email's subject, plain-text part and simple accessible HTML part in the recipient's language.
import type { Locale } from "#core/locale.ts";
import { isHexColour } from "#core/contrast.ts";
import { DEFAULT_ACCENT } from "#core/theme-colors.ts";
import { translator, type MessageKey } from "#i18n/translate.ts";

/** The account mails: one paragraph and one link, written from fixed message keys. */
export type AccountMailTemplate =
  | { template: "verify-email"; link: string }
  | { template: "magic-link"; link: string }
  | { template: "reset-password"; link: string }
  | { template: "invitation"; link: string; inviter: string };

/** One labelled fact of a message ("When", "Where", "Your place in line"); a value may hold several lines. */
/** `lang` marks a value in another language than the message (a Spanish email showing English notes: decision 0041). */
export type MailDetail = { label: string; value: string; lang?: string };
export type MailAction = { label: string; url: string };

/**
 * A message whose words the sender already translated (the registration notices): a subject, paragraphs, details and up
 * to two action links. The first action is the main one; a second is shown as a quieter choice beside it.
 */
export type MailContent = {
  subject: string;
  paragraphs: string[];
  details?: MailDetail[];
  actions?: [MailAction] | [MailAction, MailAction];
  /** Said after the actions, such as "We attached a calendar file". */
  afterword?: string[];
};

export type ComposedMailTemplate = { template: `notice.${string}`; content: MailContent };

export type MailTemplate = AccountMailTemplate | ComposedMailTemplate;

export type RenderedMail = { subject: string; text: string; html: string };

const keys: Record<AccountMailTemplate["template"], { subject: MessageKey; body: MessageKey; action: MessageKey }> = {
  "verify-email": {
    subject: "mail.verifyEmail.subject",
    body: "mail.verifyEmail.body",
    action: "mail.verifyEmail.action",
  },
  "magic-link": { subject: "mail.magicLink.subject", body: "mail.magicLink.body", action: "mail.magicLink.action" },
  "reset-password": {
    subject: "mail.resetPassword.subject",
    body: "mail.resetPassword.body",
    action: "mail.resetPassword.action",
  },
  invitation: { subject: "mail.invitation.subject", body: "mail.invitation.body", action: "mail.invitation.action" },
};

export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

type RenderInput = { locale: Locale; hubName: string; recipientName: string; accentColor?: string } & MailTemplate;

/** The account mails written as content, so every message shares one layout. */
function accountContent(
  input: { locale: Locale; hubName: string; recipientName: string } & AccountMailTemplate,
): MailContent {
  const t = translator(input.locale);
  const k = keys[input.template];
  const values = { hub: input.hubName, name: input.recipientName, inviter: "inviter" in input ? input.inviter : "" };
  return {
    subject: t(k.subject, values),
    paragraphs: [t(k.body, values)],
    actions: [{ label: t(k.action, values), url: input.link }],
  };
}

function htmlLines(value: string): string {
  return value.split("\n").map(escapeHtml).join("<br>");
}

export function renderMail(input: RenderInput): RenderedMail {
  const t = translator(input.locale);
  const content = "content" in input ? input.content : accountContent(input);
  const values = { hub: input.hubName, name: input.recipientName };
  const greeting = t("mail.greeting", values);
  const fallback = t("mail.linkFallback");
  const footer = t("mail.footer", values);
  const details = content.details ?? [];
  const actions = content.actions ?? [];
  const afterword = content.afterword ?? [];

  const textDetails = details.map(({ label, value }) =>
    value.includes("\n") ? `${label}:\n${value.replace(/^/gm, "  ")}` : `${label}: ${value}`,
  );
  const text = [
    greeting,
    "",
    ...content.paragraphs.flatMap((p) => [p, ""]),
    ...(textDetails.length ? [...textDetails, ""] : []),
    ...actions.flatMap((a) => [`${a.label}: ${a.url}`, ""]),
    ...afterword.flatMap((p) => [p, ""]),
    "—",
    footer,
    "",
  ].join("\n");

  const accent = input.accentColor && isHexColour(input.accentColor) ? input.accentColor : DEFAULT_ACCENT;
  const button = (action: MailAction, main: boolean) =>
    main
      ? `<a href="${escapeHtml(action.url)}" style="display:inline-block;margin:0 8px 8px 0;padding:12px 20px;background:${accent};color:#fff;text-decoration:none;border-radius:6px">${escapeHtml(action.label)}</a>`
      : `<a href="${escapeHtml(action.url)}" style="display:inline-block;margin:0 8px 8px 0;padding:10px 18px;border:2px solid ${accent};color:#1f2a27;text-decoration:underline;border-radius:6px">${escapeHtml(action.label)}</a>`;
  const htmlDetails = details.length
    ? `<dl style="margin:16px 0;padding:16px;background:#f7f5f0;border-radius:6px">
${details.map(({ label, value, lang }) => `<dt style="font-weight:bold">${escapeHtml(label)}</dt>\n<dd style="margin:0 0 10px 0"${lang ? ` lang="${escapeHtml(lang)}"` : ""}>${htmlLines(value)}</dd>`).join("\n")}
</dl>`
    : "";
  const htmlActions = actions.length
    ? `<p>${actions.map((a, i) => button(a, i === 0)).join("\n")}</p>
<p style="font-size:14px">${escapeHtml(fallback)}<br>${actions
        .map(
          (a) =>
            `${actions.length > 1 ? `${escapeHtml(a.label)}: ` : ""}<span style="word-break:break-all">${escapeHtml(a.url)}</span>`,
        )
        .join("<br>")}</p>`
    : "";
  const html = `<!doctype html>
<html lang="${input.locale}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;padding:24px;background:#f7f5f0;font-family:Georgia,serif;font-size:17px;line-height:1.6;color:#1f2a27">
<main style="max-width:560px;margin:0 auto;background:#fff;padding:28px;border-radius:8px">
<p>${escapeHtml(greeting)}</p>
${content.paragraphs.map((p) => `<p>${htmlLines(p)}</p>`).join("\n")}
${htmlDetails}
${htmlActions}
${afterword.map((p) => `<p>${htmlLines(p)}</p>`).join("\n")}
<hr style="border:none;border-top:1px solid #ddd">
<p style="font-size:14px;color:#4a5653">${escapeHtml(footer)}</p>
</main></body></html>`;
  return { subject: content.subject, text, html };
}
