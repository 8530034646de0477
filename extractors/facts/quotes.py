"""Direct and partial quotations with their speakers; quoted terms are left out."""

from __future__ import annotations

import re

from extractors.facts.entities import SPEECH_VERBS, Analysis, resolve_it, resolve_pronoun
from extractors.models import Quote

_VERB = re.compile(rf"\b(?:{SPEECH_VERBS})\b")
_INTRO = re.compile(rf"\b(?:{SPEECH_VERBS})\b[^“”\"]{{0,40}}[,:]\s*$")
_CUE = re.compile(
    rf"\b(?:{SPEECH_VERBS}|call(?:s|ed|ing)?|describ(?:es|ed|ing)|dubbed|hail(?:s|ed)|label(?:l?ed)|termed|branded|"
    r"critique|criticism|characteri[sz]ed|outlined|summary|statement|declaration|communiqu[eé]|urg(?:es|ed)|"
    r"demand(?:s|ed)|insist(?:s|ed)|vow(?:s|ed)|pledg(?:es|ed)|[Aa]ccording to|saying|adding|noting|warning|telling|"
    r"arguing|insisting|stressing|calling|describing|welcom(?:ed|es|ing)|prais(?:ed|es|ing)|"
    r"commit(?:s|ted|ting)?|critici[sz](?:ed|es|ing)|condemn(?:ed|s|ing)|reject(?:ed|s|ing)|dismiss(?:ed|es|ing)|denounc(?:ed|es|ing)|"
    r"slamm?(?:ed|s|ing)|accus(?:ed|es|ing))\b"
)
# "what he called a ...", "praised the resolution as a ...": a characterisation, so a quotation despite the article
_CHARACTERISED = re.compile(
    r"\b(?:call(?:s|ed|ing)?|describ(?:es|ed|ing)|termed|dubbed|branded|labell?ed)\s+(?:as\s+)?(?:a|an|the)\s+$|"
    r"\b\w+(?:ed|es|ing)\s+(?:(?:it|them|this|that|the|their|its|his|her)\s+)?(?:\w+\s+){0,2}as\s+(?:a|an|the)\s+$",
    re.I)
# "Chinese officials said": a demonym before an official noun speaks for its country
_OFFICIALS = re.compile(r"\s+(?:officials?|diplomats?|government|authorities|ministry|foreign ministry|spokes\w+|"
                        r"negotiators?|delegation|embassy|state media|leaders?)\b")
_DETERMINER = re.compile(r"\b(?:a|an|the|its|their|his|her|our|this|that|so-called)\s+$", re.I)
_ACCORDING = re.compile(r"\b[Aa]ccording to\s+")
_GROUP = re.compile(
    r"\b(?:the|their|its)\s+(?:\w+\s+)?(?:leaders|allies|members|alliance|declaration|communiqu[eé]|"
    r"statement|summit)\b", re.I
)
# "..." peace: a quoted modifier of a noun outside the quotation is someone's wording, not a term
_PREMODIFIER = re.compile(r"[ \t]+(?!(?:of|to|in|on|at|for|from|with|by|and|or|but|that|which|who|as|is|are|was|"
                          r"were|has|have|had|will|would|could|should|may|might|can|said|says)\b)[a-z][a-z\-]+\b")
_ACCORDING_AFTER = re.compile(r"[,.]?\s*according to\s+")
_PARTICIPLE = re.compile(r",\s+$")
_PASSIVE = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+$")
_IT_AT = re.compile(r"(?:^|(?<=[\s,]))[Ii]t(?=\s+(?:said|says|added|wrote|warned|stated|noted)\b)|"
                    r"(?<=\bsaid )it\b")
_PRONOUN_AT = re.compile(r"\b([Hh]e|[Ss]he)\b")
_SPEAKER_KINDS = ("person", "org", "country")


def _candidates(an: Analysis, start: int, end: int) -> list[tuple[int, str]]:
    """Possible speakers in [start, end): (offset, key) for people, organisations, countries and he/she."""
    out = [(f.start, f.key) for f in an.found if f.kind in _SPEAKER_KINDS and start <= f.start < end
           and not f.in_quote and f.start >= an.dateline_end]
    for match in _PRONOUN_AT.finditer(an.body, start, end):
        if not an.in_quote(match.start()):
            key = resolve_pronoun(an, match.start(), match.group(1))
            if key:
                out.append((match.start(), key))
    for match in _IT_AT.finditer(an.body, start, min(len(an.body), end + 12)):
        if match.start() < end and not an.in_quote(match.start()):
            key = resolve_it(an, match.start())
            if key:
                out.append((match.start(), key))
    city_keys = [(f.start, an.gazetteer.city_country.get(f.key)) for f in an.found
                 if f.kind == "city" and start <= f.start < end and not f.in_quote and f.start >= an.dateline_end]
    out.extend((pos, key) for pos, key in city_keys if key)
    out.extend((f.start, f.key) for f in an.found if f.kind == "demonym" and start <= f.start < end
               and not f.in_quote and _OFFICIALS.match(an.body, f.end))
    return sorted(out)


