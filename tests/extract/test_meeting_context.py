"""Meetings told over several sentences: "the meeting" goes on with the previous one, "the two
men" are the article's two most named people, joint press conferences, German present tense."""

import datetime as dt

import polars as pl
import pytest

from tests.extract.pipeline_frames import extract, rows


def meetings(text: str, language: str = "en"):
    return extract(text, language)["meeting_mentions"]


def test_the_meeting_named_as_known_adds_its_people_to_the_previous_one():
    text = (
        "Hakan Fidan met Sergei Lavrov in Ankara on Monday. "
        "The meeting was also attended by Jens Stoltenberg."
    )
    assert rows(meetings(text), "participant_names", "meeting_date") == [
        (["Hakan Fidan", "Jens Stoltenberg", "Sergei Lavrov"], dt.date(2025, 3, 10))
    ]


def test_a_known_meeting_with_a_date_of_its_own_is_another_meeting():
    text = (
        "Hakan Fidan met Sergei Lavrov in Ankara on Monday. "
        "Their previous meeting, with Jens Stoltenberg in Vienna in 2023, ended without a deal."
    )
    found = meetings(text)
    assert found.height == 2
    assert found["date_precision"].to_list() == ["day", "year"]


def test_the_two_men_are_the_two_people_the_article_names_most():
    text = (
        "Hakan Fidan and Sergei Lavrov have clashed over grain exports for months. "
        "Fidan accused Lavrov of delays. "
        "Grain prices rose sharply in the spring. "
        "The two men finally met in Ankara on Monday."
    )
    found = meetings(text)
    assert rows(found, "participant_names", "mode") == [(["Hakan Fidan", "Sergei Lavrov"], "in_person")]


def test_a_joint_press_conference_is_a_meeting():
    found = meetings("Hakan Fidan gave a joint press conference with Sergei Lavrov in Ankara.")
    assert rows(found, "participant_names") == [(["Hakan Fidan", "Sergei Lavrov"],)]


def test_german_present_tense_with_a_weekday_announces_a_meeting():
    found = meetings("Fidan und Lawrow treffen sich am Montag in Ankara.", "de")
    assert rows(found, "meeting_date", "status") == [(dt.date(2025, 3, 17), "planned")]


def test_a_meeting_told_again_without_a_date_takes_the_date_of_the_first_telling():
    text = (
        "The Vienna summit brought together Hakan Fidan, Jens Stoltenberg and Sergei Lavrov. "
        "Fidan and Lavrov met at the summit on Monday."
    )
    found = meetings(text)
    assert rows(found, "participant_names", "meeting_date") == [
        (["Hakan Fidan", "Jens Stoltenberg", "Sergei Lavrov"], dt.date(2025, 3, 10))
    ]


def test_an_unresolvable_day_keeps_a_meeting_apart_from_an_earlier_dated_one():
    # Without a publication date "am Mittwoch" is an unknown day, not the "November 2022" after it.
    text = (
        "Fidan und Lawrow trafen sich am Mittwoch in Ankara, zuletzt hatten sie sich im November 2022 getroffen. "
        "Fidan telefonierte danach mit Lawrow. "
        "Es war das erste Treffen der beiden seit dem Gipfel in Wien im November 2022."
    )
    found = extract(text, "de", None)["meeting_mentions"]
    in_person = found.filter(found["mode"] == "in_person")
    assert rows(in_person, "meeting_date", "date_text") == [
        (None, "am Mittwoch"),
        (dt.date(2022, 11, 1), "im November 2022"),
    ]


def test_a_lone_person_does_not_meet_a_body_of_their_own_state():
    assert meetings("The Kremlin said Vladimir Putin held talks in Sochi on Monday.").is_empty()
    found = meetings("Vladimir Putin held talks with the Pentagon on Monday.")
    assert rows(found, "participant_names") == [(["Pentagon", "Vladimir Putin"],)]


@pytest.mark.parametrize(
    ("language", "text", "participants"),
    [
        ("de", "Scholz und Biden kamen am 9. März im Weißen Haus zusammen.", ["Joe Biden", "Olaf Scholz"]),
        ("es", "El presidente chileno, Gabriel Boric, viajará a Madrid, donde se entrevistará con Pedro Sánchez.",
         ["Gabriel Boric", "Pedro Sánchez"]),
        ("es", "El papa Francisco se reunirá con Giorgia Meloni en el Vaticano.", ["Giorgia Meloni", "Pope Francis"]),
        ("en", "Egyptian President Abdel Fattah al-Sisi received Jordan's King Abdullah in Cairo on Saturday.",
         ["Abdel Fattah el-Sisi", "Abdullah II"]),
    ],
)
def test_more_ways_of_meeting(language, text, participants):
    assert rows(meetings(text, language), "participant_names") == [(participants,)]


