// Dates and times as Intl words them, with plain spaces. Node's ICU puts thin and narrow no-break spaces around range
// dashes and before AM/PM ("9:00\u202fAM\u2009–\u20093:30\u202fPM"); Chromium's writes plain spaces. Pages word dates on the
// server and again in the browser while hydrating, so any difference makes React discard the page and draw it anew
// (a click made meanwhile is lost). The PDFs' fonts have only the plain space too.
const UNUSUAL_SPACES = /[\u2000-\u200A\u202F\u205F]/g;

export function plainSpaces(text: string): string {
  return text.replace(UNUSUAL_SPACES, " ");
}
