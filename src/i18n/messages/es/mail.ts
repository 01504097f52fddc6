// Español: cada correo que envía el centro.
import type { mail as en } from "../en/mail.ts";

export const mail: Record<keyof typeof en, string> = {
  "mail.greeting": "Hola, {name}:",
  "mail.footer":
    "Recibes este correo de {hub} por una cuenta o inscripción con nosotros. Si no fuiste tú, puedes ignorarlo.",
  "mail.linkFallback": "Si el botón no funciona, copia esta dirección en tu navegador:",
  "mail.verifyEmail.subject": "Confirma tu correo electrónico para {hub}",
  "mail.verifyEmail.body": "Confirma que esta es tu dirección de correo. El enlace funciona durante 24 horas.",
  "mail.verifyEmail.action": "Confirmar mi correo",
  "mail.magicLink.subject": "Tu enlace para iniciar sesión en {hub}",
  "mail.magicLink.body": "Usa este enlace para iniciar sesión. Funciona una sola vez, durante 15 minutos.",
  "mail.magicLink.action": "Iniciar sesión",
  "mail.resetPassword.subject": "Elige una nueva contraseña para {hub}",
  "mail.resetPassword.body":
    "Alguien pidió restablecer la contraseña de esta cuenta. Si fuiste tú, elige una nueva con este enlace. Funciona durante una hora. Si no fuiste tú, tu contraseña sigue igual.",
  "mail.resetPassword.action": "Elegir una nueva contraseña",
  "mail.invitation.subject": "Te invitaron a {hub}",
  "mail.invitation.body":
    "{inviter} te invitó a unirte a {hub}. Acepta la invitación para crear tu cuenta. El enlace funciona durante 7 días.",
  "mail.invitation.action": "Aceptar la invitación",
};
