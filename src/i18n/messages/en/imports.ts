// English: moving in — importing past trainings from a hub's own spreadsheets.
export const imports = {
  "imports.nav": "Import past trainings",
  "imports.title": "Import past trainings",
  "imports.lede":
    "Bring the trainings your hub ran before it used this software, from two spreadsheets saved as CSV: one row per session, and one row per participant. Check the files first: nothing is written until you choose Import, and importing the same files again adds nothing twice.",
  "imports.columns.title": "What the two files hold",
  "imports.columns.sessions": "Sessions file",
  "imports.columns.participants": "Participants file",
  "imports.columns.column": "Column",
  "imports.columns.meaning": "What to write",
  "imports.columns.required": "required",
  "imports.columns.optional": "optional",
  "imports.col.sessions.session_ref":
    "Your own name for the session, used to match its participants (for example CORE-2021-03).",
  "imports.col.sessions.course": "The course's web name (slug) or its English title, as in the hub's course list.",
  "imports.col.sessions.dates":
    "The meeting days, as 2021-03-04; 2021-03-11, or a run of days as 2021-03-04..2021-03-08.",
  "imports.col.sessions.start_time": "When each meeting started, on a 24-hour clock (09:00).",
  "imports.col.sessions.end_time": "When each meeting ended (16:30).",
  "imports.col.sessions.time_zone":
    "Where the times were kept, such as America/Los_Angeles. Empty means your own time zone, {zone}.",
  "imports.col.sessions.format": "in_person, online or hybrid. Empty means in person.",
  "imports.col.sessions.language": "en or es. Empty means English.",
  "imports.col.sessions.trainers":
    "The trainers, separated by semicolons, the lead first: Ana Ruiz '<'ana@example.org'>'. A trainer the hub already knows can be just an email.",
  "imports.col.participants.session_ref": "The session's reference from the sessions file (or from an earlier import).",
  "imports.col.participants.name": "The person's name.",
  "imports.col.participants.email":
    "Their email. Someone the hub already knows is matched by it; anyone new gets an account they can sign in to with this address.",
  "imports.col.participants.minutes_attended": "Minutes they attended, a whole number (420 for seven hours).",
  "imports.col.participants.completed": "yes or no: whether they completed, as your records say.",
  "imports.col.participants.certificate_number": "The number on the certificate they were given, if any.",
  "imports.form.sessionsFile": "Sessions file (CSV)",
  "imports.form.participantsFile": "Participants file (CSV)",
  "imports.form.sessionsText": "Or the sessions, pasted as CSV",
  "imports.form.participantsText": "Or the participants, pasted as CSV",
  "imports.form.textHint": "After a check the files' text is here, so you can correct a line and check again.",
  "imports.form.issueCredentials": "Issue credentials for the completions, dated as the original trainings",
  "imports.form.issueCredentialsHint":
    "Each person who completed gets a signed credential by email, as after a training here. Leave this off to only record the history; you can import the same files again later with it on.",
  "imports.form.check": "Check the files",
  "imports.form.import": "Import",
  "imports.form.empty": "Choose or paste both files first.",
  "imports.summary.title": "What the import would do",
  "imports.summary.doneTitle": "Imported",
  "imports.summary.nothingWritten": "This was a check: nothing has been written yet.",
  "imports.summary.sessions":
    "{create, plural, =0 {No new sessions} one {# new session} other {# new sessions}}; {existing, plural, =0 {none imported before} one {# imported before} other {# imported before}}",
  "imports.summary.people":
    "{create, plural, =0 {No new people} one {# new person} other {# new people}}; {existing, plural, =0 {nobody already known} one {# already known} other {# already known}}",
  "imports.summary.participants":
    "{create, plural, =0 {No new participants} one {# new participant} other {# new participants}}; {existing, plural, =0 {none already recorded} one {# already recorded} other {# already recorded}}",
  "imports.summary.completions":
    "{count, plural, =0 {No completions} one {# completion} other {# completions}} counted for prerequisites, CE hours and the hub's figures",
  "imports.summary.credentials":
    "{count, plural, =0 {No credentials} one {# credential} other {# credentials}} to issue",
  "imports.summary.ignored": "Columns not read in the {file} file: {names}",
  "imports.problems.title": "{count, plural, one {# thing to fix} other {# things to fix}} before importing",
  "imports.problems.none": "No problems found.",
  "imports.problems.file": "File",
  "imports.problems.line": "Line",
  "imports.problems.column": "Column",
  "imports.problems.problem": "What to fix",
  "imports.problems.wholeFile": "whole file",
  "imports.file.sessions": "sessions",
  "imports.file.participants": "participants",
  "imports.problem.unreadable": "The file could not be read as CSV from this line: a quote may be left open.",
  "imports.problem.missing_column": "The header has no “{name}” column.",
  "imports.problem.too_many_rows":
    "A file can hold at most {max} rows; split it and import the parts one after another.",
  "imports.problem.required": "This cell is empty.",
  "imports.problem.too_long": "This is longer than {max} characters.",
  "imports.problem.duplicate_ref": "This reference is already used on line {line}.",
  "imports.problem.unknown_course":
    "No course here is called “{value}”. Use a slug or English title from the course list.",
  "imports.problem.bad_date": "“{value}” is not a list of dates like 2021-03-04; 2021-03-11.",
  "imports.problem.too_many_dates": "A session can have at most {max} meeting days.",
  "imports.problem.bad_time": "“{value}” is not a time like 09:00.",
  "imports.problem.end_before_start": "The end time is not after the start time.",
  "imports.problem.bad_time_zone": "“{value}” is not a time zone the hub knows, such as America/Los_Angeles.",
  "imports.problem.not_past": "This session has not ended yet; add it as a session instead.",
  "imports.problem.bad_format": "“{value}” is not in_person, online or hybrid.",
  "imports.problem.bad_language": "“{value}” is not en or es.",
  "imports.problem.bad_trainer": "“{value}” is not a trainer like Ana Ruiz '<'ana@example.org'>'.",
  "imports.problem.too_many_trainers": "A session can have at most {max} trainers.",
  "imports.problem.unknown_trainer":
    "The hub has nobody with the email {value}; write their name too: Name '<'{value}'>'.",
  "imports.problem.bad_email": "“{value}” is not an email address.",
  "imports.problem.unknown_session":
    "No session has the reference “{value}” in the sessions file or an earlier import.",
  "imports.problem.duplicate_participant": "This person is already listed for this session on line {line}.",
  "imports.problem.bad_minutes": "“{value}” is not a whole number of minutes.",
  "imports.problem.minutes_over_contact": "{minutes} minutes is more than the session's {contact} minutes.",
  "imports.problem.bad_completed": "“{value}” is not yes or no.",
  "imports.errors.hasProblems":
    "{count, plural, one {One thing needs fixing} other {# things need fixing}} before importing; nothing was written.",
  "imports.done": "The past trainings are in. Running the same files again will not add them twice.",
  "imports.ledger.imported": "From the hub's earlier records",
} as const;
