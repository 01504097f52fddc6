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
  // — catalog and sessions, public (H2) —
  // — calendar feeds and offer links (H3) —
  // — registration and my trainings (H4) —
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
  route("admin/support-resources", "routes/admin/support-resources.tsx"),
  // — courses and sessions, admin (H1) —
  // — rosters, applications, scholarships, admin (H5) —
  // — partner admin —
  route("partner", "routes/partner/partner.tsx"),
  // — API reference —
  route("api/docs", "routes/api-docs.tsx"),
  route("*", "routes/public/not-found.tsx"),
] satisfies RouteConfig;
