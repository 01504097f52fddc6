// Español: correos de inscripción, entradas de calendario y la página que abre un enlace de oferta.
import type { notices as en } from "../en/notices.ts";

export const notices: Record<keyof typeof en, string> = {
  "notices.detail.training": "Capacitación",
  "notices.detail.when": "Cuándo",
  "notices.detail.day": "Día {n}: {when}",
  "notices.detail.where": "Dónde",
  "notices.detail.join": "Cómo conectarte",
  "notices.detail.accessibility": "Accesibilidad",
  "notices.detail.position": "Tu lugar en la lista",
  "notices.detail.deadline": "Te guardamos el lugar hasta",
  "notices.detail.message": "Una nota de nuestro equipo",
  "notices.detail.reason": "Motivo",
  "notices.action.seeTraining": "Ver la capacitación",
  "notices.action.myTrainings": "Ir a Mis capacitaciones",
  "notices.action.otherTrainings": "Ver otras capacitaciones",
  "notices.calendarAttached":
    "Te adjuntamos un archivo de calendario para que puedas agregar la capacitación a tu calendario.",

  "notices.applicationReceived.subject": "Recibimos tu solicitud para {title}",
  "notices.applicationReceived.body":
    "Gracias por presentar tu solicitud para {title}. Una persona de nuestro equipo lee cada solicitud. Te escribiremos cuando hayamos decidido.",
  "notices.applicationReceived.next": "Por ahora no tienes que hacer nada.",

  "notices.applicationApproved.subject": "Aprobamos tu solicitud para {title}",
  "notices.applicationApproved.body": "¡Buenas noticias! Aprobamos tu solicitud para {title}.",
  "notices.applicationApproved.confirmed": "Tienes un lugar. Nos alegra aprender juntos.",
  "notices.applicationApproved.waitlisted":
    "Por ahora no quedan lugares, así que estás en la lista de espera. Cuando se libere un lugar, te escribiremos y te lo guardaremos durante {hours} horas.",
  "notices.applicationApproved.offered":
    "Hay un lugar libre y te lo estamos guardando. Busca nuestro próximo correo para aceptarlo.",
  "notices.applicationApproved.pending": "Pronto te escribiremos otra vez sobre tu lugar.",

  "notices.applicationDeclined.subject": "Sobre tu solicitud para {title}",
  "notices.applicationDeclined.body":
    "Gracias por presentar tu solicitud para {title}. Lo sentimos, pero no podemos ofrecerte un lugar en esta capacitación.",
  "notices.applicationDeclined.next":
    "Esto no dice nada sobre tu valor. Si tienes preguntas, responde a este correo. Te invitamos a ver nuestras otras capacitaciones.",

  "notices.confirmed.subject": "Tu inscripción en {title} está confirmada",
  "notices.confirmed.body": "Tu lugar en {title} está confirmado. Nos alegra aprender juntos.",
  "notices.confirmed.cancelHint":
    "Si cambian tus planes, puedes cancelar en Mis capacitaciones. Así tu lugar pasa a la siguiente persona de la lista.",

  "notices.waitlisted.subject": "Estás en la lista de espera de {title}",
  "notices.waitlisted.body":
    "Por ahora no quedan lugares en {title}, así que te agregamos a la lista de espera. Tienes el número {position} en la lista.",
  "notices.waitlisted.how":
    "Cuando se libere un lugar, te escribiremos y te lo guardaremos durante {hours} horas. Los lugares se ofrecen en el orden en que la gente se inscribió.",
  "notices.waitlisted.leave": "Puedes salir de la lista de espera cuando quieras en Mis capacitaciones.",

  "notices.offer.subject": "Hay un lugar para ti en {title}",
  "notices.offer.body": "¡Buenas noticias! Se liberó un lugar en {title} y te lo guardamos hasta el {deadline}.",
  "notices.offer.choose":
    "Elige una opción aquí abajo. Si no sabemos de ti para entonces, el lugar pasa a la siguiente persona de la lista.",
  "notices.offer.accept": "Sí, quiero el lugar",
  "notices.offer.decline": "No, gracias, que pase a otra persona",
  "notices.offer.linksOnce":
    "Cada enlace funciona una sola vez y te pide confirmar. También puedes responder en Mis capacitaciones.",

  "notices.offerExpired.subject": "Tu lugar guardado en {title} pasó a otra persona",
  "notices.offerExpired.body":
    "Te guardamos un lugar en {title}, pero ya pasó el tiempo para responder, así que el lugar pasó a la siguiente persona de la lista.",
  "notices.offerExpired.next":
    "No pasa nada. Si todavía quieres venir, puedes inscribirte otra vez. Quedarás al final de la lista de espera.",

  "notices.cancelled.subject": "Se canceló tu inscripción en {title}",
  "notices.cancelled.body": "Tu lugar en {title} quedó cancelado.",
  "notices.cancelled.next": "Si esto no es lo que querías, responde a este correo y te ayudamos.",

  "notices.sessionChanged.subject": "Nuevos detalles de {title}",
  "notices.sessionChanged.body": "Cambió la hora o el lugar de {title}. Aquí tienes los nuevos detalles.",
  "notices.sessionChanged.calendar":
    "Te adjuntamos un archivo de calendario actualizado. Al abrirlo, se actualiza el evento en tu calendario.",
  "notices.sessionChanged.next": "Si el nuevo plan no te funciona, responde a este correo o mira Mis capacitaciones.",

  "notices.reminder.subject": "{title} empieza pronto",
  "notices.reminder.body": "Un recordatorio amable: {title} empieza el {start}.",
  "notices.reminder.next":
    "Si necesitas algún ajuste de accesibilidad, o al final no puedes venir, responde a este correo y avísanos.",

  "notices.sessionCancelled.subject": "Se canceló {title} del {date}",
  "notices.sessionCancelled.body": "Lo sentimos: {title}, planeada para el {date}, se canceló.",
  "notices.sessionCancelled.next": "No tienes que hacer nada. Nos encantaría verte en otra fecha.",
  "notices.sessionCancelled.calendar":
    "Te adjuntamos una actualización de calendario que quita la capacitación de tu calendario.",

  "notices.scholarship.subjectAwarded": "Tienes una beca para {title}",
  "notices.scholarship.subjectDeclined": "Sobre tu solicitud de beca para {title}",
  "notices.scholarship.full":
    "¡Buenas noticias! Tienes una beca completa para {title}. No pagarás nada por esta capacitación.",
  "notices.scholarship.partial": "¡Buenas noticias! Tienes una beca de {amount} para {title}.",
  "notices.scholarship.declined":
    "Gracias por pedirla. Lo sentimos, pero esta vez no podemos ofrecerte una beca para {title}.",
  "notices.scholarship.nextAwarded": "Tu inscripción sigue igual. Si tienes preguntas, responde a este correo.",
  "notices.scholarship.nextDeclined":
    "Tu inscripción sigue igual. Si esto te complica la capacitación, responde a este correo y buscamos juntos una manera.",

  "notices.calendar.online": "En línea",
  "notices.calendar.hybrid": "{venue}, o en línea",
  "notices.calendar.part": "Día {n} de {count}",
  "notices.calendar.cancelled": "Esta capacitación se canceló.",
  "notices.calendar.offered": "Te guardamos un lugar. Acéptalo para conservarlo.",
  "notices.calendar.page": "Detalles: {url}",
  "notices.calendar.join": "Para conectarte: {url}",
  "notices.calendar.joinLater": "El enlace para conectarse se envía a las personas con lugar confirmado.",
  "notices.calendar.accessibility": "Accesibilidad: {notes}",

  "notices.offerPage.title": "Tu lugar ofrecido",
  "notices.offerPage.accept.lede": "Estás por tomar el lugar que te guardamos en {title}.",
  "notices.offerPage.decline.lede":
    "Estás por dejar el lugar que te guardamos en {title}. Pasará a la siguiente persona de la lista.",
  "notices.offerPage.deadline": "Te lo guardamos hasta el {deadline}.",
  "notices.offerPage.accept.button": "Sí, tomar el lugar",
  "notices.offerPage.decline.button": "Dejar el lugar",
  "notices.offerPage.changeMind": "¿Cambiaste de opinión? Usa el otro enlace del correo o ve a Mis capacitaciones.",
  "notices.offerPage.accepted.title": "Tienes un lugar",
  "notices.offerPage.accepted.body":
    "Tu lugar en {title} está confirmado. Te enviamos un correo con los detalles y un archivo de calendario.",
  "notices.offerPage.declined.title": "Gracias por avisarnos",
  "notices.offerPage.declined.body":
    "El lugar en {title} pasó a la siguiente persona de la lista. Siempre puedes inscribirte en otra fecha.",
  "notices.offerPage.used.title": "Este enlace ya se usó",
  "notices.offerPage.used.body":
    "Cada enlace de un correo de oferta funciona una sola vez. Puedes ver cómo va tu inscripción en Mis capacitaciones.",
  "notices.offerPage.expired.title": "Esta oferta terminó",
  "notices.offerPage.expired.body":
    "Ya pasó el tiempo para responder a esta oferta, así que el lugar pasó a la siguiente persona de la lista. Si todavía quieres venir, puedes inscribirte otra vez.",
  "notices.offerPage.unknown.title": "No reconocemos este enlace",
  "notices.offerPage.unknown.body":
    "Puede que el enlace esté cortado o mal copiado. Intenta copiar la dirección completa del correo, o mira Mis capacitaciones.",
  "notices.offerPage.closed.title": "Esta oferta ya no está abierta",
  "notices.offerPage.closed.body":
    "Tu inscripción en {title} cambió desde que te enviamos la oferta. Puedes ver cómo va en Mis capacitaciones.",
  "notices.offerPage.schedule": "Horario",
  "notices.offerPage.join.title": "Cómo conectarte",
  "notices.offerPage.myTrainings": "Ir a Mis capacitaciones",
  "notices.outbox.attachments": "Archivos adjuntos",
  "notices.offerPage.trainings": "Ver todas las capacitaciones",
};
