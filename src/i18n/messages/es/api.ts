// Español: la referencia de la API (/api/docs). Las descripciones de cada endpoint vienen del documento OpenAPI, en inglés.
import type { api as en } from "../en/api.ts";

export const api: Record<keyof typeof en, string> = {
  "api.docs.title": "Referencia de la API",
  "api.docs.lede":
    "Otras herramientas pueden leer y cambiar información de este centro a través de su API JSON. Esta página muestra cada endpoint, quién puede usarlo, qué enviar y qué recibes.",
  "api.docs.languageNote":
    "Las descripciones de cada endpoint vienen de la descripción de la API, que está en inglés. Los nombres de campos y los ejemplos son los mismos en cualquier idioma.",
  "api.docs.start.title": "Para empezar",
  "api.docs.start.token":
    "Consigue un token de acceso personal. Crea uno en la página de tu cuenta, o envía tu correo y tu contraseña a POST /auth/token.",
  "api.docs.start.tokenLink": "Tus tokens de acceso",
  "api.docs.start.header": "Envía el token en cada solicitud, en este encabezado:",
  "api.docs.start.json":
    "Las solicitudes y las respuestas son JSON. Las horas están en UTC. Si algo sale mal, la respuesta explica qué pasó, en el formato de detalles de problema que se describe en «Errores».",
  "api.docs.start.secret":
    "Guarda tus tokens con el mismo cuidado que una contraseña. Revoca los que ya no uses: dejan de funcionar al momento.",
  "api.docs.start.variable": "En los ejemplos, $HUB_TOKEN representa tu token.",
  "api.docs.baseUrl": "Dirección base",
  "api.docs.version": "Versión",
  "api.docs.openApi": "Descripción para máquinas",
  "api.docs.openApiHint": "OpenAPI 3.1, para generadores de código y herramientas de API",
  "api.docs.contents": "Endpoints",
  "api.docs.access": "Quién puede usarlo",
  "api.docs.parameters": "Parámetros de la ruta",
  "api.docs.body": "Cuerpo de la solicitud",
  "api.docs.responses": "Respuestas",
  "api.docs.responseBody": "Lo que recibes",
  "api.docs.responseHeaders": "Encabezados: {headers}",
  "api.docs.noBody": "Sin cuerpo.",
  "api.docs.required": "obligatorio",
  "api.docs.optional": "opcional",
  "api.docs.partsOf": "Cada {schema} tiene:",
  "api.docs.example": "Ejemplo",
  "api.docs.exampleRequest": "Ejemplo de solicitud",
  "api.docs.seeProblem": "Sobre esta respuesta",
  "api.docs.limits.characters.range": "de {min} a {max} caracteres",
  "api.docs.limits.characters.max": "hasta {max} caracteres",
  "api.docs.limits.characters.min": "al menos {min} caracteres",
  "api.docs.limits.items.range": "de {min} a {max} elementos",
  "api.docs.limits.items.max": "hasta {max} elementos",
  "api.docs.limits.items.min": "al menos {min} elementos",
  "api.docs.section.Authentication": "Conseguir un token",
  "api.docs.section.Your account": "Tu cuenta",
  "api.docs.section.People": "Personas",
  "api.docs.section.Courses": "Cursos",
  "api.docs.section.Sessions": "Sesiones",
  "api.docs.section.Registrations": "Inscripciones",
  "api.docs.section.Credentials": "Certificados",
  "api.docs.section.Reference": "Esta referencia",
  "api.access.public": "Cualquiera, sin token",
  "api.access.guest": "Solo sin token",
  "api.access.signed-in": "Cualquiera con un token válido",
  "api.access.trainer": "Facilitadores y administradores del centro",
  "api.access.partner-admin": "Administradores de organizaciones aliadas y del centro",
  "api.access.admin": "Solo administradores del centro",
  "api.docs.errors.title": "Errores",
  "api.docs.errors.intro":
    "Cada respuesta de error es JSON de tipo application/problem+json. Siempre trae type (un enlace a su explicación, más abajo), title y status. Casi siempre trae detail, que cuenta qué pasó esta vez. Si hay campos por revisar, errors los nombra uno por uno con su ruta (como email o roles.0) y un mensaje.",
  "api.docs.errors.status": "Estado {status}",
  "api.problem.malformed-request":
    "No se pudo leer el cuerpo como JSON. Revisa si falta una comilla, una coma o un corchete.",
  "api.problem.unauthorized":
    "No llegó ningún token, o el token ya no funciona (revocado, vencido o mal copiado). En POST /auth/token significa que el correo o la contraseña no son correctos; la respuesta es la misma exista o no la cuenta.",
  "api.problem.forbidden":
    "El token funciona, pero los roles de su dueño no incluyen esto. En POST /auth/token significa que el correo aún no está confirmado.",
  "api.problem.not-found": "No hay nada en esta dirección, o no te corresponde verlo.",
  "api.problem.method-not-allowed":
    "La dirección existe, pero no acepta este método. El encabezado Allow dice cuáles acepta.",
  "api.problem.conflict": "El cambio choca con algo que ya existe, como un correo que ya tiene cuenta.",
  "api.problem.too-large": "El cuerpo es más grande de lo que acepta este endpoint.",
  "api.problem.unsupported-media-type": "Envía el cuerpo como JSON, con el encabezado Content-Type: application/json.",
  "api.problem.invalid": "Hay campos por revisar. La lista errors dice cuáles y por qué. No se guardó nada.",
  "api.problem.rate-limited":
    "Demasiados intentos en poco tiempo, para esta cuenta o desde esta dirección. Espera los segundos que indica el encabezado Retry-After y vuelve a intentarlo.",
  "api.problem.internal":
    "Algo falló de nuestro lado. No es por nada que hayas enviado. Vuelve a intentarlo en un momento.",
  "api.problem.unavailable": "El centro no puede responder ahora. Vuelve a intentarlo en un momento.",
};
