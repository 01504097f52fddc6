// The demo hub's catalog: the five forms of IPS training as courses, and sessions around the seed time (upcoming ones
// online and in Portland, Eugene and Bend, in English and Spanish; one that has taken place; a draft). Runs once.
import { eq } from "drizzle-orm";
import { schema, type Database } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { addDaysToDate, utcToZoned } from "#core/local-time.ts";
import { createCourse } from "#features/catalog/create-course.ts";
import { createSession } from "#features/catalog/create-session.ts";
import type { CourseInput } from "#features/catalog/course-input.ts";
import type { LocalMeetingInput, SessionInput } from "#features/catalog/session-input.ts";
import { DEMO_ORGANIZATION } from "./demo-accounts.ts";

const demoActor = { userId: null, label: "demo seed" };
export const ZONE = "America/Los_Angeles";

export const DEMO_COURSE_SLUGS = {
  overview: "ips-overview",
  core: "ips-core-training",
  advanced: "ips-advanced",
  coReflection: "ips-co-reflection",
  trainingOfTrainers: "ips-training-of-trainers",
} as const;

const courses: Record<keyof typeof DEMO_COURSE_SLUGS, Omit<CourseInput, "prerequisiteIds">> = {
  overview: {
    slug: DEMO_COURSE_SLUGS.overview,
    form: "overview",
    titleEn: "Overview of Intentional Peer Support",
    titleEs: "Introducción al Apoyo Intencional entre Pares",
    summaryEn:
      "Two days to meet IPS: its three principles, four tasks, and what changes when we move from helping to learning together.",
    summaryEs:
      "Dos días para conocer IPS: sus tres principios, sus cuatro tareas y lo que cambia cuando pasamos de ayudar a aprender juntos.",
    descriptionEn: [
      "Intentional Peer Support (IPS) is a way of thinking about and building relationships that are mutual, curious and honest. It grew out of the peer-support movement in the 1990s and is used today by peer supporters, families, clinicians and whole organizations.",
      "Over two days we get to know the framework together:",
      "- **Three principles**: from helping to learning together, from individual to relationship, and from fear to hope and possibility.\n- **Four tasks**: connection, worldview, mutuality and moving towards.\n- How our own stories shape what we notice, and what we miss.",
      "This overview does not certify anyone; it is a good place to start before the Core Training, and a good refresher for teams who already use IPS.",
    ].join("\n\n"),
    descriptionEs: [
      "El Apoyo Intencional entre Pares (IPS) es una forma de pensar y de construir relaciones mutuas, curiosas y honestas. Nació del movimiento de apoyo entre pares en los años noventa y hoy lo usan personas que dan apoyo entre pares, familias, profesionales clínicos y organizaciones enteras.",
      "En dos días conocemos el marco juntos:",
      "- **Tres principios**: de ayudar a aprender juntos, de lo individual a la relación, y del miedo a la esperanza y la posibilidad.\n- **Cuatro tareas**: conexión, visión del mundo, mutualidad y avanzar hacia.\n- Cómo nuestras propias historias moldean lo que notamos y lo que se nos escapa.",
      "Esta introducción no otorga ninguna certificación; es un buen punto de partida antes de la Formación Básica y un buen repaso para equipos que ya usan IPS.",
    ].join("\n\n"),
    audienceEn: "Anyone curious about IPS: peer supporters, family members, providers and partner staff.",
    audienceEs:
      "Cualquier persona con curiosidad por IPS: quienes dan apoyo entre pares, familiares, profesionales y personal de organizaciones aliadas.",
    contactHours: 12,
    requiresApproval: false,
    prerequisiteMode: "all",
    questions: [],
    ceCategories: [{ category: "peer_support_recovery", hours: 12 }],
  },
  core: {
    slug: DEMO_COURSE_SLUGS.core,
    form: "core",
    titleEn: "IPS Core Training",
    titleEs: "Formación Básica en IPS",
    summaryEn:
      "Five days with two co-trainers: practise connection, worldview, mutuality and moving towards in real conversations.",
    summaryEs:
      "Cinco días con dos personas facilitadoras: practica la conexión, la visión del mundo, la mutualidad y el avanzar hacia en conversaciones reales.",
    descriptionEn: [
      "The Core Training is where most people learn IPS. Over five days, two co-trainers and a small group practise the framework in real conversations, not role plays about other people.",
      "We spend time on:",
      "- **Connection** and what happens when it breaks: a disconnect is an opening, not a failure.\n- **Worldview**: getting curious about how each of us came to see the world, and listening for the untold story.\n- **Mutuality**: naming power, and saying what we see, feel and need.\n- **Moving towards** what we want to create, instead of only away from what we fear.\n- Talking about suicide and self-harm with honesty and without panic (3 hours).",
      "Completing all five days counts as 35 hours of training toward Oregon's Peer Support Specialist requirements.",
    ].join("\n\n"),
    descriptionEs: [
      "La Formación Básica es donde la mayoría de la gente aprende IPS. Durante cinco días, dos personas facilitadoras y un grupo pequeño practican el marco en conversaciones reales, no en simulaciones sobre otras personas.",
      "Dedicamos tiempo a:",
      "- **La conexión** y lo que pasa cuando se rompe: una desconexión es una oportunidad, no un fracaso.\n- **La visión del mundo**: sentir curiosidad por cómo cada persona llegó a ver el mundo como lo ve y escuchar la historia que no se ha contado.\n- **La mutualidad**: nombrar el poder y decir lo que vemos, sentimos y necesitamos.\n- **Avanzar hacia** lo que queremos crear, en vez de solo alejarnos de lo que tememos.\n- Hablar del suicidio y de las autolesiones con honestidad y sin pánico (3 horas).",
      "Completar los cinco días cuenta como 35 horas de formación para los requisitos de Especialista en Apoyo entre Pares de Oregón.",
    ].join("\n\n"),
    audienceEn: "Peer supporters and anyone who works alongside them. No experience with IPS needed.",
    audienceEs:
      "Personas que dan apoyo entre pares y quienes trabajan a su lado. No hace falta experiencia previa con IPS.",
    contactHours: 35,
    requiresApproval: false,
    prerequisiteMode: "all",
    questions: [],
    ceCategories: [
      { category: "suicide_prevention", hours: 3 },
      { category: "peer_support_recovery", hours: 32 },
    ],
  },
  advanced: {
    slug: DEMO_COURSE_SLUGS.advanced,
    form: "advanced",
    titleEn: "IPS Advanced: Power, Conflict and Mutuality",
    titleEs: "IPS Avanzado: poder, conflicto y mutualidad",
    summaryEn:
      "Three days for people who use IPS in their work: go deeper into power, conflict and staying in relationship when it is hard.",
    summaryEs:
      "Tres días para quienes usan IPS en su trabajo: profundiza en el poder, el conflicto y en seguir en relación cuando cuesta.",
    descriptionEn: [
      "The Advanced training is for people who have done the Core Training and have been practising since. We bring the situations that stay with us: a conversation that went sideways, a rule we had to enforce, a relationship where power was hard to name.",
      "Together we look at how the principles hold up under pressure, how to negotiate when we disagree, and how to stay with someone without taking over.",
      "Places are limited, so we ask a few questions first. An admin reads every application and replies within a week.",
    ].join("\n\n"),
    descriptionEs: [
      "La formación Avanzada es para quienes han hecho la Formación Básica y la han puesto en práctica desde entonces. Traemos las situaciones que se nos quedan dentro: una conversación que se torció, una norma que tuvimos que aplicar, una relación en la que costaba nombrar el poder.",
      "Juntos vemos cómo se sostienen los principios bajo presión, cómo negociar cuando no estamos de acuerdo y cómo acompañar a alguien sin tomar el control.",
      "Los cupos son limitados, así que primero hacemos unas preguntas. Alguien de la administración lee cada solicitud y responde en una semana.",
    ].join("\n\n"),
    audienceEn: "People who completed the IPS Core Training and use it in their work.",
    audienceEs: "Personas que completaron la Formación Básica en IPS y la usan en su trabajo.",
    contactHours: 21,
    requiresApproval: true,
    prerequisiteMode: "all",
    questions: [
      {
        kind: "choice",
        labelEn: "How long have you been using IPS in your work?",
        labelEs: "¿Cuánto tiempo llevas usando IPS en tu trabajo?",
        options: [
          { labelEn: "Less than a year", labelEs: "Menos de un año" },
          { labelEn: "One to three years", labelEs: "De uno a tres años" },
          { labelEn: "More than three years", labelEs: "Más de tres años" },
        ],
        required: true,
        sensitive: false,
      },
      {
        kind: "text",
        labelEn:
          "Is there anything from your own lived experience you would like the trainers to know? Share only what feels right.",
        labelEs:
          "¿Hay algo de tu propia experiencia vivida que quieras que sepan quienes facilitan? Comparte solo lo que te parezca bien.",
        options: [],
        required: false,
        sensitive: true,
      },
    ],
    ceCategories: [
      { category: "ethics", hours: 3 },
      { category: "peer_support_recovery", hours: 18 },
    ],
  },
  coReflection: {
    slug: DEMO_COURSE_SLUGS.coReflection,
    form: "co_reflection",
    titleEn: "IPS Co-reflection",
    titleEs: "Co-reflexión en IPS",
    summaryEn: "An afternoon to reflect on our own practice together, using the IPS framework instead of supervision.",
    summaryEs:
      "Una tarde para reflexionar juntos sobre nuestra propia práctica, con el marco de IPS en lugar de la supervisión.",
    descriptionEn: [
      "Co-reflection is IPS's peer alternative to supervision. A small group meets to look at its own practice: what happened, what we noticed in ourselves, and what we want to try next.",
      "Nobody is the expert. A facilitator from the group keeps time and holds the agreements, and the role rotates.",
    ].join("\n\n"),
    descriptionEs: [
      "La co-reflexión es la alternativa entre pares a la supervisión que propone IPS. Un grupo pequeño se reúne para mirar su propia práctica: qué pasó, qué notamos en nosotros mismos y qué queremos probar la próxima vez.",
      "Nadie es la persona experta. Alguien del grupo facilita, cuida el tiempo y los acuerdos, y ese papel va rotando.",
    ].join("\n\n"),
    audienceEn: "People who completed the IPS Core Training.",
    audienceEs: "Personas que completaron la Formación Básica en IPS.",
    contactHours: 4,
    requiresApproval: false,
    prerequisiteMode: "all",
    questions: [],
    ceCategories: [{ category: "peer_support_recovery", hours: 4 }],
  },
  trainingOfTrainers: {
    slug: DEMO_COURSE_SLUGS.trainingOfTrainers,
    form: "training_of_trainers",
    titleEn: "IPS Training of Trainers",
    titleEs: "Formación de Facilitadores en IPS",
    summaryEn:
      "Four days to learn to co-train the Core Training, the first step to becoming an organizational IPS trainer.",
    summaryEs:
      "Cuatro días para aprender a co-impartir la Formación Básica, el primer paso para ser facilitador o facilitadora de IPS en tu organización.",
    descriptionEn: [
      "The Training of Trainers prepares experienced practitioners to co-train the IPS Core Training inside their own organization. We practise holding a group, giving and receiving feedback, and teaching the framework by living it.",
      "After the training, new trainers co-train as apprentices alongside an active trainer before leading on their own.",
    ].join("\n\n"),
    descriptionEs: [
      "La Formación de Facilitadores prepara a personas con experiencia para co-impartir la Formación Básica en IPS dentro de su propia organización. Practicamos cómo sostener a un grupo, cómo dar y recibir comentarios y cómo enseñar el marco viviéndolo.",
      "Después de la formación, quienes empiezan co-imparten como aprendices junto a una persona facilitadora activa antes de dirigir por su cuenta.",
    ].join("\n\n"),
    audienceEn:
      "Practitioners who completed the Core and Advanced trainings and are supported by a partner organization.",
    audienceEs:
      "Personas que completaron la Formación Básica y la Avanzada y cuentan con el respaldo de una organización aliada.",
    contactHours: 28,
    requiresApproval: true,
    prerequisiteMode: "all",
    questions: [
      {
        kind: "text",
        labelEn: "Which organization will you train with, and who there supports your application?",
        labelEs: "¿Con qué organización vas a impartir formaciones y quién te respalda allí?",
        options: [],
        required: true,
        sensitive: false,
      },
    ],
    ceCategories: [],
  },
};