def test_a_turkish_date_with_a_suffix_is_no_part_of_the_place_after_it():
    found = meetings("Erdoğan, Putin ile 12 Mart'ta Zarovo'da bir araya geldi.", "tr")
    assert rows(found, "location_name") == [("Zarovo",)]


@pytest.mark.parametrize(
    ("language", "text", "participants"),
    [
        ("en", "Hakan Fidan phoned his Kenyan counterpart on Monday to discuss the grain corridor.", ["Hakan Fidan", "Kenya"]),
        ("en", "Hakan Fidan met the Kenyan foreign minister in Nairobi on Monday.", ["Hakan Fidan", "Kenya"]),
        ("fr", "Hakan Fidan a rencontré lundi son homologue kényan à Nairobi.", ["Hakan Fidan", "Kenya"]),
        ("de", "Hakan Fidan traf am Montag in Nairobi seinen kenianischen Amtskollegen.", ["Hakan Fidan", "Kenya"]),
        ("es", "Hakan Fidan se reunió el lunes en Nairobi con su homólogo keniano.", ["Hakan Fidan", "Kenya"]),
        ("tr", "Hakan Fidan, pazartesi günü Nairobi'de Kenyalı mevkidaşı ile görüştü.", ["Hakan Fidan", "Kenya"]),
        # the official of the person's own state is no other party
        ("en", "Hakan Fidan met the Turkish ambassador in Nairobi on Monday.", None),
    ],
)
def test_an_unnamed_official_or_counterpart_meets_for_their_state(language, text, participants):
    found = meetings(text, language)
    assert rows(found, "participant_names") == ([(participants,)] if participants else [])


@pytest.mark.parametrize(
    ("language", "text", "participants"),
    [
        ("en", "The Kenyan president, Amani Wekesa, met his Brazilian counterpart on Monday.", ["Amani Wekesa", "Brazil"]),
        ("es", "El presidente keniano, Amani Wekesa, se reunió el lunes con su homólogo brasileño en Brasilia.",
         ["Amani Wekesa", "Brazil"]),
        # talks the person speaks of are no meeting of the person and their own state
        ("es", "El presidente keniano Amani Wekesa dijo que las negociaciones con Uganda continuarán.", None),
        ("es", "El presidente keniano, Amani Wekesa, afirmó el lunes que las conversaciones seguirán.", None),
    ],
)
def test_the_state_in_a_named_persons_title_meets_only_through_them(language, text, participants):
    found = meetings(text, language)
    assert rows(found, "participant_names") == ([(participants,)] if participants else [])


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the date ends the phrase about the meeting that opens the sentence
        ("Nach einem Treffen mit Recep Tayyip Erdoğan in Istanbul am vergangenen Freitag sagte Selenskyj, "
         "die Gespräche seien gut gewesen.", dt.date(2025, 3, 7)),
        # the date of a saying after the meeting is not the meeting's
        ("Olaf Scholz und Emmanuel Macron trafen sich am Montag in Paris. Nach dem Treffen sagte Scholz am "
         "Dienstag, die Gespräche seien gut gewesen.", dt.date(2025, 3, 10)),
        # a weekday inside the phrase that plans the meeting is the coming one
        ("Jens Stoltenberg reist am Montag nach Ankara, wo er Außenminister Hakan Fidan treffen wird.", dt.date(2025, 3, 17)),
        ("Am Montag trifft sich Olaf Scholz mit Emmanuel Macron in Paris.", dt.date(2025, 3, 17)),
        ("Olaf Scholz traf am Montag Emmanuel Macron in Paris, ein weiteres Treffen ist geplant.", dt.date(2025, 3, 10)),
    ],
)
def test_the_date_a_german_meeting_takes(text, date):
    assert meetings(text, "de")["meeting_date"].to_list() == [date]


