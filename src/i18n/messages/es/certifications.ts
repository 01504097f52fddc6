// Español: certificaciones, horas de educación continua y cómo va cada persona para renovar.
import type { certifications as en } from "../en/certifications.ts";

export const certifications: Record<keyof typeof en, string> = {
  "certifications.title": "Certificación y horas de educación continua",
  "certifications.lede":
    "Lleva la cuenta de tu certificación y de las horas de educación continua que pide. Las capacitaciones del centro cuentan solas; agrega las de otros lugares con tu comprobante.",
  "certifications.empty": "Todavía no agregaste una certificación. Agrega una abajo para ver cómo vas para renovarla.",
  "certifications.number": "Número de certificado {number}",
  "certifications.issued": "Emitida el {date}",
  "certifications.status.current": "Vigente",
  "certifications.status.renewal_open": "Periodo de renovación abierto",
  "certifications.status.expired": "Vencida",
  "certifications.status.lapsed_needs_test": "Caducada: hace falta un examen de competencia",
  "certifications.summary.hours": "Se necesitan {required} horas; tienes {counted}",
  "certifications.summary.category": "{category}: se necesitan {required} horas; tienes {counted}",
  "certifications.summary.inPerson": "En persona: se necesitan {required} horas; tienes {counted}",
  "certifications.summary.opens": "La renovación abre el {date}",
  "certifications.summary.expires": "Vence el {date}",
  "certifications.summary.expired": "Venció el {date}",
  "certifications.summary.unverified":
    "{hours} de estas horas son de fuera del centro y el equipo todavía no las revisó. Cuentan; la junta puede pedirte el comprobante.",
  "certifications.next.title": "Qué hacer ahora",
  "certifications.next.complete":
    "Tienes todas las horas que pide esta renovación. Cuando abra el periodo, renueva con tu junta y ten tus certificados a mano.",
  "certifications.next.moreHours": "Toma {hours} horas más de educación continua antes del {date}.",
  "certifications.next.category": "Toma {hours} horas más de {category}.",
  "certifications.next.inPerson": "Toma {hours} horas más en persona.",
  "certifications.next.expired":
    "Tu certificación venció el {date}. Comunícate con tu junta para la reincorporación; las horas que tomes ahora cuentan para eso.",
  "certifications.next.lapsed":
    "Pasaron más de seis meses desde que venció, así que la junta pedirá un examen de competencia. Comunícate con ella para programarlo.",
  "certifications.next.suggestions": "Próximas capacitaciones del centro que te sirven:",
  "certifications.reminders.on":
    "Envíame recordatorios tranquilos cuando abra mi periodo de renovación y 60 y 30 días antes de que venza",
  "certifications.reminders.save": "Guardar recordatorios",
  "certifications.reminders.saved": "Guardamos tu elección de recordatorios.",
  "certifications.remove": "Quitar esta certificación",
  "certifications.removed": "Quitamos la certificación.",
  "certifications.removeExplain":
    "Esto quita la certificación de tu página y detiene sus recordatorios. Tus horas se quedan.",
  "certifications.add.title": "Agregar una certificación",
  "certifications.add.type": "Certificación",
  "certifications.add.number": "Número de certificado (opcional)",
  "certifications.add.numberHint": "Aparece en las listas que el centro envía a la junta por ti.",
  "certifications.add.issuedOn": "Fecha de emisión de tu certificado actual",
  "certifications.add.issuedOnHint": "La fecha de tu certificado más reciente (el original o tu última renovación).",
  "certifications.add.submit": "Agregar certificación",
  "certifications.added": "Listo. Así vas.",
  "certifications.ledger.title": "Tus horas de educación continua",
  "certifications.ledger.empty":
    "Todavía no hay horas. Las capacitaciones del centro aparecen aquí cuando tu facilitador o facilitadora las cierra.",
  "certifications.ledger.date": "Fecha",
  "certifications.ledger.what": "Capacitación",
  "certifications.ledger.hours": "Horas",
  "certifications.ledger.categories": "Categorías",
  "certifications.ledger.where": "Dónde",
  "certifications.ledger.source": "Origen",
  "certifications.ledger.inPerson": "En persona",
  "certifications.ledger.online": "En línea",
  "certifications.ledger.hub": "Este centro",
  "certifications.ledger.outside": "Fuera: {provider}",
  "certifications.ledger.verified": "Revisadas por el centro",
  "certifications.ledger.unverified": "Sin revisar todavía",
  "certifications.ledger.evidence": "Comprobante",
  "certifications.ledger.removeEntry": "Quitar",
  "certifications.ledger.transcript": "Descargar tu constancia de horas (PDF)",
  "certifications.outside.title": "Agregar horas de otros lugares",
  "certifications.outside.explain":
    "Agrega la educación continua que tomaste fuera del centro, con un certificado u otro comprobante (PDF, PNG, JPEG o WebP, hasta 5 MB). Solo tú y el equipo del centro pueden abrir el archivo.",
  "certifications.outside.titleField": "Nombre de la capacitación",
  "certifications.outside.provider": "Quién la dio",
  "certifications.outside.completedOn": "Fecha en que la terminaste",
  "certifications.outside.hours": "Horas de contacto",
  "certifications.outside.hoursHint":
    "Solo tiempo en clase, en grupo o en línea; las tareas y lecturas no cuentan (OAR 950-060-0010).",
  "certifications.outside.categories": "Horas en categorías especiales (opcional)",
  "certifications.outside.inPerson": "Fue en persona",
  "certifications.outside.evidence": "Archivo de comprobante",
  "certifications.outside.submit": "Agregar estas horas",
  "certifications.outside.added": "Listo. Estas horas ya cuentan; el equipo del centro puede revisar tu comprobante.",
  "certifications.credential.title": "Agregar horas con una credencial digital",
  "certifications.credential.explain":
    "Si otro centro de IPS te dio una credencial digital por una capacitación (un archivo .json o un código largo), puedes agregar sus horas con ella. Cuando viene de un centro de confianza y te nombra a ti, las horas cuentan enseguida, ya revisadas.",
  "certifications.credential.paste": "Pega tu credencial",
  "certifications.credential.pasteHint":
    "El JSON o el código (VC-JWT) del otro centro. Solo leemos las claves públicas de ese centro para revisarla.",
  "certifications.credential.file": "O elige el archivo de la credencial",
  "certifications.credential.submit": "Revisar y agregar las horas",
  "certifications.credential.accepted":
    "Tu credencial está en orden: {hours} horas de {provider} ya cuentan, revisadas.",
  "certifications.credential.queued":
    "Gracias, la recibimos. No pudo contar por sí sola, así que el equipo del centro la va a revisar. Mientras tanto sus horas cuentan, como las demás horas que agregas.",
  "certifications.credential.errors.unreadable":
    "No pudimos leer una credencial aquí. Pega el JSON o el código completo, o elige el archivo que te dio el otro centro.",
  "certifications.credential.errors.noHours":
    "Esta credencial no dice de cuántas horas es. Agrega las horas con el formulario de horas de otros lugares, con su certificado.",
  "certifications.credential.errors.already":
    "Esta credencial ya está en tus horas. Si todavía está en espera y quieres que se revise otra vez, quítala primero.",
  "certifications.ledger.fromCredential": "De {provider}, por su credencial digital",
  "certifications.ledger.checkedByCredential": "Revisadas por su credencial",
  "certifications.admin.credential": "Credencial digital",
  "certifications.category.general": "General",
  "certifications.category.suicide_prevention": "Prevención del suicidio",
  "certifications.category.oral_health": "Salud oral",
  "certifications.category.ethics": "Ética",
  "certifications.category.peer_support_recovery": "Apoyo entre pares y recuperación",
  "certifications.category.cultural_responsiveness": "Respuesta cultural",
  "certifications.category.trauma_informed": "Atención informada sobre el trauma",
  "certifications.errors.type": "Elige una certificación de la lista.",
  "certifications.errors.date": "Escribe una fecha (año-mes-día).",
  "certifications.errors.numberTooLong": "Un número de certificado tiene hasta 60 caracteres.",
  "certifications.errors.title": "Escribe el nombre de la capacitación.",
  "certifications.errors.provider": "Escribe quién dio la capacitación.",
  "certifications.errors.hours": "Escribe las horas de contacto, de 0,25 a 200 (por ejemplo 3 o 1,5).",
  "certifications.errors.category": "Elige una categoría de la lista.",
  "certifications.errors.categoryTooLong":
    "Las horas de una categoría no pueden ser más que las horas de la capacitación.",
  "certifications.errors.evidenceMissing":
    "Agrega un archivo que muestre que la tomaste: un certificado, una carta o una constancia.",
  "certifications.errors.evidenceType":
    "Este archivo no es un PDF ni una imagen. Guárdalo como PDF, PNG, JPEG o WebP e inténtalo de nuevo.",
  "certifications.errors.evidenceTooLarge":
    "Este archivo pesa más de 5 MB. Prueba con un escaneo más pequeño o un PDF.",
  "certifications.errors.cannotRemove": "Las horas que el equipo del centro ya revisó se quedan en tu registro.",
  "certifications.reminder.subject.window_open": "Se abrió el periodo de renovación de tu {certification}",
  "certifications.reminder.subject.expiry_60": "Tu {certification} vence en 60 días",
  "certifications.reminder.subject.expiry_30": "Tu {certification} vence en 30 días",
  "certifications.reminder.body.window_open":
    "El periodo de renovación de tu {certification} se abrió el {opens}. Vence el {date}, así que hay tiempo.",
  "certifications.reminder.body.expiry_60": "Un recordatorio amable: tu {certification} vence el {date}.",
  "certifications.reminder.body.expiry_30":
    "Un recordatorio amable: tu {certification} vence el {date}, en más o menos un mes.",
  "certifications.reminder.progress": "Hasta ahora tienes {counted} de las {required} horas que pide.",
  "certifications.reminder.action": "Ver cómo vas",
  "certifications.reminder.turnOff": "Puedes apagar estos recordatorios en esa página cuando quieras.",
  "certifications.admin.title": "Horas externas por revisar",
  "certifications.admin.nav": "Horas de EC",
  "certifications.admin.lede":
    "Horas que las personas agregaron de otros proveedores. Abre el comprobante y márcalas como revisadas cuando coincida.",
  "certifications.admin.empty": "No hay nada por revisar ahora.",
  "certifications.admin.verify": "Marcar como revisadas",
  "certifications.admin.verified": "Marcadas como revisadas.",
  "certifications.admin.person": "Persona",
  // — primero la situación en la página de educación continua (issue 15, punto 12) —
  "certifications.headline.left": "Te faltan {needs}; {when}.",
  "certifications.headline.done": "Ya tienes todas las horas que necesitas; {when}.",
  "certifications.headline.need.total": "{hours} h de educación continua",
  "certifications.headline.need.category": "{hours} h de {category}",
  "certifications.headline.need.inPerson": "{hours} h en persona",
  "certifications.headline.opens": "la renovación abre el {date}",
  "certifications.headline.openUntil": "puedes renovar hasta el {date}",
  "certifications.settings.title": "Recordatorios, o quitar esta certificación",
  // — fin de primero la situación —
} as const;
