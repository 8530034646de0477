"""Incremental story grouping (extractors/stories.py)."""

from __future__ import annotations

import dataclasses
import itertools
from datetime import datetime, timezone
from pathlib import Path

import pytest

from extractors.stories import StoryAssignment, StoryClusterer, StoryInput, story_id_for

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _dt(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, 12, tzinfo=timezone.utc)


BRIDGE_1 = StoryInput(
    "bridge-1",
    "Rotterdam bridge collapses into the Maas during morning rush",
    "A section of the Van Brienenoord bridge in Rotterdam collapsed into the river Maas on Monday "
    "morning, sending two lorries into the water. Emergency services pulled four drivers from the river; "
    "the port authority closed shipping on the Maas while divers searched the wreckage. Engineers had "
    "flagged corrosion on the bridge supports in a 2021 inspection, the city council said.",
    _dt(2025, 3, 3),
)
BRIDGE_2 = StoryInput(
    "bridge-2",
    "Divers search river after Van Brienenoord collapse",
    "Divers searched the Maas on Monday after part of Rotterdam's Van Brienenoord bridge fell into the "
    "river, dropping lorries into the water. Four drivers were rescued. Rotterdam's council confirmed "
    "that a 2021 inspection had found corrosion in the bridge supports; shipping on the Maas was halted "
    "by the port authority.",
    _dt(2025, 3, 3),
)
VOLCANO = StoryInput(
    "volcano-1",
    "Iceland volcano erupts near Grindavik, town evacuated",
    "A volcano erupted on the Reykjanes peninsula near Grindavik late on Sunday, sending lava fountains "
    "into the night sky. Civil protection officials evacuated the fishing town and closed the Blue Lagoon "
    "spa. Geologists at the Icelandic Met Office said the fissure was about three kilometres long.",
    _dt(2025, 3, 2),
)
VOLCANO_2 = StoryInput(
    "volcano-2",
    "Lava flows toward Grindavik as Reykjanes eruption continues",
    "Lava from the eruption on the Reykjanes peninsula crept toward Grindavik on Monday, a day after the "
    "fishing town was evacuated. The Icelandic Met Office said the fissure, some three kilometres long, "
    "was still active, and the Blue Lagoon spa stayed closed, civil protection officials said.",
    _dt(2025, 3, 3),
)
SUMMIT_2023 = StoryInput(
    "summit-2023",
    "NATO leaders meet in Vilnius, offer Ukraine a council but no invitation",
    "NATO leaders meeting in Vilnius, Lithuania, created a NATO-Ukraine Council and said Ukraine could "
    "join the alliance when allies agree and conditions are met. Secretary-General Jens Stoltenberg "
    "said the summit sent a strong message. President Volodymyr Zelenskyy called the lack of a timeline "
    "absurd. Turkey lifted its objection to Sweden joining the alliance on the eve of the summit.",
    _dt(2023, 7, 11),
)
SUMMIT_2024 = StoryInput(
    "summit-2024",
    "NATO leaders meet in Washington for the alliance's 75th anniversary summit",
    "NATO leaders meeting in Washington said Ukraine was on an irreversible path to join the alliance "
    "and pledged new air defence systems. Secretary-General Jens Stoltenberg, at his last summit, said "
    "allies would provide at least 40 billion euros in military aid next year. President Volodymyr "
    "Zelenskyy thanked the allies. Sweden attended its first summit as a member.",
    _dt(2024, 7, 10),
)


def _groups(docs: list[StoryInput], clusterer: StoryClusterer | None = None) -> dict[str, str]:
    """article id -> final story id, applying moves and following merges as the warehouse does."""
    clusterer = clusterer or StoryClusterer()
    absorbed: dict[str, str] = {}
    story_of: dict[str, str] = {}
    for doc in docs:
        a = clusterer.assign(doc)
        for m in a.merged:
            absorbed[m] = a.story_id
        for moved_id, new_story in a.moved:
            story_of[moved_id] = new_story
        story_of[doc.article_id] = a.story_id

    def final(s: str) -> str:
        while s in absorbed:
            s = absorbed[s]
        return s

    return {k: final(v) for k, v in story_of.items()}


