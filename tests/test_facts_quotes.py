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


def test_organisation_pronoun_and_bare_role_speakers():
    body = ('The Kremlin condemned the decision on Friday. "This is a dangerous step," it said in a statement.\n\n'
            'Maria Zakharova, the foreign ministry spokeswoman, was blunter. "Nobody asked us," the spokeswoman said.')
    # (the Kremlin, a leader's seat, speaks for its country, as every gold set keys it; round 30 changed this)
    assert _quotes(body) == [("This is a dangerous step,", "country:ru", "direct"),
                             ("Nobody asked us,", "person:maria-zakharova", "direct")]


def test_characterisation_after_article_is_a_quote_and_later_clause_has_its_own_speaker():
    body = ('Kenyan President William Ruto condemned what he called a "return of coups." '
            'He said the plan was "overdue," a view that China\'s foreign ministry dismissed as "naive."')
    assert _quotes(body) == [("return of coups.", "person:william-ruto", "partial"),
                             ("overdue,", "person:william-ruto", "partial"),
                             ("naive.", "country:cn", "partial")]


def test_demonym_officials_speak_for_their_country():
    body = 'Leaders met in Paris. Chinese officials said the talks were "frank" and useful.'
    assert _quotes(body) == [("frank", "country:cn", "partial")]
