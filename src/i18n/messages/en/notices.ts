// English: registration emails, calendar entries and the page an offer link opens.
export const notices = {
  "notices.detail.training": "Training",
  "notices.detail.when": "When",
  "notices.detail.day": "Day {n}: {when}",
  "notices.detail.where": "Where",
  "notices.detail.join": "How to join",
  "notices.detail.accessibility": "Access",
  "notices.detail.position": "Your place in line",
  "notices.detail.deadline": "We're holding your seat until",
  "notices.detail.message": "A note from our team",
  "notices.detail.reason": "Why",
  "notices.action.seeTraining": "See the training",
  "notices.action.myTrainings": "Go to My trainings",
  "notices.action.otherTrainings": "See other trainings",
  "notices.calendarAttached": "We attached a calendar file, so you can add the training to your calendar.",

  "notices.applicationReceived.subject": "We got your application for {title}",
  "notices.applicationReceived.body":
    "Thank you for applying to {title}. A person on our team reads every application. We'll email you when we have decided.",
  "notices.applicationReceived.next": "You don't need to do anything right now.",

  "notices.applicationApproved.subject": "Your application for {title} is approved",
  "notices.applicationApproved.body": "Good news: your application for {title} is approved.",
  "notices.applicationApproved.confirmed": "You have a seat. We look forward to learning together.",
  "notices.applicationApproved.waitlisted":
    "The training is full right now, so you are on the waitlist. When a seat opens, we'll email you and hold it for you for {hours} hours.",
  "notices.applicationApproved.offered":
    "A seat is open, and we're holding it for you. Look for our next email to accept it.",
  "notices.applicationApproved.pending": "We'll email you again soon about your seat.",

  "notices.applicationDeclined.subject": "About your application for {title}",
  "notices.applicationDeclined.body":
    "Thank you for applying to {title}. We're sorry, but we can't offer you a place in this training.",
  "notices.applicationDeclined.next":
    "This says nothing about your worth. If you have questions, just reply to this email. You're welcome to look at our other trainings.",

  "notices.confirmed.subject": "You're registered for {title}",
  "notices.confirmed.body": "Your seat in {title} is confirmed. We look forward to learning together.",
  "notices.confirmed.cancelHint":
    "If your plans change, you can cancel in My trainings. Your seat then goes to the next person in line.",

  "notices.waitlisted.subject": "You're on the waitlist for {title}",
  "notices.waitlisted.body":
    "{title} is full right now, so we added you to the waitlist. You are number {position} in line.",
  "notices.waitlisted.how":
    "When a seat opens, we'll email you and hold it for you for {hours} hours. Seats are offered in the order people signed up.",
  "notices.waitlisted.leave": "You can leave the waitlist at any time in My trainings.",

  "notices.offer.subject": "A seat is open for you in {title}",
  "notices.offer.body": "Good news: a seat opened in {title}, and we're holding it for you until {deadline}.",
  "notices.offer.choose":
    "Please choose below. If we don't hear from you by then, the seat goes to the next person in line.",
  "notices.offer.accept": "Yes, I'll take the seat",
  "notices.offer.decline": "No thanks, pass it on",
  "notices.offer.linksOnce": "Each link works once and asks you to confirm. You can also answer in My trainings.",

  "notices.offerExpired.subject": "Your held seat in {title} was passed on",
  "notices.offerExpired.body":
    "We held a seat in {title} for you, but the time to answer has passed, so the seat went to the next person in line.",
  "notices.offerExpired.next":
    "That's OK. If you still want to come, you can register again. You'll join the end of the waitlist.",

  "notices.cancelled.subject": "Your registration for {title} is cancelled",
  "notices.cancelled.body": "Your place in {title} is now cancelled.",
  "notices.cancelled.next": "If this isn't what you wanted, reply to this email and we'll help.",

  "notices.sessionChanged.subject": "New details for {title}",
  "notices.sessionChanged.body": "The time or place of {title} has changed. Here are the new details.",
  "notices.sessionChanged.calendar":
    "We attached an updated calendar file. Opening it updates the event in your calendar.",
  "notices.sessionChanged.next": "If the new plan doesn't work for you, reply to this email or look at My trainings.",

  "notices.reminder.subject": "{title} starts soon",
  "notices.reminder.body": "A friendly reminder: {title} starts {start}.",
  "notices.reminder.next":
    "If you need an accommodation, or you can't come after all, please reply to this email and let us know.",

  "notices.sessionCancelled.subject": "{title} on {date} is cancelled",
  "notices.sessionCancelled.body": "We're sorry: {title}, planned for {date}, is cancelled.",
  "notices.sessionCancelled.next": "You don't need to do anything. We'd love to see you at another date.",
  "notices.sessionCancelled.calendar": "We attached a calendar update that takes the training off your calendar.",

  "notices.scholarship.subjectAwarded": "You have a scholarship for {title}",
  "notices.scholarship.subjectDeclined": "About your scholarship request for {title}",
  "notices.scholarship.full":
    "Good news: you have a full scholarship for {title}. You won't pay anything for this training.",
  "notices.scholarship.partial": "Good news: you have a scholarship of {amount} for {title}.",
  "notices.scholarship.declined":
    "Thank you for asking. We're sorry, but we can't offer a scholarship for {title} this time.",
  "notices.scholarship.nextAwarded": "Your registration stays as it is. If you have questions, reply to this email.",
  "notices.scholarship.nextDeclined":
    "Your registration stays as it is. If this makes the training hard for you, reply to this email and we'll look for a way together.",

  "notices.calendar.online": "Online",
  "notices.calendar.hybrid": "{venue}, or online",
  "notices.calendar.part": "Day {n} of {count}",
  "notices.calendar.cancelled": "This training is cancelled.",
  "notices.calendar.offered": "A seat is held for you. Accept it to keep it.",
  "notices.calendar.page": "Details: {url}",
  "notices.calendar.join": "Join: {url}",
  "notices.calendar.joinLater": "The join link goes to confirmed participants.",
  "notices.calendar.accessibility": "Access: {notes}",

  "notices.offerPage.title": "Your offered seat",
  "notices.offerPage.accept.lede": "You're about to take the seat we're holding for you in {title}.",
  "notices.offerPage.decline.lede":
    "You're about to pass on the seat we're holding for you in {title}. It will go to the next person in line.",
  "notices.offerPage.deadline": "We're holding it until {deadline}.",
  "notices.offerPage.accept.button": "Yes, take the seat",
  "notices.offerPage.decline.button": "Pass on the seat",
  "notices.offerPage.changeMind": "Changed your mind? Use the other link in the email, or go to My trainings.",
  "notices.offerPage.accepted.title": "You have a seat",
  "notices.offerPage.accepted.body":
    "Your seat in {title} is confirmed. We're sending you an email with the details and a calendar file.",
  "notices.offerPage.declined.title": "Thank you for letting us know",
  "notices.offerPage.declined.body":
    "We've passed the seat in {title} on to the next person in line. You're always welcome to register for another date.",
  "notices.offerPage.used.title": "This link was already used",
  "notices.offerPage.used.body": "Each link in an offer email works once. You can see where you stand in My trainings.",
  "notices.offerPage.expired.title": "This offer has ended",
  "notices.offerPage.expired.body":
    "The time to answer this offer has passed, so the seat went to the next person in line. If you still want to come, you can register again.",
  "notices.offerPage.unknown.title": "We don't recognize this link",
  "notices.offerPage.unknown.body":
    "The link may be cut off or mistyped. Try copying the whole address from the email, or look at My trainings.",
  "notices.offerPage.closed.title": "This offer is no longer open",
  "notices.offerPage.closed.body":
    "Your registration for {title} has changed since we sent the offer. You can see where you stand in My trainings.",
  "notices.offerPage.schedule": "Schedule",
  "notices.offerPage.join.title": "How to join",
  "notices.offerPage.myTrainings": "Go to My trainings",
  "notices.outbox.attachments": "Attachments",
  "notices.offerPage.trainings": "See all trainings",
} as const;