def _partition(groups: dict[str, str]) -> set[frozenset[str]]:
    by_story: dict[str, set[str]] = {}
    for article, story in groups.items():
        by_story.setdefault(story, set()).add(article)
    return {frozenset(v) for v in by_story.values()}


def test_same_event_grouped_and_other_event_apart():
    groups = _groups([BRIDGE_1, VOLCANO, BRIDGE_2, VOLCANO_2])
    assert groups["bridge-1"] == groups["bridge-2"] == story_id_for("bridge-1")
    assert groups["volcano-1"] == groups["volcano-2"] == story_id_for("volcano-1")
    assert groups["bridge-1"] != groups["volcano-1"]


def test_story_ids_are_deterministic():
    first = StoryClusterer().assign(BRIDGE_1)
    assert first == StoryAssignment(story_id_for("bridge-1"), ())
    assert StoryClusterer().assign(BRIDGE_1) == first


def test_two_summits_a_year_apart_stay_apart():
    groups = _groups([SUMMIT_2023, SUMMIT_2024])
    assert groups["summit-2023"] != groups["summit-2024"]


def test_bridging_article_merges_two_stories_without_revision():
    clusterer = StoryClusterer(refine=False)
    a = clusterer.assign(BRIDGE_1)
    b = clusterer.assign(VOLCANO)
    assert a.story_id != b.story_id
    bridge = StoryInput("both", "Rotterdam bridge collapse and Iceland eruption",
                        BRIDGE_1.body + " " + VOLCANO.body, _dt(2025, 3, 3))
    c = clusterer.assign(bridge)
    assert {c.story_id, *c.merged} == {a.story_id, b.story_id}
    assert len(clusterer.stories) == 1


def test_revision_does_not_glue_two_stories_through_one_bridging_article():
    clusterer = StoryClusterer()
    a = clusterer.assign(BRIDGE_1)
    b = clusterer.assign(VOLCANO)
    bridge = StoryInput("both", "Rotterdam bridge collapse and Iceland eruption",
                        BRIDGE_1.body + " " + VOLCANO.body, _dt(2025, 3, 3))
    c = clusterer.assign(bridge)
    assert c == StoryAssignment(a.story_id, (), ())  # the arrival-time merge was undone before reporting
    assert set(clusterer.stories) == {a.story_id, b.story_id}


HARBOUR = StoryInput("A", "Harbour crane topples in Gdansk",
                     "A harbour crane toppled at the Gdansk container terminal, crushing a warehouse roof. Dockers "
                     "escaped unhurt. Terminal managers blamed gusts. Cranes were grounded across Gdansk.", None)
STRIKE_1 = StoryInput("X", "Gdansk dockers strike over crane safety",
                      "Dockers at Gdansk walked out demanding safety audits of every crane. The dockers union said "
                      "managers ignored warnings. The strike halted container traffic.", None)
STRIKE_2 = StoryInput("B", "Dockers union extends strike",
                      "The dockers union extended the strike, demanding safety audits and blaming managers who "
                      "ignored warnings. Union leaders said the walkout would halt traffic for a week.", None)


def test_later_evidence_moves_an_earlier_article():
    clusterer = StoryClusterer()
    a = clusterer.assign(HARBOUR)
    x = clusterer.assign(STRIKE_1)
    assert x.story_id == a.story_id  # on its own, the strike report reads as part of the crane story
    b = clusterer.assign(STRIKE_2)
    assert b == StoryAssignment(story_id_for("B"), (), (("X", story_id_for("B")),))
    assert clusterer.stories[a.story_id].members == ["A"]
    assert clusterer.stories[b.story_id].members == ["X", "B"]
    assert _partition(_groups([HARBOUR, STRIKE_1, STRIKE_2])) == {frozenset({"A"}), frozenset({"X", "B"})}


ALL_DOCS = [BRIDGE_1, BRIDGE_2, VOLCANO, VOLCANO_2, SUMMIT_2023, SUMMIT_2024, HARBOUR, STRIKE_1, STRIKE_2]


