// A trainer as visitors see them (only those who consented): photo, name, pronouns, a bio in the page's language (or
// in the other one, marked with its own `lang`), languages and regions. Shared by the trainers page and session pages.
import type { Locale } from "#core/locale.ts";
import { languageName } from "#i18n/language-names.ts";
import { useLocale, useT } from "./i18n.tsx";

export type TrainerCardView = {
  userId: string;
  name: string;
  pronouns: string | null;
  bio: { text: string; lang: Locale };
  languages: string[];
  regions: string[];
  photo: string | null;
};

export function TrainerCard(props: {
  trainer: TrainerCardView;
  /** The heading level the card's name takes on its page. */
  heading: "h2" | "h3";
  /** A line under the name (their role in a session). */
  role?: string;
}) {
  const t = useT();
  const locale = useLocale();
  const { trainer } = props;
  const Heading = props.heading;
  return (
    <div className="trainer-card">
      {trainer.photo ? (
        <img
          className="trainer-photo"
          src={trainer.photo}
          alt={t("trainers.public.photoAlt", { name: trainer.name })}
          width={96}
          height={96}
          loading="lazy"
        />
      ) : null}
      <div>
        <Heading>
          {trainer.name}
          {trainer.pronouns ? <span className="muted"> ({trainer.pronouns})</span> : null}
        </Heading>
        {props.role ? <p className="muted">{props.role}</p> : null}
        {trainer.bio.text ? <p lang={trainer.bio.lang}>{trainer.bio.text}</p> : null}
        {trainer.languages.length ? (
          <p>
            <strong>{t("trainers.public.languages")}:</strong>{" "}
            {trainer.languages.map((name) => languageName(name, locale)).join(", ")}
          </p>
        ) : null}
        {trainer.regions.length ? (
          <p>
            <strong>{t("trainers.public.regions")}:</strong> {trainer.regions.join(", ")}
          </p>
        ) : null}
      </div>
    </div>
  );
}
