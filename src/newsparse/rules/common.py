"""Language-neutral rule data: wire agencies, photo agencies, symbols."""

#: Wire services and news agencies, as they are credited (case folded on use).
AGENCIES = (
    "AP", "Associated Press", "The Associated Press", "Reuters", "Thomson Reuters", "AFP", "Agence France-Presse",
    "Agence France Presse", "dpa", "dpa-AFX", "Deutsche Presse-Agentur", "ANSA", "EFE", "Agencia EFE", "KNA", "epd",
    "APA", "SDA", "Keystone-SDA", "sda", "ANP", "Belga", "PAP", "Lusa", "Agência Brasil", "Europa Press", "Xinhua",
    "TASS", "UPI", "Kyodo", "Kyodo News", "Yonhap", "AAP", "Canadian Press", "The Canadian Press", "CP", "PTI", "IANS",
    "ANI", "Bloomberg", "CNN Wire", "SID", "AGI", "Adnkronos", "Anadolu", "Notimex", "Télam", "DAPD", "ddp",
    "News agencies", "Agencies", "Agenturen", "Agences", "Agencias", "Press Association", "PA", "PA Media",
    "Bloomberg News", "Dow Jones", "RIA Novosti", "Interfax", "Ritzau", "NTB", "TT", "STT", "ATS", "Nachrichtenagenturen",
)

#: Photo agencies and picture desks that identify a bare credit line.
PHOTO_AGENCIES = (
    "Getty Images", "Getty", "AP", "AP Photo", "AP file", "AP file photo", "AP Images", "Reuters", "REUTERS", "AFP", "AFP via Getty Images",
    "Shutterstock", "iStock", "iStockphoto", "Alamy", "EPA", "EPA-EFE", "picture alliance", "picture-alliance",
    "dpa", "imago", "imago images", "Keystone", "Bloomberg", "Sipa", "Sipa USA", "ANSA", "Pixabay", "Unsplash",
    "Pexels", "Wikimedia Commons", "Wikipedia", "Corbis", "Xinhua", "PA", "PA Images", "PA Wire", "Newscom",
    "ZUMA", "ZUMA Wire", "ZUMA Press", "Science Photo Library", "NASA", "ESA", "IMAGO", "Adobe Stock", "123RF",
    "Depositphotos", "Fotolia", "Rex Features", "Rex", 
)

#: A site's copyright notice, a footer in every language (a line that starts so): a
#: mark and a year (``© 2019``, ``Copyright © 2000-2022 ...``), or two marks
#: (``© Copyright by GREMI MEDIA SA``), where a photo credit has one (``© Reuters``).
COPYRIGHT_NOTICE = (
    r"(?:(?:©|\(c\)|copyright)\s*(?:(?:©|\(c\)|copyright)\s*)?\d{4}\b"
    r"|(?:©|\(c\))\s*copyright\b|copyright\s*(?:©|\(c\))"
    # or a mark, a short name and the year (or years) ending the line: "© Le Devoir 2002-2020"
    r"|(?:©|\(c\))\s?[^\W\d_][^©\d\n]{0,60}?[\s,](?:19|20)\d\d(?:\s?[-–]\s?(?:19|20)\d\d)?\.?\Z)"
)

def reserved_notice(phrase: str) -> str:
    """A copyright mark, a name and a language's *phrase* reserving the rights, in one line
    (``© The Intercept. All rights reserved``): a site's notice, never a photo credit."""
    return rf"(?:©|\(c\)|copyright\b)[^©\n]{{0,80}}?{phrase}"


#: Expand/collapse toggles glued to the end of a caption ("... more", "[+]").
TOGGLES = ("[+]", "[-]", "more", "less", "mehr", "weniger", "plus", "moins", "más", "menos", "altro", "meer", "więcej")

#: Separators of a breadcrumb trail (``Home » News » Politics``); ``>`` counts
#: only with a space either side (`` / `` is left out: bylines and credits use it).
BREADCRUMB_MARKS = "»›→"
BREADCRUMB_SPACED_MARKS = ">"

#: Arrows that open a link to the previous post or close one to the next
#: (``« Older post``, ``Next post →``).
PREVIOUS_ARROWS = ("«", "←", "<")
NEXT_ARROWS = ("»", "→", ">")

#: Characters that start a list item.
BULLETS = "•·◦▪▸►‣⁃-–—*"

