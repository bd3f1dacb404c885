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


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("en", "Nadia Kessler, a professor of politics at Leeds University, said the truce was fragile.", "Nadia Kessler"),
        ("es", "Tomás Arriaga, profesor de la Universidad de Sevilla, dijo que la tregua era frágil.", "Tomás Arriaga"),
        ("fr", "Hélène Marchal, chercheuse à l'Institut Montaigne, estime que la trêve est fragile.", "Hélène Marchal"),
        ("de", "Jonas Weidmann, Professor an der Universität Leeds, sagte, die Waffenruhe sei brüchig.", "Jonas Weidmann"),
        ("de", "Der Politikwissenschaftler Jonas Weidmann sagte, die Waffenruhe sei brüchig.", "Jonas Weidmann"),
        ("tr", "Prof. Dr. Ayla Demir, bölgedeki gerginliğin artabileceğini söyledi.", "Ayla Demir"),
        ("tr", "Gazeteci Selin Aksoy, yaptığı açıklamada saldırının planlandığını belirtti.", "Selin Aksoy"),
        ("tr", "Siyaset bilimci Halil Demirci ise seçimin bölgeyi etkileyeceğini ifade etti.", "Halil Demirci"),
    ],
)
def test_a_person_missing_from_the_gazetteer_speaks_without_a_title(language, text, speaker):
    assert rows(statements(text, language), "speaker_names") == [([speaker],)]


def test_a_relative_clause_names_whom_the_speaker_met_not_who_speaks():
    found = extract("Joe Biden, who met Olaf Scholz in Berlin on Monday, said the alliance was ready.", "en")
    assert rows(found["statements"], "speaker_names") == [(["Joe Biden"],)]
    assert rows(found["meeting_mentions"], "participant_names") == [(["Joe Biden", "Olaf Scholz"],)]


def test_names_listed_before_a_relative_clause_are_no_apposition():
    found = extract("Mark Rutte, Olaf Scholz and Giorgia Meloni, who met in Rome on Monday, agreed.", "en")
    assert rows(found["meeting_mentions"], "participant_names") == [(["Giorgia Meloni", "Mark Rutte", "Olaf Scholz"],)]


@pytest.mark.parametrize(
    "text",
    [
        "Sabah Gazetesi, hükümetin yeni bir paket hazırladığını yazdı.",
        "Yeni Delhi Büyükelçiliği, vize başvurularının durdurulduğunu açıkladı.",
    ],
)
def test_a_turkish_institution_opening_a_statement_is_an_organisation(text):
    found = extract(text, "tr")
    speaker = text.split(",")[0]
    assert rows(found["statements"], "speaker_names") == [([speaker],)]
    assert rows(found["actor_mentions"], "actor_type") == [("organization",)]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("en", "According to Nadia Kessler, an energy analyst, gas prices will remain volatile.", "Nadia Kessler"),
        ("es", "Según la analista Marta Ibáñez, la economía crecerá un 2 % este año.", "Marta Ibáñez"),
        ("fr", "Selon l'économiste Hélène Marchal, la récession est désormais inévitable.", "Hélène Marchal"),
        ("de", "Laut dem Militärexperten Jonas Weidmann ist die Lage an der Front kritisch.", "Jonas Weidmann"),
        ("en", "\u201cThis is a dangerous escalation,\u201d said journalist Nadia Kessler.", "Nadia Kessler"),
        ("es", "\u00abLa situación es insostenible\u00bb, afirmó el martes Marta Ibáñez.", "Marta Ibáñez"),
        ("de", "\u201eDie Lage ist angespannt\u201c, sagte der Politikwissenschaftler Jonas Weidmann.", "Jonas Weidmann"),
    ],
)
def test_a_person_missing_from_the_gazetteer_after_an_attribution_or_a_speech_verb_speaks(language, text, speaker):
    assert rows(statements(text, language), "speaker_names") == [([speaker],)]


@pytest.mark.parametrize(
    "text",
    [
        "\u201cThe war will go on,\u201d said Nadia Kessler, who has covered the conflict since 2014.",
        "Joe Biden, who met Olaf Scholz in Berlin on Monday, said the alliance was ready.",
    ],
)
def test_a_date_in_the_speakers_description_does_not_date_the_statement(text):
    assert rows(statements(text), "statement_date") == [(dt.date(2025, 3, 12),)]


