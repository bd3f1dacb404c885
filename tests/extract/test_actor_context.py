"""Actors named without their name: offices in running text, "the ministry", office and state
("the Russian president"), and people outside the gazetteer with a middle initial."""

import pytest

from tests.extract.pipeline_frames import extract, rows


def actors(text: str, language: str = "en"):
    return extract(text, language)["actor_mentions"]


def test_a_ministry_written_in_lowercase_is_the_government_body():
    found = actors("The Turkish defence ministry said the border would stay open.")
    assert ("Turkish defence ministry", "Turkish Defense Ministry", "government_body") in rows(
        found, "text", "canonical_name", "actor_type"
    )


@pytest.mark.parametrize(
    ("language", "text", "anaphor"),
    [
        ("en", "The Turkish Foreign Ministry summoned the envoy. The ministry said talks would follow.", "The ministry"),
        ("tr", "Dışişleri Bakanlığı büyükelçiyi çağırdı. Bakanlık, görüşmelerin süreceğini açıkladı.", "Bakanlık"),
        ("de", "Das türkische Außenministerium bestellte den Botschafter ein. Das Ministerium nannte keine Gründe.", "Das Ministerium"),
    ],
)
def test_the_ministry_is_the_last_ministry_named(language, text, anaphor):
    found = actors(text, language)
    assert (anaphor, "Turkish Foreign Ministry") in rows(found, "text", "canonical_name")


def test_an_anaphor_without_an_earlier_office_stays_unresolved():
    found = actors("The ministry said the talks would follow.")
    assert found.filter(found["actor_type"] == "government_body").is_empty()


@pytest.mark.parametrize(
    ("language", "text", "title"),
    [
        ("en", "The President of the Russian Federation said the talks were useful.", "President of the Russian Federation"),
        ("en", "The Russian president warned of new sanctions.", "Russian president"),
        ("fr", "Le président russe a averti contre de nouvelles sanctions.", "président russe"),
        ("es", "El presidente de Rusia advirtió de nuevas sanciones.", "presidente de Rusia"),
        ("de", "Russlands Präsident warnte vor neuen Sanktionen.", "Russlands Präsident"),
        ("tr", "Rusya Devlet Başkanı yeni yaptırımlar konusunda uyardı.", "Rusya Devlet Başkanı"),
    ],
)
def test_an_office_and_a_state_without_a_name_are_the_gazetteer_holder(language, text, title):
    found = actors(text, language)
    assert (title, "Vladimir Putin", "person", "person:vladimir_putin") in rows(
        found, "text", "canonical_name", "actor_type", "actor_id"
    )


def test_an_office_with_several_holders_in_the_gazetteer_stays_the_state():
    # Two US presidents are in the gazetteer and the article names neither.
    found = actors("The US president praised the agreement.")
    assert found.filter(found["actor_type"] == "person").is_empty()


def test_an_office_followed_by_a_name_is_left_to_the_name():
    found = actors("Russian President Vladimir Putin praised the agreement.")
    assert rows(found.filter(found["actor_type"] == "person"), "text") == [("Vladimir Putin",)]


def test_a_person_outside_the_gazetteer_keeps_no_id_and_loses_the_middle_initial():
    found = actors("Army spokesman John Q. Harlow said the convoy had left the base.")
    people = found.filter(found["actor_type"] == "person")
    assert rows(people, "canonical_name", "actor_id", "role") == [("John Harlow", None, "Spokesperson")]
