"""Round-61 mechanisms (issue 6 round 61, read from the burned heldout60 set's misses). Every sentence is invented for
the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from tests.facts_helpers import fact_keys

_LEAD = "Mercosur leaders met in Salta on Friday for their summit. "


def test_the_presidents_act_for_the_summit_and_telling_negotiators_to_act_is_a_task():
    keys = fact_keys(_LEAD + "The presidents also signed a pact to end roaming charges.")
    assert any(k.startswith("decision:org:mercosur:sign-") for k in keys)
    keys = fact_keys(_LEAD + "The leaders told their negotiators to finish the talks with Canada.")
    assert any(k.startswith("decision:org:mercosur:task-") for k in keys)
    keys = fact_keys(_LEAD + "Their ministers were told to work out a customs plan by June.")
    assert any(k.startswith("decision:org:mercosur:task-") for k in keys)


def test_a_question_left_to_the_ministers_or_left_open_is_unresolved():
    assert any(k.startswith("outcome:") and "unresolved" in k for k in fact_keys(
        _LEAD + "The summit reached no deal on the tariff and left the question to the economy ministers."))
    assert any(k.startswith("outcome:") and "unresolved" in k for k in fact_keys(
        _LEAD + "How to fund the new bank was left open."))


def test_being_now_a_member_is_membership():
    assert any(k.startswith("membership:") for k in fact_keys(_LEAD + "Bolivia is now a member of the bloc."))


def test_a_lead_in_naming_the_speaker_joins_the_quotation_that_names_them_again():
    from tests.facts_helpers import evidence
    body = (_LEAD + "Ana Ruiz, the Uruguayan economist, doubted that the deal would survive the year. \"Deals like "
            "this die in committee,\" Ruiz said.")
    spans = [text for key, text in evidence(body).items() if key.startswith("reaction:")]
    assert spans and all(text.startswith("Ana Ruiz, the Uruguayan economist, doubted") and text.endswith("Ruiz said.")
                         for text in spans)
