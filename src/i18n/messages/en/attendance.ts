// Attendance, self check-in, results and sign-off: the trainer's pages, the check-in page and the person's own result.
export const attendance = {
  "attendance.nav": "Trainer",
  "attendance.duration": "{shown, select, hours {{hours} h} minutes {{minutes} min} other {{hours} h {minutes} min}}",

  "attendance.trainer.title": "Your sessions",
  "attendance.trainer.lede":
    "The sessions you teach. Open one to mark attendance, show the check-in code and sign off.",
  "attendance.trainer.upcoming": "Coming up and running now",
  "attendance.trainer.recent": "Recent",
  "attendance.trainer.empty":
    "You're not teaching any upcoming sessions. When an admin adds you as a trainer to a session, it shows up here.",
  "attendance.trainer.emptyAdmin":
    "You're not a trainer on any upcoming session. As an admin you can open any session's attendance from its admin page.",
  "attendance.trainer.lead": "Lead trainer",
  "attendance.trainer.co": "Co-trainer",
  "attendance.trainer.confirmed":
    "{count, plural, =0 {Nobody confirmed yet} one {# person confirmed} other {# people confirmed}}",
  "attendance.trainer.running": "Running now",
  "attendance.trainer.cancelled": "Cancelled",
  "attendance.trainer.signedOff": "Signed off",

  "attendance.page.title": "Attendance",
  "attendance.page.back": "Your sessions",
  "attendance.page.heading": "Attendance: {course}",
  "attendance.page.noMeetings": "This session has no meetings yet, so there is nothing to mark.",

  "attendance.meetings.label": "Meetings",
  "attendance.meetings.day": "Day {position}",

  "attendance.marks.title": "Day {position}: who was there",
  "attendance.marks.contact": "{time} of contact time",
  "attendance.marks.notStarted":
    "This meeting hasn't started yet. You can still mark people ahead of time, for example someone who told you they'll be away.",
  "attendance.marks.empty": "Nobody has a confirmed seat in this session yet.",

  "attendance.mark.none": "Not marked yet",
  "attendance.mark.full": "Full · {duration}",
  "attendance.mark.absent": "Absent",
  "attendance.mark.partial": "Part · {duration} of {of}",
  "attendance.mark.checkedIn": "Checked in at {time} · {duration}",
  "attendance.mark.for": "for {name}",
  "attendance.mark.saving": "Saving…",
  "attendance.mark.saved": "Saved",
  "attendance.mark.fullButton": "Full",
  "attendance.mark.absentButton": "Absent",
  "attendance.mark.arrivedAt": "Arrived at",
  "attendance.mark.leftAt": "Left at",
  "attendance.mark.saveTimes": "Save times",

  "attendance.checkIn.title": "Self check-in",
  "attendance.checkIn.alt": "Check-in code for day {position}. It changes every minute.",
  "attendance.checkIn.explain":
    "People scan this code with their phone's camera and tap to confirm. It changes every minute, so a photo or a link someone passes on stops working. Your own marks always win over a check-in.",
  "attendance.checkIn.fullScreen": "Show the code full screen",
  "attendance.checkIn.closed": "This meeting has ended, so check-in is closed. You can still change anyone's mark.",

  "attendance.display.heading": "Check in for day {position}",
  "attendance.display.steps":
    'Open your phone\'s camera, point it at the code, and tap the link. Then press "Check me in".',
  "attendance.display.back": "Back to attendance",

  "attendance.checkIn.pageTitle": "Check in",
  "attendance.checkIn.confirmLede": "You're checking in to day {position} of {count} of {course}.",
  "attendance.checkIn.confirm": "Check me in for day {position}",
  "attendance.checkIn.confirmExplain":
    "We record the time you arrive. Your trainer can see it and correct it if needed.",
  "attendance.checkIn.done": "You're checked in for day {position} at {time}.",
  "attendance.checkIn.already": "You're already checked in for day {position}: you arrived at {time}.",
  "attendance.checkIn.recorded":
    "Your trainer has already recorded your attendance for day {position}, so nothing changed. Talk to them if something looks wrong.",
  "attendance.checkIn.next": "There's nothing else to do. Enjoy the day.",
  "attendance.checkIn.refused": "We couldn't check you in",
  "attendance.checkIn.home": "Go to the home page",
  "attendance.checkIn.expired":
    "This code has expired. The codes change every minute, so a photo or a link passed on stops working. Scan the code on your trainer's screen again.",
  "attendance.checkIn.unreadable":
    "This isn't a check-in code we recognise. Scan the code on your trainer's screen again, with your phone's camera.",
  "attendance.checkIn.notConfirmed":
    "You don't have a confirmed seat in this session, so you can't check in to it. If you think that's wrong, talk to your trainer.",
  "attendance.checkIn.ended":
    "This meeting has already ended, so check-in is closed. Your trainer can still record your attendance.",

  "attendance.result.completed": "Completed",
  "attendance.result.awaiting": "Ready for sign-off",
  "attendance.result.incomplete": "Not completed",

  "attendance.result.notYet": "Not completed yet",

  "attendance.reason.share": "Attended {attended}; {required} needed.",
  "attendance.reason.missed": "Missed {missed} of {allowed} allowed.",
  "attendance.reason.requiredMeeting": "Day {position} can't be missed: attended {attended} of the {required} needed.",
  "attendance.reason.awaitingSignOff": "Waiting for the trainer's sign-off.",

  "attendance.results.title": "Results and sign-off",
  "attendance.results.lede":
    "Each person's result from the marks so far and the course's rules. Check them before you sign off.",
  "attendance.results.signedOffAt":
    "Signed off on {day} at {when}. If you change a mark, sign off again to update the results.",
  "attendance.results.stillRunning":
    'The session is still going: meetings that are not marked yet count as missed here, so most results read "not completed yet" until the end.',
  "attendance.results.defaultRules":
    "This course has no completion rules of its own, so people need every contact minute.",
  "attendance.results.column.person": "Person",
  "attendance.results.column.attended": "Attended",
  "attendance.results.column.result": "Result",
  "attendance.results.attendedOf": "{attended} of {contact}",

  "attendance.signOff.open": "Sign off this session",
  "attendance.signOff.again": "Sign off again",
  "attendance.signOff.explain":
    "This records each person's result as shown above. {completing, plural, =0 {Nobody} one {# person} other {# people}} of {total} will complete, and certificates are then made for them.",
  "attendance.signOff.beforeEnd":
    "Not every meeting has ended yet. The session is marked completed once the last one is over and you sign off again.",
  "attendance.signOff.again.explain":
    "You can sign off again after changing a mark: results are updated, and nobody gets a certificate twice.",
  "attendance.signOff.confirm": "Yes, sign off",
  "attendance.signOff.done":
    "Signed off: {completed, plural, one {# person} other {# people}} completed, {notCompleted} did not. {requested, plural, =0 {No new certificates were needed.} one {A certificate is being made for # person.} other {Certificates are being made for # people.}}",
  "attendance.signOff.sessionCompleted": "The session is now marked completed.",
  "attendance.signOff.leadOnly": "Only a lead trainer or an admin can sign off this session.",

  "attendance.boardRoster.download": "Download the board roster (CSV)",
  "attendance.boardRoster.explain":
    "Legal names, emails, certification numbers, hours and CE categories, for certification boards.",
  "attendance.boardRoster.column.name": "Legal name",
  "attendance.boardRoster.column.email": "Email",
  "attendance.boardRoster.column.certification": "Certification number",
  "attendance.boardRoster.column.course": "Course",
  "attendance.boardRoster.column.startDate": "Start date",
  "attendance.boardRoster.column.endDate": "End date",
  "attendance.boardRoster.column.hoursAttended": "Hours attended",
  "attendance.boardRoster.column.completed": "Completed",
  "attendance.boardRoster.column.ceHours": "CE hours",
  "attendance.boardRoster.column.categories": "CE categories (hours)",
  "attendance.boardRoster.yes": "Yes",
  "attendance.boardRoster.no": "No",

  "attendance.my.title": "Your attendance",
  "attendance.my.back": "Your trainings",
  "attendance.my.completed": "You completed this training.",
  "attendance.my.awaiting":
    "Your attendance meets the course's requirements. Your trainer signs off at the end, and then your certificate is made.",
  "attendance.my.unmarked":
    "Your trainer hasn't recorded attendance for this training yet. Your time at each day and your outcome show here once they do.",
  "attendance.my.notYet": "Not completed yet. This is how it stands from your trainer's marks so far.",
  "attendance.my.notCompleted": "This training wasn't completed.",
  "attendance.my.why": "Why:",
  "attendance.my.talk": "If something here looks wrong, talk to your trainer: they can correct your attendance.",
  "attendance.my.meetings": "Each day",
  "attendance.my.column.meeting": "Meeting",
  "attendance.my.column.when": "When",
  "attendance.my.column.present": "Time present",
  "attendance.my.notMarked": "Not marked yet",

  "attendance.errors.notYourSession": "Only this session's trainers and hub admins can see and mark its attendance.",
  "attendance.errors.leadOnly": "Only a lead trainer or an admin can sign off this session.",
  "attendance.errors.cancelled": "This session was cancelled, so it can't be signed off.",
  "attendance.errors.notStarted": "This session hasn't started yet, so it can't be signed off.",
  "attendance.errors.noSuchMeeting": "This meeting isn't part of the session.",
  "attendance.errors.notConfirmed": "This person doesn't have a confirmed seat in this session.",
  "attendance.errors.minutes": "Give the minutes present as a whole number, 0 or more.",
  "attendance.errors.tooManyMinutes": "The meeting has only {max} minutes of contact time.",
  "attendance.errors.noMarks": "Send at least one mark.",
  "attendance.errors.shortcut": "Choose full, absent, or give the times.",
  "attendance.errors.time": "Give a time like 09:40.",
  "attendance.errors.timeMissing": "Give the time they arrived, the time they left, or both.",
  "attendance.errors.leftBeforeArrived": "The time they left must be after the time they arrived.",

  "attendance.marks.count": "{marked} of {total} marked",
  "attendance.marks.everyoneElse": "Mark everyone else present",
  "attendance.marks.everyoneElseDone":
    "{count, plural, one {# more person} other {# more people}} marked present for the whole meeting.",
  "attendance.marks.everyoneElseNone": "Everyone already had a mark, so nothing changed.",
  "attendance.mark.differentTimes": "Different times…",
  "attendance.results.beforeStart": "Each person's result appears here once the first meeting has started.",
  "attendance.checkIn.show": "Show the check-in code",
  "attendance.display.typeInstead": "Can't scan? Go to this address and type the code below:",
  "attendance.display.shortCodeLabel": "Code to type",
  "attendance.checkIn.typeTitle": "Check in with a code",
  "attendance.checkIn.typeLede": "Type the six digits shown on your trainer's screen.",
  "attendance.checkIn.codeLabel": "Check-in code",
  "attendance.checkIn.codeHint": "Six digits, for example 482 913. The code changes every minute.",
  "attendance.checkIn.submit": "Check me in",
  "attendance.checkIn.codeMissing": "Type the six digits shown on your trainer's screen.",
  "attendance.checkIn.typedExpired":
    "That code has changed since you copied it: the codes change every minute. Type the digits on the screen now.",
  "attendance.checkIn.typedWrong":
    "That code doesn't match a meeting you have a confirmed seat in. Check the six digits on your trainer's screen and try again.",
  "attendance.checkIn.rateLimited":
    "That's a lot of codes in a short time. Try again in {minutes, plural, one {# minute} other {# minutes}}, or ask your trainer to mark you present.",
  "attendance.checkIn.typeAnother": "Type another code",
} as const;
