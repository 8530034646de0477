"""One fact per decision when a sentence reports several at once.

"The leaders adopted a new Strategic Concept and launched a Membership Action Plan for the nine countries still
waiting" is two outcomes, and so is "They recognised space as an operational domain, committed themselves to secure
5G networks, and reaffirmed that an attack on one ally is an attack on all" three. The rules and the classifier give a
sentence one outcome fact; ``add_coordinated_facts`` adds one more for each decision verb coordinated with the first
(", and launched", "; signed", ", endorsed"), with the same actor, the same sentence as evidence, and an action and
object read from its own clause."""

from __future__ import annotations

import re

from extractors.facts.classify import OUTCOME_KINDS, slug_words, verb_lemma
from extractors.facts.entities import Analysis
from extractors.facts.frames import REACTION_CLASSES, VERB_CLASSES
from extractors.models import Fact

# the verbs that report a summit's decision, pledge or membership matter, in the past tense
_DECIDED = (r"agreed|adopted|approved|endorsed|launched|signed|decided|created|established|set\s+up|extended|renewed|"
            r"committed|pledged|promised|vowed|reaffirmed|recogni[sz]ed|admitted|granted|invited|appointed|elected|"
            r"named|chose|selected|kept|dropped|postponed|suspended|lifted|expanded|doubled|issued|unveiled|instructed|"
            r"tasked|called\s+for|urged|condemned|backed|accepted|rejected|welcomed")
_FIRST = re.compile(rf"\b(?:{_DECIDED})\b")
_NEXT = re.compile(rf"(?:,[ \t]+and|[ \t]+and|;|,)[ \t]+(?:also[ \t]+|then[ \t]+|later[ \t]+)?({_DECIDED})\b")
_NEGATION = re.compile(r"\b(?:not|never|no)\s+$")
_PLEDGES = frozenset({"committed", "pledged", "promised", "vowed"})


def _lemma(verb: str) -> str:
    """'launched' -> 'launch', 'set up' -> 'set-up', 'called for' -> 'call-for' (the classifier's lemmas)."""
    first, *rest = verb.split()
    return "-".join([verb_lemma(first), *rest])


def _kind(verb: str, base_kind: str) -> str:
    """A pledge verb makes a pledge, 'admitted' a membership matter, a call or a condemnation a reaction (as the rules
    kind them: frames.REACTION_CLASSES); else the sentence's own kind."""
    if verb in _PLEDGES:
        return "pledge"
    if verb == "admitted":
        return "membership"
    if VERB_CLASSES.get(verb) in REACTION_CLASSES:
        return "reaction"
    return base_kind if base_kind != "pledge" else "decision"


def _actor_key(fact: Fact) -> str | None:
    """The actor part of a '<kind>:<actor>:<action>[:<object>]' key."""
    if not fact.action:
        return None
    marker = f":{fact.action}"
    at = fact.key.find(marker, len(fact.kind) + 1)
    return fact.key[len(fact.kind) + 1:at] if at > len(fact.kind) + 1 else None


def add_coordinated_facts(an: Analysis, facts: list[Fact]) -> list[Fact]:
    """``facts`` plus one outcome-group fact per decision verb coordinated with the first one of a fact's sentence
    (outside quotations, not negated); keys already present are not added twice."""
    body, spans = an.body, set(an.sentences.spans)
    keys = {fact.key for fact in facts}
    done: set[int] = set()
    added: list[Fact] = []
    for fact in facts:
        if fact.kind not in OUTCOME_KINDS or fact.char_start in done or (fact.char_start, fact.char_end) not in spans:
            continue
        done.add(fact.char_start)
        actor = _actor_key(fact)
        start, end = fact.char_start, fact.char_end
        first = next((m for m in _FIRST.finditer(body, start, end) if not an.in_quote(m.start())), None)
        if actor is None or first is None:
            continue
        verbs = [m for m in _NEXT.finditer(body, first.end(), end) if not an.in_quote(m.start(1))
                 and not _NEGATION.search(body, max(start, m.start(1) - 12), m.start(1))]
        if verbs and "and" not in verbs[-1].group() and ";" not in verbs[-1].group():
            verbs = []  # a comma alone joins verbs only in a series that ends in "and" ("Syria, which was not
            # invited, rejected ...", "a rate of 15%, agreed this month by 136 countries": no second decision)
        # the rules may have read some of the decisions already: only the ones beyond their count are added
        room = len(verbs) + 1 - sum(1 for f in facts if f.kind in OUTCOME_KINDS and f.char_start == start)
        for n, match in enumerate(verbs):
            if room <= 0:
                break
            stop = verbs[n + 1].start() if n + 1 < len(verbs) else end
            verb = " ".join(match.group(1).split())
            rest = body[match.end(1):stop]
            action = f"{_lemma(verb)}-{slug_words(rest)}".strip("-")
            objects = [f for f in an.found if match.end(1) <= f.start < stop and f.kind in ("country", "org")
                       and not f.in_quote and f.key != actor]
            obj = objects[0].key if objects else ""
            kind = _kind(verb, fact.kind)
            key = f"{kind}:{actor}:{action}:{obj}".rstrip(":")
            if key in keys:
                continue
            keys.add(key)
            room -= 1
            shown = an.display(actor) or actor
            added.append(Fact(key, kind, f"{shown} {verb} {' '.join(rest.split()[:10])}".strip(), start, end,
                              shown, action, an.display(obj) or obj or None))
    return facts + added
