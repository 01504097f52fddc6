// Español: inscribirse o postularse a una sesión, "Mis capacitaciones" y requisitos hechos en otro lugar.
import type { myTrainings as en } from "../en/my-trainings.ts";

export const myTrainings: Record<keyof typeof en, string> = {
  "myTrainings.nav": "Mis capacitaciones",
  "myTrainings.nav.label": "Páginas de mis capacitaciones",
  "myTrainings.nav.trainings": "Mis capacitaciones",
  "myTrainings.nav.prerequisites": "Hechas en otro lugar",
  "myTrainings.nav.certificates": "Certificados",
  "myTrainings.nav.certifications": "Certificación y EC",

  "myTrainings.register.title.register": "Inscribirte",
  "myTrainings.register.welcome":
    "Te damos la bienvenida: tu correo está confirmado y ya iniciaste sesión. Continúa tu inscripción en {training} aquí abajo.",
  "myTrainings.register.title.apply": "Postularte",
  "myTrainings.register.title.waitlist": "Entrar en la lista de espera",
  "myTrainings.register.back": "← Volver a la capacitación",
  "myTrainings.register.lede.register":
    "Hay un lugar para ti. Responde unas preguntas y es tuyo: te enviamos por correo una confirmación con una invitación de calendario.",
  "myTrainings.register.lede.apply":
    "Esta capacitación recibe postulaciones. El equipo del centro lee cada una y te avisa por correo. Postularte todavía no te reserva un lugar.",
  "myTrainings.register.lede.waitlist":
    "Ahora mismo todos los lugares están ocupados. Puedes entrar en la lista de espera: los lugares se dan en el orden en que la gente se anotó. Si se libera uno para ti, te escribimos y te lo guardamos {hours} horas.",
  "myTrainings.summary.label": "La capacitación",
  "myTrainings.summary.when": "Cuándo",
  "myTrainings.summary.days": "{count, plural, one {# día} other {# días}}",
  "myTrainings.summary.eachDay": "Ver el horario de cada día",
  "myTrainings.summary.zone": "Las horas están en tu zona horaria, {zone}.",
  "myTrainings.summary.format": "Modalidad",
  "myTrainings.summary.where": "Dónde",
  "myTrainings.summary.language": "Idioma",
  "myTrainings.summary.seats": "Lugares",
  "myTrainings.summary.waitingCount": "{count, plural, one {# persona está} other {# personas están}} esperando.",
  "myTrainings.language.en": "Inglés",
  "myTrainings.language.es": "Español",

  "myTrainings.register.current.title": "Ya tienes un lugar aquí",
  "myTrainings.register.current.link": "Verlo en Mis capacitaciones",
  "myTrainings.register.closed.title": "La inscripción no está abierta",
  "myTrainings.register.closed.other": "Ver otras capacitaciones",
  "myTrainings.register.prerequisites.title": "Esta capacitación parte de otra",
  "myTrainings.register.prerequisites.all":
    "Antes de inscribirte, el equipo de capacitación pide que hayas completado:",
  "myTrainings.register.prerequisites.any":
    "Antes de inscribirte, el equipo de capacitación pide que hayas completado una de estas:",
  "myTrainings.register.prerequisites.pending":
    "Nos contaste que la hiciste en otro lugar. El equipo del centro lo está revisando; cuando lo aprueben, podrás inscribirte aquí.",
  "myTrainings.register.prerequisites.declined":
    "El equipo del centro no pudo aprobar lo que nos contaste sobre esta. Puedes contarnos más o escribir al centro.",
  "myTrainings.register.prerequisites.elsewhere":
    "¿La completaste en otro lugar? Cuéntanos dónde y cuándo. El equipo del centro lo revisa y luego puedes inscribirte.",
  "myTrainings.register.prerequisites.declare": "Contarnos de una capacitación hecha en otro lugar",
  "myTrainings.register.prerequisites.find": "Buscar una sesión de esa capacitación",
  "myTrainings.register.prerequisites.status": "Ver cómo va",

  "myTrainings.register.intro":
    "Solo preguntamos lo que quienes facilitan necesitan para recibirte. Las preguntas marcadas «obligatoria» necesitan respuesta; lo demás es opcional.",
  "myTrainings.register.required": "(obligatoria)",
  "myTrainings.register.optional": "(opcional)",
  "myTrainings.register.questions": "Preguntas del equipo de capacitación",
  "myTrainings.register.sensitive": "Solo el equipo del centro y quienes facilitan tu capacitación ven esto.",
  "myTrainings.register.aboutYou": "Sobre ti",
  "myTrainings.register.pronouns.label": "Tus pronombres (opcional)",
  "myTrainings.register.pronouns.hint": "Para que te nombren como quieres.",
  "myTrainings.register.pronouns.prefilled":
    "Para que te nombren como quieres. Pusimos lo que dice tu perfil; un cambio aquí vale solo para esta capacitación.",
  "myTrainings.register.accommodations.label": "Algo que te ayudaría a participar (opcional)",
  "myTrainings.register.accommodations.hint":
    "Por ejemplo subtítulos, un espacio tranquilo, más descansos o acceso sin escalones. Solo el equipo del centro y quienes facilitan tu capacitación lo ven, y solo para prepararlo.",
  "myTrainings.register.price": "Precio",
  "myTrainings.register.price.legend": "Elige un precio",
  "myTrainings.register.price.free": "Esta capacitación es gratis.",
  "myTrainings.register.price.standard": "Precio normal: {amount}",
  "myTrainings.register.price.sliding": "Escala móvil: paga lo que puedas, desde {minimum}",
  "myTrainings.register.price.slidingHint": "Sugerido: {suggested}. Nadie revisa por qué elegiste un monto.",
  "myTrainings.register.price.freeTier": "Gratis",
  "myTrainings.register.price.sponsored":
    "Los lugares patrocinados los paga una organización aliada: a su personal lo inscribe la organización, no esta página.",
  "myTrainings.register.amount.label": "Tu monto, en {currency}",
  "myTrainings.register.amount.hint": "Lo mínimo es {minimum}. Solo se usa para la escala móvil.",
  "myTrainings.register.noPayment":
    "En esta página no pagas nada. Si hay un costo, el equipo del centro te dice cómo pagarlo.",
  "myTrainings.register.scholarship.title": "Beca",
  "myTrainings.register.scholarship.label": "Quiero pedir una beca",
  "myTrainings.register.scholarship.hint":
    "Si el precio es una barrera, pídela. Pedirla nunca te hace perder tu lugar en la fila, y el equipo del centro te responde con su decisión.",
  "myTrainings.register.need.label": "Qué te ayudaría, con tus palabras",
  "myTrainings.register.need.hint":
    "Solo lo leen las personas que administran el centro. Escribe tanto o tan poco como quieras. Solo se lee si marcas la casilla de arriba.",
  "myTrainings.register.consent.title": "Antes de enviar",
  "myTrainings.register.consent.label": "Entiendo qué se guarda y quién lo ve.",
  "myTrainings.register.consent.what":
    "Guardamos tus respuestas, tus pronombres, lo que necesites para participar y el precio que elegiste junto con esta inscripción. Los ven el equipo del centro y quienes facilitan esta capacitación. Una nota para pedir beca la leen solo quienes administran el centro. Ni otras personas participantes ni las organizaciones aliadas ven nada de esto.",
  "myTrainings.register.consent.privacy": "Cómo cuidamos tu información",
  "myTrainings.register.next.register":
    "Qué pasa después: tu lugar queda confirmado enseguida y te enviamos por correo los detalles y una invitación de calendario.",
  "myTrainings.register.next.apply":
    "Qué pasa después: el equipo del centro lee tu postulación y te escribe con su decisión. Si te aprueban, tienes un lugar, o un puesto en la fila si los lugares están ocupados.",
  "myTrainings.register.next.waitlist":
    "Qué pasa después: te decimos tu puesto en la fila. Si se libera un lugar para ti, te escribimos y te lo guardamos {hours} horas para que digas sí o no.",
  "myTrainings.register.submit.register": "Inscribirme",
  "myTrainings.register.submit.apply": "Enviar mi postulación",
  "myTrainings.register.submit.waitlist": "Entrar en la lista de espera",

  "myTrainings.status.pending_approval": "Postulación recibida",
  "myTrainings.status.approved": "Postulación aprobada",
  "myTrainings.status.confirmed": "Tienes tu lugar",
  "myTrainings.status.waitlisted": "En la lista de espera",
  "myTrainings.status.offered": "Hay un lugar esperándote",
  "myTrainings.status.declined": "Dijiste que no al lugar",
  "myTrainings.status.expired": "La oferta venció",
  "myTrainings.status.cancelled": "Cancelada",
  "myTrainings.status.denied": "No aceptada esta vez",
  "myTrainings.status.transferred": "Pasada a otra fecha",
  "myTrainings.status.no_show": "Marcada como ausente",

  "myTrainings.title": "Mis capacitaciones",
  "myTrainings.lede": "Las capacitaciones en las que te inscribiste o a las que te postulaste, y cómo va cada una.",
  "myTrainings.done.confirmed":
    "Tienes tu lugar. Te enviamos por correo una confirmación con una invitación de calendario.",
  "myTrainings.done.waitlisted":
    "Eres el número {position} en la fila: te escribimos si se libera un lugar, y tendrás {hours} horas para decir que sí.",
  "myTrainings.done.pending_approval":
    "Postulación recibida: te avisamos por correo cuando el equipo del centro la haya leído.",
  "myTrainings.notice.cancelled":
    "Tu lugar quedó cancelado y pasa a la siguiente persona en la fila. Te enviamos un correo para confirmarlo.",
  "myTrainings.notice.left":
    "Saliste de la lista de espera. Puedes volver a anotarte más adelante, al final de la fila.",
  "myTrainings.notice.withdrawn":
    "Retiraste tu postulación. Puedes volver a postularte mientras la inscripción esté abierta.",
  "myTrainings.notice.accepted":
    "El lugar es tuyo. Abajo están los datos para conectarte o llegar, y también te los enviamos por correo.",
  "myTrainings.notice.declined":
    "Dijiste que no al lugar, así que pasa a la siguiente persona en la fila. Gracias por avisarnos.",
  "myTrainings.notice.moved": "Tu lugar pasó a la nueva fecha.",
  "myTrainings.notice.feedStopped": "Tu calendario quedó desactivado. Su dirección ya no funciona.",
  "myTrainings.upcoming": "Próximas",
  "myTrainings.earlier": "Pasadas y cerradas",
  "myTrainings.empty": "No tienes capacitaciones próximas.",
  "myTrainings.empty.find": "Buscar una capacitación",
  "myTrainings.when": "Cuándo",
  "myTrainings.where": "Dónde",
  "myTrainings.outcome.completed": "Completada",
  "myTrainings.outcome.certificateReady": "Certificado listo",
  "myTrainings.outcome.certificateComing":
    "Tu certificado se está preparando y aparecerá pronto en tu página de certificados.",
  "myTrainings.outcome.notCompleted": "No completada: {attended} de {contact} horas",
  "myTrainings.outcome.nextStep":
    "Perderse parte de una capacitación pasa, y no cierra la puerta. Si quieres terminarla, el centro puede contarte qué opciones hay, como sumarte a una fecha posterior de este curso. Escribe a",
  "myTrainings.outcome.nextStepNoEmail":
    "Perderse parte de una capacitación pasa, y no cierra la puerta. Si quieres terminarla, quienes la facilitaron o el equipo del centro pueden contarte qué opciones hay, como sumarte a una fecha posterior de este curso.",
  "myTrainings.outcome.awaiting": "Esperando el cierre de quien facilita",
  "myTrainings.outcome.awaitingExplain":
    "Quien facilita confirma la asistencia de todas las personas después del último día. Tu resultado aparecerá aquí en cuanto lo haga.",
  "myTrainings.outcome.seeResult": "Ver tu asistencia y resultado",
  "myTrainings.sessionCancelled": "Esta sesión se canceló.",
  "myTrainings.join.title": "Cómo participar",
  "myTrainings.join.none": "El equipo de capacitación compartirá cómo conectarse antes del primer día.",
  "myTrainings.confirmed.explain": "Tu lugar está reservado para ti.",
  "myTrainings.waitlisted.position":
    "Eres el número {position} en la fila. Si se libera un lugar para ti te escribimos, y tendrás {hours} horas para decir que sí.",
  "myTrainings.offered.deadline":
    "Te guardamos un lugar hasta el {deadline}. Si no respondes antes, pasa a la siguiente persona en la fila.",
  "myTrainings.offered.accept": "Sí, quiero el lugar",
  "myTrainings.offered.decline": "No, gracias",
  "myTrainings.offered.declineExplain":
    "El lugar pasa a la siguiente persona en la fila y sales de la lista de espera. Puedes volver a anotarte más adelante, al final.",
  "myTrainings.offered.declineConfirm": "Dejar el lugar",
  "myTrainings.application.explain":
    "El equipo del centro está leyendo tu postulación. Te escribiremos con su decisión.",
  "myTrainings.approved.explain": "Tu postulación fue aprobada. Te escribiremos sobre tu lugar.",
  "myTrainings.cancel.label": "Cancelar mi lugar",
  "myTrainings.cancel.explain":
    "Tu lugar pasa a la siguiente persona en la fila. Puedes cancelar aquí hasta el {cutoff}.",
  "myTrainings.cancel.confirm": "Sí, cancelar mi lugar",
  "myTrainings.cancel.closed":
    "Faltan menos de {hours, plural, one {# hora} other {# horas}} para el inicio, así que este lugar ya no se puede cancelar aquí.",
  "myTrainings.cancel.contact": "Si cambian tus planes, escribe al centro:",
  "myTrainings.cancel.contactNoEmail": "Si cambian tus planes, avísales a quienes facilitan o al equipo del centro.",
  "myTrainings.leave.label": "Salir de la lista de espera",
  "myTrainings.leave.explain":
    "Pierdes tu puesto en la fila. Puedes volver a anotarte más adelante, al final de la fila.",
  "myTrainings.leave.confirm": "Sí, salir de la lista",
  "myTrainings.withdraw.label": "Retirar la postulación",
  "myTrainings.withdraw.explain":
    "El equipo del centro no la revisará. Puedes volver a postularte mientras la inscripción esté abierta.",
  "myTrainings.withdraw.confirm": "Sí, retirarla",
  "myTrainings.transfer.label": "Pasar a otra fecha",
  "myTrainings.transfer.hint":
    "Si allí hay un lugar libre, es tuyo; si no, entras al final de su lista de espera. Dejas tu lugar de aquí.",
  "myTrainings.transfer.submit": "Pasar mi lugar",
  "myTrainings.transfer.option": "{dates} · {format}",
  "myTrainings.group":
    "Tu organización te inscribió junto con colegas. Para cambiar este lugar, habla con la persona de contacto de tu organización.",
  "myTrainings.feed.title": "Tu calendario",
  "myTrainings.feed.explain":
    "Agrega tus capacitaciones al calendario de tu teléfono o computadora. Muestra las capacitaciones en las que tienes lugar (y los lugares que te ofrecen) y se actualiza solo.",
  "myTrainings.feed.private":
    "No compartas la dirección: quien la tenga puede ver los horarios y los enlaces para conectarte.",
  "myTrainings.feed.create": "Crear mi calendario",
  "myTrainings.feed.on": "Tu calendario está activo desde el {date}. No podemos volver a mostrar su dirección.",
  "myTrainings.feed.lost":
    "Si perdiste la dirección o la compartiste sin querer, crea una nueva: la anterior deja de funcionar enseguida.",
  "myTrainings.feed.rotate": "Crear una dirección nueva",
  "myTrainings.feed.stop": "Desactivar el calendario",
  "myTrainings.feed.stopExplain": "La dirección deja de funcionar y los calendarios que la usan dejan de actualizarse.",
  "myTrainings.feed.stopConfirm": "Sí, desactivarlo",
  "myTrainings.feed.created": "Esta es la dirección de tu calendario. Cópiala ahora: solo la mostramos una vez.",
  "myTrainings.feed.address": "Dirección del calendario",
  "myTrainings.feed.open": "Abrir en mi aplicación de calendario",
  "myTrainings.feed.howTo":
    "En tu aplicación de calendario, busca «Agregar calendario», luego «Desde URL» o «Suscribirse», y pega la dirección.",

  "myTrainings.prerequisites.title": "Capacitaciones hechas en otro lugar",
  "myTrainings.prerequisites.lede":
    "Algunas capacitaciones parten de otra. Si hiciste esa otra fuera de este centro, cuéntanoslo aquí. El equipo del centro lo revisa y, cuando lo aprueba, puedes inscribirte.",
  "myTrainings.prerequisites.declared":
    "Gracias, ya lo tenemos. El equipo del centro lo revisará; verás el resultado abajo.",
  "myTrainings.prerequisites.backToTraining": "Volver a la capacitación",
  "myTrainings.prerequisites.none":
    "Por ahora ninguna capacitación de aquí pide otra antes, así que no hay nada que contarnos.",
  "myTrainings.prerequisites.form": "Cuéntanos de una capacitación",
  "myTrainings.prerequisites.course.label": "Qué capacitación",
  "myTrainings.prerequisites.course.choose": "Elige una capacitación",
  "myTrainings.prerequisites.course.done": "{title} (ya cuenta como hecha)",
  "myTrainings.prerequisites.provider.label": "Quién la dio",
  "myTrainings.prerequisites.provider.hint": "La organización o los nombres de quienes la dieron.",
  "myTrainings.prerequisites.completedOn.label": "Cuándo la terminaste",
  "myTrainings.prerequisites.completedOn.hint":
    "El último día de la capacitación. Si no recuerdas el día exacto, una fecha cercana está bien.",
  "myTrainings.prerequisites.evidence.label": "Cómo podemos comprobarlo",
  "myTrainings.prerequisites.evidence.hint":
    "Un número de certificado, un enlace o alguien que pueda confirmarlo (su nombre y correo o teléfono). Solo el equipo del centro lo ve.",
  "myTrainings.prerequisites.next":
    "Qué pasa después: el equipo del centro revisa lo que nos contaste y decide. Verás el resultado en esta página.",
  "myTrainings.prerequisites.submit": "Enviarlo para revisión",
  "myTrainings.prerequisites.mine": "Lo que nos has contado",
  "myTrainings.prerequisites.mineEmpty": "Nada todavía.",
  "myTrainings.prerequisites.column.course": "Capacitación",
  "myTrainings.prerequisites.column.provider": "Dada por",
  "myTrainings.prerequisites.column.completedOn": "Terminada",
  "myTrainings.prerequisites.column.status": "Cómo va",
  "myTrainings.prerequisites.status.pending": "Esperando al equipo del centro",
  "myTrainings.prerequisites.status.approved": "Aprobada: cuenta como hecha",
  "myTrainings.prerequisites.status.declined": "No aprobada",
};
