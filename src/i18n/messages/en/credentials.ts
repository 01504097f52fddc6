// English: certificates and verifiable credentials — the PDF, "My certificates", the public verify page, admin revocation.
export const credentials = {
  "credentials.hours": "{hours} h",
  "credentials.hoursOf": "{earned} of {available}",
  "credentials.inPerson": "In person",
  "credentials.online": "Online",

  "credentials.status.valid": "Valid",
  "credentials.status.revoked": "Revoked",
  "credentials.status.expired": "Expired",
  "credentials.status.superseded": "Replaced",

  "credentials.ips.principle-learning": "Learning together (rather than helping)",
  "credentials.ips.principle-relationship": "Relationship (rather than the individual)",
  "credentials.ips.principle-hope": "Hope and possibility (rather than fear)",

  "credentials.criteria.all": "Attend all {hours} contact hours.",
  "credentials.criteria.share": "Attend at least {percent}% of the {hours} contact hours.",
  "credentials.criteria.missed": "Miss no more than {hours} hours in all.",
  "credentials.criteria.meetings": "Attend these days in full: {days}.",
  "credentials.criteria.signOff": "A trainer confirms the completion.",
  "credentials.criteria.contactHour":
    "A contact hour is an hour of classroom or group time; homework and reading do not count.",

  "credentials.errors.notFound": "We could not find that certificate.",
  "credentials.errors.alreadyRevoked": "This certificate is already revoked.",
  "credentials.errors.reasonMissing": "Say why you are revoking it. Only hub admins see the reason.",
  "credentials.errors.reasonTooLong": "Keep the reason to {max} characters or fewer.",

  "credentials.pdf.title": "Certificate of Completion",
  "credentials.pdf.certifies": "This certifies that",
  "credentials.pdf.completed": "completed",
  "credentials.pdf.contactHours": "Contact hours: {earned} of {available}",
  "credentials.pdf.ceCategories": "Continuing education: {list}",
  "credentials.pdf.trainers": "Trainers: {names}",
  "credentials.pdf.deliveredBy": "Delivered by {partner}",
  "credentials.pdf.provider": "Provider or approval number: {number}",
  "credentials.pdf.code": "Certificate code: {code}",
  "credentials.pdf.verifyAt": "Check this certificate at",
  "credentials.pdf.issued": "Issued {date}",
  "credentials.pdf.revoked": "Revoked — no longer valid",
  "credentials.pdf.superseded": "Replaced by a newer certificate",

  "credentials.mine.title": "My certificates",
  "credentials.mine.lede":
    "Your certificates for the trainings you completed. Each one comes as a PDF to print or send to a certification board, and as a signed digital credential (Open Badges 3.0) you can keep in a wallet app.",
  "credentials.mine.empty":
    "You have no certificates yet. When a trainer signs off on a training you completed, its certificate shows up here, usually within a minute.",
  "credentials.mine.notCompleted":
    "A training that wasn't completed has no certificate. My trainings shows the hours you attended, what the course asks, and who to talk to if you'd like to finish it.",
  "credentials.mine.emptyLink": "See my trainings",
  "credentials.mine.statusSince": "since {date}",
  "credentials.mine.downloads": "Downloads for {course}",
  "credentials.mine.pdfLetter": "PDF (US Letter)",
  "credentials.mine.pdfA4": "PDF (A4)",
  "credentials.mine.json": "Credential for wallets (.json, signed)",
  "credentials.mine.jwt": "Signed credential (.jwt)",
  "credentials.mine.verify": "Public check page",
  "credentials.mine.linkedIn": "Add to LinkedIn",
  "credentials.mine.newWindow": "(opens LinkedIn in a new window)",
  "credentials.mine.wallet.title": "Keep it in a wallet app",
  "credentials.mine.wallet.body":
    "The .json file carries its own signature (a Data Integrity proof), which wallet apps check. To add a certificate to the Learner Credential Wallet, a free app from the Digital Credentials Consortium: download its .json file to your phone, open the wallet, choose to add a credential, and pick the file (or paste its contents). The .jwt file is the same credential in the other signed form some tools ask for.",
  "credentials.mine.wallet.link": "About the Learner Credential Wallet (lcw.app)",
  "credentials.mine.about":
    "The PDF shows your legal name (or your chosen name if you have not given one). The public check page shows only your chosen name, never your email. If your legal name changes in your account, your certificates are re-issued with the new name.",

  "credentials.verify.title": "Check a certificate",
  "credentials.verify.description":
    "Check that a certificate from {hub} is real and still valid: type the code printed on it, or paste a signed credential file.",
  "credentials.verify.lede": "Type the code printed on the certificate, under its QR code.",
  "credentials.verify.code.label": "Certificate code",
  "credentials.verify.code.hint": "Ten letters and numbers, like 7K3QD-M9XWA. Capitals and the dash are optional.",
  "credentials.verify.code.submit": "Check certificate",
  "credentials.verify.code.wrong":
    "That does not look like a certificate code. It has ten letters and numbers, like 7K3QD-M9XWA.",
  "credentials.verify.notFound.title": "We could not find this certificate",
  "credentials.verify.notFound.body":
    "No certificate has the code “{code}”. Check the code on the certificate and try again.",
  "credentials.verify.valid.title": "This certificate is valid",
  "credentials.verify.valid.body": "{issuer} issued it and has not revoked it.",
  "credentials.verify.revoked.title": "This certificate was revoked",
  "credentials.verify.revoked.body": "{issuer} revoked it on {date}. It no longer counts as proof of this training.",
  "credentials.verify.expired.title": "This certificate has expired",
  "credentials.verify.expired.body": "It was valid until {date}.",
  "credentials.verify.superseded.title": "This certificate was replaced",
  "credentials.verify.superseded.body":
    "{issuer} issued a newer certificate for the same training on {date}, for example after a name change.",
  "credentials.verify.superseded.link": "See the current certificate ({code})",
  "credentials.verify.name": "Name",
  "credentials.verify.course": "Training",
  "credentials.verify.dates": "Dates",
  "credentials.verify.hours": "Contact hours",
  "credentials.verify.categories": "Continuing education",
  "credentials.verify.issuer": "Issued by",
  "credentials.verify.deliveredBy": "Delivered by",
  "credentials.verify.provider": "provider number {number}",
  "credentials.verify.issued": "Issued on",
  "credentials.verify.validUntil": "Valid until",
  "credentials.verify.code": "Code",
  "credentials.verify.signed":
    "The digital version of this certificate is signed by the hub. Anyone can check its signature with the hub's public keys at /.well-known/jwks.json.",

  "credentials.admin.title": "Certificates",
  "credentials.admin.lede":
    "Every certificate the hub has issued. Find one by its code, the person's name or email, or the training. Revoking a certificate makes its check page and its digital credential say it is no longer valid.",
  "credentials.admin.search.label": "Find certificates",
  "credentials.admin.search.hint": "A code, a name, an email address or a training.",
  "credentials.admin.search.submit": "Search",
  "credentials.admin.count": "{count, plural, =0 {No certificates} one {# certificate} other {# certificates}}",
  "credentials.admin.empty":
    "No certificates have been issued yet. They are issued when a trainer signs off on a session.",
  "credentials.admin.noMatch": "No certificate matches this search.",
  "credentials.admin.pages": "Pages of certificates",
  "credentials.admin.column.code": "Code",
  "credentials.admin.column.person": "Person",
  "credentials.admin.column.course": "Training",
  "credentials.admin.column.issued": "Issued",
  "credentials.admin.column.status": "Status",
  "credentials.admin.column.actions": "Actions",
  "credentials.admin.reasonShown": "Reason: {reason}",
  "credentials.admin.revoke.open": "Revoke…",
  "credentials.admin.revoke.explain":
    "The check page will say the certificate was revoked, with the date, and the digital credential will fail verification. The person keeps seeing it on their page, marked revoked. This cannot be undone; a new certificate would have to be issued.",
  "credentials.admin.revoke.reason": "Reason",
  "credentials.admin.revoke.reasonHint": "Only hub admins see this. It is kept with the certificate.",
  "credentials.admin.revoke.confirm": "Revoke certificate",
  "credentials.admin.revokedNotice": "Certificate {code} is revoked.",

  // — issuer profile —
  "credentials.issuer.description":
    "{name} is an Intentional Peer Support training hub. It issues these credentials when a person completes one of its trainings.",

  // — checking any credential (the verifier) —
  "credentials.check.name.format": "Readable credential",
  "credentials.check.name.signature": "Signature",
  "credentials.check.name.issuer": "Issuer",
  "credentials.check.name.dates": "Dates",
  "credentials.check.name.status": "Not revoked",
  "credentials.check.name.schema": "Open Badges 3.0 format",
  "credentials.check.format.unreadable":
    "We could not read this as a credential. Paste the whole .json file, or the whole .jwt token (three parts separated by dots).",
  "credentials.check.format.tooLarge":
    "This is larger than any credential we check (256 KB). Check that you pasted only the credential.",
  "credentials.check.format.notCredential":
    "This JSON is not a verifiable credential: it has no @context or no credentialSubject.",
  "credentials.check.format.noProof":
    "This credential has no embedded proof, so nothing shows who signed it. Ask the issuer for the signed version (a .json with a proof, or a .jwt).",
  "credentials.check.signature.ok": "The signature matches the content. It was made with the key {key}.",
  "credentials.check.signature.mismatch":
    "The signature does not match the content: the credential was changed after it was signed, or it was signed by another key.",
  "credentials.check.signature.unsupported":
    "It is signed in a way we do not check ({detail}). We check eddsa-rdfc-2022 Data Integrity proofs and VC-JWTs signed with EdDSA, ES256 or RS256.",
  "credentials.check.signature.keyUnavailable":
    "We could not read the issuer's key: {detail}. Nothing was sent to the issuer but a request for its public key.",
  "credentials.check.signature.keyNotFound": "No key of the issuer has the id {key}.",
  "credentials.check.signature.unknownContext":
    "The credential uses a JSON-LD context we do not have ({key}). We never fetch contexts from the network, so we cannot check it.",
  "credentials.check.issuer.ok": "Issued by {name} ({issuer}), which publishes the key that signed it.",
  "credentials.check.issuer.mismatch":
    "The key that signed it is not published by the issuer the credential names, or the token's claims do not match the credential.",
  "credentials.check.dates.valid": "Valid from {from} until {until}.",
  "credentials.check.dates.validNoEnd": "Valid since {from}, with no end date.",
  "credentials.check.dates.notYet": "Not valid yet: it becomes valid on {from}.",
  "credentials.check.dates.expired": "Expired on {until}.",
  "credentials.check.dates.unreadable": "Its dates (validFrom, validUntil) cannot be read.",
  "credentials.check.status.none": "The credential names no status list, so its issuer has no way to revoke it.",
  "credentials.check.status.ok": "Not revoked: the issuer's signed status list says it stands.",
  "credentials.check.status.revoked": "The issuer has revoked this credential.",
  "credentials.check.status.suspended": "The issuer has suspended this credential for now.",
  "credentials.check.status.unavailable":
    "We could not read or trust the issuer's status list ({detail}), so we cannot say whether it was revoked.",
  "credentials.check.status.unsupported": "It uses a kind of status list we do not check ({detail}).",
  "credentials.check.schema.ok": "It meets the Open Badges 3.0 JSON schema from 1EdTech.",
  "credentials.check.schema.invalid": "It does not meet the Open Badges 3.0 JSON schema from 1EdTech: {detail}.",
  "credentials.check.schema.notOpenBadge":
    "It is not an Open Badges credential, so the Open Badges schema does not apply.",

  // — /verify: checking a pasted or uploaded credential —
  "credentials.verify.any.title": "Check a digital credential",
  "credentials.verify.any.lede":
    "Paste a digital credential from any issuer (the .json file with its proof, or a .jwt token), or choose its file. We check it here and send it nowhere: we only ask the issuer's address for its public key and its revocation list.",
  "credentials.verify.any.paste": "Credential (.json or .jwt)",
  "credentials.verify.any.pasteHint": "Paste the whole file or token.",
  "credentials.verify.any.file": "Or choose the file",
  "credentials.verify.any.submit": "Check this credential",
  "credentials.verify.any.empty": "Paste a credential, or choose its file.",
  "credentials.verify.any.valid": "This credential passed every check.",
  "credentials.verify.any.invalid": "This credential did not pass every check. What we found is below.",
  "credentials.verify.any.issuer": "Issuer: {issuer}",
  "credentials.verify.any.passed": "passed",
  "credentials.verify.any.failed": "did not pass",
  "credentials.verify.any.notApplicable": "does not apply",
};
