// English: a person's privacy page — the consents they gave (with the wording they saw) and "download my data".
export const privacy = {
  "privacy.nav": "Privacy",
  "privacy.title": "Your privacy",
  "privacy.lede":
    "What you agreed to, and when, with the words you saw at the time. You can withdraw any of it here; each one says what withdrawing does before you choose.",

  // The wording of each consent, by version. A new wording is a new key with the next version (consent-wording.ts);
  // the old keys stay, so a consent shows the words that were agreed to.
  "privacy.wording.registration_answers.v1":
    "We keep your answers, pronouns, any access needs and your price choice with this registration. The hub team and this training's trainers see them. A scholarship note is read only by hub admins. Other participants and partner organizations see none of it. I understand what is kept and who sees it.",
  "privacy.wording.partner_sharing.v1":
    "A partner organization sees nothing about you unless you accept its link, and then only what you tick. You can change this or withdraw at any time.",
  "privacy.wording.trainer_public_profile.v1":
    "Show my profile on training pages and the public trainers page. You can change this at any time. Until you choose it, nothing here is shown.",
  "privacy.wording.testimonial.v1":
    "I agree that the hub may publish these words on its public impact page, under the name I chose. Hub staff read them first and may decide not to publish them. You can withdraw them at any time on this page, and they are removed at once.",
  "privacy.wording.impact_county.v1":
    'Tell us the Oregon county you live or work in if you like. We use it only to count, in groups of 5 or more, which counties our trainings reach; it is never shown with your name. You can change this or take it away at any time; choosing "I\'d rather not say" removes it.',
  // Version 2 of these three: the Spanish words now say "tú" and "centro" (docs/architecture.md, "Spanish wording");
  // the English words are the same as version 1.
  "privacy.wording.partner_sharing.v2":
    "A partner organization sees nothing about you unless you accept its link, and then only what you tick. You can change this or withdraw at any time.",
  "privacy.wording.testimonial.v2":
    "I agree that the hub may publish these words on its public impact page, under the name I chose. Hub staff read them first and may decide not to publish them. You can withdraw them at any time on this page, and they are removed at once.",
  // Version 2 changed only the Spanish words (a trainer is "quien facilita", not "capacitador"); the English stays.
  "privacy.wording.registration_answers.v2":
    "We keep your answers, pronouns, any access needs and your price choice with this registration. The hub team and this training's trainers see them. A scholarship note is read only by hub admins. Other participants and partner organizations see none of it. I understand what is kept and who sees it.",
  "privacy.wording.impact_county.v2":
    'Tell us the Oregon county you live or work in if you like. We use it only to count, in groups of 5 or more, which counties our trainings reach; it is never shown with your name. You can change this or take it away at any time; choosing "I\'d rather not say" removes it.',

  "privacy.purpose.registration_answers": "What you told us when registering",
  "privacy.purpose.partner_sharing": "Sharing with a partner organization",
  "privacy.purpose.trainer_public_profile": "Your public trainer profile",
  "privacy.purpose.testimonial": "Your words on the impact page",
  "privacy.purpose.impact_county": "Your county, in the impact counts",

  "privacy.withdraw.erase_registration_answers":
    "Your place in the training stays as it is. We erase the answers, pronouns and access needs you gave with this registration, so trainers will not see them. If you still need something for the day, you can tell the hub team directly.",
  "privacy.withdraw.end_staff_link":
    "Your link with this organization ends, and from now on it sees nothing about you. What it saw before cannot be unseen, but nothing new reaches it. You can ask to link again later.",
  "privacy.withdraw.hide_trainer_profile":
    "Your profile comes off training pages and the public trainers page at once. Your words stay saved for you, and you can show them again from your trainer profile.",
  "privacy.withdraw.remove_testimonial": "Your words come off the impact page and are deleted from the hub.",
  "privacy.withdraw.remove_county": "Your county is removed, so you are no longer counted in any county's figures.",

  "privacy.consents.title": "What you agreed to",
  "privacy.consents.empty": "Nothing yet. When the hub asks for your agreement, it will be listed here.",
  "privacy.consents.given": "Agreed on {date}, wording version {version}, in {language}.",
  "privacy.consents.recordedByStaff": "A member of staff ticked this for you when registering you.",
  "privacy.consents.earlierWording":
    "You agreed to an earlier wording than the one we use now. It still holds as you agreed to it.",
  "privacy.consents.wordingLabel": "The words you saw",
  "privacy.consents.registration": "Registration for {course}",
  "privacy.consents.organization": "With {organization}",
  "privacy.consents.whatWithdrawingDoes": "What withdrawing does",
  "privacy.consents.withdraw": "Withdraw",
  "privacy.consents.withdrawn": "Done. Your consent is withdrawn, and what it allowed has stopped.",
  "privacy.language.en": "English",
  "privacy.language.es": "Spanish",

  "privacy.errors.consentNotFound": "We could not find that consent. It may belong to another account.",
  "privacy.errors.alreadyWithdrawn": "That consent is already withdrawn. Nothing more to do.",

  "privacy.export.title": "Download my data",
  "privacy.export.lede":
    "A ZIP file with everything the hub holds about you: your profile, registrations and your answers, attendance, certificates and credentials, certifications with your CE hours and the files you uploaded, circles, your journal, your consents, and the log entries about you. We prepare it in the background and email you a link. The link works for seven days, and only when you are signed in.",
  "privacy.export.request": "Prepare my data",
  "privacy.export.requested":
    "We are preparing your file. We will email you a link when it is ready, usually within minutes.",
  "privacy.export.pending": "Being prepared since {time}. We will email you when it is ready.",
  "privacy.export.ready": "Ready. We emailed you the link; it works until {time}, when you are signed in.",
  "privacy.export.expired": "This download has expired. You can prepare a new one on your privacy page.",
  "privacy.export.notReady": "This file is still being prepared. We will email you when it is ready.",
  "privacy.export.notFound":
    "We could not find this download. If it is yours, sign in with the account that asked for it.",
  "privacy.errors.exportPending": "Your file is already being prepared. We will email you when it is ready.",

  "privacy.mail.export.subject": "Your data is ready to download",
  "privacy.mail.export.body":
    "The file with everything the hub holds about you is ready. Sign in and download it from the link below; it works until {time}.",
  "privacy.mail.export.action": "Download my data",
  "privacy.mail.export.afterword":
    "If you did not ask for this, sign in and change your password: only someone signed in as you can download it.",

  "privacy.readme.title": "Everything the hub holds about you",
  "privacy.readme.intro":
    "These files are yours. Each JSON file is plain text you can open in any editor. Dates and times are in UTC.",
  "privacy.readme.profile": "your account: name, legal name, pronouns, email, language, time zone, county",
  "privacy.readme.registrations":
    "every registration with its status history, your answers, pronouns, access needs, price and any scholarship request",
  "privacy.readme.attendance": "minutes present at each meeting, and each completion decision",
  "privacy.readme.certificates": "the certificates issued to you, with what each one says",
  "privacy.readme.credentials": "each credential exactly as issued: the signed Open Badges JSON and its VC-JWT",
  "privacy.readme.certifications": "the certifications you hold",
  "privacy.readme.ce_hours":
    "continuing-education hours you recorded from outside the hub; the files you uploaded are in the evidence folder",
  "privacy.readme.circles": "the co-reflection circles you belong to or belonged to, your answers and attendance",
  "privacy.readme.journal": "your practice journal: entries and intentions",
  "privacy.readme.consents": "what you agreed to, with the wording version, language and time",
  "privacy.readme.audit": "the hub's log entries about you or made by you (never anyone's answers or passwords)",
  "privacy.readme.evidence": "Files you uploaded as evidence:",
  "privacy.readme.journal.none": "You have no journal, so journal.json is empty.",
  "privacy.readme.journal.opened": "Your journal is stored sealed with your own key; we opened it for this file.",
  "privacy.readme.journal.sealed":
    "Your journal could not be opened on the server (its key no longer matches the hub's secret), so journal.json holds it still sealed, exactly as stored.",
};
