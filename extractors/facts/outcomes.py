"""Typed facts (decision, pledge, outcome, membership, reaction) from the frame catalogue."""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.facts.actors import (
    AND_BEFORE, CLAUSE_BREAK, LISTED_OUTCOME, SPEECH_BEFORE, clause_start, experiencer, first_person, generic_subject, nearest_org,
    normalise_actor, office_affiliation, reaction_object, represented, subject)
from extractors.facts.entities import CLAUSE_JOIN, Analysis, Found, resolve_pronoun
from extractors.facts.frames import (
    CATALOGUE, COLLECTIVE, GENERIC_NEG, GENERIC_NOMINAL, GENERIC_NOUN, GENERIC_STATE_WILL, GENERIC_VERB, GENERIC_WILL,
    GENERIC_WOULD, MEMBERSHIP_OBJECT, NEGATED_ONLY, NOT_AN_OUTCOME, PLEDGE_CLASSES, REACTION_CLASSES, STATE_CLASSES, SUM,
    VERB_CLASSES, Frame)
from extractors.facts.precheck import ANY_TRIGGER, fast_pattern
from extractors.facts.sentences import page_furniture
from extractors.models import Fact

# Support flows pledged by a group at a summit are one fact of that summit, whoever in the group is named.
_MULTILATERAL_PLEDGES = frozenset({"military-support", "economic-support", "climate-target"})
_TONE_PHRASES = {"welcome": "welcomes", "criticize": "criticises", "react": "reacts to"}
_SUBSUMED_BY_COMMITMENTS = frozenset({"military-support", "economic-support"})
_EXPLICIT_PLEDGE = re.compile(r"\b(?:pledg|promis|vow|commit)\w*", re.I)
_NEGATIVE = re.compile(
    r"\b(?:destabilis\w*|destabiliz\w*|undermin\w*|dangerous|provocat\w*|hostile|mistake|nothing|not|never|"
    r"unacceptable|illegal|harm\w*|threat\w*|absurd|baseless|unjust|counterproductive|failure|shame\w*|"
    r"protectionis\w*|disappoint\w*|wrong|reckless|imprudent|hazardous|violat\w*|far from|empty|hollow|weak\w*|"
    r"fail\w*|fell short|falls short|detached|inadequate|insufficient|regrett?\w*|worse|flawed|complaints?|demoni[sz]\w*|"
    r"counter to|oppos\w*|confrontation\w*|blank check|burden\w*|smear\w*|slander\w*|hypocri\w*|"
    r"farce|sham|propaganda|interference|adverse)\b", re.I)
_POSITIVE = re.compile(
    r"\b(?:success\w*|important|historic|positive|good|welcome|victory|milestone|breakthrough|concrete|great|"
    r"progress|encouraging|excellent|landmark|step forward|important step|serious|substantive|constructive|candid|"
    r"productive|fruitful|useful|valuable|on the map|strength|strengthen\w*|stronger|bridge|lifeline|solution|"
    r"open to all|inclusive|unity|solidarity|reliable|vital|crucial|essential|pillars?|win|united|safer|"
    r"new (?:era|chapter|page)|predictab\w*|stabili[sz]\w*|optimis\w*|confident|confidence)\b", re.I)
_CONTRASTIVE_NOT = re.compile(r",\s+not\s+(?:(?:on|to|for|of|in|with|from|against|by|at|about)\s+)?(?:an?\s+|the\s+)?[a-z][\w-]*"
                              r"(?:\s+[a-z][\w-]*){0,4}?(?=\s*[,.;:!?\"”’]|\s*$)")
_NOT_BENEFICIARY = re.compile(r"(?:against|message to|from|on|over|with)\s+$", re.I)
_LABEL = re.compile(r"\b((?:aid|financial|sanctions|support) package|deal|agreement|resolution|decision)\b", re.I)
_DEFER_WINS = frozenset({"invite", "admit"})
_NO_PASSIVE = frozenset({"create-body", "establish-base", "take-chair"})
_NEEDS_ACTOR = frozenset({"boycott", "fund"})
# reactions the meeting itself voices about something outside it ("voiced deep concern over gang violence in Haiti"),
# like the calls and condemnations of frames.REACTION_CLASSES
_BODY_REACTIONS = frozenset({"voice-concern"})
# A head of government's refusal ("Prime Minister X refused to sign on") is his state's outcome.
# "attended in place of |X", "declared the meeting open on behalf of |X", "stood in for |X": X stayed away
_IN_PLACE_OF = re.compile(r"\b(?:in\s+place\s+of|on\s+behalf\s+of|stood\s+in\s+for|standing\s+in\s+for)\s+$", re.I)
_GIVES = re.compile(r"(?:gift|give|donate|provide|supply|send|deliver|contribute|fund)\b")  # "would |gift two patrol boats"
_HEAD_ROLE = re.compile(r"\b(?:president|prime minister|chancellor|premier|king|emir|sultan)\b", re.I)
_TALKS_WITH = re.compile(r"\b(?:talks|meeting|call|conversation)\s+with\s+")
# Frames that read what a meeting did not do or what comes later: they take no verb of the clause from the
# generic frames ("ended without a breakthrough, agreeing to keep ..." is still an agreement).
_NOT_AN_EVENT = frozenset({"no-breakthrough", "omit", "review"})
# Frames read sentences; a "sentence" longer than this (~250 words; the longest in the gold and seeds is 315
# characters) is a list or an unpunctuated dump, and the generic frames cost grows with the square of the verbs
# in it (3,600 words took ~5.7 s), so the frames skip it.
MAX_SENTENCE_CHARS = 1500


def _mask_quotes(an: Analysis, spans: list[tuple[int, int]]) -> str:
    """The body with quotations blanked, so facts never come from quoted speech (quoted terms stay)."""
    parts, cursor = [], 0
    for opening, close in spans:
        parts += [an.body[cursor:opening], " " * (close + 1 - opening)]
        cursor = close + 1
    parts.append(an.body[cursor:])
    return "".join(parts)


def _tone(text: str) -> str | None:
    """welcome / criticize from the words of a characterisation; None when it is neutral or mixed evenly. A
    contrastive "not" ("would complement, not replace, ...") is no criticism."""
    if ", not " in text:
        text = _CONTRASTIVE_NOT.sub(" ", text)
    neg, pos = len(_NEGATIVE.findall(text)), len(_POSITIVE.findall(text))
    return "criticize" if neg > pos else "welcome" if pos > neg else None


def _countries(an: Analysis, start: int, end: int, actor: str | None) -> list[Found]:
    """Country (and demonym) mentions in [start, end) other than the actor."""
    return [f for f in an.found if start <= f.start < end and f.kind in ("country", "demonym")
            and f.key != actor and not f.in_quote]


