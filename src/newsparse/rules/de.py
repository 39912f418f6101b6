"""German rule table."""

from newsparse.rules import common
from newsparse.rules.table import LanguageTable

TABLE = LanguageTable(
    code="de",
    name="German",
    stopwords=frozenset(
        ["aber", "alle", "allem", "allen", "aller", "alles", "als", "also", "am", "an", "ander", "andere", "anderem", "anderen", "anderer", "anderes", "auch", "auf", "aus", "bei", "bin", "bis", "bist", "da", "damit", "dann", "das", "dass", "daß", "dem", "den", "denn", "der", "des", "dessen", "dich", "die", "dies", "diese", "diesem", "diesen", "dieser", "dieses", "dir", "doch", "dort", "du", "durch", "ein", "eine", "einem", "einen", "einer", "eines", "einig", "einige", "er", "es", "etwas", "euer", "für", "gegen", "gewesen", "hab", "habe", "haben", "hat", "hatte", "hatten", "hier", "hin", "hinter", "ich", "ihm", "ihn", "ihnen", "ihr", "ihre", "ihrem", "ihren", "ihrer", "im", "in", "indem", "ins", "ist", "jede", "jedem", "jeden", "jeder", "jedes", "jene", "jetzt", "kann", "kein", "keine", "können", "könnte", "machen", "man", "manche", "mein", "meine", "mich", "mir", "mit", "muss", "musste", "nach", "nicht", "nichts", "noch", "nun", "nur", "ob", "oder", "ohne", "schon", "sehr", "sein", "seine", "seinem", "seinen", "seiner", "sich", "sie", "sind", "so", "solche", "soll", "sollte", "sondern", "sonst", "um", "und", "uns", "unser", "unter", "viel", "vom", "von", "vor", "war", "waren", "warum", "was", "weil", "welche", "wenn", "wer", "werde", "werden", "wie", "wieder", "will", "wir", "wird", "wirst", "wo", "wollen", "wollte", "würde", "würden", "zu", "zum", "zur", "zwar", "zwischen", "über", "sei", "seit", "wurde", "wurden", "bereits", "immer", "mehr", "sowie", "laut"]
    ),
    lines={
        "share": (
            "teilen", "artikel teilen", "seite teilen", "beitrag teilen", "auf facebook teilen",
            "auf twitter teilen", "auf whatsapp teilen", "per e-mail teilen", "via e-mail teilen",
            "per mail teilen", "twittern", "mitteilen", "merken", "drucken", "artikel drucken",
            "e-mail", "mail", "link kopieren", "teilen auf", "folgen", "artikel merken", "versenden",
            "artikel versenden", "empfehlen", "link zum artikel", "mailen", "zu favoriten hinzufügen",
            "zu den favoriten hinzufügen",
        ),
        "comments": ("kommentare geschlossen", "die kommentarfunktion ist geschlossen",
            # a blog post's footer links ("Kommentarfeed | Kommentare geschlossen | Trackback-URL")
            "kommentarfeed", "trackback-url", "trackback",
            "kommentare", "kommentar", "kommentieren", "kommentar schreiben", "schreiben sie einen kommentar",
            "kommentare anzeigen", "zu den kommentaren", "diskussion", "link zur diskussion", "antworten",
            "leserkommentare", "name *", "e-mail *", "website", "kommentar abschicken",
            # WordPress's comment prompts
            "schreibe einen kommentar", "hinterlasse einen kommentar", "einen kommentar hinterlassen", "keine kommentare",
            "hinterlasse eine antwort", "antworten abbrechen", "kommentar verfassen", "antwort abbrechen",
        ),
        "newsletter": (
            "newsletter", "anmelden", "jetzt anmelden", "newsletter abonnieren", "zum newsletter",
            "abonnieren",
        ),
        "advertisement": ("anzeige", "werbung", "gesponsert", "sponsored", "anzeigen"),
        "cookie": ("akzeptieren", "alle akzeptieren", "einstellungen", "zustimmen", "ablehnen", "cookie-einstellungen",
                   "auswahl speichern", "auswahl speichern & schließen", "einstellungen speichern", "speichern & schließen"),
        "paywall": ("spenden", "jetzt spenden", "unterstützen", "jetzt unterstützen", "unterstützen sie uns", "unterstützer werden", "unterstützer*in werden", 
            "abo", "jetzt abonnieren", "plus", "abo abschließen", "weiterlesen mit", "jetzt testen",
            "bereits abonnent?", "zum abo",
        ),
        "navigation": (
            "tv-programm",  # (a broadcaster's menu link to its schedule)
            # an account's prompts ("Neu hier? Jetzt registrieren")
            "neu hier?", "jetzt registrieren", "neu hier? jetzt registrieren", "noch kein konto?", "konto erstellen", "benutzerkonto erstellen",
            # a shop's cart, its buttons and notices ("Es befinden sich keine Artikel im Warenkorb": no headline)
            "warenkorb", "in den warenkorb", "zum warenkorb", "zum warenkorb hinzufügen", "zum warenkorb gehen",
            "ihr warenkorb ist leer", "dein warenkorb ist leer", "der warenkorb ist leer", "es befinden sich keine artikel im warenkorb",
            "sie haben etwas zum warenkorb hinzugefügt",
            "passwort", "kennwort", "benutzername", "angemeldet bleiben", "passwort bestätigen", "passwort wiederholen",
            "zum inhalt springen", "zum hauptinhalt springen", "zum hauptinhalt", "zur suche springen", "zum inhalt wechseln", "direkt zum inhalt", "zur navigation springen", "startseite", "inhalt", "inhaltsverzeichnis", "suche", "menü", "zurück", "weiter", "mehr", "alle", "anmelden", "login",
            "abmelden", "registrieren", "nach oben", "zum inhalt", "navigation", "themen", "schlagworte",
            "weniger", "mehr anzeigen", "alle anzeigen", "vorheriger artikel", "nächster artikel",
            "politik", "wirtschaft", "sport", "kultur", "panorama", "wissen", "leben", "meinung",
            "digital", "reise", "auto", "regional", "lokales", "nachrichten", "video", "videos",
            "bilder", "fotos", "bildergalerie", "übersicht",
        ),
        "footer": (
            "impressum", "datenschutz", "datenschutzerklärung", "impressum und datenschutz", "datenschutz und impressum", "kontakt", "agb", "nutzungsbedingungen",
            "über uns", "mediadaten", "karriere", "hilfe", "barrierefreiheit", "alle rechte vorbehalten",
            "redaktion", "jobs", "presse", "abo-service", "leserservice",
        ),
        "other": ("bild", "foto", "quelle", "lesezeit", "wird geladen", "laden", "vorlesen", "artikel vorlesen",
                  "rezept drucken", "bei pinterest speichern", "war der artikel nützlich?", "war dieser artikel hilfreich?",
                  "über den autor", "über die autorin", "quellenangaben", "originalpublikation", "weiterlesen",
                  "mehr erfahren", "mehr lesen", "passwort vergessen?", "kennwort vergessen?", "website durchsuchen",
                  # accessibility toggles, app prompts
                  "kontrast ändern", "schriftgröße ändern", "hol dir die app!", "hol dir die app", "app herunterladen",
                  ),
        "related": ("artikel zum thema", 
            "auch lesen", "auch lesen:", "mehr zum thema", "das könnte sie auch interessieren", "das könnte dich auch interessieren",
            "auch interessant", "weitere artikel", "meistgelesen", "meistgelesene artikel", "am meisten gelesen",
            "lesen sie auch", "lies auch", "mehr dazu", "verwandte artikel", "ähnliche artikel", "empfehlungen",
            "top-artikel", "neueste artikel", "aktuelle nachrichten", "weitere nachrichten", "beliebt",
            "meistkommentiert", "mehr aus", "mehr zu", "mehr artikel", "passend dazu", "zum thema",
            "weitere themen", "top-themen", "aktuell", "neueste beiträge", "ähnliche beiträge",
            "verwandte themen", "verwandte themenbereiche", "weiterführende informationen", "weitere informationen",
            "zusatzinformationen",
        ),
    },
    prefixes={
        "related": (r"mehr (?:zum thema|zu|aus|von|über)\b", r"(?:weitere|neueste|aktuelle) (?:artikel|nachrichten|beiträge|meldungen)\b",
                    r"(?:lesen sie|lies) (?:auch|mehr)\b.{0,30}$", r"das (?:\w+ )?(?:könnte|wird|dürfte)\b.{0,30}(?:interessieren|gefallen)", r"auch lesen\b", r"lesen sie (?:hier|dazu)\b", r"empfehlungen (?:aus der|der) redaktion\b",
                    # "Populäre Artikel der letzten 7 Tage", "Top Themen der Redaktion", "Die beliebtesten Artikel"
                    r"(?:populäre|beliebte|die beliebtesten|meistgelesene|meistgeklickte) (?:artikel|beiträge|nachrichten)\b.{0,40}$",
                    r"top[- ]?themen\b.{0,30}$"),
        "share": (r"(?:auf|in|via|per) \S+ teilen\b",
                  # "Diesen Artikel teilen", "Diese Geschichte teilen", "Artikel per WhatsApp teilen", "Mit Freunden teilen"
                  r"(?:jetzt |den |diese[ns]? )?(?:artikel|beitrag|geschichte|seite) (?:per \S+ |mit (?:freunden|anderen) |auf \S+ )?teilen\b",
                  r"mit (?:freunden|anderen) teilen\b", r"folge (?:mir|uns)\b", r"folgen sie uns\b", r"teilen auf\b", r"artikel gefallen\?", r"vergiss nicht zu teilen\b", r"teile (?:diesen|den) (?:beitrag|artikel)\b", r"teilen sie (?:diesen|den) (?:beitrag|artikel)\b", r"teilen sie dies\b", r"möchten sie (?:den|diesen) (?:artikel|beitrag) teilen\b", r"(?:%d|\d{1,7}) bloggern gefällt das\b", r"url zum kopieren\b",
                  # WordPress's share and like buttons ("Klicken, um auf Twitter zu teilen (Wird in neuem Fenster geöffnet)")
                  r"klick(?:en)?,? (?:um|zum)\b.{0,80}\(wird in neuem fenster geöffnet\)", r"teilen mit:$", r"gefällt mir:$",
                  r"gefällt mir (?:wird geladen|lade)\b"),
        "newsletter": (r"(?:jetzt )?(?:für den |zum )?newsletter (?:anmelden|abonnieren)\b",
                       r"keine (?:neuigkeiten|news|nachrichten|beiträge|artikel)\b.{0,60}\bmehr verpassen\b", r"verpasse keine (?:news|story|neuheit|beiträge)\b", r"melden sie sich\b.{0,40}newsletter",
                       r"erhalten sie\b.{0,60}(?:newsletter|per e-?mail)", r"hier (?:kostenlos )?anmelden\b", r"(?:jetzt )?kostenlos anmelden\b",
                       r"informiere mich über neue beiträge\b", r"blog (?:via|per) e-?mail abonnieren\b",
                       r"gib deine e-mail-adresse an\b"),
        "paywall": (r"unterstützen sie (?:uns|unabhängigen journalismus|unsere arbeit|diese form)\b", r"ihr beitrag hilft\b", r"jetzt (?:spenden|unterstützen)\b", r"(?:jetzt )?weiterlesen mit\b", r"lesen sie (?:jetzt )?weiter mit\b", r"dieser artikel ist\b.{0,40}abonnenten",
                    r"sie haben bereits ein\b", r"um (?:diesen|den) artikel\b.{0,30}lesen"),
        "cookie": (r"wir verwenden cookies\b", r"diese (?:website|webseite|seite) (?:verwendet|nutzt) cookies\b", r"wir und unsere partner\b",
                   # WordPress's cookie banner
                   r"datenschutz (?:&|und) cookies:", r"weitere informationen, beispielsweise zur kontrolle von cookies\b"),
        "comments": (r"ihre e-mail-adresse wird nicht veröffentlicht\b",
                     # the comment form's heading: "Hinterlasse einen Kommentar", "Hinterlassen Sie eine Antwort"
                     r"\W{0,3}hinterlass(?:e|en sie) (?:jetzt )?(?:einen?|eine) (?:kommentar|antwort)\b", r"kommentar hinterlassen$",
                     # the author asking for comments ("Verraten Sie gerne in den Kommentaren: ...")
                     r"(?:verraten|schreiben|erzählen|sagen)\b.{0,30}\bin (?:den kommentaren|die kommentare)\b",
                     # WordPress's spam filter notice under the comment form
                     r"diese (?:website|seite|webseite) verwendet akismet\b", r"mit der nutzung dieses formulars\b",
                     r"\d{1,7} kommentare?\b", r"kommentare? (?:lesen|anzeigen)\b", r"kommentieren sie hier\b", r"wenn sie diesen (?:blogeintrag|beitrag|artikel) kommentieren\b",
                     # WordPress's comment form ("Du kommentierst mit Deinem WordPress.com-Konto. ( Abmelden / Ändern )")
                     r"du kommentierst mit deinem\b", r"sie kommentieren mit ihrem\b", r"trage deine daten unten ein\b",
                     r"gib hier deinen kommentar ein\b", r"benachrichtige mich (?:über|bei|zu)\b",
                     r"(?:e-mail-)?benachrichtigung bei weiteren kommentaren\b", r"verbinde mit %s$"),
        "footer": (common.COPYRIGHT_NOTICE, r"alle rechte vorbehalten\b", common.reserved_notice(r"alle rechte vorbehalten\b"), r"trotz sorgfältiger (?:inhaltlicher )?kontrolle\b", r"für den inhalt (?:externer|verlinkter)\b", r"wenn sie uns per kontaktformular\b"),
        "navigation": (
            # a shop's cart with its count ("Warenkorb (0 Artikel)")
            r"warenkorb:? \(?\d{1,4}(?: artikel)?\)?$",
            r"schlagworte?:", r"themen:", r"schlagwörter:", r"stichworte?:", r"sie sind hier\s*(?::|$)", r"sie befinden sich hier\s*(?::|$)", r"zur startseite\b",
                       # skip links and toggles: "Zur Sendernavigation ARD Mediathek", "Suche ein- oder ausblenden"
                       r"zur (?:haupt|sender|bereichs)?navigation\b", r"navigation mit access ?keys\b", r"springe? zu(?:m|r) (?:inhalt|navigation|suche)\b",
                       # a wiki's skip links ("Wechseln zu: Navigation, Suche")
                       r"wechseln zu:? (?:navigation|suche)\b",
                       r"(?:primäres|hauptmenü|menü) (?:menü )?(?:springe|zum inhalt)\b", r"suche (?:ein|aus)(?:- oder |blenden)", r"zurück zur übersicht\b", r"zurück zu(?:m|r)?\b", r"vorschau auf den nächsten artikel\b"),
        "other": (r"die aktuelle ausgabe\b", r"diese (?:seite|website|webseite) (?:ist|wird) (?:durch|von) recaptcha geschützt\b",
                  # an Instagram post embedded in the page, as text
                  r"sieh dir diesen beitrag auf instagram an\b", r"ein beitrag geteilt von\b",
                  # a wiki's tagline under the title, a forum thread's post count and pages ("1 Beitrag • Seite 1 von 1")
                  r"aus wikipedia, der freien enzyklopädie$", r"\d{1,7} beitr(?:ag|äge) • seite \d{1,4} von \d{1,4}$", r"lesezeit:?\s*\d+", r"\d{1,7} min(?:\.|uten)? lesezeit\b",
                  # rating widgets: "5 von 5 Sternen", "1,0 bei 2 Bewertungen", "12 Bewertungen"
                  r"\d(?:[.,]\d{1,2})? (?:von|aus) \d{1,2} sternen?\b", r"\d(?:[.,]\d{1,2})? bei \d{1,7} bewertungen?\b",
                  r"\d{1,7} bewertungen?$", r"(?:jetzt|rezept|artikel|beitrag) bewerten(?:!|$)", r"danke für (?:die|ihre|deine) bewertung\b", r"\d(?:[.,]\d{1,2})? von \d{1,7} (?:bewertungen|stimmen)\b",
                  r"(?:dein|ihr) browser ist (?:leider )?veraltet\b", r"bitte aktivieren sie (?:ihr |das )?javascript\b",
                  r"mehr (?:vom|von diesem) autor\b", r"wir respektieren (?:deine|ihre) privatsphäre\b", r"klicken sie (?:auf|hier)\b", r"lust auf mehr\?", r"ihre meinung zu diesem thema\b", r"(?:der|dieser) beitrag (?:wurde am|erschien)\b", r"(?:jetzt )?\d{1,7} ausgaben\b", r"laden sie (?:jetzt )?(?:unsere|die) app\b", r"hier (?:klicken|geht'?s zu)\b", r"mit (?:dem laden|dem klick)\b.{0,40}(?:akzeptieren|inhalte)", r"dieser (?:beitrag|artikel) stammt aus\b", r"\d{1,6} besucher sind online\b", r"externer inhalt\b", r"(?:dieses|das) \w+ als pdf herunterladen\b", r"(?:[\w-]{1,40} ){0,2}als pdf(?: herunterladen)?$", r"weitere informationen$", r"über\b.{0,40}\b\d{1,6} artikel$", r"einfach hier klicken\b", r"\(?alle angaben ohne gewähr\b", r"bei diesem beitrag handelt es sich um\b"),
        "advertisement": (r"anzeige\b",
                          # an affiliate plugin's notice under its product boxes ("Letzte Aktualisierung am 2.02.2022 /
                          # Bei den Verlinkungen handelt es sich um Affiliate Links / ...")
                          r"letzte aktualisierung am [\d./-]{6,10} / (?:bei den verlinkungen|affiliate)", r"\*?werbung\b[.:]", r"dieser beitrag enthält (?:werbung|affiliate)",
                          # affiliate disclosures: "* Affiliate-Link", "Alle mit einem Stern gekennzeichneten Links sind
                          # Affiliate-Links", "Dieser Artikel enthält Affiliate-Links und/oder werbende Inhalte", and a
                          # first sentence naming affiliate links before what happens when the reader buys ("In den
                          # Produktempfehlungen befinden sich sogenannte Affiliate-Links. Wenn du darauf klickst ...")
                          r"\*\s?affiliate[- ]links?\b", r"affiliate[- ]links?[.:]?$", r"(?:\(\*\)\s?)?(?:alle |die )?mit (?:einem )?(?:sternchen|stern)(?: \(\*\))? gekennzeichneten links\b",
                          r"dieser artikel enthält (?:werbung|affiliate|sogenannte affiliate)",
                          r"[^.!?]{0,80}\baffiliate[- ]links?\b[^.!?]{0,40}[.:!?]\s?wenn (?:du|ihr|sie)\b",
                          # "Werben auf 5min.at", "Werbung und Sponsoring auf autonews.ch": advertise with us
                          r"werb(?:en|ung)(?: und sponsoring)? (?:auf|bei) [\w.-]{1,60}\.[a-z]{2,6}$"),
    },
    about_author=("über",),
    author_labels=("über den autor", "über die autorin", "über die autoren", "autoreninfo", "autoreninformation", "zum autor", "zur autorin"),
    recipe_ingredients=("zutaten",),
    recipe_steps=("zubereitung", "anleitung", "so wird's gemacht", "so geht's", "arbeitsschritte"),
    byline_markers=("autoren", "autor", "geschrieben von", "eingestellt von", "gespeichert von", "rezept von", "gepostet von", "veröffentlicht von", "erstellt von", "verfasst von", "von", "autor:", "autorin:", "autoren:", "autor(en):", "text:", "ein beitrag von", "geschrieben von",
                    # gender-inclusive forms, with a star, a colon or an underscore ("Autor*in"; not the plural,
                    # "Autor:innen", as often a menu's link to the site's authors)
                    "autorin", "autor*in", "autor:in", "autor_in",
                    # a piece's genre before the marker: "Eine Kolumne von Nils Pickert"
                    "eine kolumne von", "ein kommentar von", "ein gastbeitrag von", "ein gastkommentar von",
                    "eine analyse von", "ein essay von", "eine reportage von", "eine glosse von", "text & fotos:", "text und fotos:", "text & bilder:", "text und bilder:", "text & bild:", "text und bild:"),
    preposition_markers=("von",),
    time_words=("uhr",),
    capitalised_nouns=True,
    category_prepositions=("in",),
    name_joiners=("und", "&"),
    agency_joiners=("mit", "und"),
    outlet_words=("zeitung", "nachrichten", "rundschau", "anzeiger", "kurier", "magazin", "online", "news"),
    newsroom_names=("redaktion", "online-redaktion", "onlineredaktion", "nachrichtenredaktion", "newsdesk", "newsroom"),
    byline_titles=("redakteur", "redakteurin", "korrespondent", "korrespondentin", "redaktion", "autor", "autorin",
                   "chefredakteur", "chefredakteurin", "experte", "expertin", "kolumnist", "kolumnistin",
                   "rechtsanwalt", "rechtsanwältin"),
    credit_markers=(r"bild", r"bilder", r"foto", r"fotos", r"quelle", r"bildquelle", r"symbolbild", r"symbolfoto", r"grafik", r"video",
                    r"(?:video|fotos?|bilder?|grafik) von"),
    caption_markers=('bildunterschrift', 'bildtext', r'abbildung(?:\s*\d{1,3})?', r'abb\.(?:\s*\d{1,3})?'),
    counter_words=('von',),
    weekdays=("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag"),
    months={
        "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "märz": 3, "mär": 3, "mrz": 3, "april": 4,
        "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "dezember": 12, "dez": 12,
    },
    published_words=("veröffentlicht", "veröffentlicht am", "erschienen", "erschienen am", "erstellt", "eingetragen", "eingetragen am", "publiziert", "datum", "am"),
    updated_words=("letzte aktualisierung", "aktualisiert", "aktualisiert am", "zuletzt aktualisiert", "geändert", "geändert am", "zuletzt geändert", "zuletzt geändert am", "stand"),
    title_echoes=(r"\d{1,5} (?:gedanken?|antwort(?:en)?|kommentare?|reaktion(?:en)?) (?:zu|zum|auf|for|on)", r"(?:ein|eine|zwei|drei|keine) (?:gedanken?|antwort(?:en)?|kommentare?|reaktion(?:en)?) (?:zu|zum|auf|for|on)"),
    post_notes=(r"(?:dieser|der) (?:eintrag|beitrag|artikel) wurde (?:erstmals |zuerst )?(?:veröffentlicht in [^\n]{1,80}? )?am (?:\w+,? (?:den )?)?{date}", r"wurde am (?:\w+,? (?:den )?)?{date},? (?:veröffentlicht|gepostet|geschrieben)[^\n]{0,200}? abgelegt\b",),
    relative_time=(r"vor\s+\d{1,7}\s*(?:sekunden?|minuten?|stunden?|tagen?|wochen?|monaten?|jahren?)", r"gestern", r"heute"),
    contributors=(
        r"mitarbeit:", r"mit material (?:von|der)\b", r"\((?:dpa|afp|reuters|ap|kna|epd)(?:/[^)]{0,40})?\)\s*$",
        # (a translator: "Übersetzt aus dem Englischen von ...", "Übersetzt ins (en) vonFlavia Minaya" with
        # the name glued to its word, so no word boundary after it; who checked or edited it)
        r"übersetz(?:t|ung) (?:\S{1,12} ){0,3}von", r"übersetzung\s*:",
        r"(?:medizinisch|fachlich|ärztlich|wissenschaftlich) (?:geprüft|überprüft) von\b", r"redigiert von\b",
    ),
)
