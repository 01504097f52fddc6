// Español: "eliminar mi cuenta" — la sección de la página de privacidad, la página que dice qué se borra y qué se guarda
// antes de confirmar, el correo que avisa que ya está hecho y la cola de privacidad de quienes administran.
import type { deletion as en } from "../en/deletion.ts";

export const deletion: Record<keyof typeof en, string> = {
  "deletion.section.title": "Eliminar mi cuenta",
  "deletion.section.lede":
    "Puedes eliminar tu cuenta cuando quieras. La página siguiente dice qué borramos, qué debemos guardar y por qué, y te pide tu contraseña antes de hacer nada.",
  "deletion.section.link": "Leer qué significa eliminarla",

  "deletion.title": "Eliminar mi cuenta",
  "deletion.lede":
    "Tómate tu tiempo. No pasa nada hasta que confirmes al final de esta página. Una vez que confirmes, no se puede deshacer.",
  "deletion.exportFirst":
    "Quizás quieras descargar tus datos antes, desde tu página de privacidad. Cuando tu cuenta se elimine, ya no podremos prepararlos.",
  "deletion.deleted.title": "Lo que borramos",
  "deletion.deleted.profile": "Tu perfil: nombre, nombre legal, pronombres, correo electrónico, condado e idioma.",
  "deletion.deleted.answers":
    "Lo que nos dijiste al inscribirte: tus respuestas, pronombres, necesidades de acceso y cualquier nota de beca.",
  "deletion.deleted.places":
    "Tus lugares en capacitaciones que no han terminado. Cada lugar pasa a la siguiente persona que lo espera.",
  "deletion.deleted.journal":
    "Tu diario. Su clave se destruye, así que ninguna copia, ni siquiera en un respaldo, se puede volver a leer.",
  "deletion.deleted.circles": "Tu participación en círculos, y tus respuestas y asistencia en ellos.",
  "deletion.deleted.ce":
    "Tus certificaciones, tus horas de educación continua y los archivos de evidencia que subiste.",
  "deletion.deleted.trainer": "Tu perfil y foto de facilitador/a, y tus palabras en la página de impacto.",
  "deletion.deleted.signIn":
    "Tu contraseña, tus sesiones y tus tokens de API. Se cierra tu sesión en todas partes a la vez.",
  "deletion.deleted.consents":
    "Tus consentimientos se cierran, y las organizaciones aliadas dejan de ver cualquier cosa sobre ti.",
  "deletion.kept.title": "Lo que guardamos, y por qué",
  "deletion.kept.completion":
    "Por cada capacitación que terminaste: que alguien la completó, con las fechas y las horas, bajo el nombre «Deleted account» (cuenta eliminada). Las juntas de certificación y quienes financian dependen de estas cifras, y el centro debe poder mostrar que las capacitaciones que informó sí ocurrieron.",
  "deletion.kept.audit":
    "El registro del centro de lo que pasó (por ejemplo, que se devolvió un lugar), para que el centro pueda dar cuenta de sus decisiones. Quitamos de él tu nombre, tu correo y tu dirección de red.",
  "deletion.kept.noContact": "Ninguno de los dos guarda tu nombre ni forma alguna de contactarte.",
  "deletion.credentials.legend": "Tus certificados y credenciales",
  "deletion.credentials.count":
    "{count, plural, =0 {No tienes credenciales del centro.} one {Tienes # credencial del centro.} other {Tienes # credenciales del centro.}}",
  "deletion.credentials.keep":
    "Mantenerlas verificables. Quien tenga un certificado tuyo puede seguir comprobándolo, con el nombre impreso en él. Ese nombre queda solo dentro de la credencial.",
  "deletion.credentials.revoke":
    "Revocarlas. Al comprobar una, dirá que fue revocada, así que ya no muestra tu capacitación.",
  "deletion.password.label": "Tu contraseña",
  "deletion.password.hint": "Para saber que de verdad eres tú.",
  "deletion.whatHappens":
    "Cuando confirmes, se cerrará tu sesión en todas partes. Terminamos en pocos minutos y te avisamos por correo, a la dirección que tienes ahora, cuando esté hecho.",
  "deletion.submit": "Eliminar mi cuenta",
  "deletion.signedOut":
    "Tu cuenta se está eliminando. Tu sesión está cerrada y te avisaremos por correo cuando esté hecho. Cuídate.",

  "deletion.errors.passwordMissing": "Escribe tu contraseña para confirmar.",
  "deletion.errors.passwordWrong":
    "Esa contraseña no es correcta. Inténtalo de nuevo, o restablécela desde la página de inicio de sesión.",
  "deletion.errors.noPassword":
    "Tu cuenta no tiene contraseña. Usa «¿Olvidaste tu contraseña?» en la página de inicio de sesión para crear una y vuelve aquí.",
  "deletion.errors.choiceMissing": "Elige qué pasa con tus credenciales.",
  "deletion.errors.alreadyRequested": "Tu cuenta ya se está eliminando. Te avisaremos por correo cuando esté hecho.",
  "deletion.errors.lastAdmin":
    "Eres la única persona que administra el centro. Primero nombra a alguien más, para que el centro siga teniendo quien lo lleve.",

  "deletion.mail.subject": "Tu cuenta fue eliminada",
  "deletion.mail.body":
    "Como lo pediste, eliminamos tu cuenta el {time}. Tu perfil, tus respuestas, tu diario y tus sesiones ya no existen.",
  "deletion.mail.credentialsKept": "Tus credenciales siguen siendo verificables con el nombre impreso en ellas.",
  "deletion.mail.credentialsRevoked": "Tus credenciales están revocadas: al comprobarlas, ahora lo dice.",
  "deletion.mail.recordsKept":
    "Guardamos constancia de las capacitaciones que completaste y el registro del centro de lo que pasó, bajo el nombre «Deleted account» (cuenta eliminada) y sin forma de contactarte.",
  "deletion.mail.afterword":
    "Este es el último correo que enviamos a esta dirección. Si no lo pediste, comunícate con el equipo del centro.",

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
