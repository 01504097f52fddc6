// Español: el catálogo público (/trainings) y la página de cada sesión (/trainings/:id).
import type { catalog as en } from "../en/catalog.ts";

export const catalog: Record<keyof typeof en, string> = {
  "catalog.nav": "Capacitaciones",
  "catalog.home.action": "Busca una capacitación",
  "catalog.title": "Capacitaciones",
  "catalog.description":
    "Próximas capacitaciones de Apoyo Intencional entre Pares de {hub}: fechas, lugar o en línea, idioma, cupos libres y precio, y cómo inscribirte.",
  "catalog.lede":
    "Encuentra una capacitación de IPS en persona o en línea. Cada una muestra sus fechas, lugar, cupos y precio, y cómo inscribirte.",
  "catalog.filters.label": "Buscar capacitaciones",
  "catalog.search.label": "Buscar",
  "catalog.search.hint": "Palabras en español o en inglés, como «básica» o «co-reflection».",
  "catalog.filters.form": "Tipo de capacitación",
  "catalog.filters.anyForm": "Cualquier tipo",
  "catalog.filters.format": "Modalidad",
  "catalog.filters.anyFormat": "Cualquier formato",
  "catalog.filters.language": "Idioma",
  "catalog.filters.anyLanguage": "Cualquier idioma",
  "catalog.filters.month": "Mes",
  "catalog.filters.anyMonth": "Cualquier mes",
  "catalog.filters.hasSeats": "Solo capacitaciones con cupos libres",
  "catalog.filters.submit": "Mostrar capacitaciones",
  "catalog.search.submit": "Buscar",
  "catalog.filters.summary": "Filtros",
  "catalog.filters.summaryChosen": "Filtros ({count, plural, one {# elegido} other {# elegidos}})",
  "catalog.filters.clear": "Borrar búsqueda y filtros",
  "catalog.results.count":
    "{total, plural, =0 {No encontramos capacitaciones} one {# capacitación} other {# capacitaciones}}",
  "catalog.empty.filtered":
    "Ninguna capacitación coincide con esta búsqueda. Prueba con menos palabras o quita un filtro.",
  "catalog.empty.none":
    "Ahora mismo no hay capacitaciones programadas. Agregamos fechas durante todo el año, así que vuelve a mirar pronto.",
  "catalog.empty.learn": "Mientras tanto, conoce de qué se trata IPS",
  "catalog.card.starts": "Empieza a las {time}",
  "catalog.card.formatAt": "{format} en {place}",
  "catalog.pagination.label": "Páginas de capacitaciones",

  "catalog.form.overview": "Introducción",
  "catalog.form.core": "Capacitación básica",
  "catalog.form.advanced": "Avanzada",
  "catalog.form.co_reflection": "Co-reflexión",
  "catalog.form.training_of_trainers": "Formación de Facilitadores",
  "catalog.form.other": "Otra capacitación",
  "catalog.format.in_person": "En persona",
  "catalog.format.online": "En línea",
  "catalog.format.hybrid": "En persona o en línea",

  "catalog.seats.left": "{count, plural, one {Queda # cupo} other {Quedan # cupos}}",
  "catalog.seats.waitlist": "Lista de espera abierta",
  "catalog.seats.full": "Sin cupos",
  "catalog.seats.closed": "Inscripción cerrada",
  "catalog.seats.cancelled": "Cancelada",

  "catalog.price.free": "Gratis",
  "catalog.price.fromFree": "Paga lo que puedas",
  "catalog.price.from": "Desde {amount}",
  "catalog.price.standard": "{amount}",
  "catalog.price.slidingScale": "Escala móvil: paga lo que puedas, desde {minimum} (sugerido {suggested})",
  "catalog.price.sponsored": "Cupos patrocinados: los paga una organización aliada para su personal",
  "catalog.price.sponsoredOnly": "Patrocinada por una organización aliada",

  "catalog.session.back": "← Todas las capacitaciones",
  "catalog.session.draft":
    "Esto es un borrador. Solo quienes administran el centro y quienes facilitan la sesión lo ven hasta que se publique.",
  "catalog.session.cancelled": "Esta capacitación se canceló. Ya avisamos por correo a todas las personas inscritas.",
  "catalog.session.addToCalendar": "Agregar al calendario",
  "catalog.session.schedule": "Horario",
  "catalog.session.zone": "Los horarios están en {zone}.",
  "catalog.session.zones":
    "Los horarios están en tu zona horaria, {viewer}. La capacitación se planeó en {session}; debajo de cada día verás su hora local.",
  "catalog.session.meeting": "Día {position}:",
  "catalog.session.localTime": "Hora local: {time}",
  "catalog.session.contactHours": "{hours, plural, one {# hora de contacto} other {# horas de contacto}} en total.",
  "catalog.session.place": "Dónde",
  "catalog.session.taughtInEn": "Se imparte en inglés",
  "catalog.session.taughtInEs": "Se imparte en español",
  "catalog.session.join": "Cómo conectarte",
  "catalog.session.joinNone": "Las personas facilitadoras te dirán cómo conectarte antes del primer día.",
  "catalog.session.joinLater":
    "El enlace para conectarte se comparte con quienes tienen su lugar confirmado, por correo y en esta página.",
  "catalog.session.accessibility": "Accesibilidad",
  "catalog.session.accessibilityNone":
    "Cuéntanos qué te ayudaría a participar cuando te inscribas, o escríbele al centro. Lo resolvemos contigo.",
  "catalog.session.trainers": "Quienes facilitan",
  "catalog.session.lead": "Facilitador/a principal",
  "catalog.session.co": "Cofacilitador/a",
  "catalog.session.price": "Precio",
  "catalog.session.scholarships": "Si el precio es un obstáculo, puedes pedir una beca al inscribirte.",
  "catalog.session.prerequisites": "Antes de esta capacitación",
  "catalog.session.prerequisitesAll": "Esta capacitación parte de:",
  "catalog.session.prerequisitesAny": "Esta capacitación parte de una de estas:",
  "catalog.session.prerequisitesElsewhere":
    "¿Hiciste alguna en otro lugar? Puedes contárnoslo al inscribirte y el equipo del centro lo revisará.",
  "catalog.session.about": "Sobre esta capacitación",
  "catalog.session.audience": "Para quién es",

  "catalog.action.register": "Inscribirme",
  "catalog.action.registerExplain":
    "Respondes unas preguntas y te enviamos un correo de confirmación con los detalles.",
  "catalog.action.apply": "Postularme",
  "catalog.action.applyExplain":
    "Esta capacitación recibe postulaciones. Respondes unas preguntas y el equipo del centro te avisa por correo.",
  "catalog.action.applyFullExplain":
    "Esta capacitación recibe postulaciones. Ahora no quedan cupos: si aprueban tu postulación, entras a la lista de espera.",
  "catalog.action.waitlist": "Entrar a la lista de espera",
  "catalog.action.waitlistExplain":
    "No quedan cupos. Entra a la fila: cuando se libere un cupo, te escribimos y te lo guardamos por {hours} horas.",

  "catalog.closed.not_published": "Esta capacitación todavía no está abierta para inscribirse.",
  "catalog.closed.cancelled": "Esta capacitación se canceló, así que no recibe inscripciones.",
  "catalog.closed.not_yet_open": "La inscripción abre el {date}.",
  "catalog.closed.closed": "La inscripción cerró el {date}.",
  "catalog.closed.started": "Esta capacitación ya empezó, así que la inscripción está cerrada.",
  "catalog.closed.completed": "Esta capacitación ya terminó.",

  "catalog.mine.pending_approval":
    "Recibimos tu postulación. Te escribiremos cuando el equipo del centro la haya revisado.",
  "catalog.mine.approved": "Aprobaron tu postulación.",
  "catalog.mine.confirmed": "Ya tienes tu lugar. ¡Nos vemos allí!",
  "catalog.mine.waitlisted":
    "Estás en la lista de espera: eres el número {position} de la fila. Te escribiremos si se libera un cupo.",
  "catalog.mine.offered": "Te guardamos un cupo hasta el {until}. Acéptalo desde el correo que te enviamos.",
  "catalog.mine.ended":
    "Antes tuviste un lugar aquí. Puedes volver a inscribirte mientras la inscripción esté abierta.",
  "catalog.mine.denied": "Esta vez no aprobaron tu postulación.",
  "catalog.mine.transferred": "Tu lugar pasó a otra sesión de este curso.",
};
