// Structured JSON logs (pino); secrets and credentials are redacted wherever they appear.
import { pino, type Logger } from "pino";

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: [
        "password",
        "*.password",
        "token",
        "*.token",
        "req.headers.authorization",
        "req.headers.cookie",
        'res.headers["set-cookie"]',
        "smtpUrl",
        "sessionSecret",
      ],
      censor: "[redacted]",
    },
  });
}
