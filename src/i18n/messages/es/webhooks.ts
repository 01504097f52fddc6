// Español: suscripciones de webhooks para integraciones — la página de administración, su registro de envíos y sus rechazos.
export const webhooks = {
  "webhooks.nav": "Webhooks",
  "api.docs.section.Webhooks": "Webhooks",
  "webhooks.title": "Webhooks",
  "webhooks.lede":
    "Un webhook avisa a otro sistema (el sistema de personal de una organización aliada, un registro estatal) cuando algo cambia aquí. Cada mensaje lleva solo identificadores y estados, nunca nombres, correos ni respuestas, y va firmado para que quien lo recibe pueda comprobar que viene de este centro.",

  "webhooks.event.registration.created": "Se hace una inscripción",
  "webhooks.event.registration.changed": "Una inscripción cambia (confirmada, con lugar ofrecido, asistida…)",
  "webhooks.event.registration.cancelled": "Se cancela una inscripción",
  "webhooks.event.credential.issued": "Se emite un certificado",
  "webhooks.event.credential.revoked": "Se revoca un certificado",
  "webhooks.event.session.changed": "Una sesión cambia o se cancela",
  "webhooks.event.inhouse_training.approved": "Se aprueba una capacitación interna de una organización aliada",

  "webhooks.list.title": "Suscripciones",
  "webhooks.list.empty":
    "Todavía no hay suscripciones. Agrega una abajo cuando otro sistema esté listo para recibir mensajes.",
  "webhooks.list.url": "Dirección",
  "webhooks.list.events": "Eventos",
  "webhooks.list.created": "Agregada",
  "webhooks.list.actions": "Acciones",
  "webhooks.list.deliveries": "Registro de envíos",

  "webhooks.create.title": "Agregar una suscripción",
  "webhooks.create.explain":
    "La dirección debe empezar con https:// (o http://). Verás el secreto de firma una sola vez, justo después de agregarla.",
  "webhooks.create.url.label": "Dirección que recibe",
  "webhooks.create.url.hint": "Por ejemplo https://personal.ejemplo.org/ips-hub/webhooks",
  "webhooks.create.description.label": "Para qué es (opcional)",
  "webhooks.create.events.label": "Enviar estos eventos",
  "webhooks.create.submit": "Agregar suscripción",

  "webhooks.secret.title": "El secreto de firma para {url}",
  "webhooks.secret.once":
    "Cópialo ahora y entrégaselo a quienes manejan el sistema que recibe: no se volverá a mostrar. Si se pierde, crea uno nuevo.",
  "webhooks.secret.howToVerify":
    "Quien recibe comprueba cada mensaje con cualquier biblioteca de Standard Webhooks, usando los encabezados webhook-id, webhook-timestamp y webhook-signature.",

  "webhooks.rotate.open": "Secreto nuevo",
  "webhooks.rotate.explain":
    "Crea un secreto de firma nuevo para {url}. El anterior deja de servir de inmediato, así que quien recibe debe cambiar al nuevo.",
  "webhooks.rotate.confirm": "Crear un secreto nuevo",
  "webhooks.delete.open": "Quitar",
  "webhooks.delete.explain":
    "Detiene todos los mensajes a {url} y borra su registro de envíos. Los mensajes que esperan no se envían.",
  "webhooks.delete.confirm": "Quitar suscripción",
  "webhooks.deleted": "La suscripción se quitó. No se enviarán más mensajes a esa dirección.",

  "webhooks.deliveries.title": "Registro de envíos",
  "webhooks.deliveries.lede":
    "Los últimos mensajes a {url}, del más reciente al más antiguo. Un mensaje que no se acepta se vuelve a intentar, esperando más cada vez; después de {attempts} intentos espera a que lo envíes de nuevo.",
  "webhooks.deliveries.empty": "Todavía no se ha enviado nada a esta dirección.",
  "webhooks.deliveries.back": "Todos los webhooks",
  "webhooks.deliveries.event": "Evento",
  "webhooks.deliveries.created": "Hora del evento",
  "webhooks.deliveries.status": "Estado",
  "webhooks.deliveries.tries": "Intentos",
  "webhooks.deliveries.try":
    "{time}: {answer, select, none {sin respuesta} other {respondió {answer}}} en {ms} ms{error, select, none {} other { ({error})}}",
  "webhooks.deliveries.redeliver": "Enviar de nuevo",
  "webhooks.deliveries.redelivered": "El mensaje está en cola para enviarse de nuevo.",
  "webhooks.deliveries.status.pending": "En espera",
  "webhooks.deliveries.status.delivered": "Entregado",
  "webhooks.deliveries.status.failed": "No entregado",

  "webhooks.errors.notFound": "No encontramos esa suscripción de webhook.",
  "webhooks.errors.messageNotFound": "No encontramos ese mensaje.",
  "webhooks.errors.url": "Escribe una dirección web que empiece con https:// o http://.",
  "webhooks.errors.urlCredentials": "Deja fuera de la dirección el usuario y la contraseña.",
  "webhooks.errors.urlNotPublic":
    "Este centro no envía webhooks a su propia máquina ni a redes privadas. Usa la dirección pública de quien recibe.",
  "webhooks.errors.events": "Elige al menos un evento para enviar.",
  "webhooks.errors.descriptionTooLong": "Escribe una descripción de {max} caracteres o menos.",
};
