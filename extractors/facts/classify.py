"""A small trained sentence classifier that finds fact sentences the verb frames miss.

The model is linear: each sentence becomes a set of sparse binary features (lower-cased words and word pairs,
crude stems, quotation shape, the kinds of entities it names, its place in the article), and one weight vector
per head scores it. The heads are independent logistic units (one-vs-rest):

- ``outcome``: the sentence reports a decision, pledge, outcome or membership fact;
- ``reaction``: the sentence reports someone's reaction to the summit;
- ``decision`` / ``pledge`` / ``outcome_kind`` / ``membership``: which outcome kind it is (argmax picks the kind).

Weights live in ``data/fact_classifier.json`` (written by ``benchmarks/train_fact_classifier.py``, which also
cross-validates the model and picks the thresholds stored with it) and are loaded lazily, once per process.
``add_classified_facts`` turns sentences the rules left without a fact of a group into facts when the group's
head scores above its threshold. Everything here is deterministic and reads only the body's sentences.

Status: the shipped model has its reaction head ON (threshold 0.75) and its outcome head OFF. In leave-one-summit-out
cross-validation over 175 articles (session 11) the reactions it adds are right 86% of the time (recall 0.325 ->
0.437, precision 0.833 -> 0.839 over the rules alone); the outcomes it would add are right under half the time,
mostly restatements of facts the rules already found (see the training script's notes). ``ENABLED``/``THRESHOLDS`` in the training script set this; retrain to change it.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from extractors.facts.actors import clause_start, first_person, generic_subject, reaction_object, represented
from extractors.facts.entities import Analysis
from extractors.facts.frames import OFFER
from extractors.facts.sentences import page_furniture
from extractors.models import Fact

HEADS = ("outcome", "reaction", "decision", "pledge", "outcome_kind", "membership")
OUTCOME_KINDS = ("decision", "pledge", "outcome", "membership")  # kind of each kind head, in HEADS order
MODEL_FILE = "fact_classifier.json"

_WORD = re.compile(r"[a-z0-9]+(?:[’'][a-z]+)?|[$€£%]")
_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ers", "ed", "es", "ly", "er", "s")
_NUMBER = re.compile(r"\d")
_MONEY = re.compile(r"[$€£]\s?\d|\d\s*(?:million|billion|trillion|bn)\b|\d\s*(?:%|percent|per cent)", re.I)
_QUOTE_OPEN = "“\"‘"
# Words too frequent to say anything alone; they still count inside word pairs.
_STOP = frozenset("the a an of to in and on for at by with as is was were be that this it its from has have had "
                  "their his her".split())


def stem(word: str) -> str:
    """Crude suffix-stripped stem: "pledged", "pledges", "pledging" -> "pledg"; short words stay as they are."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[:-len(suffix)]
    return word


def _bucket(value: int, edges: tuple[int, ...]) -> str:
    """Name of the first bucket whose upper edge is >= value ("<=4"), or ">last"."""
    for edge in edges:
        if value <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