export const BREAK = "12:00-12:30";
export const day = (date: string, startTime: string, endTime: string, breaks = ""): LocalMeetingInput => ({
  date,
  startTime,
  endTime,
  breaks,
});
/** Consecutive days from `date`, the same hours each day (with a lunch break). */
export const days = (date: string, count: number, startTime = "09:00", endTime = "16:30"): LocalMeetingInput[] =>
  Array.from({ length: count }, (_, i) => day(addDaysToDate(date, i), startTime, endTime, BREAK));

/** The first Monday on or after a date. */
export function mondayFrom(date: string): string {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  return addDaysToDate(date, (8 - weekday) % 7);
}

export const venues = {
  portland: {
    venueName: "Belmont Peer Wellness Center",
    venueAddress: "2828 SE Belmont St, Portland, OR 97214",
    accessibilityNotes:
      "Step-free entrance from the parking lot on SE 29th Ave; the training room and all-gender restrooms are on the ground floor. A quiet room is open all day. Bus 15 stops at the door.",
  },
  eugene: {
    venueName: "Riverbend Community Room",
    venueAddress: "410 W 8th Ave, Eugene, OR 97401",
    accessibilityNotes:
      "Elevator to the second-floor room. Live captions for people joining online. Free parking behind the building; bike racks at the entrance.",
  },
  bend: {
    venueName: "Deschutes Peer Collective",
    venueAddress: "1130 NW Harriman St, Bend, OR 97703",
    accessibilityNotes:
      "One step at the front door; use the ramp on the side. Assistive listening devices on request. Snacks include gluten-free and vegan options.",
  },
} as const;