def test_a_german_meeting_to_come_together():
    text = "Jens Stoltenberg wird am Montag in Ankara erwartet, wo er mit Hakan Fidan zusammenkommen soll."
    assert rows(meetings(text, "de"), "participant_names", "status") == [(["Hakan Fidan", "Jens Stoltenberg"], "planned")]


@pytest.mark.parametrize(
    ("language", "text", "participants"),
    [
        ("fr", "Josep Borrell a rencontré Albin Kurti à Bruxelles, a indiqué son porte-parole Peter Stano.",
         ["Albin Kurti", "Josep Borrell"]),
        ("en", "Antony Blinken met Wang Yi in Beijing on Friday, said State Department spokesman Matthew Miller.",
         ["Antony Blinken", "Wang Yi"]),
    ],
)
def test_who_reports_a_meeting_after_it_takes_no_part(language, text, participants):
    assert rows(meetings(text, language), "participant_names") == [(participants,)]


def test_who_speaks_of_the_talks_just_told_takes_no_part_in_them():
    text = (
        "Giorgia Meloni received Emmanuel Macron in Rome on Monday. "
        "Olaf Scholz said the talks had been constructive."
    )
    assert rows(meetings(text), "participant_names") == [(["Emmanuel Macron", "Giorgia Meloni"],)]


@pytest.mark.parametrize(
    "text",
    [
        "Mark Rutte, Olaf Scholz ile görüştükten sonra basın toplantısı düzenledi.",
        "Olaf Scholz ile görüşen Mark Rutte, ittifakın hazır olduğunu söyledi.",
    ],
)
def test_a_turkish_meeting_told_by_its_participle_is_held(text):
    assert rows(meetings(text, "tr"), "participant_names", "status") == [(["Mark Rutte", "Olaf Scholz"], "held")]


@pytest.mark.parametrize(
    ("text", "participants", "mode"),
    [
        ("Erdoğan, NATO Genel Sekreteri Jens Stoltenberg ile Ankara'da görüştü.", ["Jens Stoltenberg", "Recep Tayyip Erdoğan"], "in_person"),
        ("Erdoğan, Almanya Başbakanı Olaf Scholz ile telefonda görüştü.", ["Olaf Scholz", "Recep Tayyip Erdoğan"], "phone"),
        ("Erdoğan, Azerbaycan Cumhurbaşkanı İlham Aliyev'i Beştepe'de kabul etti.", ["Ilham Aliyev", "Recep Tayyip Erdoğan"], "in_person"),
    ],
)
def test_a_title_before_the_second_party_is_theirs_not_the_first_partys(text, participants, mode):
    found = extract(text, "tr")
    assert rows(found["meeting_mentions"], "participant_names", "mode") == [(participants, mode)]
    roles = dict(rows(found["actor_mentions"].filter(pl.col("actor_type") == "person"), "text", "role"))
    assert roles["Erdoğan"] is None


@pytest.mark.parametrize(
    ("text", "date", "status"),
    [
        # the present tense of a meeting with a date tells what is to come
        ("Olaf Scholz trifft am Montag den französischen Präsidenten Emmanuel Macron in Berlin.", dt.date(2025, 3, 17), "planned"),
        ("Olaf Scholz trifft am 25. März in Rom Emmanuel Macron.", dt.date(2025, 3, 25), "planned"),
        ("Olaf Scholz empfängt am Dienstag Emmanuel Macron im Kanzleramt.", dt.date(2025, 3, 18), "planned"),
        ("Olaf Scholz telefoniert am Montag mit Joe Biden.", dt.date(2025, 3, 17), "planned"),
        ("Annalena Baerbock kommt am Donnerstag in Kairo mit ihrem ägyptischen Amtskollegen Sameh Schukri zusammen.",
         dt.date(2025, 3, 13), "planned"),
        # ... the past and the perfect what was
        ("Olaf Scholz traf am Montag Emmanuel Macron in Berlin.", dt.date(2025, 3, 10), "held"),
        ("Olaf Scholz hat am Montag Emmanuel Macron in Berlin getroffen.", dt.date(2025, 3, 10), "held"),
        ("Olaf Scholz sprach am Montag mit Joe Biden über die Lage.", dt.date(2025, 3, 10), "held"),
    ],
)
def test_a_german_meeting_in_the_present_tense_is_to_come(text, date, status):
    assert rows(meetings(text, "de"), "meeting_date", "status") == [(date, status)]