def sentence_features(an: Analysis, index: int, summit_org: str | None = None) -> list[str]:
    """Sparse binary features of sentence ``index`` of an analysed body (deduplicated, in first-seen order).

    Words inside quotations get their own prefix, so "pledged" in the reporter's voice and in a quotation
    weigh differently."""
    start, end = an.sentences.spans[index]
    body = an.body
    text = body[start:end]
    lower = text.lower()
    inside = [(max(o, start) - start, min(c, end) - start) for o, c in an.quote_spans if o < end and c > start]
    feats = ["bias"]
    words: list[str] = []
    prev = "<s>"
    for match in _WORD.finditer(lower):
        word = match.group()
        quoted = any(o < match.start() < c for o, c in inside)
        tag = "q" if quoted else "w"
        if word not in _STOP:
            feats.append(f"{tag}:{word}")
            feats.append(f"s:{stem(word)}")
        feats.append(f"b:{prev}_{word}")
        words.append(word)
        prev = word
    if words:
        feats.append(f"f:{words[0]}")
        if len(words) > 1:
            feats.append(f"f2:{words[0]}_{words[1]}")
    quoted_chars = sum(c - o for o, c in inside)
    feats.append("quote:" + ("none" if not inside else "opens" if text[:1] in _QUOTE_OPEN
                             else "most" if quoted_chars * 2 > len(text) else "some"))
    kinds = {}
    for found in an.found:
        if found.start >= end:
            break
        if found.start >= start:
            key = f"{found.kind}{':q' if found.in_quote else ''}"
            kinds[key] = kinds.get(key, 0) + 1
            if summit_org and found.key == summit_org:
                feats.append("ent:summit-org")
    feats += [f"ent:{kind}" for kind in sorted(kinds)] or ["ent:none"]
    feats += [f"ent:{kind}>1" for kind in sorted(kinds) if kinds[kind] > 1]
    para = an.sentences.paragraphs[index]
    first_in_para = index == 0 or an.sentences.paragraphs[index - 1] != para
    feats.append("pos:" + _bucket(index, (0, 1, 3, 6, 10)))
    feats.append("para:" + _bucket(para, (0, 1, 3, 6)))
    feats.append("rel:" + str(min(4, 5 * index // max(1, len(an.sentences.spans)))))
    if first_in_para:
        feats.append("para-first")
    feats.append("len:" + _bucket(len(words), (6, 12, 20, 30, 45)))
    if _NUMBER.search(text):
        feats.append("has:number")
    if _MONEY.search(text):
        feats.append("has:money")
    if text.rstrip("”\"’' ").endswith("?"):
        feats.append("has:question")
    return list(dict.fromkeys(feats))


@dataclass(frozen=True)
class Model:
    """Linear one-vs-rest heads over sparse binary features."""

    weights: dict[str, tuple[float, ...]]  # feature -> one weight per head (HEADS order)
    bias: tuple[float, ...]
    thresholds: dict[str, float | None]  # "outcome"/"reaction": score a sentence needs to become a fact; None: off
    enabled: bool = True

    def scores(self, feats: list[str]) -> tuple[float, ...]:
        """Probability per head, HEADS order; features are scaled by 1/sqrt(count) as in training."""
        total = list(self.bias)
        scale = 1.0 / math.sqrt(len(feats)) if feats else 0.0
        weights = self.weights
        for feat in feats:
            row = weights.get(feat)
            if row is not None:
                for head, value in enumerate(row):
                    total[head] += value * scale
        return tuple(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, t)))) for t in total)


def model_from_json(data: dict) -> Model:
    """A ``Model`` from the JSON the training script writes."""
    heads = tuple(data["heads"])
    if heads != HEADS:
        raise ValueError(f"model heads {heads} != {HEADS}")
    scale = data.get("weight_scale", 1)  # weights stored as whole thousandths
    return Model({feat: tuple(x / scale for x in row) for feat, row in data["weights"].items()}, tuple(data["bias"]),
                 dict(data["thresholds"]), bool(data.get("enabled", True)))


@lru_cache(maxsize=1)
def load_model() -> Model:
    """The shipped model (package data), read once per process."""
    text = resources.files("extractors.facts").joinpath("data", MODEL_FILE).read_text(encoding="utf-8")
    return model_from_json(json.loads(text))


# The main verb of a reporter's sentence: a past-tense or present verb after the subject.
_VERB = re.compile(r"\b(?:agreed|pledged|promised|committed|vowed|decided|adopted|approved|endorsed|launched|"
                   r"announced|signed|called|urged|demanded|reaffirmed|affirmed|condemned|welcomed|rejected|"
                   r"critici[sz]ed|praised|hailed|backed|supported|set|made|gave|granted|invited|admitted|"
                   r"established|created|named|elected|chose|failed|refused|declined|dropped|left|stressed|"
                   r"recogni[sz]ed|expressed|warned|accused|dismissed|described|insisted|noted|said|says|"
                   r"[a-z]{3,}ed|agrees|pledges|commits|calls|urges|demands|welcomes|rejects)\b")
_NEGATION = re.compile(r"\b(?:not|no|never|without|failed to|refused to|declined to)\b", re.I)
_SLUG_SKIP = frozenset("a an the to of for on in at by with and but while as its their his her our up off new also "
                       "that this which who would will be is was were are has have had monday tuesday wednesday "
                       "thursday friday saturday sunday today".split())
