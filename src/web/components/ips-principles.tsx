// The three shifts Intentional Peer Support is built on: a line each on the home page, told in full on "Learn IPS".
import type { MessageKey } from "#i18n/translate.ts";
import { useT } from "./i18n.tsx";

/** `anchor` is the id on "Learn IPS" that credentials' Open Badges alignments point at (ipsFramework in core). */
export const principles: ReadonlyArray<{ anchor: string; from: MessageKey; to: MessageKey; body: MessageKey }> = [
  {
    anchor: "principle-learning",
    from: "public.learn.principle.learning.from",
    to: "public.learn.principle.learning.to",
    body: "public.learn.principle.learning.body",
  },
  {
    anchor: "principle-relationship",
    from: "public.learn.principle.relationship.from",
    to: "public.learn.principle.relationship.to",
    body: "public.learn.principle.relationship.body",
  },
  {
    anchor: "principle-hope",
    from: "public.learn.principle.hope.from",
    to: "public.learn.principle.hope.to",
    body: "public.learn.principle.hope.body",
  },
];

/** "From helping → to learning": the arrow is drawn, and read out as a word. */
export function PrincipleShift({ from, to }: { from: MessageKey; to: MessageKey }) {
  const t = useT();
  return (
    <>
      <span className="shift-from">{t(from)}</span>
      <span className="shift-arrow" aria-hidden="true">
        {" → "}
      </span>
      <span className="visually-hidden"> {t("public.learn.principles.towards")} </span>
      <span className="shift-to">{t(to)}</span>
    </>
  );
}
