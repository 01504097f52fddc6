// English: the public pages (home, Learn IPS, Support now, privacy).
export const publicPages = {
  "public.home.taglineFallback": "Intentional Peer Support training and community.",
  "public.home.intro":
    "We offer training in Intentional Peer Support for peer supporters, human-service workers and anyone who wants relationships where both people learn and grow. After the training, we keep practicing together.",
  "public.home.learnAction": "Learn what IPS is",
  "public.home.createAccount": "Create an account",
  "public.home.goToAccount": "Go to your account",
  "public.home.signedOut": "You've signed out on this device. See you next time.",
  "public.home.shifts.title": "Three shifts at the heart of IPS",
  "public.home.shifts.link": "The principles and tasks, in plain words",
  "public.home.ips.title": "What is Intentional Peer Support?",
  "public.home.ips.body1":
    "Intentional Peer Support (IPS) is a way of being in relationship with each other. It grew out of the peer-support movement: people who had been through hard times, often including the mental health system, looking for connection that doesn't start from a diagnosis.",
  "public.home.ips.body2":
    "IPS asks us to get curious about how we each came to see the world, to be honest about power, and to move towards what we want, not only away from what we fear. It isn't a method for fixing anyone. It's a practice we learn together.",
  "public.home.here.title": "What you can do here",
  "public.home.here.learn.title": "Get to know the framework",
  "public.home.here.learn.body":
    "Read the three principles and four tasks of IPS in plain words, and see which training fits where you are.",
  "public.home.here.learn.link": "Read about IPS",
  "public.home.here.train.title": "Train with us",
  "public.home.here.train.body":
    "Start with a short overview, take the core training, go further with advanced training, or train to teach IPS in your own organization.",
  "public.home.here.train.link": "Create an account to sign up",
  "public.home.here.practice.title": "Keep practicing together",
  "public.home.here.practice.body":
    "IPS grows with practice. Co-reflection circles meet regularly so peers can look at their own work together, with the framework as a guide.",
  "public.home.here.support.title": "Support, any time",
  "public.home.here.support.body":
    "Need to talk with someone now? Crisis lines and peer-run warmlines are one click away on every page.",
  "public.home.here.support.link": "See support lines",

  "public.learn.title": "Learn Intentional Peer Support",
  "public.learn.lede":
    "IPS is taught as three principles and four tasks. Here they are in plain words: a starting point for conversation, not a checklist.",
  "public.learn.origins":
    "IPS was developed in the 1990s by Shery Mead and others in the peer-support movement. It's used by peer supporters, by people in many kinds of human-service work, and by anyone who wants to relate to others with more honesty and less fear.",
  "public.learn.principles.title": "Three principles",
  "public.learn.principles.intro":
    "Each principle is a shift: away from a habit many of us learned, and towards something we can build together.",
  "public.learn.principles.towards": ", moving to",
  "public.learn.principle.learning.from": "Helping",
  "public.learn.principle.learning.to": "Learning together",
  "public.learn.principle.learning.body":
    "Instead of deciding what's best for someone, we stay curious and learn alongside them. Nobody is the expert on another person's life, and both of us come away changed.",
  "public.learn.principle.relationship.from": "Individual",
  "public.learn.principle.relationship.to": "Relationship",
  "public.learn.principle.relationship.body":
    "We pay attention to what's happening between us, not only to what's going on with one person. The relationship is the point. The tasks are just how we get there.",
  "public.learn.principle.hope.from": "Fear",
  "public.learn.principle.hope.to": "Hope and possibility",
  "public.learn.principle.hope.body":
    "When things feel risky, we don't start from control. We ask what could be possible, and we stay connected while we find out.",
  "public.learn.tasks.title": "Four tasks",
  "public.learn.tasks.intro":
    "The tasks are what we practice in every conversation. They overlap, and we come back to them again and again.",
  "public.learn.task.connection.name": "Connection",
  "public.learn.task.connection.body":
    "Being present and honest with each other, and letting the other person know we understand how it is for them. When connection breaks, and it will, that's a chance to talk about what happened, not a failure.",
  "public.learn.task.connection.question": "What's happening between us right now?",
  "public.learn.task.worldview.name": "Worldview",
  "public.learn.task.worldview.body":
    "Getting curious about how each of us came to see the world the way we do. We listen for the story that hasn't been told yet, including our own.",
  "public.learn.task.worldview.question": "How did I come to know what I know?",
  "public.learn.task.mutuality.name": "Mutuality",
  "public.learn.task.mutuality.body":
    "Naming power and sharing it. Both people say what they see, feel and need, and we work out together how our relationship goes.",
  "public.learn.task.mutuality.question": "What do we each need from this?",
  "public.learn.task.movingTowards.name": "Moving towards",
  "public.learn.task.movingTowards.body":
    "Putting our energy into what we want to create, not only into what we want to stop or avoid.",
  "public.learn.task.movingTowards.question": "What would we like to build?",
  "public.learn.trainings.title": "Ways to learn",
  "public.learn.trainings.intro":
    "Most people start with the overview or the core training. The hours are this hub's own; each session shows its dates.",
  "public.learn.training.overview.name": "Overview",
  "public.learn.training.overview.body":
    "A short introduction, often online. A good first step if you're curious, or if you want to know whether the core training is for you.",
  "public.learn.training.core.name": "Core training",
  "public.learn.training.core.body":
    "The heart of IPS, led by two co-trainers, in person or online. You practice the tasks with others, not just read about them.",
  "public.learn.training.advanced.name": "Advanced training",
  "public.learn.training.advanced.body":
    "For people who have done the core training and want to go deeper into their practice.",
  "public.learn.training.coReflection.name": "Co-reflection",
  "public.learn.training.coReflection.body":
    "The peer alternative to supervision. A group meets regularly, monthly or every few months, and reflects on its own practice using the framework.",
  "public.learn.training.tot.name": "Training of Trainers",
  "public.learn.training.tot.body":
    "For people who want to teach IPS. It leads to becoming an organizational trainer, who runs IPS trainings inside a partner organization.",
  // — lengths from the hub's courses (issue 15 item 11) —
  "public.learn.length.hours": "{min, plural, one {# hour} other {# hours}}",
  "public.learn.length.hoursRange": "{min}–{max} hours",
  "public.learn.length.days": "{min, plural, one {# day} other {# days}}",
  "public.learn.length.daysRange": "{min}–{max} days",
  "public.learn.upcoming":
    "{count, plural, =0 {No dates yet: see what is planned} one {See the upcoming session} other {See the # upcoming sessions}}",
  "public.learn.notOffered": "This hub doesn't offer this training yet.",
  // — end of lengths from the hub's courses —
  "public.learn.next.title": "Ready to start?",
  "public.learn.next.body":
    "Create a free account to sign up for trainings, keep your certificates in one place and join co-reflection.",
  "public.learn.next.bodySignedIn":
    "Your account is where your trainings, certificates and co-reflection circles will be.",
  "public.learn.note":
    "This page is our own summary of IPS. It doesn't replace the training, where the framework comes alive in practice.",

  "public.support.title": "Support now",
  "public.support.lede":
    "If you'd like to talk with someone, these lines are here for you, whatever you're going through.",
  "public.support.warmline":
    "You don't have to be in crisis to reach out. Warmlines are for the times when things are hard and you want someone to listen.",
  "public.support.listLabel": "Support lines",
  "public.support.peerRun": "Peer-run",
  "public.support.call": "Call {number}",
  "public.support.text": "Text {number}",
  "public.support.website": "Website: {site}",
  "public.support.hours": "Hours",
  "public.support.checked": "Details last checked",
  "public.support.empty.title": "No support lines listed yet",
  "public.support.empty.body":
    "This hub hasn't added its list of support lines yet. If you need to talk with someone right now, please contact your local crisis line or emergency number.",
  "public.support.notes.title": "Good to know",
  "public.support.notes.peerRun": "Lines marked “Peer-run” are answered by people with their own lived experience.",
  "public.support.notes.quickExit":
    "The Quick exit button stays at the top right of every page, even when you scroll. It opens a weather site in a new tab and puts the weather site in place of the hub in this tab too, so Back does not bring up the page you were on. On a keyboard you can also press Escape twice.",
  "public.support.notes.history":
    "What it can't hide: the hub stays in your browser's history list, Back or Forward may still reach hub pages you opened, and other tabs you opened stay open. If someone else may use this device, browse in a private window (Incognito in Chrome, InPrivate in Edge, a private window in Firefox or Safari), which forgets the pages once you close it, or delete this site from your history in your browser's settings.",
  "public.support.notes.hub":
    "Our hub's staff aren't a crisis service and may not see messages right away. For support now, please use the lines above.",

  "public.privacy.title": "Privacy, in plain words",
  "public.privacy.lede":
    "Taking care of people includes taking care of their information. Here's what we keep, why we keep it, and who can see it.",
  "public.privacy.contents": "On this page",
  "public.privacy.keep.title": "What we keep",
  "public.privacy.keep.account":
    "Your chosen name, your email address and your password. The password is stored scrambled, so nobody can read it, including us.",
  "public.privacy.keep.settings": "Your language and time zone, so pages and emails make sense to you.",
  "public.privacy.keep.optional": "If you choose to add them: your pronouns and your legal name.",
  "public.privacy.keep.training":
    "When you take part: the trainings you sign up for, your attendance and your certificates.",
  "public.privacy.who.title": "Who can see it",
  "public.privacy.who.you": "You can see and change your own details on your account page.",
  "public.privacy.who.staff":
    "Hub staff see what they need to run trainings: your name, email and the trainings you're part of.",
  "public.privacy.who.trainers": "Trainers see the people in their own trainings.",
  "public.privacy.who.partners":
    "A partner organization sees the progress of its own staff when it supports their training, and nothing about anyone else.",
  "public.privacy.who.nobodyElse": "We don't sell your information or share it with advertisers.",
  "public.privacy.legalName.title": "Your legal name",
  "public.privacy.legalName.body":
    "We use your legal name only on certificates, because certification boards require it. Everywhere else, including with trainers and other participants, we use your chosen name.",
  "public.privacy.sensitive.title": "Sensitive answers",
  "public.privacy.sensitive.optional":
    "Some forms may ask about lived experience, accommodations or financial need. These questions are optional unless we explain why we need the answer.",
  "public.privacy.journal.title": "Your journal",
  "public.privacy.yourData.title": "Getting or deleting your information",
  // — what is true today (issue 15 item 11): see src/features/privacy/privacy-statements.ts —
  "public.privacy.journal.open": "Open your journal",
  "public.privacy.yourData.export":
    "Download my data: on your privacy page you can ask for a ZIP file with everything the hub holds about you. We email you a link; it works for seven days, and only when you are signed in.",
  "public.privacy.yourData.delete":
    "Delete my account: on the same page you can delete your account at any time. We erase your profile, what you told us when registering, your journal, your circles and your CE records, and you are signed out everywhere.",
  "public.privacy.yourData.kept":
    "What we keep after that: for each training you finished, that someone completed it, with dates and hours, under the name “Deleted account”, and the hub's log without your name or contact details. Certificates you chose to keep stay verifiable under the name printed on them.",
  "public.privacy.yourData.open": "Go to your privacy page",
  // — end of what is true today —
  "public.privacy.cookies.title": "Cookies",
  "public.privacy.cookies.session":
    "Sign-in cookies keep you signed in, and remember if you asked not to stay signed in. We only set them when you sign in, and they end when you sign out.",
  "public.privacy.cookies.language": "A language cookie remembers whether you chose English or Spanish.",
  "public.privacy.cookies.none": "That's all: no tracking, analytics or advertising cookies.",
  "public.privacy.email.title": "Email",
  "public.privacy.email.body": "We email you only about your account and your trainings.",
  "public.privacy.questions.title": "Questions",
  "public.privacy.questions.write": "Questions about your information? Write to us at",
  "public.privacy.questions.admin": "Questions about your information? Ask a hub admin, and they'll help.",
} as const;
