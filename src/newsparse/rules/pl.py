"""Polish rule table."""

from newsparse.rules import common
from newsparse.rules.table import LanguageTable

TABLE = LanguageTable(
    code="pl",
    name="Polish",
    stopwords=frozenset(
        ["a", "aby", "ale", "bardzo", "bez", "bo", "być", "był", "była", "było", "były", "będzie", "co", "czy", "dla", "do", "gdy", "gdzie", "go", "i", "ich", "ile", "im", "in", "jak", "jako", "je", "jego", "jej", "jest", "jestem", "jeszcze", "jeśli", "już", "ją", "kiedy", "kto", "która", "które", "który", "ma", "mają", "mi", "może", "można", "na", "nad", "nas", "nie", "nich", "nim", "niż", "o", "od", "oraz", "po", "pod", "przez", "przy", "się", "sobie", "są", "ta", "tak", "także", "tam", "te", "tego", "tej", "ten", "to", "tu", "tylko", "tym", "w", "we", "więc", "z", "za", "ze", "że", "żeby", "jednak", "według", "też", "został", "została", "zostało"]
    ),
    lines={
        "share": ("udostępnij", "podziel się", "udostępnij na facebooku", "drukuj", "wyślij", "kopiuj link",
                  "obserwuj", "zapisz"),
        "comments": ("podziel się opinią", "smakowało? podziel się opinią", "komentarze", "komentarz", "skomentuj", "dodaj komentarz", "odpowiedz", "pokaż komentarze"),
        "newsletter": ("newsletter", "zapisz się", "zapisz się do newslettera"),
        "advertisement": ("reklama", "materiał sponsorowany", "sponsorowane", "artykuł sponsorowany"),
        "cookie": ("akceptuję", "akceptuj", "zaakceptuj wszystkie", "odrzuć", "ustawienia cookies", "zgadzam się"),
        "paywall": ("wesprzyj nas", "wpłać darowiznę", "subskrybuj", "wykup subskrypcję", "kup dostęp", "tylko dla subskrybentów", "premium"),
        "navigation": (
            # a shop's cart, its buttons and notices ("Koszyk jest pusty": no headline)
            "koszyk", "dodaj do koszyka", "przejdź do koszyka", "twój koszyk jest pusty", "koszyk jest pusty",
            "hasło", "nazwa użytkownika", "zapamiętaj mnie", "przejdź do treści", "przejdź do zawartości", "skocz do treści", "skocz do głównej nawigacji",
                       "skocz do wyszukiwarki", "strona główna", "szukaj", "menu", "zaloguj", "zaloguj się", "moje konto", "poprzedni",
                       "następny", "wstecz", "więcej", "tagi", "tematy", "polityka", "gospodarka", "sport",
                       "kultura", "świat", "kraj", "wideo", "zdjęcia"),
        "footer": ("kontakt", "regulamin", "polityka prywatności", "o nas", "mapa strony", "wszelkie prawa zastrzeżone",
                   "reklama", "redakcja", "praca"),
        "other": ("zdjęcie", "ładowanie", "ładowanie...", "czas czytania", "czytaj więcej", "dowiedz się więcej",
                  "nie pamiętasz hasła?"),
        "related": ("czytaj także", "czytaj też", "zobacz także", "zobacz też", "polecamy", "najczęściej czytane",
                    "najpopularniejsze", "powiązane artykuły", "podobne artykuły", "więcej informacji", "najnowsze"),
    },
    prefixes={
        "related": (r"(?:czytaj|zobacz) (?:także|też)\b", r"więcej (?:informacji|artykułów)\b",),
        "share": (r"kliknij,? aby (?:udostępnić|wydrukować|wysłać)\b", r"udostępnij (?:na|przez)\b", r"obserwuj nas\b"),
        "newsletter": (r"zapisz się (?:do|na)\b",),
        "paywall": (r"aby czytać dalej\b", r"ten artykuł jest dostępny\b"),
        "cookie": (r"(?:używamy|korzystamy z) (?:plików )?cookies?\b", r"ta strona (?:używa|korzysta z)\b.{0,20}cookies",
                   r"prywatność i pliki cookies?:", r"aby dowiedzieć się więcej, włącznie z tym, jak kontrolować pliki cookie\b"),
        "comments": (r"ta (?:strona|witryna) (?:używa|wykorzystuje) akismet\b",  # WordPress's spam filter notice under the comment form
                     # WordPress's comment form, as text
                     r"komentujesz korzystając z konta\b", r"powiadom mnie o (?:nowych komentarzach|nowych wpisach)\b",
                     r"\d{1,7} komentarz[yy]?\b",),
        "footer": (common.COPYRIGHT_NOTICE, r"wszelkie prawa zastrzeżone\b", common.reserved_notice(r"wszelkie prawa zastrzeżone\b")),
        "navigation": (
            # a shop's cart with its count ("Koszyk (0)")
            r"koszyk:? \(?\d{1,4}\)?$",
            r"tagi\s*:", r"jesteś tutaj\s*(?::|$)", r"tematy\s*:"),
        "other": (r"wyświetl ten post na instagramie\b", r"post udostępniony przez\b", r"ta strona jest chroniona (?:przez )?(?:usługę )?recaptcha\b",),
    },
    about_author=("o",),
    author_labels=("o autorze", "o autorce"),
    recipe_ingredients=("składniki",),
    recipe_steps=("przygotowanie", "sposób przygotowania", "wykonanie"),
    byline_markers=("autor:", "autorka:", "opracowanie:", "tekst:", "przez", "tekst i zdjęcia:"),
    # "przez" is also the preposition "through": names must follow it
    preposition_markers=("przez",),
    name_joiners=("i", "oraz", "&"),
    agency_joiners=("i", "oraz"),
    newsroom_names=("redakcja",),
    byline_titles=("dziennikarz", "dziennikarka", "korespondent", "redakcja"),
    credit_markers=(r"fot\.", r"fot", r"foto", r"zdjęcie", r"źródło", r"ilustracja", r"wideo"),
    caption_markers=('podpis',),
    counter_words=('z',),
    weekdays=("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"),
    months={
        "stycznia": 1, "styczeń": 1, "sty": 1, "lutego": 2, "luty": 2, "lut": 2, "marca": 3, "marzec": 3,
        "kwietnia": 4, "kwiecień": 4, "kwi": 4, "maja": 5, "maj": 5, "czerwca": 6, "czerwiec": 6, "cze": 6,
        "lipca": 7, "lipiec": 7, "lip": 7, "sierpnia": 8, "sierpień": 8, "sie": 8, "września": 9, "wrzesień": 9,
        "wrz": 9, "października": 10, "październik": 10, "paź": 10, "listopada": 11, "listopad": 11, "lis": 11,
        "grudnia": 12, "grudzień": 12, "gru": 12,
    },
    published_words=("opublikowano", "data publikacji", "data"),
    updated_words=("aktualizacja", "zaktualizowano", "ostatnia aktualizacja"),
    title_echoes=(r"\d{1,5} (?:myśli?|komentarz(?:y|e)?|odpowiedzi) (?:na temat|do|na)", r"(?:jedna|jeden) (?:myśli?|komentarz(?:y|e)?|odpowiedzi) (?:na temat|do|na)"),
    post_notes=(r"ten (?:wpis|artykuł) został (?:opublikowany|napisany)(?: w kategorii [^\n]{1,80}?)?(?: dnia)? (?:\w+,? )?{date}",),
    relative_time=(r"\d{1,7}\s*(?:sekund[ay]?|minut[ay]?|min|godzin[ay]?|godz\.?|dni|dzień|tygodni[ea]?|miesięcy|lat[a]?)\s+temu", r"wczoraj", r"dzisiaj"),
    contributors=(r"\((?:pap|iar|reuters|afp)\)\s*$", r"(?:tłumaczenie|przekład)\s*:", r"przetłumaczyła?\b",),
)