def _objects(an: Analysis, frame: Frame, span: tuple[int, int], at: int, at_end: int,
             actor: str | None, summit_org: str | None, previous: tuple[int, int] | None) -> list[str]:
    """Object keys for a frame instance; several for 'Finland and Sweden'."""
    start, end = span
    body = an.body
    if frame.objects == "none":
        return [""]
    if frame.objects == "body":
        named = [f.key for f in an.found if start <= f.start < end and f.kind == "org"
                 and an.gazetteer.lookup(body[f.start:f.end]) and an.gazetteer.lookup(body[f.start:f.end]).extra == "body"]
        return named[:1] or ["new-body"]
    if frame.objects == "label":
        match = _LABEL.search(body, at_end, end)
        return [re.sub(r"\s+", "-", match.group(1).lower())] if match else [summit_org or ""]
    if frame.objects == "target":
        orgs = [f.key for f in an.found if at_end <= f.start < min(end, at_end + 30) and f.kind == "org"
                and not f.in_quote and f.key != actor]
        countries = [f.key for f in _countries(an, at, end, actor)] if frame.action == "sanctions" else []
        return (countries or orgs)[:1] or [summit_org or ""]
    if frame.objects == "after":
        after = [f.key for f in an.found if at_end <= f.start < end and f.kind in ("country", "org")
                 and not f.in_quote and f.key != actor]
        return after[:1] or [""]
    if frame.objects == "reformed":
        named = [f.key for f in an.found if at <= f.start < at_end and f.kind == "org"]
        phrase = re.sub(r"^reform(?:ing)?\s+(?:of\s+)?(?:the\s+)?", "", body[at:at_end], flags=re.I)
        return named[:1] or [re.sub(r"[^a-z0-9]+", "-", phrase.lower()).strip("-")]
    if frame.objects == "admitted":  # "X was admitted" names X before the trigger; "admitted X as" after it
        found = [f for f in an.found if at <= f.start < at_end and f.kind in ("org", "country") and f.key != actor]
        if found:  # "admitting Gabon and Togo as members": one fact for each
            return list(dict.fromkeys(f.key for f in found))
        found = [f for f in an.found if start <= f.start < at and f.kind in ("org", "country") and f.key != actor]
        return [found[-1].key] if found else []
    if frame.objects == "listed-before":  # "Egypt, Qatar and Saudi Arabia were granted ...": each of them
        return list(dict.fromkeys(f.key for f in an.found if start <= f.start < at and f.kind == "country"
                                  and not f.in_quote)) or [""]
    if frame.objects == "elected":  # "elected X chairman", "X was elected ...", "named the new head, X": whom
        named = (an.persons_in(at, at_end) or an.persons_in(start, at)[-1:]
                 or an.persons_in(at_end, min(end, at_end + 60)))
        return [named[0].key] if named else [""]
    if frame.objects == "in-match":
        return list(dict.fromkeys(f.key for f in _countries(an, at, at_end, actor)))
    cands = _countries(an, start, end, actor)
    if frame.objects == "beneficiary":
        venues = {f.end for f in an.found if f.kind == "city"}
        cands = [f for f in cands if not _NOT_BENEFICIARY.search(body[max(start, f.start - 14):f.start])
                 and f.start - 2 not in venues
                 and not re.match(r"(?:’s|'s) (?:war|aggression|invasion|side)", body[f.end:f.end + 15])]
        return [min(cands, key=lambda f: abs(f.start - at)).key] if cands else []
    if frame.objects == "candidate":
        return [cands[0].key] if cands else []
    stop = _OBJECT_STOP.search(body, at_end, end)
    after = [f for f in cands if at <= f.start < (stop.start() if stop else end)]
    # "open talks with Ukraine and Moldova after Hungarian Prime Minister ...": the trigger's own phrase first
    keys = list(dict.fromkeys(f.key for f in after or cands))
    if not keys and frame.fallback_previous and previous:
        keys = list(dict.fromkeys(f.key for f in _countries(an, previous[0], previous[1], actor)))
    return keys


def _statement(an: Analysis, actor: str | None, phrase: str, obj: str) -> str:
    """Canonical sentence: '<actor> <phrase> <object>'."""
    names = [an.display(actor) or actor or "Someone", phrase]
    if obj:
        names.append(an.display(obj) or obj.replace("-", " "))
    return " ".join(names)


# Each frame with the case-free variant of its trigger (None when there is none), looked up once rather than per
# sentence: the frame loop is the stage's hot path.
_CATALOGUE_FAST = tuple((frame, fast if (fast := fast_pattern(frame.trigger)) is not frame.trigger else None)
                        for frame in CATALOGUE)


_TEXT_WHICH = re.compile(r"\b(?:adopt|issu|approv|sign|endors|releas|publish)ed\s+(?:a|an|the|their|its)\s+"
                         r"[^,;.]{0,60}?\b(?:statement|declaration|communiqu[eé]|plan|agenda|resolution|document|charter|"
                         r"roadmap|road\s+map)\b[^;.]{0,80}?,\s+which\s+(?![^,;.]*\b(?:was|were|is|are|has|had)\b)")
_ANOTHER_TEXT = re.compile(r"\b(?:also|another|second|separate)\b", re.I)  # a text beside the one already read


