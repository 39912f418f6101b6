"""Portuguese rule table."""

from newsparse.rules import common
from newsparse.rules.table import LanguageTable

TABLE = LanguageTable(
    code="pt",
    name="Portuguese",
    stopwords=frozenset(
        ["a", "ao", "aos", "as", "até", "com", "como", "da", "das", "de", "dela", "delas", "dele", "deles", "depois", "do", "dos", "e", "ela", "elas", "ele", "eles", "em", "entre", "era", "eram", "essa", "essas", "esse", "esses", "esta", "estas", "este", "estes", "eu", "foi", "foram", "há", "isso", "isto", "já", "lhe", "lhes", "mais", "mas", "me", "mesmo", "meu", "minha", "muito", "na", "nas", "nem", "no", "nos", "nossa", "nosso", "não", "num", "numa", "o", "os", "ou", "para", "pela", "pelas", "pelo", "pelos", "por", "qual", "quando", "que", "quem", "se", "sem", "ser", "seu", "sua", "são", "só", "também", "te", "tem", "têm", "um", "uma", "você", "vocês", "à", "às", "é", "está", "estão", "foi", "sobre", "segundo", "ainda", "após"]
    ),
    lines={
        "share": ("compartilhar", "partilhar", "compartilhe", "imprimir", "enviar", "enviar por email", "copiar link",
                  "seguir", "salvar", "guardar"),
        "comments": ("comentários", "comentário", "comentar", "deixe um comentário", "responder", "ver comentários"),
        "newsletter": ("newsletter", "inscreva-se", "assine a newsletter", "cadastre-se"),
        "advertisement": ("publicidade", "anúncio", "conteúdo patrocinado", "patrocinado"),
        "cookie": ("aceitar", "aceitar todos", "rejeitar", "configurar cookies", "concordo"),
        "paywall": ("doe agora", "apoie", "assine", "assine já", "exclusivo para assinantes", "já é assinante?", "assinante"),
        "navigation": (
            # a shop's cart, its buttons and notices ("O seu carrinho está vazio": no headline)
            "carrinho", "adicionar ao carrinho", "ver carrinho", "seu carrinho está vazio", "o seu carrinho está vazio",
            "senha", "nome de usuário", "lembrar-me", "ir para o conteúdo", "pular para o conteúdo", "saltar para o conteúdo", "início", "página inicial", "buscar", "pesquisar", "menu", "entrar", "minha conta", "anterior",
                       "próximo", "seguinte", "voltar", "mais", "tags", "temas", "política", "economia", "sociedade",
                       "desporto", "esporte", "esportes", "cultura", "mundo", "opinião", "vídeos", "fotos"),
        "footer": ("aviso legal", "contato", "contacto", "contactos", "política de privacidade", "termos de uso",
                   "quem somos", "mapa do site", "todos os direitos reservados", "ficha técnica", "estatuto editorial"),
        "other": ("foto", "carregando", "carregando...", "tempo de leitura"),
        "related": ("leia também", "leia mais", "veja também", "relacionadas", "notícias relacionadas", "mais lidas",
                    "as mais lidas", "mais notícias", "últimas notícias", "recomendados", "você pode gostar",
                    "artigos relacionados", "saiba mais", "mais vistos", "destaques"),
    },
    prefixes={
        "other": (r"ver (?:essa|esta) (?:foto|publicação) no instagram\b", r"uma publicação compartilhada por\b", r"este site é protegido (?:pelo|por) recaptcha\b", r"clique (?:aqui|na|no)\b",),
        "related": (r"(?:leia|veja) (?:também|mais)\b", r"mais (?:notícias|lidas) (?:de|sobre)?\b",),
        "share": (r"clique para (?:compartilhar|imprimir|enviar)\b", r"(?:compartilhar|partilhar) (?:no|na|por)\b", r"siga[- ]nos\b"),
        "newsletter": (r"(?:inscreva-se|assine) (?:na|a)\b.{0,30}newsletter", r"receba\b.{0,60}(?:newsletter|e-?mail)"),
        "paywall": (r"para continuar lendo\b", r"para continuar a ler\b", r"este conteúdo é exclusivo\b"),
        "cookie": (r"(?:utilizamos|usamos) cookies\b", r"este (?:site|portal) utiliza cookies\b", r"privacidade e cookies:",
                   r"para saber mais, inclusive sobre como controlar os cookies\b"),
        "comments": (r"este site (?:usa|utiliza) (?:o )?akismet\b",  # WordPress's spam filter notice under the comment form
                     # the author asking for comments ("Deixe suas dúvidas e opiniões aqui embaixo!")
                     r"deixe (?:seu|sua|suas|seus) (?:comentários?|dúvidas|opini(?:ão|ões))\b",
                     # WordPress's comment form, as text
                     r"você está comentando utilizando sua conta\b", r"notifique-me (?:sobre|de) novos comentários\b",
                     r"\d{1,7} comentários?\b", r"atenção: comentários\b", r"os comentários (?:são|não)\b"),
        "footer": (common.COPYRIGHT_NOTICE, r"todos os direitos reservados\b", common.reserved_notice(r"todos os direitos reservados\b")),
        "navigation": (
            # a shop's cart with its count ("Carrinho (0)")
            r"carrinho:? \(?\d{1,4}\)?$",
            r"tags?\s*:", r"você está aqui\s*(?::|$)", r"está aqui\s*(?::|$)", r"temas?\s*:"),
    },
    about_author=("sobre",),
    author_labels=("sobre o autor", "sobre a autora"),
    recipe_ingredients=("ingredientes",),
    recipe_steps=("modo de preparo", "preparo", "como fazer", "modo de fazer", "preparação", "instruções"),
    byline_markers=("por", "autor:", "autor(es):", "escrito por", "publicado por", "por:"),
    category_prepositions=("em",),
    name_joiners=("e", "&"),
    agency_joiners=("com", "e"),
    outlet_words=("jornal", "notícias", "revista", "diário"),
    newsroom_names=("redação", "redacção", "da redação"),
    byline_titles=("jornalista", "correspondente", "enviado especial", "enviada especial", "redação", "redacção"),
    credit_markers=(r"foto", r"fotos", r"fotografia", r"imagem", r"crédito", r"fonte", r"vídeo"),
    caption_markers=('legenda',),
    counter_words=('de',),
    weekdays=("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"),
    months={
        "janeiro": 1, "jan": 1, "fevereiro": 2, "fev": 2, "março": 3, "mar": 3, "abril": 4, "abr": 4, "maio": 5,
        "mai": 5, "junho": 6, "jun": 6, "julho": 7, "jul": 7, "agosto": 8, "ago": 8, "setembro": 9, "set": 9,
        "outubro": 10, "out": 10, "novembro": 11, "nov": 11, "dezembro": 12, "dez": 12,
    },
    published_words=("publicado", "publicado em", "data"),
    updated_words=("atualizado", "atualizado em", "actualizado", "actualizado em", "última atualização"),
    title_echoes=(r"\d{1,5} (?:comentários?|respostas?|pensamentos?|reflex(?:ão|ões)) (?:em|para|sobre|a)", r"(?:um|uma) (?:comentários?|respostas?|pensamentos?|reflex(?:ão|ões)) (?:em|para|sobre|a)"),
    post_notes=(r"(?:esta entrada|este artigo) foi (?:publicad[ao]|escrit[ao])(?: em [^\n]{1,80}?)? em (?:\w+,? )?{date}",),
    relative_time=(r"há\s+\d{1,7}\s*(?:segundos?|minutos?|min|horas?|h|dias?|semanas?|meses|anos?)", r"ontem", r"hoje"),
    contributors=(r"com (?:lusa|agências|reuters|afp)\s*$", r"traduzid[oa] (?:\S{1,12} ){0,3}por\b", r"tradução\s*:", r"(?:revisado|verificado) (?:medicamente|clinicamente|cientificamente) por\b", r"\((?:lusa|agência brasil|reuters|afp)\)\s*$"),
)
