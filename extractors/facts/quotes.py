"""Direct and partial quotations with their speakers; quoted terms are left out."""

from __future__ import annotations

import re

from extractors.facts.actors import GOVERNMENT_COUNTRY, office_affiliation, represented
from extractors.facts.entities import (CLAUSE_JOIN, GLUED_INITIAL, NAMES_INSTRUMENT, PRESS_NOUNS, PRONOUN, SPEECH_VERBS, Analysis, resolve_it,
                                      resolve_pronoun, titled_as)
from extractors.facts.sentences import BULLET
from extractors.facts.speakers import (INSTRUMENT, STARTS_WITH_INSTRUMENT, cue_pronoun, instrument_in, it_is_instrument,
                                      outside_asides, outside_fronted, outside_vocative, possessed_bodies)
from extractors.models import Quote

_VERB = re.compile(rf"\b(?:{SPEECH_VERBS})\b")
_INTRO = re.compile(rf"\b(?:{SPEECH_VERBS})\b[^“”\"]{{0,40}}[,:]\s*$")
# 'expressed "deep concern"', 'voiced "serious concerns"': a cue, and a quotation despite the article before it
_EXPRESSED = r"express(?:es|ed|ing)?|voic(?:es|ed|ing)|acknowledg(?:es|ed|ing)"
_CUE = re.compile(
    rf"\b(?:{SPEECH_VERBS}|call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|dubbed|hail(?:s|ed)|label(?:l?ed)|termed|branded|"
    r"critique|criticism|characteri[sz]ed|outlined|summary|statement|declaration|communiqu[eé]|urg(?:es|ed)|ask(?:s|ed)?\s+for|"
    r"demand(?:s|ed|ing)?|insist(?:s|ed)|vow(?:s|ed)|pledg(?:es|ed)|promis(?:es|ed)\s+that|[Aa]ccording to|saying|adding|noting|warning|telling|"
    r"arguing|insisting|stressing|calling|describing|welcom(?:ed|es|ing)|prais(?:ed|es|ing)|"
    r"commit(?:s|ted|ting)?|critici[sz](?:e|ed|es|ing)|evaluat(?:ed|es)|assess(?:ed|es)|condemn(?:ed|s|ing)|reject(?:ed|s|ing)|dismiss(?:ed|es|ing)|denounc(?:ed|es|ing)|"
    r"slamm?(?:ed|s|ing)|accus(?:ed|es|ing)|agree(?:s|d)?\s+(?:on\s+\w+\s+)?that|introduc(?:ed|es|ing)|"
    r"referr(?:ed|ing)\s+to|regrett?(?:ed|s|ing)|deplor(?:ed|es|ing)|lament(?:ed|s|ing)|object(?:ed|s|ing)\s+to|"
    r"reaffirm(?:s|ed|ing)?|oppos(?:es|ed|ing)|designat(?:es|ed|ing)|nam(?:es|ed|ing)(?=\s+(?:[\w’'-]+\s+){1,3}as\b)|"
    rf"{_EXPRESSED}|turn(?:s|ed|ing)?\s+(?:itself|themselves)\s+into|"
    r"threaten(?:s|ed|ing)?|underscor(?:es|ed|ing)|underlin(?:es|ed|ing)|highlight(?:s|ed|ing)|"
    # "as he put it, '...'", "had spoken only of '...'"
    r"as\s+(?:he|she|they|it|(?:one|an?)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+put\s+it|(?:spoke|spoken|speaks|talked|talks)\s+(?:only\s+|repeatedly\s+|"
    r"afterwards\s+|later\s+|again\s+)?(?:of|about)|report(?:ed|s)|allow(?:s|ed)\s+that|"
    r"refers?\s+to|answer(?:s|ed)|convey(?:s|ed)|declaring|hailing|thank(?:s|ed|ing)|"
    # 'blamed the nineties for "the misery ..."', 'attributed the violence to "a small group"', 'to explain that
    # Tokyo had "colluded ..."', 'in his words, came to "listen more than speak"'
    r"blam(?:es|ed|ing)|attribut(?:es|ed|ing)|explain|in\s+(?:his|her|their|its)\s+(?:own\s+)?words|"
    # 'The Declaration instructs trade ministers to conclude talks "no later than January 2005"'
    r"instruct(?:s|ed)|direct(?:s|ed)\s+(?=\w+\s+(?:\w+\s+)?to\b)|"
    # 'undertook to be Secretary-General "of all the members"', 'which an official summed up as "solidarity"',
    # 'opened the meeting with a reminder that the Forum was "fifty years old"'
    r"undert(?:ook|akes)|summ(?:ed|ing)\s+(?:it\s+)?up\s+as|reminder\s+that|"
    # 'leaders agreed to keep markets open and to "fight protectionism"': the agreed text's words
    r"agree(?:s|d)\s+to(?=\s+(?:[^“”\"]{0,60}\bto\s+)?(?:[“\"]|$))|recogni[sz](?:es|ed|ing)|propos(?:es|ed))\b"
)
# "what he called a ...", "praised the resolution as a ...": a characterisation, so a quotation despite the article
_CHARACTERISED = re.compile(
    r"\b(?:call(?:s|ed|ing)?|describ(?:es|ed|ing)|termed|branded|labell?ed)\s+"
    r"(?:(?!(?:as|for|of|to|in|on|by|with|at|from)\b)[\w’'.\-]+\s+){0,3}?"
    r"(?:as\s+)?(?:a|an|the)\s+$|"
    # 'called their leader, Abdul-Malik al-Houthi, a "puppet"': an appositive names the object
    r"\b(?:call(?:s|ed|ing)?|branded|termed|labell?ed)\s+(?:[\w’'.\-]+\s+){0,2}[\w’'.\-]+,\s+(?:[\w’'.\-]+\s+){0,3}"
    r"[\w’'.\-]+,\s+(?:a|an|the)\s+$|"
    r"\b\w+(?:ed|es|ing)\s+(?:(?:it|them|this|that|the|their|its|his|her)\s+)?(?:\w+\s+){0,2}as\s+(?:a|an|the)\s+$|"
    r"\bthank(?:s|ed|ing)\s+(?:[\w’'-]+\s+){0,3}for\s+(?:a|an|the|its|their|his|her)\s+$|"  # 'thanked X for an "..."'
    r"\baccus(?:ed|es|ing)\s+(?:[\w’'.-]+\s+){1,3}of\s+(?:a|an|the)\s+$|"  # 'accused Mr X of a "betrayal"'
    r"\b(?:call(?:s|ed|ing)?|branded|termed|labell?ed|deemed)\s+(?:that|this|those|these)\s+$|"  # 'called that "a ..."'

    # 'called for a "just and durable peace"', 'said a "new scenario" was opening', 'talked about an "arc of ..."':
    # a demand or a report in quoted words
    r"\b(?:call(?:s|ed|ing)?\s+for|urg(?:es|ed|ing)|demand(?:s|ed|ing)|push(?:es|ed|ing)\s+for|"
    r"said|says|warned|argued|(?:spoke|speaks|talked|talks)\s+(?:of|about))\s+(?:that\s+)?(?:a|an|the)\s+$|"
    # 'expressed "deep concern"', 'voiced "serious concerns"', 'to express his "personal sorrow"', 'turned itself
    # into a "club of thieves"', 'refers to the need for a "just ... peace"': the speaker's or the text's own words
    rf"\b(?:{_EXPRESSED})\s+(?:(?:its|their|his|her|the|a|an)\s+)?$|"
    r"\bturn(?:s|ed|ing)?\s+(?:itself|themselves)\s+into\s+(?:a|an|the)\s+$|\bneed\s+for\s+(?:a|an|the)\s+$|"
    # 'Mr Trudeau said he had a "very good relationship"': the speaker's own words a few words after "said"
    r"\b(?:said|says)\s+(?:that\s+)?(?:he|she|they|it|we)\s+(?:had|has|have|was|is|were|felt|saw)\s+(?:a|an|the)\s+$",
    re.I)
# "Chinese officials said": a demonym before an official noun speaks for its country ("a Gambian justice ministry
# official" too)
_OFFICIALS = re.compile(r"\s+(?:officials?|diplomats?|government|authorities|ministry|[a-z]+ ministry|spokes\w+|"
                        r"negotiators?|delegation|delegates?|envoys?|embassy|state media|leaders?|sources?)\b")
# a quoted piece with a clause's joints in it ('a "not yet agreed upon, but very substantial" amount', 'a "brave
# resistance to pressure and extortion"') is somebody's wording, not a term's name
_SPOKEN = re.compile(r",|\b(?:and|but|or|to|not|very|yet|upon|never|must|should|will|would|can)\b")
# a sentence opening on the summit's text, whose verb takes the quotation ('The leaders' text backed "...",
# 'The declaration also backs "..."')
# a summit text as the subject right before a quotation that opens with the text's own verb
_RELEASED_ASIDE = re.compile(r",\s+(?:released|issued|read(?:\s+out)?|published|circulated|distributed|adopted|agreed|"
                             r"signed|approved)\b[^;“”\"]{0,160},\s*")
_TEXT_THEN_VERB = re.compile(INSTRUMENT.pattern + r"\s+$")
_QUOTED_VERB = re.compile(r"(?:strongly\s+|firmly\s+|also\s+)?(?:urge|encourage|call(?:s|ed)?\s+(?:on|for)|welcome|"
                          r"condemn|note|recognise|recognize|reaffirm|commit|acknowledge|underline|stress)(?:s|d|ed)?\b")

_TEXT_ACTS = re.compile(STARTS_WITH_INSTRUMENT.pattern + r"\s+(?:also\s+)?[a-z]+(?:ed|s)\s+(?:[\w’'-]+\s+){0,4}$")
# 'said Tokyo had conveyed its "grave concerns"': a possessive before a quoted piece in a reported clause marks the
# owner's words, not a term
_OWN_WORDS = re.compile(r"\b(?:its|their|his|her|our)\s+$", re.I)
_DETERMINER = re.compile(r"\b(?:a|an|the|no|its|their|his|her|our|this|that|so-called)\s+$", re.I)
_ACCORDING = re.compile(r"\b[Aa]ccording to\s+")
_ASIDES = re.compile(r",[^,“”\"]{1,80},(?=\s*$)")  # an aside closing right before the quotation
_RELATIVE = re.compile(r",\s+(?:which|that|whom)\s+")
# a summit text as the clause's subject, with an optional topic and one aside: it says what follows
_TEXT_NOUNS = r"(?i:statement|declaration|communiqu[eé]|conclusions|text|document)"
_TEXT_SUBJECT = re.compile(r"\s*(?:A|An|The|Their|Its)\s+(?:[\w-]+\s+){0,3}?" + _TEXT_NOUNS +
                           r"(?:\s+(?:on|about|of)\s+[^,;]{1,40}?)?(?:,[^,;]{1,80},)?\s*")  # ("The Declaration of X")
