// Español: certificados y credenciales verificables — el PDF, "Mis certificados", la página pública de verificación y la revocación.
import type { credentials as en } from "../en/credentials.ts";

export const credentials: Record<keyof typeof en, string> = {
  "credentials.hours": "{hours} h",
  "credentials.hoursOf": "{earned} de {available}",
  "credentials.inPerson": "En persona",
  "credentials.online": "En línea",

  "credentials.status.valid": "Válido",
  "credentials.status.revoked": "Revocado",
  "credentials.status.expired": "Vencido",
  "credentials.status.superseded": "Reemplazado",

  "credentials.ips.principle-learning": "Aprender juntos (en vez de ayudar)",
  "credentials.ips.principle-relationship": "La relación (en vez del individuo)",
  "credentials.ips.principle-hope": "Esperanza y posibilidad (en vez de miedo)",

  "credentials.criteria.all": "Asistir a las {hours} horas de contacto.",
  "credentials.criteria.share": "Asistir al menos al {percent} % de las {hours} horas de contacto.",
  "credentials.criteria.missed": "No faltar más de {hours} horas en total.",
  "credentials.criteria.meetings": "Asistir completos estos días: {days}.",
  "credentials.criteria.signOff": "Una persona facilitadora confirma que se completó.",
  "credentials.criteria.contactHour":
    "Una hora de contacto es una hora de clase o de trabajo en grupo; las tareas y las lecturas no cuentan.",

  "credentials.errors.notFound": "No encontramos ese certificado.",
  "credentials.errors.alreadyRevoked": "Este certificado ya está revocado.",
  "credentials.errors.reasonMissing": "Di por qué lo revocas. Solo el equipo administrador del centro ve el motivo.",
  "credentials.errors.reasonTooLong": "Escribe el motivo en {max} caracteres o menos.",

  "credentials.pdf.title": "Certificado de finalización",
  "credentials.pdf.certifies": "Se certifica que",
  "credentials.pdf.completed": "completó",
  "credentials.pdf.contactHours": "Horas de contacto: {earned} de {available}",
  "credentials.pdf.ceCategories": "Educación continua: {list}",
  "credentials.pdf.trainers": "Facilitación: {names}",
  "credentials.pdf.deliveredBy": "Capacitación impartida por {partner}",
  "credentials.pdf.provider": "Número de proveedor o de aprobación: {number}",
  "credentials.pdf.code": "Código del certificado: {code}",
  "credentials.pdf.verifyAt": "Verifica este certificado en",
  "credentials.pdf.issued": "Emitido el {date}",
  "credentials.pdf.revoked": "Revocado: ya no es válido",
  "credentials.pdf.superseded": "Reemplazado por un certificado más reciente",

  "credentials.mine.title": "Mis certificados",
  "credentials.mine.lede":
    "Tus certificados de las capacitaciones que completaste. Cada uno viene en PDF, para imprimir o enviar a una junta de certificación, y como credencial digital firmada (Open Badges 3.0) que puedes guardar en una aplicación de billetera.",
  "credentials.mine.empty":
    "Todavía no tienes certificados. Cuando quien facilitó confirme una capacitación que completaste, su certificado aparecerá aquí, normalmente en menos de un minuto.",
  "credentials.mine.notCompleted":
    "Una capacitación que no se completó no tiene certificado. Mis capacitaciones muestra las horas que asististe, lo que pide el curso y con quién hablar si quieres terminarla.",
  "credentials.mine.emptyLink": "Ver mis capacitaciones",
  "credentials.mine.statusSince": "desde el {date}",
  "credentials.mine.downloads": "Descargas de {course}",
  "credentials.mine.pdfLetter": "PDF (carta)",
  "credentials.mine.pdfA4": "PDF (A4)",
  "credentials.mine.json": "Credencial para billeteras (.json, firmada)",
  "credentials.mine.jwt": "Credencial firmada (.jwt)",
  "credentials.mine.verify": "Página pública de verificación",
  "credentials.mine.linkedIn": "Agregar a LinkedIn",
  "credentials.mine.newWindow": "(abre LinkedIn en una ventana nueva)",
  "credentials.mine.wallet.title": "Guárdalo en una aplicación de billetera",
  "credentials.mine.wallet.body":
    "El archivo .json lleva su propia firma (una prueba de integridad de datos), que las aplicaciones de billetera verifican. Para agregar un certificado a Learner Credential Wallet, una aplicación gratuita del Digital Credentials Consortium: descarga su archivo .json en tu teléfono, abre la billetera, elige agregar una credencial y escoge el archivo (o pega su contenido). El archivo .jwt es la misma credencial en la otra forma firmada que piden algunas herramientas.",
  "credentials.mine.wallet.link": "Sobre Learner Credential Wallet (lcw.app)",
  "credentials.mine.about":
    "El PDF muestra tu nombre legal (o el nombre que elegiste, si no diste uno). La página pública de verificación muestra solo el nombre que elegiste, nunca tu correo. Si cambias tu nombre legal en tu cuenta, tus certificados se vuelven a emitir con el nombre nuevo.",

  "credentials.verify.title": "Verificar un certificado",
  "credentials.verify.description":
    "Comprueba que un certificado de {hub} es auténtico y sigue vigente: escribe el código impreso en él o pega un archivo de credencial firmado.",
  "credentials.verify.lede": "Escribe el código que aparece en el certificado, debajo del código QR.",
  "credentials.verify.code.label": "Código del certificado",
  "credentials.verify.code.hint": "Diez letras y números, como 7K3QD-M9XWA. Las mayúsculas y el guion son opcionales.",
  "credentials.verify.code.submit": "Verificar certificado",
  "credentials.verify.code.wrong":
    "Eso no parece un código de certificado. Tiene diez letras y números, como 7K3QD-M9XWA.",
  "credentials.verify.notFound.title": "No encontramos este certificado",
  "credentials.verify.notFound.body":
    "Ningún certificado tiene el código «{code}». Revisa el código en el certificado y vuelve a intentarlo.",
  "credentials.verify.valid.title": "Este certificado es válido",
  "credentials.verify.valid.body": "Lo emitió {issuer} y no lo ha revocado.",
  "credentials.verify.revoked.title": "Este certificado fue revocado",
  "credentials.verify.revoked.body": "{issuer} lo revocó el {date}. Ya no sirve como prueba de esta capacitación.",
  "credentials.verify.expired.title": "Este certificado está vencido",
  "credentials.verify.expired.body": "Fue válido hasta el {date}.",
  "credentials.verify.superseded.title": "Este certificado fue reemplazado",
  "credentials.verify.superseded.body":
    "{issuer} emitió un certificado más reciente para la misma capacitación el {date}, por ejemplo después de un cambio de nombre.",
  "credentials.verify.superseded.link": "Ver el certificado actual ({code})",
  "credentials.verify.name": "Nombre",
  "credentials.verify.course": "Capacitación",
  "credentials.verify.dates": "Fechas",
  "credentials.verify.hours": "Horas de contacto",
  "credentials.verify.categories": "Educación continua",
  "credentials.verify.issuer": "Emitido por",
  "credentials.verify.deliveredBy": "Capacitación impartida por",
  "credentials.verify.provider": "número de proveedor {number}",
  "credentials.verify.issued": "Fecha de emisión",
  "credentials.verify.validUntil": "Válido hasta",
  "credentials.verify.code": "Código",
  "credentials.verify.signed":
    "La versión digital de este certificado está firmada por el centro. Cualquiera puede verificar su firma con las claves públicas del centro en /.well-known/jwks.json.",

  "credentials.admin.title": "Certificados",
  "credentials.admin.lede":
    "Todos los certificados que ha emitido el centro. Busca uno por su código, el nombre o correo de la persona, o la capacitación. Al revocar un certificado, su página de verificación y su credencial digital dirán que ya no es válido.",
  "credentials.admin.search.label": "Buscar certificados",
  "credentials.admin.search.hint": "Un código, un nombre, un correo o una capacitación.",
  "credentials.admin.search.submit": "Buscar",
  "credentials.admin.count": "{count, plural, =0 {Ningún certificado} one {# certificado} other {# certificados}}",
  "credentials.admin.empty":
    "Todavía no se ha emitido ningún certificado. Se emiten cuando quien facilita confirma una sesión.",
  "credentials.admin.noMatch": "Ningún certificado coincide con esta búsqueda.",
  "credentials.admin.pages": "Páginas de certificados",
  "credentials.admin.column.code": "Código",
  "credentials.admin.column.person": "Persona",
  "credentials.admin.column.course": "Capacitación",
  "credentials.admin.column.issued": "Emitido",
  "credentials.admin.column.status": "Estado",
  "credentials.admin.column.actions": "Acciones",
  "credentials.admin.reasonShown": "Motivo: {reason}",
  "credentials.admin.revoke.open": "Revocar…",
  "credentials.admin.revoke.explain":
    "La página de verificación dirá que el certificado fue revocado, con la fecha, y la credencial digital no pasará la verificación. La persona lo seguirá viendo en su página, marcado como revocado. No se puede deshacer; habría que emitir un certificado nuevo.",
  "credentials.admin.revoke.reason": "Motivo",
  "credentials.admin.revoke.reasonHint": "Solo el equipo administrador del centro lo ve. Se guarda con el certificado.",
  "credentials.admin.revoke.confirm": "Revocar certificado",
  "credentials.admin.revokedNotice": "El certificado {code} está revocado.",

  // — issuer profile —
  "credentials.issuer.description":
    "{name} es un centro de capacitación de Apoyo Intencional entre Pares. Emite estas credenciales cuando una persona completa una de sus capacitaciones.",

  // — checking any credential (the verifier) —
  "credentials.check.name.format": "Credencial legible",
  "credentials.check.name.signature": "Firma",
  "credentials.check.name.issuer": "Emisor",
  "credentials.check.name.dates": "Fechas",
  "credentials.check.name.status": "No revocada",
  "credentials.check.name.schema": "Formato Open Badges 3.0",
  "credentials.check.format.unreadable":
    "No pudimos leer esto como una credencial. Pega el archivo .json completo, o el token .jwt completo (tres partes separadas por puntos).",
  "credentials.check.format.tooLarge":
    "Esto es más grande que cualquier credencial que verificamos (256 KB). Revisa que hayas pegado solo la credencial.",
  "credentials.check.format.notCredential":
    "Este JSON no es una credencial verificable: no tiene @context o no tiene credentialSubject.",
  "credentials.check.format.noProof":
    "Esta credencial no lleva una prueba incorporada, así que nada muestra quién la firmó. Pide al emisor la versión firmada (un .json con prueba, o un .jwt).",
  "credentials.check.signature.ok": "La firma coincide con el contenido. Se hizo con la clave {key}.",
  "credentials.check.signature.mismatch":
    "La firma no coincide con el contenido: la credencial se cambió después de firmarse, o la firmó otra clave.",
  "credentials.check.signature.unsupported":
    "Está firmada de una forma que no verificamos ({detail}). Verificamos pruebas de integridad de datos eddsa-rdfc-2022 y VC-JWT firmados con EdDSA, ES256 o RS256.",
  "credentials.check.signature.keyUnavailable":
    "No pudimos leer la clave del emisor: {detail}. Al emisor solo se le pidió su clave pública; no se le envió nada más.",
  "credentials.check.signature.keyNotFound": "Ninguna clave del emisor tiene el identificador {key}.",
  "credentials.check.signature.unknownContext":
    "La credencial usa un contexto JSON-LD que no tenemos ({key}). Nunca descargamos contextos de la red, así que no podemos verificarla.",
  "credentials.check.issuer.ok": "Emitida por {name} ({issuer}), que publica la clave con la que se firmó.",
  "credentials.check.issuer.mismatch":
    "La clave que la firmó no la publica el emisor que nombra la credencial, o los datos del token no coinciden con la credencial.",
  "credentials.check.dates.valid": "Válida desde el {from} hasta el {until}.",
  "credentials.check.dates.validNoEnd": "Válida desde el {from}, sin fecha de fin.",
  "credentials.check.dates.notYet": "Todavía no es válida: lo será a partir del {from}.",
  "credentials.check.dates.expired": "Venció el {until}.",
  "credentials.check.dates.unreadable": "No se pueden leer sus fechas (validFrom, validUntil).",
  "credentials.check.status.none":
    "La credencial no nombra una lista de estado, así que su emisor no tiene forma de revocarla.",
  "credentials.check.status.ok": "No está revocada: la lista de estado firmada del emisor dice que sigue vigente.",
  "credentials.check.status.revoked": "El emisor revocó esta credencial.",
  "credentials.check.status.suspended": "El emisor suspendió esta credencial por ahora.",
  "credentials.check.status.unavailable":
    "No pudimos leer la lista de estado del emisor o confiar en ella ({detail}), así que no podemos decir si se revocó.",
  "credentials.check.status.unsupported": "Usa un tipo de lista de estado que no verificamos ({detail}).",
  "credentials.check.schema.ok": "Cumple el esquema JSON de Open Badges 3.0 de 1EdTech.",
  "credentials.check.schema.invalid": "No cumple el esquema JSON de Open Badges 3.0 de 1EdTech: {detail}.",
  "credentials.check.schema.notOpenBadge":
    "No es una credencial Open Badges, así que el esquema de Open Badges no se aplica.",

  // — /verify: checking a pasted or uploaded credential —
  "credentials.verify.any.title": "Verificar una credencial digital",
  "credentials.verify.any.lede":
    "Pega una credencial digital de cualquier emisor (el archivo .json con su prueba, o un token .jwt), o elige su archivo. La verificamos aquí y no la enviamos a ningún lado: solo le pedimos a la dirección del emisor su clave pública y su lista de revocación.",
  "credentials.verify.any.paste": "Credencial (.json o .jwt)",
  "credentials.verify.any.pasteHint": "Pega el archivo o el token completo.",
  "credentials.verify.any.file": "O elige el archivo",
  "credentials.verify.any.submit": "Verificar esta credencial",
  "credentials.verify.any.empty": "Pega una credencial o elige su archivo.",
  "credentials.verify.any.valid": "Esta credencial pasó todas las verificaciones.",
  "credentials.verify.any.invalid": "Esta credencial no pasó todas las verificaciones. Abajo está lo que encontramos.",
  "credentials.verify.any.issuer": "Emisor: {issuer}",
  "credentials.verify.any.passed": "correcta",
  "credentials.verify.any.failed": "no pasó",
  "credentials.verify.any.notApplicable": "no se aplica",
};
