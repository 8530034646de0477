"""Round-17 mechanisms (issue 6 round 17, read from the burned heldout16 set's misses). Every sentence is invented for
the test, with names and wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from tests.facts_helpers import quote_speakers, roles, summit_of


def test_a_transcripts_turn_labels_and_a_flashs_topic_labels_name_nobody():
    body = ("MARA LINDQVIST, HOST:\n\nNATO leaders met in Oslo today. Our correspondent Tom Berg is there. Tom?\n\n"
            "TOM BERG, CORRESPONDENT:\n\nFrançois Hollande confirmed that French troops will leave. He called that "
            "decision \"final\".\n\nLINDQVIST: And the Afghans?\n\nBERG: Upbeat.\n\n* LI V ROSS: Chinese President Li "
            "Wen spoke first.\n\nLi, who arrived on Thursday, told reporters that China \"has no plan\" here.\n\n"
            "ANALYST VIEW\n\nNobody was surprised.")
    assert quote_speakers(body) == {"final": "person:francois-hollande", "has no plan": "person:li-wen"}
    assert "person:berg" not in roles(body) and "person:view" not in roles(body)


def test_well_known_leaders_named_by_surname_are_keyed_by_full_name():
    body = "President Obama met President Karzai. \"We are not going back,\" Obama said."
    assert roles(body) == {"person:barack-obama": "President", "person:hamid-karzai": "President"}
    assert quote_speakers(body) == {"We are not going back": "person:barack-obama"}


def test_titles_and_a_png_dateline_after_a_headline():
    body = ("Leaders' week ends quietly\n\nBy Staff Reporter\n\nPORT MORESBY - The APEC Economic Leaders' Meeting closed "
            "yesterday. \"We held firm,\" PM Ian Kapa said. \"They were pushed,\" police Superintendent Joe Rai said. "
            "The PNG government said it was pleased.")
    # (since round 27 "PM" reads as the office it abbreviates)
    assert roles(body) == {"person:ian-kapa": "Prime Minister", "person:joe-rai": "Superintendent"}
    summit = summit_of(body, published_at=datetime(2031, 5, 12))
    assert summit.organization == "APEC" and summit.city == "Port Moresby" and summit.country == "Papua New Guinea"


def test_a_city_named_as_not_the_venue_and_a_city_given_only_by_the_headline():
    body = ("The fences came down on Tuesday, a day after the NATO summit, the first held in an American city other "
            "than Washington, came to a close.")
    summit = summit_of(body, published_at=datetime(2031, 5, 13))
    assert summit.city is None
    from extractors.facts import extract_facts
    titled = extract_facts(body, title="After NATO, Chicago exhales", published_at=datetime(2031, 5, 13)).summit
    assert titled.city == "Chicago"


def test_more_quote_cues_terms_and_press_speakers():
    body = ("G20 leaders met in Hangzhou on Sunday. The leaders acknowledged that overcapacity is a problem that "
            "\"requires joint answers\". President Barack Obama spoke afterwards of \"gaps of trust\".\n\n16:20 Obama's "
            "closing news conference. On Syria: \"That is a tough negotiation.\"\n\nThe Dakar daily Le Soleil wrote that "
            "Africa had \"lost its seat\". Al Arabiya, the Dubai-based broadcaster, reported only that the emir had "
            "left \"after the opening session.\" They approved what the host calls \"Shared Prosperity.\" The plan, "
            "dubbed the \"deal of the decade\", was not discussed.")
    assert quote_speakers(body) == {"requires joint answers": "org:g20", "gaps of trust": "person:barack-obama",
                                    "That is a tough negotiation": "person:barack-obama",
                                    "lost its seat": "org:le-soleil", "after the opening session": "org:al-arabiya"}


def test_deals_not_made_meetings_not_held_and_representation():
    from tests.facts_helpers import fact_keys
    pre = "NATO leaders met in Oslo on Sunday for a two-day summit. "
    assert fact_keys(pre + "Pakistani President Ali Shah flew home without a deal to reopen the supply routes.") \
        == {"outcome:person:ali-shah:no-deal"}
    assert fact_keys(pre + "US President Tom Ray did not meet him one-on-one.") == {"outcome:person:tom-ray:no-bilateral"}
    assert fact_keys(pre + "Russia sent Prime Minister Ivan Lebed rather than President Oleg Gor.") \
        == {"outcome:country:ru:stay-away"}
    assert fact_keys(pre + "The host said the chair would issue a statement of its own in place of a declaration.") \
        >= {"decision:org:nato:chair-statement"}
    assert fact_keys(pre + "President Tom Ray and President Ivan Lebed met for an hour and failed to agree a ceasefire.") \
        >= {"outcome:person:tom-ray:no-deal"}


def test_a_headline_line_gives_way_to_the_lead():
    from extractors.facts import extract_facts
    body = ("APEC leaders end summit without joint declaration\n\nLIMA, May 10 (Wire) - APEC leaders ended their "
            "summit on Sunday without a joint declaration, the first time in its history.")
    facts = [f for f in extract_facts(body, published_at=datetime(2031, 5, 11)).facts if f.action == "no-declaration"]
    assert len(facts) == 1 and body[facts[0].char_start:].startswith("LIMA")