def extract_outcomes(an: Analysis, summit_org: str | None = None, quotes: tuple = ()) -> list[Fact]:
    """Facts found by the frame catalogue, one per key, keeping the best evidence sentence."""
    masked = _mask_quotes(an, [(q.char_start - 1, q.char_end) for q in quotes])
    best: dict[str, tuple[tuple, Fact]] = {}
    issuers: dict[str, str] = {}  # instrument action -> its first issuer, for later definite mentions
    spans, paragraphs = an.sentences.spans, an.sentences.paragraphs
    for index, (start, end) in enumerate(spans):
        text = masked[start:end]
        if not text.strip() or end - start > MAX_SENTENCE_CHARS or text.rstrip().endswith("?") \
                or page_furniture(an.body, start, end):
            continue  # (an explainer's question subhead, "Who stayed away?", asks and states nothing; a wire credit
            # or a list of links to other stories is no part of the story)
        lower = text.lower()
        if len(lower) != len(text):
            lower = None  # case folding changed the length: keep the case-insensitive patterns

        def search(pattern: re.Pattern, pos: int = 0, endpos: int | None = None):
            """pattern.search over the sentence; case-free patterns run without IGNORECASE on its lower case."""
            fast = fast_pattern(pattern) if lower is not None else pattern
            return fast.search(text if fast is pattern else lower, pos, len(text) if endpos is None else endpos)

        previous = spans[index - 1] if index and paragraphs[index - 1] == paragraphs[index] else None
        # a headline line above the story ("APEC week ends without joint declaration"): the lead tells it better
        headline = index == 0 and len(spans) > 1 and paragraphs[1] != paragraphs[0] and not text.rstrip().endswith(
            (".", "!", "?", "\"", "”", ":"))
        deferred, fired, triggers = False, set(), []
        texts = _text_reactions(an, masked, (start, end), previous, summit_org)  # (fact, span of the text's words)
        if ANY_TRIGGER is None:
            frames = _CATALOGUE_FAST
        elif ANY_TRIGGER.flags & re.I:
            frames = _CATALOGUE_FAST if ANY_TRIGGER.search(text) else ()
        else:
            frames = _CATALOGUE_FAST if ANY_TRIGGER.search(lower if lower is not None else text.lower()) else ()
        for frame, fast in frames:
            if frame.action in _DEFER_WINS and deferred:
                continue
            if frame.action in _SUBSUMED_BY_COMMITMENTS and "security-commitments" in fired:
                continue  # a long-term security commitment already covers the aid it lists
            if frame.action == "first-attendance" and fired & {"attend-as-invitee", "attend-by-video", "stay-away"}:
                continue  # "took part as an invitee for the first time": the invitee's attendance says it
            if frame.action == "join" and fired & {"admit", "invite", "accede", "sign-accession"}:
                continue  # "will formally join the bloc" after the admission read from the same sentence
            if frame.action == "text-states" and fired:
                continue  # another frame already read what the text says
            if frame.action == "climate-target" and "create-body" in fired:
                continue  # "set up a fund to help ... gain access to climate finance": the fund is the fact
            match = fast.search(lower) if fast is not None and lower is not None else frame.trigger.search(text)
            if not match or (frame.require and not search(frame.require)):
                continue
            if (frame.exclude and search(frame.exclude)) or (
                    frame.require_raw and not frame.require_raw.search(an.body, start, end)) or (
                    frame.exclude_raw and frame.exclude_raw.search(an.body, start, end)):
                continue
            at, at_end = start + match.start(), start + match.end()
            if any(lo <= at < hi for _, (lo, hi) in texts):
                continue  # "adopted a statement calling on the US to end its embargo": a call, not an adoption
                # or a sanction (and the text's own reaction, not a second one: "On North Korea, the leaders issued a
                # statement condemning the nuclear test")
            if frame.kind != "reaction" and _TEXT_WHICH.search(masked, start, at):
                continue  # "adopted a joint vision statement ..., which calls for ... and backs Seoul's efforts":
                # what the adopted text says, not another act
            if frame.action in _NO_PASSIVE and _PASSIVE_OR_HYPOTHETICAL.search(masked, max(start, at - 16), at):
                continue  # "a fund could be created", "the fund was launched in 2019": not this summit's act
            if frame.action in ("no-condemnation", "omit") and SPEECH_BEFORE.search(masked, start, at):
                continue  # "X said the declaration ... failed to name the aggressor": a reaction, not an outcome
            # a neutral characterisation is a reaction only when there is a summit to react to
            action = (_tone(an.body[at:end]) or (frame.neutral if summit_org else None)) if frame.polarity \
                else frame.action
            if action is None:
                continue
            deferred = deferred or frame.action == "defer-membership"
            verbs = list(fast_pattern(frame.require).finditer(lower, 0, match.start()) if lower is not None
                         else frame.require.finditer(text, 0, match.start())) if frame.require else []
            anchor = start + verbs[-1].start() if verbs else at
            actor = _actor(an, frame, (start, end), (at, at_end, anchor), summit_org, previous, issuers)
            if frame.actor == "nearest-org" and actor:
                issuers.setdefault(frame.action, actor)
            if actor is None and frame.action in _NEEDS_ACTOR:
                continue  # "some fans boycotted the event": no state or body acts
            if frame.action == "attend" and not (actor or "").startswith(("person:", "country:")):
                continue  # who came is a leader or a state ("the summit attended by ...": no one named)
            if frame.action == "stay-away" and actor is not None and actor == summit_org:
                # the body never stays away from its own summit: "She stayed home to campaign ..." is the person the
                # pronoun stands for, "Several leaders did not attend" someone the text does not name
                pronoun = _SUBJECT_PRONOUN.match(an.body, start)
                actor = resolve_pronoun(an, start + pronoun.start(1), pronoun.group(1)) if pronoun else None
            if frame.kind == "reaction":
                person = actor if actor and actor.startswith("person:") else None
                actor = represented(an, actor, previous)
                if actor == summit_org and person:
                    actor = person  # an official of the summit's body speaks for himself, not for the summit
                if (actor == summit_org and frame.action not in _BODY_REACTIONS) or actor is None:
                    continue  # the summit reacting to itself is not a reaction (but its concern over something is)
            talks = _TALKS_WITH.search(an.body, at, at_end) if frame.kind == "reaction" else None
            partner = an.persons_in(talks.end(), at_end) if talks else []
            objects = ([partner[0].key] if partner  # "called his talks with Trump ...": the talks are the object
                       else [reaction_object(an, at_end, end, actor, summit_org)] if frame.kind == "reaction"
                       else _objects(an, frame, (start, end), at, at_end, actor, summit_org, previous))
            for obj in objects:
                if frame.objects not in ("none", "label", "body", "target", "after", "reformed", "elected") and not obj:
                    continue
                fired.add(frame.action)
                shown = _TONE_PHRASES.get(action, frame.phrase) if frame.polarity else frame.phrase
                key = f"{frame.kind}:{actor or 'unknown'}:{action}:{obj}".rstrip(":")
                if frame.action == "adopt-declaration" and key in best and best[key][1].char_start != start \
                        and _ANOTHER_TEXT.search(text, max(0, match.start() - 30), match.end()) \
                        and (named := _slug(text[match.end():match.end() + 60])):
                    # "adopted a declaration on democracy in Venezuela" ... "also adopted a Declaration of Bridgetown
                    # on security": two texts, told apart by their names
                    action = f"{action}-{named}"
                    key = f"{frame.kind}:{actor or 'unknown'}:{action}:{obj}".rstrip(":")
                fact = Fact(key, frame.kind, _statement(an, actor, shown, obj), start, end,
                            an.display(actor) or actor, action, an.display(obj) or obj or None)
                if frame.kind != "reaction" and frame.action not in _NOT_AN_EVENT:
                    triggers.append((at, at_end, frame.trigger))
                # an explicit pledge verb beats a listed goal; then the earliest (the lede is usually clearest)
                score = (frame.kind == "pledge" and bool(_EXPLICIT_PLEDGE.search(text)), not headline, -index)
                if key not in best or score > best[key][0]:
                    best[key] = (score, fact)
        for fact in _generic_facts(an, masked, (start, end), previous, summit_org, triggers,
                                   [span for _, span in texts]):
            if fact.key not in best:
                best[fact.key] = ((False, not headline, -index), fact)
        for fact, _ in texts:
            if fact.key not in best:
                best[fact.key] = ((False, not headline, -index), fact)
    for fact in _verdict_quotes(an, quotes, summit_org):
        best.setdefault(fact.key, ((False, True, 0), fact))
    for fact in _listed_texts(an, masked, summit_org, [f for _, f in best.values()]):
        best.setdefault(fact.key, ((False, True, 0), fact))
    facts = [fact for _, fact in best.values()]
    return _merge(facts)


# "And what did they agree? - Three things, mainly. A final declaration on innovation ... An Ibero-American
# environmental charter, which ... And a special statement calling for ...": texts listed, each a verbless sentence
_LISTED_TEXT = re.compile(r"(?:And\s+)?(?:[Aa]|[Aa]n)\s+((?:[\w’'-]+\s+){0,4}?(?:declaration|charter|statement|"
                          r"communiqu[eé]|action\s+plan|plan|road\s*map|resolution|treaty|accord|programme|program))\b"
                          r"(?P<rest>[^.;]*)")
_FINITE = re.compile(r"\b(?:is|was|were|are|has|have|had|will|would|could|can|may|might|must|should)\b")
_LIST_CUE = re.compile(r"\b(?:agree[ds]?|adopt(?:ed|s)?|decide[ds]?|sign(?:ed|s)?|approv(?:ed|es?)|produc(?:ed|es?)|"
                       r"things|texts|documents)\b", re.I)


def _listed_texts(an: Analysis, masked: str, summit_org: str | None, facts: list[Fact]) -> list[Fact]:
    """Decisions from texts listed in verbless sentences after a sentence on what the meeting agreed."""
    if not summit_org:
        return []
    spans, out = an.sentences.spans, []
    taken = [(f.char_start, f.char_end) for f in facts if f.kind != "reaction"]
    for index, (start, end) in enumerate(spans):
        item = _LISTED_TEXT.match(masked, start + len(masked[start:end]) - len(masked[start:end].lstrip()), end)
        if not item or not index or any(s < end and start < e for s, e in taken):
            continue
        head = item.group("rest").split(",")[0]
        if _FINITE.search(head) or re.search(r"\b[a-z]+ed\s+(?:by|to|at|in|on)\b", head):
            continue  # a sentence with its own verb ("A statement was issued ...") is no list item
        context = masked[spans[max(0, index - 3)][0]:start]
        if not _LIST_CUE.search(context):
            continue
        slug = _slug(item.group(1) + item.group("rest").split(",")[0])
        if not slug:
            continue
        out.append(Fact(f"decision:{summit_org}:adopt-{slug}", "decision",
                        _statement(an, summit_org, f"adopts {item.group(1).strip()}", ""), start, end,
                        an.display(summit_org) or summit_org, f"adopt-{slug}", None))
    return out


