// Español: el lado del equipo en las inscripciones — listas de participantes y su CSV, las colas de solicitudes, becas y
// requisitos previos, inscribir a alguien por teléfono, y la inscripción en grupo de una organización aliada.
import type { roster as en } from "../en/roster.ts";

export const roster: Record<keyof typeof en, string> = {
  "roster.nav.applications": "Solicitudes",
  "roster.nav.scholarships": "Becas",
  "roster.nav.prerequisites": "Requisitos previos",
  "roster.pageTitle": "Lista de participantes",
  "roster.title": "Participantes: {course}",
  "roster.backToSession": "Volver a la sesión",
  "roster.csv": "Descargar CSV",
  "roster.empty": "Todavía no se ha inscrito nadie. Cuando alguien se inscriba, aparecerá aquí según dónde esté.",
  "roster.partnerView": "Solo ves a las personas que inscribió tu organización, sin sus respuestas privadas.",
  "roster.sessionStatus.draft": "Borrador",
  "roster.sessionStatus.published": "Publicada",
  "roster.sessionStatus.cancelled": "Cancelada",
  "roster.sessionStatus.completed": "Terminada",

  "roster.count.capacity": "Lugares",
  "roster.count.reserved": "Reservados: {partner} para una organización aliada, {scholarship} para becas",
  "roster.count.confirmed": "Confirmados",
  "roster.count.offered": "Con oferta, esperando respuesta",
  "roster.count.waiting": "En la lista de espera",
  "roster.count.entries": "{count, plural, one {# entrada} other {# entradas}} (un grupo cuenta una vez)",
  "roster.count.applications": "Solicitudes por decidir",

  "roster.group.confirmed": "Confirmados",
  "roster.group.offered": "Con un lugar ofrecido",
  "roster.group.offeredExplain":
    "Cada una de estas personas tiene un lugar apartado hasta la hora indicada ({hours} horas desde la oferta). Si no responde, el lugar pasa solo a la siguiente persona de la lista.",
  "roster.group.waitlist": "Lista de espera",
  "roster.group.waitlistExplain":
    "Por orden de llegada. Cuando se libera un lugar, la primera entrada que cabe recibe una oferta; un grupo espera como una sola entrada.",
  "roster.group.applications": "Solicitudes",
  "roster.group.applicationsExplain":
    "Estas personas enviaron una solicitud y esperan una decisión. Al aprobarla, obtienen un lugar si hay uno libre, o pasan al final de la lista.",
  "roster.group.noShow": "No asistieron",
  "roster.group.ended": "Ya no están inscritos",
  "roster.registeredAt": "Inscripción: {when}",
  "roster.groupOf": "Grupo de {count}",

  "roster.column.place": "Puesto",
  "roster.column.person": "Persona",
  "roster.column.offerEnds": "La oferta vence",
  "roster.column.status": "Estado",
  "roster.column.organization": "Organización",
  "roster.column.answers": "Respuestas",
  "roster.column.accommodations": "Adaptaciones",
  "roster.column.price": "Precio",
  "roster.column.registration": "Inscripción",
  "roster.column.actions": "Acciones",
  "roster.answers.none": "Sin respuestas",
  "roster.answers.sensitive": "respuesta privada",

  "roster.status.pending_approval": "Solicitud pendiente",
  "roster.status.approved": "Aprobada",
  "roster.status.confirmed": "Confirmado",
  "roster.status.waitlisted": "En la lista de espera",
  "roster.status.offered": "Con un lugar ofrecido",
  "roster.status.declined": "Rechazó la oferta",
  "roster.status.expired": "La oferta venció",
  "roster.status.cancelled": "Cancelado",
  "roster.status.denied": "Solicitud no aprobada",
  "roster.status.transferred": "Pasó a otra sesión",
  "roster.status.no_show": "No asistió",
  "roster.tier.free": "Gratis",
  "roster.tier.standard": "Estándar",
  "roster.tier.sliding_scale": "Escala móvil",
  "roster.tier.sponsored": "Patrocinado",
  "roster.scholarship.requested": "Pidió una beca",
  "roster.scholarship.awarded_full": "Beca completa",
  "roster.scholarship.awarded_partial": "Beca parcial",
  "roster.scholarship.declined": "Beca no otorgada",

  "roster.cancel.open": "Cancelar",
  "roster.cancel.explain":
    "Esto cancela la inscripción de {name} y le enviamos un correo. Si se libera un lugar, se ofrece enseguida a la siguiente persona de la lista.",
  "roster.cancel.explainGroup":
    "{name} forma parte de un grupo de {count}. Esto cancela la inscripción de todo el grupo y le enviamos un correo a cada persona. Los lugares liberados pasan enseguida a la lista de espera.",
  "roster.cancel.reason": "Motivo (opcional)",
  "roster.cancel.reasonHint": "Si lo escribes, va incluido en el correo.",
  "roster.cancel.confirm": "Sí, cancelar la inscripción",
  "roster.decide.message": "Mensaje para la persona (opcional)",
  "roster.decide.messageHint": "Va en el correo que recibe, sea cual sea tu decisión.",
  "roster.decide.approve": "Aprobar",
  "roster.decide.deny": "No aprobar",
  "roster.move.open": "Mover en la lista",
  "roster.move.why":
    "La lista va por orden de llegada, así que mover una entrada cambia el puesto de todas las que quedan en medio. Escribe el motivo: queda en el registro de auditoría con tu nombre.",
  "roster.move.position": "Nuevo puesto (de 1 a {count})",
  "roster.move.reason": "Motivo del cambio",
  "roster.move.reasonHint": "Por ejemplo: «era la primera en la lista de la sesión de marzo que se canceló».",
  "roster.move.submit": "Mover",
  "roster.transfer.open": "Cambiar de sesión",
  "roster.transfer.explain":
    "Pasa esta inscripción a otra sesión del mismo curso. Allí obtiene un lugar si hay uno libre, o queda al final de la lista de espera, y le enviamos un correo.",
  "roster.transfer.none": "No hay otra sesión próxima de este curso a la que pasarla.",
  "roster.transfer.to": "Sesión a la que pasa",
  "roster.transfer.reason": "Motivo (opcional)",
  "roster.transfer.submit": "Cambiar de sesión",
  "roster.noShow.mark": "Marcar que no asistió",
  "roster.noShow.undo": "Deshacer: sí asistió",
  "roster.errors.unknownAction": "Esta página no conoce esa acción. Vuelve a cargar la página e inténtalo otra vez.",

  "roster.done.cancelled":
    "Cancelada, y le enviamos un correo. Si se liberó un lugar, ya se le ofreció a la siguiente persona de la lista.",
  "roster.done.approvedSeat": "Aprobada. Tiene un lugar y le enviamos un correo.",
  "roster.done.approvedWaiting":
    "Aprobada. Ahora no hay lugares libres, así que tiene el puesto {place} en la lista de espera. Le enviamos un correo.",
  "roster.done.denied": "La solicitud no se aprobó y le enviamos un correo.",
  "roster.done.moved": "Movida al puesto {place}. El motivo queda en el registro de auditoría.",
  "roster.done.noShow": "Marcado como que no asistió.",
  "roster.done.attended": "Marcado otra vez como que asistió.",
  "roster.done.transferredSeat": "Listo. Tiene un lugar en la otra sesión y le enviamos un correo.",
  "roster.done.transferredWaiting":
    "Listo. Tiene el puesto {place} en la lista de espera de la otra sesión y le enviamos un correo.",
  "roster.done.registeredSeat": "Inscripción hecha. Tiene un lugar y le enviamos los detalles por correo.",
  "roster.done.registeredWaiting":
    "Inscripción hecha. La sesión está llena, así que tiene el puesto {place} en la lista de espera. Le enviamos un correo.",
  "roster.done.registeredApplication": "Su solicitud llegó y espera una decisión más abajo.",
  "roster.done.accountCreated": "También le creamos una cuenta: puede entrar con un enlace que le llega por correo.",

  "roster.register.title": "Inscribir a alguien",
  "roster.register.explain":
    "Para una llamada o alguien que llega en persona. Se aplican las mismas reglas que cuando la gente se inscribe sola, y recibe los mismos correos.",
  "roster.register.lookup": "Búscala por correo electrónico",
  "roster.register.lookupLabel": "Buscar a una persona",
  "roster.register.lookupSubmit": "Buscar",
  "roster.register.found": "{name} ({email}) tiene una cuenta. Llena el formulario de abajo para inscribirla.",
  "roster.register.notFound":
    "Ninguna cuenta usa {email} todavía. Escribe su nombre abajo y le crearemos una al inscribirla.",
  "roster.register.email": "Su correo electrónico",
  "roster.register.name": "Su nombre",
  "roster.register.nameHint": "Solo hace falta si todavía no tiene cuenta. Usa el nombre con el que se presenta.",
  "roster.register.consent": "Le leí qué guardamos y quién lo ve, y está de acuerdo",
  "roster.register.consentHint":
    "Sus respuestas se guardan con su inscripción. Las respuestas privadas y las adaptaciones solo las ven las personas que administran el centro y quienes facilitan esta sesión.",
  "roster.register.next":
    "Después: obtiene un lugar si hay uno libre, o un puesto en la lista de espera, y un correo en cualquier caso.",
  "roster.register.nextApplication":
    "Este curso pide una solicitud: pasa a la cola de solicitudes y la persona recibe un correo de que llegó.",
  "roster.register.submit": "Inscribirla",
  "roster.register.errors.email": "Escribe un correo electrónico como nombre@ejemplo.org.",
  "roster.register.errors.emailMissing": "Escribe su correo electrónico: por ahí le llega la confirmación.",
  "roster.register.errors.nameForNew": "Ninguna cuenta usa este correo todavía. Escribe su nombre para crearle una.",
  "roster.register.errors.nameTooLong": "Un nombre puede tener como máximo 80 caracteres.",

  "roster.form.optional": "opcional",
  "roster.form.sensitiveHint":
    "Una respuesta privada: solo la ven las personas que administran el centro y quienes facilitan esta sesión.",
  "roster.form.priceTier": "Precio",
  "roster.form.slidingOption": "Escala móvil: desde {minimum} (se sugiere {suggested})",
  "roster.form.amount": "Monto en la escala móvil",
  "roster.form.amountHint": "Al menos {minimum}. Déjalo vacío para el monto sugerido.",
  "roster.form.pronouns": "Pronombres (opcional)",
  "roster.form.accommodations": "Adaptaciones (opcional)",
  "roster.form.accommodationsHint":
    "Lo que le ayude a participar. Solo lo ven las personas que administran el centro y quienes facilitan esta sesión.",

  "roster.csv.name": "Nombre",
  "roster.csv.email": "Correo electrónico",
  "roster.csv.pronouns": "Pronombres",
  "roster.csv.status": "Estado",
  "roster.csv.place": "Puesto en la lista",
  "roster.csv.organization": "Organización",
  "roster.csv.group": "Grupo",
  "roster.csv.priceTier": "Tipo de precio",
  "roster.csv.amount": "Monto",
  "roster.csv.currency": "Moneda",
  "roster.csv.requestedAt": "Inscripción (UTC)",
  "roster.csv.accommodations": "Adaptaciones",

  "roster.applications.title": "Solicitudes",
  "roster.applications.lede":
    "Personas que enviaron una solicitud para una capacitación que pide aprobación, de la más antigua a la más nueva. Al aprobarla, la persona obtiene un lugar si hay uno libre, o pasa al final de la lista.",
  "roster.applications.empty":
    "No hay solicitudes pendientes. Las nuevas aparecen aquí, de la más antigua a la más nueva.",
  "roster.applications.session": "Sesión",
  "roster.applications.requested": "Enviada",
  "roster.applications.scholarship": "Beca",
  "roster.applications.next": "En cualquier caso le enviamos un correo con tu decisión y tu mensaje.",

  "roster.scholarships.title": "Becas",
  "roster.scholarships.lede":
    "Pedidos de ayuda con el precio. Las explicaciones de necesidad son palabras de la propia persona: solo las ven quienes administran el centro.",
  "roster.scholarships.waiting": "Esperando una decisión ({count})",
  "roster.scholarships.empty": "No hay pedidos de beca pendientes.",
  "roster.scholarships.requested": "Pedida",
  "roster.scholarships.need": "En sus palabras",
  "roster.scholarships.decision": "Decisión",
  "roster.scholarships.choice.awarded_full": "Beca completa",
  "roster.scholarships.choice.awarded_partial": "Beca por una parte del precio",
  "roster.scholarships.choice.declined": "No otorgar",
  "roster.scholarships.fullOf": "Beca completa ({amount})",
  "roster.scholarships.award": "Beca parcial ({currency})",
  "roster.scholarships.awardHint": "Solo para una beca parcial: un monto de hasta {amount}.",
  "roster.scholarships.message": "Mensaje para la persona (opcional)",
  "roster.scholarships.messageHint": "Va en el correo que le cuenta tu decisión.",
  "roster.scholarships.submit": "Guardar la decisión",
  "roster.scholarships.saved": "Guardado, y le enviamos un correo con tu decisión.",
  "roster.scholarships.decidedTitle": "Decisiones recientes",
  "roster.scholarships.decidedEmpty": "Todavía no hay decisiones.",
  "roster.scholarships.decidedAt": "Decidida",
  "roster.scholarships.by": "por {name}",
  "roster.scholarships.errors.decision": "Elige una decisión: beca completa, parcial o no otorgar.",
  "roster.scholarships.errors.amount": "Escribe la beca como un monto, por ejemplo 75 o 75.50.",

  "roster.prerequisites.title": "Requisitos hechos en otro lugar",
  "roster.prerequisites.lede":
    "Personas que hicieron una capacitación requerida en otro lugar y nos lo contaron. Al aprobarlo cuenta como hecho, y pueden inscribirse en el siguiente curso.",
  "roster.prerequisites.empty": "No hay nada esperando una decisión.",
  "roster.prerequisites.course": "Cuenta como",
  "roster.prerequisites.provider": "Impartida por",
  "roster.prerequisites.completedOn": "Terminada el",
  "roster.prerequisites.declared": "Nos lo contó",
  "roster.prerequisites.evidence": "Su comprobante",
  "roster.prerequisites.approve": "Aprobar",
  "roster.prerequisites.decline": "No aprobar",
  "roster.prerequisites.approved": "Aprobado. Ahora cuenta como hecho.",
  "roster.prerequisites.declined": "No aprobado.",

  "roster.partnerNav.label": "Páginas de la organización aliada",
  "roster.partnerNav.organization": "Tu organización",
  "roster.partnerNav.registrations": "Inscripciones del personal",
  "roster.partnerNav.register": "Inscribir al personal",
  "roster.partner.title": "Inscripciones del personal",
  "roster.partner.lede":
    "Todas las personas que inscribió tu organización, sesión por sesión: quién tiene un lugar, quién tiene una oferta por responder y en qué puesto de la lista están las demás.",
  "roster.partner.empty":
    "Tu organización todavía no ha inscrito a nadie. Usa «Inscribir al personal» para inscribir a un grupo en una sesión.",
  "roster.partner.place": "Puesto {place} en la lista de espera",
  "roster.partner.offerEnds": "Oferta abierta hasta {when}",
  "roster.partner.inGroup": "Inscrita en grupo",
  "roster.partner.doneSeats":
    "Listo: {count, plural, one {el lugar está confirmado} other {los # lugares están confirmados}}. Cada persona recibe un correo con los detalles.",
  "roster.partner.doneWaiting":
    "La sesión está llena, así que tu grupo de {count} tiene el puesto {place} en la lista de espera, como una sola entrada. Cuando se liberen lugares para todo el grupo, recibirá una oferta en conjunto.",
  "roster.partner.doneApplication":
    "La solicitud para {count, plural, one {# persona} other {# personas}} llegó. Alguien del centro la decidirá, y cada persona recibe un correo.",

  "roster.staff.pageTitle": "Inscribir al personal",
  "roster.staff.title": "Inscribir al personal en una capacitación",
  "roster.staff.lede":
    "Inscribe a varias personas de tu organización de una vez. Obtienen sus lugares juntas, o esperan juntas en la lista como una sola entrada, para que nadie quede separado del grupo.",
  "roster.staff.noOrganization": "No administras una organización aliada, así que aquí no hay a quién inscribir.",
  "roster.staff.noSessions":
    "Ahora ninguna sesión acepta inscripciones. Las nuevas aparecen aquí en cuanto abren las inscripciones.",
  "roster.staff.chooseTitle": "1. Elige la sesión",
  "roster.staff.organization": "Organización",
  "roster.staff.session": "Sesión",
  "roster.staff.choose": "Continuar",
  "roster.staff.peopleTitle": "2. Quiénes van a {course} ({when})",
  "roster.staff.explain":
    "Quedan inscritas por {organization}. Quien no tenga cuenta recibe una y puede entrar con un enlace que le llega por correo.",
  "roster.staff.explainApplication":
    "Este curso pide una solicitud, así que el grupo pasa al centro para que lo decida.",
  "roster.staff.people": "Personas",
  "roster.staff.peopleHint":
    "Un nombre y un correo por persona; deja vacías las filas que sobren. Hasta {max} personas.",
  "roster.staff.person": "Persona {number}",
  "roster.staff.name": "Nombre {number}",
  "roster.staff.email": "Correo {number}",
  "roster.staff.addRow": "Agregar otra fila",
  "roster.staff.consent": "Cada persona sabe qué guardamos y quién lo ve",
  "roster.staff.consentHint":
    "Sus respuestas se guardan con su inscripción y las ven quienes administran el centro y quienes facilitan la sesión. Tú ves sus nombres y en qué punto están.",
  "roster.staff.next":
    "Después: si hay lugares para todas, quedan confirmadas juntas; si no, el grupo espera en la lista como una sola entrada. Cada persona recibe un correo.",
  "roster.staff.submit": "Inscribir al grupo",
  "roster.staff.errors.session": "Esa sesión ya no acepta inscripciones. Elige otra.",
  "roster.staff.errors.nobody": "Escribe el nombre y el correo de al menos una persona.",
};
