"""A ruleset's text in words: one function (``plain.in_words``) for the rulebook, the triage pages and
their refusals, so a reader meets the same words for the same text wherever it is shown."""

from __future__ import annotations

import html

import pytest
from fastapi.testclient import TestClient

from safeguarding_rules import Engine
from safeguarding_rules.plain import in_words, open_fact


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a yes/no case fact as its open question (the triage pages left it dotted)
        ("Recording concerns.agencies_working_together as false stands for that evidence.",
         "Recording whether there is concern about how agencies worked together as false stands for that evidence."),
        # in backticks too, and a value in backticks as a word (the triage pages kept its underscore)
        ("records `abuse_or_neglect`, rather than `not_required`", "records abuse or neglect, rather than not required"),
        # nothing shouted (the rulebook kept "UNVERIFIED")
        ("Commencement date (14 October 1991) UNVERIFIED.", "Commencement date (14 October 1991) not yet checked."),
        # a determination's id as its title (the rulebook kept the id)
        ("as for rapid_review", "as for Rapid review"),
        # a name that is a plain word, and one inside an address, are left alone
        ("the partnership's page https://example.org/sar/incident.location", "the partnership's page https://example.org/sar/incident.location"),
        (None, ""),
    ],
)
def test_a_rulesets_text_is_said_in_words(engine: Engine, text: str | None, words: str) -> None:
    assert in_words(engine.book, text) == words


def test_a_setting_named_without_its_prefix_is_said_in_words(engine: Engine) -> None:
    said = in_words(engine.book, "The clock start is the setting rapid_review_clock_start.")
    assert "rapid_review_clock_start" not in said
    assert said.startswith("The clock start is the setting the date the 15 working days of a rapid review run from")


def test_a_case_fact_is_an_open_question_without_a_book() -> None:
    assert open_fact(None, "subject.in_area") == "whether the adult is in the area"
    assert open_fact(None, "death_resulted_from_abuse_or_neglect") == "whether the death resulted from abuse or neglect"
    assert open_fact(None, "incident.location") == "where it happened"


def test_the_rulebook_says_a_note_as_the_triage_pages_do(engine: Engine) -> None:
    """A note shouted "UNVERIFIED" in its ruleset reads "not yet checked" in the rulebook, as beside a
    quote on the triage page (both through ``in_words``; the rulebook used to keep the capitals)."""
    from safeguarding_rules_api.main import create_app

    client = TestClient(create_app(engine=engine))
    note = "The Act's commencement (taken as 14 October 1991) is UNVERIFIED."
    said = in_words(engine.book, note)
    assert said == "The Act's commencement (taken as 14 October 1991) is not yet checked."
    pages = [html.unescape(client.get(f"/rulebook/{name}").text) for name in client.app.state.rulebook]  # type: ignore[attr-defined]
    assert any(said in page for page in pages)
    assert not any(note in page for page in pages)
