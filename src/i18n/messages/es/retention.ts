// Español: los plazos de conservación que fija la administración (decisión 0040).
export const retention = {
  "admin.retention.title": "Conservación de datos",
  "admin.retention.lede":
    "Cuánto tiempo guarda el centro lo que las personas le cuentan sobre sus necesidades, sus archivos de constancia y sus propios registros. Una tarea diaria borra lo que ya pasó su plazo y anota cuántos elementos quitó, nunca lo que decían.",
  "admin.retention.saved": "Plazos guardados. La próxima limpieza diaria los usará.",
  "admin.retention.save": "Guardar plazos",
  "admin.retention.months": "Meses",
  "admin.retention.days": "Días",
  "admin.retention.category.sensitive_answers":
    "Respuestas a preguntas delicadas de inscripción (meses después de que termina la sesión)",
  "admin.retention.category.accommodations": "Pedidos de adaptaciones (meses después de que termina la sesión)",
  "admin.retention.category.need_statements":
    "Explicaciones de necesidad para becas (meses después de que termina la sesión)",
  "admin.retention.category.evidence_files":
    "Archivos de constancia de horas externas (meses después de que las horas dejan de contar para una renovación)",
  "admin.retention.category.mail_log": "Correos enviados en la bandeja de salida (días)",
  "admin.retention.category.webhook_log": "Registro de entregas de webhooks (días)",
  "admin.retention.category.job_log": "Tareas en segundo plano terminadas (días)",
  "admin.retention.default": "Valor predeterminado: {value}",
  "admin.retention.errors.summary": "Hay plazos que revisar.",
  "admin.retention.errors.months": "Escribe un número entero de meses entre {min} y {max}.",
  "admin.retention.errors.days": "Escribe un número entero de días entre {min} y {max}.",
  "public.privacy.retention.title": "Cuánto tiempo lo guardamos",
  "public.privacy.retention.lede":
    "Algunos datos se borran solos cuando ya no hacen falta. Una tarea diaria los quita y solo anota cuántos quitó. Tu cuenta, tu historial de capacitaciones y el registro de auditoría se quedan hasta que borres tu cuenta.",
  "public.privacy.retention.questionsLede":
    "Algunos cursos guardan las respuestas a una pregunta delicada por otro tiempo:",
  "public.privacy.retention.question":
    "Las respuestas a «{question}» ({course}) se borran {months, plural, one {# mes} other {# meses}} después de que termine la sesión.",
  "public.privacy.retention.months": "{count, plural, one {# mes} other {# meses}}",
  "public.privacy.retention.days": "{count, plural, one {# día} other {# días}}",
};
