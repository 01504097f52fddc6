// How each outbox state reads to an admin.
export const outboxStatusKeys = {
  queued: "admin.outbox.status.queued",
  sent: "admin.outbox.status.sent",
  kept: "admin.outbox.status.kept",
  failed: "admin.outbox.status.failed",
} as const;