# '"This is a quantum leap," Rutte told ...', '"It was a long and substantive meeting," X wrote': a quotation that
# opens its sentence with a verdict on the meeting or its outcome is its speaker's reaction.
_VERDICT = re.compile(
    r"(?:This|It|That|Today|The\s+(?:agreement|deal|decision|summit|outcome|declaration|meeting|talks|alliance|bloc|"
    r"expansion|result|communiqu\w*))\s+(?:is|was|has\s+been|marks|marked|represents|makes|made)\b|"
    r"We\s+have\s+delivered\b")
_VERDICT_POSITIVE = re.compile(r"\b(?:quantum leap|delivered|turning point|game[- ]changer)\b", re.I)


def _verdict_quotes(an: Analysis, quotes: tuple, summit_org: str | None) -> list[Fact]:
    """Reactions read from a quoted verdict that opens its sentence, by the quotation's speaker."""
    facts = []
    for quote in quotes:
        if not quote.speaker_key or not summit_org or not _VERDICT.match(quote.text):
            continue
        index = an.sentences.index_at(quote.char_start)
        start, end = an.sentences.spans[index]
        if quote.char_start - 1 != start:
            continue
        action = _tone(quote.text) or ("welcome" if _VERDICT_POSITIVE.search(quote.text) else None)
        if action is None:
            continue
        person = quote.speaker_key if quote.speaker_key.startswith("person:") else None
        actor = represented(an, quote.speaker_key, None)
        if actor == summit_org and person:
            actor = person
        if actor is None or actor == summit_org:
            continue
        key = f"reaction:{actor}:{action}:{summit_org}"
        facts.append(Fact(key, "reaction", _statement(an, actor, _TONE_PHRASES[action], summit_org), start, end,
                          an.display(actor) or actor, action, an.display(summit_org) or summit_org))
    return facts


_COMPLEMENT_GAP = re.compile(r",|\b(?:and|but|while|yet)\b|;")
# (an infinitive, not a second goal: "commits the group to a tariff ... and to the older goal of a common market")
_AND_TO = re.compile(r",?\s+and\s+(?:also\s+)?to\s+(?!(?:the|a|an|its|their|his|her|our|this|that)\b)([a-z][\w-]*)")
_OBJECT_LEAD = re.compile(
    r"(?:\s+(?:to|on|that|with|the|a|an|its|their|his|her|our|new|also|further|formally|jointly|unanimously|"
    r"on|in|at|for|by|of|from|up|over|would|will|\w+day))*\s+", re.I)
# "renewed their pledge to cut ...", "reaffirmed its promise of ...": a promise made again is a pledge (a renewed
# "commitment" stays a decision, as the gold sets mostly have it)
_RENEWING = frozenset({"maintain", "reaffirm"})
_A_PLEDGE = re.compile(r"\s+(?:their|its|his|her|the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:pledges?|promises?|vows?)\b", re.I)
_IT_BEFORE = re.compile(r"\bIt\s+(?:also\s+)?$")  # ("It restates the pledge": the text, whose pledges are decisions)
# (and a state held: "remained committed to the region", "stays committed")
_PASSIVE_OR_MODAL = re.compile(r"\b(?:was|were|been|being|is|are|be|would|could|might|(?-i:may)|should|must|"
                               r"remain(?:s|ed)?|stay(?:s|ed)?)\s+(?:\w+ly\s+)?$", re.I)
_PASSIVE_OR_HYPOTHETICAL = re.compile(r"\b(?:was|were|been|being|is|are|be|could|might|(?-i:may))\s+(?:\w+ly\s+)?$", re.I)
_PURPOSE_OR_STATE = re.compile(r"\b(?:(?:largely|partly|mainly|chiefly|in order|so as|simply)\s+to|"
                               r"(?:that|which)\s+(?:has|have|had))\s+$", re.I)
_PAST_TIME = re.compile(r"\bin\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
                        r"December)\s+)?(?:19|20)\d\d\b|\bago\b|\blast\s+(?:year|month|week)\b|"
                        r"\bearlier\s+this\s+(?:year|month)\b")
_BY_AGENT = re.compile(r"\s+by\b")
# "the initiative they launched earlier this year": a relative clause without its "that", on an earlier act
_CONTACT_RELATIVE = re.compile(r"\b(?:the|an?|its|their)\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]+\s+(?:they|it|he|she|we)\s+$")
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:[\w’'-]+\s+){0,3}$")
_NOUN_TO = re.compile(r"\b(?:right|ability|power|freedom|need|bid|attempt|effort|way|chance|option|failure|refusal|"
                      r"readiness|willingness|capacity|authority|mandate|pressure|calls?)\s+to\s+$")
_REPORTED_NOUN = re.compile(r"\b(?:said|says|told\s+\w+|added|argued|warned)\s+(?:that\s+)?$")
_SUBJECT_PRONOUN = re.compile(r"\s*(?:[A-Z][\w,]*\s+){0,2}?\b(He|She)\s")
_CONDITION_BEFORE = re.compile(r"\b(?:[Ii]f|[Uu]nless|[Ww]hether|[Oo]nce|[Uu]ntil)\s+(?:[\w’'-]+\s+){0,4}$")
_OBJECT_STOP = re.compile(r"[,;]|\b(?:after|before|when|while|as|but|because|since|although|though)\b")


_SLUG_SKIP = frozenset("a an the to of for on in at by with and but while as its their his her our up off new monday tuesday wednesday "
                        "thursday friday saturday sunday today".split())


def _slug(text: str) -> str:
    """Up to three content words as a key fragment (articles, prepositions and complement verbs skipped)."""
    words = [w for w in re.findall(r"[a-z][a-z0-9\-]*", text.lower()) if w not in _SLUG_SKIP
             and w not in VERB_CLASSES]
    return "-".join(words[:3])


_NOUN_CLASSES = {"pledge": "pledge", "commitment": "commit", "promise": "pledge", "agreement": "agree",
                 "decision": "decide", "launch": "launch", "creation": "create", "establishment": "create",
                 "adoption": "adopt", "signing": "sign"}
# a sum or a count of goods ("at least $10 billion", "600 million doses"), not a date ("on Dec. 12")
_SUM = re.compile(SUM + r"|\b\d[\d,.]*\s+(?:troops|soldiers|doses|tonnes|tons|scholarships|places|vehicles|boats)\b",
                  re.I)  # (frames.SUM: the money; then counts of goods)
_AMOUNT = re.compile(r"(?<!\d)(?!(?:19|20)\d\d\b)\d|[$€£]|\b(?:battalion|brigade|troops|hundreds|thousands|millions|billions)\b")
_AND_WILL = re.compile(r"\band\s+will\s+(?:also\s+)?(?P<will>[a-z]+)")
_NOUN_USE = re.compile(r"\b(?:made|make|makes|making|broke|broken|kept|similar|empty|earlier|previous|past|such|"
                       r"many|new|fresh|vague|its|their)\s+$|[a-z](?:’s|'s)\s+$")  # ("the declaration's promises")
_ANTECEDENT = re.compile(r"(?s)^(?:.*(?:[,;:]\s+|\b(?:by|on|to|for|with|about)\s+))?([^,;:]{3,80}?),\s+(?:which|that)\s+"
                         r"[^,;:]*$")  # (the nearest phrase before ", which": "overshadowed by |India's tests|, which")
_TEXT_NOUNS = r"communiqu[eé]|declaration|statement|resolution|text|document|act"
_TEXT_NOUN = re.compile(_TEXT_NOUNS)
# "The declaration commits the three to ...": a text (or a treaty) as the subject of a commitment
_DOCUMENT_SUBJECT = re.compile(rf"\b(?:{_TEXT_NOUNS}|agreement|treaty|charter|accord|pact)(?:,\s+adopted\s+[^,]{{1,30}},|"
                               r"(?-i:\s+(?:on|of)\s+[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,4}))?\s+"
                               r"(?:also\s+|further\s+)?$", re.I)  # ("The final declaration, adopted on Tuesday,
# commits the governments to ...": what the text binds them to)
# "In their final declaration the leaders committed themselves to ...": a commitment made in the text (but "In the
# statement the leaders pledge to ..." keeps its pledge verb)
# "an energy treaty under which Venezuela commits to ...": what the text binds a member to is the meeting's decision
_UNDER_WHICH = re.compile(rf"\b(?:{_TEXT_NOUNS}|agreement|treaty|charter|accord|pact|deal),?\s+(?:under|by)\s+which\s+"
                          r"(?:[\w’'-]+\s+){1,4}(?:also\s+)?$", re.I)
_EARLIER_WHERE = re.compile(r"\b(?:last\s+(?:year|month|week)|(?:19|20)\d\d|years?\s+ago|earlier)\s*,\s+(?:where|when)\s+"
                            r"(?:[\w’'-]+\s+){0,3}$")
_SINCE_YEAR = re.compile(r"\bsince\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:in\s+)?(?:19|20)\d\d\b")
# (but "replacing the board that has run the Pact since 1969", "the first summit since 1967": the since is another
# clause's)
_SINCE_GAP = re.compile(r",|\b(?:that|which|who|whose|has|had|have|been|first|only|last|frozen|held|run|kept|built|"
                        r"made|given|taken|known|paid|sold|won|lost|begun|chosen)\b|\b\w+(?:ed|ing)\b")
_IN_DOCUMENT = re.compile(rf"\b[Ii]n\s+(?:their|its|the)\s+(?:final\s+|joint\s+)?(?:{_TEXT_NOUNS})\s+(?:[\w-]+\s+){{1,3}}$")
_DET_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|this|that|our)\s+([a-z][\w-]*\s+)?$")
# "has endorsed the idea", "backed it": a restatement of an event counted where it was first described
_ANAPHORIC_OBJECT = re.compile(r"\s*(?:(?:the|this|that|these|those|such)\s+[a-z][\w-]*|it|them|this|that)\s*[,.;]?\s*$")


