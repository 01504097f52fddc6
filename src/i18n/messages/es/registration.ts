// Español: los mensajes de las reglas de inscripción (por qué no se aceptó una solicitud, qué necesita un campo).
import type { registration as en } from "../en/registration.ts";

export const registration: Record<keyof typeof en, string> = {
  "registration.errors.belowTaken":
    "Ya {taken, plural, one {hay # lugar ocupado} other {hay # lugares ocupados}} aquí. Elige al menos {taken}, o cancela inscripciones primero.",
  "registration.errors.consent": "Confirma que leíste cómo guardamos tus respuestas.",
  "registration.errors.already": "Ya tienes un lugar (o una solicitud) en esta sesión. Míralo en Mis capacitaciones.",
  "registration.errors.alreadyForPerson": "Esta persona ya tiene un lugar (o una solicitud) en esta sesión.",
  "registration.errors.groupMemberAlready": "Alguien de este grupo ya tiene un lugar (o una solicitud) en esta sesión.",
  "registration.errors.window.not_published": "Esta sesión no está abierta para inscripciones.",
  "registration.errors.window.cancelled": "Esta sesión se canceló.",
  "registration.errors.window.not_yet_open": "Las inscripciones todavía no abren.",
  "registration.errors.window.closed": "Las inscripciones para esta sesión ya cerraron.",
  "registration.errors.window.started": "Esta sesión ya empezó.",
  "registration.errors.prerequisites": "Para esta capacitación primero hay que completar: {courses}.",
  "registration.errors.prerequisites.orBetween": " o ",
  "registration.errors.answerRequired": "Responde esta pregunta, por favor.",
  "registration.errors.answerNotAnOption": "Elige una de las opciones.",
  "registration.errors.answerTooLong": "Escribe menos de 2.000 caracteres, por favor.",
  "registration.errors.tierNotOffered": "Elige uno de los precios que ofrece esta sesión.",
  "registration.errors.belowMinimum":
    "La escala móvil empieza en {minimum}. Elige esa cantidad o más, o pide una beca.",
  "registration.errors.amountRequired": "Escribe una cantidad en dólares y centavos.",
  "registration.errors.sponsorOnly": "Este precio es para el personal que inscribe la organización patrocinadora.",
  "registration.errors.pronounsTooLong": "Los pronombres pueden tener hasta 60 caracteres.",
  "registration.errors.accommodationsTooLong": "Escribe menos de 2.000 caracteres, por favor.",
  "registration.errors.needStatementMissing": "Cuéntanos un poco sobre tu necesidad, con tus palabras.",
  "registration.errors.needStatementTooLong": "Escribe menos de 4.000 caracteres, por favor.",
  "registration.errors.reasonMissing": "Escribe el motivo; queda en el registro de auditoría.",
  "registration.errors.reasonTooLong": "Escribe un motivo de menos de 500 caracteres.",
  "registration.errors.cutoffPassed":
    "Falta muy poco para el inicio y ya no puedes cancelar aquí. Comunícate con el centro.",
  "registration.errors.notYours": "Esta inscripción es de otra persona.",
  "registration.errors.notAllowed": "Esta inscripción no puede hacer ese cambio ahora.",
  "registration.errors.offerExpired": "Esta oferta venció y el lugar pasó a la siguiente persona en la lista.",
  "registration.errors.groupSize": "Un grupo tiene entre 1 y {max} personas.",
  "registration.errors.groupDuplicate": "Este correo está dos veces en el grupo.",
  "registration.errors.memberName": "Escribe el nombre de la persona.",
  "registration.errors.memberEmail": "Escribe un correo como nombre@ejemplo.org.",
  "registration.errors.partnerOnly":
    "Solo las personas administradoras de esta organización y del centro pueden inscribir a su personal.",
  "registration.errors.targetSession": "Elige otra sesión próxima del mismo curso.",
  "registration.errors.awardTooLarge": "La beca no puede ser mayor que el precio.",
  "registration.errors.awardMissing": "Escribe la cantidad de la beca parcial.",
  "registration.errors.evidenceMissing":
    "Describe tu comprobante: un número de certificado, un enlace o quién lo puede confirmar.",
  "registration.errors.providerMissing": "Escribe quién dio la capacitación.",
  "registration.errors.completedOn": "Escribe la fecha en que la completaste (año-mes-día).",
} as const;
