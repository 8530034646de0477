"""Round-21 mechanisms (issue 6 round 21, read from the burned heldout20 set's misses). Every sentence is invented for
the test, with names and wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from extractors.facts import extract_facts
from tests.facts_helpers import fact_keys, quote_speakers, roles, summit_of


def test_a_scorecards_name_labels_and_a_pair_with_their_offices():
    body = ("The G20 summit in Oslo is over.\n\nWINNERS\n\nMarta Lind. The IMF managing director left with pledges.\n\n"
            "Paul Roy. Canada's prime minister kept his wallet shut.\n\nTHE PAIR\n\nLi Wen and Ivan Petrov, the Chinese "
            "and Russian presidents, met for an hour.")
    assert roles(body) == {"person:marta-lind": "managing director", "person:paul-roy": "prime minister",
                           "person:li-wen": "president", "person:ivan-petrov": "president"}


def test_a_first_summit_as_president_a_prosecutor_and_a_venue_named_after_a_leader():
    body = ("The AU summit in Oslo ended. Ana Moyo, attending her first AU summit as Kenya's president, signed. Rosa "
            "Bianchi, chief prosecutor of the Hague tribunal, spoke. Leaders met at the Olav Kyrre Hall on Friday, and "
            "President Olav Kyrre opened the talks.")
    assert roles(body) == {"person:ana-moyo": "president", "person:rosa-bianchi": "chief prosecutor",
                           "person:olav-kyrre": "President"}


def test_sound_bite_labels_initials_and_a_relative_clauses_speaker():
    body = ("The Ibero-American summit in Oslo ended.\n\nVO: Madrid said there would be no apology.\n\nSOT - ANA "
            "ROSALES, SPANISH FOREIGN MINISTER: \"There is nothing to apologise for.\"\n\nThe chair went to Peru, which "
            "Amnesty International called \"a reward for silence\". Peru's foreign minister, G.K. Salas, insists it made "
            "\"no difference at all\".")
    assert quote_speakers(body) == {"There is nothing to apologise for": "person:ana-rosales",
                                    "a reward for silence": "org:amnesty-international",
                                    "no difference at all": "person:g-k-salas"}
    assert roles(body)["person:ana-rosales"] == "foreign minister"


def test_the_headlines_city_another_citys_summit_and_the_ibero_american_body():
    body = ("Oslo scorecard: who came out ahead at the G20\n\nThe leaders went home from the G20 summit, held on Monday "
            "and Tuesday. Europe, he said, "
            "was in Oslo to listen, not to pay. All depends on the Brussels summit on 28 and 29 June, where the euro "
            "leaders will have to decide. Brussels is where the money is, and Brussels will say no.")
    summit = extract_facts(body, title=body.split("\n")[0], published_at=datetime(2031, 6, 22)).summit
    assert summit.city == "Oslo" and summit.end_date.isoformat() == "2031-06-17"  # (not the Brussels summit's 29th)
    ibero = "Leaders close the Ibero-American summit in Quito\n\nThe Ibero-American summit ended in Quito on Saturday."
    assert summit_of(ibero, published_at=datetime(2031, 11, 10)).organization == "Ibero-American Summit"


def test_an_inaugural_ceremony_opens_and_a_closing_day_without_its_own_weekday_does_not_end_it():
    body = ("Rajapaksa hails Commonwealth meeting\n\nAddressing the media at the close of the three-day summit, the "
            "President said the world had seen a country at peace. He took over the chairmanship at the inaugural "
            "ceremony on Friday.")
    summit = summit_of(body, published_at=datetime(2031, 11, 17))  # a Monday; the Friday is the 14th
    assert (summit.start_date.isoformat(), summit.end_date.isoformat()) == ("2031-11-14", "2031-11-16")


def test_a_date_line_with_a_publisher_and_a_monday_before_the_summit_filed_on_a_monday():
    body = ("Riga after the summit\n\n11/2031 | Baltic Policy Institute | Monday, 8 December 2031\nSummary: The NATO "
            "summit held in Riga on 2-3 December was short.\n\nOn Monday, before the summit opened, a senator spoke in "
            "Riga.")
    summit = summit_of(body, published_at=datetime(2031, 12, 8))
    assert (summit.start_date.isoformat(), summit.end_date.isoformat()) == ("2031-12-02", "2031-12-03")


def test_standing_in_not_travelling_and_a_gift_announced():
    pre = "Commonwealth leaders met in Oslo on Friday for a three-day summit. "
    assert fact_keys(pre + "Prime Minister Ravi Nair did not travel, and his foreign minister led the delegation.") \
        == {"outcome:person:ravi-nair:stay-away"}
    assert fact_keys(pre + "Prince Olaf declared the meeting open on behalf of Queen Astrid, the Head of State.") \
        == {"outcome:person:astrid:stay-away"}
    assert "pledge:country:au:pledge-gift-two-patrol:country:lk" in fact_keys(
        pre + "Australian Prime Minister Tom Hale announced that Australia would gift two patrol boats to Sri Lanka.")


def test_a_leader_named_without_a_title_takes_the_office_held_on_the_summits_date():
    body = ("G20 leaders met in Oslo on Friday for a two-day summit. Barack Obama arrived late. Later Obama spoke to "
            "the press. Theresa May was mentioned once.")
    got = {p.entity_key: (p.role, p.affiliation) for p in
           extract_facts(body, published_at=datetime(2014, 11, 16)).participants}
    assert got == {"person:barack-obama": ("president", "United States")}  # (May: named once, and not yet in office)
    later = {p.entity_key: p.role for p in extract_facts(body, published_at=datetime(2019, 11, 16)).participants}
    assert later == {}  # out of office by then