@pytest.mark.parametrize(
    ("language", "text", "said"),
    [
        ("en", "Emmanuel Macron said on Thursday he could not rule out sending troops, while Chancellor Olaf Scholz "
         "said Germany would not do so.", [(["Emmanuel Macron"], "he could not rule out sending troops"),
                                           (["Olaf Scholz"], "Germany would not do so.")]),
        ("es", "Pedro Sánchez afirmó que España enviará más ayuda, mientras que Alberto Núñez Feijóo dijo que el "
         "Gobierno improvisa.", [(["Pedro Sánchez"], "España enviará más ayuda"),
                                 (["Alberto Núñez Feijóo"], "el Gobierno improvisa.")]),
        ("fr", "Emmanuel Macron a affirmé que la France restait prête, tandis que Olaf Scholz a déclaré que "
         "l'Allemagne n'enverrait pas de troupes.", [(["Emmanuel Macron"], "la France restait prête"),
                                                     (["Olaf Scholz"], "l'Allemagne n'enverrait pas de troupes.")]),
        ("de", "Olaf Scholz sagte, Deutschland werde keine Truppen schicken, während Emmanuel Macron erklärte, "
         "Frankreich schließe nichts aus.", [(["Olaf Scholz"], "Deutschland werde keine Truppen schicken"),
                                             (["Emmanuel Macron"], "Frankreich schließe nichts aus.")]),
        # a pronoun goes on with the same speaker: one statement
        ("en", "Joe Biden said the talks were useful, and he said more would follow soon.",
         [(["Joe Biden"], "the talks were useful, and he said more would follow soon.")]),
    ],
)
def test_a_contrast_that_reports_another_party_is_their_statement(language, text, said):
    assert rows(statements(text, language), "speaker_names", "text") == said


@pytest.mark.parametrize(
    ("language", "text", "speakers"),
    [
        ("de", "Bundeskanzler Olaf Scholz und Frankreichs Präsident Emmanuel Macron betonten am Freitag, Europa "
         "müsse geschlossen bleiben.", ["Olaf Scholz", "Emmanuel Macron"]),
        ("en", "Joe Biden and his Chinese counterpart Xi Jinping said the talks had been constructive.",
         ["Joe Biden", "Xi Jinping"]),
    ],
)
def test_parties_joined_with_the_second_ones_title_speak_together(language, text, speakers):
    assert rows(statements(text, language), "speaker_names") == [(speakers,)]


@pytest.mark.parametrize(
    ("language", "text", "speaker", "said"),
    [
        ("en", "The decision was criticised by Amnesty International, which said it would put refugees at risk.",
         "Amnesty International", "it would put refugees at risk."),
        ("es", "La decisión fue criticada por Amnistía Internacional, que dijo que pondría en riesgo a los refugiados.",
         "Amnesty International", "pondría en riesgo a los refugiados."),
        ("fr", "La décision a été critiquée par Amnesty International, qui a déclaré qu'elle mettait les réfugiés en danger.",
         "Amnesty International", "elle mettait les réfugiés en danger."),
    ],
)
def test_a_relative_clause_reports_for_the_party_before_it(language, text, speaker, said):
    assert rows(statements(text, language), "speaker_names", "text") == [([speaker], said)]


def test_a_contrast_inside_what_is_reported_is_no_other_report():
    text = "Volodymyr Zelensky said Joe Biden had promised more aid, and that Olaf Scholz said Germany would send tanks."
    assert rows(statements(text), "speaker_names") == [(["Volodymyr Zelensky"],)]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("en", "The plan is risky, said Nadia Kessler, an economist at a London consultancy.", "Nadia Kessler"),
        ("de", "Laut dem Ökonomen Jonas Weidmann wird die Wirtschaft schrumpfen.", "Jonas Weidmann"),
        ("de", "Nach Angaben von Generalinspekteur Jonas Weidmann sind die Truppen bereit.", "Jonas Weidmann"),
    ],
)
def test_a_short_content_before_an_inverted_speaker_and_titles_in_the_dative(language, text, speaker):
    assert rows(statements(text, language), "speaker_names") == [([speaker],)]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("en", "According to Leeds University, the study will take two years.", "Leeds University"),
        ("tr", "Esenboğa Havalimanı, yarın uçuşlara yeniden açılacağını bildirdi.", "Esenboğa Havalimanı"),
        ("de", "Laut der Hochschule Ruhrtal ist die Lage ruhig.", "Hochschule Ruhrtal"),
    ],
)
def test_an_institution_missing_from_the_gazetteer_speaks_as_an_organisation(language, text, speaker):
    found = extract(text, language)
    assert rows(found["statements"], "speaker_names") == [([speaker],)]
    assert rows(found["actor_mentions"], "actor_type") == [("organization",)]