_SPEECH = re.compile(r"\b(?:said|says|told|added|argued|insisted|wrote|stressed|warned|noted)\b")
# Not a fact of this meeting: hedged, hypothetical or about an earlier time.
_HEDGE = re.compile(r"\b(?:could|might|(?-i:may)|should|if|whether|expected to|likely to|hopes? to|plans? to)\b", re.I)
# A small, hand-kept set of reaction words: a reaction sentence has a speaker and an evaluation.
# ("must not become a club" prescribes; it criticises nothing)
_TONE_NEG = re.compile(r"\b(?:criticis|criticiz|condemn|reject|denounc|slam|blast|dismiss|regret|disappoint|fail|"
                       r"(?<!must )(?<!should )(?<!shall )(?<!need )not|never|unacceptable|wrong|hypocri|lectur|theft|"
                       r"illegal|farce|sham)\w*", re.I)
_TONE_POS = re.compile(r"\b(?:welcom|prais|hail|applaud|success|historic|important|great|good|strong|unity|united|"
                       r"progress|breakthrough|milestone|grateful|gratitude|thank)\w*", re.I)


def slug_words(text: str) -> str:
    """Up to three content words as a key fragment."""
    words = [w for w in re.findall(r"[a-z][a-z0-9\-]*", text.lower()) if w not in _SLUG_SKIP]
    return "-".join(words[:3])


def verb_lemma(verb: str) -> str:
    """Lemma-ish form of an English verb: "pledged" -> "pledge", "agreed" -> "agree", "calls" -> "call"."""
    verb = verb.lower()
    irregular = {"made": "make", "gave": "give", "set": "set", "left": "leave", "chose": "choose", "says": "say",
                 "said": "say", "agreed": "agree", "agrees": "agree"}
    if verb in irregular:
        return irregular[verb]
    if verb.endswith("ied"):
        return verb[:-3] + "y"
    if verb.endswith("ed"):
        base = verb[:-2]
        if len(base) > 2 and base[-1] == base[-2] and base[-1] not in "ls":
            return base[:-1]  # "committed" -> "commit"
        if base.endswith(("at", "iz", "is", "ir", "ur", "ov", "ag", "rs", "ng", "lv", "ens", "rg", "uc", "nc")):
            return base + "e"  # "adopted" stays, "approved" -> "approve", "pledged" -> "pledge"
        return base
    if verb.endswith("es") and verb[:-2].endswith(("ss", "sh", "ch", "x")):
        return verb[:-2]
    return verb[:-1] if verb.endswith("s") else verb


def _statement(an: Analysis, actor: str | None, phrase: str) -> str:
    """Canonical sentence: '<actor> <phrase>'."""
    return f"{an.display(actor) or actor or 'Someone'} {phrase}".strip()


def _outcome_fact(an: Analysis, index: int, kind: str, summit_org: str | None) -> Fact | None:
    """An outcome-group fact for a sentence the classifier picked: the main verb after the clause's subject, its
    actor (the subject, else the summit's body for communique sentences), a slug of what follows as the object."""
    start, end = an.sentences.spans[index]
    body = an.body
    verbs = [m for m in _VERB.finditer(body, start, end) if not an.in_quote(m.start())]
    verb = next((m for m in verbs if not _SPEECH.fullmatch(m.group())), verbs[0] if verbs else None)
    at = verb.start() if verb else start
    previous = an.sentences.spans[index - 1] if index else None
    if verb:
        actor, _ = generic_subject(an, start, clause_start(body, start, at), at, summit_org, previous)
    else:
        actor = None
    actor = actor or summit_org
    if verb is not None:
        lemma = verb_lemma(verb.group())
        rest = body[verb.end():end]
    else:
        lemma, rest = "state", body[start:end]
    negated = bool(_NEGATION.search(body, max(start, at - 20), verb.end() if verb else end))
    action = f"{'no-' if negated else ''}{lemma}-{slug_words(rest)}".strip("-")
    objs = [f for f in an.found if (verb.end() if verb else start) <= f.start < end and f.kind in ("country", "org")
            and not f.in_quote and f.key != actor]
    obj = objs[0].key if objs else ""
    key = f"{kind}:{actor or 'unknown'}:{action}:{obj}".rstrip(":")
    shown = f"{'does not ' if negated else ''}{lemma}s {' '.join(rest.split()[:10])}".strip()
    return Fact(key, kind, _statement(an, actor, shown), start, end, an.display(actor) or actor, action,
                an.display(obj) or obj or None)