_TEXT_NOUN = re.compile(_TEXT_NOUNS + r"\b")


def _text_noun_end(body: str, lo: int, hi: int) -> int:
    """End of the text's own noun in [lo, hi): a government word must modify it ("A Chinese finance ministry
    statement"), not sit in an aside after it ("adopted by the heads of government of the Commonwealth")."""
    noun = _TEXT_NOUN.search(body, lo, hi)
    return noun.end() if noun else hi


_GOVERNMENT_WORD = re.compile(r"\b(?:ministry|government|foreign\s+office|embassy|presidency|cabinet)\b", re.I)
_WHO = re.compile(r"(?:’s|'s)?,\s+who\s+(?:also\s+|then\s+|later\s+|himself\s+|herself\s+|had\s+|has\s+)?")
_GROUP = re.compile(
    r"\b(?:the|their|its|\w+[’']s)\s+(?:\w+\s+)?(?:leaders|allies|members|alliance|declaration|communiqu[eé]|"
    r"statement|summit|bloc|group|grouping|organi[sz]ation|union|text|document|resolution)\b", re.I
)
# "..." peace: a quoted modifier of a noun outside the quotation is someone's wording, not a term
_COMPOUND_WORD = re.compile(r"[a-z]+(?:-[a-z]+)+")
# a naming clause: "what the diplomats call a", "a position officials call", "what the local press called the"
# ('what Turkish officials called "guarantees"', with no article, is their word: a quotation)
_NAMERS = (r"\s+(?:(?:the|some|many|its|their)\s+)?(?:[\w’'-]+\s+){0,2}?(?:diplomats|officials|critics|analysts|press|"
           r"media|people|insiders|economists|negotiators|experts|locals|observers|aides|authors|everyone|everybody|"
           r"text|declaration|document|communiqu[eé]|statement)\s+"
           r"(?:here\s+)?(?:now\s+|like\s+to\s+|(?:is|are)\s+(?:now\s+)?)?call(?:s|ed|ing)?\s+")
_WHAT_X_CALL = re.compile(rf"\bwhat{_NAMERS}(?:a|an|the)\s+$|\b(?:position|idea|notion|concept|principle){_NAMERS}$|"
                          # 'a break with France's old policy of "non-interference and non-indifference"': a name
                          r"\b(?:policy|doctrine)\s+of\s+$|"
                          # 'what Warsaw likes to call the "return to Europe"': a habitual name, not a remark
                          r"\bwhat\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+likes?\s+to\s+call\s+(?:a|an|the)\s+$|"
                          # 'what Beirut calls its policy of "dissociation"': a policy's name
                          r"\bwhat\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+call(?:s|ed)\s+(?:its|their|his|her|a|the)\s+"
                          r"(?:[\w-]+\s+){0,2}?(?:policy|doctrine|strategy|principle|approach|line)\s+of\s+$")
_PREMODIFIER = re.compile(r"[ \t]+(?!(?:of|to|in|on|at|for|from|with|by|and|or|but|that|which|who|as|is|are|was|"
                          r"were|has|have|had|will|would|could|should|may|might|can|said|says|around|near|over|under|"
                          r"across|along|between|about|against|inside|outside|within|behind|beyond|through|into|"
                          r"during|after|before|since|until|without|like|than|existed|exists)\b)[a-z][a-z\-]+\b")
_ACCORDING_AFTER = re.compile(r"[,.]?\s*according to\s+")
# 'declared Ukraine was on an "irreversible path" to membership': a quoted piece that the sentence continues
# with a preposition is someone's wording, not a term (a term is named and the sentence moves on)
# ("to" only before a noun phrase: 'a "membership action plan" to join' is a term followed by an infinitive)
_CONTINUED = re.compile(r"[ \t]+(?:for|of|toward|towards|against)\b|"
                        r"[ \t]+to[ \t]+(?:(?:the|a|an|its|their|full)\b|[A-Z]|"
                        r"[a-z]+(?:ship|tion|sion|ment|ity|ence|ance|ism|dom)\b)")
# 'and urged the alliance to "..."': a coordinated cue has no subject of its own
_COORDINATED = re.compile(r"\band\s+(?:also\s+|then\s+|later\s+)?$")
# 'criticised what it called "..."': the pronoun is the speaker
_WHAT_IT_CALLED = re.compile(r"\bwhat\s+(it)\s+(?:has\s+|had\s+)?(?:called|calls|termed|dubbed|described\s+as)\s+"
                             r"(?:as\s+)?(?:(?:a|an|the)\s+)?$")
_PARTICIPLE_INTRO = re.compile(
    r"\b(?:adding|saying|noting|continuing|concluding|insisting|stressing|warning)\s*[,:]?\s*$")
_NOUN_CUES = frozenset({"critique", "criticism", "summary", "statement", "declaration", "communique", "communiqué"})
_PARTICIPLE = re.compile(r",\s+$")
_THE_LEADERS = re.compile(r"\b[Tt]he\s+(?:\w+\s+)?(?:[Ll]eaders|[Hh]eads\s+of\s+(?:[Ss]tate|[Gg]overnment))\s+"
                          r"(?!of\b|from\b)")
_PASSIVE = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+$")
_IT_AT = re.compile(r"(?:^|(?<=[\s,]))[Ii]t(?=\s+(?:said|says|added|wrote|warned|stated|noted)\b)|"
                    r"(?<=\bsaid )it\b")
_SPEAKER_KINDS = ("person", "org", "country")
# "the Hiroshima declaration", "the Brussels communique": a place naming a text in lower case never speaks
_PLACE_NAMES_TEXT = re.compile(r"\s+(?:declaration|communiqu[eé]|summit|text|document|statement|resolution)\b")
_LOCATIVE = re.compile(r"\b(?:in|at|from|outside|near|inside)\s+$")
_APPOSITIVE_TO_WHO = re.compile(r",\s+(?:the|a|an)\s+[^,;“”\"]{2,100}?,?\s*|"
                                r"\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w’' -]{1,40}?")  # ("X of Uzbekistan, who")
_POSSESSOR_OF_APPOSITIVE = re.compile(r"[\w .’'-]+?[’']s\s+(?:[a-z][\w-]*\s+){1,4}?(?:party|group|body|organi[sz]ation|"
                                      r"newspaper|daily|union|movement|broadcaster),\s+the\s+[A-Z]")
_INTERVIEW = re.compile(r"\b(?:Interview|INTERVIEW|Q&A|In conversation)\b")
_THEY_ASIDE = re.compile(r",\s+they\s+(?:say|said|argue|argued|warn|warned|add|added|insist|insisted),\s+")
_SUBJECT_OF = {"his": "he", "her": "she"}  # "in her words" -> the pronoun to resolve
_IN_WORDS = re.compile(r"(?:^|\b)\s*[Ii]n\s+(his|her)\s+(?:own\s+)?words\s*[,:]?\s*$")
_PUT_IT = re.compile(r"as\s+(he|she)\s+put\s+it", re.I)  # the cue itself; _AS_PUT_IT: right before a quotation
_ONE_PUT_IT = re.compile(r"as\s+(?:one|an?)\s+", re.I)  # "as one Russian diplomat put it": nobody named
_AS_PUT_IT = re.compile(rf"\b{_PUT_IT.pattern},?\s*$", re.I)
_SAID_AFTER = re.compile(rf"\s*(?:he|she|they|it|we|I)\s+(?:{SPEECH_VERBS})\b")
_MESSAGE_INTRO = re.compile(r"\b(?:message|words|verdict|reply|answer|warning|promise|plea|line)\b[^“”\"]{0,60}:\s*$")
_IN_PLACE = re.compile(r"\b(?i:in|at|on)\s+$")
# '..., 2025," Ali told reporters' / '..., " said Ali': a name and its speech verb right after the closing comma
_NAMED_TAG = re.compile(r"\s*(?:(?:said|says|added)\s+[A-Z]|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}\s+"
                        r"(?:said|says|added|told)\b)")
_THAT_AFTER_JOIN = re.compile(r"that\s")  # a second reported clause of the same speech verb
_AND_THAT = re.compile(r"\W*and\s+(?:that|to)\b")  # ("... and that China ...", "... and to bring it into force ...")
# 'adopt "Inclusivity and Sustainability" as the theme': a quoted title in title case names, it does not quote
_TITLE_CASE = re.compile(r"(?:[A-Z][\w’'-]*)(?:[,:]?\s+(?:(?:and|of|the|for|in|to|a|through|on|with|by)\s+)?[A-Z][\w’'-]*){1,5}")
_TITLE_AFTER = re.compile(r"\s+as\s+(?:the|its|their|a|an|his|her)\s+(?:[\w-]+\s+){0,2}?(?:theme|slogan|motto|title|"
                          r"name|banner|watchword)\b")
_TITLE_BEFORE = re.compile(r"\b(?:theme|slogan|motto|banner|titled|entitled|watchword|acronym)(?:\s+for\s+the\s+year)?"
                           r"(?:\s+(?:is|was|will\s+be))?\s*[,:]?\s*(?:of\s+)?$|"
                           r"\b(?:theme|slogan|motto)\b[^.“”\"]{0,50}:\s*$")  # "the theme chosen by the hosts: "...""
_THEY_SAID_AFTER = re.compile(rf"[.,]?\s*,?\s*they\s+(?:{SPEECH_VERBS})\b")
_LEADERS_SUBJECT = re.compile(r"\b(?:[Tt]he|[Tt]heir)\s+(?:\w+\s+)?(?:leaders|allies|heads\s+of\s+(?:state|government))\b")
_LEADERS_THEN_VERB = re.compile(_LEADERS_SUBJECT.pattern + r"\s+$")  # 'The leaders "strongly condemned ..."'
# "A government spokesman said", "A member of the delegation, who asked not to be named, said": someone unnamed who
# speaks for the government named just before
_ANONYMOUS_OFFICIAL = re.compile(r"\b[Aa]n?\s+(?:(?:senior|government|ministry|foreign\s+ministry|delegation)\s+)?"
                                 r"(?:spokes(?:man|woman|person)|official|member\s+of\s+the\s+delegation|delegate)\b"
                                 r"(?:\s+(?:for|of|at)\s+the\s+Ministry\s+of(?:\s+[A-Z][\w-]*|\s+and){1,4})?"  # ("for the
                                 r"(?:,[^,“”\"]{0,60},)?\s+(?:said|says|told\s+\w+)\s+[^“”\"]*$")  # Ministry of X")
