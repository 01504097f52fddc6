// Español: iniciar sesión, crear una cuenta, confirmar el correo y recuperar la contraseña.
import type { auth as en } from "../en/auth.ts";

export const auth: Record<keyof typeof en, string> = {
  "auth.fields.email": "Correo electrónico",
  "auth.fields.emailHint":
    "Te enviaremos un enlace aquí para confirmar que es tuyo. Solo te escribimos sobre tu cuenta y tus capacitaciones.",
  "auth.fields.password": "Contraseña",
  "auth.fields.newPassword": "Nueva contraseña",
  "auth.fields.newPasswordHint":
    "Al menos {min} caracteres. Unas cuantas palabras comunes seguidas son fáciles de recordar y difíciles de adivinar.",
  "auth.fields.name": "Nombre elegido",
  "auth.fields.nameHint":
    "El nombre que quieres que usemos. No tiene que coincidir con ningún documento. Solo pedimos tu nombre legal cuando obtienes un certificado.",
  "auth.fields.remember": "Mantener mi sesión abierta en este dispositivo",
  "auth.fields.rememberHint":
    "Desmarca esta casilla en una computadora compartida o pública. La sesión se cerrará cuando cierres el navegador.",

  "auth.errors.emailRequired": "Escribe tu correo electrónico",
  "auth.errors.emailInvalid": "Escribe un correo como nombre@ejemplo.org",
  "auth.errors.passwordRequired": "Escribe tu contraseña",
  "auth.errors.passwordTooShort": "Usa al menos {min} caracteres",
  "auth.errors.passwordTooLong": "Usa {max} caracteres o menos",
  "auth.errors.nameRequired": "Escribe el nombre que quieres que usemos",
  "auth.errors.nameTooLong": "Usa {max} caracteres o menos",
  "auth.errors.rateLimited":
    "Hubo muchos intentos en poco tiempo, así que pausamos esto por ahora para proteger las cuentas. Vuelve a intentarlo en {minutes, plural, one {# minuto} other {# minutos}}.",

  "auth.signIn.title": "Iniciar sesión",
  "auth.signIn.lede": "Qué bueno verte de nuevo. Inicia sesión para ver tus capacitaciones y tu cuenta.",
  "auth.signIn.submit": "Iniciar sesión",
  "auth.signIn.refused":
    "Ese correo y esa contraseña no coinciden con ninguna cuenta. Revisa los dos y vuelve a intentarlo, o elige una nueva contraseña.",
  "auth.signIn.forgot": "¿Olvidaste tu contraseña?",
  "auth.signIn.useLink": "Mejor envíame un enlace para entrar",
  "auth.signIn.noAccount": "¿Es tu primera vez aquí?",
  "auth.signIn.createAccount": "Crea una cuenta",
  "auth.signIn.notice.passwordReset": "Guardamos tu nueva contraseña. Ya puedes iniciar sesión con ella.",
  "auth.signIn.notice.passwordResetTokens":
    "Por tu seguridad, también desactivamos los tokens de la API de tu cuenta. Si algún programa usa uno, crea un token nuevo cuando inicies sesión.",
  "auth.signIn.notice.confirmed": "Tu correo está confirmado. Inicia sesión, por favor.",
  "auth.signIn.notice.emailChanged": "Tu nuevo correo está confirmado. Desde ahora, inicia sesión con él.",
  "auth.signIn.notice.signInFirst": "Inicia sesión para continuar. Te llevaremos de vuelta a la página donde estabas.",
  "auth.signIn.toRegister.title": "Para inscribirte, inicia sesión o crea una cuenta gratuita",
  "auth.signIn.toRegister.lede":
    "Te estás inscribiendo en {training}. Elijas lo que elijas, te traemos de vuelta aquí.",
  "auth.signIn.toRegister.newTitle": "Primera vez aquí",
  "auth.signIn.toRegister.newBody":
    "La cuenta es gratuita y toma un minuto: tu nombre, tu correo y una contraseña. Te enviamos un enlace para confirmar tu correo, y ese enlace te trae de vuelta a esta capacitación.",
  "auth.signIn.toRegister.create": "Crear una cuenta gratuita",
  "auth.signIn.toRegister.haveTitle": "Ya tengo una cuenta",
  "auth.signIn.unconfirmed.title": "Primero confirma tu correo",
  "auth.signIn.unconfirmed.body":
    "Tu contraseña es correcta, pero todavía necesitamos saber que este correo es tuyo. Abre el enlace que te enviamos cuando creaste tu cuenta. Si no lo encuentras, podemos enviarte uno nuevo.",
  "auth.signIn.unconfirmed.resend": "Envíame un enlace nuevo",

  "auth.demo.title": "Cuentas de demostración",
  "auth.demo.body":
    "Este es un centro de demostración con personas inventadas. Todas las cuentas de demostración usan la misma contraseña:",
  "auth.demo.signInAs": "Entrar como {name}",

  "auth.signUp.title": "Crear una cuenta",
  "auth.signUp.lede":
    "Con una cuenta puedes inscribirte en capacitaciones, tener tus certificados en un solo lugar y unirte a la co-reflexión. Es gratis.",
  "auth.signUp.next":
    "Lo que sigue: te enviamos un enlace por correo. Ábrelo para confirmar tu dirección y entrarás a tu cuenta.",
  "auth.signUp.privacy": "Lo que compartes con nosotros es privado y nunca lo vendemos.",
  "auth.signUp.privacyLink": "Cómo cuidamos tu información",
  "auth.signUp.submit": "Crear cuenta",
  "auth.signUp.continuing":
    "Cuando abras el enlace de nuestro correo, te traemos de vuelta para inscribirte en {training}. No se pierde nada mientras tanto.",
  "auth.signUp.haveAccount": "¿Ya tienes una cuenta?",
  "auth.signUp.signIn": "Inicia sesión",

  "auth.checkEmail.title": "Revisa tu correo",
  "auth.checkEmail.signUp":
    "Enviamos un enlace a la dirección que nos diste. Ábrelo en las próximas 24 horas para confirmar tu correo y entrarás a tu cuenta. Si ya tenías una cuenta con esta dirección, mejor inicia sesión o elige una nueva contraseña.",
  "auth.checkEmail.magicLink":
    "Si hay una cuenta con esa dirección, enviamos allí un enlace para entrar. El enlace funciona una sola vez, durante 15 minutos.",
  "auth.checkEmail.reset":
    "Si hay una cuenta con esa dirección, enviamos allí un enlace para elegir una nueva contraseña. El enlace funciona durante una hora.",
  "auth.checkEmail.verify":
    "Si esa dirección tiene una cuenta pendiente de confirmar, enviamos allí un enlace nuevo. El enlace funciona durante 24 horas.",
  "auth.checkEmail.nothingTitle": "¿No ves nada?",
  "auth.checkEmail.wait": "El correo puede tardar unos minutos en llegar.",
  "auth.checkEmail.spam":
    "Busca en la carpeta de spam o correo no deseado, y revisa que la dirección esté escrita como querías.",
  "auth.checkEmail.retrySignUp":
    "¿Perdiste el enlace o ya venció? Inicia sesión con tu correo y contraseña y te ofreceremos enviar uno nuevo.",
  "auth.checkEmail.retry": "¿Sigue sin llegar después de un rato? Puedes pedirlo otra vez.",
  "auth.checkEmail.signIn": "Iniciar sesión",
  "auth.checkEmail.tryAgain": "Intentar de nuevo",
  "auth.checkEmail.close": "Puedes cerrar esta página. El enlace del correo te abrirá el centro.",

  "auth.link.title": "Entrar con un enlace por correo",
  "auth.link.lede":
    "No necesitas contraseña. Te enviamos por correo un enlace para entrar. Funciona una sola vez, durante 15 minutos.",
  "auth.link.submit": "Envíame un enlace",
  "auth.link.usePassword": "Mejor entrar con contraseña",

  "auth.magic.title": "Termina de iniciar sesión",
  "auth.magic.body": "Presiona el botón para entrar a {hub}.",
  "auth.magic.why":
    "Te pedimos presionarlo porque algunos programas de correo abren los enlaces para revisarlos, y eso gastaría tu enlace antes de que pudieras usarlo.",
  "auth.magic.submit": "Iniciar sesión",
  "auth.magic.invalid.title": "Este enlace para entrar ya no funciona",
  "auth.magic.invalid.body":
    "Los enlaces para entrar funcionan una sola vez, durante 15 minutos. Este ya se usó o venció. Tu cuenta está bien: puedes pedir un enlace nuevo.",
  "auth.magic.invalid.action": "Pedir un enlace nuevo",

  "auth.verify.metaTitle": "Confirma tu correo",
  "auth.verify.expired.title": "Este enlace de confirmación ya venció",
  "auth.verify.expired.body":
    "Los enlaces de confirmación funcionan durante 24 horas. Escribe tu correo y te enviaremos uno nuevo.",
  "auth.verify.invalid.title": "Este enlace de confirmación no funciona",
  "auth.verify.invalid.body":
    "Puede que falte una parte del enlace, o que fuera para otra cuenta. Escribe tu correo y, si la cuenta todavía necesita confirmarse, te enviaremos un enlace nuevo.",
  "auth.verify.resend": "Enviar un enlace nuevo",
  "auth.verify.alreadyDone": "¿Ya lo confirmaste?",

  "auth.forgot.title": "¿Olvidaste tu contraseña?",
  "auth.forgot.lede":
    "Le pasa a cualquiera. Escribe el correo que usas aquí. Si tiene una cuenta, te enviaremos un enlace para elegir una nueva contraseña. El enlace funciona durante una hora.",
  "auth.forgot.submit": "Enviar el enlace",
  "auth.forgot.back": "Volver a iniciar sesión",

  "auth.reset.title": "Elige una nueva contraseña",
  "auth.reset.lede":
    "Elige una contraseña que no uses en ningún otro lugar. Cuando la guardes, entrarás con ella, y se cerrará la sesión en cualquier otro dispositivo donde tengas tu cuenta abierta.",
  "auth.reset.submit": "Guardar mi nueva contraseña",
  "auth.reset.invalid.title": "Este enlace ya no funciona",
  "auth.reset.invalid.body":
    "Los enlaces para elegir una nueva contraseña funcionan una sola vez, durante una hora. Este ya se usó o venció. Tu contraseña no cambió. Puedes pedir un enlace nuevo.",
  "auth.reset.invalid.action": "Envíame un enlace nuevo",

  "auth.signOut.title": "Cerrar sesión",
  "auth.signOut.body": "¿Cerrar tu sesión de {hub} en este dispositivo?",
  "auth.signOut.submit": "Cerrar sesión",
};
