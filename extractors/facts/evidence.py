"""Evidence spans: a fact read from a sentence that quotes someone is widened over the rest of what they said in one
go, a fact read from a sentence that names a speaker over the quotation that follows it, and an outcome over a
next sentence that goes on about the same act."""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.facts.entities import Analysis
from extractors.models import Fact, Quote


def run_end(an: Analysis, first: Quote, by_sentence: dict[int, set]) -> int:
    """End of the speaker's run of quotations from ``first``: all they said in one go ('"This is not a club against
    anyone," he said. "It is a club for connecting Europe."'), up to the first sentence without a quotation of theirs
    or with another speaker's (``by_sentence``: the speakers each sentence quotes, from speakers_by_sentence)."""
    end, spans = first.sentence_end, an.sentences.spans
    index = an.sentences.index_at(first.char_start) + 1
    while by_sentence.get(index) == {first.speaker_key} and spans[index][0] >= end:
        end = max(end, spans[index][1])
        index += 1
    return end


def speakers_by_sentence(an: Analysis, quotes: tuple[Quote, ...]) -> dict[int, set]:
    """Sentence index -> the speaker keys of the quotations that start in it."""
    by_sentence: dict[int, set] = {}
    for quote in quotes:
        by_sentence.setdefault(an.sentences.index_at(quote.char_start), set()).add(quote.speaker_key)
    return by_sentence


def introduces(an: Analysis, speaker: str, previous: int, by_sentence: dict[int, set]) -> bool:
    """Whether sentence ``previous``, which quotes no one, names the speaker of the quotations right after
    it ('Iohannis opened the summit with a warning to sceptics. "This is not a club against anyone," he said.', also
    when the quotation names them again: '... "The Pact is finished," Walesa said.'): the lead-in is part of what
    they said."""
    lo, hi = an.sentences.spans[previous]
    named = [f for f in an.found if f.key == speaker]
    return previous not in by_sentence and any(lo <= f.start < hi for f in named)


def widen_to_runs(an: Analysis, facts: list[Fact], quotes: tuple[Quote, ...]) -> list[Fact]:
    """``facts`` with each evidence span widened over its speaker's run of quotations: the sentences right after it
    that quote the speaker of its own quotation (and the lead-in before it that names them), or, when it quotes no
    one, the speaker it names."""
    by_sentence, spans, out = speakers_by_sentence(an, quotes), an.sentences.spans, []
    for fact in facts:
        inside = [q for q in quotes if fact.char_start <= q.char_start < fact.char_end]
        if inside:
            speakers = {q.speaker_key for q in inside}
            if len(speakers) == 1 and None not in speakers:
                speaker, index = next(iter(speakers)), an.sentences.index_at(fact.char_start)
                start = fact.char_start
                end = max(fact.char_end, run_end(an, max(inside, key=lambda q: q.char_start), by_sentence))
                if index and introduces(an, speaker, index - 1, by_sentence):
                    start = spans[index - 1][0]
                fact = replace(fact, char_start=start, char_end=end)
        else:
            index = an.sentences.index_at(max(fact.char_end - 1, fact.char_start)) + 1
            speakers = by_sentence.get(index, set())
            if len(speakers) == 1 and None not in speakers and index < len(spans):
                # ("Walesa pressed for a quick end to the Pact. "The Pact is finished," Walesa said.": the quotation
                # that follows is the rest of what the speaker the fact names said)
                speaker = next(iter(speakers))
                named = [f for f in an.found if f.key == speaker]
                s, e = spans[index]
                if any(fact.char_start <= f.start < fact.char_end for f in named):
                    first = min((q for q in quotes if s <= q.char_start < e), key=lambda q: q.char_start)
                    fact = replace(fact, char_end=max(e, run_end(an, first, by_sentence)))
        out.append(fact)
    return out


# a sentence that goes on about the same act: "It sets up a group of eight ...", "The deal brought Palau ...", "He left
# before the communique came out" (after "Putin did not stay to the end")
_GOES_ON = re.compile(r"(?:It|Its|He|She|They|The\s+(?:declaration|text|deal|agreement|treaty|accord|plan|programme|"
                      r"program|package|document|pact|charter|communiqu[eé]))\s")


def widen_over_continuations(an: Analysis, facts: list[Fact]) -> list[Fact]:
    """``facts`` with an outcome's evidence widened over the next sentence of its paragraph when that sentence goes on
    about the same act with a pronoun or "the declaration" as its subject, and no other fact starts there."""
    spans, paragraphs, out = an.sentences.spans, an.sentences.paragraphs, []
    starts = {an.sentences.index_at(f.char_start) for f in facts}
    for fact in facts:
        index = an.sentences.index_at(max(fact.char_end - 1, fact.char_start)) + 1
        if index < len(spans) and paragraphs[index] == paragraphs[index - 1] \
                and index not in starts and _GOES_ON.match(an.body, spans[index][0]):
            fact = replace(fact, char_end=max(fact.char_end, spans[index][1]))
        out.append(fact)
    return out


__all__ = ["introduces", "run_end", "speakers_by_sentence", "widen_over_continuations", "widen_to_runs"]
