"""A cheap pre-check that a sentence can fire any frame of the catalogue, and case-free variants of patterns.

The frame loop costs dozens of searches per sentence; one combined search tells which sentences can skip it.
"""

from __future__ import annotations

import re

from extractors.facts.frames import CATALOGUE

_FAST: dict[re.Pattern, re.Pattern] = {}


def fast_pattern(pattern: re.Pattern) -> re.Pattern:
    """The same pattern without IGNORECASE, for lower-cased text, when it names no upper-case letter."""
    fast = _FAST.get(pattern)
    if fast is None:
        source = re.sub(r"\\.", "", pattern.pattern)
        fast = pattern
        if pattern.flags & re.I and not re.search(r"[A-Z]", source) and "(?-i:" not in source:
            fast = re.compile(pattern.pattern, pattern.flags & ~re.I)
        _FAST[pattern] = fast
    return fast


def _any_trigger() -> re.Pattern | None:
    """One alternation of every frame trigger: a sentence it does not match fires no frame, so the frame loop
    (one search per frame) is skipped for it. None when the triggers cannot be combined."""
    flags = {frame.trigger.flags for frame in CATALOGUE}
    if len(flags) != 1:
        return None
    flag = flags.pop()
    # Alternatives that open with a word boundary share one: at the ~80% of positions inside a word the
    # search then fails once instead of once per alternative (the same set of matching sentences).
    bounded, free = [], []
    for frame in CATALOGUE:
        for alternative in _top_level_alternatives(frame.trigger.pattern):
            if alternative.startswith("\\b") and len(alternative) > 2 and alternative[2] not in "*+?{":
                bounded.append(alternative[2:])
            else:
                free.append(alternative)
    lower = bool(flag & re.I) and not any("\\N" in a for a in bounded + free)
    if lower:
        # Case-insensitive matching is slow in ``re``: lower-case the pattern outside its escapes and run it
        # case-sensitively on the lower-cased sentence (the same matches, as a filter: frames re-check).
        bounded, free = [_lower_pattern(a) for a in bounded], [_lower_pattern(a) for a in free]
        flag &= ~re.I
    source = "|".join([f"\\b(?:{_dispatch(bounded) if lower else '|'.join(bounded)})"] * bool(bounded)
                      + [f"(?:{a})" for a in free])
    try:
        return re.compile(source, flag)
    except re.error:
        return None


def _lower_pattern(source: str) -> str:
    """A pattern's source lower-cased outside its escapes."""
    return re.sub(r"\\.|[^\\]+", lambda m: m.group() if m.group().startswith("\\") else m.group().lower(), source)


def _dispatch(alternatives: list[str]) -> str:
    """The alternatives grouped by the letter they can start with, behind a one-letter look-ahead per group, so a
    position tries one group's alternatives instead of all of them (an alternative whose first letter cannot be
    told is tried everywhere). The alternation matches at exactly the same positions."""
    groups: dict[str, list[str]] = {}
    anywhere = []
    for alternative in alternatives:
        try:
            first = _first_chars(re._parser.parse(alternative))
        except (re.error, AttributeError):
            first = None
        if not first or len(first) > 8:
            anywhere.append(alternative)
            continue
        for char in first:
            groups.setdefault(char, []).append(alternative)
    parts = [f"(?={re.escape(char)})(?:{'|'.join(alts)})" for char, alts in sorted(groups.items())]
    return "|".join(parts + anywhere)


def _first_chars(items) -> set[str] | None:
    """The characters a parsed pattern can start with, or None when that cannot be told simply."""
    constants = re._constants
    for op, av in items:
        if op is constants.AT:
            continue  # zero-width (\b): look at what follows
        if op is constants.LITERAL:
            return {chr(av)}
        if op is constants.IN:
            chars = set()
            for kind, value in av:
                if kind is constants.LITERAL:
                    chars.add(chr(value))
                elif kind is constants.RANGE and value[1] - value[0] < 30:
                    chars.update(chr(c) for c in range(value[0], value[1] + 1))
                else:
                    return None
            return chars
        if op is constants.SUBPATTERN:
            return _first_chars(av[-1])
        if op is constants.BRANCH:
            union: set[str] = set()
            for branch in av[1]:
                first = _first_chars(branch)
                if first is None:
                    return None
                union |= first
            return union
        if op in (constants.MAX_REPEAT, constants.MIN_REPEAT) and av[0] >= 1:
            return _first_chars(av[2])
        return None
    return None


def _top_level_alternatives(pattern: str) -> list[str]:
    """A pattern split at its top-level "|" (escapes, classes and groups respected)."""
    parts, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "^":
                i += 1
            if pattern[i + 1:i + 2] == "]":
                i += 1  # a leading "]" is a literal
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


ANY_TRIGGER = _any_trigger()
