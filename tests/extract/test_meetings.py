"""Meetings: triggers in five languages, participants, location, date, mode and status."""

import datetime as dt

import polars as pl
import pytest

from extract.meetings import extract_meetings
from extract.schemas import MEETING_MENTIONS
from tests.extract.event_frames import PUBLISHED, Article, day

ACTORS = {
    "Mariela Lund": ("Mariela Lund", "person"),
    "Lund": ("Mariela Lund", "person"),
    "Tomas Reyk": ("Tomas Reyk", "person"),
    "Reyk": ("Tomas Reyk", "person"),
    "Ana Ferreira": ("Ana Ferreira", "person"),
    "Norway": ("Norway", "country"),
    "Chile": ("Chile", "country"),
    "Valparaíso": ("Valparaíso", "place"),
    "Bergen": ("Bergen", "place"),
}


def run(article: Article) -> pl.DataFrame:
    return extract_meetings(*article.frames())


def only(meetings: pl.DataFrame) -> dict:
    assert meetings.height == 1, meetings
    return meetings.row(0, named=True)


def test_the_result_has_the_contract_schema_also_without_meetings():
    meetings = run(Article("en", ["The weather was mild in Bergen."], ACTORS))
    assert meetings.schema == MEETING_MENTIONS
    assert meetings.is_empty()


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Lund met Reyk in Bergen on Tuesday."),
        ("en", "Reyk held talks with Lund in Bergen on Tuesday."),
        ("tr", "Lund, Reyk ile Bergen'de Tuesday görüştü."),
        ("tr", "Lund ve Reyk Bergen'de Tuesday bir araya geldi."),
        ("de", "Lund und Reyk trafen sich Tuesday in Bergen."),
        ("de", "Das Treffen von Lund mit Reyk fand Tuesday in Bergen statt."),
        ("fr", "Lund s'est entretenu avec Reyk Tuesday à Bergen."),
        ("fr", "La rencontre entre Lund et Reyk a eu lieu Tuesday à Bergen."),
        ("es", "Lund se reunió con Reyk Tuesday en Bergen."),
        ("es", "La reunión entre Lund y Reyk tuvo lugar Tuesday en Bergen."),
        ("de", "Lund kam Tuesday in Bergen nach langer Pause mit Reyk zusammen."),
        ("de", "Lund verhandelte Tuesday in Bergen mit Reyk."),
        ("de", "Lund war Tuesday in Bergen mit Reyk zusammengetroffen."),
        ("fr", "Lund s'entretient Tuesday à Bergen avec Reyk."),
    ],
)
def test_held_meetings_in_every_language(language, sentence):
    article = Article(language, [sentence], ACTORS, dates={"Tuesday": day("2025-03-11")})
    meeting = only(run(article))
    assert meeting["participant_names"] == ["Mariela Lund", "Tomas Reyk"]
    assert meeting["location_name"] == "Bergen"
    assert meeting["meeting_date"] == dt.date(2025, 3, 11)
    assert meeting["date_text"] == "Tuesday"
    assert (meeting["mode"], meeting["status"]) == ("in_person", "held")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Lund will meet Reyk in Bergen next week."),
        ("tr", "Lund'un Reyk ile Bergen'de görüşmesi bekleniyor."),
        ("tr", "Lund, Reyk ile Bergen'de görüşecek."),
        ("de", "Lund wird Reyk in Bergen treffen."),
        ("fr", "Lund rencontrera Reyk à Bergen."),
        ("fr", "Lund devrait s'entretenir avec Reyk à Bergen."),
        ("es", "Lund se reunirá con Reyk en Bergen."),
        ("en", "Lund will host Reyk in Bergen."),
        ("en", "Lund is due to host Reyk in Bergen."),
        ("fr", "Lund accueillera Reyk à Bergen."),
        ("tr", "Lund, Reyk'i Bergen'de kabul edecek."),
        ("tr", "Lund, Reyk'i Bergen'de ağırlayacak."),
    ],
)
def test_announced_meetings_are_planned(language, sentence):
    meeting = only(run(Article(language, [sentence], ACTORS)))
    assert meeting["status"] == "planned"
    assert meeting["participant_names"] == ["Mariela Lund", "Tomas Reyk"]