class _Hit:
    """A generic-frame hit with the match interface the rule code reads (group/start/end by name)."""

    __slots__ = ("groups", "spans")

    def __init__(self, groups: dict[str, str | None], spans: dict[str, tuple[int, int]]) -> None:
        """Named groups and their spans; the unnamed span is the whole hit."""
        self.groups, self.spans = groups, spans

    def group(self, name: str) -> str | None:
        """Text of a named group, or None."""
        return self.groups.get(name)

    def start(self, name: str = "") -> int:
        """Start of the hit or of a named group."""
        return self.spans[name][0]

    def end(self, name: str = "") -> int:
        """End of the hit or of a named group."""
        return self.spans[name][1]


def _generic_hits(text: str) -> list[_Hit]:
    """Verb, nominal-pledge and announcement hits of one sentence, in text order."""
    hits = []
    for match in GENERIC_VERB.finditer(text):
        verb = match.group("verb")
        det = _DET_BEFORE.search(text, max(0, match.start() - 30), match.start())
        if det and (not det.group(1) or not (verb.split()[0].endswith("ed") or det.group(1).rstrip().endswith("s")
                                             or (" " in verb and verb.split()[0] in ("set", "kept", "took", "did"))
                                             or (verb.split()[0].endswith("ing") and _TEXT_NOUN.fullmatch(
                                                 det.group(1).rstrip())))):
            continue  # "a pledge on gender equality", "the agreed text": a noun or adjective, not the verb (but "a
            # communique calling for a ceasefire": the text's own act, and "the summit set up": a past tense)
        if _NOUN_USE.search(text, max(0, match.start() - 20), match.start()) and verb.endswith("s"):
            continue  # "had made similar promises before": a plural noun, not the verb
        if _NOUN_TO.search(text, max(0, match.start() - 20), match.start()):
            continue  # "reserved the right to decide": the infinitive completes a noun, nobody decided
        neg = GENERIC_NEG.search(text, max(0, match.start() - 40), match.start())
        begin = neg.start() if neg else match.start()
        hits.append(_Hit({"verb": verb.lower(), "neg": neg.group() if neg else None},
                         {"": (begin, match.end()), "verb": match.span()}))
    if "pledge" in text or "commitment" in text or "promise" in text or "agreement" in text or "decision" in text:
        for match in GENERIC_NOUN.finditer(text):
            if _REPORTED_NOUN.search(text, max(0, match.start() - 30), match.start()):
                continue  # "the Kremlin said the decision to open talks would ...": a reference, not an act
            hits.append(_Hit({"noun": match.group("noun")}, {"": match.span(), "noun": match.span("noun")}))
    if " would " in text or " will " in text:
        for match in GENERIC_WOULD.finditer(text):
            hits = [h for h in hits if h.start() != match.start()]  # "announced that China would": one event
            hits.append(_Hit({"would": match.group("would"), "whom": match.group("whom")},
                             {"": match.span(), "whom": match.span("whom")}))
    if " will " in text:
        for match in GENERIC_WILL.finditer(text):
            hits.append(_Hit({"will": match.group("will"), "whom": match.group("whom")},
                             {"": (match.start(), match.start("will")), "whom": match.span("whom")}))
            for more in _AND_WILL.finditer(text, match.end()):  # "... and will begin sharing data": another plan
                hits.append(_Hit({"will": more.group("will"), "whom": match.group("whom")},
                                 {"": (more.start("will"), more.start("will")), "whom": match.span("whom")}))
        for match in GENERIC_STATE_WILL.finditer(text):
            if not any(h.start() == match.start("whom") for h in hits):
                hits.append(_Hit({"statewill": match.group("statewill"), "whom": match.group("whom")},
                                 {"": (match.start("whom"), match.start("statewill")), "whom": match.span("whom")}))
    if " of " in text:
        for match in GENERIC_NOMINAL.finditer(text):
            hits.append(_Hit({"noun": match.group("noun")}, {"": match.span("noun"), "noun": match.span("noun")}))
    hits.sort(key=lambda h: h.start())
    return hits


