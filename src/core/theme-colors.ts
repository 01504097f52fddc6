// The hub's accent colour made safe to use: readable white text on it, and a darker shade for links and hover.

export type Rgb = { r: number; g: number; b: number };

export const DEFAULT_ACCENT = "#2f6f5e";
const WHITE: Rgb = { r: 255, g: 255, b: 255 };
/** The page background (app.css --paper); links in --accent-strong sit on it. */
const PAPER: Rgb = { r: 0xfb, g: 0xfa, b: 0xf6 };

/** WCAG 2.2 AA for body text. */
export const TEXT_CONTRAST = 4.5;
/** The stronger shade aims for AAA, so links stay clearly readable. */
export const STRONG_CONTRAST = 7;

export function parseHexColor(value: string | null | undefined): Rgb | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value?.trim() ?? "");
  if (!match) return null;
  const hex = match[1]!.length === 3 ? [...match[1]!].map((c) => c + c).join("") : match[1]!;
  const n = Number.parseInt(hex, 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}

export function toHex({ r, g, b }: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance({ r, g, b }: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Moves a colour toward black by `amount` (0 = unchanged, 1 = black). */
export function darken(color: Rgb, amount: number): Rgb {
  const keep = 1 - Math.min(1, Math.max(0, amount));
  return { r: Math.round(color.r * keep), g: Math.round(color.g * keep), b: Math.round(color.b * keep) };
}

/** Darkens in small steps until the colour reaches `ratio` against `background` (black always does). */
function darkenUntil(color: Rgb, background: Rgb, ratio: number): Rgb {
  let current = color;
  for (let step = 0; step < 40 && contrastRatio(current, background) < ratio; step++) current = darken(current, 0.05);
  return current;
}

/**
 * The two CSS colours the theme uses. `accent` is the hub's colour, darkened only as far as needed for white
 * button text to stay readable; `accentStrong` is a clearly darker shade for hover states and links.
 */
export function themeColors(hubAccent: string | null | undefined): { accent: string; accentStrong: string } {
  const base = parseHexColor(hubAccent) ?? parseHexColor(DEFAULT_ACCENT)!;
  const accent = darkenUntil(base, WHITE, TEXT_CONTRAST);
  const accentStrong = darkenUntil(darken(accent, 0.3), PAPER, STRONG_CONTRAST);
  return { accent: toHex(accent), accentStrong: toHex(accentStrong) };
}

/** What the theme stylesheet's address carries so a new colour is a new address: the safe accent, without its "#". */
export function themeVersion(accentColor: string | null | undefined): string {
  return themeColors(accentColor).accent.slice(1);
}

// Every page links the theme and a hub has one accent at a time, so the last address is kept rather than worked out again.
let lastHref: { accentColor: string | null | undefined; href: string } | null = null;

/** The address of the theme stylesheet for this accent colour (cached for a year: routes/public/theme-css.ts). */
export function themeHref(accentColor: string | null | undefined): string {
  if (lastHref === null || lastHref.accentColor !== accentColor)
    lastHref = { accentColor, href: `/theme.css?v=${themeVersion(accentColor)}` };
  return lastHref.href;
}
