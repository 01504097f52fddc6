// A year of a busy hub's schedule for the catalog benchmark: six courses, `sessions` published sessions, people registered on many.
import { randomUUID } from "node:crypto";
import { schema, type Database } from "#db/client.ts";
import type { CourseForm, PriceTier } from "#core/catalog.ts";

const DAY = 86_400_000;
const HOUR = 3_600_000;

const courses: Array<{
  form: CourseForm;
  en: string;
  es: string;
  summaryEn: string;
  summaryEs: string;
  days: number;
  hours: number;
  approval: boolean;
}> = [
  {
    form: "overview",
    en: "IPS Overview",
    es: "Introducción a IPS",
    summaryEn: "Three hours to meet the principles and tasks of Intentional Peer Support.",
    summaryEs: "Tres horas para conocer los principios y tareas del Apoyo Mutuo Intencional.",
    days: 1,
    hours: 3,
    approval: false,
  },
  {
    form: "core",
    en: "IPS Core Training",
    es: "Capacitación básica de IPS",
    summaryEn: "Five days of learning together: connection, worldview, mutuality and moving towards.",
    summaryEs: "Cinco días de aprendizaje juntos: conexión, visión del mundo, mutualidad y avanzar hacia.",
    days: 5,
    hours: 7,
    approval: false,
  },
  {
    form: "advanced",
    en: "IPS Advanced Training",
    es: "Capacitación avanzada de IPS",
    summaryEn: "Going deeper into power, conflict and the untold story.",
    summaryEs: "Más a fondo: el poder, el conflicto y la historia no contada.",
    days: 3,
    hours: 6,
    approval: false,
  },
  {
    form: "co_reflection",
    en: "Co-reflection circle",
    es: "Círculo de co-reflexión",
    summaryEn: "A peer group reflects on its own practice with the framework.",
    summaryEs: "Un grupo de pares reflexiona sobre su propia práctica con el marco.",
    days: 1,
    hours: 2,
    approval: false,
  },
  {
    form: "training_of_trainers",
    en: "IPS Training of Trainers",
    es: "Formación de capacitadores de IPS",
    summaryEn: "For people who will teach IPS inside their organization.",
    summaryEs: "Para quienes enseñarán IPS dentro de su organización.",
    days: 5,
    hours: 7,
    approval: true,
  },
  {
    form: "other",
    en: "Peer support and suicide prevention",
    es: "Apoyo entre pares y prevención del suicidio",
    summaryEn: "Three hours of CE on being with someone in crisis.",
    summaryEs: "Tres horas de educación continua sobre acompañar a alguien en crisis.",
    days: 1,
    hours: 3,
    approval: false,
  },
];

const venues = [
  "Salem Peer Center",
  "Eugene Community Hall",
  "Portland Recovery Commons",
  "Bend Wellness House",
  "Medford Library, Room B",
];
const zones = ["America/Los_Angeles", "America/Los_Angeles", "America/Denver", "America/New_York"];
const prices: PriceTier[][] = [
  [{ kind: "free", amountCents: 0 }],
  [{ kind: "standard", amountCents: 25000 }],
  [{ kind: "sliding_scale", amountCents: 15000, minimumCents: 5000 }],
  [
    { kind: "standard", amountCents: 45000 },
    { kind: "sliding_scale", amountCents: 30000, minimumCents: 10000 },
  ],
];

/** Inserts in chunks, so one statement never carries too many parameters. */
async function insertAll<T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<unknown>) {
  for (let index = 0; index < rows.length; index += size) await insert(rows.slice(index, index + size));
}