def _generic_facts(an: Analysis, masked: str, span: tuple[int, int], previous: tuple[int, int] | None,
                   summit_org: str | None, triggers: list[tuple[int, int, re.Pattern]],
                   texts: list[tuple[int, int]] = ()) -> list[Fact]:
    """Facts from the generic verb frames of one sentence (see frames.GENERIC_VERB), skipping events a
    specific frame already covered, verbs that only complement another ("agreed to set up"), and individuals'
    appeals ("X urged ...")."""
    start, end = span
    text = masked[start:end]
    matches = [m for m in _generic_hits(text) if not (m.group("statewill") and any(
        start + m.start() <= t0 < end for t0, _, _ in triggers))]  # a specific frame read the state's act already
    matches = [m for m in matches if not any(lo <= start + m.start() < hi for lo, hi in texts)]  # (the meeting's
    # text that calls for or condemns something: _text_reactions reads it)
    if not matches:
        return []
    heads, last_end = [], None
    for match in matches:  # "agreed to set up": the second verb is the first one's complement, not an event
        at = start + match.start()
        clause = clause_start(an.body, start, at)
        if last_end is None or last_end <= clause or _COMPLEMENT_GAP.search(masked, last_end, at):
            heads.append(match)
        last_end = start + match.end()
    facts, first_in_clause = [], {}
    for n, match in enumerate(heads):
        at = start + match.start()
        verb_at = start + (match.start("verb") if match.group("verb") else match.start())
        clause = clause_start(an.body, start, verb_at)
        nxt = heads[n + 1].start() + start if n + 1 < len(heads) else end
        stop = CLAUSE_BREAK.search(an.body, start + match.end(), nxt)
        seg_end = stop.start() if stop else nxt
        seg_start = clause if clause not in first_in_clause else verb_at
        first_in_clause.setdefault(clause, verb_at)
        covered = [t1 for t0, t1, _ in triggers if (seg_start <= t0 < seg_end or t0 <= verb_at < t1)
                   and not (t0 > verb_at and AND_BEFORE.search(masked, max(verb_at, t0 - 14), t0))]
        #   ("by calling for a ceasefire and electing X as chair": the frame after "and" is another event)
        covered_to = max(covered) if covered else None  # a specific frame took this event; coordinated ones
        #                                               after it ("... and to open a centre") are still events
        if (_PASSIVE_OR_MODAL.search(masked, max(start, at - 16), at) and not (
                match.group("noun") and LISTED_OUTCOME.fullmatch(masked, clause, at))) \
                or _BY_AGENT.match(masked, start + match.end()):  # (but "The second is a decision to ...": a listed one)
            continue  # "was launched", "could approve", "aid pledged by": not the clause's own decision
        if _PURPOSE_OR_STATE.search(masked, max(start, at - 24), at) or (
                (masked[max(start, at - 2):at] == ", " or _SINCE_BEFORE.search(masked, max(start, at - 40), at)
                 or _CONTACT_RELATIVE.search(masked, max(start, at - 40), at))
                and _PAST_TIME.search(masked, at, seg_end)):
            # ("the first council since leaders agreed in Trujillo last year to ...": an earlier act)
            # (and "the consensus, agreed with the junta in April 2021, ...": a reduced relative of an earlier act)
            continue  # "accepted largely to keep Trump on board", "an arrangement that has kept X away": no act
        since = _SINCE_YEAR.search(masked, start + match.end(), seg_end)
        if _EARLIER_WHERE.search(masked, max(start, at - 60), at) or (
                since and not _SINCE_GAP.search(masked, start + match.end(), since.start())):
            # ("Cuba has signed every declaration since the first summit in 1991": a habit of years, not this act)
            continue  # "since its summit at Victoria Falls in June last year, where leaders launched ...": that meeting's
        if _WHAT_BEFORE.search(masked, max(start, at - 40), at):
            continue  # "What NATO decided in Lisbon": a question or a heading, not an act
        if _TEXT_WHICH.search(masked, start, at):
            continue  # "adopted a joint vision statement ..., which calls for ... and backs Seoul's efforts": what the
            # adopted text says, not another act
        if _CONDITION_BEFORE.search(masked, clause, at):
            continue  # "If they agree a timetable, the force will ...": a condition, not an act
        if match.group("will"):
            cls, neg = "agree", False  # the members' own plan: the summit's decision
            actor = summit_org or generic_subject(an, start, clause, at, summit_org, previous)[0]
        elif match.group("statewill"):
            named = [f for f in an.found if start + match.start("whom") <= f.start < start + match.end("whom")
                     and f.kind in ("country", "demonym") and not f.in_quote]
            if not named:
                continue
            cls, neg, actor = "pledge", False, normalise_actor(an, named[0], summit_org)
        elif match.group("would"):
            cls, neg = "announce", False
            whom = match.group("whom")
            if whom.lower() in ("it", "they"):
                actor, kind_of = generic_subject(an, start, clause, at, summit_org, previous)
                if kind_of == "person" or actor is None:
                    continue  # ("Farm organisations have said they will bring tractors back": no one the text knows)
            elif whom in ("he", "she"):
                # "Xi said he would encourage Chinese companies to invest at least $10 billion": a head of state's
                # amount is his state's pledge (anyone else's "he would" is a plan or a hope, not the summit's)
                person = resolve_pronoun(an, start + match.start("whom"), whom)
                state = represented(an, person, None) if person else None
                if person and not (state and state.startswith("country:")):
                    state = office_affiliation(an, person)  # (the office the table says he held that day)
                if not (person in an.persons and _HEAD_ROLE.search(an.persons[person].role or "") and state
                        and state.startswith("country:") and _SUM.search(masked, start + match.end(), seg_end)):
                    continue
                actor, kind_of, cls = state, "state", "pledge"
            elif whom.split()[0].lower() in ("his", "her", "its", "their"):
                actor, kind_of = generic_subject(an, start, clause, at, summit_org, previous)
                if whom.split()[0].lower() in ("his", "her") and actor and actor.startswith("country:"):
                    cls = "pledge"  # "President X said his government would lift visa requirements": his state's
            else:
                named = [f for f in an.found if start + match.start("whom") <= f.start < start + match.end("whom")
                         and f.kind in ("country", "org", "city")]
                if not named:
                    continue
                actor, kind_of = normalise_actor(an, named[0], summit_org), "state"
                if match.group("would").lower().startswith(("said", "told")) and not COLLECTIVE.search(an.body, clause, at):
                    # "X said NATO would ..." reports; "the communique said the G7 would ..." decides, and so does
                    # a leader speaking for his own state ("President X said Rwanda would use its term to ...")
                    speakers = [f.key for f in an.persons_in(clause, at)]
                    pronoun = _SUBJECT_PRONOUN.match(an.body, clause) if not speakers else None
                    if pronoun:  # "He said Australia would provide the working group with its secretariat"
                        speakers = [resolve_pronoun(an, clause + pronoun.start(1), pronoun.group(1))]
                    if not any(key in an.persons and (represented(an, key, None) == actor or (
                                   pronoun and office_affiliation(an, key) == actor))
                               and _HEAD_ROLE.search(an.persons[key].role or "") for key in speakers):
                        continue
                    cls = "pledge"
                if cls == "announce" and (_AMOUNT.search(masked, start + match.end(), seg_end)
                                          or _GIVES.match(masked, start + match.end())):
                    cls = "pledge"  # "announced that France would send a battalion of 800 troops": a pledge
        else:
            verb = (match.group("verb") or match.group("noun") or "").lower()
            cls = _NOUN_CLASSES.get(verb) if match.group("noun") else VERB_CLASSES.get(verb)
            if cls is None:
                continue
            if cls == "task" and verb in ("asked", "asks"):
                asked = next((f for f in an.found if start + match.end() < f.start <= start + match.end() + 6
                              and not f.in_quote), None)
                if asked is not None and asked.key != summit_org and (asked.kind in ("country", "city") or re.search(
                        r"-(?:congress|parliament|senate|government)$", asked.key)):  # (an international body asked to
                    # study or mediate is given a task: "asked the OAS to study", "asked SADC to keep mediating")
                    cls = "call-for"  # "The presidents asked the United States Congress to approve ...", "asked
                    # Washington to ease interest rates": a call on an outside party, not a task for their own
            neg = bool(match.group("neg"))
            actor, kind_of = generic_subject(an, start, clause, verb_at, summit_org, previous)
            with_others = _WITH_THE_OTHERS.match(masked, start + match.end())
            if kind_of in ("person", "none") and with_others and summit_org:
                # "The Prime Minister also signed, with the other nine, the Solemn Declaration": the meeting's act
                actor, kind_of = summit_org, "body"
                stop = CLAUSE_BREAK.search(an.body, with_others.end(), end)
                seg_end = max(seg_end, stop.start() if stop else end)
            if kind_of == "none" or (kind_of == "state" and cls not in STATE_CLASSES and not neg):
                continue
            if (kind_of == "person" and neg and cls in STATE_CLASSES and actor and actor.startswith("country:")
                    and _HEAD_ROLE.search(an.body, clause, verb_at)):
                kind_of = "state"  # "Prime Minister X refused to sign on to the target": his government's act
            if kind_of == "person" and cls not in PLEDGE_CLASSES:
                continue
            if cls in NEGATED_ONLY and not neg:
                continue  # "leaders took part in a retreat" is no outcome; "Hungary would not take part" is
        rest = masked[start + match.end():seg_end]
        if match.group("verb") and (others := _WITH_THE_OTHERS.match(rest)):
            rest = " " + rest[others.end():]  # (the object after ", with the other nine,")
        antecedent = _ANTECEDENT.search(masked[start:at]) if not rest.strip(" .,;:") else None
        if antecedent:  # "India's nuclear tests last week, which the leaders condemned.": the object comes first
            rest = " " + antecedent.group(1)
        if NOT_AN_OUTCOME.match(rest) or (match.group("verb") and _ANAPHORIC_OBJECT.fullmatch(rest)):
            continue
        if (match.group("verb") or "").lower() in ("keep", "keeps", "kept") and re.match(r"\s*(?:on\s+)?[a-z]+ing\b", rest):
            continue  # "farm spending keeps rising": what goes on, not what anyone decided
        rest_at = start + match.end()
        heads = [(rest, cls)] + [(rest[m.start(1):], cls) for m in _AND_TO.finditer(rest)]
        if covered_to is not None:  # ... unless the same specific frame also reads the coordinated phrase
            heads = [h for h in heads[1:] if rest_at + len(rest) - len(h[0]) >= covered_to
                     and not any(pattern.search(h[0]) for _, _, pattern in triggers)]
        for n_head, (phrase, verb_cls) in enumerate(heads):
            lead = _OBJECT_LEAD.match(phrase)
            body_words = phrase[lead.end():] if lead else phrase
            if n_head + 1 < len(heads) and len(heads[n_head + 1][0]) < len(phrase):
                body_words = body_words[:len(body_words) - len(heads[n_head + 1][0])]
            slug = _slug(body_words)
            if not slug:
                continue
            seg = masked[verb_at:seg_end]
            before_verb = masked[max(0, verb_at - 60):verb_at]
            # ("The declaration commits the three to ...": what a text binds them to is what they decided)
            texts_commitment = bool(_DOCUMENT_SUBJECT.search(before_verb) or _UNDER_WHICH.search(before_verb)) or (
                verb_cls != "pledge" and bool(_IN_DOCUMENT.search(before_verb)))
            kind = ("outcome" if neg else "membership" if MEMBERSHIP_OBJECT.search(seg) and verb_cls != "task"
                    and verb_cls not in REACTION_CLASSES
                    else "pledge" if (verb_cls in PLEDGE_CLASSES or verb_cls in _RENEWING and _A_PLEDGE.match(rest)
                                                    and not _IT_BEFORE.search(masked, max(0, verb_at - 12), verb_at))
                    and not texts_commitment else "reaction" if verb_cls in REACTION_CLASSES else "decision")
            obj_at = start + match.end() + (len(rest) - len(phrase))
            objs = [f for f in an.found if obj_at <= f.start < seg_end and f.kind in ("country", "org")
                    and not f.in_quote and f.key != actor]
            obj = objs[0].key if objs else ""
            action = f"{'no-' if neg else ''}{verb_cls}-{slug}"
            key = f"{kind}:{actor or 'unknown'}:{action}:{obj}".rstrip(":")
            statement = _statement(an, actor, f"{'does not ' if neg else ''}{verb_cls.replace('-', ' ')}s "
                                               f"{body_words.strip()[:60]}", "")
            facts.append(Fact(key, kind, statement, start, end, an.display(actor) or actor, action,
                              an.display(obj) or obj or None))
            entry = _ENTRY_OF_STATES.search(masked, verb_at, seg_end) if kind == "decision" and not neg else None
            states = [f for f in an.found if entry and entry.start() <= f.start < entry.end() and f.kind == "country"
                      and not f.in_quote]
            if states and n_head == 0:
                # "agreed to open a single negotiation on ... and the entry of Spain and Portugal": the enlargement
                # the decision takes up is a membership fact of its own
                whom = "+".join([states[0].key] + [f.key.split(":", 1)[1] for f in states[1:]])  # ("country:es+pt")
                facts.append(Fact(f"membership:{actor or 'unknown'}:negotiate-entry:{whom}", "membership",
                                  _statement(an, actor, "takes up the entry of", states[0].key), start, end,
                                  an.display(actor) or actor, "negotiate-entry", an.display(states[0].key)))
    return facts