_COUNTED_MEMBERS = re.compile(r"\b[Tt]he\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?=[A-Z])")
_MEMBER_NOUN = re.compile(r"\s+(?:countries|governments|states|members|nations|leaders)\b")
# 'the leaders of Japan, the United States, ... and Russia agreed to "seek to share"': the meeting's body speaks
_NAMED = r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*"
_LEADERS_OF_MANY = re.compile(rf"\b[Tt]he\s+leaders\s+of\s+{_NAMED}(?:(?:,\s+(?:and\s+)?|\s+and\s+){_NAMED}){{2,}}()"
                              r"(?=\s+[a-z])(?:[^.;:!?]|(?<=[A-Z])\.)*$")  # (an initialism's stops: "the U.N.")
_PAREN_SOURCE = re.compile(r"[ \t]*\((?=(?:[A-Z][\w.’'-]*\s+){1,5}?[A-Z][\w’'-]+,)")  # '"..." (President X, on TV)'
_AS_SAYS_AFTER = re.compile(r"[,;]?\s*,?\s+as\s+([A-Z][^.;:“”\"\n]{1,80}?)\s+(?:says|said|puts\s+it|put\s+it|claims|"
                            r"claimed|argues|argued|insists|insisted)\b")  # '"illegal", as President X says'
_DASH_SOURCE = re.compile(r"[.,]?(?:[ \t]+|[ \t]*\n[ \t]*)[-–—][ \t]+(?=[A-Z])")  # (or on the line below: a quote book)
_OFFICIAL_SAID_AFTER = re.compile(r"[.,]?\s*,\s+(?:one|a|an|another|two|several)\s+[A-Z][\w-]+\s+(?:diplomat|official|aide|"
                                  r"minister|source|negotiator)s?\s+(?:said|says|told)\b")
_HE_SAID = rf"(he|she)\s+(?:{SPEECH_VERBS})\b"
_HE_SAID_FIRST = re.compile(r"\s*(?-i:(?=[HS]))" + _HE_SAID, re.I)  # a sentence that opens "He said ..."
# 'She was more interested in the power lines than in the speeches. "If the grid link ..."': her stance, then her words
_HE_WAS_FIRST = re.compile(r"\s*(He|She)\s+(?:was|seemed|sounded)\s+(?:more|less|far\s+more|much\s+more|even\s+more|rather)\b")
_TAIL_SAID = re.compile(rf"[^.;:“”\"\n]{{0,50}}?,\s*{_HE_SAID}")  # '"..." of the EU itself, he told reporters'
_PRONOUN_SAID_AFTER = re.compile(rf"[.,]?\s*,?\s*{_HE_SAID}")  # '"useless", he said
_TEXT_SAID_AFTER = re.compile(r"[^.;:“”\"\n]{0,80}?,\s*(?:the|its|their)\s+(?:[\w’'-]+\s+){0,2}?(?:declaration|communiqu[eé]|"
                              r"text)\s+(?:says|said|states|stated|adds|added|notes|noted)\b")
_ROLE_ASIDE = re.compile(r",\s+(the\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:said|added|warned|insisted|argued|noted|"
                         r"stressed|went\s+on)\s*,")
def _aside_role(an: Analysis, aside: re.Match) -> str | None:
    """The person an aside's description ("the prince", "the Saudi minister") names: a person mention inside it, else
    the one person introduced before it whose role ends with its last word."""
    people = [c for c in _candidates(an, aside.start(1), aside.end(1)) if c[1].startswith("person:")]
    if people:
        return people[-1][1]
    noun = aside.group(1).split()[-1].lower()
    fits = [p for p in an.persons.values() if p.first_offset < aside.start()
            and ((p.role and p.role.lower().split()[-1] == noun) or titled_as(an, p, noun))]
    return fits[0].key if len(fits) == 1 else None


_FOR_X = re.compile(r"\s*For\s+([^,;:“”\"]{2,60}),\s+(?:it|this|that|the\s+\w+)\s+(?:was|is|were|are|had\s+been|"
                    r"will\s+be|would\s+be|marked|marks|meant|means)\b[^.;“”\"]{0,60}$")
_OWNERS_WORDS = re.compile(r"\b([Hh]is|[Hh]er|Its)\s+(?:(?:own|final|parting|closing|opening|famous|main|key)\s+)?"
                           r"(?:line|words|message|remarks?|comments?|reply|answer|verdict|warning|phrase|retort|"
                           r"quip|joke|slogan|refrain|promise|view|headline|conclusion|judge?ment|take)\b")
_WHO_INTRODUCES = re.compile(r",\s+who\s+[^,;:“”\"]+:\s*$")  # a relative clause that ends in the colon
_WHO_CLAUSE = re.compile(r",\s+who\s+[^,;“”\"]+,")
_PRESS_AFTER = re.compile(rf"\s+(?:{PRESS_NOUNS}|paper|radio|television)\b|-based\b")  # "The Dakar daily X"
# 'wanted a G20 that "delivers"': a relative clause's verb, quoted alone, after a noun and "that"
_RELATIVE_VERB = re.compile(r"\b(?:a|an|the|its|their)\s+[\w-]+\s+that\s+[a-z]+(?:s|ed)[.,]?$")
_VERB_FIRST = re.compile(r"[a-z]+(?:es|ed)\s+\w")  # "requires collective responses": a clause opens the quotation
_ANAPHOR = re.compile(r"\b[Tt]he\s+(?:(?:[A-Z][\w-]+|left-wing|right-wing|conservative|liberal|business|state|"
                      r"financial)\s+)?(?:charity|(?:aid\s+)?agency|association|federation|lobby|group|organi[sz]ation|NGO|"
                      r"party|newspaper|paper|daily|weekly|tabloid|broadsheet|movement|campaign\s+group|think[\s-]tank)\b"
                      r"(?!\s+[A-Z])")  # ("the NGO X": X)
# 'simply calls it the "BRICS bank"', 'what one of them called "CHOGM weekend"': a name that opens with an acronym
_NAME_CALLED = re.compile(r"\b(?:calls?|called|dubs|dubbed|nicknamed|nicknames)\s+(?:it\s+|them\s+)?(?:the\s+)?$")
_ACRONYM_FIRST = re.compile(r"[A-Z]{2,}s?\b")
_NAMING_BEFORE = re.compile(r"\b(?:calls?|called|dubs|dubbed|terms|termed|known\s+as|named)\s+(?:itself\s+|themselves\s+)?$")
# "which the act describes as": the meeting's own text speaks, and so its body
_TEXT_DESCRIBES = re.compile(r"\b(?:which|that|what)\s+(?:the|its|their)\s+(?:final\s+|joint\s+)?(?:act|declaration|"
                             r"communiqu[eé]|statement|charter|treaty)\s+(?:describes|described|calls|called|terms|termed)"
                             r"(?:\s+it)?(?:\s+as)?\s*$")
_TEXT_SAYS = re.compile(r"(?<!about\s)(?<!on\s)(?<!of\s)(?<!to\s)(?<!with\s)(?<!from\s)(?<!over\s)"
                        r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Ii]n\s+the)\s+(?:final\s+|joint\s+)?(?:[Aa]ct|[Dd]eclaration|"
                        r"[Cc]ommuniqu[eé]|[Cc]harter)(?:\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?,?(?:\s+(?:they|the\s+"
                        r"leaders|the\s+presidents))?\s+(?:also\s+)?(?:asks?|asked|calls?\s+for|called\s+for|says|said|"
                        r"describes|described|urges|urged|speaks\s+of|spoke\s+of|declares|declared|terms|termed)\b"
                        r"[^.;“”\"]{0,80}$")
_WORK_BEFORE = re.compile(r"\b(?:sang|sings|sing|singing|sung|played|performed|rehearsal\s+with|concert\s+with|"
                          r"(?:song|hymn|anthem|poem)\s*,?)\s+$")
_POSSESSIVE_BEFORE = re.compile(r"\w[’']s\s+$")
_ABBREVIATED = re.compile(r"\b(?:[A-Z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sec|Hon|Sgt|Prof|St|Mme|Cde)\.|"
                          r"\b[A-Z]\.(?=\s+[A-Z][a-z])|\b" + GLUED_INITIAL)  # "M. Couchepin", "J. Smith",
# "Ts.Elbegdorj": an address or an initial


def _candidates(an: Analysis, start: int, end: int, summit_org: str | None = None) -> list[tuple[int, str]]:
    """Possible speakers in [start, end): (offset, key) for people, organisations, countries, he/she and "his
    government"; "It" after a sentence opening on a summit text is that text (``summit_org``)."""
    out = [(f.start, f.key) for f in an.found if f.kind in _SPEAKER_KINDS and start <= f.start < end
           and not f.in_quote and not an.in_dateline(f.start) and not NAMES_INSTRUMENT.match(an.body, f.end)
           and not (f.kind == "country" and _PLACE_NAMES_TEXT.match(an.body, f.end))
           and not an.in_label(f.start)]  # "NORTH KOREA: The leaders said ...": a topic label does not speak
    for match in PRONOUN.finditer(an.body, start, end):
        if not an.in_quote(match.start()):
            key = resolve_pronoun(an, match.start(), match.group(1))
            if key:
                out.append((match.start(), key))
    for match in _OWNERS_WORDS.finditer(an.body, start, end):
        if an.in_quote(match.start()):
            continue  # "Her line to reporters, that ...", a press review's "Its verdict: ...": the owner speaks
        owner = match.group(1).lower()
        key = resolve_it(an, match.start()) if owner == "its" else resolve_pronoun(
            an, match.start(), "he" if owner == "his" else "she")
        if key:
            out.append((match.start(), key))
    for match in _IT_AT.finditer(an.body, start, min(len(an.body), end + 12)):
        if match.start() < end and not an.in_quote(match.start()):
            key = summit_org if summit_org and it_is_instrument(an, match.start()) else resolve_it(an, match.start())
            if key:
                out.append((match.start(), key))
    for match in _GOVERNMENT_ANAPHOR.finditer(an.body, start, end):
        if not an.in_quote(match.start()):  # "Sudan's foreign ministry had announced ... The ministry said ...": Sudan
            state = _government_named_before(an, match.start())
            if state:
                out.append((match.start(), state))
    for match in _ANAPHOR.finditer(an.body, start, end):
        if not an.in_quote(match.start()):  # "Oxfam is unimpressed. The charity said ...": the body named before
            named = _body_named_before(an, match.start(), 1)
            if named:
                out.append((match.start(), named))
    city_keys = [(f.start, an.gazetteer.city_country.get(f.key)) for f in an.found
                 if f.kind == "city" and start <= f.start < end and not f.in_quote and not an.in_dateline(f.start)
                 and not NAMES_INSTRUMENT.match(an.body, f.end) and not _PLACE_NAMES_TEXT.match(an.body, f.end)
                 and not _LOCATIVE.search(an.body, max(start, f.start - 9), f.start)
                 and not _PRESS_AFTER.match(an.body, f.end)  # "The Dakar daily Le Quotidien": the paper speaks
                 and not any(g.kind == "org" and g.start <= f.start < g.end for g in an.found)]  # "the Lima Group"
    out.extend((pos, key) for pos, key in city_keys if key)
    out.extend((f.start, f.key) for f in an.found if f.kind == "demonym" and start <= f.start < end
               and not f.in_quote and _OFFICIALS.match(an.body, f.end))
    out.extend(possessed_bodies(an, start, end))
    return sorted(out)


