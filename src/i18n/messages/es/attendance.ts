// Asistencia, registro de llegada por código, resultados y cierre: las páginas de quien facilita, la de registro y la propia.
import type { attendance as en } from "../en/attendance.ts";

export const attendance: Record<keyof typeof en, string> = {
  "attendance.nav": "Facilitación",
  "attendance.duration": "{shown, select, hours {{hours} h} minutes {{minutes} min} other {{hours} h {minutes} min}}",

  "attendance.trainer.title": "Tus sesiones",
  "attendance.trainer.lede":
    "Las sesiones que facilitas. Abre una para marcar la asistencia, mostrar el código de llegada y dar el cierre.",
  "attendance.trainer.upcoming": "Próximas y en curso",
  "attendance.trainer.recent": "Recientes",
  "attendance.trainer.empty":
    "No facilitas ninguna sesión próxima. Cuando un administrador te agregue como facilitador de una sesión, aparecerá aquí.",
  "attendance.trainer.emptyAdmin":
    "No facilitas ninguna sesión próxima. Como administrador, puedes abrir la asistencia de cualquier sesión desde su página de administración.",
  "attendance.trainer.lead": "Facilitación principal",
  "attendance.trainer.co": "Cofacilitación",
  "attendance.trainer.confirmed":
    "{count, plural, =0 {Nadie confirmado todavía} one {# persona confirmada} other {# personas confirmadas}}",
  "attendance.trainer.running": "En curso",
  "attendance.trainer.cancelled": "Cancelada",
  "attendance.trainer.signedOff": "Cerrada",

  "attendance.page.title": "Asistencia",
  "attendance.page.back": "Tus sesiones",
  "attendance.page.heading": "Asistencia: {course}",
  "attendance.page.noMeetings": "Esta sesión todavía no tiene encuentros, así que no hay nada que marcar.",

  "attendance.meetings.label": "Encuentros",
  "attendance.meetings.day": "Día {position}",

  "attendance.marks.title": "Día {position}: quién estuvo",
  "attendance.marks.contact": "{time} de contacto",
  "attendance.marks.notStarted":
    "Este encuentro todavía no ha empezado. Igual puedes marcar a alguien por adelantado, por ejemplo a quien te avisó que faltará.",
  "attendance.marks.empty": "Todavía nadie tiene un lugar confirmado en esta sesión.",

  "attendance.mark.none": "Sin marcar",
  "attendance.mark.full": "Completo · {duration}",
  "attendance.mark.absent": "Ausente",
  "attendance.mark.partial": "Parcial · {duration} de {of}",
  "attendance.mark.checkedIn": "Llegó a las {time} · {duration}",
  "attendance.mark.for": "para {name}",
  "attendance.mark.saving": "Guardando…",
  "attendance.mark.saved": "Guardado",
  "attendance.mark.fullButton": "Completo",
  "attendance.mark.absentButton": "Ausente",
  "attendance.mark.arrivedAt": "Llegó a las",
  "attendance.mark.leftAt": "Se fue a las",
  "attendance.mark.saveTimes": "Guardar horas",

  "attendance.checkIn.title": "Registro de llegada",
  "attendance.checkIn.alt": "Código de llegada del día {position}. Cambia cada minuto.",
  "attendance.checkIn.explain":
    "Las personas escanean este código con la cámara del teléfono y tocan para confirmar. Cambia cada minuto, así que una foto o un enlace que alguien comparta deja de funcionar. Tus marcas siempre valen más que un registro de llegada.",
  "attendance.checkIn.fullScreen": "Mostrar el código en pantalla completa",
  "attendance.checkIn.closed":
    "Este encuentro ya terminó, así que el registro de llegada está cerrado. Todavía puedes cambiar la marca de cualquier persona.",

  "attendance.display.heading": "Registra tu llegada al día {position}",
  "attendance.display.steps":
    "Abre la cámara del teléfono, apunta al código y toca el enlace. Luego pulsa «Registrar mi llegada».",
  "attendance.display.back": "Volver a la asistencia",

  "attendance.checkIn.pageTitle": "Registrar llegada",
  "attendance.checkIn.confirmLede": "Vas a registrar tu llegada al día {position} de {count} de {course}.",
  "attendance.checkIn.confirm": "Registrar mi llegada al día {position}",
  "attendance.checkIn.confirmExplain":
    "Guardamos la hora a la que llegas. Quien facilita puede verla y corregirla si hace falta.",
  "attendance.checkIn.done": "Registramos tu llegada al día {position} a las {time}.",
  "attendance.checkIn.already": "Ya registraste tu llegada al día {position}: llegaste a las {time}.",
  "attendance.checkIn.recorded":
    "Quien facilita ya anotó tu asistencia del día {position}, así que no cambió nada. Habla con esa persona si algo no está bien.",
  "attendance.checkIn.next": "No tienes que hacer nada más. Que disfrutes el día.",
  "attendance.checkIn.refused": "No pudimos registrar tu llegada",
  "attendance.checkIn.home": "Ir a la página de inicio",
  "attendance.checkIn.expired":
    "Este código ya venció. Los códigos cambian cada minuto, así que una foto o un enlace compartido deja de funcionar. Vuelve a escanear el código en la pantalla de quien facilita.",
  "attendance.checkIn.unreadable":
    "Este no es un código de llegada que reconozcamos. Vuelve a escanear el código en la pantalla de quien facilita, con la cámara del teléfono.",
  "attendance.checkIn.notConfirmed":
    "No tienes un lugar confirmado en esta sesión, así que no puedes registrar tu llegada. Si crees que es un error, habla con quien facilita.",
  "attendance.checkIn.ended":
    "Este encuentro ya terminó, así que el registro de llegada está cerrado. Quien facilita todavía puede anotar tu asistencia.",

  "attendance.result.completed": "Completado",
  "attendance.result.awaiting": "Listo para el cierre",
  "attendance.result.incomplete": "No completado",

  "attendance.result.notYet": "Todavía no completado",

  "attendance.reason.share": "Asistió {attended}; se necesitan {required}.",
  "attendance.reason.missed": "Faltó {missed} de {allowed} permitidas.",
  "attendance.reason.requiredMeeting":
    "No se puede faltar al día {position}: asistió {attended} de las {required} necesarias.",
  "attendance.reason.awaitingSignOff": "Falta el cierre de quien facilita.",

  "attendance.results.title": "Resultados y cierre",
  "attendance.results.lede":
    "El resultado de cada persona según las marcas hasta ahora y las reglas del curso. Revísalos antes de dar el cierre.",
  "attendance.results.signedOffAt":
    "Cerrada el {day} a las {when}. Si cambias una marca, vuelve a dar el cierre para actualizar los resultados.",
  "attendance.results.stillRunning":
    "La sesión sigue en curso: los encuentros que todavía no están marcados cuentan aquí como faltas, así que la mayoría de los resultados dicen «todavía no completado» hasta el final.",
  "attendance.results.defaultRules":
    "Este curso no tiene reglas de finalización propias, así que se necesita cada minuto de contacto.",
  "attendance.results.column.person": "Persona",
  "attendance.results.column.attended": "Asistencia",
  "attendance.results.column.result": "Resultado",
  "attendance.results.attendedOf": "{attended} de {contact}",

  "attendance.signOff.open": "Dar el cierre de esta sesión",
  "attendance.signOff.again": "Volver a dar el cierre",
  "attendance.signOff.explain":
    "Esto guarda el resultado de cada persona tal como se ve arriba. {completing, plural, =0 {Nadie completará} one {# persona completará} other {# personas completarán}} de {total}, y luego se preparan sus certificados.",
  "attendance.signOff.beforeEnd":
    "Todavía no terminaron todos los encuentros. La sesión queda como completada cuando termine el último y vuelvas a dar el cierre.",
  "attendance.signOff.again.explain":
    "Puedes volver a dar el cierre después de cambiar una marca: los resultados se actualizan y nadie recibe un certificado dos veces.",
  "attendance.signOff.confirm": "Sí, dar el cierre",
  "attendance.signOff.done":
    "Cierre hecho: {completed, plural, one {# persona completó} other {# personas completaron}}, {notCompleted} no. {requested, plural, =0 {No hacía falta ningún certificado nuevo.} one {Se está preparando el certificado de # persona.} other {Se están preparando los certificados de # personas.}}",
  "attendance.signOff.sessionCompleted": "La sesión ahora figura como completada.",
  "attendance.signOff.leadOnly":
    "Solo la facilitación principal o un administrador puede dar el cierre de esta sesión.",

  "attendance.boardRoster.download": "Descargar la lista para la junta (CSV)",
  "attendance.boardRoster.explain":
    "Nombres legales, correos, números de certificación, horas y categorías de educación continua, para las juntas de certificación.",
  "attendance.boardRoster.column.name": "Nombre legal",
  "attendance.boardRoster.column.email": "Correo electrónico",
  "attendance.boardRoster.column.certification": "Número de certificación",
  "attendance.boardRoster.column.course": "Curso",
  "attendance.boardRoster.column.startDate": "Fecha de inicio",
  "attendance.boardRoster.column.endDate": "Fecha de fin",
  "attendance.boardRoster.column.hoursAttended": "Horas asistidas",
  "attendance.boardRoster.column.completed": "Completado",
  "attendance.boardRoster.column.ceHours": "Horas de educación continua",
  "attendance.boardRoster.column.categories": "Categorías de educación continua (horas)",
  "attendance.boardRoster.yes": "Sí",
  "attendance.boardRoster.no": "No",

  "attendance.my.title": "Tu asistencia",
  "attendance.my.back": "Tus capacitaciones",
  "attendance.my.completed": "Completaste esta capacitación.",
  "attendance.my.awaiting":
    "Tu asistencia cumple con lo que pide el curso. Quien facilita da el cierre al final y luego se prepara tu certificado.",
  "attendance.my.unmarked":
    "Quien facilita todavía no registró la asistencia de esta capacitación. Tu tiempo en cada día y tu resultado aparecerán aquí en cuanto lo haga.",
  "attendance.my.notYet": "Todavía no está completada. Así va según las marcas de quien facilita hasta ahora.",
  "attendance.my.notCompleted": "Esta capacitación no se completó.",
  "attendance.my.why": "Por qué:",
  "attendance.my.talk": "Si algo aquí no está bien, habla con quien facilita: puede corregir tu asistencia.",
  "attendance.my.meetings": "Cada día",
  "attendance.my.column.meeting": "Encuentro",
  "attendance.my.column.when": "Cuándo",
  "attendance.my.column.present": "Tiempo presente",
  "attendance.my.notMarked": "Sin marcar",

  "attendance.errors.notYourSession":
    "Solo quienes facilitan esta sesión y los administradores del centro pueden ver y marcar su asistencia.",
  "attendance.errors.leadOnly": "Solo la facilitación principal o un administrador puede dar el cierre de esta sesión.",
  "attendance.errors.cancelled": "Esta sesión se canceló, así que no se le puede dar el cierre.",
  "attendance.errors.notStarted": "Esta sesión todavía no empezó, así que no se le puede dar el cierre.",
  "attendance.errors.noSuchMeeting": "Este encuentro no es parte de la sesión.",
  "attendance.errors.notConfirmed": "Esta persona no tiene un lugar confirmado en esta sesión.",
  "attendance.errors.minutes": "Escribe los minutos presentes como un número entero, 0 o más.",
  "attendance.errors.tooManyMinutes": "El encuentro tiene solo {max} minutos de contacto.",
  "attendance.errors.noMarks": "Envía al menos una marca.",
  "attendance.errors.shortcut": "Elige completo, ausente o escribe las horas.",
  "attendance.errors.time": "Escribe una hora como 09:40.",
  "attendance.errors.timeMissing": "Escribe la hora en que llegó, la hora en que se fue, o las dos.",
  "attendance.errors.leftBeforeArrived": "La hora en que se fue tiene que ser después de la hora en que llegó.",

  "attendance.marks.count": "{marked} de {total} con marca",
  "attendance.marks.everyoneElse": "Marcar presente al resto",
  "attendance.marks.everyoneElseDone":
    "{count, plural, one {# persona más marcada presente} other {# personas más marcadas presentes}} durante todo el encuentro.",
  "attendance.marks.everyoneElseNone": "Todas las personas ya tenían una marca, así que nada cambió.",
  "attendance.mark.differentTimes": "Otros horarios…",
  "attendance.results.beforeStart":
    "El resultado de cada persona aparece aquí cuando haya empezado el primer encuentro.",
  "attendance.checkIn.show": "Mostrar el código de llegada",
  "attendance.display.typeInstead": "¿No puedes escanear? Entra en esta dirección y escribe el código de abajo:",
  "attendance.display.shortCodeLabel": "Código para escribir",
  "attendance.checkIn.typeTitle": "Registrar llegada con un código",
  "attendance.checkIn.typeLede": "Escribe los seis dígitos que aparecen en la pantalla de quien facilita.",
  "attendance.checkIn.codeLabel": "Código de llegada",
  "attendance.checkIn.codeHint": "Seis dígitos, por ejemplo 482 913. El código cambia cada minuto.",
  "attendance.checkIn.submit": "Registrar mi llegada",
  "attendance.checkIn.codeMissing": "Escribe los seis dígitos que aparecen en la pantalla de quien facilita.",
  "attendance.checkIn.typedExpired":
    "Ese código cambió desde que lo copiaste: los códigos cambian cada minuto. Escribe ahora los dígitos de la pantalla.",
  "attendance.checkIn.typedWrong":
    "Ese código no corresponde a ningún encuentro en el que tengas un lugar confirmado. Revisa los seis dígitos en la pantalla de quien facilita y vuelve a intentarlo.",
  "attendance.checkIn.rateLimited":
    "Son muchos códigos en poco tiempo. Vuelve a intentarlo en {minutes, plural, one {# minuto} other {# minutos}}, o pide a quien facilita que marque tu asistencia.",
  "attendance.checkIn.typeAnother": "Escribir otro código",
};
