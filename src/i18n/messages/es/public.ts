// Español: las páginas públicas (inicio, Aprende IPS, Apoyo ahora, privacidad).
import type { publicPages as en } from "../en/public.ts";

export const publicPages: Record<keyof typeof en, string> = {
  "public.home.taglineFallback": "Capacitación y comunidad en Apoyo Intencional entre Pares.",
  "public.home.intro":
    "Ofrecemos capacitación en Apoyo Intencional entre Pares para personas que dan apoyo entre pares, para quienes trabajan en servicios humanos y para cualquiera que quiera relaciones en las que ambas personas aprenden y crecen. Después de la capacitación, seguimos practicando juntos.",
  "public.home.learnAction": "Descubre qué es IPS",
  "public.home.createAccount": "Crea una cuenta",
  "public.home.goToAccount": "Ir a tu cuenta",
  "public.home.signedOut": "Cerraste tu sesión en este dispositivo. Hasta la próxima.",
  "public.home.shifts.title": "Tres cambios en el corazón de IPS",
  "public.home.shifts.link": "Los principios y las tareas, en palabras sencillas",
  "public.home.ips.title": "¿Qué es el Apoyo Intencional entre Pares?",
  "public.home.ips.body1":
    "El Apoyo Intencional entre Pares (IPS, por sus siglas en inglés) es una manera de estar en relación con otras personas. Nació del movimiento de apoyo entre pares: personas que habían pasado por momentos difíciles, muchas veces también por el sistema de salud mental, y que buscaban conexiones que no empezaran por un diagnóstico.",
  "public.home.ips.body2":
    "IPS nos invita a sentir curiosidad por cómo cada quien llegó a ver el mundo como lo ve, a hablar con honestidad sobre el poder y a avanzar hacia lo que queremos, no solo a alejarnos de lo que tememos. No es un método para arreglar a nadie. Es una práctica que aprendemos juntos.",
  "public.home.here.title": "Lo que puedes hacer aquí",
  "public.home.here.learn.title": "Conoce el marco",
  "public.home.here.learn.body":
    "Lee los tres principios y las cuatro tareas de IPS en palabras sencillas, y descubre qué capacitación va con el momento en que estás.",
  "public.home.here.learn.link": "Lee sobre IPS",
  "public.home.here.train.title": "Capacítate con nosotros",
  "public.home.here.train.body":
    "Empieza con una introducción corta, toma la capacitación básica, profundiza con la capacitación avanzada o prepárate para enseñar IPS en tu propia organización.",
  "public.home.here.train.link": "Crea una cuenta para inscribirte",
  "public.home.here.practice.title": "Sigue practicando en comunidad",
  "public.home.here.practice.body":
    "IPS crece con la práctica. Los círculos de co-reflexión se reúnen con regularidad para que las personas pares miren juntas su propio trabajo, con el marco como guía.",
  "public.home.here.support.title": "Apoyo a cualquier hora",
  "public.home.here.support.body":
    "¿Necesitas hablar con alguien ahora? Las líneas de crisis y las líneas de apoyo entre pares están a un clic, en cada página.",
  "public.home.here.support.link": "Ver líneas de apoyo",

  "public.learn.title": "Aprende Apoyo Intencional entre Pares",
  "public.learn.lede":
    "IPS se enseña como tres principios y cuatro tareas. Aquí están en palabras sencillas: un punto de partida para conversar, no una lista para marcar.",
  "public.learn.origins":
    "IPS surgió en los años noventa, de la mano de Shery Mead y otras personas del movimiento de apoyo entre pares. Lo usan quienes dan apoyo entre pares, personas en muchos tipos de servicios humanos y cualquiera que quiera relacionarse con más honestidad y menos miedo.",
  "public.learn.principles.title": "Tres principios",
  "public.learn.principles.intro":
    "Cada principio es un cambio: nos alejamos de un hábito que muchas personas aprendimos y vamos hacia algo que podemos construir juntos.",
  "public.learn.principles.towards": ", hacia",
  "public.learn.principle.learning.from": "Ayudar",
  "public.learn.principle.learning.to": "Aprender juntos",
  "public.learn.principle.learning.body":
    "En lugar de decidir qué es lo mejor para alguien, mantenemos la curiosidad y aprendemos a su lado. Nadie es experto en la vida de otra persona, y las dos salimos transformadas.",
  "public.learn.principle.relationship.from": "Individuo",
  "public.learn.principle.relationship.to": "Relación",
  "public.learn.principle.relationship.body":
    "Prestamos atención a lo que pasa entre nosotros, no solo a lo que le pasa a una persona. La relación es lo importante. Las tareas son solo el camino para llegar.",
  "public.learn.principle.hope.from": "Miedo",
  "public.learn.principle.hope.to": "Esperanza y posibilidad",
  "public.learn.principle.hope.body":
    "Cuando algo se siente riesgoso, no empezamos por el control. Nos preguntamos qué podría ser posible, y seguimos en conexión mientras lo descubrimos.",
  "public.learn.tasks.title": "Cuatro tareas",
  "public.learn.tasks.intro":
    "Las tareas son lo que practicamos en cada conversación. Se cruzan entre sí, y volvemos a ellas una y otra vez.",
  "public.learn.task.connection.name": "Conexión",
  "public.learn.task.connection.body":
    "Estar presentes y ser honestos, y hacerle saber a la otra persona que entendemos cómo es para ella. Cuando la conexión se rompe, y pasará, es una oportunidad para hablar de lo que pasó, no un fracaso.",
  "public.learn.task.connection.question": "¿Qué está pasando entre nosotros ahora mismo?",
  "public.learn.task.worldview.name": "Visión del mundo",
  "public.learn.task.worldview.body":
    "Sentir curiosidad por cómo cada quien llegó a ver el mundo como lo ve. Escuchamos la historia que todavía no se ha contado, también la nuestra.",
  "public.learn.task.worldview.question": "¿Cómo llegué a saber lo que sé?",
  "public.learn.task.mutuality.name": "Mutualidad",
  "public.learn.task.mutuality.body":
    "Nombrar el poder y compartirlo. Las dos personas dicen lo que ven, sienten y necesitan, y decidimos juntas cómo va nuestra relación.",
  "public.learn.task.mutuality.question": "¿Qué necesita cada quien de esto?",
  "public.learn.task.movingTowards.name": "Avanzar hacia",
  "public.learn.task.movingTowards.body":
    "Poner nuestra energía en lo que queremos crear, no solo en lo que queremos detener o evitar.",
  "public.learn.task.movingTowards.question": "¿Qué nos gustaría construir?",
  "public.learn.trainings.title": "Formas de aprender",
  "public.learn.trainings.intro":
    "La mayoría empieza con la introducción o con la capacitación básica. Las horas son las de este centro; cada sesión muestra sus fechas.",
  "public.learn.training.overview.name": "Introducción",
  "public.learn.training.overview.body":
    "Una introducción corta, muchas veces en línea. Un buen primer paso si sientes curiosidad o quieres saber si la capacitación básica es para ti.",
  "public.learn.training.core.name": "Capacitación básica",
  "public.learn.training.core.body":
    "El corazón de IPS, con dos personas co-facilitadoras, en persona o en línea. Practicas las tareas con otras personas, no solo lees sobre ellas.",
  "public.learn.training.advanced.name": "Capacitación avanzada",
  "public.learn.training.advanced.body":
    "Para quienes ya hicieron la capacitación básica y quieren profundizar en su práctica.",
  "public.learn.training.coReflection.name": "Co-reflexión",
  "public.learn.training.coReflection.body":
    "La alternativa entre pares a la supervisión. Un grupo se reúne con regularidad, cada mes o cada pocos meses, y reflexiona sobre su propia práctica usando el marco.",
  "public.learn.training.tot.name": "Formación de facilitadores",
  "public.learn.training.tot.body":
    "Para quienes quieren enseñar IPS. Lleva a ser facilitadora o facilitador organizacional, es decir, a dar capacitaciones de IPS dentro de una organización aliada.",
  // — duraciones tomadas de los cursos del centro (issue 15, punto 11) —
  "public.learn.length.hours": "{min, plural, one {# hora} other {# horas}}",
  "public.learn.length.hoursRange": "De {min} a {max} horas",
  "public.learn.length.days": "{min, plural, one {# día} other {# días}}",
  "public.learn.length.daysRange": "De {min} a {max} días",
  "public.learn.upcoming":
    "{count, plural, =0 {Todavía sin fechas: mira lo que se planea} one {Ver la próxima sesión} other {Ver las # próximas sesiones}}",
  "public.learn.notOffered": "Este centro todavía no ofrece esta capacitación.",
  // — fin de duraciones —
  "public.learn.next.title": "¿Te animas a empezar?",
  "public.learn.next.body":
    "Crea una cuenta gratis para inscribirte en capacitaciones, tener tus certificados en un solo lugar y unirte a la co-reflexión.",
  "public.learn.next.bodySignedIn":
    "En tu cuenta estarán tus capacitaciones, tus certificados y tus círculos de co-reflexión.",
  "public.learn.note":
    "Esta página es nuestro propio resumen de IPS. No reemplaza la capacitación, donde el marco cobra vida en la práctica.",

  "public.support.title": "Apoyo ahora",
  "public.support.lede":
    "Si quieres hablar con alguien, estas líneas están aquí para ti, sea lo que sea que estés viviendo.",
  "public.support.warmline":
    "No tienes que estar en crisis para comunicarte. Las líneas de apoyo son para los momentos difíciles en que quieres que alguien te escuche.",
  "public.support.listLabel": "Líneas de apoyo",
  "public.support.peerRun": "Dirigida por pares",
  "public.support.call": "Llamar al {number}",
  "public.support.text": "Enviar texto al {number}",
  "public.support.website": "Sitio web: {site}",
  "public.support.hours": "Horario",
  "public.support.checked": "Datos revisados por última vez",
  "public.support.empty.title": "Todavía no hay líneas de apoyo en la lista",
  "public.support.empty.body":
    "Este centro todavía no agregó su lista de líneas de apoyo. Si necesitas hablar con alguien ahora mismo, comunícate con la línea de crisis o el número de emergencias de tu zona.",
  "public.support.notes.title": "Es bueno saber",
  "public.support.notes.peerRun":
    "Las líneas marcadas como «Dirigida por pares» las atienden personas con su propia experiencia vivida.",
  "public.support.notes.quickExit":
    "El botón Salida rápida queda arriba a la derecha en cada página, aunque te desplaces. Abre un sitio del clima en una pestaña nueva y también lo pone en lugar del centro en esta pestaña, así que el botón Atrás no vuelve a mostrar la página en la que estabas. Con un teclado también puedes presionar Escape dos veces.",
  "public.support.notes.history":
    "Lo que no puede ocultar: el centro sigue en el historial de tu navegador, los botones Atrás o Adelante todavía pueden llegar a páginas del centro que abriste, y las otras pestañas que abriste siguen abiertas. Si otra persona puede usar este dispositivo, navega en una ventana privada (Incógnito en Chrome, InPrivate en Edge, ventana privada en Firefox o Safari), que olvida las páginas al cerrarla, o borra este sitio del historial en la configuración de tu navegador.",
  "public.support.notes.hub":
    "El equipo de nuestro centro no es un servicio de crisis y puede que no vea los mensajes enseguida. Si necesitas apoyo ahora, usa las líneas de arriba.",

  "public.privacy.title": "Privacidad, en palabras sencillas",
  "public.privacy.lede":
    "Cuidar a las personas también es cuidar su información. Aquí te contamos qué guardamos, por qué lo guardamos y quién puede verlo.",
  "public.privacy.contents": "En esta página",
  "public.privacy.keep.title": "Qué guardamos",
  "public.privacy.keep.account":
    "Tu nombre elegido, tu correo electrónico y tu contraseña. La contraseña se guarda codificada, así que nadie puede leerla, ni siquiera nosotros.",
  "public.privacy.keep.settings":
    "Tu idioma y tu zona horaria, para que las páginas y los correos tengan sentido para ti.",
  "public.privacy.keep.optional": "Si decides agregarlos: tus pronombres y tu nombre legal.",
  "public.privacy.keep.training":
    "Cuando participas: las capacitaciones en las que te inscribes, tu asistencia y tus certificados.",
  "public.privacy.who.title": "Quién puede verlo",
  "public.privacy.who.you": "Tú puedes ver y cambiar tus datos en la página de tu cuenta.",
  "public.privacy.who.staff":
    "El equipo del centro ve lo que necesita para organizar las capacitaciones: tu nombre, tu correo y las capacitaciones en las que participas.",
  "public.privacy.who.trainers": "Las personas facilitadoras ven a quienes participan en sus propias capacitaciones.",
  "public.privacy.who.partners":
    "Una organización aliada ve el progreso de su propio personal cuando apoya su capacitación, y nada sobre nadie más.",
  "public.privacy.who.nobodyElse": "No vendemos tu información ni la compartimos con anunciantes.",
  "public.privacy.legalName.title": "Tu nombre legal",
  "public.privacy.legalName.body":
    "Usamos tu nombre legal solo en los certificados, porque las juntas de certificación lo exigen. En todo lo demás, también con facilitadores y otras personas participantes, usamos tu nombre elegido.",
  "public.privacy.sensitive.title": "Respuestas sensibles",
  "public.privacy.sensitive.optional":
    "Algunos formularios pueden preguntar sobre experiencia vivida, adaptaciones o necesidad económica. Estas preguntas son opcionales, a menos que te expliquemos por qué necesitamos la respuesta.",
  "public.privacy.journal.title": "Tu diario",
  "public.privacy.yourData.title": "Obtener o borrar tu información",
  // — lo que es cierto hoy (issue 15, punto 11): ver src/features/privacy/privacy-statements.ts —
  "public.privacy.journal.open": "Abrir tu diario",
  "public.privacy.yourData.export":
    "Descargar mis datos: en tu página de privacidad puedes pedir un archivo ZIP con todo lo que el centro guarda sobre ti. Te enviamos un enlace por correo; funciona durante siete días y solo con tu sesión iniciada.",
  "public.privacy.yourData.delete":
    "Borrar mi cuenta: en la misma página puedes borrar tu cuenta cuando quieras. Borramos tu perfil, lo que nos dijiste al inscribirte, tu diario, tus círculos y tus registros de educación continua, y se cierra tu sesión en todas partes.",
  "public.privacy.yourData.kept":
    "Lo que guardamos después: de cada capacitación que terminaste, que alguien la completó, con fechas y horas, bajo el nombre «Deleted account» (cuenta eliminada), y el registro del centro sin tu nombre ni tus datos de contacto. Los certificados que elegiste conservar se pueden seguir verificando con el nombre que llevan impreso.",
  "public.privacy.yourData.open": "Ir a tu página de privacidad",
  // — fin de lo que es cierto hoy —
  "public.privacy.cookies.title": "Cookies",
  "public.privacy.cookies.session":
    "Las cookies de sesión mantienen tu sesión abierta y recuerdan si pediste no mantenerla. Solo las creamos cuando inicias sesión, y terminan cuando la cierras.",
  "public.privacy.cookies.language": "Una cookie de idioma recuerda si elegiste inglés o español.",
  "public.privacy.cookies.none": "Eso es todo: nada de cookies de rastreo, de análisis ni de publicidad.",
  "public.privacy.email.title": "Correo electrónico",
  "public.privacy.email.body": "Solo te escribimos sobre tu cuenta y tus capacitaciones.",
  "public.privacy.questions.title": "Preguntas",
  "public.privacy.questions.write": "¿Tienes preguntas sobre tu información? Escríbenos a",
  "public.privacy.questions.admin":
    "¿Tienes preguntas sobre tu información? Pregúntale a una persona administradora del centro y te ayudará.",
};
