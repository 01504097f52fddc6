// Español: "eliminar mi cuenta" — la sección de la página de privacidad, la página que dice qué se borra y qué se guarda
// antes de confirmar, el correo que avisa que ya está hecho y la cola de privacidad de quienes administran.
import type { deletion as en } from "../en/deletion.ts";

export const deletion: Record<keyof typeof en, string> = {
  "deletion.section.title": "Eliminar mi cuenta",
  "deletion.section.lede":
    "Puede eliminar su cuenta cuando quiera. La página siguiente dice qué borramos, qué debemos guardar y por qué, y le pide su contraseña antes de hacer nada.",
  "deletion.section.link": "Leer qué significa eliminarla",

  "deletion.title": "Eliminar mi cuenta",
  "deletion.lede":
    "Tómese su tiempo. No pasa nada hasta que confirme al final de esta página. Una vez que confirme, no se puede deshacer.",
  "deletion.exportFirst":
    "Quizás quiera descargar sus datos antes, desde su página de privacidad. Cuando su cuenta se elimine, ya no podremos prepararlos.",
  "deletion.deleted.title": "Lo que borramos",
  "deletion.deleted.profile": "Su perfil: nombre, nombre legal, pronombres, correo electrónico, condado e idioma.",
  "deletion.deleted.answers":
    "Lo que nos dijo al inscribirse: sus respuestas, pronombres, necesidades de acceso y cualquier nota de beca.",
  "deletion.deleted.places":
    "Sus lugares en capacitaciones que no han terminado. Cada lugar pasa a la siguiente persona que lo espera.",
  "deletion.deleted.journal":
    "Su diario. Su clave se destruye, así que ninguna copia, ni siquiera en un respaldo, se puede volver a leer.",
  "deletion.deleted.circles": "Su participación en círculos, y sus respuestas y asistencia en ellos.",
  "deletion.deleted.ce": "Sus certificaciones, sus horas de educación continua y los archivos de evidencia que subió.",
  "deletion.deleted.trainer": "Su perfil y foto de capacitador/a, y sus palabras en la página de impacto.",
  "deletion.deleted.signIn":
    "Su contraseña, sus sesiones y sus tokens de API. Se cierra su sesión en todas partes a la vez.",
  "deletion.deleted.consents":
    "Sus consentimientos se cierran, y las organizaciones aliadas dejan de ver cualquier cosa sobre usted.",
  "deletion.kept.title": "Lo que guardamos, y por qué",
  "deletion.kept.completion":
    "Por cada capacitación que terminó: que alguien la completó, con las fechas y las horas, bajo el nombre “Deleted account” (cuenta eliminada). Las juntas de certificación y quienes financian dependen de estas cifras, y el centro debe poder mostrar que las capacitaciones que informó sí ocurrieron.",
  "deletion.kept.audit":
    "El registro del centro de lo que pasó (por ejemplo, que se devolvió un lugar), para que el centro pueda dar cuenta de sus decisiones. Quitamos de él su nombre, su correo y su dirección de red.",
  "deletion.kept.noContact": "Ninguno de los dos guarda su nombre ni forma alguna de contactarle.",
  "deletion.credentials.legend": "Sus certificados y credenciales",
  "deletion.credentials.count":
    "{count, plural, =0 {No tiene credenciales del centro.} one {Tiene # credencial del centro.} other {Tiene # credenciales del centro.}}",
  "deletion.credentials.keep":
    "Mantenerlas verificables. Quien tenga un certificado suyo puede seguir comprobándolo, con el nombre impreso en él. Ese nombre queda solo dentro de la credencial.",
  "deletion.credentials.revoke":
    "Revocarlas. Al comprobar una, dirá que fue revocada, así que ya no muestra su capacitación.",
  "deletion.password.label": "Su contraseña",
  "deletion.password.hint": "Para saber que de verdad es usted.",
  "deletion.whatHappens":
    "Cuando confirme, se cerrará su sesión en todas partes. Terminamos en pocos minutos y le avisamos por correo, a la dirección que tiene ahora, cuando esté hecho.",
  "deletion.submit": "Eliminar mi cuenta",
  "deletion.signedOut":
    "Su cuenta se está eliminando. Su sesión está cerrada y le avisaremos por correo cuando esté hecho. Cuídese.",

  "deletion.errors.passwordMissing": "Escriba su contraseña para confirmar.",
  "deletion.errors.passwordWrong":
    "Esa contraseña no es correcta. Inténtelo de nuevo, o restablézcala desde la página de inicio de sesión.",
  "deletion.errors.noPassword":
    "Su cuenta no tiene contraseña. Use “¿Olvidó su contraseña?” en la página de inicio de sesión para crear una y vuelva aquí.",
  "deletion.errors.choiceMissing": "Elija qué pasa con sus credenciales.",
  "deletion.errors.alreadyRequested": "Su cuenta ya se está eliminando. Le avisaremos por correo cuando esté hecho.",
  "deletion.errors.lastAdmin":
    "Usted es la única persona que administra el centro. Primero nombre a alguien más, para que el centro siga teniendo quien lo lleve.",

  "deletion.mail.subject": "Su cuenta fue eliminada",
  "deletion.mail.body":
    "Como lo pidió, eliminamos su cuenta el {time}. Su perfil, sus respuestas, su diario y sus sesiones ya no existen.",
  "deletion.mail.credentialsKept": "Sus credenciales siguen siendo verificables con el nombre impreso en ellas.",
  "deletion.mail.credentialsRevoked": "Sus credenciales están revocadas: al comprobarlas, ahora lo dice.",
  "deletion.mail.recordsKept":
    "Guardamos constancia de las capacitaciones que completó y el registro del centro de lo que pasó, bajo el nombre “Deleted account” (cuenta eliminada) y sin forma de contactarle.",
  "deletion.mail.afterword":
    "Este es el último correo que enviamos a esta dirección. Si usted no pidió esto, comuníquese con el equipo del centro.",

  "deletion.admin.nav": "Cola de privacidad",
  "deletion.admin.title": "Cola de privacidad",
  "deletion.admin.lede":
    "Solicitudes para eliminar una cuenta. Nadie puede detener una solicitud una vez hecha: el centro la cumple en pocos minutos. Esta lista muestra solo fechas, nunca quién la pidió ni qué se borró.",
  "deletion.admin.empty": "Nadie ha pedido eliminar su cuenta.",
  "deletion.admin.column.reference": "Solicitud",
  "deletion.admin.column.requested": "Pedida el",
  "deletion.admin.column.completed": "Hecha el",
  "deletion.admin.column.status": "Estado",
  "deletion.admin.status.pending": "Pendiente",
  "deletion.admin.status.completed": "Completada",
  "deletion.admin.notYet": "Todavía no",
  "deletion.admin.pages": "Páginas de la cola de privacidad",
  "deletion.admin.newest": "Más recientes",
  "deletion.admin.older": "Anteriores",
};