@pytest.mark.parametrize("max_members", [2000, 3])
def test_applied_assignments_match_the_clusterer_state(max_members):
    import random

    for seed in range(20):
        docs = ALL_DOCS[:]
        random.Random(seed).shuffle(docs)
        clusterer = StoryClusterer(max_members=max_members)
        groups = _groups(docs, clusterer)
        assert len(clusterer.members) <= max_members
        assert sum(s.size for s in clusterer.stories.values()) == len(docs)
        assert set(groups.values()) <= set(clusterer.stories)
        for s in clusterer.stories.values():
            for m in s.members or ():
                assert groups[m] == s.story_id
        frozen = [s for s in clusterer.stories.values() if s.members is None]
        assert bool(frozen) == (max_members == 3)  # over the bound, the least recently grown stories freeze


def test_grouping_does_not_depend_on_arrival_order():
    docs = [BRIDGE_1, BRIDGE_2, VOLCANO, VOLCANO_2, SUMMIT_2023]
    expected = _partition(_groups(docs))
    assert len(expected) == 3
    for perm in itertools.permutations(docs):
        assert _partition(_groups(list(perm))) == expected


@pytest.mark.parametrize("docs", [
    [BRIDGE_1, VOLCANO, BRIDGE_2, SUMMIT_2023, VOLCANO_2, SUMMIT_2024],
    [BRIDGE_1, HARBOUR, STRIKE_1, STRIKE_2, VOLCANO, SUMMIT_2023],  # a move right after the resume
])
def test_state_round_trip_continues_identically(docs):
    straight = StoryClusterer()
    expected = [straight.assign(d) for d in docs]

    first = StoryClusterer()
    got = [first.assign(d) for d in docs[:3]]
    blob = first.state()
    assert isinstance(blob, bytes) and b"Rotterdam" not in blob  # centroids, never texts
    resumed = StoryClusterer.from_state(blob)
    got += [resumed.assign(d) for d in docs[3:]]
    assert got == expected
    assert resumed.state() == straight.state()


def test_from_state_rejects_unknown_version():
    with pytest.raises(ValueError):
        StoryClusterer.from_state(b"not a state")


def test_given_entities_are_used():
    a = StoryInput("a", "Minister resigns", "The minister resigned on Friday after the report.", None,
                   ("person:anna-berg", "org:finance-ministry"))
    b = StoryInput("b", "Minister quits", "A minister quit on Friday following a damning report.", None,
                   ("person:anna-berg", "org:finance-ministry"))
    groups = _groups([a, b])
    assert groups["a"] == groups["b"]


def _seed_article(name: str, start: str, end: str) -> str:
    text = (SEEDS / name).read_text(encoding="utf-8")
    return text[text.index(start) : text.index(end) + len(end)]


def test_seed_articles_about_vilnius_summit_are_one_story():
    a = StoryInput(
        "seed-1",
        "NATO Strengthens Ukraine Relations Without Deciding on Membership",
        _seed_article("nato-strengthens-ukraine-relations.txt", "NATO chiefs convened", "contributed to this article."),
        _dt(2023, 7, 12),
    )
    b = StoryInput(
        "seed-2",
        "NATO Summit 2023: Ukraine's NATO Future and Security Assurances Ease Worries",
        _seed_article("nato-summit-2023-security-assurances.txt", "The recent NATO Summit",
                      "deterrence against aggression."),
        _dt(2023, 7, 13),
    )
    groups = _groups([VOLCANO, a, BRIDGE_1, b, SUMMIT_2024])
    assert groups["seed-1"] == groups["seed-2"]
    assert groups["seed-1"] != groups["summit-2024"]


def test_years_in_text_are_read_from_numeric_dates_too():
    c = StoryClusterer()
    years = c._text_years(StoryInput("y", "Quake hits", "Posted 12/16/08. A quake like the one in 2005.", None))
    assert len(years) == 2  # 2008 and 2005


