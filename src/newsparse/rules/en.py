"""English rule table."""

from newsparse.rules import common
from newsparse.rules.table import LanguageTable

TABLE = LanguageTable(
    code="en",
    name="English",
    stopwords=frozenset(
        ["a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "yourselves", "said", "says", "also", "would", "could", "may", "might", "must", "shall", "one", "two", "new", "like", "many", "much", "even", "still", "however", "since", "though", "although", "already", "never", "ever"]
    ),
    lines={
        "share": (
            "share", "share this", "share this article", "share this story", "share article",
            "share on facebook", "share on twitter", "share on linkedin", "share on whatsapp",
            "share on pinterest", "share on reddit", "share via email", "share by email",
            "share this with", "share this with facebook", "share this with twitter",
            "share this with email", "share this with messenger", "share this with whatsapp",
            "share this with pinterest", "share this with linkedin", "share this page",
            "shares", "facebook", "twitter", "linkedin", "whatsapp", "pinterest", "reddit",
            # (a link to the author's account, after the name: "Claudio Kummerfeld Twitter Account")
            "twitter account", "facebook account", "instagram account", "linkedin account",
            "messenger", "email", "e-mail", "print", "copy link", "copy this link",
            "copy url", "link copied", "get short url", "tweet", "flipboard",
            "show more sharing options",
            "close share panel", "close", "close button", "save", "save article", "gift article",
            "print article", "email this", "sms", "telegram", "x", "xing", "tumblr", "instagram",
            "youtube", "snapchat", "tiktok", "rss", "rss feed", "follow", "follow us",
            "like this story? share it with a friend", "share to facebook", "share to twitter",
            "share via", "share with", "share story", "post", "bookmark", "pin it", "add to favorites",
            "add to favourites",
            "listen", "listen to this article",
        ),
        "comments": (
            "top comments", "top rated comments", "most liked comments",
            "comments", "comment", "view comments", "show comments", "join the conversation", "join the discussion",
            "leave a comment", "leave a reply", "post a comment", "add a comment",
            "comment on this story", "comments are closed", "load comments", "read comments",
            "comments feed", "trackback url", "trackback",
            "conversation", "discussion", "blog comments powered by disqus", "reply",
            "no comments", "be the first to comment", "hide comments", "post your comment", "post your comments",
            "cancel reply", "post comment",
        ),
        "newsletter": (
            "newsletter", "newsletters", "sign up", "sign up now", "sign up for newsletters",
            "sign up for newsletters and alerts", "subscribe to our newsletter", "breaking news emails",
            "get our newsletter", "like this article?", "email newsletters", "get the newsletter",
            "enter your email", "email address", "your email address", "thank you for signing up",
        ),
        "advertisement": (
            "advertisement", "advertising", "ad", "ads", "sponsored", "sponsored content",
            "paid content", "continue reading the main story", "story continues below advertisement",
            "article continues below advertisement", "article continues below", "story continues below",
            "scroll to continue with content", "promoted", "partner content", "ad feedback",
            "advertise with us", "skip advert", "advert",
        ),
        "cookie": (
            "accept", "accept all", "accept cookies", "reject all", "manage cookies", "cookie settings",
            "cookie policy", "cookies", "i agree", "got it", "manage preferences", "ok, i agree",
            "privacy overview",  # a consent plugin's heading
            "save preferences", "save settings",
        ),
        "paywall": ("donate", "donate now", "donate today", "make a donation", "support us", "support independent journalism", 
            "subscribe", "subscribe now", "to read the full story", "to read the full story subscribe",
            "already a subscriber?", "already a subscriber? sign in", "subscriber exclusive",
            "premium", "for subscribers", "subscribers only", "this article is for subscribers only",
            "unlock this article", "continue reading", "read the full article", "start your free trial",
        ),
        "navigation": (
            "tv schedule",  # (a broadcaster's menu link to its schedule)
            # an account's prompts ("Not a member? Sign up")
            "create an account", "create account", "new here?", "not a member? sign up", "not a member?", "don't have an account?", "new user? register",
            # a shop's cart, its buttons and notices ("Your cart is empty": no headline)
            "cart", "shopping cart", "view cart", "add to cart", "your cart is empty", "your shopping cart is empty",
            "there are no items in your cart", "no products in the cart",
            "password", "username", "remember me", "confirm password",
            "skip to the content", "skip to main navigation", "skip to navigation", "jump to content", "home", "menu", "search", "sign in", "log in", "login", "log out", "register", "my account",
            "skip to content", "skip to main content", "skip to search", "skip to footer", "skip navigation", "back to top", "top",
            "next", "previous", "next article", "previous article", "more", "less", "show more",
            "see more", "load more", "view all", "see all", "all", "news", "sections", "topics",
            "tags", "related topics", "open menu", "close menu", "toggle navigation", "main menu",
            "subscribe for", "edition", "watchlist", "account", "profile", "settings", "back",
            "back to gallery", "full screen", "enlarge image", "expand", "collapse", "video",
            "photos", "gallery", "latest", "trending", "live", "opinion", "sport", "sports",
            "business", "politics", "world", "us", "uk", "tech", "technology", "science", "health",
            "entertainment", "culture", "lifestyle", "travel", "weather", "markets", "local",
        ),
        "footer": (
            "about us", "about", "contact", "contact us", "privacy", "privacy policy", "privacy notice",
            "terms", "terms of use", "terms of service", "terms and conditions", "cookie policy",
            "careers", "jobs", "help", "faq", "site map", "sitemap", "accessibility", "advertise",
            "corrections", "licensing", "reprints", "licensing & reprints", "ad choices", "adchoices",
            "reprints & permissions", "reprints and permissions", "site feedback", "news releases",
            "press releases", "contact the newsroom", "editorial standards", "ethics policy",
            "do not sell my personal information", "do not sell my info", "your privacy choices",
            "all rights reserved", "internships", "news tips", "closed captioning", "digital products",
            "code of conduct", "masthead", "imprint", "feedback", "rss feeds", "archive", "archives",
        ),
        "other": (
            "image", "image caption", "caption", "image copyright", "media caption", "photo",
            "you have no pending notifications", "no new notifications", "change contrast", "get the app",
            "report", "loading", "loading...", "read more", "more info", "key points", "credit",
            "credit...", "hide caption", "toggle caption", "show caption", "play", "pause",
            "watch", "watch now", "watch video", "play video", "now playing", "advertisement feedback",
            "reuse this content", "full article", "related",
            "more on this", "listen to article", "reading time", "min read", "…", "...", "[+]",
            "view more articles", "view all articles",  # an author box's link
            "learn more", "find out more", "forgot your password?", "lost your password?", "search this site",
        ),
        "related": (
            "you might also like", "you may also like", "you may be interested in",
            "you might be interested in", "read more", "read next", "related", "related articles",
            "related stories", "related content", "related news", "related coverage", "related links",
            "related posts", "related reading", "more stories", "more from", "more news", "more on this story",
            "more on this topic", "more in", "most popular", "most read", "most viewed", "most shared",
            "most popular articles", "most popular videos", "popular", "popular stories", "popular now",
            "trending", "trending now", "trending news", "trending stories", "top stories", "latest news",
            "latest stories", "latest", "recommended", "recommended for you", "recommended stories",
            "we recommend", "editor's picks", "editors' picks", "don't miss", "see more", "see also",
            "also read", "also on", "trends", "related:", "read more:", "more:", "see also:", "explore further", "what to read next", "up next", "further reading",
            "in other news", "elsewhere on the web", "around the web", "from the web", "features",
            "more:", "more on:", "also in the news", "more like this",
            "keep reading", "next article", "previous article", "more coverage",
            "related video", "related videos", "watch more", "recent posts", "recent articles",
            "latest headlines", "headlines", "more headlines", "more top stories", "spotlight",
        ),
    },
    prefixes={
        "related": (
            r"more (?:from|in|on|about|stories from|news from)\b", r"latest\b.{0,40}\b(?:news|stories|headlines|articles)$",
            r"(?:also|more) on\b", r"related (?:articles|stories|news|content|coverage|posts|reading)\b",
            r"(?:read|see) (?:more|also)\b.{0,40}$", r"more\b.{0,30}\b(?:stories|news|articles)$", r"top stories\b",
            r"most (?:popular|read|viewed|shared)\b",
            r"popular on\b", r"more (?:from|on) (?:our|the) site\b", r"you (?:may|might) (?:also )?(?:like|enjoy|be interested in)\b"),
        "share": (
            r"subscribe to (?:our|the|my)\b.{0,40}\byoutube channel\b",
            r"share (?:this|on|via|to|with)\b", r"follow (?:us|\S+ on)\b", r"like us on\b",
            r"click to share\b", r"click to (?:print|email)\b", r"like this:$", r"like loading\b", r"tweet this\b",
            r"share all sharing options\b", r"(?:share )?close extra sharing options\b", r"share (?:your|this) (?:thoughts|story)\b",
            r"(?:%d|\d{1,7}) bloggers? likes? this\b"),
        "newsletter": (
            r"sign up (?:for|to)\b", r"notify me of new posts\b", r"(?:subscribe to|follow) (?:this )?blog via e-?mail\b",
            r"enter your e-?mail address to (?:subscribe|follow)\b", r"subscribe to (?:our|the)\b.{0,60}newsletter",
            r"get (?:the|our) .{0,40}newsletter", r"get (?:breaking news|the latest|(?:weekly|daily)\b.{0,20}updates)\b.{0,80}(?:inbox|delivered\b)",
            r"(?:join|get) our (?:free )?(?:daily |weekly )?(?:newsletter|email)",
            r"by signing up\b", r"by subscribing\b", r"enter your email\b",
            r"want more\b.{0,40}\? sign up", r"sign up for\b",
            r"(?:never|don't) miss (?:a|an|the latest|another)\b.{0,60}(?:sign up|signing up|newsletter|email|follow|!)",
            r"sign up:", r"stay on top of\b.{0,60}\bsign up", r"get (?:our|the) (?:best|latest)\b.{0,60}\binbox", r"(?:subscribe|sign up) (?:to|for) (?:our|the) (?:free )?(?:daily |weekly )?(?:email|newsletter)", r"never miss\b.{0,60}\bnewsletter", r"sign up to (?:our|the)\b", r"join (?:the )?(?:hundreds|thousands|millions) of\b", r"[\w' -]{0,40}\bnewsletter$", r"get\b.{0,60}\bby email\b", r"get regular updates\b", r"get the latest (?:updates|news|stories)\b.{0,80}(?:inbox|straight to you|by email)",
            # what the form says once sent
            r"you(?:'ve| have) (?:been )?succes?sfully subscribed\b", r"thank(?:s| you) for subscribing\b",
            r"an e-?mail with (?:an|a) (?:activation|confirmation) link\b",
            # "Get our conservative analysis delivered right to you. No charge.", "Stay up to date with Ascom. Subscribe ..."
            r"get (?:our|this|the day['’]s)\b.{0,60}\bdelivered (?:right )?to (?:you|your inbox)\b",
            r"stay (?:up to date|informed)\b.{0,60}\bsubscribe\b"),
        "paywall": (r"support (?:our|independent|local|quality) journalism\b", r"support (?:us|our work)\b", 
            r"subscribe to\b.{0,40}$", r"to (?:continue|keep) reading\b", r"subscribe (?:now|today)\b",
            r"already (?:a subscriber|have an account)\b", r"this (?:article|story|content) is (?:for|only available to) subscribers",
            r"you have reached (?:your|the) (?:free )?(?:article )?limit", r"become a (?:member|subscriber)\b",
            r"instant access to\b", r"access (?:the )?full (?:article|text)\b",
            # a membership's pitch under the article ("If you enjoyed this article, ... we have a proposition for you: Join NRPLUS.")
            r"if you (?:enjoyed|liked|value) this (?:article|story|post)\b.{0,80}\b(?:join|subscribe|become a (?:member|subscriber))\b"),
        "cookie": (
            r"we use cookies\b", r"this (?:web)?site uses cookies\b", r"by (?:continuing to use|using) (?:this|our) (?:web)?site\b",
            r"we and our partners\b", r"cookie (?:settings|policy|preferences)\b",
            # WordPress's cookie banner ("Privacy & Cookies: This site uses cookies. ...", "To find out more,
            # including how to control cookies, see here: Cookie Policy") and a consent plugin's category notes
            r"privacy (?:&|and) cookies:", r"to find out more, including how to control cookies\b",
            r"necessary cookies are absolutely essential\b",
        ),
        "comments": (
            r"please (?:enable javascript|read our|abide|be respectful)\b", r"comments? (?:are|is) (?:closed|moderated)\b",
            r"(?:as|when) you comment\b", r"when submitting content\b", r"\d{1,7} comments?\b",
            r"view (?:\d{1,7} )?comments\b", r"commenting (?:is|has)\b",
            r"we welcome reader comments\b", r"please understand that comments\b", r"comments are moderated\b", r"comment by\b",
            # WordPress's spam filter notice under the comment form
            r"this site uses akismet\b",
            # WordPress's comment form ("You are commenting using your WordPress.com account. ( Log Out / Change )")
            r"you are commenting using your\b", r"fill in your details below or click an icon to log in\b",
            r"enter your comment here\b", r"notify me of (?:new |follow-?up )?comments\b", r"connecting to %s$"),
        "advertisement": (
            r"advertisement\b", r"sponsored by\b", r"paid (?:post|partner|content)\b",
            r"story continues (?:below|after)\b", r"article continues (?:below|after)\b",
            r"this (?:post|article|page) (?:contains|may contain) (?:references|affiliate)", r"we (?:may )?(?:earn|receive) (?:a )?commission\b",
            # affiliate disclosures: "Tom's Hardware is supported by its audience. When you purchase through links on our
            # site, we may earn an affiliate commission.", "Microsoft may earn an Affiliate Commission if ...", "FTC: ..."
            r"[\w'’.& -]{1,40} is supported by (?:its|our) (?:audience|readers)\b",
            r"when you (?:buy|purchase|shop) (?:something )?(?:through|via|using) (?:the )?(?:retail )?links? (?:on|in) (?:our|this) (?:site|page|article|post)\b",
            # (the commission tied to the reader's purchase or the page's links: "Victims may receive compensation from the
            # state" is news)
            r"[\w'’.& -]{1,40} (?:may|might) earn (?:an? )?affiliate commissions?\b",
            r"[\w'’.& -]{1,40} (?:may|might|will) (?:earn|receive|get) (?:an? )?(?:small )?(?:affiliate )?(?:commissions?|compensation) (?:if|when) you (?:buy|purchase|click|shop|visit)\b",
            r"[\w'’.& -]{1,40} (?:may|might|will) (?:earn|receive|get) (?:an? )?(?:small )?(?:affiliate )?(?:commissions?|compensation) (?:from|on|for) (?:some of )?(?:the )?(?:links|products|partners)\b",
            r"[\w'’.& -]{1,40} has affiliate partnerships\b", r"\*?\s?disclosure: (?=.{0,80}\b(?:affiliate|commission))", r"ftc: (?=.{0,60}\baffiliate)",
            r"(?:this (?:web)?site|we|i) (?:is|are|am) a participant in the amazon services llc associates program\b",
            r"as an amazon associate,? (?:i|we) earn\b",
            # a publisher's notice over its reviews, the disclosure its second sentence ("We recommend the best products
            # through an independent review process, and advertisers do not influence our picks. We may receive
            # compensation ...", "... review products independently. We may earn affiliate commissions ...")
            r"[^.!?]{0,160}[.!?] (?:we|i) (?:may|might) (?:earn|receive) (?:an? )?(?:small )?(?:affiliate )?(?:commissions?|compensation)\b",
            r"[^.!?]{0,120}\badvertisers do(?: not|n['’]t) influence (?:our|my)\b",
            r"(?:some |this |the )?(?:posts?|articles?|links?)\b[\w'’.&() -]{0,60}? (?:may )?(?:contains?|are) affiliate links\b",
            # an affiliate plugin's notice under its product boxes ("Last update on 2022-02-02 / Affiliate links / ...")
            r"last update on [\d./-]{6,10} / affiliate links?\b",
            # "Advertising disclosure: We may receive compensation for some of the links in our stories."
            r"advertising disclos(?:ure|er)\b", r"we may receive compensation\b"),
        "footer": (
            common.COPYRIGHT_NOTICE, r"all rights reserved\b", common.reserved_notice(r"all rights reserved\b"),
            r"got a (?:confidential )?news tip\?",
        ),
        "navigation": (
            # a shop's cart with its count ("Cart 0")
            r"(?:shopping )?cart:? \(?\d{1,4}\)?$", r"\d{1,4} ?(?:items? in )?(?:shopping )?cart$",
            r"tags?:", r"topics?:", r"filed under:?", r"categories:", r"related topics:",
            r"you are here\s*(?::|$)", r"more about:",
            r"skip to (?:the )?(?:main )?(?:content|navigation|search|menu|footer|sidebar)\b",  # "Skip to search - Accesskey = s"
            # a wiki's skip links ("Jump to: navigation, search", "Jump to navigation Jump to search")
            r"jump to:? (?:the )?(?:main )?(?:content|navigation|search)\b",
            r"this (?:article|story|entry) (?:is related to|was posted in|is filed under)\b", r"filed under\b", r">>\s?\S", r"→\s?\S"),
        "other": (
            # a wiki's tagline under the title ("From Wikipedia, the free encyclopedia", "From Stardew Valley Wiki")
            r"from [\w' .-]{0,40}wiki(?:pedia)?(?:, the free encyclopedia)?$",
            # a forum thread's post count and pages ("1 post • Page 1 of 1")
            r"\d{1,7} posts? • page \d{1,4} of \d{1,4}$",
            # Google's notice beside a form checked by reCAPTCHA
            r"this (?:site|page|form) is protected by recaptcha\b", r"(?:the )?recaptcha verification period has expired\b",
            r"you are (?:signed|logged) in as\b",
            # an Instagram post embedded in the page, as text ("View this post on Instagram", "A post shared by ...")
            r"view this post on instagram\b", r"a post shared by\b",
            # a player's fallback when it cannot play ("Media playback is unsupported on your device",
            # "Your browser does not support the video tag")
            r"(?:media )?playback (?:is )?(?:unsupported|not supported) on (?:your|this) (?:device|browser)\b",
            r"your browser does(?: not|n't) support (?:the )?(?:html5 )?(?:video|audio)\b",
            # a note on the outlet's editorial standards ("Our Standards: The Thomson Reuters Trust Principles.")
            r"our (?:editorial )?standards\s*:", r"(?:read|learn (?:more )?about|see) our (?:editorial )?(?:standards|ethics policy)\b",
            r"your (?:web )?browser is (?:out of date|outdated|no longer supported|not supported)\b",
            # a server's error shown in the page: "Warning: mysql_get_server_info(): Access denied..."
            r"(?:warning|notice|deprecated|fatal error|parse error): \w{1,60}\(\)",
            # rating widgets: "Rating: 5.0/5 (1 vote cast)", "4.5 out of 5 stars", "12 reviews"
            r"rating:?\s*\d(?:[.,]\d{1,2})?\s*/\s*\d{1,2}\b", r"\d(?:[.,]\d{1,2})? out of \d{1,2} stars?\b",
            r"\d{1,7} (?:ratings?|reviews?|votes?)$", r"rate this (?:recipe|article|post|story)\b", r"thanks? (?:you )?for (?:your )?rating\b", r"rating:? \d{1,7} votes?$", r"\d(?:[.,]\d{1,2})? from \d{1,7} votes?\b",  # (a recipe plugin's)
            r"image \d{1,7} of \d+\b", r"photo \d{1,7} of \d+\b", r"slide \d{1,7} of \d+\b", r"citation:",
            r"this article (?:was|has been) (?:amended|updated|corrected)\b",
            r"(?:have a tip|contact the author|email the author|follow (?:him|her|them) on)\b", r"why you can trust\b",
            r"read more (?:from this author|about)\b", r"about the author\b", r"more from this author\b",
            r"listen to (?:this|the) article\b", r"estimated reading time\b", r"\d{1,7} min(?:ute)?s? read\b",
            r"we want to hear what you think\b", r"submit a letter to the editor\b", r"click (?:here|the button below)\b", r"(?:originally published|this (?:story|article) (?:originally )?appeared)\b", r"the views expressed\b", r"(?:download|get) (?:our|the) (?:free )?app\b", r"support (?:our|independent|quality) journalism\b", r"if you (?:enjoyed|liked) this\b", r"have a (?:news )?tip\b", r"want to read more\b", r"(?:e-?mail|contact) us at\b", r"submit (?:your|a) letter\b"),
    },
    about_author=("about",),
    author_labels=("about the author", "about the authors", "about the writer"),
    recipe_ingredients=("ingredients",),
    recipe_steps=("directions", "instructions", "method", "preparation", "steps", "how to make it", "how to make"),
    byline_markers=("post author", "published by", "story by", "article by", "by", "written by", "words by", "author:", "authors:", "author(s):", "reporter:", "posted by", "reporting by", "story and photos by", "text and photos by", "words and pictures by", "words and photos by", "text and photos:",
                    # a piece's genre before the marker: "A column by Jane Doe"
                    "a column by", "an analysis by", "analysis by", "commentary by", "a commentary by", "opinion by",
                    "guest post by", "a guest post by", "an essay by"),
    glued_markers=("By",),
    category_prepositions=("in",),
    name_joiners=("and", "&"),
    agency_joiners=("with", "and"),
    outlet_words=("news", "times", "post", "journal", "today", "insider", "business", "media", "press", "daily", "magazine", "tribune", "herald", "gazette", "weekly", "online"),
    newsroom_names=("staff", "staff writer", "staff writers", "staff report", "staff reports", "staff and agencies",
                    "staff and wire reports", "staff and news service reports", "editorial staff", "editorial team", "news desk", "news staff", "newsroom", "web desk", "the editors",
                    "editorial", "editorial board", "the editorial board"),
    byline_titles=(
        "staff writer", "staff reporter", "writer", "reporter", "correspondent", "editor", "contributor",
        "columnist", "senior writer", "senior editor", "senior reporter", "senior contributor", "senior correspondent",
        "special to", "for",
        "national security writer", "political correspondent", "science writer", "staff",
        "associate editor", "contributing writer", "freelance writer", "news editor", "chief",
    ),
    credit_markers=(
        r"image copyright", r"image credits?", r"image credit", r"image source", r"photo copyright", r"photo credits?", r"photograph",
        r"photos?(?: by)?", r"pictures?(?: by)?", r"picture credit", r"credits?", r"copyright",
        r"illustration(?: by)?", r"video", r"file photo", r"file", r"image",
        r"(?:main|top|lead|header|featured) (?:image|photo|picture) (?:credits?|copyright|source)",
    ),
    caption_markers=(r"image caption", r"media caption", r"caption", r"photo caption", r"figure(?:\s*\d{1,3})?", r"fig\.(?:\s*\d{1,3})?"),
    contributor_phrases=("contributed to this report", "contributed to this story", "contributed reporting"),
    counter_words=('of',),
    weekdays=("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    months={
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
        "dec": 12,
    },
    published_words=("published", "posted", "published on", "posted on", "first published", "originally published", "created", "originally created", "date", "on"),
    updated_words=("updated", "last updated", "updated on", "modified", "last modified"),
    title_echoes=(r"\d{1,5} (?:thoughts?|repl(?:y|ies)|responses?|comments?) (?:on|to|for)", r"(?:one|two|three|no) (?:thoughts?|repl(?:y|ies)|responses?|comments?) (?:on|to|for)"),
    post_notes=(r"this (?:entry|post|article) was (?:first )?(?:posted|published|written)(?: in [^\n]{1,80}?)? on (?:\w+,? )?{date}",),
    relative_time=(
        r"\d{1,7}\s*(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?|years?)\s+ago",
        r"(?:an?|one)\s+(?:minute|hour|day|week|month|year)\s+ago", r"just now", r"yesterday", r"today",
    ),
    contributors=(
        r"additional reporting by\b", r"reporting by\b.{0,200};\s*editing by\b", r"editing by\b",
        r"(?:writing|compiled|produced) by\b",
        r"with (?:additional )?reporting (?:by|from)\b", r"\(reporting by\b", r"this story (?:was|has been) (?:updated|corrected)\b",
        # (a translator: "Translated from Spanish by ...")
        r"translated (?:from \w+ )?by\b", r"translation\s*:",
        # (who checked or edited the article: never its author)
        r"(?:medically|clinically|expert|scientifically) (?:reviewed|verified|checked) by\b",
        r"fact[- ]?checked by\b", r"edited by\b",
    ),
)