/** Returns false when the hub already has courses (the demo's, or ones an admin made since): those are left alone. */
export async function seedCatalog(db: Database, now: Date): Promise<boolean> {
  const [existing] = await db.select({ id: schema.course.id }).from(schema.course).limit(1);
  if (existing) return false;
  const personId = async (email: string) =>
    (await db.select({ id: schema.user.id }).from(schema.user).where(eq(schema.user.email, email)))[0]?.id;
  const adminId = await personId("admin@example.org");
  const maya = await personId("maya@example.org");
  const luis = await personId("luis@example.org");
  const [organization] = await db
    .select({ id: schema.organization.id })
    .from(schema.organization)
    .where(eq(schema.organization.slug, DEMO_ORGANIZATION.slug));
  if (!adminId || !maya || !luis || !organization) return false;
  // The seed acts with the demo admin's authority; the audit log names it "demo seed".
  const viewer: Viewer = {
    userId: adminId,
    email: "admin@example.org",
    name: "Demo seed",
    emailVerified: true,
    roles: [{ role: "admin", organizationId: null }],
  };

  const ids = {} as Record<keyof typeof DEMO_COURSE_SLUGS, string>;
  const add = async (key: keyof typeof DEMO_COURSE_SLUGS, prerequisites: Array<keyof typeof DEMO_COURSE_SLUGS>) => {
    ids[key] = (
      await createCourse(
        db,
        { viewer, course: { ...courses[key], prerequisiteIds: prerequisites.map((p) => ids[p]) } },
        demoActor,
      )
    ).id;
  };
  await add("overview", []);
  await add("core", []);
  await add("advanced", ["core"]);
  await add("coReflection", ["core"]);
  await add("trainingOfTrainers", ["core", "advanced"]);

  const today = utcToZoned(now, ZONE).date;
  const inDays = (n: number) => addDaysToDate(today, n);
  const free = [{ kind: "free" as const, amountCents: 0 }];
  const coreprices = [
    { kind: "standard" as const, amountCents: 45000 },
    { kind: "sponsored" as const, amountCents: 45000, organizationId: organization.id },
    { kind: "sliding_scale" as const, amountCents: 30000, minimumCents: 7500 },
  ];
  const lead = (userId: string) => ({ userId, role: "lead" as const });
  const co = (userId: string) => ({ userId, role: "co" as const });
  const base = { timeZone: ZONE, status: "published" as const, offerHoldHours: 48, cancelCutoffHours: 48 };

  const sessions: SessionInput[] = [
    {
      ...base,
      courseId: ids.overview,
      format: "online",
      language: "en",
      meetings: [day(inDays(9), "09:00", "15:30", BREAK), day(inDays(11), "09:00", "15:30", BREAK)],
      joinUrl: "https://meet.example.org/ips-overview-spring",
      joinDetails: "Meeting ID 482 193 775 · Passcode peer2peer · Dial-in +1 503 555 0142",
      accessibilityNotes: "Live captions in English. Cameras are optional; a break every hour.",
      capacity: 30,
      priceTiers: free,
      trainers: [lead(maya)],
      notesEn: "Bring something to write with. We start on time and take a short break every hour.",
      notesEs: "Trae algo para escribir. Empezamos puntuales y hacemos una pausa corta cada hora.",
    },
    {
      ...base,
      courseId: ids.overview,
      format: "online",
      language: "es",
      meetings: [
        day(inDays(23), "17:30", "20:30"),
        day(inDays(25), "17:30", "20:30"),
        day(inDays(30), "17:30", "20:30"),
        day(inDays(32), "17:30", "20:30"),
      ],
      joinUrl: "https://meet.example.org/ips-introduccion",
      joinDetails: "ID de reunión 771 204 398 · Clave apoyo",
      accessibilityNotes: "Subtítulos en español. Cuatro tardes de 3 horas, pensadas para quienes trabajan de día.",
      capacity: 25,
      priceTiers: free,
      trainers: [lead(luis)],
      notesEn: "Taught in Spanish, over four evenings.",
      notesEs: "En español, en cuatro tardes.",
    },
    {
      ...base,
      courseId: ids.core,
      format: "in_person",
      language: "en",
      meetings: days(mondayFrom(inDays(26)), 5),
      ...venues.portland,
      capacity: 20,
      reservedPartnerSeats: 4,
      reservedOrganizationId: organization.id,
      reservedScholarshipSeats: 2,
      registrationClosesAt: `${addDaysToDate(mondayFrom(inDays(26)), -7)}T17:00`,
      priceTiers: coreprices,
      trainers: [lead(maya), co(luis)],
      notesEn: "Lunch is provided each day. Tell us about any dietary needs when you register.",
      notesEs: "Cada día hay almuerzo. Cuéntanos si tienes necesidades alimentarias al inscribirte.",
    },
    {
      ...base,
      courseId: ids.core,
      format: "hybrid",
      language: "en",
      meetings: days(mondayFrom(inDays(47)), 5),
      ...venues.eugene,
      joinUrl: "https://meet.example.org/ips-core-eugene",
      joinDetails: "Online participants: join 15 minutes early on day 1 for a sound check.",
      capacity: 16,
      priceTiers: coreprices,
      trainers: [lead(luis), co(maya)],
      notesEn: "Eight seats in the room and eight online.",
      notesEs: "Ocho cupos en la sala y ocho en línea.",
    },
    {
      ...base,
      courseId: ids.core,
      format: "online",
      language: "es",
      meetings: days(mondayFrom(inDays(68)), 5, "08:30", "16:00"),
      joinUrl: "https://meet.example.org/ips-basica-es",
      accessibilityNotes: "Toda la formación es en español, con subtítulos.",
      capacity: 18,
      reservedScholarshipSeats: 4,
      priceTiers: [{ kind: "sliding_scale" as const, amountCents: 25000, minimumCents: 0 }],
      trainers: [lead(luis)],
      notesEn: "Taught in Spanish. Pay what you can: the suggested amount helps us offer free seats.",
      notesEs: "En español. Paga lo que puedas: el importe sugerido nos ayuda a ofrecer cupos gratuitos.",
    },
    {
      ...base,
      courseId: ids.advanced,
      format: "in_person",
      language: "en",
      meetings: days(addDaysToDate(mondayFrom(inDays(54)), 2), 3),
      ...venues.bend,
      capacity: 12,
      priceTiers: [
        { kind: "standard" as const, amountCents: 36000 },
        { kind: "sliding_scale" as const, amountCents: 24000, minimumCents: 6000 },
      ],
      trainers: [lead(maya)],
      notesEn: "Applications are read in the order they arrive. We reply within a week.",
      notesEs: "Leemos las solicitudes en orden de llegada y respondemos en una semana.",
    },
    {
      ...base,
      courseId: ids.coReflection,
      format: "online",
      language: "en",
      meetings: [day(inDays(15), "13:00", "17:15", "15:00-15:15")],
      joinUrl: "https://meet.example.org/ips-co-reflection",
      capacity: 8,
      priceTiers: free,
      trainers: [lead(luis)],
      notesEn: "A small circle on purpose: eight people.",
      notesEs: "Un círculo pequeño a propósito: ocho personas.",
    },
    {
      ...base,
      courseId: ids.coReflection,
      format: "in_person",
      language: "es",
      meetings: [day(inDays(40), "13:00", "17:15", "15:00-15:15")],
      ...venues.portland,
      capacity: 10,
      priceTiers: free,
      trainers: [lead(luis), co(maya)],
      notesEn: "Co-reflection in Spanish. Coffee and pan dulce from 12:30.",
      notesEs: "Co-reflexión en español. Café y pan dulce desde las 12:30.",
    },
    {
      ...base,
      status: "draft",
      courseId: ids.trainingOfTrainers,
      format: "in_person",
      language: "en",
      meetings: days(mondayFrom(inDays(96)), 4),
      ...venues.portland,
      capacity: 10,
      priceTiers: [
        { kind: "sponsored" as const, amountCents: 120000, organizationId: organization.id },
        { kind: "standard" as const, amountCents: 120000 },
      ],
      trainers: [lead(maya), co(luis)],
    },
  ];
  for (const session of sessions) await createSession(db, { viewer, session }, demoActor);

  // One Core Training that has taken place: written as published, then marked completed as the end of a run would.
  const past = await createSession(
    db,
    {
      viewer,
      session: {
        ...base,
        courseId: ids.core,
        format: "in_person",
        language: "en",
        meetings: days(mondayFrom(inDays(-70)), 5),
        ...venues.portland,
        capacity: 20,
        priceTiers: coreprices,
        trainers: [lead(maya), co(luis)],
      },
    },
    demoActor,
  );
  await db.update(schema.trainingSession).set({ status: "completed" }).where(eq(schema.trainingSession.id, past.id));
  return true;
}
