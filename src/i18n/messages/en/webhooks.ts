// English: webhook subscriptions for integrations — the admin page, its delivery log and its refusals.
export const webhooks = {
  "webhooks.nav": "Webhooks",
  "api.docs.section.Webhooks": "Webhooks",
  "webhooks.title": "Webhooks",
  "webhooks.lede":
    "A webhook tells another system (a partner's HR system, a state registry) when something changes here. Each message carries ids and states only, never names, email addresses or answers, and is signed so the receiver can check it came from this hub.",

  "webhooks.event.registration.created": "A registration is made",
  "webhooks.event.registration.changed": "A registration changes (confirmed, offered a seat, attended…)",
  "webhooks.event.registration.cancelled": "A registration is cancelled",
  "webhooks.event.credential.issued": "A certificate is issued",
  "webhooks.event.credential.revoked": "A certificate is revoked",
  "webhooks.event.session.changed": "A session is changed or cancelled",
  "webhooks.event.inhouse_training.approved": "A partner's in-house training is approved",

  "webhooks.list.title": "Subscriptions",
  "webhooks.list.empty": "No subscriptions yet. Add one below when another system is ready to receive messages.",
  "webhooks.list.url": "Address",
  "webhooks.list.events": "Events",
  "webhooks.list.created": "Added",
  "webhooks.list.actions": "Actions",
  "webhooks.list.deliveries": "Delivery log",

  "webhooks.create.title": "Add a subscription",
  "webhooks.create.explain":
    "The address must start with https:// (or http://). You will see the signing secret once, right after adding it.",
  "webhooks.create.url.label": "Receiving address",
  "webhooks.create.url.hint": "For example https://hr.example.org/ips-hub/webhooks",
  "webhooks.create.description.label": "What it is for (optional)",
  "webhooks.create.events.label": "Send these events",
  "webhooks.create.submit": "Add subscription",

  "webhooks.secret.title": "The signing secret for {url}",
  "webhooks.secret.once":
    "Copy it now and give it to the people who run the receiving system: it will not be shown again. If it is lost, make a new one.",
  "webhooks.secret.howToVerify":
    "Receivers check each message with any Standard Webhooks library, using the webhook-id, webhook-timestamp and webhook-signature headers.",

  "webhooks.rotate.open": "New secret",
  "webhooks.rotate.explain":
    "Makes a new signing secret for {url}. The old one stops working at once, so the receiver must switch to the new one.",
  "webhooks.rotate.confirm": "Make a new secret",
  "webhooks.delete.open": "Remove",
  "webhooks.delete.explain":
    "Stops all messages to {url} and removes its delivery log. Messages still waiting are not sent.",
  "webhooks.delete.confirm": "Remove subscription",
  "webhooks.deleted": "The subscription is removed. No more messages will go to that address.",

  "webhooks.deliveries.title": "Delivery log",
  "webhooks.deliveries.lede":
    "The latest messages to {url}, newest first. A message that was not accepted is tried again, waiting longer each time; after {attempts} tries it waits for you to send it again.",
  "webhooks.deliveries.empty": "Nothing has been sent to this address yet.",
  "webhooks.deliveries.back": "All webhooks",
  "webhooks.deliveries.event": "Event",
  "webhooks.deliveries.created": "Event time",
  "webhooks.deliveries.status": "Status",
  "webhooks.deliveries.tries": "Tries",
  "webhooks.deliveries.try":
    "{time}: {answer, select, none {no answer} other {answered {answer}}} in {ms} ms{error, select, none {} other { ({error})}}",
  "webhooks.deliveries.redeliver": "Send again",
  "webhooks.deliveries.redelivered": "The message is queued to be sent again.",
  "webhooks.deliveries.status.pending": "Waiting",
  "webhooks.deliveries.status.delivered": "Delivered",
  "webhooks.deliveries.status.failed": "Not delivered",

  "webhooks.errors.notFound": "We could not find that webhook subscription.",
  "webhooks.errors.messageNotFound": "We could not find that message.",
  "webhooks.errors.url": "Enter a web address that starts with https:// or http://.",
  "webhooks.errors.urlCredentials": "Leave the user name and password out of the address.",
  "webhooks.errors.urlNotPublic":
    "This hub does not send webhooks to its own machine or to private networks. Use the receiver's public address.",
  "webhooks.errors.events": "Choose at least one event to send.",
  "webhooks.errors.descriptionTooLong": "Keep the description to {max} characters or fewer.",
};