export async function seedCatalog(
  db: Database,
  options: { sessions: number; now: Date },
): Promise<{ sessions: number; registrations: number }> {
  const courseIds: string[] = [];
  for (const [index, course] of courses.entries()) {
    const [row] = await db
      .insert(schema.course)
      .values({
        slug: `bench-${course.form.replace(/_/g, "-")}-${index}`,
        form: course.form,
        titleEn: course.en,
        titleEs: course.es,
        summaryEn: course.summaryEn,
        summaryEs: course.summaryEs,
        descriptionEn: `## What we do\n\n${course.summaryEn} We practise **learning together** rather than helping.`,
        descriptionEs: `## Qué hacemos\n\n${course.summaryEs} Practicamos **aprender juntos** en lugar de ayudar.`,
        contactMinutes: course.days * course.hours * 60,
        requiresApproval: course.approval,
      })
      .returning({ id: schema.course.id });
    courseIds.push(row!.id);
  }

  const people = Array.from({ length: 400 }, (_, index) => ({
    id: randomUUID(),
    name: `Bench Person ${index + 1}`,
    email: `bench-${index + 1}@example.org`,
    emailVerified: true,
  }));
  await insertAll(people, 200, (chunk) => db.insert(schema.user).values(chunk));

  const sessions: Array<typeof schema.trainingSession.$inferInsert> = [];
  const meetings: Array<typeof schema.sessionMeeting.$inferInsert> = [];
  const registrations: Array<typeof schema.registration.$inferInsert> = [];
  const today = new Date(Date.UTC(options.now.getUTCFullYear(), options.now.getUTCMonth(), options.now.getUTCDate()));
  for (let index = 0; index < options.sessions; index++) {
    const courseIndex = index % courses.length;
    const course = courses[courseIndex]!;
    const id = randomUUID();
    const format = (["in_person", "online", "hybrid"] as const)[index % 3]!;
    // Spread over the next year, starting mid-morning Pacific time.
    const start = new Date(today.getTime() + (1 + Math.floor((index * 365) / options.sessions)) * DAY + 17 * HOUR);
    const days = Array.from({ length: course.days }, (_, day) => ({
      id: randomUUID(),
      sessionId: id,
      position: day + 1,
      startsAt: new Date(start.getTime() + day * DAY),
      endsAt: new Date(start.getTime() + day * DAY + course.hours * HOUR),
    }));
    const capacity = [12, 16, 20, 24, 30][index % 5]!;
    sessions.push({
      id,
      courseId: courseIds[courseIndex]!,
      status: "published",
      timeZone: zones[index % zones.length]!,
      format,
      language: index % 4 === 3 ? "es" : "en",
      venueName: format === "online" ? null : venues[index % venues.length]!,
      venueAddress: format === "online" ? null : "123 Main St, Oregon",
      accessibilityNotes: "Step-free entrance, captions on request, a quiet room.",
      joinUrl: format === "in_person" ? null : `https://meet.example.org/${id}`,
      capacity,
      reservedPartnerSeats: index % 7 === 0 ? 4 : 0,
      priceTiers: prices[index % prices.length]!,
      startsAt: days[0]!.startsAt,
      endsAt: days.at(-1)!.endsAt,
    });
    meetings.push(...days);
    // Two sessions in five have people: some nearly full, some full with a line, some with an open offer.
    if (index % 5 < 2) {
      const taken = index % 10 === 0 ? capacity : Math.floor(capacity * 0.6);
      const waiting = taken === capacity ? 5 : 0;
      for (let seat = 0; seat < taken + waiting + 1; seat++) {
        const person = people[(index * 7 + seat) % people.length]!;
        const at = new Date(options.now.getTime() - (taken + waiting - seat) * HOUR);
        const status =
          seat < taken - 1
            ? "confirmed"
            : seat === taken - 1
              ? "offered"
              : seat < taken + waiting
                ? "waitlisted"
                : "cancelled";
        registrations.push({
          sessionId: id,
          userId: person.id,
          status,
          heldFrom: status === "confirmed" || status === "offered" ? "general" : null,
          requestedAt: at,
          queueAt: at,
          offerExpiresAt: status === "offered" ? new Date(options.now.getTime() + 2 * DAY) : null,
        });
      }
    }
  }
  await insertAll(sessions, 100, (chunk) => db.insert(schema.trainingSession).values(chunk));
  await insertAll(meetings, 300, (chunk) => db.insert(schema.sessionMeeting).values(chunk));
  await insertAll(registrations, 300, (chunk) => db.insert(schema.registration).values(chunk));
  return { sessions: sessions.length, registrations: registrations.length };
}
