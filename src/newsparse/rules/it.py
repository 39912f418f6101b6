"""Italian rule table."""

from newsparse.rules import common
from newsparse.rules.table import LanguageTable

TABLE = LanguageTable(
    code="it",
    name="Italian",
    stopwords=frozenset(
        ["a", "ad", "al", "alla", "alle", "allo", "agli", "ai", "anche", "che", "chi", "ci", "come", "con", "contro", "cui", "da", "dal", "dalla", "dalle", "dai", "degli", "dei", "del", "della", "delle", "dello", "di", "dove", "e", "ed", "è", "era", "erano", "essere", "fa", "fra", "gli", "ha", "hanno", "ho", "i", "il", "in", "io", "la", "le", "lei", "lo", "loro", "lui", "ma", "mi", "mia", "mio", "ne", "nei", "nel", "nella", "nelle", "nello", "no", "noi", "non", "nostra", "nostro", "o", "per", "perché", "più", "poi", "quale", "quando", "quella", "quello", "questa", "questo", "se", "sei", "si", "sia", "siamo", "sono", "su", "sua", "sue", "sui", "sul", "sulla", "suo", "tra", "tu", "tutti", "tutto", "un", "una", "uno", "voi", "anche", "stato", "stata", "dopo", "ancora", "già", "solo", "oltre", "secondo"]
    ),
    lines={
        "share": ("condividi", "condividi su facebook", "condividi su twitter", "stampa", "invia", "invia per email",
                  "copia link", "segui", "salva"),
        "comments": ("commenti", "commento", "commenta", "lascia un commento", "rispondi", "mostra commenti"),
        "newsletter": ("newsletter", "iscriviti", "iscriviti alla newsletter"),
        "advertisement": ("pubblicità", "annuncio", "contenuto sponsorizzato", "sponsorizzato"),
        "cookie": ("accetta", "accetta tutti", "rifiuta", "gestisci cookie", "impostazioni cookie"),
        "paywall": ("dona ora", "sostienici", "abbonati", "abbonati ora", "riservato agli abbonati", "sei già abbonato?"),
        "navigation": (
            # a shop's cart, its buttons and notices ("Il carrello è vuoto": no headline)
            "carrello", "aggiungi al carrello", "vai al carrello", "il tuo carrello è vuoto", "il carrello è vuoto",
            "nome utente", "ricordami", "vai al contenuto", "salta al contenuto", "home", "cerca", "menu", "accedi", "registrati", "il mio account", "precedente", "successivo",
                       "indietro", "altro", "tag", "argomenti", "politica", "economia", "cronaca", "esteri",
                       "sport", "cultura", "spettacoli", "video", "foto"),
        "footer": ("note legali", "contatti", "privacy policy", "informativa privacy", "chi siamo", "mappa del sito",
                   "tutti i diritti riservati", "termini e condizioni", "redazione"),
        "other": ("foto", "caricamento", "caricamento...", "tempo di lettura", "scopri di più", "leggi di più",
                  "continua a leggere", "password dimenticata?"),
        "related": ("leggi anche", "potrebbe interessarti", "ti potrebbe interessare", "articoli correlati", "correlati",
                    "i più letti", "più letti", "ultime notizie", "altre notizie", "consigliati", "dello stesso autore",
                    "potrebbe interessarti anche", "notizie correlate", "in evidenza"),
    },
    prefixes={
        "related": (r"(?:leggi|vedi) anche\b", r"altre notizie\b", r"(?:i )?più letti\b", r"\(leggi anche\b"),
        "share": (r"fai clic per (?:condividere|stampare|inviare)\b", r"condividi (?:su|via)\b", r"seguici\b"),
        "newsletter": (r"iscriviti (?:alla|alle)\b", r"ricevi\b.{0,60}(?:newsletter|email)"),
        "paywall": (r"per continuare a leggere\b", r"questo articolo è riservato\b"),
        "cookie": (r"(?:questo sito|utilizziamo|usiamo)\b.{0,30}cookie", r"privacy e cookie:",
                   r"per ulteriori informazioni, anche sul controllo dei cookie\b"),
        "comments": (r"questo sito (?:usa|utilizza) akismet\b",  # WordPress's spam filter notice under the comment form
                     # WordPress's comment form, as text
                     r"stai commentando usando il tuo account\b", r"avvisami (?:via e-?mail )?(?:alla pubblicazione|di nuovi commenti)\b",
                     r"\d{1,7} commenti\b",),
        "footer": (common.COPYRIGHT_NOTICE, r"tutti i diritti riservati\b", common.reserved_notice(r"(?:tutti i diritti|riproduzione) riservat[ai]\b"), r"p\.?\s?iva\b"),
        "navigation": (
            # a shop's cart with its count ("Carrello (0)")
            r"carrello:? \(?\d{1,4}\)?$",
            r"tag\s*:", r"sei qui\s*(?::|$)", r"ti trovi (?:in|qui)\s*(?::|$)", r"argomenti\s*:"),
        "other": (r"visualizza questo post su instagram\b", r"un post condiviso da\b", r"questo sito è protetto da recaptcha\b",),
    },
    about_author=("su",),
    author_labels=("sull'autore", "l'autore", "chi è l'autore"),
    recipe_ingredients=("ingredienti",),
    recipe_steps=("preparazione", "procedimento", "istruzioni"),
    byline_markers=("pubblicato da", "scritto da", "di", "autore:", "a cura di", "scritto da", "testo e foto:", "testo e foto di"),
    category_prepositions=("in",),
    name_joiners=("e", "&"),
    agency_joiners=("con", "e"),
    outlet_words=("giornale", "notizie", "stampa", "quotidiano"),
    newsroom_names=("redazione", "la redazione", "redazione online"),
    byline_titles=("giornalista", "corrispondente", "inviato", "inviata", "redazione"),
    credit_markers=(r"foto", r"fotografia", r"immagine", r"credito", r"fonte", r"video"),
    caption_markers=('didascalia',),
    counter_words=('di',),
    weekdays=("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    months={
        "gennaio": 1, "gen": 1, "febbraio": 2, "feb": 2, "marzo": 3, "mar": 3, "aprile": 4, "apr": 4, "maggio": 5,
        "mag": 5, "giugno": 6, "giu": 6, "luglio": 7, "lug": 7, "agosto": 8, "ago": 8, "settembre": 9, "set": 9,
        "ottobre": 10, "ott": 10, "novembre": 11, "nov": 11, "dicembre": 12, "dic": 12,
    },
    published_words=("pubblicato", "pubblicato il", "data"),
    updated_words=("aggiornato", "aggiornato il", "ultimo aggiornamento", "modificato"),
    title_echoes=(r"\d{1,5} (?:comment[oi]|rispost[ae]|pensier[oi]) (?:su|a|per)", r"(?:un|una|nessun) (?:comment[oi]|rispost[ae]|pensier[oi]) (?:su|a|per)"),
    post_notes=(r"(?:questo articolo|questa voce) è stat[ao] (?:pubblicat[ao]|scritt[ao])(?: in [^\n]{1,80}?)? (?:il|in data) (?:\w+,? )?{date}",),
    relative_time=(r"\d{1,7}\s*(?:secondi|minuti|min|ore|giorni|settimane|mesi|anni)\s+fa", r"ieri", r"oggi"),
    contributors=(r"\((?:ansa|agi|adnkronos|afp|reuters)\)\s*$", r"tradott[oa] (?:\S{1,12} ){0,3}da\b", r"traduzione\s*(?::|di\b)",),
)
