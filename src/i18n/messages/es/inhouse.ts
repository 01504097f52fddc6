// Español: capacitaciones internas — la persona capacitadora de una organización aliada informa de una capacitación
// que dio; el hub la revisa.
export const inhouse = {
  "inhouse.errors.notOrganizationalTrainer":
    "Solo una persona capacitadora organizacional vinculada a esta organización como parte de su personal puede informar de sus capacitaciones internas.",
  "inhouse.errors.notFound": "No existe ese informe de capacitación interna.",
  "inhouse.errors.notEditable": "Este informe está con el hub o ya tiene decisión, así que no se puede cambiar ahora.",
  "inhouse.errors.hasProblems": "El informe necesita algunas correcciones antes de enviarlo al hub.",
  "inhouse.errors.hubOnly": "Solo quienes administran el hub revisan los informes de capacitaciones internas.",
  "inhouse.errors.messageRequired":
    "Escriba un mensaje que explique el motivo, para que lo lea la persona capacitadora.",
  "inhouse.errors.ownReport": "Una capacitación la revisa alguien distinto de quien informó de ella.",
  "inhouse.errors.notWaiting": "Este informe no está esperando revisión.",
  "inhouse.problem.unknown_course": "Elija uno de los cursos del hub.",
  "inhouse.problem.bad_time_zone": "Elija una zona horaria de la lista.",
  "inhouse.problem.no_meetings": "Agregue al menos una reunión.",
  "inhouse.problem.too_many_meetings": "Un informe admite como máximo 30 reuniones.",
  "inhouse.problem.bad_date": "Escriba la fecha como AAAA-MM-DD.",
  "inhouse.problem.bad_time": "Escriba la hora en formato de 24 horas, como 09:00.",
  "inhouse.problem.end_before_start": "La reunión termina antes de empezar.",
  "inhouse.problem.overlapping_meetings": "Esta reunión se superpone con otra.",
  "inhouse.problem.not_past": "Informe de una capacitación solo cuando haya terminado su última reunión.",
  "inhouse.problem.no_attendees": "Agregue al menos una persona participante.",
  "inhouse.problem.too_many_attendees": "Un informe admite como máximo 200 participantes.",
  "inhouse.problem.bad_name": "Escriba el nombre de la persona participante.",
  "inhouse.problem.bad_email": "Escriba el correo electrónico de la persona participante.",
  "inhouse.problem.duplicate_attendee": "Esta persona aparece dos veces.",
  "inhouse.problem.minutes_per_meeting": "Indique los minutos de presencia en cada reunión.",
  "inhouse.problem.bad_minutes": "Escriba los minutos como un número entero, 0 o más.",
  "inhouse.problem.minutes_over_meeting": "Más minutos de los que duró la reunión.",
  "inhouse.problem.bad_respondents":
    "Quienes respondieron la evaluación no pueden ser más que las personas participantes.",
  "inhouse.problem.summary_required": "Resuma lo que dijo la evaluación.",
  "inhouse.problem.summary_too_long": "El resumen es demasiado largo (4.000 caracteres como máximo).",
} as const;
