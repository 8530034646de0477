"""Round-50 mechanisms (issue 6 round 50, read from the burned heldout49 set's misses). Every sentence is invented for
the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from tests.facts_helpers import quote_speakers, roles


def test_an_unlisted_name_apposed_then_speaking_or_followed_by_who_is_a_person_but_a_group_is_not():
    body = ("Nordic Council leaders met in Oslo for their session. Eilidh Marsworth, a cargo underwriter in Leith, "
            'said rates would hold. "Ice sets the price," she said. Kaveh Dastani, who fled Herat in 2021, said he '
            'watched from Bergen. "Nobody asked us," he said. Fjord Watch, an environmental group, said the text '
            "was weak.")
    speakers = quote_speakers(body)
    assert speakers["Ice sets the price"] == "person:eilidh-marsworth"
    assert speakers["Nobody asked us"] == "person:kaveh-dastani"
    found = roles(body)
    assert found["person:eilidh-marsworth"] == "cargo underwriter"
    assert "person:fjord-watch" not in found


def test_a_place_based_modifier_is_no_part_of_the_role():
    found = roles("Nordic Council leaders met in Oslo for their session. Wen Lihua, a Tianjin-based shipping analyst, "
                  "said trade would grow.")
    assert found["person:wen-lihua"] == "shipping analyst"


def test_an_unnamed_official_speaks_for_the_government_named_just_before():
    body = ("ASEAN leaders met in Phnom Penh for their summit. Cambodian Prime Minister Hun Sen's government saw it otherwise. A "
            'government spokesman said the leaders had talked "openly and as neighbours." Thailand\'s delegation '
            "kept quiet. A member of the delegation, who asked not to be named, said Bangkok had \"grave doubts\" "
            "about the plan.")
    speakers = quote_speakers(body)
    assert speakers["openly and as neighbours"] == "country:kh"
    assert speakers["grave doubts"] == "country:th"


def test_a_trade_named_after_the_goods_of_a_relative_clause():
    found = roles("Nordic Council leaders met in Oslo for their session. Sigrun Aasen, who imports cod from Iceland, "
                  "was pleased. Per Lunde, who plays the fiddle at weddings, was not. Jo Haug, who makes the "
                  "decisions at home, laughed.")
    assert found["person:sigrun-aasen"] == "imports cod"
    assert found["person:per-lunde"] == "plays the fiddle at weddings"
    assert "person:jo-haug" not in found