def _pick(cands: list[tuple[int, str]]) -> str | None:
    """Prefer a person over an organisation or country."""
    for _, key in cands:
        if key.startswith("person:"):
            return key
    return cands[0][1] if cands else None


# "one of Mr X's officials": someone who works for X, speaking for X's government
_STAFF_OF = re.compile(r"[’']s?\s+(?:\w+\s+)?(?:officials?|aides?|advisers?|advisors?|diplomats?|staff|office|spokes(?:man|woman|person))\b")
_STAFF_TO = re.compile(r"\b(?:officials?|aides?|advisers?|advisors?|diplomats?|spokes(?:man|woman|person))\s+(?:to|of|for)\s+"
                       r"(?:(?:the\s+)?(?:[A-Z][\w.]*\s+){0,3})?$")  # "an aide to (Italian Prime Minister) X"
_ALLIANCE_OFFICIAL = re.compile(r"(?:an?|one|another|two|several)\s+(?:senior\s+)?alliance\s+(?:officials?|diplomats?|sources?|"
                                r"spokes(?:man|woman|person))\b")
_THAT_CLAUSE = re.compile(r"\s+(?:[\w’'-]+\s+){0,12}?that\s|"  # a speech verb's reported clause: "told reporters on Saturday that "
                          # (or one with no "that": "said Moscow wanted the union ... to work with China")
                          r"\s+(?:[A-Z][\w’'-]*|he|she|they|it|we)\s+(?:wanted|wants|would|will|was|is|had|has|could|"
                          r"hoped|expected|believed)\s")


def _said_that(before: str) -> bool:
    """Whether the text before a quotation ends in a speech verb's reported "that" ('he replied only that "every means"
    ...', 'said the result showed that "patience pays"'): a clause opens, not a determiner."""
    return any(_THAT_CLAUSE.fullmatch(before, verb.end()) for verb in _VERB.finditer(before, max(0, len(before) - 60)))
# a beat between one speaker's quotations: "She laughed.", "He paused for a moment."
# unnamed people as a clause's subject (not a preposition's object: "In some of its sharpest language"): a quoted
# word they use has no speaker to name
_ANONYMOUS = re.compile(r"(?<![Ii]n )(?<![Oo]f )(?<!to )(?<![Ff]or )(?<![Bb]y )(?<![Oo]n )(?<![Ww]ith )\b(?:[Oo]fficials|[Dd]elegates|[Pp]rotesters|[Cc]ritics|[Aa]nalysts|[Dd]iplomats|[Oo]bservers|"
                        r"[Aa]ctivists|[Cc]ommentators|[Ii]nsiders|[Ll]ocals|[Rr]esidents|[Ww]ags|[Ss]ome|[Mm]any|[Pp]eople|"
                        r"[Gg]rown-ups|[Cc]ampaigners|[Pp]undits|[Rr]ights\s+groups|[Dd]emonstrators|[Ss]tudents)\b")
_BEAT = re.compile(r"\s*(?:He|She)\s+(?:\w+\s+){0,4}?\w+[.!]\s*")
# '"...," the paper quoted her as saying': the pronoun the paper quotes speaks
_QUOTED_AS = re.compile(r"[,.!?—–-]?\s*[^.“”\"]{0,50}?\bquoted\s+(him|her)\s+as\s+saying\b")


def _after_speaker(an: Analysis, close: int, limit: int, summit_org: str | None = None) -> str | None:
    """Speaker in '…," said X' / '…," X told reporters'."""
    after = an.body[close + 1:limit]
    quoted = _QUOTED_AS.match(after)
    if quoted:
        return resolve_pronoun(an, close + 1 + quoted.start(1), "he" if quoted.group(1) == "him" else "she")
    verb = _VERB.search(after, 0, 220)  # (the gap-length checks below keep it close)
    lead = re.match(r"[,.!?—–-]?\s*", after)
    if verb is None or lead is None:
        return None
    gap = after[lead.end():verb.start()]
    base = close + 1
    gap = _ABBREVIATED.sub(lambda m: m.group().replace(".", " "), gap)  # "U.S. State Department spokesman X"
    relative = "," in gap and re.match(r"\s*(?:who|whose)\b", gap[gap.index(",") + 1:])
    # (so may an appositive closed right before the verb: '"...," X, the outgoing chairman of the ECOWAS Authority of
    # Heads of State and Government, said')
    appositive = "," in gap and re.match(r"\s*(?:the|a|an)\s", gap[gap.index(",") + 1:]) and gap.rstrip().endswith(",")
    if "," in gap and len(gap.split()) <= (30 if relative else 24 if appositive else 14) \
            and not any(p in gap for p in ";.“”\""):
        # (a relative clause may run long: '"...," Niger's President X, who co-chairs the task force on the single
        # currency with Ghana's President Y, told reporters')
        # '"...," Uzbek President Shavkat Mirziyoyev, the summit host, said': the name before the appositive
        named = gap[:gap.index(",")]
        people = [c for c in _candidates(an, base + lead.end(), base + lead.end() + len(named))
                  if c[1].startswith("person:")]
        if not people:  # '"...," the Kremlin spokesman, Dmitry Peskov, told reporters': the appositive names him
            people = [c for c in _candidates(an, base + lead.end(), base + verb.start()) if c[1].startswith("person:")][:1]
        return people[-1][1] if people else None
    if len(gap.split()) > 8 or any(p in gap for p in ",;.“”\""):
        return None
    if not gap.strip():  # verb first: "said NATO Secretary-General Jens Stoltenberg"
        cands = _candidates(an, base + verb.end(), base + min(len(after), verb.end() + 70))
        text = INSTRUMENT.match(an.body, base + verb.end() + 1)
        return _pick(cands) or (_instrument_issuer(an, text.start(), text.end(), summit_org) if text else None)
    cands = _candidates(an, base + lead.end(), base + verb.start(), summit_org)
    if _ALLIANCE_OFFICIAL.match(gap) and any(f.key == "org:nato" for f in an.found):
        return "org:nato"  # '"...," an alliance official in Brussels said': NATO's, in a report that names it
    if not cands and (instrument_in(an, base + lead.end(), base + verb.start())
                      or _GROUP.fullmatch(an.body, base + lead.end(), base + verb.start() - 1)):
        # '"...," the document adds' / '"...," the allies said': the summit's text speaks (but '"...," the statement
        # said' after 'Botswana ... said in a statement that ...' is Botswana's)
        return _statement_issuer(an, base + lead.end(), gap) or summit_org
    persons = [c for c in cands if c[1].startswith("person:")]  # '"...," the US president said': him, not the US
    if persons and _staff_of(an, persons[-1], base + verb.start()):
        return _government_of(an, persons[-1][1])  # '"...," one of Mr X's officials said': X's government
    return (persons or cands)[-1][1] if cands else None


def _staff_of(an: Analysis, candidate: tuple[int, str], limit: int) -> bool:
    """Whether the person named is the employer of staff who speak ("one of Mr X's officials", "an aide to X")."""
    end = next((f.end for f in an.found if f.start == candidate[0] and f.key == candidate[1]), candidate[0])
    staff = _STAFF_OF.match(an.body, end)
    return bool(staff and staff.end() <= limit) or bool(_STAFF_TO.search(an.body, max(0, candidate[0] - 40), candidate[0]))


def _government_of(an: Analysis, person: str) -> str | None:
    """The country a person's staff speak for: the text's, else the offices table's for the summit's day."""
    country = represented(an, person, None)
    if not (country and country.startswith("country:")):
        country = office_affiliation(an, person)
    return country if country and country.startswith("country:") else None


_ISSUED_STATEMENT = re.compile(r"\b(?:said|says)\s+in\s+a\s+(?:[\w-]+\s+)?statement\b|"
                               r"\b(?:issued|released|put\s+out)\s+a\s+(?:[\w-]+\s+)?statement\b")


def _statement_issuer(an: Analysis, at: int, gap: str) -> str | None:
    """For '"...," the statement said': the country or body that the sentence before (or this one) says issued a
    statement, the first one it names before saying so."""
    if not re.fullmatch(r"\s*the\s+statement\s*", gap):
        return None
    index = an.sentences.index_at(at)
    for n in (index, index - 1):
        if n < 0:
            continue
        lo, hi = an.sentences.spans[n]
        issued = _ISSUED_STATEMENT.search(an.body, lo, hi)
        if issued:
            named = [f for f in an.found if lo <= f.start < issued.start() and f.kind in ("country", "org")
                     and not f.in_quote]
            return named[0].key if named else None
    return None


def _instrument_issuer(an: Analysis, start: int, end: int, summit_org: str | None) -> str | None:
    """Issuer of a text named in [start, end): an organisation in the phrase, else the summit's."""
    orgs = [f.key for f in an.found if start <= f.start < end and f.kind == "org"]
    return orgs[0] if orgs else summit_org


