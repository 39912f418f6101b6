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
    ["aaron", "adam", "adrian", "agnes", "alan", "albert", "alejandro", "alex", "alexander", "alexandra", "alfred", "ali", "alice", "alina", "amanda", "amy", "ana", "andrea", "andreas", "andrew", "andré", "angela", "anna", "anne", "annette", "antoine", "anton", "antonio", "arnaud", "arthur", "axel", "barbara", "beat", "ben", "benedikt", "benjamin", "bernard", "bernd", "bettina", "bill", "birgit", "bob", "boris", "brian", "bruce", "bruno", "carl", "carla", "carlos", "carmen", "caroline", "catherine", "charles", "charlotte", "chris", "christian", "christina", "christine", "christoph", "christophe", "christopher", "claire", "claudia", "claus", "clemens", "daniel", "daniela", "david", "dennis", "diana", "diego", "dieter", "dirk", "dominik", "donald", "doris", "dorothea", "douglas", "edward", "elena", "elisa", "elisabeth", "elizabeth", "ella", "emily", "emma", "eric", "erik", "ernst", "eva", "fabian", "felix", "florian", "francesca", "francesco", "frank", "franz", "françois", "frederic", "friedrich", "fritz", "gabriel", "gabriele", "gail", "gavin", "georg", "george", "gerhard", "gilles", "giovanni", "giulia", "giuseppe", "glen", "grace", "greg", "gregor", "günter", "gunter", "hannah", "hans", "harald", "harry", "heike", "heinz", "helen", "helena", "helge", "helmut", "henrik", "henry", "herbert", "hugo", "ian", "ilse", "ines", "ingrid", "isabel", "isabelle", "jack", "jakob", "james", "jan", "jana", "jane", "janet", "janic", "jean", "jennifer", "jens", "jessica", "joachim", "joan", "joe", "johanna", "johannes", "john", "jonas", "jonathan", "jordan", "jose", "josé", "josef", "joseph", "juan", "judith", "julia", "julian", "juliane", "julie", "julius", "jürgen", "karin", "karl", "karsten", "katharina", "kathrin", "katja", "kevin", "kim", "klaus", "kristina", "lars", "laura", "lea", "lena", "leo", "leon", "leonie", "lisa", "lorenzo", "louis", "luca", "lucas", "lucia", "luis", "luisa", "lukas", "lutz", "manfred", "manuel", "manuela", "marc", "marco", "marcus", "margarita", "maria", "marie", "mario", "marion", "mark", "markus", "marta", "martin", "martina", "mary", "matteo", "matthias", "max", "maximilian", "meg", "melanie", "michael", "michaela", "michel", "michelle", "miguel", "mike", "miriam", "moritz", "nadine", "natalie", "nathalie", "nicolas", "nicole", "niklas", "nina", "noah", "oliver", "olivia", "oscar", "pablo", "paolo", "pascal", "patricia", "patrick", "paul", "paula", "pedro", "peter", "petra", "philipp", "philippe", "pierre", "rainer", "ralf", "ralph", "raphael", "rebecca", "regina", "reinhard", "rené", "richard", "robert", "robin", "roberto", "roland", "rolf", "roman", "ruth", "sabine", "sabrina", "sam", "samuel", "sandra", "sara", "sarah", "sascha", "sebastian", "silke", "silvia", "simon", "simone", "sofia", "sophie", "stefan", "stefanie", "steffen", "stephan", "stephanie", "steve", "steven", "susanne", "sven", "sylvia", "tanja", "thomas", "tim", "tobias", "tom", "tony", "torsten", "ulrich", "ulrike", "ursula", "ute", "uwe", "valentina", "vanessa", "vera", "veronika", "victor", "vincent", "walter", "werner", "william", "wolfgang", "yves"]
)
