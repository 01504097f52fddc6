// English: every email the hub sends (subject, body lines and the shared footer).
export const mail = {
  "mail.greeting": "Hi {name},",
  "mail.footer":
    "You are getting this email from {hub} because of an account or registration with us. If it wasn't you, you can ignore it.",
  "mail.linkFallback": "If the button doesn't work, copy this address into your browser:",
  "mail.verifyEmail.subject": "Confirm your email address for {hub}",
  "mail.verifyEmail.body": "Please confirm this is your email address. The link works for 24 hours.",
  "mail.verifyEmail.action": "Confirm my email",
  "mail.magicLink.subject": "Your sign-in link for {hub}",
  "mail.magicLink.body": "Use this link to sign in. It works once, for 15 minutes.",
  "mail.magicLink.action": "Sign in",
  "mail.resetPassword.subject": "Choose a new password for {hub}",
  "mail.resetPassword.body":
    "Someone asked to reset the password for this account. If it was you, choose a new one with this link. It works for one hour. If it wasn't you, your password stays as it is.",
  "mail.resetPassword.action": "Choose a new password",
  "mail.invitation.subject": "You're invited to {hub}",
  "mail.invitation.body":
    "{inviter} invited you to join {hub}. Accept the invitation to set up your account. The link works for 7 days.",
  "mail.invitation.action": "Accept the invitation",
} as const;