def _intro_speaker(an: Analysis, begin: int, opening: int, summit_org: str | None = None) -> str | None:
    """Speaker in 'X stated on Wednesday, "…' / 'He added, "…' (and 'the leaders said: "…"': the summit's body)."""
    before = an.body[begin:opening]
    match = _INTRO.search(before)
    if not match:
        return None
    # "asked again, he said: '...'": the last speech verb of the lead-in is the introducing one
    match = [m for m in _VERB.finditer(before, match.start()) if _INTRO.match(before, m.start())][-1]
    according = _ACCORDING.search(before)
    if according:
        return _pick(_candidates(an, begin + according.end(), begin + according.end() + 60))
    cands = _candidates(an, begin, begin + match.start())
    for who in _WHO_CLAUSE.finditer(before, 0, match.start()):  # "X, who co-chaired the talks with Y, said:": X
        cands = [c for c in cands if not begin + who.start() < c[0] < begin + who.end()] or cands
    persons = [c for c in cands if c[1].startswith("person:")]
    if not cands and summit_org and _COLLECTIVE_SUBJECT.search(before, 0, match.start()):
        return summit_org  # 'In a statement issued late on Sunday, the leaders said: "..."'
    return (persons or cands)[-1][1] if cands else None


# the speech a quotation comes from, right before it: "one sentence from his speech, ", "in Castro's address: "
_FROM_SPEECH = re.compile(r"\b(?:from|in|of)\s+(his|her|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?[’']s)\s+(?:\w+\s+)?"
                          r"(?:speech|address|remarks|toast|message|letter)\s*[,:]?\s*$")
# the meeting's members, or its text, as the subject right before the speech verb
_COLLECTIVE_SUBJECT = re.compile(r"(?:^\s*|[,;]\s*|[.!?]\s+)" + _GROUP.pattern + r"\s+(?:also\s+|then\s+|jointly\s+)?$",
                                 re.I)


# a pronoun and its verb set off by commas: "But, he added, ...", "... would, he hoped, ..."
_ASIDE = (r"\b([Hh]e|[Ss]he)\s+(?:added|said|went\s+on|continued|insisted|warned|argued|noted|stressed|hoped|believed|"
          r"claimed|thought|felt|suggested|predicted|promised|told\s+(?:us|me|reporters|journalists))\s*,")
_SAID_ASIDE = re.compile(rf"(?:^|,)\s*(?:[Bb]ut,\s+|[Aa]nd,\s+)?{_ASIDE}")  # anywhere before a colon's quotation
_THEY_BEFORE = re.compile(r"\b[Tt]hey\s+(?:also\s+)?$")  # "they" right before the cue
_PRONOUN_ASIDE = re.compile(rf",\s+{_ASIDE}\s*$")  # right before a partial quotation


def _aside_speaker(an: Analysis, sent_start: int, at: int, pronoun: str) -> str | None:
    """Person of a pronoun in an aside ("he hoped", "he added"): the sentence's own subject when that is the same
    pronoun ("He said understandings he had reached with X would, he hoped, ..."), else the pronoun's referent."""
    first = PRONOUN.search(an.body, sent_start, at)
    if first and first.group(1).lower() == pronoun.lower() and not an.in_quote(first.start()):
        at, pronoun = first.start(1), first.group(1)
    elif not first:  # "X called the summit unsuccessful because, he said, ...": the sentence's subject, if it fits
        female = pronoun.lower() == "she"
        # (but "Mr Gilani, he said, was 'a man of peace'": the name right before the aside is who is spoken of)
        subject = next((f.key for f in an.found if sent_start <= f.start < at and f.kind == "person"
                        and not f.in_quote and an.body[f.end:at].strip(" ,\t")), None)
        person = an.persons.get(subject) if subject else None
        if person is not None and person.female in (None, female):
            return subject
    return resolve_pronoun(an, at, pronoun)


_IN_NAMES_WORDS = re.compile(r"\bin\s+((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w-]*)(?:’s|'s)\s+(?:own\s+)?words\s*,[^“”\"]{0,80}$")
_IN_THE_WORDS_OF = re.compile(r"\bin\s+the\s+(?:own\s+)?words\s+of\s+")
# "the paper said", "the party wrote", "The paper's verdict was": _ANAPHOR's body as the clause's speaking subject
_BARE_BODY = re.compile(_ANAPHOR.pattern + r"(?:\s+(?:(?:also|then|later)\s+)?(?:said|says|wrote|writes|reported|reports|"
                        r"added|noted|argued|claimed|concluded|called|described|insisted)\b|[’']s\s+(?:verdict|view|"
                        r"conclusion|headline|editorial)\b)")


# "The ministry said", "the government added": the state whose ministry or government the text named just before
_GOVERNMENT_ANAPHOR = re.compile(r"\b[Tt]he\s+(?:foreign\s+)?(?:ministry|government)\b(?!\s+(?:of|in)\b)")
_STATES_BODY = re.compile(r"(?:[’']s)?\s+(?:(?:foreign|interior|defen[cs]e)\s+)?(?:ministry|government)\b")


def _government_named_before(an: Analysis, at: int) -> str | None:
    """The country of the last "<country>'s (foreign) ministry" / "the <demonym> government" in the two sentences
    before ``at``."""
    lo = an.sentences.spans[max(0, an.sentences.index_at(at) - 2)][0]
    states = [f.key for f in an.found if f.kind in ("country", "demonym") and lo <= f.start and f.end <= at
              and not f.in_quote and _STATES_BODY.match(an.body, f.end)]
    return states[-1] if states else None


def _body_named_before(an: Analysis, at: int, sentences: int, exclude: str | None = None) -> str | None:
    """The organisation named last in the ``sentences`` sentences before ``at`` (a leader's seat and ``exclude``, the
    summit's body, aside): whom "the charity", "the paper" refers to."""
    lo = an.sentences.spans[max(0, an.sentences.index_at(at) - sentences)][0]
    named = [f.key for f in an.found if f.kind == "org" and lo <= f.start and f.end <= at and not f.in_quote
             and f.key != exclude and f.key not in GOVERNMENT_COUNTRY]
    return named[-1] if named else None


