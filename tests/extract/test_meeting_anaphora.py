"""A meeting told again ("This meeting in Vienna", "das Treffen", "Bu görüşme", "the talks" after
a call): it goes on with the event just told, the place after a locative is where it was held
(not a participant), and a date in a "since ..." phrase belongs to another event."""

import datetime as dt

import pytest

from tests.extract.pipeline_frames import extract, rows

MONDAY = dt.date(2025, 3, 10)  # the Monday before the test articles' publication


def meetings(text: str, language: str):
    return extract(text, language)["meeting_mentions"]


# A first sentence that tells the event without a meeting word, then "this meeting in <city>",
# with a date of another event in a "since" phrase.
TOLD_THEN_NAMED = {
    "en": (
        "On Monday, Hakan Fidan and Sergei Lavrov announced a new grain corridor. "
        "This meeting in Vienna was the first for Fidan since taking office on January 5."
    ),
    "de": (
        "Am Montag kündigten Hakan Fidan und Sergei Lawrow einen neuen Getreidekorridor an. "
        "Das Treffen in Wien war das erste für Fidan seit seinem Amtsantritt am 5. Januar."
    ),
    "fr": (
        "Lundi, Hakan Fidan et Sergueï Lavrov ont annoncé un nouveau corridor céréalier. "
        "Cette rencontre à Vienne était la première pour Fidan depuis sa prise de fonctions le 5 janvier."
    ),
    "es": (
        "El lunes, Hakan Fidan y Serguéi Lavrov anunciaron un nuevo corredor de cereales. "
        "La reunión en Viena fue la primera para Fidan desde que asumió el cargo el 5 de enero."
    ),
    "tr": (
        "Hakan Fidan ve Sergey Lavrov pazartesi günü yeni bir tahıl koridoru açıkladı. "
        "Viyana'daki bu görüşme, Fidan'ın göreve başladığı 5 Ocak'tan bu yana ilk görüşmesiydi."
    ),
}


@pytest.mark.parametrize("language", sorted(TOLD_THEN_NAMED))
def test_this_meeting_goes_on_with_the_people_and_day_just_told(language):
    found = meetings(TOLD_THEN_NAMED[language], language)
    assert rows(found, "participant_names", "meeting_date", "location_name") == [
        (["Hakan Fidan", "Sergei Lavrov"], MONDAY, "Vienna")
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hakan Fidan met Sergei Lavrov in Vienna, their first talks since the ceasefire began on January 5.", "en"),
        ("Fidan traf Lawrow in Wien, zum ersten Mal seit der Waffenruhe vom 5. Januar.", "de"),
        ("Fidan a rencontré Lavrov à Vienne, une première depuis le 5 janvier.", "fr"),
        ("Fidan se reunió con Lavrov en Viena, algo inédito desde el 5 de enero.", "es"),
        ("Fidan, Lavrov ile Viyana'da görüştü; ateşkesin başladığı 5 Ocak'tan beri ilk kez.", "tr"),
    ],
)
def test_a_date_in_a_since_phrase_does_not_date_the_meeting(text, language):
    found = meetings(text, language)
    # No date of its own: the meeting is dated by the publication, not by the since-date.
    assert rows(found, "participant_names", "meeting_date", "location_name") == [
        (["Hakan Fidan", "Sergei Lavrov"], dt.date(2025, 3, 12), "Vienna")
    ]


def test_a_since_phrase_that_names_a_meeting_dates_that_meeting():
    text = (
        "Hakan Fidan and Sergei Lavrov met in Vienna on Monday. "
        "It was their first meeting since the summit in Ankara in May 2024."
    )
    found = meetings(text, "en")
    assert sorted(found["meeting_date"].to_list()) == [dt.date(2024, 5, 1), MONDAY]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hakan Fidan held talks in Brussels on Monday.", "en"),
        ("Hakan Fidan führte am Montag in Brüssel Gespräche.", "de"),
        ("Hakan Fidan a tenu des entretiens lundi à Bruxelles.", "fr"),
        ("Hakan Fidan mantuvo conversaciones el lunes en Bruselas.", "es"),
        ("Hakan Fidan pazartesi günü Brüksel'de görüşmeler yaptı.", "tr"),
    ],
)
def test_the_city_a_meeting_is_held_in_is_not_a_participant(text, language):
    found = meetings(text, language)
    assert all("Brussels" not in names for names in found["participant_names"].to_list())


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hakan Fidan paid a visit to Russia on Monday.", "en"),
        ("Hakan Fidan reiste am Montag zu einem Besuch nach Russland.", "de"),
        ("Hakan Fidan realizó el lunes una visita a Rusia.", "es"),
        ("Hakan Fidan pazartesi günü Rusya'ya resmi bir ziyaret gerçekleştirdi.", "tr"),
    ],
)
def test_a_lone_visitor_meets_the_country_it_travels_to(text, language):
    found = meetings(text, language)
    assert rows(found, "participant_names", "location_name") == [(["Hakan Fidan", "Russia"], "Russia")]


