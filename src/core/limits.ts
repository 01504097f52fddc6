// The limits on what people and programs send — lengths, amounts and counts — named once, so a use case's schema, the
// API's schema and a form's `maxLength` always agree. Limits that belong to a rule sit beside it instead (names,
// passwords, slugs, meetings, answers, group seats).

/** Any id sent to name a record (uuids, and slugs where a slug may stand in). */
export const MAX_ID_LENGTH = 100;
/** An email address (RFC 5321's limit on a path). */
export const MAX_EMAIL_LENGTH = 254;
/** A web address people follow: a picture, a video link, a resource's site. */
export const MAX_WEB_ADDRESS_LENGTH = 500;

// — People and organizations —
export const MAX_LEGAL_NAME_LENGTH = 120;
/** Pronouns on the profile. */
export const MAX_PROFILE_PRONOUNS_LENGTH = 40;
/** Pronouns given for one registration (the roster and name tag). */
export const MAX_REGISTRATION_PRONOUNS_LENGTH = 60;
export const MAX_ORGANIZATION_NAME_LENGTH = 120;
/** Roles given at once to a new account. */
export const MAX_ROLE_GRANTS = 10;
/** A personal access token's name. */
export const MAX_TOKEN_NAME_LENGTH = 80;

// — Courses —
export const MAX_COURSE_TITLE_LENGTH = 120;
export const MAX_COURSE_SUMMARY_LENGTH = 300;
export const MAX_COURSE_DESCRIPTION_LENGTH = 20_000;
export const MAX_COURSE_AUDIENCE_LENGTH = 500;
export const MAX_QUESTION_LABEL_LENGTH = 500;
export const MAX_OPTION_LABEL_LENGTH = 200;
/** A question's id, or an option's value: what answers are keyed by. */
export const MAX_QUESTION_KEY_LENGTH = 60;
/** A course's contact hours stay within a long multi-week program; more is a typing slip. */
export const MAX_CONTACT_MINUTES = 200 * 60;
export const MAX_QUESTIONS = 20;
export const MAX_OPTIONS = 20;
export const MAX_PREREQUISITES = 10;

// — Sessions —
export const MAX_VENUE_NAME_LENGTH = 200;
export const MAX_VENUE_ADDRESS_LENGTH = 500;
/** Accessibility notes, join details and a session's notes. */
export const MAX_SESSION_NOTE_LENGTH = 2000;
/** Why a session is cancelled, sent to everyone registered. */
export const MAX_SESSION_CANCEL_REASON_LENGTH = 1000;
/** Breaks inside one meeting, as a program sends them. */
export const MAX_BREAKS = 10;
export const MAX_TRAINERS = 10;
export const MAX_CAPACITY = 1000;
export const MAX_OFFER_HOLD_HOURS = 14 * 24;
export const MAX_CANCEL_CUTOFF_HOURS = 60 * 24;
/** The most a seat, an amount paid or a scholarship can be, in cents: a typing slip guard ($100,000). */
export const MAX_PRICE_CENTS = 10_000_000;

// — Registrations —
export const MAX_ACCOMMODATIONS_LENGTH = 2000;
export const MAX_NEED_STATEMENT_LENGTH = 4000;
/** A hub admin's message with a decision (an application, a scholarship), which the person receives. */
export const MAX_DECISION_MESSAGE_LENGTH = 2000;
/** Staff's reason for cancelling, moving or transferring a registration. */
export const MAX_STAFF_REASON_LENGTH = 500;
/** A course done elsewhere: who gave it, and what shows it. */
export const MAX_OUTSIDE_PROVIDER_LENGTH = 200;
export const MAX_OUTSIDE_EVIDENCE_LENGTH = 2000;

// — Attendance, certifications, credentials —
/** Marks saved at once: a full session's people times its meetings. */
export const MAX_ATTENDANCE_MARKS = 2000;
export const MAX_CERTIFICATION_NUMBER_LENGTH = 60;
/** A certification's title, and who awarded it. */
export const MAX_CERTIFICATION_TEXT_LENGTH = 200;
export const MAX_REVOCATION_REASON_LENGTH = 500;

// — The hub —
export const MAX_HUB_NAME_LENGTH = 80;
export const MAX_HUB_TAGLINE_LENGTH = 160;
/** The CE provider number and the region the hub serves. */
export const MAX_HUB_DETAIL_LENGTH = 80;
export const MAX_RESOURCE_NAME_LENGTH = 120;
export const MAX_RESOURCE_DESCRIPTION_LENGTH = 500;
export const MAX_PHONE_LENGTH = 40;
export const MAX_RESOURCE_HOURS_LENGTH = 120;
/** A trusted issuer's display name, and an achievement's name in a mapping. */
export const MAX_TRUSTED_ISSUER_NAME_LENGTH = 200;
/** An achievement's id in a mapping (a URL or a urn:uuid). */
export const MAX_ACHIEVEMENT_ID_LENGTH = 500;
