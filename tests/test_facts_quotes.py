"""Quotation patterns and speakers (extractors/facts/quotes.py)."""

from __future__ import annotations

from extractors.facts import extract_facts


def _quotes(body: str):
    return [(q.text, q.speaker_key, q.kind) for q in extract_facts(body).quotes]


def test_said_after_and_continuation():
    body = ('"We stand together," said NATO Secretary-General Jens Stoltenberg on Tuesday. '
            '"Nobody will divide us."')
    assert _quotes(body) == [("We stand together,", "person:jens-stoltenberg", "direct"),
                             ("Nobody will divide us.", "person:jens-stoltenberg", "direct")]


def test_intro_comma_and_pronoun_speaker():
    body = ("Belgian Prime Minister Alexander De Croo spoke first.\n\n"
            "He added, “We must keep supporting Ukraine.”")
    assert _quotes(body) == [("We must keep supporting Ukraine.", "person:alexander-de-croo", "direct")]


def test_split_quote_keeps_speaker():
    body = "“Russia must pay,” European Commission President Ursula von der Leyen said, “and it will.”"
    assert [s for _, s, _ in _quotes(body)] == ["person:ursula-von-der-leyen"] * 2


def test_partial_quote_and_quoted_term():
    body = ("Ukrainian President Volodymyr Zelenskyy called the delay 'unprecedented and absurd.' "
            "Officials said Ukraine need not present a “membership action plan” to join.")
    assert _quotes(body) == [("unprecedented and absurd.", "person:volodymyr-zelenskyy", "partial")]


def test_according_to_and_role_phrase():
    body = ("Ukrainian President Volodymyr Zelenskyy arrived late. Later the Ukrainian leader described the talks "
            "as “very productive.” According to Zelenskyy, the allies “understand what is at stake.”")
    assert [s for _, s, _ in _quotes(body)] == ["person:volodymyr-zelenskyy"] * 2


def test_reader_comment_text_yields_no_quotes():
    body = 'For all of the "symbolism" and "deepening ties", NATO needs to decide. Yes or no.'
    assert _quotes(body) == []