def test_mentions_of_one_meeting_get_the_same_people_and_day():
    text = (
        "On Monday, Hakan Fidan and Sergei Lavrov signed a grain accord. "
        "This meeting in Vienna lasted three hours. "
        "Prices of wheat fell. "
        "During their talks, Fidan and Lavrov also discussed the war in Syria, which has raged since March 2011."
    )
    found = meetings(text, "en")
    assert rows(found, "participant_names", "meeting_date", "location_name") == [
        (["Hakan Fidan", "Sergei Lavrov"], MONDAY, "Vienna")
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Hakan Fidan hosted Sergei Lavrov and Jens Stoltenberg in Ankara on Monday. "
            "Earlier in the day, Fidan and Lavrov had met one-on-one.",
            "en",
        ),
        (
            "Hakan Fidan empfing am Montag Sergei Lawrow und Jens Stoltenberg in Ankara. "
            "Zuvor hatten sich Fidan und Lawrow unter vier Augen getroffen.",
            "de",
        ),
        (
            "Hakan Fidan a reçu lundi Sergueï Lavrov et Jens Stoltenberg à Ankara. "
            "Auparavant, Fidan et Lavrov s'étaient entretenus en tête-à-tête.",
            "fr",
        ),
        (
            "Hakan Fidan recibió el lunes a Serguéi Lavrov y Jens Stoltenberg en Ankara. "
            "Previamente, Fidan y Lavrov se reunieron a solas.",
            "es",
        ),
        (
            "Hakan Fidan pazartesi günü Ankara'da Sergey Lavrov ve Jens Stoltenberg ile görüştü. "
            "Fidan ve Lavrov daha önce baş başa bir araya gelmişti.",
            "tr",
        ),
    ],
)
def test_a_meeting_of_fewer_people_said_to_be_separate_is_another_meeting(text, language):
    found = meetings(text, language)
    assert sorted(found["participant_names"].to_list()) == [
        ["Hakan Fidan", "Jens Stoltenberg", "Sergei Lavrov"],
        ["Hakan Fidan", "Sergei Lavrov"],
    ]