def test_talking_with_the_press_is_no_meeting():
    assert meetings("Olaf Scholz sprach am Donnerstag mit Journalisten über die Lage in der Ukraine.", "de").is_empty()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A planned meeting between Volodymyr Zelensky and Recep Tayyip Erdoğan in Istanbul was cancelled on Thursday."),
        ("es", "La reunión entre Pedro Sánchez y Emmanuel Macron en París fue cancelada el jueves."),
        ("fr", "La rencontre entre Emmanuel Macron et Olaf Scholz à Berlin a été reportée jeudi."),
        # French "appeler à" calls for something, "appeler X à" calls on someone: no phone call
        ("fr", "Olaf Scholz a exclu lundi l'envoi de troupes, tandis que Donald Tusk a appelé à la prudence."),
        ("fr", "Emmanuel Macron a appelé mardi Vladimir Poutine à cesser les hostilités."),
    ],
)
def test_a_meeting_called_off_or_a_call_for_something_is_none(language, text):
    assert meetings(text, language).is_empty()


@pytest.mark.parametrize(
    ("language", "text", "participants", "mode"),
    [
        ("fr", "Emmanuel Macron a appelé Vladimir Poutine mardi.", ["Emmanuel Macron", "Vladimir Putin"], "phone"),
        ("tr", "Erdoğan, Macaristan Başbakanı Viktor Orban'ı Beştepe'de resmi törenle karşıladı.",
         ["Recep Tayyip Erdoğan", "Viktor Orbán"], "in_person"),
    ],
)
def test_a_call_to_someone_and_a_ceremonial_welcome_are_meetings(language, text, participants, mode):
    assert rows(meetings(text, language), "participant_names", "mode") == [(participants, mode)]


def test_troops_ruled_out_on_a_day_are_no_deployment():
    text = "Olaf Scholz a exclu lundi l'envoi de troupes en Ukraine."
    assert extract(text, "fr")["deployment_mentions"].is_empty()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Speaking at the NATO summit in The Hague, Recep Tayyip Erdoğan said Turkey would send more troops."),
        ("de", "Auf dem NATO-Gipfel in Den Haag sagte Recep Tayyip Erdoğan, die Türkei werde mehr Soldaten schicken."),
        ("fr", "Lors du sommet de l'Otan à La Haye, Recep Tayyip Erdoğan a déclaré que la Turquie enverrait plus de soldats."),
        ("es", "En la cumbre de la OTAN en La Haya, Recep Tayyip Erdoğan dijo que Turquía enviará más soldados."),
        ("tr", "Recep Tayyip Erdoğan, NATO zirvesinde yaptığı konuşmada Türkiye'nin daha fazla asker göndereceğini açıkladı."),
    ],
)
def test_one_person_at_an_organisations_summit_does_not_meet_the_organisation(language, text):
    assert meetings(text, language).is_empty()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Recep Tayyip Erdoğan und Mark Rutte trafen sich am Montag auf dem NATO-Gipfel in Den Haag."),
        ("tr", "Recep Tayyip Erdoğan ile Mark Rutte pazartesi günü NATO zirvesinde bir araya geldi."),
    ],
)
def test_two_people_at_an_organisations_summit_meet(language, text):
    assert rows(meetings(text, language), "participant_names", "meeting_date") == [
        (["Mark Rutte", "Recep Tayyip Erdoğan"], dt.date(2025, 3, 10))
    ]


def test_a_turkish_plan_accepted_is_no_meeting_with_the_people_before():
    text = "Olaf Scholz pazartesi günü Paris'te Emmanuel Macron ile görüştü. Cumhurbaşkanı Recep Tayyip Erdoğan, Katar planını kabul ettiğini belirtti."
    assert rows(meetings(text, "tr"), "participant_names") == [(["Emmanuel Macron", "Olaf Scholz"],)]


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        ("Erdoğan, Almanya Başbakanı Olaf Scholz'u dün Ankara'da kabul etti.", ["Olaf Scholz", "Recep Tayyip Erdoğan"]),
        ("Erdoğan, Emmanuel Macron'u yarın Dolmabahçe'de kabul edecek.", ["Emmanuel Macron", "Recep Tayyip Erdoğan"]),
    ],
)
def test_a_turkish_person_received_in_the_accusative_is_met(text, participants):
    assert rows(meetings(text, "tr"), "participant_names") == [(participants,)]