def _partial_speaker(an: Analysis, sent_start: int, opening: int, summit_org: str | None,
                     clause_start: int | None = None) -> tuple[bool, str | None]:
    """(is a quotation, speaker) for a quotation embedded in a clause; terms give (False, None). The speaker is
    the subject of the cue nearest the quotation, looked for after any earlier quotation of the sentence."""
    body = an.body
    before = body[sent_start:opening]
    words = _IN_WORDS.search(before)
    if words:  # 'The talks had been, in her words, "very difficult"': the pronoun speaks
        return True, resolve_pronoun(an, sent_start + words.start(1), _SUBJECT_OF[words.group(1).lower()])
    owner = _IN_NAMES_WORDS.search(before)
    if owner and not an.in_quote(sent_start + owner.start()):
        # 'a bank that, in President Chavez's words, will lend "without the chains of the IMF"': the owner speaks
        said_by = _candidates(an, sent_start + owner.start(1), sent_start + owner.end(1))
        if said_by:
            return True, _pick(said_by)
    words_of = _IN_THE_WORDS_OF.search(before)
    if words_of and not an.in_quote(sent_start + words_of.start()):
        # 'a text that, in the words of one Tuvaluan delegate, was "won line by line"': the one named speaks
        said_by = _candidates(an, sent_start + words_of.end(), sent_start + words_of.end() + 60)
        if said_by:
            return True, _pick(said_by)
    bare = _BARE_BODY.search(before)
    if bare and not an.in_quote(sent_start + bare.start()) and not PRONOUN.search(before, bare.end()):
        # 'Europe, the paper said, "is learning to look east"', 'The paper concluded that ...': the body named last,
        # ahead of anyone the clause names (but 'in which, the paper said, he had warned against "foreign
        # projects"': he speaks, the paper relays)
        named = _body_named_before(an, sent_start + bare.start(), 3, exclude=summit_org)
        if named:
            return True, named
    anonymous = _ANONYMOUS_OFFICIAL.search(before)
    if anonymous and not an.in_quote(sent_start + anonymous.start()):
        # "Hun Sen's government told it differently. A government spokesman said ... "all issues"": the government
        # the clause before names (a country, or the state of the leader whose government it is)
        index = an.sentences.index_at(sent_start)
        lo = an.sentences.spans[index - 1][0] if index else sent_start
        for _, key in reversed(sorted(_candidates(an, lo, sent_start + anonymous.start()) + _capitals_in(
                an, lo, sent_start + anonymous.start()))):
            state = key if key.startswith("country:") else _government_of(an, key) if key.startswith("person:") else None
            if state:
                return True, state
    counted = _COUNTED_MEMBERS.search(before)
    if counted and _CUE.search(before, counted.end()):
        # "The four Visegrad countries ... handed in a statement calling for '...'": the group
        at = sent_start + counted.end()
        members = next((f.key for f in an.found if f.start == at and f.kind == "org"
                        and _MEMBER_NOUN.match(an.body, f.end)), None)
        if members:
            return True, members
    many = _LEADERS_OF_MANY.search(before) if summit_org else None
    if many and _CUE.search(before, many.end(1)) and not any(
            key.startswith("person:") for _, key in _candidates(an, sent_start + many.end(1), opening)):
        return True, summit_org  # ("the leaders of A, B and C agreed to '...'": no one country speaks)
    they = _THEY_ASIDE.search(before)
    if they:  # 'The Lima Group issued a statement ... A vote now, they say, would lack "legitimacy"': the group
        index = an.sentences.index_at(sent_start)
        groups = [c for c in _candidates(an, *an.sentences.spans[index - 1]) if not c[1].startswith("person:")] \
            if index else []
        if groups:
            return True, groups[0][1]
    aside = _PRONOUN_ASIDE.search(before)
    who = _aside_speaker(an, sent_start, sent_start + aside.start(1), aside.group(1)) if aside else None
    if who:  # '... would, he hoped, "open the way to peace"'
        return True, who
    cues = [m for m in _CUE.finditer(before) if not an.in_quote(sent_start + m.start())
            and not _PASSIVE.search(before, max(0, m.start() - 12), m.start())]
    # a quotation closing on its sentence's own punctuation ('and take "the appropriate decision."') may stand
    # further from its cue than a quoted term would
    close = _close_of(an, opening)
    reach = 20 if body[opening] in "“\"" and body[close - 1:close] in (".", "!", "?") else 15
    # 'X said allies would "..." and that the commitment remained "...": the reach runs on from the quotation
    # the same cue introduced
    if not cues:
        if summit_org and len(before.split()) <= 12 and _TEXT_ACTS.match(before):
            return True, summit_org  # 'The leaders' text backed "the necessary reform" of the WTO': the text speaks
        if summit_org and (_TEXT_THEN_VERB.search(before) or _LEADERS_THEN_VERB.search(before)) \
                and _QUOTED_VERB.match(body, opening + 1):
            return True, summit_org  # 'On West Papua, the Communique "strongly encourages" Indonesia': its own verb
        return False, None
    earlier = [c for s, c in an.quote_spans if sent_start + cues[-1].end() <= s and c < opening]
    reach_from = max(cues[-1].end(), earlier[-1] + 1 - sent_start) if earlier else cues[-1].end()
    if _THAT_CLAUSE.match(before, cues[-1].end()) and _VERB.fullmatch(cues[-1].group()) and not earlier:
        reach = 35  # 'X told reporters on Saturday that the talks ... could turn into direct negotiations, but probably
        # only "after a new American administration"': the reported clause is theirs, however long
    according = _ACCORDING.search(before)
    if according and according.start() >= cues[-1].start() - 1 and "," in before[according.end():]:
        # "According to X, chief research fellow of the ... Institute under the President of ..., the status is
        # "a recognition ...": the source's appositive, however long, is not the reported clause
        reach_from = max(reach_from, before.rindex(",") + 1)
    if len(_ASIDES.sub(" ", before[reach_from:]).split()) > reach:
        # ('Biden called the group of ... allies, several of them former members of the Warsaw Pact, "the front
        # line ..."': an aside between commas is no part of the distance)
        return False, None
    if according and CLAUSE_JOIN.search(before, according.end(), cues[-1].start()):
        according = None  # "According to X, they discussed ..., and Mr Putin said ... '...'": the later clause speaks
    if according and cues[-1].start() > according.end() and "," in before[according.end():cues[-1].start()]:
        # "According to his spokesman, X, the President told his host that ... '...'": the clause's subject speaks,
        # the source only relays it
        comma = before.rindex(",", according.end(), cues[-1].start())
        subject = [c for c in _candidates(an, sent_start + comma + 1, sent_start + cues[-1].start())
                   if c[1].startswith("person:")]
        if subject:
            return True, subject[0][1]
    if according:
        source = _pick(_candidates(an, sent_start + according.end(), sent_start + according.end() + 60))
        if source is None or not source.startswith("person:"):
            # "Xi's message, according to Chinese state media, was that ...": the media relay the person's words
            relayed = [c for c in _candidates(an, sent_start, sent_start + according.start()) if c[1].startswith("person:")]
            source = relayed[-1][1] if relayed else source
        return True, source
    what_it = _WHAT_IT_CALLED.search(before)
    if what_it and summit_org and STARTS_WITH_INSTRUMENT.match(body, sent_start, sent_start + what_it.start()):
        return True, summit_org  # "The Gyeongju Declaration commits members ... to building what it calls '...'"
    if what_it:
        key = resolve_it(an, sent_start + what_it.start(1))
        if key:
            return True, key
    lo = clause_start if clause_start is not None else sent_start
    near = [m for m in cues if sent_start + m.start() >= lo] or cues
    colon = body.rfind(": ", lo, sent_start + near[-1].start())
    if colon >= 0 and not an.in_quote(colon) and "\n" not in body[colon:sent_start + near[-1].start()]:
        # "Its core is Palestine: the leaders reaffirmed the '...'": the (but not a live blog's heading line)
        lo = colon + 2  # clause after the colon has its own subject
        near = [m for m in cues if sent_start + m.start() >= lo] or near
    put = _PUT_IT.match(near[-1].group())
    if put:  # 'The aim, as he put it, is "a responsible transition"': the pronoun speaks
        return True, resolve_pronoun(an, sent_start + near[-1].start() + put.start(1), put.group(1))
    if _ONE_PUT_IT.match(near[-1].group()):  # 'as one Russian diplomat put it to me, "..."': that state's official
        cue_start = sent_start + near[-1].start()
        state = next((f.key for f in an.found if cue_start <= f.start < cue_start + len(near[-1].group())
                      and f.kind in ("country", "demonym")), None)
        return True, state
    if lo > sent_start and (_COORDINATED.search(before, 0, near[-1].start())
                            or _AND_THAT.match(before, lo - sent_start)):
        lo, near = sent_start, cues[:1]  # "X said '...' and urged Y to '...'" / "... and that China ...": X speaks
    cue_at = sent_start + near[-1].start()
    verbs = [m for m in near if m.group().lower() not in _NOUN_CUES]  # "saying in a statement that ..."
    if verbs and verbs[-1].group().endswith("ing") and _PARTICIPLE.search(before, 0, verbs[-1].start()) \
            and near[0].start() < verbs[-1].start():
        cue_at = sent_start + near[0].start()  # "X said ..., calling it '...'": the main clause's subject speaks
    elif verbs and verbs[-1].group().endswith("ing") and _PARTICIPLE.search(before, 0, verbs[-1].start()) and summit_org:
        # "the Leaders issued a Statement on the WTO agenda, calling on members to '...'": the leaders, before anyone
        # their clause names, are the subject of the participle
        leaders = _THE_LEADERS.search(body, lo, cue_at)
        if leaders and not _candidates(an, lo, leaders.start()) and not an.in_quote(leaders.start()):
            return True, summit_org
    relative = list(_RELATIVE.finditer(body, lo, cue_at))
    if relative and not _candidates(an, relative[-1].end(), cue_at) and _GROUP.search(body, relative[-1].end(), cue_at) \
            and summit_org:
        return True, summit_org  # "..., which last year's summit had called '...'": the relative clause's subject
    acts = [m for m in near if m.group().lower() not in _NOUN_CUES]
    first_at = sent_start + acts[0].start() if acts else cue_at
    if summit_org and first_at < sent_start + near[-1].start() and _GROUP.search(body, lo, first_at) \
            and not _candidates(an, lo, first_at):
        return True, summit_org  # "The statement condemned North Korea's ... and called for a '...'": the text
    if _TEXT_SUBJECT.fullmatch(body, lo, cue_at):
        # "A statement on the Middle East, agreed before X left, declared that ...": the summit's text; but "A Chinese
        # finance ministry statement said ...": the government's, summit or none
        issuer = [f.key for f in an.found if lo <= f.start < cue_at and f.kind in ("country", "demonym")
                  and not f.in_quote] if _GOVERNMENT_WORD.search(body, lo, _text_noun_end(body, lo, cue_at)) else []
        if issuer or summit_org:
            return True, issuer[0] if issuer else summit_org
    who = None
    for who in _WHO.finditer(body, lo, cue_at + 1):
        pass
    if who is not None and who.end() == cue_at:  # "... from X, who called it '...'": the antecedent speaks
        antecedent = [f for f in an.found if f.kind in ("person", "org", "country") and not f.in_quote
                      and who.start() - 3 <= f.end <= who.start()]
        if antecedent and antecedent[-1].kind != "person":
            # "Ralph Gonsalves, the prime minister of Saint Vincent, who told ...": the appositive's head speaks
            heads = [f for f in an.persons_in(max(lo, who.start() - 120), antecedent[-1].start)
                     if _APPOSITIVE_TO_WHO.fullmatch(body, f.end, who.start())]
            antecedent = heads or antecedent
        if antecedent:
            return True, antecedent[-1].key
    if summit_org and _THEY_BEFORE.search(body, max(lo, cue_at - 12), cue_at) and _LEADERS_SUBJECT.search(
            body, an.sentences.spans[max(0, an.sentences.index_at(sent_start) - 2)][0], cue_at):
        return True, summit_org  # "the leaders call for reform ... They warn that ..., and they ask for '...'"
    pronoun = cue_pronoun(an, lo, cue_at)
    if pronoun:
        return True, pronoun  # "an architecture he described as '...'": the pronoun is the cue's subject
    if summit_org and any(not body[m.end():cue_at].strip() or _RELEASED_ASIDE.fullmatch(body, m.end(), cue_at)
                          for m in INSTRUMENT.finditer(body, lo, cue_at)):
        return True, summit_org  # "China, whose influence the declaration said presents '...'": the text speaks (and
        # "The final communique, released tonight by the League's Secretary-General, X, said": the text, not X)
    if relative and "," not in body[relative[-1].end():cue_at] \
            and _candidates(an, relative[-1].end(), min(cue_at, relative[-1].end() + 40), summit_org):
        lo = relative[-1].end()  # "..., which Amnesty International called '...'": the relative clause's subject
    joins = list(CLAUSE_JOIN.finditer(body, lo, cue_at))
    if joins and _candidates(an, joins[-1].end(), cue_at, summit_org) \
            and not _THAT_AFTER_JOIN.match(body, joins[-1].end()):
        lo = joins[-1].end()  # "Biden called Xi a dictator, and China's ministry described it as '...'"
        # (but "X told reporters that ..., but that his government would insist on '...'": still X's reported clause)
    if summit_org and _LEADERS_THEN_VERB.search(body, lo, cue_at):
        return True, summit_org  # "On oil, with sanctions on Iran tightening, the leaders say they '...'": the leaders
    cands = _candidates(an, lo, cue_at, summit_org)
    if not cands and lo > sent_start:
        cue_at = sent_start + cues[0].start()
        cands = _candidates(an, sent_start, cue_at, summit_org)
        lo = sent_start
    cands = outside_vocative(an, outside_fronted(an, outside_asides(an, cands, lo, cue_at), lo, cue_at), lo, cue_at)
    # "South Africa's main opposition party, the Democratic Alliance, said": the appositive names the speaker
    cands = [c for c in cands if not (_POSSESSOR_OF_APPOSITIVE.match(body, c[0]) and any(
        d[0] > c[0] and not d[1].startswith("person:") for d in cands))] or cands
    persons = [c for c in cands if c[1].startswith("person:")]
    if persons and _staff_of(an, persons[0], cue_at):
        government = _government_of(an, persons[0][1])  # "a spokesman for Chancellor X said ... '...'": X's government
        if government:
            return True, government
    if persons:
        return True, persons[0][1]
    if relative and not cands and _ANONYMOUS.search(body, relative[-1].end(), cue_at):
        return True, None  # "the court case, which many in the diaspora call '...'": nobody named speaks
    if _GROUP.search(body, lo, cue_at) and summit_org and not cands:
        return True, summit_org
    # "In South Korea, the opposition Democratic Party called it '...'": a place the clause opens in does not speak
    placed = [c for c in cands if not _IN_PLACE.search(body, max(lo, c[0] - 4), c[0])]
    if cands and not placed and summit_org and instrument_in(an, lo, cue_at):
        return True, summit_org  # "On Ukraine, the compromise text expressed '...'": the text speaks
    if not cands and _ANONYMOUS.search(body, lo, cue_at) and not _GROUP.search(body, lo, cue_at):
        return True, None  # "Delegates took to calling it a '...'", "what officials call '...'": nobody named speaks
    return True, ((placed or cands)[0][1] if cands else summit_org)


