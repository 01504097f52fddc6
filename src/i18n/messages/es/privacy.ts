// Español: la página de privacidad de cada persona — lo que aceptó (con las palabras que vio) y "descargar mis datos".
import type { privacy as en } from "../en/privacy.ts";

export const privacy: Record<keyof typeof en, string> = {
  "privacy.nav": "Privacidad",
  "privacy.title": "Tu privacidad",
  "privacy.lede":
    "Lo que aceptaste, y cuándo, con las palabras que viste en ese momento. Puedes retirar cualquiera aquí; cada una dice qué pasa al retirarla antes de que decidas.",

  "privacy.wording.registration_answers.v1":
    "Guardamos tus respuestas, tus pronombres, lo que necesites para participar y el precio que elegiste junto con esta inscripción. Los ven el equipo del centro y los capacitadores de esta capacitación. Una nota para pedir beca la leen solo quienes administran el centro. Ni otras personas participantes ni las organizaciones aliadas ven nada de esto. Entiendo qué se guarda y quién lo ve.",
  "privacy.wording.partner_sharing.v1":
    "Una organización aliada no ve nada de usted a menos que acepte su vínculo, y luego solo lo que marque. Puede cambiarlo o retirarse cuando quiera.",
  "privacy.wording.trainer_public_profile.v1":
    "Mostrar mi perfil en las páginas de capacitaciones y en la página pública de facilitadores. Puedes cambiarlo cuando quieras. Hasta que lo elijas, no se muestra nada.",
  "privacy.wording.testimonial.v1":
    "Acepto que el hub publique estas palabras en su página pública de impacto, con el nombre que elegí. El personal del hub las lee primero y puede decidir no publicarlas. Puede retirarlas cuando quiera en esta página, y se quitan en el acto.",
  "privacy.wording.impact_county.v1":
    'Si quiere, díganos el condado de Oregón donde vive o trabaja. Solo lo usamos para contar, en grupos de 5 o más, a qué condados llegan nuestras capacitaciones; nunca se muestra con su nombre. Puede cambiarlo o quitarlo cuando quiera; si elige "Prefiero no decirlo", se borra.',
  // La versión 1 de arriba queda tal cual: es lo que aceptaron quienes la vieron. La 2 dice «tú» y «centro».
  "privacy.wording.partner_sharing.v2":
    "Una organización aliada no ve nada de ti a menos que aceptes su vínculo, y luego solo lo que marques. Puedes cambiarlo o retirarte cuando quieras.",
  "privacy.wording.testimonial.v2":
    "Acepto que el centro publique estas palabras en su página pública de impacto, con el nombre que elegí. El personal del centro las lee primero y puede decidir no publicarlas. Puedes retirarlas cuando quieras en esta página, y se quitan en el acto.",
  // La 2 de la inscripción dice «quienes facilitan» en lugar de «capacitadores».
  "privacy.wording.registration_answers.v2":
    "Guardamos tus respuestas, tus pronombres, lo que necesites para participar y el precio que elegiste junto con esta inscripción. Los ven el equipo del centro y quienes facilitan esta capacitación. Una nota para pedir beca la leen solo quienes administran el centro. Ni otras personas participantes ni las organizaciones aliadas ven nada de esto. Entiendo qué se guarda y quién lo ve.",
  "privacy.wording.impact_county.v2":
    "Si quieres, dinos el condado de Oregón donde vives o trabajas. Solo lo usamos para contar, en grupos de 5 o más, a qué condados llegan nuestras capacitaciones; nunca se muestra con tu nombre. Puedes cambiarlo o quitarlo cuando quieras; si eliges «Prefiero no decirlo», se borra.",

  "privacy.purpose.registration_answers": "Lo que nos dijiste al inscribirte",
  "privacy.purpose.partner_sharing": "Compartir con una organización aliada",
  "privacy.purpose.trainer_public_profile": "Tu perfil público de facilitador",
  "privacy.purpose.testimonial": "Tus palabras en la página de impacto",
  "privacy.purpose.impact_county": "Tu condado, en las cifras de impacto",

  "privacy.withdraw.erase_registration_answers":
    "Tu lugar en la capacitación sigue igual. Borramos las respuestas, los pronombres y lo que necesitabas para participar que diste con esta inscripción, así que quienes facilitan ya no los verán. Si aún necesitas algo para ese día, puedes decírselo directamente al equipo del centro.",
  "privacy.withdraw.end_staff_link":
    "Tu vínculo con esta organización termina, y desde ahora no ve nada de ti. Lo que ya vio no se puede deshacer, pero no le llega nada nuevo. Puedes pedir vincularte otra vez más adelante.",
  "privacy.withdraw.hide_trainer_profile":
    "Tu perfil sale enseguida de las páginas de capacitaciones y de la página pública de facilitadores. Tus palabras quedan guardadas para ti, y puedes mostrarlas otra vez desde tu perfil de facilitador.",
  "privacy.withdraw.remove_testimonial": "Tus palabras salen de la página de impacto y se borran del centro.",
  "privacy.withdraw.remove_county": "Se borra tu condado, así que ya no cuentas en las cifras de ningún condado.",

  "privacy.consents.title": "Lo que aceptaste",
  "privacy.consents.empty": "Nada todavía. Cuando el centro te pida tu acuerdo, aparecerá aquí.",
  "privacy.consents.given": "Aceptado el {date}, versión {version} del texto, en {language}.",
  "privacy.consents.recordedByStaff": "Alguien del equipo lo marcó por ti al inscribirte.",
  "privacy.consents.earlierWording":
    "Aceptaste un texto anterior al que usamos ahora. Sigue valiendo tal como lo aceptaste.",
  "privacy.consents.wordingLabel": "Las palabras que viste",
  "privacy.consents.registration": "Inscripción en {course}",
  "privacy.consents.organization": "Con {organization}",
  "privacy.consents.whatWithdrawingDoes": "Qué pasa si lo retiras",
  "privacy.consents.withdraw": "Retirar",
  "privacy.consents.withdrawn": "Listo. Retiraste tu consentimiento, y lo que permitía ya se detuvo.",
  "privacy.language.en": "inglés",
  "privacy.language.es": "español",

  "privacy.errors.consentNotFound": "No encontramos ese consentimiento. Puede que sea de otra cuenta.",
  "privacy.errors.alreadyWithdrawn": "Ese consentimiento ya está retirado. No hay nada más que hacer.",

  "privacy.export.title": "Descargar mis datos",
  "privacy.export.lede":
    "Un archivo ZIP con todo lo que el centro guarda sobre ti: tu perfil, tus inscripciones y tus respuestas, asistencia, certificados y credenciales, certificaciones con tus horas de educación continua y los archivos que subiste, círculos, tu diario, tus consentimientos y los registros que hablan de ti. Lo preparamos en segundo plano y te enviamos un enlace por correo. El enlace funciona siete días, y solo con tu sesión iniciada.",
  "privacy.export.request": "Preparar mis datos",
  "privacy.export.requested":
    "Estamos preparando tu archivo. Te enviaremos un enlace por correo cuando esté listo, normalmente en unos minutos.",
  "privacy.export.pending": "En preparación desde {time}. Te escribiremos cuando esté listo.",
  "privacy.export.ready": "Listo. Te enviamos el enlace por correo; funciona hasta el {time}, con tu sesión iniciada.",
  "privacy.export.expired": "Esta descarga ya venció. Puedes preparar una nueva en tu página de privacidad.",
  "privacy.export.notReady": "Este archivo todavía se está preparando. Te escribiremos cuando esté listo.",
  "privacy.export.notFound": "No encontramos esta descarga. Si es tuya, inicia sesión con la cuenta que la pidió.",
  "privacy.errors.exportPending": "Tu archivo ya se está preparando. Te escribiremos cuando esté listo.",

  "privacy.mail.export.subject": "Tus datos están listos para descargar",
  "privacy.mail.export.body":
    "El archivo con todo lo que el centro guarda sobre ti está listo. Inicia sesión y descárgalo con el enlace de abajo; funciona hasta el {time}.",
  "privacy.mail.export.action": "Descargar mis datos",
  "privacy.mail.export.afterword":
    "Si no lo pediste, inicia sesión y cambia tu contraseña: solo quien tenga tu sesión iniciada puede descargarlo.",

  "privacy.readme.title": "Todo lo que el centro guarda sobre ti",
  "privacy.readme.intro":
    "Estos archivos son tuyos. Cada archivo JSON es texto que puedes abrir con cualquier editor. Las fechas y horas están en UTC.",
  "privacy.readme.profile": "tu cuenta: nombre, nombre legal, pronombres, correo, idioma, zona horaria, condado",
  "privacy.readme.registrations":
    "cada inscripción con su historial de estados, tus respuestas, pronombres, lo que necesitabas para participar, el precio y cualquier pedido de beca",
  "privacy.readme.attendance": "los minutos presentes en cada encuentro, y cada decisión de finalización",
  "privacy.readme.certificates": "los certificados emitidos a tu nombre, con lo que dice cada uno",
  "privacy.readme.credentials": "cada credencial tal como se emitió: el JSON firmado de Open Badges y su VC-JWT",
  "privacy.readme.certifications": "las certificaciones que tienes",
  "privacy.readme.ce_hours":
    "las horas de educación continua que registraste fuera del centro; los archivos que subiste están en la carpeta evidence",
  "privacy.readme.circles":
    "los círculos de correflexión a los que perteneces o perteneciste, tus respuestas y tu asistencia",
  "privacy.readme.journal": "tu diario de práctica: entradas e intenciones",
  "privacy.readme.consents": "lo que aceptaste, con la versión del texto, el idioma y la hora",
  "privacy.readme.audit":
    "los registros del centro sobre ti o hechos por ti (nunca las respuestas ni las contraseñas de nadie)",
  "privacy.readme.evidence": "Archivos que subiste como evidencia:",
  "privacy.readme.journal.none": "No tienes diario, así que journal.json está vacío.",
  "privacy.readme.journal.opened": "Tu diario se guarda sellado con tu propia clave; lo abrimos para este archivo.",
  "privacy.readme.journal.sealed":
    "No se pudo abrir tu diario en el servidor (su clave ya no coincide con el secreto del centro), así que journal.json lo contiene todavía sellado, tal como está guardado.",
};