def test_a_meeting_dated_after_publication_is_planned():
    article = Article("en", ["Lund and Reyk hold talks in Bergen on Friday."], ACTORS, dates={"on Friday": day("2025-03-14")})
    assert only(run(article))["status"] == "planned"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Lund spoke with Reyk by phone about the fishing quotas."),
        ("tr", "Lund, Reyk ile telefonda görüştü."),
        ("de", "Lund telefonierte am Abend mit Reyk."),
        ("fr", "Lund s'est entretenu par téléphone avec Reyk."),
        ("es", "Lund mantuvo una conversación telefónica con Reyk."),
    ],
)
def test_phone_calls_are_not_in_person_meetings(language, sentence):
    assert only(run(Article(language, [sentence], ACTORS)))["mode"] == "phone"


def test_video_conferences_have_the_video_mode():
    article = Article("de", ["Lund und Reyk berieten in einer Videokonferenz über die Quoten."], ACTORS)
    assert only(run(article))["mode"] == "video"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Lund paid a state visit to Chile in June."),
        ("en", "Lund is expected to visit Chile in June."),
        ("tr", "Lund, haziranda Chile'yi ziyaret edecek."),
        ("fr", "Lund sera en visite au Chile en juin."),
    ],
)
def test_a_visitor_and_the_host_country_are_the_parties_of_a_visit(language, sentence):
    article = Article(language, [sentence], ACTORS)
    assert only(run(article))["participant_names"] == ["Chile", "Mariela Lund"]


def test_a_visitor_with_a_host_does_not_borrow_the_people_of_the_sentence_before():
    article = Article("en", ["Reyk praised Ana Ferreira for her work.", "Lund will visit Chile in June."], ACTORS)
    assert run(article)["participant_names"].to_list() == [["Chile", "Mariela Lund"]]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Fisheries Council spokeswoman Mariela Lund said the talks had been useful."),
        ("es", "La portavoz del Fisheries Council, Mariela Lund, dijo que las conversaciones fueron útiles."),
    ],
)
def test_a_body_in_a_persons_title_is_not_a_second_party(language, sentence):
    actors = {**ACTORS, "Fisheries Council": ("Fisheries Council", "organization")}
    assert run(Article(language, [sentence], actors)).is_empty()


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Lund called for talks with Reyk."),
        ("en", "Lund said she was ready to meet Reyk."),
        ("en", "Lund refused to meet Reyk."),
        ("en", "Lund said she would not meet Reyk."),
        ("de", "Lund sei zu Gesprächen mit Reyk bereit."),
        ("de", "Lund lehnte ein Treffen mit Reyk ab."),
        ("fr", "Lund a appelé à des négociations avec Reyk."),
        ("fr", "Lund s'est dite prête à rencontrer Reyk."),
        ("es", "Lund rechazó una reunión con Reyk."),
        ("es", "Lund está dispuesta a reunirse con Reyk."),
        ("tr", "Lund, Reyk ile görüşmeye hazır olduğunu söyledi."),
        ("tr", "Lund, Reyk ile müzakere çağrısında bulundu."),
        # an invitation
        ("en", "Lund invited Reyk to visit Bergen."),
        ("es", "Lund invitó a Reyk a visitar Bergen."),
        ("tr", "Lund, Reyk'i Bergen'i ziyaret etmeye davet etti."),
        # a meeting denied
        ("fr", "Lund et Reyk ne se sont pas rencontrés lundi à Bergen."),
        ("es", "Lund y Reyk no se reunieron el lunes en Bergen."),
        ("de", "Lund und Reyk haben sich am Montag nicht getroffen."),
        ("en", "Lund denied that she would meet Reyk in Bergen."),
        ("es", "Lund negó que vaya a reunirse con Reyk."),
        ("fr", "Lund a démenti qu'elle rencontrerait Reyk à Bergen."),
        ("de", "Lund dementierte ein Treffen mit Reyk."),
        ("tr", "Lund ile Reyk arasında bir görüşme planlanmadığı bildirildi."),
    ],
)
def test_a_meeting_only_called_for_offered_or_refused_is_none(language, sentence):
    assert run(Article(language, [sentence], ACTORS)).is_empty()


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund urged restraint during talks with Reyk.",
        "It was not the first time Lund met Reyk.",
        "Lund, who had called for talks, met Reyk.",
    ],
)
def test_words_of_refusal_or_appeal_elsewhere_leave_the_meeting(sentence):
    assert only(run(Article("en", [sentence], ACTORS)))["participant_names"] == ["Mariela Lund", "Tomas Reyk"]


def test_one_named_person_without_a_host_is_no_meeting():
    assert run(Article("en", ["Lund said the summit had been useful."], ACTORS)).is_empty()


