// Whether an accent colour may be saved: white text on it must stay readable (WCAG 2.2 AA, 4.5:1).
import { contrastRatio as ratioOf, parseHexColor, TEXT_CONTRAST } from "./theme-colors.ts";

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

export function isHexColour(value: string): boolean {
  return HEX_COLOUR.test(value);
}

/** The contrast ratio between two #rrggbb colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(first: string, second: string): number {
  const a = isHexColour(first) ? parseHexColor(first) : null;
  const b = isHexColour(second) ? parseHexColor(second) : null;
  if (!a || !b) throw new RangeError(`Not a #rrggbb colour: ${a ? second : first}`);
  return ratioOf(a, b);
}

/** Whether white text on this colour is readable at normal size. */
export function carriesWhiteText(hex: string): boolean {
  return isHexColour(hex) && contrastRatio(hex, "#ffffff") >= TEXT_CONTRAST;
}
