// A real SMTP server on loopback for tests: keeps every message it accepts, parsed, and can refuse recipients.
import { EventEmitter } from "node:events";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";

export type CapturedMail = {
  /** Envelope recipients (RCPT TO), lower-cased. */
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  /** Value of the Content-Language header, if the sender set one. */
  language: string | undefined;
  raw: string;
  parsed: ParsedMail;
};

export type TestSmtpServer = {
  /** For SMTP_URL, e.g. smtp://127.0.0.1:40123 */
  url: string;
  port: number;
  /** Everything accepted so far, oldest first. */
  messages: CapturedMail[];
  /** Refuses RCPT TO for matching addresses with a 550, as a real server does for an unknown mailbox. */
  refuseRecipients(matches: ((address: string) => boolean) | null): void;
  /** Resolves with the first message (already received or still to come) that matches. */
  waitForMail(matches: (mail: CapturedMail) => boolean, options?: { timeoutMs?: number }): Promise<CapturedMail>;
  stop(): Promise<void>;
};

export async function startSmtpServer(): Promise<TestSmtpServer> {
  const messages: CapturedMail[] = [];
  const arrivals = new EventEmitter();
  let refuse: ((address: string) => boolean) | null = null;

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuse?.(address.address.toLowerCase())) {
        const error = Object.assign(new Error(`Mailbox ${address.address} is not accepting mail`), {
          responseCode: 550,
        });
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", (error) => callback(error));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        // Parse before answering 250, so a sender that sees success finds the message already here.
        simpleParser(raw).then(
          (parsed) => {
            const language = parsed.headers.get("content-language");
            const mail: CapturedMail = {
              to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
              subject: parsed.subject ?? "",
              text: parsed.text ?? "",
              html: typeof parsed.html === "string" ? parsed.html : "",
              language: typeof language === "string" ? language : undefined,
              raw,
              parsed,
            };
            messages.push(mail);
            arrivals.emit("mail", mail);
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;

  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    refuseRecipients(matches) {
      refuse = matches;
    },
    waitForMail(matches, options = {}) {
      const found = messages.find(matches);
      if (found) return Promise.resolve(found);
      const timeoutMs = options.timeoutMs ?? 20_000;
      return new Promise((resolve, reject) => {
        const onMail = (mail: CapturedMail) => {
          if (!matches(mail)) return;
          clearTimeout(timer);
          arrivals.off("mail", onMail);
          resolve(mail);
        };
        const timer = setTimeout(() => {
          arrivals.off("mail", onMail);
          const seen = messages.map((m) => `${m.to.join(",")}: ${m.subject}`).join("; ") || "none";
          reject(new Error(`No matching mail reached the test SMTP server within ${timeoutMs} ms (received: ${seen})`));
        }, timeoutMs);
        arrivals.on("mail", onMail);
      });
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link in a message's plain-text part whose path is `pathname` (e.g. "/verify-email"). */
export function findLink(mail: CapturedMail, pathname: string): URL {
  for (const match of mail.text.matchAll(/https?:\/\/[^\s<>"]+/g)) {
    const url = new URL(match[0]);
    if (url.pathname === pathname) return url;
  }
  throw new Error(`No ${pathname} link in the mail "${mail.subject}":\n${mail.text}`);
}
