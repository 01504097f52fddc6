// English: signing in, creating an account, confirming an email and recovering a password.
export const auth = {
  "auth.fields.email": "Email",
  "auth.fields.emailHint":
    "We'll send a link here to confirm it's yours. We only email you about your account and trainings.",
  "auth.fields.password": "Password",
  "auth.fields.newPassword": "New password",
  "auth.fields.newPasswordHint":
    "At least {min} characters. A few ordinary words in a row are easy to remember and hard to guess.",
  "auth.fields.name": "Chosen name",
  "auth.fields.nameHint":
    "The name you'd like us to use. It doesn't have to match an ID. We only ask for a legal name when you earn a certificate.",
  "auth.fields.remember": "Keep me signed in on this device",
  "auth.fields.rememberHint":
    "Untick this on a shared or public computer. You'll be signed out when you close the browser.",

  "auth.errors.emailRequired": "Enter your email address",
  "auth.errors.emailInvalid": "Enter an email address like name@example.org",
  "auth.errors.passwordRequired": "Enter your password",
  "auth.errors.passwordTooShort": "Use at least {min} characters",
  "auth.errors.passwordTooLong": "Use {max} characters or fewer",
  "auth.errors.nameRequired": "Enter the name you'd like us to use",
  "auth.errors.nameTooLong": "Use {max} characters or fewer",
  "auth.errors.rateLimited":
    "There have been a lot of tries in a short time, so we've paused this for now to keep accounts safe. Please try again in {minutes, plural, one {# minute} other {# minutes}}.",

  "auth.signIn.title": "Sign in",
  "auth.signIn.lede": "Welcome back. Sign in to see your trainings and your account.",
  "auth.signIn.submit": "Sign in",
  "auth.signIn.refused":
    "That email and password don't match an account. Check both and try again, or choose a new password.",
  "auth.signIn.forgot": "Forgot your password?",
  "auth.signIn.useLink": "Email me a sign-in link instead",
  "auth.signIn.noAccount": "New here?",
  "auth.signIn.createAccount": "Create an account",
  "auth.signIn.notice.passwordReset": "Your new password is saved. You can sign in with it now.",
  "auth.signIn.notice.passwordResetTokens":
    "For your safety, we signed out any API tokens on your account too. If a program uses one, make it a new token once you're signed in.",
  "auth.signIn.notice.confirmed": "Your email address is confirmed. Please sign in.",
  "auth.signIn.notice.emailChanged": "Your new email address is confirmed. Sign in with it from now on.",
  "auth.signIn.notice.signInFirst": "Please sign in to continue. We'll take you back to the page you were on.",
  "auth.signIn.toRegister.title": "To register, sign in or create a free account",
  "auth.signIn.toRegister.lede": "You're registering for {training}. Either way, we'll bring you back to it.",
  "auth.signIn.toRegister.newTitle": "New here",
  "auth.signIn.toRegister.newBody":
    "An account is free and takes a minute: your name, your email and a password. We'll email you a link to confirm your address, and it brings you back to this training.",
  "auth.signIn.toRegister.create": "Create a free account",
  "auth.signIn.toRegister.haveTitle": "I have an account",
  "auth.signIn.unconfirmed.title": "Please confirm your email first",
  "auth.signIn.unconfirmed.body":
    "Your password is right, but we still need to know this email address is yours. Open the link we sent when you created your account. If you can't find it, we can send a new one.",
  "auth.signIn.unconfirmed.resend": "Send me a new link",

  "auth.demo.title": "Demo sign-ins",
  "auth.demo.body": "This is a demo hub with made-up people. Every demo account uses the same password:",
  "auth.demo.signInAs": "Sign in as {name}",

  "auth.signUp.title": "Create an account",
  "auth.signUp.lede":
    "An account lets you sign up for trainings, keep your certificates in one place and join co-reflection. It's free.",
  "auth.signUp.next": "What happens next: we email you a link. Open it to confirm your address, and you're signed in.",
  "auth.signUp.privacy": "We keep what you share private and never sell it.",
  "auth.signUp.privacyLink": "How we handle your information",
  "auth.signUp.submit": "Create account",
  "auth.signUp.continuing":
    "When you open the link in our email, we'll bring you back to register for {training}. Nothing is lost in the meantime.",
  "auth.signUp.haveAccount": "Already have an account?",
  "auth.signUp.signIn": "Sign in",

  "auth.checkEmail.title": "Check your email",
  "auth.checkEmail.signUp":
    "We've sent a link to the address you gave. Open it within 24 hours to confirm your email, and you'll be signed in. If you already had an account with this address, sign in or choose a new password instead.",
  "auth.checkEmail.magicLink":
    "If there's an account for that address, we've sent it a sign-in link. The link works once, for 15 minutes.",
  "auth.checkEmail.reset":
    "If there's an account for that address, we've sent it a link to choose a new password. The link works for one hour.",
  "auth.checkEmail.verify":
    "If that address has an account waiting to be confirmed, we've sent it a new link. The link works for 24 hours.",
  "auth.checkEmail.nothingTitle": "Nothing there?",
  "auth.checkEmail.wait": "Email can take a few minutes to arrive.",
  "auth.checkEmail.spam": "Look in your spam or junk folder, and check the address was typed the way you meant.",
  "auth.checkEmail.retrySignUp":
    "Link lost or run out? Sign in with your email and password and we'll offer to send a new one.",
  "auth.checkEmail.retry": "Still nothing after a while? You can ask again.",
  "auth.checkEmail.signIn": "Sign in",
  "auth.checkEmail.tryAgain": "Try again",
  "auth.checkEmail.close": "You can close this page. The link in the email opens the hub for you.",

  "auth.link.title": "Sign in with an email link",
  "auth.link.lede": "No password needed. We'll email you a link that signs you in. It works once, for 15 minutes.",
  "auth.link.submit": "Email me a link",
  "auth.link.usePassword": "Sign in with a password instead",

  "auth.magic.title": "Finish signing in",
  "auth.magic.body": "Press the button to sign in to {hub}.",
  "auth.magic.why":
    "We ask you to press it because some email programs open links to check them, and that would use up your link before you could.",
  "auth.magic.submit": "Sign in",
  "auth.magic.invalid.title": "This sign-in link doesn't work anymore",
  "auth.magic.invalid.body":
    "Sign-in links work once, for 15 minutes. This one has been used or has run out. Nothing is wrong with your account: you can ask for a new link.",
  "auth.magic.invalid.action": "Get a new link",

  "auth.verify.metaTitle": "Confirm your email",
  "auth.verify.expired.title": "This confirmation link has run out",
  "auth.verify.expired.body": "Confirmation links work for 24 hours. Enter your email and we'll send a fresh one.",
  "auth.verify.invalid.title": "This confirmation link doesn't work",
  "auth.verify.invalid.body":
    "Part of the link may be missing, or it was meant for a different account. Enter your email and we'll send a new link to it if the account still needs confirming.",
  "auth.verify.resend": "Send a new link",
  "auth.verify.alreadyDone": "Already confirmed?",

  "auth.forgot.title": "Forgot your password?",
  "auth.forgot.lede":
    "It happens. Enter the email you use here. If it has an account, we'll send a link to choose a new password. The link works for one hour.",
  "auth.forgot.submit": "Send the link",
  "auth.forgot.back": "Back to sign in",

  "auth.reset.title": "Choose a new password",
  "auth.reset.lede":
    "Pick a password you don't use anywhere else. Once it's saved, you'll sign in with it, and any other device signed in to your account will be signed out.",
  "auth.reset.submit": "Save my new password",
  "auth.reset.invalid.title": "This link doesn't work anymore",
  "auth.reset.invalid.body":
    "Links to choose a new password work once, for one hour. This one has been used or has run out. Your password hasn't changed. You can ask for a new link.",
  "auth.reset.invalid.action": "Send me a new link",

  "auth.signOut.title": "Sign out",
  "auth.signOut.body": "Sign out of {hub} on this device?",
  "auth.signOut.submit": "Sign out",
} as const;
