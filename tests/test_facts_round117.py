"""Round-117 mechanisms (issue 6 round 117, read from the burned heldout117 set's misses). Every sentence is invented
for the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from tests.facts_helpers import fact_keys, quote_speakers, roles, summit_of


def test_a_palace_or_an_airport_named_for_its_town_gives_the_town():
    body = ("When the rulers of the Gulf Cooperation Council met at the Awali Palace in Bahrain on December 20 "
            "and 21 for their summit, they had two items on the table. A year ago in Riyadh the king proposed a "
            "union.")
    found = summit_of(body, published_at=datetime(2031, 12, 28))
    assert (found.city, found.country) == ("Awali", "Bahrain")
    body = ("On November 9 the presidents met for an emergency summit of the Central American Integration System at "
            "the airport at Ilopango, in El Salvador, after the storm. A lawyer in Houston watched.")
    found = summit_of(body, published_at=datetime(2031, 11, 14))
    assert (found.city, found.country) == ("Ilopango", "El Salvador")


def test_a_declaration_named_for_the_town_the_campus_lies_outside():
    body = ("For one day the campus of the farm college outside Cariari was the centre of Central America. The "
            "presidents of the Central American Integration System held their summit there and signed the "
            "Declaration of Cariari. A trader in Managua was unmoved.")
    assert summit_of(body, published_at=datetime(2031, 8, 25)).city == "Cariari"


def test_kosice_and_guacimo_are_written_with_their_accents():
    assert summit_of("The Visegrad Group prime ministers held their summit in Kosice on Thursday.",
                     published_at=datetime(2022, 11, 25)).city == "Košice"
    assert summit_of("The presidents of the Central American Integration System held their summit in Guacimo on "
                     "Saturday.", published_at=datetime(1994, 8, 22)).city == "Guácimo"


def test_trades_drop_the_church_committee_and_the_farm():
    got = roles("Leonor Vides-Platt, who coordinates volunteers for a parish relief committee, spoke. Noel Cruz-Wyatt, "
                "who organizes a food drive at a church on Bellaire Boulevard, spoke. Ana Mora-Pike, who grows "
                "pineapples on a small farm near Guapiles, spoke.")
    assert got["person:leonor-vides-platt"] == "coordinates volunteers"
    assert got["person:noel-cruz-wyatt"] == "organizes a food drive"
    assert got["person:ana-mora-pike"] == "grows pineapples"


def test_a_long_told_clause_with_that_reaches_its_partial_quotation():
    got = quote_speakers("Secretary of State Dean Holloway told the foreign ministers of the Western Hemisphere in "
                         "Miami on Saturday that the United States wanted \"a union of equals, not of patron and "
                         "client,\" and left.")
    assert got["a union of equals, not of patron and client"] == "person:dean-holloway"


def test_a_few_blocks_away_is_no_blocking():
    keys = fact_keys("Central American presidents held their summit in Comalapa on Monday. For an immigration lawyer "
                     "whose office is a few blocks away, the request mattered most.")
    assert not any(":block" in k for k in keys), keys
