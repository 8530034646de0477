"""The text-dump cleaner's lexicon: the line patterns of menus, comments, markers, dates and credits (DE/EN/FR/ES).

Pure data plus the line comparison key; `extractors.textdump_lines` classifies lines with it.
"""

from __future__ import annotations

import re
import unicodedata

# Lines that are page furniture wherever they stand.
UI_PHRASES = re.compile(
    r"""^(?:
        please\ enter\ your\ (?:comment|name|email)(?:\ address)?(?:\ here)?!?
      | leave\ a\ (?:comment|reply)(?:\ cancel\ reply)?
      | (?:\d+\ )?comments?(?:\ \(\d+\))?
      | no\ comments(?:\ yet)?
      | post\ comment | submit\ comment | add\ comment | write\ a\ comment
      | you\ (?:may|might)\ also\ like | related\ (?:posts|articles|stories|news) | more\ stories
      | most\ popular | most\ read | recent\ (?:comments|posts) | popular\ posts
      | editors?['’]?\ picks? | latest\ (?:news|posts|stories|articles) | trending(?:\ now)?
      | read\ more | share\ this(?:\ article)? | share\ on\ \w+ | follow\ us(?:\ on\ \w+)?
      | subscribe(?:\ to\ our\ newsletter)? | sign\ up\ for\ our\ newsletter
      | advertisement | sponsored(?:\ content)? | tags?:.* | filed\ under:.* | categories:.*
      | save\ my\ name,\ email,.* | notify\ me\ of\ .* | this\ site\ uses\ akismet.*
      | all\ rights\ reserved\.? | privacy\ policy | terms\ of\ (?:use|service) | cookie\ (?:policy|settings)
      | previous\ (?:article|post) | next\ (?:article|post) | skip\ to\ (?:content|main\ content)
      | reply | antworten | répondre | responder | share\ this\ (?:story|post)(?:\ on\ \w+)? | teilen
      | (?:sign\ up|subscribe)\b.{0,80}\bnewsletter\b.* | .{0,80}\bdelivered\ to\ your\ inbox\.?
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

# Markers after which nothing belongs to the article (comment sections, related lists, footers).
TAIL_MARKERS = re.compile(
    r"""^(?:
        please\ enter\ your\ comment!? | leave\ a\ (?:comment|reply) | \d+\ comments? | comments?
      | you\ (?:may|might)\ also\ like | related\ (?:posts|articles|stories) | more\ stories
      | most\ popular | recent\ comments | editors?['’]?\ picks? | latest\ news
      | frequently\ asked\ questions\b.* | faqs?\b.*
      | (?:\d+\ )?(?:comments?|responses?|replies|kommentare?|commentaires?|comentarios?|reacties)(?:\ \(\d+\))?:?
      | join\ the\ (?:discussion|conversation) | add\ your\ comment | post\ a\ comment
      | schreibe\ einen\ kommentar | kommentar\ (?:schreiben|verfassen) | ähnliche\ (?:beiträge|artikel)
      | das\ könnte\ (?:sie|dich)\ auch\ interessieren | lesen\ sie\ auch | mehr\ zum\ thema
      | teilen\ mit:? | share\ this:? | powered\ by\ .{1,40}
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
# "Mike_the_Realist July 12, 2023 - 5:24 pm": a user name followed by a comment timestamp.
COMMENT_HEADER = re.compile(
    rf"^(?P<user>\S.{{0,60}}?)\s+(?P<date>{MONTHS}\.?\s+\d{{1,2}},\s+\d{{4}})"
    r"(?:\s*(?:-|–|at|,)?\s*(?P<time>\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?))?\s*(?:reply)?$",
    re.IGNORECASE,
)
BYLINE = re.compile(r"^(?:by|written by|words by)\s+(?P<names>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})*)\s*$", re.IGNORECASE)
CONTRIBUTORS = re.compile(
    r"^(?P<who>.{3,200}?),?\s+(?:also\s+)?contributed(?:\s+reporting)?(?:\s+to\s+(?:this|the)\s+(?:article|report|story))?(?:\s+from\s+[^.]+)?\.$",
    re.IGNORECASE,
)
# Comment timestamps on a line of their own, or after a user name: "15. Oktober 2022 um 08:12",
# "2024-03-02 at 14:05", "Jan 5, 2024", "2 hours ago", "vor 3 Stunden".
STAMP = (
    rf"(?:{MONTHS}\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\.\s*(?:\w+|\d{{1,2}}\.)\s*\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
    r"(?:\s*(?:-|–|at|um|à|,)?\s*\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|uhr))?)?"
    r"|(?:\d+|an?|one)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago|vor\s+\d+\s+(?:minuten|stunden|tagen|wochen)"
)
TIMESTAMP_LINE = re.compile(rf"^(?:(?P<user>[^\s.!?]{{2,40}}(?:\s[^\s.!?]{{1,30}})?)\s+)?(?:{STAMP})\s*(?:reply|antworten)?$", re.IGNORECASE)
SAYS_LINE = re.compile(r"^\S.{0,40}?\s+(?:says|said|wrote|writes|sagt|schreibt|meint|dit|dice):?$", re.IGNORECASE)
MENU_SEPARATORS = re.compile(r"\s[|>›»·/]\s|\s[|>›»·]$")
PERSON_NAME = re.compile(r"^[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|da|van|von|der|al|bin|el|la|le)){0,4}$")
COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)", re.IGNORECASE)
URLISH = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
# Menu words glued together when a page is flattened: "HomeWorld News" = "Home" + "World News".
GLUED_WORDS = re.compile(r"[a-z][A-Z]")
SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*$")

# Markers that open a comment section in any of the languages seen in dumps: they end the article
# wherever they stand after its first paragraph. The other tail markers (related lists, share rows)
# also occur inside articles ("Lesen Sie auch"), so inside the body zone they only drop their line.
COMMENT_MARKERS = re.compile(
    r"""^(?:
        please\ enter\ your\ comment!? | leave\ a\ (?:comment|reply) | \d+\ comments? | comments?
      | (?:\d+\ )?(?:comments?|responses?|replies|kommentare?|commentaires?|comentarios?|reacties|meinungen)(?:\ \(\d+\))?:?
      | join\ the\ (?:discussion|conversation) | add\ your\ comment | post\ a\ comment | comments\ are\ closed\.?
      | schreibe\ einen\ kommentar | kommentar\ (?:schreiben|verfassen|hinzufügen) | kommentare\ sind\ geschlossen\.?
      | (?:\d+\ )?(?:antworten|reaktionen)\ (?:zu|auf)\ .{1,120} | laisser\ un\ commentaire | deja\ un\ comentario
      | (?:\d+|one|two|three|ein|eine|zwei|drei|un|une)\ (?:comments?|kommentare?|commentaires?|comentarios?|meinung(?:en)?):?
      | (?:\d+\ )?(?:gedanken|thoughts|responses|comments|kommentare)\ (?:zu|on|to|zum|zur)\ .{1,120}
      | (?:customer\ reviews|kundenbewertungen|bewertungen|reviews|rezensionen)(?:\ (?:für|for|zu|of)\ .{1,120})?
      | write\ a\ review | \*?\ ?(?:dein|ihr|your|votre|tu)\ (?:kommentar|comment|commentaire|comentario)\ ?\*?
      | your\ email\ address\ will\ not\ be\ published\b.* | (?:deine|ihre)\ e-mail-adresse\ wird\ nicht\ veröffentlicht\b.*
      | votre\ adresse\ (?:e-?)?mail\ ne\ sera\ pas\ publiée\b.* | tu\ dirección\ de\ correo\ electrónico\ no\ será\ publicada\b.*
      | you\ must\ be\ logged\ in\ to\ post\ a\ comment\.? | vous\ devez\ .{0,60}\ pour\ poster\ un\ commentaire\.?
      | vous\ devez\ .{0,60}\ afin\ de\ poster\ un\ commentaire\.? | sie\ müssen\ .{0,60}\ um\ .{0,40}kommentar.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# Section headings of sidebars and related lists (DE/EN/FR/ES): after the body zone they end it.
SECTION_MARKERS = re.compile(
    r"""^(?:
        most\ (?:viewed|read|shared|commented)(?:\ stories|\ articles)? | popular\ (?:posts|articles|stories)
      | recent\ posts | related(?:\ content)? | more\ from\ .{1,40} | about\ (?:me|the\ author|us)
      | meistgelesen\w* | meistkommentiert\w* | beliebte\ (?:beiträge|artikel) | neueste\ beiträge | letzte\ (?:beiträge|kommentare)
      | weitere\ (?:beiträge|artikel) | verwandte\ (?:beiträge|artikel) | über\ mich | archiv(?:e)? | kategorien
      | (?:à\ )?lire\ aussi | sur\ le\ même\ sujet | les\ plus\ lus | articles?\ similaires
      | te\ puede\ interesar | noticias\ relacionadas | lo\ más\ leído | (?:seit\ \d+\ tagen\ )?am\ meisten\ gelesen
      | aktuelle\ dossiers | über\ (?:den|die)\ autor(?:in)? | über\ \S+(?:\ \S+)?\ \d+\ artikel | authors?
      | autor(?:in)? | l'auteur | sobre\ el\ autor | (?:à\ )?lire\ aussi\b.* | lesen\ sie\ (?:auch|mehr)\b.*
      | read\ also\b.* | see\ also\b.* | siehe\ auch\b.* | lee\ también\b.* | ver\ también\b.* | über\ \S+
      | en\ relation | en\ ce\ moment | dans\ la\ même\ rubrique | you\ may\ have\ missed | das\ könnte\ dich\ interessieren
      | (?:←|<)\ .{1,200} | .{1,200}\ (?:→|>) | (?:\S+\ ){1,3}» | beitrags-?navigation | post\ navigation
      | (?:vorherige[rs]?|nächste[rs]?|previous|next)\ (?:beitrag|artikel|post|article|story)\b.*
      | article\ (?:suivant|précédent)\b.* | artículo\ (?:anterior|siguiente)\b.*
    ):?$""",
    re.IGNORECASE | re.VERBOSE,
)
NETWORKS = (
    r"(?:facebook|twitter|whatsapp|linkedin|pinterest|xing|reddit|tumblr|telegram|flipboard|pocket"
    r"|e-?mail|mail|print|drucken|messenger|skype)"
)
# Share rows, newsletter boxes and form notes: dropped wherever they stand after the first paragraph.
UI_EXTRA = re.compile(
    rf"""^(?:
        (?:{NETWORKS}[\s,|/·•]*){{2,}} | (?:teilen(?:\ mit)?|share(?:\ this)?|partager|compartir):?\ ?(?:{NETWORKS}[\s,|/·•]*)+
      | (?:be\ sociable,\ )?share!? | share\ (?:this|on|via)\b.{{0,40}}
      | (?:diese[nrs]?\ )?(?:artikel|beitrag|geschichte|seite|story)\ (?:teilen|drucken|empfehlen)
      | empfiehl\ dies\ deinen\ freunden\.? | diese\ seite\ (?:drucken|per\ e-?mail).* | partager(?:\ sur\ \w+)?
      | compartir | tweet | pin\ it | send\ me\ email.* | receive\ new\ posts.* | sign\ up!? | jetzt\ abonnieren
      | this\ site\ is\ protected\ by\ recaptcha.* | .{{0,40}}\bnewsletter\b.{{0,40}}
      | (?:name|e-?mail(?:-adresse)?|email\ address|website|webseite|url|kommentar|comment|nachricht|message)\ ?\*?:?
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# Picture credits and captions' sources: "Foto: X [CC BY-SA 3.0], via Wikimedia Commons", "Getty Images".
PHOTO_CREDIT = re.compile(
    r"^(?:foto|photo|bild|image|credit|crédit|quelle|source)s?\s*:|©|^\(c\)\s|getty\s?images|shutterstock|istock"
    r"|pixelio|wikimedia\ commons|\bimago\b|\b(?:dpa|afp|ap|reuters)\s?(?:files|photo|/)|/\s?(?:dpa|afp|ap|reuters)\b",
    re.IGNORECASE,
)
MONTH_WORDS = (
    r"(?:jan(?:uary|uar)?|jänner|feb(?:ruary|ruar)?|mar(?:ch)?|märz|mär|mrz|apr(?:il)?|may|mai|june?|juni|july?|juli"
    r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|dez(?:ember)?"
    r"|janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)"
)
# A date in any common shape, and a clock time: on a short line they make a comment header.
ANY_DATE = re.compile(
    r"\b(?:\d{1,2}\.\s?\d{1,2}\.(?:\d{2,4})?|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}"
    rf"|\d{{1,2}}(?:\.|st|nd|rd|th|er)?\s+(?:de\s+)?{MONTH_WORDS}\.?(?:\s+(?:de\s+)?\d{{4}})?"
    rf"|{MONTH_WORDS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b,?(?:\s+\d{{4}})?)"
    r"|\b(?:\d+|an?|one)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago\b"
    r"|\bvor\s+(?:\d+|einer?m?)\s+(?:minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)\b"
    r"|\bil\ y\ a\s+\d+\s+\w+|\bhace\s+\d+\s+\w+",
    re.IGNORECASE,
)
# The article's own date line ("Veröffentlicht am 13. März 2019 von ...", "Update vom 3. April"), never a reader's.
DATELINE = re.compile(
    r"\b(?:posted|published|updated?|last\ modified|veröffentlicht|aktualisiert|geschrieben|erschienen|stand"
    r"|zuletzt|eingestellt|publié|mis\ à\ jour|publicado|actualizado)\b",
    re.IGNORECASE,
)
# A lead-in line ends like a sentence or announces the text ("Das Beste kommt jetzt:"); a headline does not.
LEAD_END = re.compile(r"[.…:][\"'”’“«»)]*$")
STAMP_GLUE = re.compile(r"(?:^|\s)(?:am|on|um|at|le|el|à|de|the|-|–|—|,|\||/|·|•)(?=\s|$)", re.IGNORECASE)
BY_WORD = re.compile(r"(?:^|\s)(?:by|von|par|por|di|door)(?=\s|$)", re.IGNORECASE)  # "… 2019 von Peter Addor"
MAY_HOLD_DATE = re.compile(r"\d|\bago\b|\bvor\s+ein", re.IGNORECASE)
# Date and time glued to a user name by rendering: "th3Chris28.09.1913:39".
GLUED_STAMP = re.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2}),?\s*\d{1,2}:\d{2}")
REPLY_END = re.compile(r"\b(?:reply|antworten|répondre|responder|rispondi)$", re.IGNORECASE)
CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b|\b\d{1,2}[.h]\d{2}\s*uhr\b", re.IGNORECASE)
# Buttons under each reader comment: "Reply", "Antworten", "LikeLiked by 5 people", "Zum Antworten anmelden".
COMMENT_UI = re.compile(
    r"^(?:reply|antworten|antwortenlöschen|löschen|melden|zitieren|répondre|responder|rispondi|like|liked\ by\ .*"
    r"|likeliked\ by\ .*|\d+\ likes?|gefällt\ mir.*|zum\ antworten\ anmelden.*|report(?:\ abuse|\ comment)?"
    r"|permalink|(?:\d+\ )?(?:upvotes?|votes?)|cancel\ reply|log\ in\ to\ reply|loading\.\.\.|\S+\ (?:reply|antworten)"
    r"|(?:(?:antworten|reply|melden|report|zitieren|quote|like|teilen|share|gefällt\ mir|j'aime|répondre|signaler|responder)"
    r"(?:\ \(\d+\))?(?:\ ?[·|•/]\ ?|\ )?){2,})$",
    re.IGNORECASE | re.VERBOSE,
)


QUOTES = (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("–", "-"), ("—", "-"))


def norm_key(line: str) -> str:
    """Comparison key for a line: NFKC, straight quotes, lower case, single spaces."""
    line = unicodedata.normalize("NFKC", line)
    for typographic, plain in QUOTES:  # str.translate with a dict table is slow on non-ASCII text
        if typographic in line:
            line = line.replace(typographic, plain)
    return " ".join(line.lower().split())