def test_version_1_state_still_loads():
    import io
    import json

    import numpy as np

    c = StoryClusterer()
    for d in (BRIDGE_1, VOLCANO):
        c.assign(d)
    with np.load(io.BytesIO(c.state()), allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files if not k.startswith("year_")}
    meta = json.loads(arrays["meta"].tobytes().decode("utf-8"))
    meta["version"] = 1
    for k in ("year_weight", "cohesion_share", "cohesion_min_size", "idf_power", "bigram_weight",
              "story_merge_threshold"):
        meta["params"].pop(k)
    meta["stories"] = [row[:6] for row in meta["stories"]]
    arrays["meta"] = np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8)
    buf = io.BytesIO()
    np.savez_compressed(buf, **arrays)
    old = StoryClusterer.from_state(buf.getvalue())
    assert set(old.stories) == set(c.stories)
    assert old.assign(BRIDGE_2).story_id == story_id_for("bridge-1")


def test_version_2_state_loads_with_frozen_stories():
    import io
    import json

    import numpy as np

    c = StoryClusterer()
    for d in (BRIDGE_1, VOLCANO):
        c.assign(d)
    with np.load(io.BytesIO(c.state()), allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files if not k.startswith("m_")}
    meta = json.loads(arrays["meta"].tobytes().decode("utf-8"))
    meta["version"] = 2
    for k in ("refine", "refine_threshold", "refine_floor", "refine_stories", "refine_items", "max_members",
              "member_cap", "member_terms"):
        meta["params"].pop(k)
    meta["stories"] = [row[:7] for row in meta["stories"]]
    meta.pop("members")
    arrays["meta"] = np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8)
    buf = io.BytesIO()
    np.savez_compressed(buf, **arrays)
    old = StoryClusterer.from_state(buf.getvalue())
    assert set(old.stories) == set(c.stories) and not old.members
    assert all(s.members is None for s in old.stories.values())  # no member vectors: not revisable
    assert old.assign(BRIDGE_2).story_id == story_id_for("bridge-1")
    assert old.assign(SUMMIT_2023).story_id == story_id_for("summit-2023")
    assert old.stories[story_id_for("summit-2023")].members == ["summit-2023"]  # new stories are revisable


def test_precomputed_features_give_identical_results():
    import pickle

    from extractors.stories import story_features

    docs = [BRIDGE_1, VOLCANO, BRIDGE_2, SUMMIT_2023, VOLCANO_2, SUMMIT_2024, HARBOUR, STRIKE_1, STRIKE_2]
    plain = StoryClusterer()
    expected = [plain.assign(d) for d in docs]
    pre = StoryClusterer()
    got = []
    for d in docs:
        f = pickle.loads(pickle.dumps(story_features(d.title, d.body, d.entities, **pre.feature_params())))
        got.append(pre.assign(dataclasses.replace(d, features=f)))
    assert got == expected
    assert pre.state() == plain.state()
    # Features computed for other parameters are ignored, not misused.
    other = StoryClusterer(title_weight=3.0)
    wrong = [other.assign(dataclasses.replace(d, features=story_features(d.title, d.body))) for d in docs]
    reference = StoryClusterer(title_weight=3.0)
    assert wrong == [reference.assign(d) for d in docs]
    # ... and so are features computed without the entity keys the article carries.
    given = dataclasses.replace(BRIDGE_1, entities=("e:bridge", "e:rotterdam"))
    stale = dataclasses.replace(given, features=story_features(given.title, given.body))
    assert StoryClusterer().features(stale).entities == given.entities


def test_candidate_index_matches_scoring_every_story():
    # index_min=0 scores only indexed candidates from the first article on; on these small streams every
    # relevant story is a candidate, so the result is the same as scoring all of them.
    docs = [BRIDGE_1, VOLCANO, BRIDGE_2, SUMMIT_2023, VOLCANO_2, SUMMIT_2024, HARBOUR, STRIKE_1, STRIKE_2]
    full = StoryClusterer(index_min=10**9)
    indexed = StoryClusterer(index_min=0, recent_stories=0, max_candidates=4)
    assert [indexed.assign(d) for d in docs] == [full.assign(d) for d in docs]
    blob = indexed.state()
    assert StoryClusterer.from_state(blob).state() == blob
