// Español: facilitadores — perfiles, vigencia («Qué me mantiene activo»), los requisitos del hub, los rechazos de
// asignación y las personas que llegan sin inscripción.
import type { trainers as en } from "../en/trainers.ts";

export const trainers: Record<keyof typeof en, string> = {
  "trainers.standing.pageTitle": "Qué me mantiene activo",
  "trainers.standing.intro":
    "Tu vigencia como facilitador sale de lo que el hub tiene registrado: capacitaciones que dirigiste o codirigiste, espacios de co-reflexión a los que asististe y actualizaciones. Nadie la escribe a mano.",
  "trainers.standing.credential":
    "Formación de Facilitadores completada el {date}. Esta credencial es tuya para siempre.",
  "trainers.standing.noCredential":
    "El hub todavía no tiene registrada tu Formación de Facilitadores. Cuando se registre, empiezas como aprendiz.",
  "trainers.status.none": "Aún no es facilitador",
  "trainers.status.apprentice": "Aprendiz",
  "trainers.status.active": "Activo",
  "trainers.status.lapsed": "Vencido",
  "trainers.status.alumni": "Exfacilitador",
  "trainers.standing.since": "Desde el {date}",
  "trainers.next.co_train":
    "Cofacilita {remaining, plural, one {# capacitación más} other {# capacitaciones más}} junto a un facilitador principal activo.",
  "trainers.next.keep.training": "Activo hasta el {date}: dirige o codirige una capacitación antes de esa fecha.",
  "trainers.next.keep.co_reflection": "Activo hasta el {date}: asiste a una co-reflexión antes de esa fecha.",
  "trainers.next.keep.refresher": "Activo hasta el {date}: toma una actualización antes de esa fecha.",
  "trainers.next.lapse.training":
    "Para volver a estar activo, asiste a una co-reflexión; después tendrás tiempo para dirigir o codirigir una capacitación.",
  "trainers.next.lapse.co_reflection": "Para volver a estar activo, asiste a una co-reflexión.",
  "trainers.next.lapse.refresher": "Para volver a estar activo, toma una actualización.",
  "trainers.next.lapse.alumniOn": "Si nada cambia, pasarás a exfacilitador el {date}.",
  "trainers.next.earn_credential": "Completa la Formación de Facilitadores para empezar.",
  "trainers.next.override.until": "Fijado por un administrador hasta el {date}: {reason}",
  "trainers.next.override.open": "Fijado por un administrador: {reason}",
  "trainers.rules.title": "Los requisitos del hub",
  "trainers.rules.hubChoice":
    "Son decisiones propias de este hub, no reglas de Apoyo Intencional entre Pares. Un administrador puede cambiarlas.",
  "trainers.rules.apprentice": "Los aprendices cofacilitan {count} capacitaciones junto a un facilitador principal activo.",
  "trainers.rules.active": "Activo durante {months} meses después de cada capacitación dirigida o codirigida.",
  "trainers.rules.coReflection": "Co-reflexión al menos una vez cada {months} meses.",
  "trainers.rules.refresher": "Una actualización al menos una vez cada {months} meses.",
  "trainers.rules.alumni": "Después, vencido; exfacilitador tras {months} meses más.",
  "trainers.rules.return": "Al volver de un vencimiento: {months} meses para dirigir o codirigir una capacitación.",
  "trainers.rules.alumniReturn":
    "Al volver como exfacilitador: cofacilitar {count} capacitaciones junto a un facilitador principal activo.",
  "trainers.reminders.title": "Recordatorios",
  "trainers.reminders.on": "Te enviamos un correo tranquilo unas semanas antes de que venza tu vigencia.",
  "trainers.reminders.off": "Desactivaste los recordatorios.",
  "trainers.reminders.turnOff": "Desactivar recordatorios",
  "trainers.reminders.turnOn": "Activar recordatorios",
  "trainers.reminders.saved": "Guardado.",

  "trainers.walkIn.pageTitle": "Agregar a alguien que llegó",
  "trainers.walkIn.title": "Agregar a alguien en la puerta: {course}",
  "trainers.walkIn.intro":
    "Para alguien que llega cuando la capacitación ya empezó. Recibe un lugar solo si hay uno libre, y su asistencia cuenta desde ahora.",
  "trainers.walkIn.email": "Correo electrónico",
  "trainers.walkIn.name": "Nombre (para alguien nuevo en el hub)",
  "trainers.walkIn.submit": "Agregar y empezar su asistencia",
  "trainers.walkIn.added": "{name} ya está dentro, con {minutes} minutos contados hoy.",
  "trainers.walkIn.addedBetween": "{name} ya está dentro. Su asistencia empieza en la próxima reunión.",
  "trainers.walkIn.back": "Volver a la asistencia",
  "trainers.walkIn.errors.email": "Escribe un correo como nombre@ejemplo.org.",
  "trainers.walkIn.errors.emailMissing": "Escribe su correo electrónico.",
  "trainers.walkIn.errors.nameTooLong": "Este nombre es demasiado largo.",
  "trainers.walkIn.errors.nameForNew": "Esta persona es nueva en el hub: escribe también su nombre.",
  "trainers.walkIn.errors.already": "Esta persona ya está inscrita. Marca su asistencia en la lista.",
  "trainers.walkIn.errors.full":
    "Todos los lugares están ocupados, así que no podemos agregarla. Si alguien cancela, se libera un lugar.",
  "trainers.walkIn.errors.window.not_started":
    "La capacitación aún no empieza. Hasta entonces, inscríbela de la forma habitual.",
  "trainers.walkIn.errors.window.ended": "La capacitación terminó, así que ya no se puede agregar a nadie.",
  "trainers.walkIn.errors.window.not_running": "Solo se puede agregar a alguien en una capacitación publicada.",
  "trainers.walkIn.link": "Agregar a alguien que llegó",

  "trainers.staffing.no_active_lead":
    "Una capacitación publicada necesita un facilitador principal activo. Agrega uno como principal.",
  "trainers.staffing.learning_as_lead":
    "{name} es aprendiz y aún no puede dirigir. Agrégalo como cofacilitador junto a un principal activo.",
  "trainers.staffing.learning_without_active_lead":
    "{name} es aprendiz y solo cofacilita junto a un principal activo. Agrega un facilitador principal activo.",
  "trainers.staffing.lapsed":
    "La vigencia de {name} venció. Su camino de regreso está en su página; un administrador también puede fijar su vigencia con un motivo.",
  "trainers.staffing.no_credential":
    "{name} no tiene registrada la Formación de Facilitadores. Regístrala primero y luego agrégalo.",
  "trainers.staffing.double_booked":
    "{name} ya facilita en otra sesión a esa hora. Mueve una reunión o elige a otra persona.",

  "trainers.public.pageTitle": "Nuestros facilitadores",
  "trainers.public.intro": "Las personas que dirigen las capacitaciones de este hub, aquí porque así lo eligieron.",
  "trainers.public.empty": "Ningún facilitador ha elegido aparecer aquí todavía.",
  "trainers.public.languages": "Idiomas",
  "trainers.public.regions": "Regiones",
  "trainers.nav.standing": "Qué me mantiene activo",
  "trainers.nav.public": "Facilitadores",
  "trainers.profile.pageTitle": "Mi perfil de facilitador",
  "trainers.profile.intro":
    "Lo que la gente ve de ti en las páginas de capacitaciones y de facilitadores, solo si eliges mostrarlo.",
  "trainers.profile.bioEn": "Sobre ti, en inglés",
  "trainers.profile.bioEs": "Sobre ti, en español",
  "trainers.profile.languages": "Idiomas en los que facilitas",
  "trainers.profile.regions": "Regiones donde facilitas",
  "trainers.profile.listHint": "Sepáralos con comas.",
  "trainers.profile.pronouns": "Pronombres",
  "trainers.profile.isPublic": "Mostrar mi perfil en las páginas de capacitaciones y en la página pública de facilitadores",
  "trainers.profile.isPublicHint": "Puedes cambiarlo cuando quieras. Hasta que lo elijas, no se muestra nada.",
  "trainers.profile.save": "Guardar mi perfil",
  "trainers.profile.saved": "Tu perfil está guardado.",
  "trainers.profile.errors.bioTooLong": "Mantenlo por debajo de 2.000 caracteres.",
  "trainers.profile.errors.itemTooLong": "Cada elemento puede tener hasta 60 caracteres.",
  "trainers.profile.errors.tooMany": "Escribe hasta 10.",
  "trainers.profile.errors.pronounsTooLong": "Los pronombres pueden tener hasta 40 caracteres.",
  "trainers.nav.profile": "Mi perfil de facilitador",
  "trainers.api.section": "Facilitadores",
  "trainers.reminder.subject": "Una nota amable sobre tu vigencia como facilitador",
  "trainers.reminder.body": "No pasa nada malo. Solo queremos que la fecha no te tome por sorpresa.",
  "trainers.reminder.action": "Ver qué me mantiene activo",
  "trainers.reminder.turnOff": "Puedes desactivar estos recordatorios en esa página.",
};