def _reaction_fact(an: Analysis, index: int, summit_org: str | None) -> Fact | None:
    """A reaction fact for a sentence the classifier picked: its first speaker (by whom they speak for), the tone
    of its words (welcome/criticize, else react) and the summit's body (or the entity named after) as the object.
    None when nobody identifiable reacts or the summit's body would react to itself."""
    start, end = an.sentences.spans[index]
    previous = an.sentences.spans[index - 1] if index else None
    person = first_person(an, start, end, summit_org)
    if person is None:
        return None
    actor = represented(an, person, previous)
    if actor == summit_org and person.startswith("person:"):
        actor = person
    if actor is None or actor == summit_org:
        return None
    text = an.body[start:end]
    neg, pos = len(_TONE_NEG.findall(text)), len(_TONE_POS.findall(text))
    action = "criticize" if neg > pos else "welcome" if pos > neg else "react"
    obj = summit_org or reaction_object(an, start, end, actor, None)
    if not obj:
        return None
    phrase = {"criticize": "criticises", "welcome": "welcomes", "react": "reacts to"}[action]
    key = f"reaction:{actor}:{action}:{obj}"
    return Fact(key, "reaction", f"{_statement(an, actor, phrase)} {an.display(obj) or obj}", start, end,
                an.display(actor) or actor, action, an.display(obj) or obj)


REACTION_ACTOR = re.compile(r"reaction:((?:[a-z]+:[^:+]+\+)*[a-z]+:[^:]+):")


def classify_sentences(an: Analysis, summit_org: str | None, model: Model | None = None) -> list[tuple[float, ...]]:
    """Head scores (HEADS order) for every sentence of an analysed body."""
    model = model or load_model()
    return [model.scores(sentence_features(an, i, summit_org)) for i in range(len(an.sentences.spans))]


def add_classified_facts(an: Analysis, facts: list[Fact], summit_org: str | None,
                         model: Model | None = None, quotes: tuple = ()) -> list[Fact]:
    """``facts`` plus one fact for each sentence the rules left without a fact of a group (outcome or reaction)
    whose group head scores at or above the model's threshold (a sentence quoting a speaker other than the summit's
    body needs only the "reaction_quoted" threshold for a reaction). Sentences with a question, a hedge ("could",
    "might", "if") or no summit at all never become facts; keys already present are kept from the rules."""
    model = model or load_model()
    if not model.enabled or not summit_org or not an.sentences.spans:
        return facts
    covered = {"outcome": set(), "reaction": set()}
    for fact in facts:
        covered["reaction" if fact.kind == "reaction" else "outcome"].add(fact.char_start)
    keys = {fact.key for fact in facts}
    reactors = {m.group(1) for fact in facts if (m := REACTION_ACTOR.match(fact.key))}
    added: list[Fact] = []
    t_out, t_react = model.thresholds.get("outcome"), model.thresholds.get("reaction")
    t_quoted = model.thresholds.get("reaction_quoted")
    if t_out is None and t_react is None:
        return facts
    quoted = {an.sentences.index_at(q.char_start) for q in quotes if q.speaker_key and q.speaker_key != summit_org} \
        if t_quoted is not None and t_react is not None else set()
    for index, (start, end) in enumerate(an.sentences.spans):
        need_out = t_out is not None and start not in covered["outcome"]
        need_react = t_react is not None and start not in covered["reaction"]
        if not (need_out or need_react) or end - start < 25 or page_furniture(an.body, start, end):
            continue
        scores = model.scores(sentence_features(an, index, summit_org))
        text = an.body[start:end]
        if need_out and scores[0] >= t_out and not _HEDGE.search(text) and not text.rstrip("”\"’' ").endswith("?"):
            kind = OUTCOME_KINDS[max(range(4), key=lambda k: scores[2 + k])]
            fact = _outcome_fact(an, index, kind, summit_org)
            if fact and fact.key not in keys:
                keys.add(fact.key)
                added.append(fact)
        if need_react and scores[1] >= (min(t_react, t_quoted) if index in quoted else t_react) \
                and not OFFER.search(text):
            fact = _reaction_fact(an, index, summit_org)
            actor = REACTION_ACTOR.match(fact.key).group(1) if fact else None
            if fact and fact.key not in keys and actor not in reactors:  # one reaction per actor
                keys.add(fact.key)
                reactors.add(actor)
                added.append(fact)
    return sorted(facts + added, key=lambda f: f.char_start) if added else facts


__all__ = ["HEADS", "REACTION_ACTOR", "Model", "add_classified_facts", "classify_sentences", "load_model",
           "model_from_json", "sentence_features", "slug_words", "stem"]
