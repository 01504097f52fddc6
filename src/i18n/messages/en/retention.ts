// English: the admin's retention settings (decision 0040).
export const retention = {
  "admin.retention.title": "Retention",
  "admin.retention.lede":
    "How long the hub keeps what people tell it about their needs, their evidence files and its own logs. A daily job forgets what is past its period and records how many items it removed, never what they said.",
  "admin.retention.saved": "Retention periods saved. The next daily purge uses them.",
  "admin.retention.save": "Save retention periods",
  "admin.retention.months": "Months",
  "admin.retention.days": "Days",
  "admin.retention.category.sensitive_answers":
    "Answers to sensitive registration questions (months after the session ends)",
  "admin.retention.category.accommodations": "Accommodation requests (months after the session ends)",
  "admin.retention.category.need_statements": "Scholarship need statements (months after the session ends)",
  "admin.retention.category.evidence_files":
    "Evidence files for outside hours (months after the hours stop counting toward a renewal)",
  "admin.retention.category.mail_log": "Sent mail in the outbox (days)",
  "admin.retention.category.webhook_log": "Webhook delivery log (days)",
  "admin.retention.category.job_log": "Finished background jobs (days)",
  "admin.retention.default": "Default: {value}",
  "admin.retention.errors.summary": "Some periods need a look.",
  "admin.retention.errors.months": "Enter a whole number of months from {min} to {max}.",
  "admin.retention.errors.days": "Enter a whole number of days from {min} to {max}.",
  "public.privacy.retention.title": "How long we keep it",
  "public.privacy.retention.lede":
    "Some things are forgotten on their own once they are no longer needed. A daily job removes them and records only how many it removed. Your account, your training record and the audit trail stay until you delete your account.",
  "public.privacy.retention.questionsLede":
    "Some courses keep the answers to a sensitive question for a different time:",
  "public.privacy.retention.question":
    "Answers to “{question}” ({course}) are deleted {months, plural, one {# month} other {# months}} after the session ends.",
  "public.privacy.retention.months": "{count, plural, one {# month} other {# months}}",
  "public.privacy.retention.days": "{count, plural, one {# day} other {# days}}",
};
