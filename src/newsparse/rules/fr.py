"""French rule table."""

from newsparse.rules import common
from newsparse.rules.table import LanguageTable

TABLE = LanguageTable(
    code="fr",
    name="French",
    stopwords=frozenset(
        ["au", "aux", "avec", "ce", "ces", "dans", "de", "des", "du", "elle", "en", "et", "eux", "il", "ils", "je", "la", "le", "les", "leur", "lui", "ma", "mais", "me", "même", "mes", "moi", "mon", "ne", "nos", "notre", "nous", "on", "ou", "par", "pas", "pour", "qu", "que", "qui", "sa", "se", "ses", "son", "sur", "ta", "te", "tes", "toi", "ton", "tu", "un", "une", "vos", "votre", "vous", "c", "d", "j", "l", "à", "m", "n", "s", "t", "y", "été", "étée", "étées", "étés", "étant", "suis", "es", "est", "sommes", "êtes", "sont", "serai", "sera", "seront", "serait", "étais", "était", "étions", "étaient", "fus", "fut", "avoir", "ai", "as", "avons", "avez", "ont", "aurai", "aura", "avait", "avaient", "eu", "ceci", "cela", "celà", "cet", "cette", "ici", "ils", "les", "leurs", "quel", "quels", "quelle", "quelles", "sans", "soi", "plus", "aussi", "comme", "selon", "après", "avant", "entre", "lors", "dont", "où", "très", "tout", "tous"]
    ),
    lines={
        "share": ("partager", "partager cet article", "partager sur facebook", "partager sur twitter", "imprimer",
                  "envoyer", "envoyer par e-mail", "copier le lien", "tweeter", "suivre", "enregistrer",
                  "partage", "lien copié"),
        "comments": ("commentaires", "commentaire", "commenter", "réagir", "réagissez", "laisser un commentaire",
                     "voir les commentaires", "répondre", "ajouter un commentaire", "écrire un commentaire"),
        "newsletter": ("newsletter", "lettre d'information", "s'inscrire", "inscrivez-vous", "je m'inscris"),
        "advertisement": ("publicité", "annonce", "contenu sponsorisé", "sponsorisé", "pub"),
        "cookie": ("accepter", "tout accepter", "refuser", "paramétrer", "gérer les cookies", "j'accepte"),
        "paywall": ("faire un don", "je fais un don", "soutenez-nous", "abonnez-vous", "s'abonner", "je m'abonne", "réservé aux abonnés", "article réservé aux abonnés",
                    "déjà abonné ?", "déjà abonné"),
        "navigation": (
            # a shop's cart, its buttons and notices ("Votre panier est vide": no headline)
            "panier", "ajouter au panier", "voir le panier", "votre panier est vide",
            "mot de passe", "nom d'utilisateur", "se souvenir de moi", "aller au contenu", "aller au contenu principal", "passer au contenu", "accueil", "rechercher", "recherche", "menu", "connexion", "se connecter", "mon compte",
                       "article précédent", "article suivant", "précédent", "suivant", "retour", "plus", "tags",
                       "mots-clés", "thèmes", "politique", "économie", "société", "culture", "sport", "sports",
                       "monde", "international", "france", "régions", "vidéos", "vidéo", "photos", "direct"),
        "footer": ("mentions légales", "contact", "contactez-nous", "qui sommes-nous", "qui sommes-nous ?",
                   "politique de confidentialité", "cgu", "cgv", "plan du site", "tous droits réservés",
                   "conditions générales", "données personnelles", "publicité"),
        "other": ("lire aussi", "photo", "crédit", "chargement", "chargement...", "temps de lecture", "en savoir plus",
                  "mot de passe oublié ?"),
        "related": ("à lire aussi", "lire aussi", "voir aussi", "sur le même sujet", "sur le même thème", "articles similaires",
                    "les plus lus", "les plus populaires", "à la une", "dans la même rubrique", "à découvrir",
                    "articles liés", "nos articles", "les plus partagés", "les plus commentés", "dernières actualités",
                    "vous aimerez aussi", "à voir aussi", "lire la suite", "derniers articles", "en continu"),
    },
    prefixes={
        "related": (r"(?:à lire|lire|voir) aussi\b", r"(?:plus|toute l\'actualité) (?:de|d\'|sur)\b", r"les plus (?:lus|populaires|partagés)\b",),
        "share": (r"cliquez pour (?:partager|imprimer|envoyer)\b", r"partager (?:sur|par|cet)\b", r"suivez[- ]nous\b"),
        "newsletter": (r"inscrivez-vous\b", r"abonnez-vous à (?:la|notre) newsletter\b", r"recevez\b.{0,60}(?:newsletter|par e-?mail)"),
        "paywall": (r"soutenez(?:-nous| notre travail| le journalisme| un journalisme)\b", r"cet article est réservé\b", r"il vous reste \d+%", r"la suite est réservée\b", r"pour lire la suite\b", r"je m'abonne (?:à|au|aux)\b"),
        "cookie": (r"nous utilisons des cookies\b", r"ce site utilise des cookies\b", r"en poursuivant votre navigation\b",
                   r"confidentialité (?:&|et) cookies\s?:", r"pour en savoir plus, y compris sur la façon de contrôler les cookies\b"),
        "comments": (r"ce site utilise akismet\b",  # WordPress's spam filter notice under the comment form
                     # WordPress's comment form, as text
                     r"vous commentez à l[’\']aide de votre compte\b", r"prévenez-moi de tous les nouveaux (?:commentaires|articles)\b",
                     r"\d{1,7} commentaires?\b", r"vos réactions\b", r"votre adresse (?:e-?mail|de messagerie) ne sera pas publiée\b"),
        "footer": (common.COPYRIGHT_NOTICE, r"tous droits réservés\b", common.reserved_notice(r"tous droits réservés\b")),
        "navigation": (
            # a shop's cart with its count ("Panier (0)")
            r"panier:? \(?\d{1,4}\)?$",
            r"mots[- ]clés\s*:", r"vous êtes ici\s*(?::|$)", r"tags\s*:", r"thèmes?\s*:"),
        "other": (r"voir cette publication sur instagram\b", r"une publication partagée par\b", r"ce site est protégé par recaptcha\b", r"\d(?:[.,]\d{1,2})? sur \d{1,2} étoiles?\b", r"\d{1,7} avis$", r"temps de lecture\b", r"mis à jour le\b.{0,40}publié le\b", r"cliquez (?:ici|sur)\b"),
    },
    about_author=("à propos de",),
    author_labels=("à propos de l'auteur", "à propos de l'autrice", "l'auteur"),
    recipe_ingredients=("ingrédients",),
    recipe_steps=("préparation", "instructions", "étapes", "étapes de préparation"),
    byline_markers=("publié par", "rédigé par", "écrit par", "par", "auteur :", "auteur:", "auteur(s) :", "auteur(s):", "propos recueillis par", "texte et photos :", "texte et photos:"),
    category_prepositions=("dans",),
    name_joiners=("et", "&"),
    agency_joiners=("avec", "et"),
    outlet_words=("presse", "magazine", "journal", "infos", "actu"),
    newsroom_names=("rédaction", "la rédaction"),
    byline_titles=("journaliste", "correspondant", "correspondante", "envoyé spécial", "envoyée spéciale", "rédaction"),
    credit_markers=(r"photo", r"photos", r"crédits?(?: photo)?", r"crédit photo", r"illustration", r"source", r"image"),
    caption_markers=('légende',),
    counter_words=('sur',),
    weekdays=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    months={
        "janvier": 1, "janv": 1, "février": 2, "févr": 2, "fév": 2, "mars": 3, "avril": 4, "avr": 4, "mai": 5,
        "juin": 6, "juillet": 7, "juil": 7, "août": 8, "septembre": 9, "sept": 9, "octobre": 10, "oct": 10,
        "novembre": 11, "nov": 11, "décembre": 12, "déc": 12,
    },
    published_words=("publié", "publié le", "le", "paru le", "mis en ligne le"),
    updated_words=("mis à jour", "mis à jour le", "modifié le", "actualisé le"),
    title_echoes=(r"\d{1,5} (?:réflexions?|réponses?|commentaires?|pensées?) (?:sur|à|au|pour)", r"(?:un|une|aucun) (?:réflexions?|réponses?|commentaires?|pensées?) (?:sur|à|au|pour)"),
    post_notes=(r"(?:cet article|cette entrée|ce billet) a été (?:publiée?|postée?|écrite?)(?: dans [^\n]{1,80}?)? le (?:\w+ )?{date}",),
    relative_time=(r"il y a\s+\d{1,7}\s*(?:secondes?|minutes?|min|heures?|h|jours?|semaines?|mois|ans?)", r"hier", r"aujourd'hui"),
    contributors=(r"avec (?:l'afp|afp|reuters|ap)\s*$", r"tradu(?:it|ction) (?:\S{1,12} ){0,3}par\b", r"traduction\s*:", r"(?:relu|validé|vérifié) (?:médicalement |scientifiquement )?par\b", r"\((?:afp|ap|reuters)\)\s*$"),
)
