// Which blocks of the public impact page a visitor sees: each block is public, for staff only, or hidden, as the hub chose.
import { hasRole, type Viewer } from "./access.ts";

/** The blocks of the public impact page, in the order they appear. */
export const impactBlocks = [
  "trained",
  "partners",
  "trainers",
  "ceHours",
  "counties",
  "evaluations",
  "learning",
  "testimonials",
] as const;
export type ImpactBlock = (typeof impactBlocks)[number];

export const blockVisibilities = ["public", "staff", "hidden"] as const;
export type BlockVisibility = (typeof blockVisibilities)[number];

export type BlockVisibilityMap = Record<ImpactBlock, BlockVisibility>;

export function isImpactBlock(value: string): value is ImpactBlock {
  return (impactBlocks as readonly string[]).includes(value);
}

export function isBlockVisibility(value: string): value is BlockVisibility {
  return (blockVisibilities as readonly string[]).includes(value);
}

/** The stored choices read safely: a block never chosen (or a value no longer understood) is public. */
export function visibilityFromStored(stored: Readonly<Record<string, unknown>> | null | undefined): BlockVisibilityMap {
  return Object.fromEntries(
    impactBlocks.map((block) => {
      const value = stored?.[block];
      return [block, typeof value === "string" && isBlockVisibility(value) ? value : "public"];
    }),
  ) as BlockVisibilityMap;
}

/** Hub staff, who see "staff only" blocks: admins and trainers. */
export function isImpactStaff(viewer: Viewer | null): boolean {
  return hasRole(viewer, "admin") || hasRole(viewer, "trainer");
}

/** Whether this viewer sees a block: public blocks anyone, staff blocks staff, hidden blocks nobody on the public page. */
export function blockShownTo(visibility: BlockVisibility, viewer: Viewer | null): boolean {
  if (visibility === "public") return true;
  if (visibility === "staff") return isImpactStaff(viewer);
  return false;
}

/** The blocks this viewer sees, in page order. */
export function shownBlocks(visibility: BlockVisibilityMap, viewer: Viewer | null): Set<ImpactBlock> {
  return new Set(impactBlocks.filter((block) => blockShownTo(visibility[block], viewer)));
}