def test_the_two_leaders_are_taken_from_the_sentence_before():
    article = Article(
        "en",
        ["Lund arrived in Bergen to see Reyk.", "The two leaders met for three hours on Tuesday."],
        ACTORS,
        dates={"on Tuesday": day("2025-03-11")},
    )
    meeting = only(run(article))
    assert meeting["participant_names"] == ["Mariela Lund", "Tomas Reyk"]
    assert meeting["meeting_date"] == dt.date(2025, 3, 11)


def test_repeated_mentions_of_one_meeting_are_merged_but_other_meetings_are_kept():
    article = Article(
        "en",
        [
            "Lund met Reyk and Ana Ferreira in Bergen on Tuesday.",
            "Lund and Reyk also discussed the fishing quotas at the meeting.",
            "Lund and Reyk had last met in Valparaíso in 2023.",
        ],
        ACTORS,
        dates={"on Tuesday": day("2025-03-11"), "in 2023": (dt.date(2023, 1, 1), dt.date(2023, 12, 31), "year")},
    )
    meetings = run(article)
    assert meetings["participant_names"].to_list() == [
        ["Ana Ferreira", "Mariela Lund", "Tomas Reyk"],
        ["Mariela Lund", "Tomas Reyk"],
    ]
    assert meetings["meeting_date"].to_list() == [dt.date(2025, 3, 11), dt.date(2023, 1, 1)]
    assert meetings["location_name"].to_list() == ["Bergen", "Valparaíso"]


def test_a_meeting_without_a_date_in_the_article_is_dated_by_the_publication():
    meeting = only(run(Article("en", ["Reyk met Lund in Bergen."], ACTORS)))
    assert (meeting["meeting_date"], meeting["date_text"]) == (PUBLISHED, None)


def test_participants_are_sorted_with_their_ids():
    meeting = only(run(Article("en", ["Reyk met Lund in Bergen."], ACTORS)))
    assert meeting["participant_names"] == ["Mariela Lund", "Tomas Reyk"]
    assert meeting["participant_ids"] == ["person:mariela_lund", "person:tomas_reyk"]


def test_a_headline_and_the_dated_lead_that_repeats_it_give_one_meeting():
    article = Article(
        "es",
        ["Lund y Reyk se reúnen en Bergen", "Lund se reunió ayer con Reyk en Bergen."],
        ACTORS,
        dates={"ayer": day("2025-03-11")},
    )
    meeting = only(run(article))
    assert meeting["participant_names"] == ["Mariela Lund", "Tomas Reyk"]
    assert (meeting["sentence_index"], meeting["meeting_date"]) == (1, dt.date(2025, 3, 11))


@pytest.mark.parametrize(
    ("language", "quoted"),
    [
        ("en", "“The talks were frank,” Reyk said about Lund."),
        ("en", '"The talks were frank," Reyk said about Lund.'),
        ("de", "„Die Gespräche waren offen“, sagte Reyk über Lund."),
        ("fr", "« Les discussions ont été franches », a dit Reyk à propos de Lund."),
        ("es", "«Las conversaciones fueron francas», dijo Reyk sobre Lund."),
    ],
)
def test_talks_in_a_quotation_are_not_a_meeting(language, quoted):
    assert run(Article(language, [quoted], ACTORS, dates={})).is_empty()


def test_a_city_named_as_a_location_comes_before_a_country():
    sentence = "Lund and Reyk discussed the fishing dispute in Chile during a dinner in Bergen."
    assert only(run(Article("en", [sentence], ACTORS)))["location_name"] == "Bergen"


@pytest.mark.parametrize(
    ("language", "sentence", "location"),
    [
        ("en", "Lund met Reyk in Tromsø on Tuesday.", "Tromsø"),
        ("en", "Lund met Reyk at Skaugum Palace.", "Skaugum Palace"),
        ("en", "In Tromsø, Lund met Reyk.", "Tromsø"),
        ("en", "Lund met Reyk in Tromsø's old town.", "Tromsø"),
        ("de", "Lund traf Reyk im Präsidentenpalast in Tromsø.", "Tromsø"),
        ("fr", "Lund a rencontré Reyk à Tromsø.", "Tromsø"),
        ("es", "Lund se reunió con Reyk en Tromsø.", "Tromsø"),
        ("tr", "Lund, Reyk ile Tromsø'da görüştü.", "Tromsø"),
        ("en", "Lund met Reyk in March.", None),
        ("de", "Lund traf Reyk nach Angaben der Regierung im Präsidentenpalast.", None),
    ],
)
def test_a_place_the_gazetteer_does_not_know_is_the_location(language, sentence, location):
    assert only(run(Article(language, [sentence], ACTORS)))["location_name"] == location
