"""Who speaks: a person named after an official's title that names their organisation, an
attribution ending the sentence, and no speaker from the clause an attribution opens."""

import datetime as dt

import pytest

from tests.extract.pipeline_frames import extract, rows


def statements(text: str, language: str = "en", published: dt.date | None = dt.date(2025, 3, 12)):
    return extract(text, language, published)["statements"]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("tr", "Hamas yetkilisi Halil Demirci, “Görüşmeler tıkandı” dedi.", "Halil Demirci"),
        ("tr", "Hamas'ın siyasi büro üyesi Halil Demirci, görüşmelerin tıkandığını söyledi.", "Halil Demirci"),
        ("tr", "AB Yüksek Temsilcisi Josep Borrell, Gazze'deki durumun çok ağır olduğunu söyledi.", "Josep Borrell"),
        ("de", "„Die Gespräche sind blockiert“, sagte Hamas-Funktionär Halil Demirci.", "Halil Demirci"),
        ("fr", "« Les discussions sont bloquées », a déclaré le responsable du Hamas Halil Demirci.", "Halil Demirci"),
        ("fr", "Le porte-parole du Hamas Halil Demirci a déclaré que les discussions étaient bloquées.", "Halil Demirci"),
        ("es", "«Las conversaciones están bloqueadas», dijo el alto funcionario de Hamás Halil Demirci.", "Halil Demirci"),
    ],
)
def test_an_official_named_after_the_title_that_names_the_organisation_speaks(language, text, speaker):
    assert rows(statements(text, language), "speaker_names") == [([speaker],)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Botschafter wurde einbestellt, wie das Auswärtige Amt am Dienstag mitteilte.", "German Foreign Office"),
        ("Die Grenze bleibt geschlossen, wie Außenministerin Annalena Baerbock am Dienstag in Berlin sagte.", "Annalena Baerbock"),
    ],
)
def test_an_attribution_ending_the_sentence_reports_what_stands_before_it(text, speaker):
    found = statements(text, "de")
    assert rows(found, "speaker_names", "statement_date") == [([speaker], dt.date(2025, 3, 11))]
    assert "wie" not in found["text"].item().split()


def test_the_subject_of_a_clause_that_a_media_attribution_opens_is_not_its_speaker():
    text = "Reuters'ın aktardığı bilgilere göre Biden, Netanyahu ile pazartesi günü telefonda görüştü."
    assert statements(text, "tr").is_empty()


@pytest.mark.parametrize(
    ("language", "text", "said"),
    [
        ("en", "Mark Rutte was quoted by the TASS news agency as saying on Tuesday that talks were possible.", "talks were possible."),
        ("en", "Mark Rutte was cited by state media as saying the talks would continue.", "the talks would continue."),
        ("en", "Mark Rutte called on Norway on Monday to raise its defence spending.", "Norway on Monday to raise its defence spending."),
        ("es", "Mark Rutte pidió el martes a los aliados europeos que aumenten el gasto.", "a los aliados europeos que aumenten el gasto."),
        ("es", "Mark Rutte instó el martes a Noruega a reforzar sus defensas.", "a Noruega a reforzar sus defensas."),
        ("de", "„Das ist nicht hinnehmbar“, hatte Mark Rutte gesagt.", "Das ist nicht hinnehmbar"),
    ],
)
def test_quoted_by_an_outlet_appeals_with_a_date_between_and_the_pluperfect_report(language, text, said):
    assert rows(statements(text, language), "speaker_names", "text") == [(["Mark Rutte"], said)]


@pytest.mark.parametrize(
    ("language", "text", "said"),
    [
        ("en", "Mark Rutte denied on Monday that NATO planned new bases in Norway.", "NATO planned new bases in Norway."),
        ("fr", "Mark Rutte a démenti lundi tout projet de nouvelle base en Norvège.", "tout projet de nouvelle base en Norvège."),
        ("de", "Mark Rutte bestritt am Montag, dass die Nato neue Stützpunkte plane.", "die Nato neue Stützpunkte plane."),
        ("es", "Mark Rutte negó el lunes que la OTAN planee nuevas bases.", "la OTAN planee nuevas bases."),
        ("tr", "Mark Rutte, NATO'nun Norveç'te yeni üs kuracağı yönündeki haberleri yalanladı.", "NATO'nun Norveç'te yeni üs kuracağı yönündeki haberleri"),
    ],
)
def test_a_denial_is_a_statement(language, text, said):
    assert rows(statements(text, language), "speaker_names", "text") == [(["Mark Rutte"], said)]


def test_denying_access_is_no_statement():
    assert statements("Norway denied access to the journalists on Monday.").is_empty()


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("en", "Mark Rutte, the NATO secretary general, said on Tuesday that the allies were ready.", "Mark Rutte"),
        ("fr", "Mark Rutte, secrétaire général de l'OTAN, a affirmé que les alliés étaient prêts.", "Mark Rutte"),
        ("es", "Mark Rutte, secretario general de la OTAN, afirmó que los aliados están preparados.", "Mark Rutte"),
        ("de", "Mark Rutte, Generalsekretär der Nato, sagte am Dienstag, die Verbündeten seien bereit.", "Mark Rutte"),
    ],
)
def test_a_body_in_the_apposition_after_a_person_speaks_through_the_person(language, text, speaker):
    assert rows(statements(text, language), "speaker_names") == [([speaker],)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Mark Rutte, Olaf Scholz ile düzenlediği basın toplantısında “Hazırız” dedi.", ["Mark Rutte"]),
        ("Olaf Scholz ile görüşen Mark Rutte, ittifakın hazır olduğunu söyledi.", ["Mark Rutte"]),
        ("Mark Rutte, Scholz'la görüştükten sonra ittifakın hazır olduğunu söyledi.", ["Mark Rutte"]),
        ("Mark Rutte, “İttifak her zamankinden güçlü” ifadelerine yer verdi.", ["Mark Rutte"]),
    ],
)
def test_turkish_company_with_ile_does_not_speak(text, speakers):
    assert [names for (names,) in rows(statements(text, "tr"), "speaker_names")] == [speakers]