def test_a_meeting_told_again_with_fewer_people_is_still_the_same_meeting():
    text = (
        "Hakan Fidan hosted Sergei Lavrov and Jens Stoltenberg in Ankara on Monday. "
        "Fidan and Lavrov met for three hours."
    )
    found = meetings(text, "en")
    assert rows(found, "participant_names") == [(["Hakan Fidan", "Jens Stoltenberg", "Sergei Lavrov"],)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hakan Fidan, who took office on January 5, met Sergei Lavrov in Vienna.", "en"),
        ("Hakan Fidan, quien asumió el cargo el 5 de enero, se reunió con Serguéi Lavrov en Viena.", "es"),
    ],
)
def test_a_date_in_a_clause_about_a_person_does_not_date_the_meeting(text, language):
    found = meetings(text, language)
    assert rows(found, "participant_names", "meeting_date") == [
        (["Hakan Fidan", "Sergei Lavrov"], dt.date(2025, 3, 12))
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Hakan Fidan and Sergei Lavrov met in Vienna on Monday. "
            "The talks were useful, Fidan told reporters on Tuesday.",
            "en",
        ),
        (
            "Hakan Fidan und Sergei Lawrow trafen sich am Montag in Wien. "
            "Das Treffen sei nützlich gewesen, sagte Fidan am Dienstag.",
            "de",
        ),
        (
            "Hakan Fidan a rencontré Sergueï Lavrov lundi à Vienne. "
            "Cette rencontre a été utile, a déclaré Fidan mardi.",
            "fr",
        ),
        (
            "Hakan Fidan y Serguéi Lavrov se reunieron el lunes en Viena. "
            "La reunión fue útil, dijo Fidan el martes.",
            "es",
        ),
    ],
)
def test_the_day_a_meeting_is_talked_about_does_not_date_it(text, language):
    found = meetings(text, language)
    assert rows(found, "participant_names", "meeting_date") == [(["Hakan Fidan", "Sergei Lavrov"], MONDAY)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Vladimir Putin paid a state visit to Pyongyang on Monday.", "en"),
        ("Vladimir Putin pazartesi günü Pyongyang'a resmi bir ziyaret gerçekleştirdi.", "tr"),
        ("Vladimir Putin realizó el lunes una visita oficial a Pyongyang.", "es"),
    ],
)
def test_a_lone_visitor_to_a_capital_meets_its_state(text, language):
    found = meetings(text, language)
    assert rows(found, "participant_names", "location_name") == [(["North Korea", "Vladimir Putin"], "Pyongyang")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Hakan Fidan and Sergei Lavrov met in Vienna on Monday. Grain prices fell sharply in 2019. "
            "Fidan and Lavrov met for three hours.",
            "en",
        ),
        (
            "Hakan Fidan und Sergei Lawrow trafen sich am Montag in Wien. Die Getreidepreise fielen 2019. "
            "Fidan und Lawrow trafen sich drei Stunden lang.",
            "de",
        ),
        (
            "Hakan Fidan y Serguéi Lavrov se reunieron el lunes en Viena. Los precios del trigo cayeron en 2019. "
            "Fidan y Lavrov se reunieron durante tres horas.",
            "es",
        ),
    ],
)
def test_a_meeting_told_again_takes_its_own_day_not_a_nearby_date(text, language):
    found = meetings(text, language)
    assert rows(found, "participant_names", "meeting_date") == [(["Hakan Fidan", "Sergei Lavrov"], MONDAY)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Erdoğan ile Putin pazartesi günü Soçi'de bir araya geldi.", "tr"),
        ("Erdoğan und Putin trafen sich am Montag in Sotschi.", "de"),
        ("Erdoğan et Poutine se sont rencontrés lundi à Sotchi.", "fr"),
    ],
)
def test_a_meeting_place_is_found_in_its_local_spelling(text, language):
    found = meetings(text, language)
    assert rows(found, "participant_names", "location_name") == [
        (["Recep Tayyip Erdoğan", "Vladimir Putin"], "Sochi")
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Turkey and Russia held talks in Vienna on Monday.", "en"),
        ("Ankara and Moscow held talks in Vienna on Monday.", "en"),
        ("Türkiye ve Rusya heyetleri pazartesi günü Viyana'da görüştü.", "tr"),
        ("Die Türkei und Russland führten am Montag in Wien Gespräche.", "de"),
        ("La Turquie et la Russie ont tenu des pourparlers lundi à Vienne.", "fr"),
        ("Turquía y Rusia mantuvieron conversaciones el lunes en Viena.", "es"),
    ],
)
def test_states_that_meet_without_named_people_are_the_participants(text, language):
    found = meetings(text, language)
    assert rows(found, "participant_names", "location_name") == [(["Russia", "Turkey"], "Vienna")]


def test_states_named_as_the_topic_of_a_meeting_are_not_its_participants():
    text = "Hakan Fidan and Sergei Lavrov met in Vienna on Monday. The talks were about Ukraine and Syria."
    found = meetings(text, "en")
    assert rows(found, "participant_names") == [(["Hakan Fidan", "Sergei Lavrov"],)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hakan Fidan and Sergei Lavrov spoke by phone on Monday. The talks focused on Syria."),
        ("de", "Hakan Fidan telefonierte am Montag mit Sergei Lawrow. Die Gespräche drehten sich um Syrien."),
        ("tr", "Hakan Fidan, Sergey Lavrov ile pazartesi günü telefonda görüştü. Görüşmede Suriye'deki durum ele alındı."),
        ("tr", "Hakan Fidan, Sergey Lavrov ile pazartesi günü telefonda görüştü. Bu görüşmede Suriye ele alındı."),
    ],
)
def test_the_talks_after_a_call_are_the_call(language, text):
    found = meetings(text, language)
    assert rows(found, "participant_names", "mode", "meeting_date", "location_name") == [
        (["Hakan Fidan", "Sergei Lavrov"], "phone", MONDAY, None)
    ]


# A meeting of two people, a statement of one of them, then both to meet again on 14 April.
BOTH_TO_MEET_AGAIN = {
    "en": "Hakan Fidan and Sergei Lavrov held talks in Vienna on Monday. Lavrov said the talks were useful. The two ministers will meet again on April 14.",
    "de": "Hakan Fidan und Sergei Lawrow kamen am Montag in Wien zusammen. Lawrow sagte, das Gespräch sei nützlich gewesen. Am 14. April wollen beide erneut zusammenkommen.",
    "fr": "Hakan Fidan et Sergueï Lavrov se sont entretenus lundi à Vienne. Lavrov a affirmé que l'échange avait été utile. Les deux ministres doivent se retrouver le 14 avril.",
    "es": "Hakan Fidan y Serguéi Lavrov se reunieron el lunes en Viena. Lavrov afirmó que el diálogo fue útil. Ambos volverán a reunirse el 14 de abril.",
    "tr": "Hakan Fidan ile Sergey Lavrov pazartesi günü Viyana'da bir araya geldi. Lavrov, temasların yararlı olduğunu söyledi. İki bakan 14 Nisan'da yeniden bir araya gelecek.",
}