# "The leaders issued a statement condemning the violence", "adopted a separate statement calling on the United States
# to end its embargo", "The summit ended with a declaration calling on Israel to withdraw": what a text of the meeting
# calls for or condemns is the meeting's reaction (frames.REACTION_CLASSES), as a leader's own call would be
_TEXT_REACTS = re.compile(
    r"(?:\b(?:issu(?:ed|es?|ing)|adopt(?:ed|s|ing)?|sign(?:ed|s|ing)?|releas(?:ed|es?|ing)|approv(?:ed|es?|ing)|"
    r"agree[ds]?|produc(?:ed|es?|ing)|put\s+out|"
    r"(?:ended|ends|closed|closes|concluded|concludes)\s+(?:[\w-]+\s+){0,3}?with)\s+"
    r"(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:statement|declaration|resolution)\s+|"
    r"\b(?P<owned>(?:leaders|summit|bloc|alliance|ministers)[’']s?)\s+(?:[\w-]+\s+)?"
    r"(?:statement|declaration|resolution)\s+)"
    r"(?:(?:on|from|in)\s+(?:the\s+)?[\w’'-]+(?:\s+[A-Z][\w’'-]*)?\s+)?"
    r"(?P<verb>calling\s+(?:on|upon|for)|urging|condemning|demanding|denouncing)\s+(?P<rest>[^.;:]{3,200})")
_TEXT_REACT_VERB = re.compile(r"calling|urging|condemning|demanding|denouncing")
_MEETING_SUBJECT = re.compile(r"\b(?:conference|summit|meeting|session|talks|gathering)\b", re.I)
_TEXT_REACT_CLASS = {"calling": "call-for", "urging": "call-for", "demanding": "call-for", "condemning": "condemn",
                     "denouncing": "condemn"}


