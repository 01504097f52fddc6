// Español: centros de confianza (otros centros IPS cuyas credenciales cuentan aquí) y requisitos con una credencial.
import type { trust as en } from "../en/trust.ts";

export const trust: Record<keyof typeof en, string> = {
  "trust.nav": "Centros de confianza",
  "trust.admin.title": "Centros de confianza",
  "trust.admin.lede":
    "Otros centros IPS cuyas credenciales digitales cuentan aquí por sí solas. Cuando alguien muestra una credencial de un centro de esta lista, de una capacitación que relacionaste con uno de tus cursos, y la credencial lo nombra, cuenta de inmediato. Todo lo demás llega a Requisitos hechos en otro lugar para que decidas.",
  "trust.admin.empty": "Todavía no hay ningún centro de confianza.",
  "trust.admin.add": "Confiar en otro centro",
  "trust.admin.added": "Agregado. Ahora relaciona sus capacitaciones con tus cursos.",
  "trust.admin.saved": "Guardado.",
  "trust.admin.activated": "De nuevo de confianza. Sus credenciales cuentan desde ahora.",
  "trust.admin.deactivated":
    "Ya no es de confianza. Las credenciales de este centro irán a la cola; lo que ya cuenta sigue contando.",
  "trust.admin.mapped": "Relacionada.",
  "trust.admin.unmapped": "Relación quitada.",
  "trust.field.issuerId": "Id del emisor",
  "trust.field.issuerIdHint":
    "La dirección que sus credenciales nombran como emisor, casi siempre la del propio centro, como https://ips.example.org.",
  "trust.field.name": "Nombre que se muestra aquí",
  "trust.field.keyOrigin": "Dónde están sus claves",
  "trust.field.keyOriginHint":
    "El sitio del que deben venir sus claves de firma. Déjalo vacío para usar el sitio del id del emisor.",
  "trust.field.achievementId": "Id de su capacitación",
  "trust.field.achievementIdHint":
    "El id del logro en sus credenciales, como urn:uuid:…. Es lo más seguro; déjalo vacío para relacionar por nombre.",
  "trust.field.achievementName": "Nombre de su capacitación",
  "trust.field.achievementNameHint": "Se usa si no das un id: el nombre tal como lo escriben sus credenciales.",
  "trust.field.course": "Aquí cuenta como",
  "trust.field.courseChoose": "Elige un curso",
  "trust.issuer.active": "De confianza",
  "trust.issuer.inactive": "Ahora no es de confianza",
  "trust.issuer.addedBy": "Lo agregó {name} el {date}",
  "trust.issuer.addedOn": "Agregado el {date}",
  "trust.issuer.keys": "Claves de {origin}",
  "trust.issuer.edit": "Cambiar el nombre o el lugar de las claves",
  "trust.issuer.save": "Guardar",
  "trust.issuer.deactivate": "Dejar de confiar",
  "trust.issuer.activate": "Volver a confiar",
  "trust.mappings.title": "Sus capacitaciones que cuentan aquí",
  "trust.mappings.empty":
    "Todavía no hay ninguna relación: sus credenciales irán a la cola hasta que relaciones una capacitación.",
  "trust.mappings.byId": "Id {id}",
  "trust.mappings.byName": "Llamada «{name}»",
  "trust.mappings.counts": "cuenta como {course}",
  "trust.mappings.add": "Relacionar una capacitación",
  "trust.mappings.removeExplain":
    "Sus credenciales de esta capacitación ya no contarán como {course} por sí solas. Lo que ya cuenta sigue contando.",
  "trust.mappings.remove": "Quitar",
  "trust.errors.issuerId": "Escribe la dirección web del emisor, que empiece por https://",
  "trust.errors.name": "Escribe un nombre de hasta 200 caracteres",
  "trust.errors.keyOrigin": "Escribe una dirección web que empiece por https://, o déjalo vacío",
  "trust.errors.duplicate": "Ese centro ya está en la lista.",
  "trust.errors.achievementId": "Escribe un id de hasta 500 caracteres",
  "trust.errors.achievementName": "Escribe un nombre de hasta 200 caracteres",
  "trust.errors.achievementMissing": "Indica el id de su capacitación o su nombre",
  "trust.errors.course": "Elige uno de tus cursos",
  "trust.errors.credentialMissing": "Pega tu credencial o elige su archivo",
  "trust.errors.credentialTooLarge": "Ese archivo es más grande de lo que puede ser una credencial (256 KB)",

  "trust.declare.title": "O muestra una credencial digital",
  "trust.declare.lede":
    "Si otro centro IPS te dio una credencial digital por esa capacitación (un archivo .json o un código largo), puedes usarla en su lugar. Si viene de un centro de confianza y te nombra, cuenta de inmediato.",
  "trust.declare.paste": "Pega tu credencial",
  "trust.declare.pasteHint":
    "El JSON o el código (VC-JWT) del otro centro. Para comprobarla solo leemos las claves públicas de ese centro.",
  "trust.declare.file": "O elige el archivo de la credencial",
  "trust.declare.submit": "Comprobar mi credencial",
  "trust.declare.accepted": "Tu credencial es válida: {course} ya cuenta como hecha.",
  "trust.declare.queued":
    "Gracias, la recibimos. No pudo contar por sí sola, así que el equipo del centro la revisará; verás el resultado abajo.",

  "trust.reason.notVerified":
    "La credencial no pasó sus comprobaciones (puede que la hayan cambiado, revocado o que haya vencido).",
  "trust.reason.untrustedIssuer": "Viene de un centro que no está en la lista de confianza de este centro.",
  "trust.reason.keyElsewhere": "Se firmó con una clave de un lugar distinto de donde están las claves de ese centro.",
  "trust.reason.notMapped": "La capacitación de ese centro no está relacionada con este curso.",
  "trust.reason.namesSomeoneElse": "La credencial nombra a alguien con otra dirección de correo.",
  "trust.reason.namesNoOne": "La credencial no nombra a nadie por su correo.",
  "trust.queue.reason": "Por qué te necesita",
  "trust.queue.report": "Lo que encontró la comprobación",
  "trust.queue.issuer": "Emitida por {issuer}",
  "trust.mine.reason": "El equipo del centro la está revisando porque: {reason}",
};
