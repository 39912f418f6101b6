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
    # as Chinese pages credit them: Xinhua, China News Service, AFP, Reuters, AP, Kyodo, TASS, Central News Agency
    "新华社", "新華社", "中新社", "中新网", "法新社", "路透社", "美联社", "美聯社", "共同社", "塔斯社", "中央社",
    # as Korean pages credit them: Yonhap, Newsis, News1
    "연합뉴스", "뉴시스", "뉴스1",
    # as Japanese pages credit them: Kyodo, Jiji
    "共同通信", "共同", "時事通信", "時事",
)

#: Photo agencies and picture desks that identify a bare credit line.
PHOTO_AGENCIES = (
    "Getty Images", "Getty", "AP", "AP Photo", "AP file", "AP file photo", "AP Images", "Reuters", "REUTERS", "AFP", "AFP via Getty Images",
    "Shutterstock", "iStock", "iStockphoto", "Alamy", "EPA", "EPA-EFE", "picture alliance", "picture-alliance",
    "dpa", "imago", "imago images", "Keystone", "Bloomberg", "Sipa", "Sipa USA", "ANSA", "Pixabay", "Unsplash",
    "Pexels", "Wikimedia Commons", "Wikipedia", "Corbis", "Xinhua", "PA", "PA Images", "PA Wire", "Newscom",
    "ZUMA", "ZUMA Wire", "ZUMA Press", "Science Photo Library", "NASA", "ESA", "IMAGO", "Adobe Stock", "123RF",
    "Depositphotos", "Fotolia", "Rex Features", "Rex", "연합뉴스", "뉴시스", "뉴스1",
)

#: The copyright sign, and the circled letters pages set in its place (``Copyright ⓒ``, ``ⓒ 연합뉴스``).
COPYRIGHT_SIGNS = "©ⓒⒸ"
#: The copyright sign as the patterns write it: a line's circled letters are read as it first
#: (:func:`as_copyright_sign`).  (A character class with them would hold characters far beyond
#: Latin-1, which the regular-expression compiler maps in a table of every character, each time a
#: pattern holding one is compiled.)
COPYRIGHT_SIGN = "©"
_CIRCLED_C = COPYRIGHT_SIGNS[1:]
_AS_COPYRIGHT_SIGN = str.maketrans(dict.fromkeys(_CIRCLED_C, COPYRIGHT_SIGN))


def as_copyright_sign(text: str) -> str:
    """*text* with each circled letter c read as the copyright sign (the same length: offsets hold)."""
    return text.translate(_AS_COPYRIGHT_SIGN) if any(map(text.__contains__, _CIRCLED_C)) else text

#: A site's copyright notice, a footer in every language (a line that starts so): a
#: mark and a year (``© 2019``, ``Copyright © 2000-2022 ...``), or two marks
#: (``© Copyright by GREMI MEDIA SA``), where a photo credit has one (``© Reuters``).
COPYRIGHT_NOTICE = (
    rf"(?:(?:{COPYRIGHT_SIGN}|\(c\)|copyright)\s*(?:(?:{COPYRIGHT_SIGN}|\(c\)|copyright)\s*)?\d{{4}}\b"
    rf"|(?:{COPYRIGHT_SIGN}|\(c\))\s*copyright\b|copyright\s*(?:{COPYRIGHT_SIGN}|\(c\))"
    # or a mark, a short name and the year (or years) ending the line: "© Le Devoir 2002-2020"
    rf"|(?:{COPYRIGHT_SIGN}|\(c\))\s?[^\W\d_][^{COPYRIGHT_SIGN}\d\n]{{0,60}}?[\s,](?:19|20)\d\d(?:\s?[-–]\s?(?:19|20)\d\d)?\.?\Z)"
)