def _capitals_in(an: Analysis, lo: int, hi: int) -> list[tuple[int, str]]:
    """The states whose capitals are named in [lo, hi): "New Delhi was unmoved" speaks of India's government."""
    gaz = an.gazetteer
    capitals = gaz.capitals or {}  # (state key -> its capital's entry; the city's own state is in city_country)
    return [(f.start, state) for f in an.found if lo <= f.start < hi and f.kind == "city" and not f.in_quote
            and (state := gaz.city_country.get(f.key)) and getattr(capitals.get(state), "key", None) == f.key]


_BULLET = re.compile(rf"[ \t]*{BULLET}[ \t]")


_NUMBERED = re.compile(r"[ \t]*\d{1,2}[.)][ \t]*$")


# the line under a fact-check's quoted claim that names who made it
_WHO_SAID_IT = re.compile(r"[.,!?”\"]*[ \t]*\n\s*(?:WHO\s+SAID\s+IT|Who\s+said\s+it|CLAIMED\s+BY|Claimed\s+by|"
                          r"SAID\s+BY|Said\s+by|SOURCE|Source|WHERE\s+IT\s+APPEARED|Where\s+it\s+appeared)\s*:\s*")


def _numbered_passage(an: Analysis, opening: int, close: int) -> bool:
    """Whether the quotation is a numbered line of its own ('2. "a leaner, more efficient command structure"') in
    a body that names a summit text before it: a passage of that text, quoted."""
    body = an.body
    line_start = body.rfind("\n", 0, opening) + 1
    line_end = body.find("\n", close)
    rest = body[close + 1:line_end if line_end != -1 else len(body)]
    return bool(_NUMBERED.fullmatch(body, line_start, opening)) and not rest.strip(" .,;:”\"") and \
        bool(INSTRUMENT.search(body, 0, line_start))


def _bullet_of_text(an: Analysis, opening: int) -> bool:
    """Whether the quotation stands on a bulleted line of a list that a line naming the text leads into ("The
    communique is out. The main points:" then "– Refugees: the crisis is "a matter of global concern""). """
    body = an.body
    line_start = body.rfind("\n", 0, opening) + 1
    if not _BULLET.match(body, line_start):
        return False
    while line_start > 0:
        prev_start = body.rfind("\n", 0, line_start - 1) + 1
        line = body[prev_start:line_start - 1]
        if not _BULLET.match(line):
            return line.rstrip().endswith(":") and bool(INSTRUMENT.search(body, max(0, prev_start - 200), line_start))
        line_start = prev_start
    return False


_SPEECH_LEAD = re.compile(r"\b(?:his|her)\s+(?:[\w-]+\s+){0,2}?(?:speech|remarks|address)\b")


def _lead_speaker(an: Analysis, index: int) -> str | None:
    """Speaker of a quotation that opens the sentence after sentence ``index`` when that sentence leads into it
    with a colon (a transcript's 'Trump told business leaders that ... was over:' then the words as a paragraph):
    the lead's speech verb's subject, else its first person."""
    start, end = an.sentences.spans[index]
    if not an.body[start:end].rstrip().endswith(":") and _SPEECH_LEAD.search(an.body, start, end) \
            and index + 1 < len(an.sentences.spans) \
            and an.sentences.paragraphs[index] == an.sentences.paragraphs[index + 1]:
        # 'Medina set the tone in his closing speech. "We did not come to fight ..."': the speech's giver
        subject = [c for c in _candidates(an, start, min(end, start + 40)) if c[1].startswith("person:")]
        return subject[0][1] if subject else None
    if not an.body[start:end].rstrip().endswith(":") or an.in_quote(end - 1):
        return None
    words = _IN_WORDS.match(an.body, start, end)
    if words:  # 'Pence defended the strikes. In his words:' then the words as a paragraph
        return resolve_pronoun(an, words.start(1), _SUBJECT_OF[words.group(1).lower()])
    said = _intro_speaker(an, start, end)
    if said:
        return said
    people = [c for c in _candidates(an, start, end) if c[1].startswith("person:")]
    return people[0][1] if people else None


def _close_of(an: Analysis, opening: int) -> int:
    """Offset of the closing mark of the quotation opening at ``opening``."""
    return next((close for start, close in an.quote_spans if start == opening), opening + 1)