def _pick(cands: list[tuple[int, str]]) -> str | None:
    """Prefer a person over an organisation or country."""
    for _, key in cands:
        if key.startswith("person:"):
            return key
    return cands[0][1] if cands else None


def _after_speaker(an: Analysis, close: int, limit: int) -> str | None:
    """Speaker in '…," said X' / '…," X told reporters'."""
    after = an.body[close + 1:limit]
    verb = _VERB.search(after, 0, 60)
    lead = re.match(r"[,.!?—–-]?\s*", after)
    if verb is None or lead is None:
        return None
    gap = after[lead.end():verb.start()]
    if len(gap.split()) > 8 or any(p in gap for p in ",;.“”\""):
        return None
    base = close + 1
    if not gap.strip():  # verb first: "said NATO Secretary-General Jens Stoltenberg"
        cands = _candidates(an, base + verb.end(), base + min(len(after), verb.end() + 70))
        return _pick(cands)
    cands = _candidates(an, base + lead.end(), base + verb.start())
    return cands[-1][1] if cands else None


def _intro_speaker(an: Analysis, begin: int, opening: int) -> str | None:
    """Speaker in 'X stated on Wednesday, "…' / 'He added, "…'."""
    before = an.body[begin:opening]
    match = _INTRO.search(before)
    if not match:
        return None
    according = _ACCORDING.search(before)
    if according:
        return _pick(_candidates(an, begin + according.end(), begin + according.end() + 60))
    cands = _candidates(an, begin, begin + match.start())
    persons = [c for c in cands if c[1].startswith("person:")]
    return (persons or cands)[-1][1] if cands else None


def _partial_speaker(an: Analysis, sent_start: int, opening: int, summit_org: str | None,
                     clause_start: int | None = None) -> tuple[bool, str | None]:
    """(is a quotation, speaker) for a quotation embedded in a clause; terms give (False, None). The speaker is
    the subject of the cue nearest the quotation, looked for after any earlier quotation of the sentence."""
    body = an.body
    before = body[sent_start:opening]
    cues = [m for m in _CUE.finditer(before) if not an.in_quote(sent_start + m.start())
            and not _PASSIVE.search(before, max(0, m.start() - 12), m.start())]
    if not cues or len(before[cues[-1].end():].split()) > 15:
        return False, None
    according = _ACCORDING.search(before)
    if according:
        return True, _pick(_candidates(an, sent_start + according.end(), sent_start + according.end() + 60))
    lo = clause_start if clause_start is not None else sent_start
    near = [m for m in cues if sent_start + m.start() >= lo] or cues
    cue_at = sent_start + near[-1].start()
    if near[-1].group().endswith("ing") and _PARTICIPLE.search(before, 0, near[-1].start()) and len(near) > 1:
        cue_at = sent_start + near[0].start()  # "X said ..., calling it '...'": the main clause's subject speaks
    cands = _candidates(an, lo, cue_at)
    if not cands and lo > sent_start:
        cue_at = sent_start + cues[0].start()
        cands = _candidates(an, sent_start, cue_at)
        lo = sent_start
    persons = [c for c in cands if c[1].startswith("person:")]
    if persons:
        return True, persons[0][1]
    if _GROUP.search(body, lo, cue_at) and summit_org and not cands:
        return True, summit_org
    return True, (cands[0][1] if cands else summit_org)


def extract_quotes(an: Analysis, summit_org: str | None = None) -> list[Quote]:
    """Every quotation with a speaker where the text gives one; quoted terms are skipped."""
    body, spans = an.body, an.quote_spans
    quotes: list[Quote] = []
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
        introduced = not before.strip() or before.rstrip().endswith((",", ":"))
        words = len(inner.split())
        kind, speaker = "direct", None
        if introduced:
            speaker = _after_speaker(an, close, next_start) if inner.rstrip()[-1:] in ",?!—-" else None
            speaker = speaker or _intro_speaker(an, prev_end, opening)
            if speaker is None and not before.strip() and last and last[2] == para and last[0] >= s_first - 1:
                speaker = last[1]
            if speaker is None and words < 4:
                continue
        else:
            according = _ACCORDING_AFTER.match(body, close + 1)
            if words <= 4 and _DETERMINER.search(before) and not _CHARACTERISED.search(body, sent_start, opening) \
                    and not (inner[:1].islower() and _PREMODIFIER.match(body, close + 1)
                             and not before.rstrip().endswith("so-called")) and not according:
                continue
            if according:  # '... would be "lean and cheap to run," according to X'
                is_quote = True
                speaker = _pick(_candidates(an, according.end(), min(len(body), according.end() + 60)))
            else:
                is_quote, speaker = _partial_speaker(an, sent_start, opening, summit_org,
                                                     prev_end if prev_end > sent_start else None)
            if not is_quote:
                continue
            kind = "partial"
        quotes.append(Quote(
            text=inner, char_start=opening + 1, char_end=close, speaker=an.display(speaker), speaker_key=speaker,
            sentence_start=sent_start, sentence_end=sent_end, kind=kind,
        ))
        last = (s_last, speaker, para)
    return quotes