#: Common given names (case folded on use); a bare line "First Last" starting
#: with one of them is taken as a byline even without a date next to it.
GIVEN_NAMES = frozenset(
    ["aaron", "adam", "adele", "adrian", "agathe", "agnes", "agnieszka", "aileen", "alan", "albert", "alejandro", "aleksandra", "alessandra", "alessandro", "alex", "alexander", "alexandra", "alexis", "alfons", "alfred", "ali", "alice", "alicia", "alina", "alma", "amanda", "amelia", "amelie", "amy", "ana", "andrea", "andreas", "andrew", "andrzej", "andré", "angela", "angelika", "angelina", "anja", "anna", "anne", "annette", "annika", "antje", "antoine", "anton", "antonia", "antonio", "arnaud", "arne", "arthur", "astrid", "ava", "axel", "barbara", "beat", "beata", "beatrice", "beatrix", "ben", "benedikt", "benjamin", "benno", "bernard", "bernd", "bernhard", "bettina", "bianca", "bill", "birgit", "björn", "bob", "boris", "bozena", "brian", "brigitte", "britta", "bruce", "bruno", "carina", "carl", "carla", "carlos", "carmen", "carolin", "caroline", "carsten", "catarina", "catherine", "cecilia", "celine", "charles", "charlie", "charlotte", "chris", "christa", "christian", "christina", "christine", "christoph", "christophe", "christopher", "cindy", "claire", "clara", "claudia", "claudio", "claus", "clemens", "constanze", "cornelia", "dagmar", "damian", "daniel", "daniela", "daria", "david", "dennis", "diana", "diego", "dieter", "dirk", "dominik", "donald", "doris", "dorothea", "dorothee", "douglas", "edith", "edward", "eike", "elena", "elias", "elif", "elisa", "elisabeth", "elizabeth", "elke", "ella", "elsa", "emil", "emilia", "emilie", "emily", "emma", "enrico", "eric", "erik", "erika", "ernst", "esther", "eugen", "eva", "evelyn", "ewa", "fabian", "fabienne", "fatima", "felicitas", "felix", "finn", "florian", "francesca", "francesco", "frank", "franz", "françois", "frederic", "frederike", "frida", "friederike", "friedrich", "fritz", "gabriel", "gabriele", "gail", "gavin", "georg", "george", "gerda", "gerhard", "gilles", "giovanni", "gisela", "giulia", "giuseppe", "glen", "grace", "greg", "gregor", "greta", "gudrun", "gunter", "günter", "hanna", "hannah", "hannes", "hans", "harald", "harry", "hedwig", "heidi", "heike", "heiko", "heinrich", "heinz", "helen", "helena", "helga", "helge", "helmut", "henning", "henrik", "henry", "herbert", "hermann", "hilde", "holger", "hugo", "ian", "ilona", "ilse", "ines", "ingo", "ingrid", "irene", "iris", "isabel", "isabella", "isabelle", "ivan", "ivo", "jack", "jacqueline", "jakob", "jakub", "james", "jan", "jana", "jane", "janet", "janic", "janina", "janine", "jasmin", "jasper", "jean", "jennifer", "jens", "jessica", "joachim", "joan", "jochen", "joe", "johanna", "johannes", "john", "jolanta", "jonas", "jonathan", "joost", "jordan", "jose", "josef", "joseph", "josephine", "josé", "juan", "judith", "jule", "julia", "julian", "juliane", "julie", "julius", "jutta", "jörg", "jürgen", "kai", "karen", "karin", "karl", "karla", "karolina", "karsten", "kasper", "katarzyna", "katharina", "kathrin", "katja", "katrin", "kerstin", "kevin", "kim", "kira", "klaus", "knut", "konrad", "kornelia", "kristina", "krzysztof", "kurt", "lara", "lars", "lasse", "laura", "laurent", "lea", "leah", "lena", "leni", "lennart", "leo", "leon", "leonie", "lilli", "lina", "linda", "linus", "lisa", "lorenzo", "lotte", "louis", "louisa", "luca", "lucas", "lucia", "luis", "luisa", "luise", "lukas", "lutz", "lydia", "magdalena", "maja", "malte", "manfred", "manuel", "manuela", "mara", "marc", "marcel", "marco", "marcus", "mareike", "margarete", "margarita", "maria", "marianne", "marie", "marina", "mario", "marion", "marius", "mark", "markus", "marlene", "marta", "martin", "martina", "mary", "mathilde", "mats", "matteo", "matthias", "mattia", "max", "maximilian", "maximiliane", "meg", "melanie", "michael", "michaela", "michel", "michelle", "miguel", "mike", "mila", "milan", "miriam", "mirko", "monika", "moritz", "nadine", "natalie", "natascha", "nathalie", "nele", "nico", "nicolas", "nicole", "niklas", "nikola", "nils", "nina", "noah", "noemi", "norbert", "olaf", "oliver", "olivia", "oscar", "oskar", "otto", "pablo", "pamela", "paolo", "pascal", "patricia", "patrick", "paul", "paula", "paulina", "pauline", "pedro", "peggy", "peter", "petra", "philipp", "philippe", "pierre", "piotr", "quentin", "rafael", "rainer", "ralf", "ralph", "ramona", "raphael", "rebecca", "regina", "reinhard", "renate", "rené", "ricarda", "richard", "rita", "robert", "roberto", "robin", "roland", "rolf", "roman", "ronja", "ruth", "rüdiger", "sabina", "sabine", "sabrina", "sam", "samuel", "sandra", "sandro", "sara", "sarah", "sascha", "sebastian", "selina", "silas", "silke", "silvia", "simon", "simone", "sina", "sofia", "sonja", "sophie", "stefan", "stefanie", "steffen", "stella", "stephan", "stephanie", "steve", "steven", "susan", "susanne", "sven", "svenja", "sylvia", "tamara", "tanja", "tatjana", "thea", "theo", "theresa", "thomas", "thorsten", "tim", "tina", "tobias", "tom", "tomasz", "tony", "torsten", "ulla", "ulrich", "ulrike", "ursula", "uta", "ute", "uwe", "valentina", "valerie", "vanessa", "vera", "verena", "veronika", "victor", "viktor", "viktoria", "vincent", "volker", "walter", "werner", "wiebke", "wilhelm", "william", "wolfgang", "yannick", "yves", "yvonne", "zoe"]
)

