"""The facts stage never raises, whatever the text: property test over tricky token soups."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.facts import extract_facts

TOKENS = [
    "President", "Joe", "Biden", "Jr.", "da", "Silva", "al-Sisi", "Xi", "NATO", "EU", "the", "summit", "in", "Vilnius",
    "Lithuania", "on", "Wednesday", "July", "11", "2023", "said", "told", "reporters", "according", "to", "he", "she",
    "it", "pledged", "agreed", "to", "launch", "condemned", "\u201c", "\u201d", '"', "'", "\u2018", "\u2019", ",", ".",
    ":", ";", "-", "\u2014", "(", ")", "\n", "\n\n", "Mr.", "Dr.", "U.S.", "Prime", "Minister", "Secretary-General",
    "Jens", "Stoltenberg", "Zelensky", "Zelenskyy", "of", "and", "will", "host", "next", "year", "A", "B", "C", "I",
    "Mc", "O'Brien", "St.", "Jan.", "12/16/08", "\u00e9", "\u00c9", "ZZZ", "a", "\t", "  ",
    "de", "De", "da", "Da", "van", "Van", "La", "la", "Al", "al", "bin", "von", "Der", "Lula", "Inacio", "'s",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(TOKENS), max_size=120), st.booleans())
def test_extract_facts_never_raises(tokens, glue):
    text = ("" if glue else " ").join(tokens)
    extraction = extract_facts(text, title=" ".join(tokens[:5]) or None)
    for q in extraction.quotes:
        assert 0 <= q.char_start <= q.char_end <= len(text)
    for f in extraction.facts:
        assert 0 <= f.char_start <= f.char_end <= len(text)


def test_frames_skip_a_run_on_sentence_but_read_the_next_one():
    """A list or unpunctuated dump split as one huge "sentence" is not read by the frames (their cost grows with the
    square of its verbs); the real sentence after it still is."""
    from extractors.facts.outcomes import MAX_SENTENCE_CHARS

    run_on = "At the NATO summit in Vilnius " + "leaders agreed and pledged and said " * 600
    assert len(run_on) > MAX_SENTENCE_CHARS
    real = "NATO leaders agreed on Tuesday to create a NATO-Ukraine Council at the summit in Vilnius."
    alone = extract_facts(real, title="NATO summit in Vilnius")
    assert alone.facts  # the control: this sentence fires a frame on its own
    both = extract_facts(run_on + ".\n\n" + real, title="NATO summit in Vilnius")
    start = len(run_on) + 3
    assert both.facts and all(f.char_start >= start for f in both.facts)
