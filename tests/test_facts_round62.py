"""Round-62 mechanisms (issue 6 round 62, read from the burned heldout61 set's misses). Every sentence is invented for
the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from tests.facts_helpers import quote_speakers, roles, summit_of


def test_a_numbered_forum_is_the_meeting_though_a_un_conference_is_named_too():
    summit = summit_of("Island leaders left Townsville yesterday after the 41st Pacific Islands Forum, held at the "
                       "Townsville Convention Centre. They called for action before the UN conference in Geneva.")
    assert (summit.organization, summit.city) == ("Pacific Islands Forum", "Townsville")


def test_a_first_name_that_is_also_a_country_before_a_surname_is_a_person():
    body = ("Euro-Mediterranean leaders met in Valencia on Monday. \"It was built on hope,\" said Montserrat "
            "Vidal-Okafor, who teaches history at a Valencia college.")
    assert quote_speakers(body)["It was built on hope"] == "person:montserrat-vidal-okafor"
    assert summit_of(body).organization == "Euro-Mediterranean Partnership"


def test_the_statement_said_is_the_statement_of_the_state_that_issued_it():
    body = ("AU leaders met in Sirte on Friday for their summit. Namibia, a member of the court, said in a statement "
            "that it would not be bound. \"Namibia will not implement it,\" the statement said.")
    assert quote_speakers(body)["Namibia will not implement it"] == "country:na"


def test_what_someone_does_now_after_their_history_is_the_role_cut_before_a_compass_place():
    body = ("AU leaders met in Sirte on Friday for their summit. Idriss Abakar-Lowe, who fled Darfur in 2003 and now "
            "runs a clinic in eastern Chad, was not surprised.")
    assert roles(body)["person:idriss-abakar-lowe"] == "runs a clinic"


def test_giving_a_state_the_status_of_partner_is_membership():
    from tests.facts_helpers import fact_keys
    keys = fact_keys("Three Seas leaders met in Riga on Monday for their summit. The members gave Moldova the status "
                     "of associated partner.")
    assert "membership:org:three-seas-initiative:grant-status:country:md" in keys