def extract_quotes(an: Analysis, summit_org: str | None = None) -> list[Quote]:
    """Every quotation with a speaker where the text gives one; quoted terms are skipped."""
    body, spans = an.body, an.quote_spans
    quotes: list[Quote] = []
    title_end = body.find("\n") if "\n" in body else 0
    guests = an.persons_in(0, title_end) if _INTERVIEW.search(body, 0, title_end) else []
    interviewee = guests[0].key if guests else None  # "Interview: Jane Roe on the bank that Durban agreed"
    last: tuple[int, str | None, int] | None = None  # (sentence index, speaker, paragraph)
    for idx, (opening, close) in enumerate(spans):
        inner = body[opening + 1:close]
        if not inner.strip():
            continue
        s_first, s_last = an.sentences.index_at(opening), an.sentences.index_at(close)
        sent_start, sent_end = an.sentences.spans[s_first][0], an.sentences.spans[s_last][1]
        para = an.sentences.paragraphs[s_first]
        prev_end = spans[idx - 1][1] + 1 if idx and spans[idx - 1][1] >= sent_start else sent_start
        next_start = spans[idx + 1][0] if idx + 1 < len(spans) and spans[idx + 1][0] < sent_end else sent_end
        before = body[prev_end:opening]
        introduced = not before.strip() or before.rstrip().endswith((",", ":")) \
            or prev_end + len(before.rstrip()) in an.memo.get("soundbites", {})  # ('[SOT: JANE ROE] "..."')
        words = len(inner.split())
        kind, speaker = "direct", None
        claimant = _WHO_SAID_IT.match(body, close + 1)
        if claimant:  # a fact-check's '3. "Costa Rica is the fifth member."' over 'WHO SAID IT: President X, ...'
            line_end = body.find("\n", claimant.end())
            said_by = _candidates(an, claimant.end(), line_end if line_end >= 0 else len(body))
            people = [key for _, key in said_by if key.startswith("person:")]  # ("Peru's President X": X)
            speaker = (people or [key for _, key in said_by] or [None])[0]
            kind = "direct" if inner[:1].isupper() else "partial"
        elif summit_org and _numbered_passage(an, opening, close):
            # an annotated text: '1. "We have today decided to invite ..."' on a line of its own, then a note
            speaker, kind = summit_org, ("direct" if inner[:1].isupper() else "partial")
        elif introduced and _TITLE_BEFORE.search(before) and _TITLE_CASE.fullmatch(inner.rstrip(".,;:!? ")):
            continue  # 'the theme chosen by the hosts: "Creating Work to Confront Poverty"': a title, not a quotation
        elif introduced:
            speaker = _after_speaker(an, close, next_start, summit_org) if inner.rstrip()[-1:] in ",?!—-" else None
            role_aside = _ROLE_ASIDE.search(body, prev_end, opening) if speaker is None else None
            if role_aside and not body[role_aside.end():opening].strip():
                # 'The organisation, the Secretary General said, "cannot impose solutions"': the aside speaks
                speaker = _aside_role(an, role_aside)
            speaker = speaker or _intro_speaker(an, prev_end, opening, summit_org)
            if speaker is None and not before.strip() and last and last[2] == para and (
                    last[0] >= s_first - 1 or last[0] == s_first - 2 and _BEAT.fullmatch(
                        body, *an.sentences.spans[s_first - 1])):
                speaker = last[1]  # (past a beat: '"...," said X. She laughed. "But ..."')
            if speaker is None and not before.strip() and sent_start == opening and s_first \
                    and an.sentences.paragraphs[s_first - 1] == para:
                # 'Mrs. X said she lost half a week's takings. "But I got a wave ..."': who said so goes on
                lo, hi = an.sentences.spans[s_first - 1]
                said = [f.key for f in an.found if f.kind == "person" and lo <= f.start < lo + 40 and not f.in_quote
                        and _VERB.match(body, f.end + 1)] if not any(lo <= a < hi for a, _ in spans) else []
                speaker = said[0] if said else None
                he_said = (_HE_SAID_FIRST.match(body, lo) or _HE_WAS_FIRST.match(body, lo)) if speaker is None \
                    and not any(lo <= a < hi for a, _ in spans) else None
                if he_said:  # 'He said the forum's value lay in ... "Even a photo opportunity ..."': he goes on
                    speaker = resolve_pronoun(an, he_said.start(1), he_said.group(1).lower())
                aside = _SAID_ASIDE.search(body, lo, hi) if speaker is None and not said and not any(
                    lo <= a < hi for a, _ in spans) else None
                if aside and not an.in_quote(aside.start()):
                    # 'Vietnam buys far more than it sells, she said, and the gap is growing. "Partnership is a good
                    # word ..."': the speaker of the aside goes on
                    speaker = _aside_speaker(an, lo, aside.start(1), aside.group(1))
            if speaker is None and last and last[0] >= s_first and _PARTICIPLE_INTRO.search(before):
                speaker = last[1]  # '"...," X said, adding: "..."': the same speaker goes on
            if speaker is None and last and last[0] >= s_first and _VERB.search(before) and before.rstrip().endswith(","):
                speaker = last[1]  # '"...," said X, a researcher at Y, "but ...": the split quote goes on
            aside = _SAID_ASIDE.search(body, sent_start, opening) if speaker is None else None
            if aside and not an.in_quote(aside.start()):
                # 'But, he added, the separatists would have to show it: "It has to be tested."': the aside speaks
                speaker = _aside_speaker(an, sent_start, aside.start(1), aside.group(1))
            put = _AS_PUT_IT.search(before)
            if speaker is None and put:  # '... unfulfilled" but, as he put it, "not buried"': the pronoun speaks
                speaker = resolve_pronoun(an, prev_end + put.start(1), put.group(1))
            message = _MESSAGE_INTRO.search(before) or put
            if speaker is None and message:
                # 'had a simple message for the members: "Brazil is back."': the sentence's subject speaks
                people = [c for c in _candidates(an, sent_start, opening) if c[1].startswith("person:")]
                speaker = people[0][1] if people else None
            if speaker is None and before.rstrip().endswith((":", "]")):
                # a broadcast script's 'SOT - JANE ROE, FOREIGN MINISTER: "..."': the label's person speaks
                speaker = an.memo.get("soundbites", {}).get(prev_end + len(before.rstrip()))
            if speaker is None and before.rstrip().endswith(":"):
                # 'X, a political scientist, was more cautious: "..."': the sentence's subject speaks ('The Elysee
                # put out a statement: "..."': a body too); '10:25 Obama is speaking. The key line: "..."': the
                # person of the sentence before; 'Then came the line that travelled round the world: "..."': else
                # the last speaker goes on
                cands = _candidates(an, sent_start, opening)
                people = [c for c in cands if c[1].startswith("person:")]
                subject = [c for c in cands if c[0] - sent_start < 25  # a body as the subject, not in a phrase
                           and not re.search(r"\b(?:On|In|At|About|Over|For)\s+(?:the\s+)?$", body[sent_start:c[0]])]
                earlier = [c for c in _candidates(an, *an.sentences.spans[s_first - 1]) if c[1].startswith("person:")] \
                    if not (people or subject) and s_first and an.sentences.paragraphs[s_first - 1] == para else []
                who = _WHO_INTRODUCES.search(before)
                if who and people:  # '... from Malta's Prime Minister, X, who handed over with a joke: "..."': X
                    people = [c for c in people if c[0] < prev_end + who.start()][-1:] or people
                if people and _staff_of(an, people[0], opening):
                    speaker = _government_of(an, people[0][1])  # 'An aide to X was unimpressed: "..."'
                elif people or subject or earlier:
                    speaker = (people or subject or earlier)[0][1]
                elif last and last[2] == para and last[0] >= s_first - 1:
                    speaker = last[1]
            if speaker is None and not before.strip() and s_first and sent_start == opening:
                speaker = _lead_speaker(an, s_first - 1)  # 'Xi spoke from the same stage:' / 'He went on:' + a paragraph
            if speaker is None and not before.strip() and interviewee:
                speaker = interviewee  # an interview's answers after the interviewer's unquoted questions
            tail = _TAIL_SAID.match(body, close + 1) if speaker is None else None
            if tail:  # '"... a real reform" of the EU itself, he told reporters'
                speaker = resolve_pronoun(an, tail.start(1), tail.group(1))
            they = _THEY_SAID_AFTER.match(body, close + 1) if speaker is None and summit_org else None
            if they and _LEADERS_SUBJECT.search(body, an.sentences.spans[max(0, s_first - 2)][0], opening):
                speaker = summit_org  # 'On Iran the leaders were direct. "We will not ignore ...," they wrote'
            dash = (_DASH_SOURCE.match(body, close + 1) or _PAREN_SOURCE.match(body, close + 1)) \
                if speaker is None else None
            if dash:  # a fact-check's 'CLAIM 2: "..." - President X, closing news conference, Friday.' (or in brackets)
                line_end = body.find(")" if body[dash.end() - 1] == "(" else "\n", dash.end())
                speaker = _pick(_candidates(an, dash.end(), line_end if line_end != -1 else len(body)))
            if speaker is None and inner[:1].islower():
                # 'said he would meet X, Iran's president, "if the circumstances were correct"': a fragment the
                # sentence's own cue introduces, after a comma that only closed an apposition
                found, said_by = _partial_speaker(an, sent_start, opening, summit_org,
                                                  prev_end if prev_end > sent_start else None)
                if found and said_by:
                    speaker, kind = said_by, "partial"
            if speaker is None and words < 4 and not message and not _SAID_AFTER.match(body, close + 1):
                continue  # (but '"America is back," he declared' is a quotation, whoever "he" is)
        else:
            named = ((_TITLE_BEFORE.search(before) or _NAMING_BEFORE.search(before))
                     and re.fullmatch(r"[A-Z][\w’'-]*", inner.strip(".,;:!? "))) or \
                _TITLE_CASE.fullmatch(inner.rstrip(".,;:!? ")) and (
                _TITLE_AFTER.match(body, close + 1) or _TITLE_BEFORE.search(before) or _NAMING_BEFORE.search(before)
                or (before.endswith(("the ", "the\t")) and " " in inner.strip())
                or ((_DETERMINER.search(before) or _POSSESSIVE_BEFORE.search(before)) and _PREMODIFIER.match(body, close + 1))) \
                or (_NAME_CALLED.search(before) and _ACRONYM_FIRST.match(inner) and words <= 3)
            if named:
                # 'the theme "...": a name; 'calling the deal the "Kuala Lumpur Peace Accords"', 'a model he calls
                # "BRICS Plus"', 'a "Welcome to Hell" march', 'the forum's "Blue Pacific" banner': names too
                continue
            if before.rstrip().endswith("so-called"):
                continue  # 'Russia's so-called "shadow fleet" of tankers': a term, whatever follows
            if words <= 6 and _WORK_BEFORE.search(before):
                continue  # 'the choir ended its rehearsal with "Mu isamaa armas"': a song's name, sung, not said
            if _DETERMINER.search(before) and _COMPOUND_WORD.fullmatch(inner.strip(" ,.")):
                continue  # 'the "fast-track" negotiating authority', 'the "counter-summit"': one coined word, a term
            if _WHAT_X_CALL.search(before):
                continue  # 'what the diplomats call a "democratic clause"', 'a position officials call "centrality"'
            according = _ACCORDING_AFTER.match(body, close + 1)
            # 'recognised that "Syria was right."', 'a problem that "requires collective responses"': a clause, no term
            complementizer = before.rstrip().endswith("that") and (inner[:1].isupper() or bool(_VERB_FIRST.match(inner))
                                                                   or bool(_RELATIVE_VERB.search(before + inner))
                                                                   or _said_that(before))
            if words <= 4 and _DETERMINER.search(before) and not complementizer \
                    and not (_SPOKEN.search(inner) and not before.rstrip().endswith("so-called")) \
                    and not (_OWN_WORDS.search(before) and _CUE.search(body, sent_start, opening)) \
                    and not _CHARACTERISED.search(body, sent_start, opening) \
                    and not _CONTINUED.match(body, close + 1) \
                    and not (inner[:1].islower() and _PREMODIFIER.match(body, close + 1)
                             and not before.rstrip().endswith("so-called")) and not according:
                continue
            if according:  # '... would be "lean and cheap to run," according to X'
                is_quote = True
                speaker = _pick(_candidates(an, according.end(), min(len(body), according.end() + 60)))
                if speaker is None or not speaker.startswith("person:"):
                    # 'Peskov said NATO was "a war alliance," according to TASS': the agency only relays
                    found, said_by = _partial_speaker(an, sent_start, opening, summit_org,
                                                      prev_end if prev_end > sent_start else None)
                    speaker = said_by if found and said_by else speaker
            elif (for_x := _FOR_X.match(body, sent_start, opening)) and (
                    said_by := [c for c in _candidates(an, for_x.start(1), for_x.end(1)) if c[1] != summit_org]):
                # 'For the Corriere, it was "a postcard Italy did not need to send"': the one it was so for says so
                is_quote, speaker = True, _pick(said_by)
            elif (as_says := _AS_SAYS_AFTER.match(body, close + 1)) and (
                    said_by := _candidates(an, as_says.start(1), as_says.end(1))):
                is_quote, speaker = True, _pick(said_by)  # 'Its entry is "illegal", as President X says': X
            elif summit_org and (_TEXT_DESCRIBES.search(before) or _TEXT_SAYS.search(before)):
                # 'the Council, which the act describes as "the highest ..."'; 'the Act of Sucre calls for "shared
                # responsibility"'; 'in the Act of Guayaquil they described the damage as "a tragedy ..."'
                is_quote, speaker = True, summit_org
            elif (aside := _ROLE_ASIDE.search(body, sent_start, opening)) and (said_by := _aside_role(an, aside)):
                # 'If Israel turned it down, the prince said, it would be placing its future "in the hands of ..."'
                is_quote, speaker = True, said_by
            elif (aside := _SAID_ASIDE.search(body, sent_start, opening)) and not an.in_quote(aside.start()) and (
                    said_by := _aside_speaker(an, sent_start, aside.start(1), aside.group(1))):
                is_quote, speaker = True, said_by  # 'Morocco, he told us, would have to "sit at the same table"'
            elif inner.rstrip()[-1:] == "," and _NAMED_TAG.match(body, close + 1) \
                    and (said_by := _after_speaker(an, close, next_start, summit_org)):
                # 'Henry had committed to elections "no later than August 31, 2025," Ali told reporters': the tag's X
                is_quote, speaker = True, said_by
            elif (tail := _TAIL_SAID.match(body, close + 1)) and not any(p in body[close + 1:tail.start(1)] for p in "“\""):
                # 'China opposes "linking terrorism with any country", she said': the pronoun that says it speaks
                is_quote, speaker = True, resolve_pronoun(an, tail.start(1), tail.group(1))
            else:
                is_quote, speaker = _partial_speaker(an, sent_start, opening, summit_org,
                                                     prev_end if prev_end > sent_start else None)
                if not is_quote and summit_org and _bullet_of_text(an, opening):
                    is_quote, speaker = True, summit_org  # a point of the text, listed under it
            official = _OFFICIAL_SAID_AFTER.match(body, close + 1) if not is_quote else None
            if official:  # 'Merkel was "not amused", one German diplomat said': the official's country
                said_by = _candidates(an, close + 1, official.end())
                if said_by:
                    is_quote, speaker = True, said_by[0][1]
            tail = _PRONOUN_SAID_AFTER.match(body, close + 1) if not is_quote else None
            if tail:  # 'More sanctions would be "useless and ineffective", he said': the aside after it speaks
                is_quote, speaker = True, resolve_pronoun(an, tail.start(1), tail.group(1))
            if not is_quote and summit_org and _TEXT_SAID_AFTER.match(body, close + 1):
                is_quote, speaker = True, summit_org  # 'Sanctions are "clearly linked" to ..., the declaration says'
            if not is_quote:
                continue
            kind = "partial"
        if speaker is None and (speech := _FROM_SPEECH.search(body, sent_start, opening)):
            # 'one sentence from his speech, "We could have been everything ...," was repeated': the speech's maker
            speaker = resolve_pronoun(an, speech.start(1), speech.group(1)) if speech.group(1).lower() in (
                "his", "her") else _pick(_candidates(an, speech.start(1), speech.end(1)))
        if speaker in GOVERNMENT_COUNTRY:  # "a State Department spokesperson said", "the White House said", "the
            speaker = GOVERNMENT_COUNTRY[speaker]  # Kremlin said": a ministry or a leader's seat speaks for its country
        quotes.append(Quote(
            text=inner, char_start=opening + 1, char_end=close, speaker=an.display(speaker), speaker_key=speaker,
            sentence_start=sent_start, sentence_end=sent_end, kind=kind,
        ))
        last = (s_last, speaker, para)
    return quotes