@pytest.mark.parametrize("language", sorted(BOTH_TO_MEET_AGAIN))
def test_both_of_a_meeting_just_told_meet_again(language):
    found = rows(meetings(BOTH_TO_MEET_AGAIN[language], language), "participant_names", "meeting_date", "status")
    assert found == [
        (["Hakan Fidan", "Sergei Lavrov"], MONDAY, "held"),
        (["Hakan Fidan", "Sergei Lavrov"], dt.date(2025, 4, 14), "planned"),
    ]


# A call, then a meeting word in a sentence that names none of its parties.
CALL_THEN_ITS_TOPIC = {
    "en": "Recep Tayyip Erdoğan spoke by phone with Vladimir Putin on Monday. Officials said Syria was discussed during the conversation.",
    "de": "Recep Tayyip Erdoğan telefonierte am Montag mit Wladimir Putin. Nach Angaben aus Regierungskreisen ging es in dem Gespräch um Syrien.",
    "fr": "Recep Tayyip Erdoğan s'est entretenu lundi au téléphone avec Vladimir Poutine. Selon Ankara, la Syrie a été abordée lors de cet entretien.",
    "es": "Recep Tayyip Erdoğan conversó el lunes por teléfono con Vladímir Putin. Según fuentes oficiales, en la conversación se abordó Siria.",
    "tr": "Recep Tayyip Erdoğan pazartesi günü Vladimir Putin ile telefonda görüştü. Diplomatik kaynaklara göre, görüşmede Suriye ele alındı.",
}


@pytest.mark.parametrize("language", sorted(CALL_THEN_ITS_TOPIC))
def test_a_meeting_word_that_names_no_party_goes_on_with_the_call_just_told(language):
    found = rows(meetings(CALL_THEN_ITS_TOPIC[language], language), "participant_names", "meeting_date", "mode")
    assert found == [(["Recep Tayyip Erdoğan", "Vladimir Putin"], MONDAY, "phone")]


def test_people_of_a_call_who_will_meet_on_a_day_of_their_own_meet_in_person():
    text = "Recep Tayyip Erdoğan spoke by phone with Vladimir Putin on Monday. They will meet in Ankara next month."
    assert rows(meetings(text, "en"), "mode", "status") == [("phone", "held"), ("in_person", "planned")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "According to Ankara, Russia and China held talks on Monday."),
        ("es", "Según Ankara, Rusia y China mantuvieron conversaciones el lunes."),
    ],
)
def test_the_source_of_an_attribution_takes_no_part_in_the_meeting(language, text):
    assert rows(meetings(text, language), "participant_names") == [(["China", "Russia"],)]


def test_a_meeting_told_in_the_past_takes_no_day_to_come_from_the_sentences_before():
    text = (
        "Margarita Robles anunció este lunes que España reforzará su contingente en Letonia a partir de junio. "
        "Robles se reunió con su homólogo letón, Andris Sprūds."
    )
    assert rows(meetings(text, "es"), "participant_names", "status", "date_text") == [
        (["Andris Sprūds", "Margarita Robles"], "held", None)
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "\u201cEs una muestra de nuestro compromiso con la OTAN\u201d, subrayó Margarita Robles durante una visita a la base de Ádazi."),
        ("en", "\u201cOur commitment to NATO is clear,\u201d Margarita Robles said during a visit to the base."),
    ],
)
def test_a_party_named_inside_a_quotation_takes_no_part_in_the_meeting(language, text):
    assert meetings(text, language).is_empty()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Vladimir Putin hosted Xi Jinping on Monday. Narendra Modi will attend the BRICS summit in Kazan next week."),
        ("es", "Vladímir Putin recibió el lunes a Xi Jinping. Narendra Modi viajará a Kazán la próxima semana para participar en una cumbre regional."),
    ],
)
def test_one_person_going_to_a_summit_meets_no_one_named_before(language, text):
    assert rows(meetings(text, language), "participant_names") == [(["Vladimir Putin", "Xi Jinping"],)]


def test_one_person_joining_the_summit_just_told_joins_its_meeting():
    text = "Vladimir Putin hosted Xi Jinping in Kazan on Monday. The summit was also attended by Narendra Modi."
    assert rows(meetings(text, "en"), "participant_names") == [(["Narendra Modi", "Vladimir Putin", "Xi Jinping"],)]
