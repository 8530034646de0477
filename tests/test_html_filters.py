"""Paragraph line rules: the lower-case variants used for speed must match exactly what the rules match."""

from __future__ import annotations

import re

import pytest

from extractors.postfilters import LINE_RULES, LOWER_LINE_RULES, Para, drop_boilerplate_lines


def test_line_rule_patterns_hold_no_upper_case_literals() -> None:
    for kind, rule in LINE_RULES:
        assert rule.flags & re.IGNORECASE, kind
        assert not re.findall(r"[A-Z]", re.sub(r"\\.", "", rule.pattern)), kind
    assert [k for k, _ in LOWER_LINE_RULES] == [k for k, _ in LINE_RULES]


@pytest.mark.parametrize(
    "line",
    [
        "SIGN UP for our Newsletter today", "We Use Cookies on this site", "Already a Subscriber? Log in",
        "To Continue Reading, subscribe", "Share This Article", "Reading Time: 4 Min", "About The Author",
        "Copyright 2024 The Paper", "The Minister Said The Plan Was Sound.", "Delivered Straight To Your INBOX",
    ],
)
def test_lowered_rules_agree_with_case_insensitive_rules(line: str) -> None:
    expected = next((k for k, rule in LINE_RULES if rule.search(line)), None)
    got = next((k for k, rule in LOWER_LINE_RULES if rule.search(line.lower())), None)
    assert got == expected
    kept, removed = drop_boilerplate_lines([Para(line)])
    assert (expected is None) == bool(kept) and removed == ({expected} if expected else set())


@pytest.mark.parametrize(
    "signature",
    ["commentList", "post-Comments", "DISQUS_thread", "related-Posts", "Share-Bar x", "main content", "Kommentare",
     "social-Icons", "author-Box", "respond", "x_replies_y", "jp-relatedposts"],
)
def test_preclean_classification_matches_case_insensitive_patterns(signature: str) -> None:
    from extractors.html_preclean import COMMENT_RE, FURNITURE_RE, classify_signature

    expected = "comments" if COMMENT_RE.search(signature) else ("furniture" if FURNITURE_RE.search(signature) else None)
    assert classify_signature(signature.lower()) == expected