# Script text in a page's text: a scraper that keeps the contents of <script> and
# <style> (BeautifulSoup's get_text(), lxml's text_content()) leaves JavaScript, CSS,
# JSON and markup among the lines.  Each pattern is searched in one stripped line;
# all must be linear (no repeat next to another that matches the same characters).

#: Lines that are code on their own (each pattern anchored at the line's start).
SCRIPT_LINES = (
    r'\A\[?\{\s*"',  # a JSON object: {"@context": ..., [{"id": ...
    r'\A"[^"]{1,100}"\s*:\s*(?:["\[{\d-]|true\b|false\b|null\b)',  # a JSON member: "name": "Chicago",
    r"\A-{0,2}[a-z][a-z-]*\s*:[^;{}]*;(?:\s*/\*.*)?\Z",  # a CSS declaration: font-size: 20px; /* ... */
    r"""\A[^{}]*\{[^{}:'"]*:[^{}'"]*\}\Z""",  # a CSS rule on one line: .ad { display: none; }
    r"\A[\s()\[\],]*[{};][{}()\[\];,\s]*\Z",  # brackets closing a block: }); or },
    r"\A(?://|/\*|\*/|<!--|-->)",  # a comment
    r"\A(?:var|let|const|return|break|continue|throw)\b[^;]*;\Z",  # a statement: return cookieData;
    r"\Afunction\b\s*(?:[\w$]+\s*)?\(",  # a function: function gtag(){dataLayer.push(arguments);}
    r"\A.*[\w$]\(\Z",  # a call whose arguments follow: document.documentElement.classList.add(
    r"\A<[a-z][a-z0-9]*\s+[\w:.@-]+\s*=",  # a tag of a template with its attributes: <div class="...">
)

#: Code statements: the line ends with ";" and calls a function or assigns a value
#: (``gtag('js', new Date());``, ``var u = "//example.org/";``).
SCRIPT_STATEMENT = r"""[\w$)\]]\(|[\w$\]]\s*[-+*/|&]?=\s*[\w"'\[{(!-]"""

#: Lines that are code beside other code: a list item (``"galaxies",``), the end of a
#: block, a CSS selector, an assignment, a comment's body, an object's key.
SCRIPT_CONTINUATIONS = (
    r",\Z", r"\A\}", r"\A[.#][\w-]", r"\A[\w$.]+\s*=", r"\A\*(?:\s|\Z)", r"""\A[\w$]+\s*:\s*[{\["']""",
    r"""\A(?:"[^"]*"|'[^']*')\Z""",  # an argument: 'jetpack-lazy-images-js-enabled'
)

# A page's address (see newsparse.address).

#: Dates in an address's path, each with groups ``year``, ``month`` and ``day``: a
#: path of parts (``/2019/11/18/``, ``/2019/7/3/``), a date in one part
#: (``/story/2019-11-19/``, ``/2020_02_18_slug``) or a part of eight digits (``/20200428/``).
URL_DATES = (
    r"/(?P<year>(?:19[89]|20\d)\d)/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)(?![^/._-])",
    r"(?<![^/._-])(?P<year>(?:19[89]|20\d)\d)([-_.])(?P<month>[01]\d)\2(?P<day>[0-3]\d)(?![^/._-])",
    r"(?<![^/])(?P<year>(?:19[89]|20\d)\d)(?P<month>[01]\d)(?P<day>[0-3]\d)(?![^/._-])",
)

#: How a slug writes letters that have no plain form (other accents are dropped: ``é`` as ``e``).
SLUG_TRANSLITERATIONS = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l", "þ": "th"}
