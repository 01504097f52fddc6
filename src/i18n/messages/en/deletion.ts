// English: "delete my account" — the privacy page's section, the page that says what goes and what stays before the
// person confirms, the email that says it is done, and the admins' privacy queue.
export const deletion = {
  "deletion.section.title": "Delete my account",
  "deletion.section.lede":
    "You can delete your account at any time. The next page says what we delete, what we must keep and why, and asks for your password before anything happens.",
  "deletion.section.link": "Read what deleting means",

  "deletion.title": "Delete my account",
  "deletion.lede":
    "Take your time. Nothing happens until you confirm at the bottom of this page. Once you do, it cannot be undone.",
  "deletion.exportFirst":
    "You may want to download your data first, from your privacy page. Once your account is deleted, we cannot prepare it for you.",
  "deletion.deleted.title": "What we delete",
  "deletion.deleted.profile": "Your profile: name, legal name, pronouns, email address, county and language.",
  "deletion.deleted.answers":
    "What you told us when registering: your answers, pronouns, access needs and any scholarship note.",
  "deletion.deleted.places":
    "Your places in trainings that have not ended. Each seat goes to the next person waiting for it.",
  "deletion.deleted.journal":
    "Your journal. Its key is destroyed, so no copy of it, not even in a backup, can be read again.",
  "deletion.deleted.circles": "Your circle memberships, and your answers and attendance in circles.",
  "deletion.deleted.ce": "Your certifications, your CE hours and the evidence files you uploaded.",
  "deletion.deleted.trainer": "Your trainer profile and photo, and your words on the impact page.",
  "deletion.deleted.signIn": "Your password, your sign-ins and your API tokens. You are signed out everywhere at once.",
  "deletion.deleted.consents": "Your consents are closed, and partner organizations stop seeing anything about you.",
  "deletion.kept.title": "What we keep, and why",
  "deletion.kept.completion":
    "For each training you finished: that someone completed it, with the dates and hours, under the name “Deleted account”. Certification boards and funders rely on these counts, and the hub must be able to show that the trainings it reported took place.",
  "deletion.kept.audit":
    "The hub's log of what happened (for example, that a seat was given back), so the hub can account for its decisions. We take your name, email address and network address out of it.",
  "deletion.kept.noContact": "Neither holds your name or any way to contact you.",
  "deletion.credentials.legend": "Your certificates and credentials",
  "deletion.credentials.count":
    "You have {count, plural, =0 {no credentials} one {# credential} other {# credentials}} from the hub.",
  "deletion.credentials.keep":
    "Keep them verifiable. Anyone you gave a certificate to can still check it, under the name printed on it. That name stays only in the credential itself.",
  "deletion.credentials.revoke":
    "Revoke them. Checking one will say it was revoked, so it no longer shows your training.",
  "deletion.password.label": "Your password",
  "deletion.password.hint": "So we know it is really you.",
  "deletion.whatHappens":
    "When you confirm, you are signed out everywhere. We finish within minutes and email you at the address you have now when it is done.",
  "deletion.submit": "Delete my account",
  "deletion.signedOut":
    "Your account is being deleted. You are signed out, and we will email you when it is done. Take care.",

  "deletion.errors.passwordMissing": "Enter your password to confirm.",
  "deletion.errors.passwordWrong": "That password is not right. Try again, or reset it from the sign-in page.",
  "deletion.errors.noPassword":
    "Your account has no password. Use “Forgot your password?” on the sign-in page to set one, then come back here.",
  "deletion.errors.choiceMissing": "Choose what becomes of your credentials.",
  "deletion.errors.alreadyRequested": "Your account is already being deleted. We will email you when it is done.",
  "deletion.errors.lastAdmin":
    "You are the hub's only admin. Make someone else an admin first, so the hub keeps someone who can run it.",

  "deletion.mail.subject": "Your account has been deleted",
  "deletion.mail.body":
    "As you asked, we deleted your account on {time}. Your profile, your answers, your journal and your sign-ins are gone.",
  "deletion.mail.credentialsKept": "Your credentials stay verifiable under the name printed on them.",
  "deletion.mail.credentialsRevoked": "Your credentials are revoked: checking one now says so.",
  "deletion.mail.recordsKept":
    "We keep a record of the trainings you completed and the hub's log of what happened, under the name “Deleted account” and without any way to contact you.",
  "deletion.mail.afterword":
    "This is the last email we send to this address. If you did not ask for this, please contact the hub team.",

  "deletion.admin.nav": "Privacy queue",
  "deletion.admin.title": "Privacy queue",
  "deletion.admin.lede":
    "Requests to delete an account. Nobody can stop a request once it is made: the hub carries it out within minutes. This list shows only dates, never who asked or what was deleted.",
  "deletion.admin.empty": "Nobody has asked to delete their account.",
  "deletion.admin.column.reference": "Request",
  "deletion.admin.column.requested": "Asked on",
  "deletion.admin.column.completed": "Done on",
  "deletion.admin.column.status": "Status",
  "deletion.admin.status.pending": "Pending",
  "deletion.admin.status.completed": "Completed",
  "deletion.admin.notYet": "Not yet",
  "deletion.admin.pages": "Privacy queue pages",
  "deletion.admin.newest": "Newest",
  "deletion.admin.older": "Older",
};
