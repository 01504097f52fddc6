// English: registering or applying for a session, "My trainings" and prerequisites done elsewhere.
export const myTrainings = {
  "myTrainings.nav": "My trainings",
  "myTrainings.nav.label": "My trainings pages",
  "myTrainings.nav.trainings": "My trainings",
  "myTrainings.nav.prerequisites": "Done elsewhere",
  "myTrainings.nav.certificates": "Certificates",
  "myTrainings.nav.certifications": "Certification and CE",

  "myTrainings.register.title.register": "Register",
  "myTrainings.register.welcome":
    "Welcome — your email is confirmed and you're signed in. Continue registering for {training} below.",
  "myTrainings.register.title.apply": "Apply",
  "myTrainings.register.title.waitlist": "Join the waitlist",
  "myTrainings.register.back": "← Back to the training",
  "myTrainings.register.lede.register":
    "There is a seat for you. Answer a few questions and it is yours: we email you a confirmation with a calendar invitation.",
  "myTrainings.register.lede.apply":
    "This training takes applications. The hub team reads each one and lets you know by email. Applying does not take a seat yet.",
  "myTrainings.register.lede.waitlist":
    "All seats are taken right now. You can join the waitlist: seats go to people in the order they joined. If one frees up for you, we email you and hold it for {hours} hours.",
  "myTrainings.summary.label": "The training",
  "myTrainings.summary.when": "When",
  "myTrainings.summary.days": "{count, plural, one {# day} other {# days}}",
  "myTrainings.summary.eachDay": "See the times of each day",
  "myTrainings.summary.zone": "Times are in your time zone, {zone}.",
  "myTrainings.summary.format": "Format",
  "myTrainings.summary.where": "Where",
  "myTrainings.summary.language": "Taught in",
  "myTrainings.summary.seats": "Seats",
  "myTrainings.summary.waitingCount": "{count, plural, one {# person is} other {# people are}} waiting.",
  "myTrainings.language.en": "English",
  "myTrainings.language.es": "Spanish",

  "myTrainings.register.current.title": "You already have a place here",
  "myTrainings.register.current.link": "See it in My trainings",
  "myTrainings.register.closed.title": "Registration is not open",
  "myTrainings.register.closed.other": "See other trainings",
  "myTrainings.register.prerequisites.title": "This training builds on another one",
  "myTrainings.register.prerequisites.all": "Before you register, the trainers ask that you have completed:",
  "myTrainings.register.prerequisites.any":
    "Before you register, the trainers ask that you have completed one of these:",
  "myTrainings.register.prerequisites.pending":
    "You told us you did this elsewhere. The hub team is checking it; once it is approved you can register here.",
  "myTrainings.register.prerequisites.declined":
    "The hub team could not approve what you told us about this one. You can tell us more, or write to the hub.",
  "myTrainings.register.prerequisites.elsewhere":
    "Did you complete it somewhere else? Tell us where and when. The hub team checks it, and then you can register.",
  "myTrainings.register.prerequisites.declare": "Tell us about a training done elsewhere",
  "myTrainings.register.prerequisites.find": "Find a session of it",
  "myTrainings.register.prerequisites.status": "See where it stands",

  "myTrainings.register.intro":
    "We only ask what your trainers need to welcome you. Questions marked “required” need an answer; everything else is up to you.",
  "myTrainings.register.required": "(required)",
  "myTrainings.register.optional": "(optional)",
  "myTrainings.register.questions": "Questions from the trainers",
  "myTrainings.register.sensitive": "Only the hub team and your trainers see this.",
  "myTrainings.register.aboutYou": "About you",
  "myTrainings.register.pronouns.label": "Your pronouns (optional)",
  "myTrainings.register.pronouns.hint": "So trainers and others address you the way you want.",
  "myTrainings.register.pronouns.prefilled":
    "So trainers and others address you the way you want. We filled in what your profile says; a change here is only for this training.",
  "myTrainings.register.accommodations.label": "Anything that would help you take part (optional)",
  "myTrainings.register.accommodations.hint":
    "For example captions, a quiet space, extra breaks or step-free access. Only the hub team and your trainers see this, and only to set things up for you.",
  "myTrainings.register.price": "Price",
  "myTrainings.register.price.legend": "Choose a price",
  "myTrainings.register.price.free": "This training is free.",
  "myTrainings.register.price.standard": "Standard: {amount}",
  "myTrainings.register.price.sliding": "Sliding scale: pay what you can, from {minimum}",
  "myTrainings.register.price.slidingHint": "Suggested: {suggested}. Nobody checks why you chose an amount.",
  "myTrainings.register.price.freeTier": "Free",
  "myTrainings.register.price.sponsored":
    "Sponsored seats are paid by a partner organization: its staff are registered by the organization, not on this page.",
  "myTrainings.register.amount.label": "Your amount, in {currency}",
  "myTrainings.register.amount.hint": "The least is {minimum}. Only used for the sliding scale.",
  "myTrainings.register.noPayment":
    "You will not pay anything on this page. If there is a fee, the hub team tells you how to pay.",
  "myTrainings.register.scholarship.title": "Scholarship",
  "myTrainings.register.scholarship.label": "I'd like to ask for a scholarship",
  "myTrainings.register.scholarship.hint":
    "If the price is a barrier, ask. Asking never moves you back in line, and the hub team writes back with their decision.",
  "myTrainings.register.need.label": "What would help, in your own words",
  "myTrainings.register.need.hint":
    "Only hub admins read this. Write as much or as little as you like. It is read only if you tick the box above.",
  "myTrainings.register.consent.title": "Before you send",
  "myTrainings.register.consent.label": "I understand what is kept and who sees it.",
  "myTrainings.register.consent.what":
    "We keep your answers, pronouns, any access needs and your price choice with this registration. The hub team and this training's trainers see them. A scholarship note is read only by hub admins. Other participants and partner organizations see none of it.",
  "myTrainings.register.consent.privacy": "How we look after your information",
  "myTrainings.register.next.register":
    "What happens next: your seat is confirmed right away, and we email you the details and a calendar invitation.",
  "myTrainings.register.next.apply":
    "What happens next: the hub team reads your application and emails you their decision. If you are approved you get a seat, or a place in line if the seats are taken.",
  "myTrainings.register.next.waitlist":
    "What happens next: we tell you your place in line. If a seat frees up for you, we email you and hold it for {hours} hours so you can say yes or no.",
  "myTrainings.register.submit.register": "Register",
  "myTrainings.register.submit.apply": "Send my application",
  "myTrainings.register.submit.waitlist": "Join the waitlist",

  "myTrainings.status.pending_approval": "Application received",
  "myTrainings.status.approved": "Application approved",
  "myTrainings.status.confirmed": "You're in",
  "myTrainings.status.waitlisted": "On the waitlist",
  "myTrainings.status.offered": "A seat is waiting for you",
  "myTrainings.status.declined": "You said no to the seat",
  "myTrainings.status.expired": "The offer ran out",
  "myTrainings.status.cancelled": "Cancelled",
  "myTrainings.status.denied": "Not accepted this time",
  "myTrainings.status.transferred": "Moved to another date",
  "myTrainings.status.no_show": "Marked as not there",

  "myTrainings.title": "My trainings",
  "myTrainings.lede": "The trainings you registered or applied for, and where each one stands.",
  "myTrainings.done.confirmed": "You're in. We have emailed you a confirmation with a calendar invitation.",
  "myTrainings.done.waitlisted":
    "You're number {position} in line — we'll email you if a seat opens, and you'll have {hours} hours to say yes.",
  "myTrainings.done.pending_approval":
    "Application received — we'll let you know by email once the hub team has read it.",
  "myTrainings.notice.cancelled":
    "Your place is cancelled, and the seat goes to the next person in line. We have emailed you to confirm.",
  "myTrainings.notice.left": "You have left the waitlist. You can join again later, at the end of the line.",
  "myTrainings.notice.withdrawn": "Your application is withdrawn. You can apply again while registration is open.",
  "myTrainings.notice.accepted": "The seat is yours. The details to join are below, and we have emailed them to you.",
  "myTrainings.notice.declined":
    "You said no to the seat, so it goes to the next person in line. Thank you for letting us know.",
  "myTrainings.notice.moved": "Your place moved to the new date.",
  "myTrainings.notice.feedStopped": "Your calendar feed is off. Its address no longer works.",
  "myTrainings.upcoming": "Upcoming",
  "myTrainings.earlier": "Past and closed",
  "myTrainings.empty": "You have no upcoming trainings.",
  "myTrainings.empty.find": "Find a training",
  "myTrainings.when": "When",
  "myTrainings.where": "Where",
  "myTrainings.outcome.completed": "Completed",
  "myTrainings.outcome.certificateReady": "Certificate ready",
  "myTrainings.outcome.certificateComing":
    "Your certificate is being prepared and will be on your certificates page shortly.",
  "myTrainings.outcome.notCompleted": "Not completed: {attended} of {contact} hours",
  "myTrainings.outcome.nextStep":
    "Missing part of a training happens, and it doesn't close the door. If you'd like to finish, the hub can tell you what's possible, such as joining a later date of this course. Write to",
  "myTrainings.outcome.nextStepNoEmail":
    "Missing part of a training happens, and it doesn't close the door. If you'd like to finish, your trainers or the hub team can tell you what's possible, such as joining a later date of this course.",
  "myTrainings.outcome.awaiting": "Waiting for the trainer's sign-off",
  "myTrainings.outcome.awaitingExplain":
    "Your trainer confirms everyone's attendance after the last day. Your outcome shows here as soon as they do.",
  "myTrainings.outcome.seeResult": "See your attendance and result",
  "myTrainings.sessionCancelled": "This session was cancelled.",
  "myTrainings.join.title": "How to join",
  "myTrainings.join.none": "The trainers will share how to join before the first day.",
  "myTrainings.confirmed.explain": "Your seat is held for you.",
  "myTrainings.waitlisted.position":
    "You're number {position} in line. If a seat opens for you we'll email you, and you'll have {hours} hours to say yes.",
  "myTrainings.offered.deadline":
    "A seat is held for you until {deadline}. If you don't answer by then, it goes to the next person in line.",
  "myTrainings.offered.accept": "Yes, I'll take the seat",
  "myTrainings.offered.decline": "No, thank you",
  "myTrainings.offered.declineExplain":
    "The seat goes to the next person in line and you leave the waitlist. You can join the line again later, at the end.",
  "myTrainings.offered.declineConfirm": "Give the seat up",
  "myTrainings.application.explain": "The hub team is reading your application. We'll email you their decision.",
  "myTrainings.approved.explain": "Your application was approved. We'll email you about your seat.",
  "myTrainings.cancel.label": "Cancel my place",
  "myTrainings.cancel.explain": "Your seat goes to the next person in line. You can cancel here until {cutoff}.",
  "myTrainings.cancel.confirm": "Yes, cancel my place",
  "myTrainings.cancel.closed":
    "It is less than {hours, plural, one {# hour} other {# hours}} before the start, so this place can't be cancelled here.",
  "myTrainings.cancel.contact": "If your plans change, please write to the hub:",
  "myTrainings.cancel.contactNoEmail": "If your plans change, please tell your trainers or the hub team.",
  "myTrainings.leave.label": "Leave the waitlist",
  "myTrainings.leave.explain": "You lose your place in line. You can join again later, at the end of the line.",
  "myTrainings.leave.confirm": "Yes, leave the waitlist",
  "myTrainings.withdraw.label": "Withdraw application",
  "myTrainings.withdraw.explain": "The hub team will not review it. You can apply again while registration is open.",
  "myTrainings.withdraw.confirm": "Yes, withdraw it",
  "myTrainings.transfer.label": "Move to another date",
  "myTrainings.transfer.hint":
    "You get a seat there if one is free; otherwise you join the end of its waitlist. Your place here is given up.",
  "myTrainings.transfer.submit": "Move my place",
  "myTrainings.transfer.option": "{dates} · {format}",
  "myTrainings.group":
    "Your organization registered you with colleagues. To change this place, ask your organization's contact.",
  "myTrainings.feed.title": "Your calendar feed",
  "myTrainings.feed.explain":
    "Add your trainings to the calendar on your phone or computer. The feed lists the trainings you have a seat in (and seats offered to you) and updates by itself.",
  "myTrainings.feed.private":
    "Keep the address private: anyone who has it can see your trainings' times and join links.",
  "myTrainings.feed.create": "Create my calendar feed",
  "myTrainings.feed.on": "Your feed is on since {date}. We can't show its address again.",
  "myTrainings.feed.lost":
    "If you lost the address, or shared it by mistake, make a new one: the old address stops working at once.",
  "myTrainings.feed.rotate": "Make a new address",
  "myTrainings.feed.stop": "Turn the feed off",
  "myTrainings.feed.stopExplain": "The address stops working, and calendars that use it stop updating.",
  "myTrainings.feed.stopConfirm": "Yes, turn it off",
  "myTrainings.feed.created": "Here is your calendar feed address. Copy it now: we show it only once.",
  "myTrainings.feed.address": "Feed address",
  "myTrainings.feed.open": "Open in my calendar app",
  "myTrainings.feed.howTo":
    "In your calendar app, look for “Add calendar”, then “From URL” or “Subscribe”, and paste the address.",

  "myTrainings.prerequisites.title": "Trainings done elsewhere",
  "myTrainings.prerequisites.lede":
    "Some trainings build on another one. If you did that one somewhere other than this hub, tell us here. The hub team checks it, and once it is approved you can register.",
  "myTrainings.prerequisites.declared":
    "Thank you, we have it. The hub team will check it; you'll see the result below.",
  "myTrainings.prerequisites.backToTraining": "Back to the training",
  "myTrainings.prerequisites.none":
    "Right now no training here asks for another one first, so there is nothing to tell us.",
  "myTrainings.prerequisites.form": "Tell us about a training",
  "myTrainings.prerequisites.course.label": "Which training",
  "myTrainings.prerequisites.course.choose": "Choose a training",
  "myTrainings.prerequisites.course.done": "{title} (already counts as done)",
  "myTrainings.prerequisites.provider.label": "Who gave it",
  "myTrainings.prerequisites.provider.hint": "The organization or the trainers' names.",
  "myTrainings.prerequisites.completedOn.label": "When you finished it",
  "myTrainings.prerequisites.completedOn.hint":
    "The last day of the training. If you don't remember the exact day, a close date is fine.",
  "myTrainings.prerequisites.evidence.label": "How we can check it",
  "myTrainings.prerequisites.evidence.hint":
    "A certificate number, a link, or someone who can confirm it (their name and email or phone). Only the hub team sees this.",
  "myTrainings.prerequisites.next":
    "What happens next: the hub team checks what you told us and decides. You'll see the result on this page.",
  "myTrainings.prerequisites.submit": "Send it for review",
  "myTrainings.prerequisites.mine": "What you've told us",
  "myTrainings.prerequisites.mineEmpty": "Nothing yet.",
  "myTrainings.prerequisites.column.course": "Training",
  "myTrainings.prerequisites.column.provider": "Given by",
  "myTrainings.prerequisites.column.completedOn": "Finished",
  "myTrainings.prerequisites.column.status": "Where it stands",
  "myTrainings.prerequisites.status.pending": "Waiting for the hub team",
  "myTrainings.prerequisites.status.approved": "Approved: it counts as done",
  "myTrainings.prerequisites.status.declined": "Not approved",
} as const;
