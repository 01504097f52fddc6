// Español: la mudanza — importar capacitaciones pasadas desde las hojas de cálculo del centro.
import type { imports as english } from "../en/imports.ts";

export const imports: Record<keyof typeof english, string> = {
  "imports.nav": "Importar capacitaciones pasadas",
  "imports.title": "Importar capacitaciones pasadas",
  "imports.lede":
    "Trae las capacitaciones que tu centro dio antes de usar este programa, desde dos hojas de cálculo guardadas como CSV: una fila por sesión y una fila por participante. Revisa primero los archivos: nada se guarda hasta que elijas Importar, e importar los mismos archivos otra vez no agrega nada dos veces.",
  "imports.columns.title": "Qué contienen los dos archivos",
  "imports.columns.sessions": "Archivo de sesiones",
  "imports.columns.participants": "Archivo de participantes",
  "imports.columns.column": "Columna",
  "imports.columns.meaning": "Qué escribir",
  "imports.columns.required": "obligatoria",
  "imports.columns.optional": "opcional",
  "imports.col.sessions.session_ref":
    "Tu propio nombre para la sesión, que une a sus participantes (por ejemplo CORE-2021-03).",
  "imports.col.sessions.course":
    "El nombre web (slug) del curso o su título en inglés, como en la lista de cursos del centro.",
  "imports.col.sessions.dates":
    "Los días de reunión, como 2021-03-04; 2021-03-11, o una serie de días como 2021-03-04..2021-03-08.",
  "imports.col.sessions.start_time": "A qué hora empezó cada reunión, en reloj de 24 horas (09:00).",
  "imports.col.sessions.end_time": "A qué hora terminó cada reunión (16:30).",
  "imports.col.sessions.time_zone":
    "Dónde se registraron las horas, como America/Los_Angeles. Vacía significa tu propia zona horaria, {zone}.",
  "imports.col.sessions.format": "in_person, online o hybrid. Vacía significa en persona.",
  "imports.col.sessions.language": "en o es. Vacía significa inglés.",
  "imports.col.sessions.trainers":
    "Las personas facilitadoras, separadas por punto y coma, primero quien dirige: Ana Ruiz '<'ana@example.org'>'. A quien el centro ya conoce le basta el correo.",
  "imports.col.participants.session_ref":
    "La referencia de la sesión en el archivo de sesiones (o de una importación anterior).",
  "imports.col.participants.name": "El nombre de la persona.",
  "imports.col.participants.email":
    "Su correo. A quien el centro ya conoce se le reconoce por él; quien es nuevo recibe una cuenta en la que puede entrar con esa dirección.",
  "imports.col.participants.minutes_attended": "Minutos que asistió, un número entero (420 por siete horas).",
  "imports.col.participants.completed": "yes o no (también sí): si completó, según tus registros.",
  "imports.col.participants.certificate_number": "El número del certificado que recibió, si lo hubo.",
  "imports.form.sessionsFile": "Archivo de sesiones (CSV)",
  "imports.form.participantsFile": "Archivo de participantes (CSV)",
  "imports.form.sessionsText": "O las sesiones, pegadas como CSV",
  "imports.form.participantsText": "O los participantes, pegados como CSV",
  "imports.form.textHint":
    "Después de una revisión, el texto de los archivos queda aquí para que puedas corregir una línea y revisar de nuevo.",
  "imports.form.issueCredentials":
    "Emitir credenciales por las capacitaciones completadas, con la fecha de la capacitación original",
  "imports.form.issueCredentialsHint":
    "Cada persona que completó recibe por correo una credencial firmada, como después de una capacitación aquí. Déjalo sin marcar para solo guardar el historial; más adelante puedes importar los mismos archivos con esta opción.",
  "imports.form.check": "Revisar los archivos",
  "imports.form.import": "Importar",
  "imports.form.empty": "Primero elige o pega los dos archivos.",
  "imports.summary.title": "Lo que haría la importación",
  "imports.summary.doneTitle": "Importado",
  "imports.summary.nothingWritten": "Esto fue una revisión: todavía no se ha guardado nada.",
  "imports.summary.sessions":
    "{create, plural, =0 {Ninguna sesión nueva} one {# sesión nueva} other {# sesiones nuevas}}; {existing, plural, =0 {ninguna importada antes} one {# importada antes} other {# importadas antes}}",
  "imports.summary.people":
    "{create, plural, =0 {Ninguna persona nueva} one {# persona nueva} other {# personas nuevas}}; {existing, plural, =0 {nadie ya conocido} one {# ya conocida} other {# ya conocidas}}",
  "imports.summary.participants":
    "{create, plural, =0 {Ningún participante nuevo} one {# participante nuevo} other {# participantes nuevos}}; {existing, plural, =0 {ninguno ya registrado} one {# ya registrado} other {# ya registrados}}",
  "imports.summary.completions":
    "{count, plural, =0 {Ninguna capacitación completada} one {# capacitación completada} other {# capacitaciones completadas}}, que cuentan para requisitos previos, horas de educación continua y las cifras del centro",
  "imports.summary.credentials":
    "{count, plural, =0 {Ninguna credencial} one {# credencial} other {# credenciales}} por emitir",
  "imports.summary.ignored": "Columnas que no se leen en el archivo de {file}: {names}",
  "imports.problems.title": "{count, plural, one {# cosa por corregir} other {# cosas por corregir}} antes de importar",
  "imports.problems.none": "No se encontraron problemas.",
  "imports.problems.file": "Archivo",
  "imports.problems.line": "Línea",
  "imports.problems.column": "Columna",
  "imports.problems.problem": "Qué corregir",
  "imports.problems.wholeFile": "todo el archivo",
  "imports.file.sessions": "sesiones",
  "imports.file.participants": "participantes",
  "imports.problem.unreadable":
    "No se pudo leer el archivo como CSV desde esta línea: puede haber una comilla sin cerrar.",
  "imports.problem.missing_column": "El encabezado no tiene la columna «{name}».",
  "imports.problem.too_many_rows":
    "Un archivo puede tener como máximo {max} filas; divídelo e importa las partes una tras otra.",
  "imports.problem.required": "Esta celda está vacía.",
  "imports.problem.too_long": "Tiene más de {max} caracteres.",
  "imports.problem.duplicate_ref": "Esta referencia ya se usa en la línea {line}.",
  "imports.problem.unknown_course":
    "Ningún curso se llama «{value}». Usa un slug o título en inglés de la lista de cursos.",
  "imports.problem.bad_date": "«{value}» no es una lista de fechas como 2021-03-04; 2021-03-11.",
  "imports.problem.too_many_dates": "Una sesión puede tener como máximo {max} días de reunión.",
  "imports.problem.bad_time": "«{value}» no es una hora como 09:00.",
  "imports.problem.end_before_start": "La hora de fin no es posterior a la de inicio.",
  "imports.problem.bad_time_zone": "«{value}» no es una zona horaria que el centro conozca, como America/Los_Angeles.",
  "imports.problem.not_past": "Esta sesión todavía no ha terminado; agrégala como sesión.",
  "imports.problem.bad_format": "«{value}» no es in_person, online ni hybrid.",
  "imports.problem.bad_language": "«{value}» no es en ni es.",
  "imports.problem.bad_trainer":
    "«{value}» no es una persona facilitadora escrita como Ana Ruiz '<'ana@example.org'>'.",
  "imports.problem.too_many_trainers": "Una sesión puede tener como máximo {max} personas facilitadoras.",
  "imports.problem.unknown_trainer":
    "El centro no tiene a nadie con el correo {value}; escribe también su nombre: Nombre '<'{value}'>'.",
  "imports.problem.bad_email": "«{value}» no es una dirección de correo.",
  "imports.problem.unknown_session":
    "Ninguna sesión tiene la referencia «{value}» en el archivo de sesiones ni en una importación anterior.",
  "imports.problem.duplicate_participant": "Esta persona ya aparece en esta sesión en la línea {line}.",
  "imports.problem.bad_minutes": "«{value}» no es un número entero de minutos.",
  "imports.problem.minutes_over_contact": "{minutes} minutos es más que los {contact} minutos de la sesión.",
  "imports.problem.bad_completed": "«{value}» no es yes ni no.",
  "imports.errors.hasProblems":
    "{count, plural, one {Hay una cosa por corregir} other {Hay # cosas por corregir}} antes de importar; no se guardó nada.",
  "imports.done":
    "Las capacitaciones pasadas ya están. Importar los mismos archivos otra vez no las agregará dos veces.",
  "imports.ledger.imported": "De los registros anteriores del centro",
};
