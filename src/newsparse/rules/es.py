"""Spanish rule table."""

from newsparse.rules import common
from newsparse.rules.table import LanguageTable

TABLE = LanguageTable(
    code="es",
    name="Spanish",
    stopwords=frozenset(
        ["a", "al", "algo", "algunas", "algunos", "ante", "antes", "como", "con", "contra", "cual", "cuando", "de", "del", "desde", "donde", "durante", "e", "el", "ella", "ellas", "ellos", "en", "entre", "era", "erais", "eran", "eras", "eres", "es", "esa", "esas", "ese", "eso", "esos", "esta", "estaba", "estaban", "estado", "estados", "estamos", "estar", "estas", "este", "esto", "estos", "fue", "fueron", "fui", "ha", "han", "has", "hasta", "hay", "la", "las", "le", "les", "lo", "los", "mas", "me", "mi", "mis", "mucho", "muy", "más", "nada", "ni", "no", "nos", "nosotros", "o", "os", "otra", "otras", "otro", "otros", "para", "pero", "poco", "por", "porque", "que", "quien", "quienes", "qué", "se", "sea", "ser", "si", "sido", "sin", "sobre", "son", "su", "sus", "también", "tanto", "te", "tiene", "tienen", "todo", "todos", "tu", "un", "una", "uno", "unos", "y", "ya", "él", "ésta", "había", "según", "tras", "además", "cada", "fue", "sería", "está", "están"]
    ),
    lines={
        "share": ("compartir", "compartir en facebook", "compartir en twitter", "compartir en whatsapp", "imprimir",
                  "enviar", "enviar por email", "copiar enlace", "tuitear", "seguir", "guardar", "compartí"),
        "comments": ("comentarios", "comentario", "comentar", "dejá tu comentario", "deja tu comentario",
                     "ver comentarios", "responder", "deja un comentario"),
        "newsletter": ("newsletter", "boletín", "suscribite", "suscríbete", "suscribirse", "registrarse"),
        "advertisement": ("publicidad", "anuncio", "contenido patrocinado", "patrocinado"),
        "cookie": ("aceptar", "aceptar todo", "rechazar", "configurar", "configuración de cookies"),
        "paywall": ("dona", "donar", "haz una donación", "apóyanos", "suscríbete", "suscribirme", "hazte socio", "exclusivo para suscriptores", "ya soy suscriptor"),
        "navigation": (
            # a shop's cart, its buttons and notices ("Tu carrito está vacío": no headline)
            "carrito", "añadir al carrito", "agregar al carrito", "ver carrito", "tu carrito está vacío",
            "contraseña", "nombre de usuario", "recordarme", "saltar al contenido", "ir al contenido", "ir al contenido principal", "inicio", "portada", "buscar", "menú", "iniciar sesión", "ingresar", "mi cuenta", "anterior",
                       "siguiente", "volver", "más", "temas", "etiquetas", "política", "economía", "sociedad",
                       "deportes", "cultura", "internacional", "opinión", "espectáculos", "tecnología", "vídeos", "videos",
                       "fotos", "mundo", "nacional"),
        "footer": ("aviso legal", "contacto", "política de privacidad", "términos y condiciones", "quiénes somos",
                   "mapa del sitio", "todos los derechos reservados", "política de cookies"),
        "other": ("foto", "cargando", "cargando...", "tiempo de lectura", "leer más", "más información", "seguir leyendo",
                  "¿olvidaste tu contraseña?"),
        "related": ("otras noticias", "más noticias", "te puede interesar", "le puede interesar", "puedes ver", "también te puede interesar", "también le puede interesar", "lo más leído", "las más leídas", "más leídas",
                    "noticias relacionadas", "relacionadas", "informate más", "lee también", "lea también", "ver también",
                    "últimas noticias", "lo que se lee ahora", "más noticias", "te recomendamos", "recomendados",
                    "notas relacionadas", "artículos relacionados", "más de", "lo último", "lo más visto", "seguí leyendo"),
    },
    prefixes={
        "other": (r"ver esta publicación en instagram\b", r"una publicación compartida (?:de|por)\b", r"(?:este sitio (?:está )?)?protegido por recaptcha\b", r"\d(?:[.,]\d{1,2})? de \d{1,2} estrellas?\b", r"\d{1,7} (?:valoraciones|opiniones)$", r"haz clic\b", r"hacé clic\b",r"escríbenos a\b"),
        "related": (r"otras noticias (?:de|sobre)\b", r"(?:más|últimas) (?:noticias|de)\b", r"(?:lee|lea|ver|mirá|mira) también\b", r"lo más (?:leído|visto)\b", r"puedes ver:", r"lee también:", r"(?:también )?(?:te|le) (?:puede|podría) interesar\b"),
        "share": (r"haz clic para (?:compartir|imprimir|enviar)\b", r"compartir (?:en|por)\b", r"s[ií]guenos\b"),
        "newsletter": (r"suscr[ií]b(?:ete|ite) a\b", r"recib[ií]\b.{0,60}(?:newsletter|correo)"),
        "paywall": (r"apoya (?:el|nuestro) periodismo\b", r"para seguir leyendo\b", r"este contenido es exclusivo\b"),
        "cookie": (r"(?:utilizamos|usamos) cookies\b", r"este sitio (?:web )?utiliza cookies\b",
                   r"privacidad y cookies:", r"para obtener más información, incluido cómo controlar las cookies\b"),
        "comments": (r"este sitio usa akismet\b",  # WordPress's spam filter notice under the comment form
                     # WordPress's comment form, as text
                     r"estás comentando usando tu cuenta\b", r"recibir nuevos comentarios por (?:email|correo)\b",
                     r"\d{1,7} comentarios?\b",),
        "footer": (common.COPYRIGHT_NOTICE, r"todos los derechos reservados\b", common.reserved_notice(r"todos los derechos reservados\b")),
        "navigation": (
            # a shop's cart with its count ("Carrito (0)")
            r"carrito:? \(?\d{1,4}\)?$",
            r"temas?\s*:", r"usted está aquí\s*(?::|$)", r"está aquí\s*(?::|$)", r"etiquetas\s*:"),
    },
    about_author=("sobre", "acerca de"),
    author_labels=("sobre el autor", "sobre la autora", "acerca del autor"),
    recipe_ingredients=("ingredientes",),
    recipe_steps=("preparación", "elaboración", "instrucciones", "pasos", "modo de preparación"),
    byline_markers=("por", "escribe", "autor:", "autor(es):", "escrito por", "redacción:", "publicado por", "por:", "texto y fotos:", "texto y fotos por"),
    category_prepositions=("en",),
    name_joiners=("y", "&"),
    agency_joiners=("con", "y"),
    outlet_words=("diario", "noticias", "prensa", "revista"),
    newsroom_names=("redacción", "la redacción"),
    byline_titles=("periodista", "corresponsal", "redacción", "enviado especial", "enviada especial"),
    credit_markers=(r"foto", r"fotos", r"fotografía", r"imagen", r"crédito", r"fuente", r"video"),
    caption_markers=('pie de foto', 'leyenda'),
    counter_words=('de',),
    weekdays=("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    months={
        "enero": 1, "ene": 1, "febrero": 2, "feb": 2, "marzo": 3, "mar": 3, "abril": 4, "abr": 4, "mayo": 5,
        "may": 5, "junio": 6, "jun": 6, "julio": 7, "jul": 7, "agosto": 8, "ago": 8, "septiembre": 9,
        "setiembre": 9, "sep": 9, "sept": 9, "octubre": 10, "oct": 10, "noviembre": 11, "nov": 11,
        "diciembre": 12, "dic": 12,
    },
    published_words=("publicado", "publicado el", "fecha"),
    updated_words=("actualizado", "actualizado el", "última actualización", "modificado"),
    title_echoes=(r"\d{1,5} (?:comentarios?|respuestas?|pensamientos?|reflexi(?:ón|ones)) (?:en|a|sobre|para)", r"(?:un|una|no hay) (?:comentarios?|respuestas?|pensamientos?|reflexi(?:ón|ones)) (?:en|a|sobre|para)"),
    post_notes=(r"(?:esta entrada|este artículo) fue (?:publicad[ao]|escrit[ao])(?: en [^\n]{1,80}?)? el (?:\w+,? )?{date}",),
    relative_time=(r"hace\s+\d{1,7}\s*(?:segundos?|minutos?|min|horas?|h|días?|semanas?|meses?|años?)", r"ayer", r"hoy"),
    contributors=(r"con información de\b", r"traducid[oa] (?:\S{1,12} ){0,3}por\b", r"traducción\s*:", r"(?:revisado|verificado|avalado) (?:médicamente|científicamente) por\b", r"\((?:efe|afp|ap|reuters|europa press)\)\s*$"),
)