def _text_reactions(an: Analysis, masked: str, span: tuple[int, int], previous: tuple[int, int] | None,
                    summit_org: str | None) -> list[tuple[Fact, tuple[int, int]]]:
    """Reactions of the meeting read from a text it issued that calls for or condemns something, each with the span
    of the words that name the text and what it calls for."""
    start, end = span
    if not _TEXT_REACT_VERB.search(masked, start, end):
        return []  # (a plain scan for the gerund first: this runs for every sentence)
    facts = []
    for match in _TEXT_REACTS.finditer(masked, start, end):
        at = match.start()
        if GENERIC_NEG.search(masked, max(start, at - 40), at):
            continue  # "failed to adopt a resolution urging ...": no text, no call
        clause = clause_start(an.body, start, at)
        actor, kind_of = generic_subject(an, start, clause, at, summit_org, previous)
        if (kind_of == "none" or actor is None) and summit_org and (
                match.group("owned") or _MEETING_SUBJECT.search(an.body, clause, at)):
            actor, kind_of = summit_org, "collective"  # "The leaders' statement condemning ...", "The conference
            # itself ended with a declaration calling on ...": the meeting's own text
        if kind_of == "none" or actor is None:
            continue
        cls = _TEXT_REACT_CLASS[match.group("verb").split()[0].lower()]
        rest = match.group("rest")
        slug = _slug(rest)
        if not slug:
            continue
        objs = [f for f in an.found if match.start("rest") <= f.start < match.end("rest")
                and f.kind in ("country", "org") and not f.in_quote and f.key != actor]
        obj = objs[0].key if objs else ""
        action = f"{cls}-{slug}"
        key = f"reaction:{actor}:{action}:{obj}".rstrip(":")
        statement = _statement(an, actor, f"{cls.replace('-', ' ')}s {rest.strip()[:60]}", "")
        facts.append((Fact(key, "reaction", statement, start, end, an.display(actor) or actor, action,
                           an.display(obj) or obj or None), (match.start(), match.end())))
    return facts


def _actor(an: Analysis, frame: Frame, span: tuple[int, int], trigger: tuple[int, int, int],
           summit_org: str | None, previous: tuple[int, int] | None, issuers: dict[str, str]) -> str | None:
    """The frame's actor key, by the frame's actor rule (see frames.Frame.actor)."""
    (start, end), (at, at_end, anchor) = span, trigger
    if frame.actor == "experiencer":
        return experiencer(an, start, end, at, at_end, summit_org)
    if frame.actor == "body":
        return summit_org or nearest_org(an, start, end, at, None)
    if frame.actor == "nearest-org":
        return nearest_org(an, start, end, at, summit_org, at_end, issuers.get(frame.action))
    if frame.actor == "first-person":
        return first_person(an, start, at, summit_org)
    if frame.actor == "attendee":  # "Russia was not invited, and China, ..., stayed away": the clause's own subject
        if _IN_PLACE_OF.search(an.body, max(start, at_end - 20), at_end):
            absent = an.persons_in(at_end, min(end, at_end + 60))  # "Harris attended in place of X": X stayed away
            if absent:
                return absent[0].key
            if re.match(r"\s*(?:his|her|their)\b", an.body[at_end:at_end + 8]):
                return None  # "Prince Charles stood in for his mother": the absent one is not named here
        # (entities.CLAUSE_JOIN: unlike actors.CLAUSE_BREAK, ", and" counts and relative clauses do not)
        lo = max([start] + [m.end() for m in CLAUSE_JOIN.finditer(an.body, start, at)])
        stayed = _STAYED.search(an.body, at, at_end)
        if stayed:  # "The delegation was headed by X, as President Y remained in the USA": Y stayed away
            before = an.persons_in(at, stayed.start())
            if before:
                return before[-1].key
        sent = re.match(r"(he|she)\s+sent\b", an.body[at:at_end])
        if sent:  # "Trump did not; he sent his vice-president": the pronoun is the absent leader
            person = resolve_pronoun(an, at, sent.group(1))
            if person:
                return person
        if _HIS_PLACE.search(an.body, at, at_end):  # "X stayed in Paris, and Y and Z are at the table in his place"
            absent = an.persons_in(start, lo) if lo > start else []
            absent = absent or (an.persons_in(*previous) if previous else [])  # ("X cancelled. Y came in his place.")
            if absent:
                return absent[0].key
        people = an.persons_in(lo, at)
        if people and _REDUCED_RELATIVE.fullmatch(an.body, lo, people[0].start) \
                and re.search(r"[a-z]", an.body[people[0].end:at]):
            return None  # "The guest Moon most wanted did not come": the guest stayed away, not the one who wanted him
        if people:
            return people[0].key
        bodies = [f for f in an.found if lo <= f.start < at and not f.in_quote and f.kind in ("country", "org")]
        return bodies[0].key if bodies else subject(an, start, anchor, summit_org, previous)[0]
    actor, group = subject(an, start, anchor, summit_org, previous)
    if frame.action in _MULTILATERAL_PLEDGES and group and summit_org:
        return summit_org  # canonical actor rule: a group's support pledge belongs to the summit's organisation
    return actor


# "the entry of Spain and Portugal", "how Spain and Portugal are to be brought in": states' entry as an item
_ENTRY_OF_STATES = re.compile(r"\b(?:entry|accession|admission)\s+of\s+(?:[A-Z][\w’'-]*\s*(?:,|and)?\s*){1,6}|"
                              r"\bhow\s+(?:[A-Z][\w’'-]*\s*(?:,|and)?\s*){1,6}(?:is|are)\s+to\s+be\s+"
                              r"(?:brought\s+in|admitted)\b")
_WITH_THE_OTHERS = re.compile(r",?\s+(?:together\s+|along\s+)?with\s+the\s+other\s+(?:[\w-]+\s+)?(?:nine|eight|seven|six|"
                              r"five|ten|eleven|leaders|heads|members|presidents)\b,?")
_REDUCED_RELATIVE = re.compile(r"\s*[Tt]he\s+(?:guest|visitor|man|woman|one|person|leader\s+(?:whom|that))\s+")
_WHAT_BEFORE = re.compile(r"\b[Ww]hat\s+(?:[\w’'-]+\s+){1,3}$")
_STAYED = re.compile(r"\b(?:remained|stayed)\s+(?:at\s+home|in)\b")
_HIS_PLACE = re.compile(r"\b(?:his|her|their)\s+(?:place|stead)\b")


def _merge(facts: list[Fact]) -> list[Fact]:
    """Drop generic objects covered by a named one (a body created, a chair taken over from someone), declarations
    covered by their security commitments, and the absence of a leader who took part by video ("X took part by video
    link. Y attended in his place."); join the states one sentence admits, invites or grants a status together into
    one membership fact."""
    named = {(f.kind, f.actor, f.action) for f in facts if f.action == "create-body" and f.object != "new-body"}
    handed = {(f.kind, f.actor) for f in facts if f.action == "take-chair" and f.object}
    pledgers = {f.actor for f in facts if f.action == "security-commitments"}
    on_video = {f.actor for f in facts if f.action == "attend-by-video"}
    out: list[Fact] = []
    listed: dict[tuple, int] = {}  # (actor, action, span) of a membership fact -> its index in out
    for fact in facts:
        group = (fact.actor, fact.action, fact.char_start, fact.char_end)
        if fact.kind == "membership" and fact.object and group in listed:
            # "admitted nine new associate observers: Andorra, Argentina, ...": one admission, its states listed
            first = out[listed[group]]
            marker = f":{fact.action}:"
            more = fact.key[fact.key.find(marker) + len(marker):] if marker in fact.key else ""
            out[listed[group]] = replace(first, key=f"{first.key}+{more}" if more else first.key,
                                         statement=f"{first.statement}, {fact.object}",
                                         object=f"{first.object}, {fact.object}")
            continue
        if fact.kind == "membership" and fact.object:
            listed[group] = len(out)
        if fact.action == "create-body" and fact.object == "new-body" and (fact.kind, fact.actor, fact.action) in named:
            continue
        if fact.action == "take-chair" and not fact.object and (fact.kind, fact.actor) in handed:
            continue  # "X took over the chairmanship from Botswana's Y" ... "X will chair the bloc until next August":
            # one handover
        if fact.action == "adopt-declaration" and fact.actor in pledgers:
            continue
        if fact.action == "stay-away" and fact.actor in on_video:
            continue
        out.append(fact)
    return sorted(out, key=lambda f: f.char_start)