def reserved_notice(phrase: str) -> str:
    """A copyright mark, a name and a language's *phrase* reserving the rights, in one line
    (``© The Intercept. All rights reserved``): a site's notice, never a photo credit."""
    return rf"(?:{COPYRIGHT_SIGN}|\(c\)|copyright\b)[^{COPYRIGHT_SIGN}\n]{{0,80}}?{phrase}"


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
    [
        "aaron", "abigail", "adam", "adele", "adrian", "adriana", "adrien", "agathe", "agnes", "agnieszka", "agustín",
        "aidan", "aileen", "alain", "alan", "albert", "alberto", "aldo", "alec", "alejandra", "alejandro", "aleksandra",
        "alessandra", "alessandro", "alex", "alexa", "alexander", "alexandra", "alexandre", "alexei", "alexis", "alfons",
        "alfonso", "alfred", "alfredo", "ali", "alice", "alicia", "alicja", "alina", "alison", "allison", "alma", "alois",
        "alvaro", "amadeus", "amanda", "amelia", "amelie", "amir", "amy", "ana", "andrea", "andreas", "andrei", "andrew",
        "andrzej", "andré", "andrés", "angela", "angelika", "angelina", "angelo", "anita", "anja", "ann", "anna",
        "anna-lena", "anne", "anneliese", "annemarie", "annette", "annika", "anselm", "antje", "antoine", "antoinette",
        "anton", "antonia", "antonio", "antón", "anu", "ariane", "ariel", "arjen", "armin", "arnaud", "arnd", "arne",
        "arno", "arnold", "arthur", "artur", "astrid", "aurelio", "aurélie", "ava", "axel", "aylin", "barbara", "barry",
        "bartosz", "bastian", "beat", "beata", "beate", "beatrice", "beatrix", "beatriz", "ben", "benedetta", "benedict",
        "benedikt", "benjamin", "benno", "benoît", "berit", "bernadette", "bernard", "bernardo", "bernd", "bernhard",
        "bert", "berta", "bertrand", "bettina", "betty", "beverly", "bianca", "bill", "birgit", "birte", "björn", "bob",
        "bodo", "boris", "bozena", "brenda", "brendan", "brett", "brian", "brigitte", "brit", "britta", "brittany", "bruce",
        "bruno", "bryan", "caitlin", "camila", "camille", "candice", "carina", "carl", "carla", "carlo", "carlos",
        "carmela", "carmen", "carole", "carolin", "caroline", "carolyn", "carsten", "casper", "catalina", "catarina",
        "catherine", "cathy", "cecile", "cecilia", "celina", "celine", "chantal", "charlene", "charles", "charlie",
        "charlotte", "chiara", "chloe", "chloé", "chris", "christa", "christel", "christian", "christiane", "christina",
        "christine", "christof", "christoph", "christophe", "christopher", "cindy", "cinzia", "claire", "clara", "claude",
        "claudia", "claudine", "claudio", "claus", "clemens", "clemente", "colin", "connor", "conrad", "constanze",
        "corinna", "corinne", "cornelia", "craig", "cristian", "cristina", "curt", "cynthia", "cédric", "dagmar", "dagny",
        "damian", "damien", "dana", "daniel", "daniela", "danielle", "danny", "daria", "darius", "dariusz", "dave", "david",
        "davide", "dawid", "deborah", "debra", "delphine", "denis", "denise", "dennis", "derek", "detlef", "diana", "diane",
        "diego", "dieter", "dietmar", "dietrich", "dimitri", "dirk", "dominic", "dominik", "dominique", "donald", "donna",
        "doreen", "doris", "dorota", "dorothea", "dorothee", "dorothy", "doug", "douglas", "dylan", "edgar", "edith",
        "edoardo", "eduard", "eduardo", "edward", "edwin", "eike", "eileen", "ekaterina", "elaine", "eleanor", "elena",
        "eleni", "elfriede", "elias", "elif", "elin", "elisa", "elisabeth", "elisabetta", "elise", "eliza", "elizabeth",
        "elke", "ella", "ellen", "elmar", "eloise", "elsa", "elżbieta", "emanuel", "emanuela", "emil", "emilia", "emilie",
        "emilio", "emily", "emma", "enno", "enrico", "enrique", "eric", "erich", "erik", "erika", "erin", "ernesto",
        "ernst", "esteban", "estelle", "esther", "etienne", "eugen", "eugenia", "eva", "evan", "evelyn", "evelyne", "ewa",
        "ewald", "fabian", "fabienne", "fabio", "fabrice", "fatima", "federica", "federico", "felicitas", "felipe", "felix",
        "ferdinand", "fernanda", "fernando", "filip", "filippo", "finn", "fiona", "flavia", "florence", "florentin",
        "florian", "francesca", "francesco", "francisco", "franck", "frank", "franka", "franz", "franziska", "françois",
        "fred", "frederic", "frederik", "frederike", "frida", "frieda", "friederike", "friedhelm", "friedrich", "fritz",
        "gabriel", "gabriela", "gabriele", "gabrielle", "gail", "gareth", "gary", "gavin", "gaëlle", "geert", "gemma",
        "geoffrey", "georg", "george", "gerald", "gerardo", "gerda", "gerhard", "gernot", "gerrit", "gert", "gerti",
        "gianluca", "gianni", "gilbert", "gilles", "gina", "giorgio", "giovanni", "gisela", "giulia", "giulio", "giuseppe",
        "glen", "gonzalo", "gordon", "grace", "graham", "greg", "gregor", "greta", "grzegorz", "gudrun", "guido",
        "guillaume", "gunnar", "gunter", "gustav", "gustavo", "gérard", "günter", "günther", "halina", "hanna", "hannah",
        "hanne", "hannelore", "hannes", "hans", "hans-jürgen", "hans-peter", "harald", "harold", "harriet", "harry",
        "hartmut", "hauke", "heather", "hector", "hedwig", "heidi", "heidrun", "heike", "heiko", "heiner", "heinrich",
        "heinz", "helen", "helena", "helene", "helga", "helge", "helmar", "helmut", "hendrik", "henning", "henri",
        "henriette", "henrik", "henry", "herbert", "hermann", "herta", "hilde", "hildegard", "holger", "hubert", "hugh",
        "hugo", "héctor", "hélène", "ian", "ignacio", "ilka", "ilona", "ilse", "imke", "ina", "ines", "inge", "ingeborg",
        "ingo", "ingrid", "inka", "irena", "irene", "irina", "iris", "irmgard", "isa", "isaac", "isabel", "isabella",
        "isabelle", "isidro", "ivan", "ivo", "iwona", "jacek", "jack", "jacob", "jacqueline", "jacques", "jaime", "jake",
        "jakob", "jakub", "james", "jan", "jana", "jane", "janek", "janet", "janic", "janina", "janine", "janusz", "jasmin",
        "jason", "jasper", "javier", "jean", "jean-claude", "jean-luc", "jean-marc", "jean-pierre", "jeff", "jeffrey",
        "jelena", "jennifer", "jenny", "jens", "jeremy", "jerome", "jerzy", "jesper", "jessica", "jesús", "jill", "jim",
        "jimmy", "joachim", "joan", "joanna", "joao", "joaquín", "jochen", "joe", "joel", "johan", "johann", "johanna",
        "johannes", "john", "jolanta", "jon", "jonas", "jonathan", "joost", "jordan", "jorge", "jose", "josef", "josefine",
        "joseph", "josephine", "joshua", "josie", "josé", "joyce", "joão", "joëlle", "juan", "judith", "jule", "julia",
        "julian", "juliane", "julie", "julien", "juliette", "julius", "justin", "justyna", "jutta", "jérôme", "jörg",
        "jörn", "jürgen", "kai", "kamil", "karel", "karen", "karin", "karl", "karla", "karolina", "karoline", "karsten",
        "kasia", "kasper", "katarina", "katarzyna", "kate", "katharina", "katherine", "kathleen", "kathrin", "kathy",
        "katie", "katja", "katrin", "kay", "keith", "kelly", "ken", "kenneth", "kerstin", "kevin", "kim", "kira", "kirsten",
        "klara", "klaus", "klemens", "knut", "konrad", "konstantin", "kornelia", "kristin", "kristina", "krystyna",
        "krzysztof", "kurt", "laetitia", "lara", "larissa", "larry", "lars", "lasse", "laura", "lauren", "laurence",
        "laurent", "laurenz", "laurie", "lea", "leah", "leena", "leif", "lena", "leni", "lennart", "leo", "leon", "leonard",
        "leonardo", "leonie", "leopold", "liam", "lilian", "liliana", "lilli", "lily", "lina", "linda", "linnea", "linus",
        "lisa", "lisa-marie", "livia", "logan", "lois", "lorena", "lorenz", "lorenzo", "lothar", "lotte", "louis", "louisa",
        "louise", "luana", "luca", "lucas", "lucia", "lucie", "ludger", "ludwig", "luigi", "luis", "luisa", "luise",
        "lukas", "lutz", "lydia", "maciej", "madeleine", "magali", "magdalena", "magnus", "maja", "malgorzata", "malte",
        "manfred", "manon", "manuel", "manuela", "mara", "marc", "marc-andré", "marcel", "marcela", "marcello", "marcin",
        "marco", "marcus", "mareike", "marek", "margaret", "margarete", "margarita", "margit", "margot", "maria", "mariana",
        "marianna", "marianne", "marie", "marie-claire", "marie-luise", "marija", "marijke", "marina", "mario", "marion",
        "marius", "mariusz", "marjorie", "mark", "markus", "marlene", "marlies", "marta", "marten", "marti", "martin",
        "martina", "marvin", "mary", "mateusz", "mathilde", "matilde", "mats", "matt", "matteo", "matthew", "matthias",
        "mattia", "maura", "maureen", "maurice", "mauricio", "mauro", "max", "maximilian", "maximiliane", "małgorzata",
        "mechthild", "meg", "megan", "melanie", "melissa", "merle", "micha", "michael", "michaela", "michał", "michel",
        "michele", "michelle", "miguel", "mikael", "mike", "mikołaj", "mila", "milan", "milena", "miranda", "mireille",
        "miriam", "mirko", "mischa", "mohamed", "mohammed", "monika", "monique", "morgan", "moritz", "nadia", "nadine",
        "nadja", "natalia", "natalie", "natascha", "nathalie", "nathan", "neil", "nele", "nelson", "niccolò", "nicholas",
        "nick", "nico", "nicola", "nicolai", "nicolas", "nicole", "niels", "niklas", "nikola", "nikolai", "nikolaus",
        "nils", "nina", "noah", "noemi", "nora", "norbert", "norman", "nuria", "olaf", "ole", "olga", "oliver", "olivia",
        "olivier", "oliwia", "oscar", "oskar", "oswald", "otto", "owen", "pablo", "pamela", "paolo", "pascal", "pascale",
        "patricia", "patrick", "patrizia", "paul", "paula", "paulina", "pauline", "pawel", "paweł", "pedro", "peggy",
        "penelope", "peter", "petr", "petra", "phil", "philip", "philipp", "philippe", "phillip", "pia", "pierluigi",
        "pierre", "pietro", "piotr", "priscilla", "quentin", "rachel", "rafael", "rafał", "raffaele", "raimund", "rainer",
        "ralf", "ralph", "ramona", "raphael", "raquel", "raul", "raúl", "rebecca", "rebekka", "regina", "reinhard",
        "reinhold", "renate", "rené", "reto", "ricarda", "ricardo", "riccardo", "richard", "rick", "rico", "rita", "robert",
        "roberto", "robin", "rodrigo", "roger", "roland", "rolando", "rolf", "romain", "roman", "romy", "ronald", "ronja",
        "ronny", "rosalie", "rosemarie", "rudi", "rudolf", "ruedi", "rupert", "russell", "ruth", "ryan", "ryszard",
        "rüdiger", "sabina", "sabine", "sabrina", "salvatore", "sam", "samantha", "sami", "samuel", "sandra", "sandro",
        "sanne", "sara", "sarah", "sascha", "scott", "sean", "sebastian", "selina", "sergei", "sergio", "severin",
        "shirley", "siegfried", "sigrid", "silas", "silke", "silvana", "silvia", "silvio", "simon", "simona", "simone",
        "sina", "siobhan", "slawomir", "sofia", "sonja", "sophia", "sophie", "stanislaw", "stanisław", "stefan", "stefania",
        "stefanie", "stefano", "steffen", "steffi", "stella", "stephan", "stephanie", "stephen", "steve", "steven",
        "stuart", "susan", "susana", "susanna", "susanne", "sven", "svenja", "svetlana", "sybille", "sylvain", "sylvia",
        "sylvie", "szymon", "sébastien", "tadeusz", "tamara", "tanja", "tatjana", "teresa", "terry", "thea", "theo",
        "theresa", "thierry", "thilo", "thomas", "thorsten", "thérèse", "tilman", "tilo", "tim", "timo", "timothy", "tina",
        "tine", "tobias", "todd", "tom", "tomasz", "tommaso", "toni", "tony", "torben", "torsten", "travis", "trude", "ulf",
        "ulla", "ulrich", "ulrike", "urs", "ursula", "uta", "ute", "uwe", "valentin", "valentina", "valeria", "valerie",
        "valérie", "vanessa", "vera", "verena", "veronica", "veronika", "victor", "victoria", "viktor", "viktoria",
        "vincent", "vincenzo", "virginia", "vittorio", "vivian", "vivien", "volker", "volkmar", "walter", "walther",
        "wanda", "wendy", "werner", "wiebke", "wilfried", "wilhelm", "willem", "willi", "william", "wim", "wojciech",
        "wolf-dieter", "wolfgang", "xavier", "yann", "yannick", "yasmin", "yusuf", "yves", "yvette", "yvonne", "zbigniew",
        "zoe", "zofia", "zuzanna", "álvaro", "étienne", "łukasz"
    ]
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
