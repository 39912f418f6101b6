"""Dutch rule table."""

from newsparse.rules import common
from newsparse.rules.table import LanguageTable

TABLE = LanguageTable(
    code="nl",
    name="Dutch",
    stopwords=frozenset(
        ["aan", "al", "alles", "als", "altijd", "andere", "ben", "bij", "daar", "dan", "dat", "de", "der", "deze", "die", "dit", "doch", "doen", "door", "dus", "een", "eens", "en", "er", "ge", "geen", "geweest", "haar", "had", "heb", "hebben", "heeft", "hem", "het", "hier", "hij", "hoe", "hun", "iemand", "iets", "ik", "in", "is", "ja", "je", "kan", "kon", "kunnen", "maar", "me", "meer", "men", "met", "mij", "mijn", "moet", "na", "naar", "niet", "niets", "nog", "nu", "of", "om", "omdat", "onder", "ons", "ook", "op", "over", "reeds", "te", "tegen", "toch", "toen", "tot", "u", "uit", "uw", "van", "veel", "voor", "want", "waren", "was", "wat", "werd", "wezen", "wie", "wil", "worden", "wordt", "zal", "ze", "zelf", "zich", "zij", "zijn", "zo", "zonder", "zou", "volgens", "nadat", "echter"]
    ),
    lines={
        "share": ("delen", "deel", "deel dit artikel", "delen via", "delen op facebook", "delen op twitter", "printen",
                  "afdrukken", "mailen", "kopieer link", "volgen", "bewaren", "opslaan"),
        "comments": ("reacties", "reactie", "reageer", "reageren", "plaats een reactie", "bekijk reacties"),
        "newsletter": ("nieuwsbrief", "aanmelden", "schrijf je in", "inschrijven"),
        "advertisement": ("advertentie", "gesponsord", "reclame"),
        "cookie": ("accepteren", "alles accepteren", "weigeren", "cookie-instellingen", "akkoord"),
        "paywall": ("doneer", "doneer nu", "steun ons", "abonneer", "word abonnee", "abonnement", "al abonnee?", "premium"),
        "navigation": (
            # a shop's cart, its buttons and notices ("Je winkelwagen is leeg": no headline)
            "winkelwagen", "in winkelwagen", "naar winkelwagen", "je winkelwagen is leeg", "uw winkelwagen is leeg",
            "wachtwoord", "gebruikersnaam", "onthoud mij", "naar inhoud springen", "ga naar de inhoud", "direct naar de inhoud", "home", "zoeken", "menu", "inloggen", "mijn account", "vorige", "volgende", "terug", "meer",
                       "tags", "onderwerpen", "binnenland", "buitenland", "politiek", "economie", "sport", "cultuur",
                       "video", "foto's", "regio"),
        "footer": ("colofon", "contact", "privacy", "privacybeleid", "privacyverklaring", "algemene voorwaarden",
                   "over ons", "adverteren", "vacatures", "alle rechten voorbehouden", "disclaimer"),
        "other": ("foto", "laden", "laden...", "leestijd"),
        "related": ("lees ook", "lees meer", "gerelateerd", "gerelateerde artikelen", "meest gelezen", "populair",
                    "meer nieuws", "laatste nieuws", "aanbevolen", "bekijk ook", "meer over", "ook interessant"),
    },
    prefixes={
        "related": (r"(?:lees|bekijk) ook\b", r"meer (?:nieuws|over)\b",),
        "share": (r"klik om te (?:delen|printen|e-?mailen)\b", r"deel (?:dit|via|op)\b", r"volg ons\b"),
        "newsletter": (r"meld je aan\b", r"schrijf je in\b", r"ontvang\b.{0,60}nieuwsbrief"),
        "paywall": (r"om verder te lezen\b", r"dit artikel is\b.{0,30}abonnees"),
        "cookie": (r"(?:wij gebruiken|we gebruiken|deze (?:web)?site gebruikt) cookies\b", r"privacy en cookies:",
                   r"voor meer informatie, onder andere over cookiebeheer\b"),
        "comments": (r"deze (?:site|website) gebruikt akismet\b",  # WordPress's spam filter notice under the comment form
                     # WordPress's comment form, as text
                     r"je reageert onder je\b.{0,20}\baccount\b", r"stuur mij een e-?mail als er nieuwe (?:reacties|berichten)\b",
                     r"\d{1,7} reacties?\b",),
        "footer": (common.COPYRIGHT_NOTICE, r"alle rechten voorbehouden\b", common.reserved_notice(r"alle rechten voorbehouden\b")),
        "navigation": (
            # a shop's cart with its count ("Winkelwagen (0)")
            r"winkelwagen:? \(?\d{1,4}\)?$",
            r"tags?\s*:", r"u bent hier\s*(?::|$)", r"je bent hier\s*(?::|$)", r"onderwerpen\s*:"),
        "other": (r"bekijk dit bericht op instagram\b", r"een bericht gedeeld door\b", r"deze (?:site|website) wordt beschermd door recaptcha\b",),
    },
    about_author=("over",),
    author_labels=("over de auteur", "over de schrijver"),
    recipe_ingredients=("ingrediënten",),
    recipe_steps=("bereiding", "bereidingswijze", "instructies"),
    byline_markers=("geplaatst door", "door", "auteur:", "tekst:", "geschreven door", "tekst en foto's:", "tekst en beeld:"),
    category_prepositions=("in",),
    name_joiners=("en", "&"),
    agency_joiners=("met", "en"),
    outlet_words=("krant", "nieuws", "dagblad"),
    newsroom_names=("redactie", "de redactie"),
    byline_titles=("redacteur", "correspondent", "verslaggever", "redactie"),
    credit_markers=(r"foto", r"beeld", r"afbeelding", r"bron", r"illustratie", r"video"),
    caption_markers=('onderschrift', 'bijschrift'),
    counter_words=('van',),
    weekdays=("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    months={
        "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "april": 4, "apr": 4, "mei": 5,
        "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    },
    published_words=("gepubliceerd", "gepubliceerd op", "geplaatst", "geplaatst op", "datum"),
    updated_words=("bijgewerkt", "bijgewerkt op", "laatst bijgewerkt", "gewijzigd"),
    title_echoes=(r"\d{1,5} (?:gedachten?|reacties?|antwoorden?) (?:op|over)", r"(?:een|één|geen) (?:gedachten?|reacties?|antwoorden?) (?:op|over)"),
    post_notes=(r"dit (?:bericht|artikel) (?:werd|is) geplaatst(?: in [^\n]{1,80}?)? op (?:\w+,? )?{date}",),
    relative_time=(r"\d{1,7}\s*(?:seconden?|minuten?|min|uur|uren|dagen?|weken?|maanden?|jaren?)\s+geleden", r"gisteren", r"vandaag"),
    contributors=(r"\((?:anp|belga|reuters|afp)\)\s*$", r"vertaald (?:\S{1,12} ){0,3}door\b", r"vertaling\s*:",),
)
