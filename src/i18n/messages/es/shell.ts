// Español: el marco de la página, la navegación y las páginas de error.
import type { shell as en } from "../en/shell.ts";

export const shell: Record<keyof typeof en, string> = {
  "shell.skipToContent": "Saltar al contenido principal",
  "shell.quickExit": "Salida rápida",
  "shell.quickExitHint": "Sale de este sitio de inmediato",
  "shell.supportNow": "Apoyo ahora",
  "shell.nav.label": "Principal",
  "shell.nav.home": "Inicio",
  "shell.nav.learn": "Aprende IPS",
  "shell.nav.account": "Cuenta",
  "shell.nav.trainer": "Facilitación",
  "shell.nav.partner": "Organización",
  "shell.nav.admin": "Administración",
  "shell.nav.signIn": "Iniciar sesión",
  "shell.nav.signUp": "Crear cuenta",
  "shell.nav.signOut": "Cerrar sesión",
  "shell.language.label": "Idioma",
  "shell.language.switchTo": "English",
  "shell.footer.privacy": "Privacidad",
  "shell.footer.api": "API",
  "shell.footer.tagline": "Aprendiendo juntos, en relación, hacia lo posible.",
  "errors.notFound.title": "No encontramos esa página",
  "errors.notFound.body":
    "Puede que el enlace sea antiguo o que la página se haya movido. Puedes volver a la página de inicio.",
  "errors.forbidden.title": "Esta página no está abierta para ti",
  "errors.forbidden.body":
    "Tu cuenta no incluye acceso a esta página. Si crees que debería, pide ayuda a una persona administradora del centro.",
  "errors.generic.title": "Algo salió mal de nuestro lado",
  "errors.generic.body": "Nada de lo que hiciste lo causó. Vuelve a intentarlo en un momento.",
  "errors.badRequest.title": "No pudimos leer lo que se envió",
  "errors.badRequest.body":
    "La página envió algo que no pudimos leer. Vuelve atrás, recarga la página e inténtalo de nuevo.",
  "errors.unavailable.title": "El centro está haciendo una breve pausa",
  "errors.unavailable.body":
    "Ahora mismo no podemos consultar nuestros registros. Nada de lo que hiciste lo causó; vuelve a intentarlo en un minuto.",
  "forms.errors.nullCharacter": "Esto no puede contener un carácter nulo.",
  "errors.backHome": "Ir a la página de inicio",
  "errors.onward.title": "Por dónde seguir",
  "errors.onward.catalog": "Ver las capacitaciones",
  "errors.onward.myTrainings": "Ir a mis capacitaciones",
  "errors.onward.otherAccount": "Iniciar sesión con otra cuenta",
  "errors.onward.support": "Buscar apoyo ahora",
  "forms.errorSummary": "Revisa esto y vuelve a intentarlo",
};
