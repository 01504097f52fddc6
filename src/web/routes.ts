// Every page and resource route. Each route module declares `handle.access`; the server denies routes without one.
import { type RouteConfig, index, route } from "@react-router/dev/routes";

export default [
  index("routes/public/home.tsx"),
  // — public pages —
  route("learn", "routes/public/learn.tsx"),
  route("support", "routes/public/support.tsx"),
  route("privacy", "routes/public/privacy.tsx"),
  route("language", "routes/public/language.ts"),
  route("theme.css", "routes/public/theme-css.ts"),
  // — catalog and sessions, public —
  route("trainings", "routes/catalog/trainings.tsx"),
  route("trainings/:id", "routes/catalog/training.tsx"),
  // — calendar feeds and offer links —
  route("trainings.ics", "routes/calendar/trainings-feed.ts"),
  route("trainings/:id/calendar.ics", "routes/calendar/session-calendar.ts"),
  route("calendar/:token.ics", "routes/calendar/personal-feed.ts"),
  route("offers/:token", "routes/offers/offer.tsx"),
  // — registration and my trainings —
  route("trainings/:id/register", "routes/registration/register.tsx"),
  route("my/trainings", "routes/my/trainings.tsx"),
  route("my/prerequisites", "routes/my/prerequisites.tsx"),
  // — certifications and CE hours —
  route("my/certifications", "routes/my/certifications.tsx"),
  route("my/certifications/transcript.pdf", "routes/my/ce-transcript.ts"),
  route("my/certifications/evidence/:id", "routes/my/evidence.ts"),
  route("admin/outside-hours", "routes/admin/outside-hours.tsx"),
  // — sign-in, sign-up and recovery —
  route("sign-in", "routes/auth/sign-in.tsx"),
  route("sign-in/link", "routes/auth/sign-in-link.tsx"),
  route("magic-link", "routes/auth/magic-link.tsx"),
  route("sign-up", "routes/auth/sign-up.tsx"),
  route("check-email", "routes/auth/check-email.tsx"),
  route("verify-email", "routes/auth/verify-email.tsx"),
  route("forgot-password", "routes/auth/forgot-password.tsx"),
  route("reset-password", "routes/auth/reset-password.tsx"),
  route("sign-out", "routes/auth/sign-out.tsx"),
  // — the person's own account —
  route("account", "routes/account/profile.tsx"),
  route("account/email", "routes/account/email.tsx"),
  route("account/password", "routes/account/password.tsx"),
  route("account/tokens", "routes/account/tokens.tsx"),
  route("invitation", "routes/account/invitation.tsx"),
  // — hub admin —
  route("admin", "routes/admin/overview.tsx"),
  route("admin/people", "routes/admin/people.tsx"),
  route("admin/people/:id", "routes/admin/person.tsx"),
  route("admin/invitations", "routes/admin/invitations.tsx"),
  route("admin/organizations", "routes/admin/organizations.tsx"),
  route("admin/audit", "routes/admin/audit.tsx"),
  route("admin/outbox", "routes/admin/outbox.tsx"),
  route("admin/outbox/:id", "routes/admin/outbox-message.tsx"),
  route("admin/settings", "routes/admin/settings.tsx"),
  route("admin/settings/retention", "routes/admin/settings-retention.tsx"),
  route("admin/support-resources", "routes/admin/support-resources.tsx"),
  // — courses and sessions, admin —
  route("admin/courses", "routes/admin/courses.tsx"),
  route("admin/courses/new", "routes/admin/course-new.tsx"),
  route("admin/courses/:id", "routes/admin/course.tsx"),
  route("admin/sessions", "routes/admin/sessions.tsx"),
  route("admin/sessions/new", "routes/admin/session-new.tsx"),
  route("admin/sessions/:id", "routes/admin/session.tsx"),
  // — rosters, applications, scholarships, admin —
  route("admin/sessions/:id/roster", "routes/admin/session-roster.tsx"),
  route("admin/sessions/:id/roster.csv", "routes/admin/session-roster-csv.ts"),
  route("admin/applications", "routes/admin/applications.tsx"),
  route("admin/scholarships", "routes/admin/scholarships.tsx"),
  route("admin/prerequisites", "routes/admin/prerequisites.tsx"),
  // — trusted issuers (issue 13, item 4) —
  route("admin/trusted-issuers", "routes/admin/trusted-issuers.tsx"),
  route("partner/registrations", "routes/partner/registrations.tsx"),
  route("partner/register", "routes/partner/register.tsx"),
  // — trainer and attendance —
  route("trainer", "routes/trainer/sessions.tsx"),
  route("trainer/sessions/:id/attendance", "routes/trainer/attendance.tsx"),
  route("trainer/sessions/:id/check-in", "routes/trainer/check-in-display.tsx"),
  route("trainer/sessions/:id/board-roster.csv", "routes/trainer/board-roster-csv.ts"),
  route("check-in", "routes/check-in/type-code.tsx"),
  route("check-in/:code", "routes/check-in/check-in.tsx"),
  route("my/results/:registrationId", "routes/my/result.tsx"),
  // — credentials —
  route(".well-known/jwks.json", "routes/credentials/jwks.ts"),
  route("credentials/status/:list", "routes/credentials/status-list.ts"),
  route("verify", "routes/credentials/verify-form.tsx"),
  route("verify/:code", "routes/credentials/verify.tsx"),
  route("my/certificates", "routes/my/certificates.tsx"),
  route("my/certificates/:id.pdf", "routes/my/certificate-file.ts", { id: "certificate-pdf" }),
  route("my/certificates/:id.json", "routes/my/certificate-file.ts", { id: "certificate-json" }),
  route("my/certificates/:id.jwt", "routes/my/certificate-file.ts", { id: "certificate-jwt" }),
  route("admin/credentials", "routes/admin/credentials.tsx"),
  // — moving in: past trainings —
  route("admin/import", "routes/admin/import.tsx"),
  // — credentials: Data Integrity keys and the issuer profile —
  route("credentials/keys/:id", "routes/credentials/key.ts"),
  route("credentials/issuer", "routes/credentials/issuer.ts"),
  // — partner admin —
  route("partner", "routes/partner/partner.tsx"),
  // — evaluations —
  route("evaluations/results", "routes/evaluations/results.tsx"),
  route("evaluations/:token", "routes/evaluations/answer.tsx"),
  route("admin/evaluation-forms", "routes/evaluations/forms.tsx"),
  // — API reference —
  // — partners: directory, partner portal staff and seats, a person's own links —
  route("partners", "routes/partners/directory.tsx"),
  route("partner/staff", "routes/partner/staff.tsx"),
  route("partner/directory", "routes/partner/directory-entry.tsx"),
  route("account/partners", "routes/account/partners.tsx"),
  route("api/docs", "routes/api-docs.tsx"),
  // — webhooks —
  route("admin/webhooks", "routes/admin/webhooks.tsx"),
  route("admin/webhooks/:id", "routes/admin/webhook-deliveries.tsx"),
  // — journal and prompts —
  route("my/journal", "routes/journal/journal.tsx"),
  route("my/journal/entries/:id", "routes/journal/entry.tsx"),
  route("my/journal/intentions", "routes/journal/intentions.tsx"),
  route("my/journal/over-time", "routes/journal/over-time.tsx"),
  route("my/journal/journal.md", "routes/journal/export.ts", { id: "journal-markdown" }),
  route("my/journal/journal.json", "routes/journal/export.ts", { id: "journal-json" }),
  route("admin/prompts", "routes/admin/prompts.tsx"),
  // — impact (issue 12) —
  route("impact", "routes/public/impact.tsx"),
  route("impact.csv", "routes/public/impact-csv.ts"),
  route("admin/impact", "routes/admin/impact.tsx"),
  route("admin/impact.csv", "routes/admin/impact-csv.ts"),
  route("admin/impact/report", "routes/admin/impact-report.ts"),
  route("admin/impact/exports", "routes/admin/impact-exports.tsx"),
  route("admin/testimonials", "routes/admin/testimonials.tsx"),
  route("my/testimonials", "routes/my/testimonials.tsx"),
  route("account/county", "routes/account/county.tsx"),
  // — privacy (issue 14) —
  route("account/privacy", "routes/account/privacy.tsx"),
  route("account/privacy/export/:token", "routes/account/privacy-export.ts"),
  route("account/privacy/delete", "routes/account/privacy-delete.tsx"),
  route("admin/privacy", "routes/admin/privacy-queue.tsx"),
  // — co-reflection circles —
  route("circles", "routes/circles/circles.tsx"),
  route("circles/new", "routes/circles/circle-new.tsx"),
  route("circles/:id", "routes/circles/circle.tsx"),
  route("circles/:id/calendar.ics", "routes/circles/circle-calendar.ts"),
  // — trainers (issue 10) —
  route("trainers", "routes/public/trainers.tsx"),
  route("trainers/:id/photo", "routes/public/trainer-photo.ts"),
  route("trainer/standing", "routes/trainer/standing.tsx"),
  route("trainer/profile", "routes/trainer/profile.tsx"),
  route("trainer/sessions/:id/walk-in", "routes/trainer/walk-in.tsx"),
  route("admin/trainers", "routes/admin/trainers.tsx"),
  route("admin/trainers/requirements", "routes/admin/trainer-requirements.tsx"),
  route("admin/trainers/:id", "routes/admin/trainer.tsx"),
  route("admin/sponsored-seats", "routes/admin/sponsored-seats.tsx"),
  // — in-house trainings (issue 10 item 6) —
  route("trainer/inhouse", "routes/trainer/inhouse.tsx"),
  route("admin/inhouse", "routes/admin/inhouse.tsx"),
  route("*", "routes/public/not-found.tsx"),
] satisfies RouteConfig;
