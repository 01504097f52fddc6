// English: trainers — profiles, standing ("What keeps me active"), the hub's requirement set, staffing refusals, and
// adding a walk-in at the door.
export const trainers = {
  "trainers.standing.pageTitle": "What keeps me active",
  "trainers.standing.intro":
    "Your standing as a trainer comes from what the hub has recorded: trainings you led or co-led, co-reflection you attended, and refreshers. Nobody types it in.",
  "trainers.standing.credential": "Training of Trainers completed on {date}. This credential is yours for good.",
  "trainers.standing.noCredential":
    "The hub has no Training of Trainers completion for you yet. Once it is recorded, you start as an apprentice.",
  "trainers.status.none": "Not yet a trainer",
  "trainers.status.apprentice": "Apprentice",
  "trainers.status.active": "Active",
  "trainers.status.lapsed": "Lapsed",
  "trainers.status.alumni": "Alumni",
  "trainers.standing.since": "Since {date}",
  "trainers.next.co_train":
    "Co-train {remaining, plural, one {# more training} other {# more trainings}} beside an active lead trainer.",
  "trainers.next.keep.training": "Active until {date}: lead or co-lead one training before then.",
  "trainers.next.keep.co_reflection": "Active until {date}: attend a co-reflection before then.",
  "trainers.next.keep.refresher": "Active until {date}: take a refresher before then.",
  "trainers.next.lapse.training":
    "To become active again, attend a co-reflection; you then have time to lead or co-lead a training.",
  "trainers.next.lapse.co_reflection": "To become active again, attend a co-reflection.",
  "trainers.next.lapse.refresher": "To become active again, take a refresher.",
  "trainers.next.lapse.alumniOn": "If nothing changes, your standing becomes alumni on {date}.",
  "trainers.next.earn_credential": "Complete Training of Trainers to begin.",
  "trainers.next.override.until": "Set by an admin until {date}: {reason}",
  "trainers.next.override.open": "Set by an admin: {reason}",
  "trainers.rules.title": "The hub's requirements",
  "trainers.rules.hubChoice":
    "These are this hub's own choices, not rules from Intentional Peer Support. An admin can change them.",
  "trainers.rules.apprentice": "Apprentices co-train {count} trainings beside an active lead.",
  "trainers.rules.active": "Active for {months} months after each training led or co-led.",
  "trainers.rules.coReflection": "Co-reflection at least once every {months} months.",
  "trainers.rules.refresher": "A refresher at least once every {months} months.",
  "trainers.rules.alumni": "Lapsed after that; alumni after {months} more months.",
  "trainers.rules.return": "Back from a lapse: {months} months to lead or co-lead a training.",
  "trainers.rules.alumniReturn": "Back from alumni: co-train {count} trainings beside an active lead.",
  "trainers.reminders.title": "Reminders",
  "trainers.reminders.on": "We send you one calm email a few weeks before your standing would lapse.",
  "trainers.reminders.off": "You have turned reminders off.",
  "trainers.reminders.turnOff": "Turn reminders off",
  "trainers.reminders.turnOn": "Turn reminders on",
  "trainers.reminders.saved": "Saved.",

  "trainers.walkIn.pageTitle": "Add a walk-in",
  "trainers.walkIn.title": "Add someone at the door: {course}",
  "trainers.walkIn.intro":
    "For someone who arrives after the training started. They get a seat only if one is free, and their attendance counts from now.",
  "trainers.walkIn.email": "Email",
  "trainers.walkIn.name": "Name (for someone new to the hub)",
  "trainers.walkIn.submit": "Add and start their attendance",
  "trainers.walkIn.added": "{name} is in, with {minutes} minutes counted so far today.",
  "trainers.walkIn.addedBetween": "{name} is in. Their attendance starts at the next meeting.",
  "trainers.walkIn.back": "Back to attendance",
  "trainers.walkIn.errors.email": "Enter an email address like name@example.org.",
  "trainers.walkIn.errors.emailMissing": "Enter their email address.",
  "trainers.walkIn.errors.nameTooLong": "This name is too long.",
  "trainers.walkIn.errors.nameForNew": "This person is new to the hub: enter their name too.",
  "trainers.walkIn.errors.already": "This person is already registered. Mark their attendance on the roster.",
  "trainers.walkIn.errors.full":
    "Every seat is taken, so we can't add them. If someone cancels, a seat frees up for them.",
  "trainers.walkIn.errors.window.not_started":
    "The training hasn't started yet. Until it does, register them the usual way.",
  "trainers.walkIn.errors.window.ended": "The training has ended, so nobody can be added now.",
  "trainers.walkIn.errors.window.not_running": "Walk-ins can be added only to a published training.",
  "trainers.walkIn.link": "Add a walk-in",

  "trainers.staffing.no_active_lead": "A published training needs an active lead trainer. Add one as lead.",
  "trainers.staffing.learning_as_lead":
    "{name} is an apprentice and cannot lead yet. Add them as co-trainer beside an active lead.",
  "trainers.staffing.learning_without_active_lead":
    "{name} is an apprentice and co-trains only beside an active lead. Add an active lead trainer.",
  "trainers.staffing.lapsed":
    "{name}'s standing has lapsed. Their way back is on their page; an admin may also set their standing with a reason.",
  "trainers.staffing.no_credential":
    "{name} has no Training of Trainers completion recorded. Record it first, then add them.",
  "trainers.staffing.double_booked": "{name} is already training at that time in another session. Move a meeting or choose someone else.",

  "trainers.public.pageTitle": "Our trainers",
  "trainers.public.intro": "The people who lead this hub's trainings, shown here because they chose to be.",
  "trainers.public.empty": "No trainer has chosen to appear here yet.",
  "trainers.public.languages": "Languages",
  "trainers.public.regions": "Regions",
  "trainers.nav.standing": "What keeps me active",
  "trainers.nav.public": "Trainers",
};
