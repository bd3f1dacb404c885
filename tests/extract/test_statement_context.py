"""Statements in context: who speaks when demonyms, quotes and clauses surround the verb;
scare quotes; quotes over paragraphs; passive reports in Turkish; joint statements going on."""

import datetime as dt

import pytest

from tests.extract.pipeline_frames import extract, rows


def statements(text: str, language: str = "en", published: dt.date | None = dt.date(2025, 3, 12)):
    return extract(text, language, published)["statements"]


def test_a_demonym_speaks_only_as_officials():
    found = statements("Turkish officials said the border crossing would reopen next week.")
    assert rows(found, "speaker_names") == [(["Turkey"],)]


@pytest.mark.parametrize(
    ("language", "text", "said"),
    [
        ("fr", "Un responsable turc a indiqué que le poste-frontière rouvrirait la semaine prochaine.", "le poste-frontière rouvrirait"),
        ("es", "Según un alto funcionario turco, el paso fronterizo reabrirá la próxima semana.", "el paso fronterizo reabrirá"),
        ("de", "Der Übergang werde nächste Woche geöffnet, sagte ein ranghoher türkischer Offizier.", "Der Übergang werde"),
        ("tr", "İki Türk yetkili, sınır kapısının gelecek hafta açılacağını söyledi.", "sınır kapısının"),
    ],
)
def test_a_demonym_speaks_as_the_official_noun_before_or_after_it(language, text, said):
    found = statements(text, language)
    assert rows(found, "speaker_names") == [(["Turkey"],)]
    # the official noun after the demonym is not part of what is said
    assert found["text"].item().startswith(said)


def test_a_demonym_inside_what_is_said_is_not_the_speaker():
    found = statements("Hakan Fidan said that Turkish exporters would gain from the new rules.")
    assert rows(found, "speaker_names", "statement_kind") == [(["Hakan Fidan"], "reported")]


def test_a_state_named_in_the_reported_clause_is_not_the_speaker():
    found = statements("A senior official said that Norway would join the talks.")
    assert found.is_empty()


def test_content_before_a_comma_and_a_short_subject_is_what_is_said():
    found = statements("The talks will resume next month, Hakan Fidan said on Tuesday after meeting his counterpart.")
    assert rows(found, "speaker_names", "text") == [(["Hakan Fidan"], "The talks will resume next month")]


def test_a_subject_with_a_long_title_before_the_verb_is_not_the_content():
    text = "The Turkish Ambassador to the United Nations Hakan Fidan said the vote had been postponed."
    assert rows(statements(text), "text") == [("the vote had been postponed.",)]


@pytest.mark.parametrize(
    "text",
    [
        'The so-called "grain corridor" was discussed at length.',
        'Troops took part in "Operation Northern Shield" in March.',
        "Les discussions ont porté sur une « situation intenable » dans la région.",
    ],
)
def test_scare_quotes_and_quoted_names_are_not_statements(text):
    language = "fr" if "«" in text else "en"
    assert statements(text, language).is_empty()


def test_a_short_quote_inside_reported_speech_is_part_of_that_statement():
    found = statements('Hakan Fidan said the talks had been "very productive" and would go on.')
    assert rows(found, "statement_kind") == [("reported",)]


def test_a_quote_opened_with_a_closing_mark_is_a_quote():
    found = statements("”We will stay the course whatever happens,” Hakan Fidan said.")
    assert rows(found, "speaker_names", "statement_kind", "text") == [
        (["Hakan Fidan"], "direct_quote", "We will stay the course whatever happens,")
    ]


def test_a_quote_alone_in_its_sentence_is_said_by_the_subject_of_the_sentence_before():
    text = 'Hakan Fidan welcomed Sergei Lavrov to Ankara on Monday. "Our trade must grow again this year."'
    assert rows(statements(text), "speaker_names") == [(["Hakan Fidan"],)]


def test_a_state_in_the_sentence_before_does_not_speak_a_quote():
    text = 'Norway and Latvia signed the accord. "It changes a great deal for fishermen here."'
    assert statements(text).is_empty()


def test_german_reported_speech_with_so_and_the_speaker_after():
    found = statements("Die Grenze bleibe für den Handel offen, so Fidan.", "de")
    assert rows(found, "speaker_names", "text") == [(["Hakan Fidan"], "Die Grenze bleibe für den Handel offen")]


def test_a_quote_over_several_paragraphs_is_one_statement_per_paragraph_with_one_speaker():
    text = (
        "Hakan Fidan said in a written statement:\n\n"
        '"The border will stay open to trade and to travellers from both sides.\n\n'
        'Our teams will keep working with the neighbours on every open question."'
    )
    found = statements(text)
    assert rows(found, "speaker_names", "statement_kind") == [
        (["Hakan Fidan"], "direct_quote"),
        (["Hakan Fidan"], "direct_quote"),
    ]
    assert found["text"].to_list()[0].startswith("The border will stay open")


def test_a_long_quote_is_one_statement_per_sentence():
    text = (
        '"We have agreed to reopen the northern crossing for trucks and buses next month. '
        "Both governments will review the arrangement at the end of the summer season, "
        'and we will tell the public about the results," Hakan Fidan said.'
    )
    found = statements(text)
    assert found.height == 2
    assert set(found["speaker_names"].list.first()) == {"Hakan Fidan"}


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Dışişleri Bakanlığı'ndan yapılan açıklamada sınırın ticarete açık kalacağı belirtildi.", ["Turkish Foreign Ministry"]),
        ("Sınırın ticarete açık kalacağı belirtildi.", None),
        ("Kremlin'den yapılan açıklamada, “Sınır ticarete açık kalacak” denildi.", ["Kremlin"]),
        ("Açıklamada, sınırın ticarete açık kalacağı dile getirildi.", None),
    ],
)
def test_turkish_passive_reports_need_the_statement_they_come_from(text, speakers):
    found = statements(text, "tr")
    assert rows(found, "speaker_names") == ([(speakers,)] if speakers else [])


def test_a_statement_going_on_keeps_all_the_speakers_of_a_joint_statement():
    text = (
        "Hakan Fidan and Sergei Lavrov said in a joint statement that grain exports would resume. "
        "The statement also said that prisoners would be exchanged."
    )
    found = statements(text)
    assert [sorted(names) for names in found["speaker_names"].to_list()] == [["Hakan Fidan", "Sergei Lavrov"]] * 2


def test_a_media_outlet_before_the_verb_reports_but_one_after_it_carries_the_words():
    assert statements("Reuters reported that the border would reopen.").is_empty()
    found = statements("Hakan Fidan told Reuters that the border would reopen.")
    assert rows(found, "speaker_names") == [(["Hakan Fidan"],)]


def test_a_sentence_introducing_a_quote_is_not_a_statement_itself():
    text = 'Hakan Fidan said:\n\n"The border will stay open to trade and to travellers."'
    found = statements(text)
    assert rows(found, "statement_kind") == [("direct_quote",)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The island declared independence from the federation in 1991."),
        ("es", "El gobierno declaró la guerra a los rebeldes el domingo."),
        ("fr", "Le territoire a déclaré son indépendance en 2008."),
        ("tr", "Hükümet dün savaş ilan etti."),
        ("es", "El gobierno declaró la guerra y aprobó “pasos militares significativos” el domingo."),
    ],
)
def test_declaring_war_or_independence_is_not_a_statement_nor_are_its_quotes(language, text):
    assert statements(text, language).is_empty()


def test_a_subject_after_the_verb_leaves_the_content_before_the_comma():
    text = "La cifra de heridos podría cambiar en las próximas horas, agregó Hakan Fidan, que habló en Ankara."
    assert rows(statements(text, "es"), "speaker_names", "text") == [
        (["Hakan Fidan"], "La cifra de heridos podría cambiar en las próximas horas")
    ]


def test_an_apposition_before_the_verb_is_no_inverted_subject():
    text = "Le ministre turc, Hakan Fidan, a annoncé le 10 mars la réouverture de la frontière pour les camions."
    found = statements(text, "fr")
    assert found["text"].to_list()[0].startswith("la réouverture")  # after the date of saying
    assert found["statement_date"].to_list()[0] == dt.date(2025, 3, 10)


def test_a_turkish_attribution_names_its_source_before_it_and_the_content_after_it():
    text = "Türk yetkililerin verdiği bilgiye göre, Hakan Fidan pazartesi günü Moskova'ya gidecek."
    assert rows(statements(text, "tr"), "speaker_names", "text") == [
        (["Turkey"], "Hakan Fidan pazartesi günü Moskova'ya gidecek.")
    ]


def test_a_turkish_quote_right_before_its_verb_is_a_direct_quote_of_a_joint_statement():
    text = (
        "Hakan Fidan ve Sergei Lavrov Ankara'da bir araya geldi. "
        "İki lider, “Tahıl koridoru yeniden açılmalı ve ticaret büyümeli” dedi."
    )
    found = statements(text, "tr")
    assert rows(found, "statement_kind") == [("direct_quote",)]
    assert sorted(found["speaker_names"].to_list()[0]) == ["Hakan Fidan", "Sergei Lavrov"]


def test_a_military_rank_before_a_name_is_no_part_of_it():
    found = statements("“The convoy reached the port at dawn,” army spokesperson Rear Adm. Lena Marsh told reporters.")
    assert rows(found, "speaker_names", "speaker_ids") == [(["Lena Marsh"], [None])]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("tr", "Beyaz Saray Ulusal Güvenlik Sözcüsü John Kirby, sınırın açık kalacağını belirtti.", "John Kirby"),
        ("tr", "Cumhurbaşkanlığı İletişim Başkanı Fahrettin Altun, sınırın açık kalacağını söyledi.",
         "Fahrettin Altun"),
        ("en", "White House National Security Council spokesman John Kirby said the border would stay open.",
         "John Kirby"),
        ("en", "“The border will stay open,” White House national security spokesman John Kirby told reporters.",
         "John Kirby"),
        ("fr", "Le porte-parole du Conseil de sécurité nationale, John Kirby, a déclaré que la frontière resterait ouverte.",
         "John Kirby"),
    ],
)
def test_a_department_of_a_body_in_a_title_leaves_the_person_speaking(language, text, speaker):
    assert rows(statements(text, language), "speaker_names") == [([speaker],)]


@pytest.mark.parametrize(
    ("language", "text", "said"),
    [
        ("fr", "La frontière avec la Pologne restera ouverte, a déclaré mardi le porte-parole du Kremlin Dmitri Peskov.",
         "La frontière avec la Pologne restera ouverte"),
        ("es", "La frontera con Polonia seguirá abierta, dijo el martes el portavoz del Kremlin Dmitri Peskov.",
         "La frontera con Polonia seguirá abierta"),
        ("fr", "La frontière avec la Pologne restera ouverte, a réaffirmé mercredi le porte-parole du Conseil de "
         "sécurité nationale John Kirby.", "La frontière avec la Pologne restera ouverte"),
    ],
)
def test_a_long_title_and_name_after_the_verb_speak_what_comes_before(language, text, said):
    found = statements(text, language)
    assert rows(found, "text") == [(said,)]
    assert found["speaker_names"].item()[0] in {"Dmitry Peskov", "John Kirby"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("tr", "Cumhurbaşkanı Erdoğan'ın sözcüsü İbrahim Kalın salı günü yaptığı açıklamada sınırın açık kalacağını söyledi."),
        ("tr", "Erdoğan'ın Sözcüsü İbrahim Kalın, sınırın açık kalacağını söyledi."),
        ("fr", "Le porte-parole de Recep Tayyip Erdoğan, İbrahim Kalın, a déclaré que la frontière resterait ouverte."),
        ("en", "Erdogan's spokesman Ibrahim Kalin said the border would stay open."),
    ],
)
def test_a_persons_spokesman_named_after_the_person_speaks(language, text):
    found = statements(text, language)
    assert rows(found, "speaker_names") == [(["İbrahim Kalın"],)]
    assert found["text"].to_list()[0].startswith(("sınırın", "la frontière", "the border"))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "NATO-Generalsekretär Jens Stoltenberg betonte, das Bündnis sei „keine Konfliktpartei“."),
        ("en", 'NATO Secretary General Jens Stoltenberg stressed that the alliance was "no party to the war".'),
        ("fr", "Jens Stoltenberg a affirmé que l'Alliance resterait « aux côtés de ses alliés »."),
    ],
)
def test_a_quote_in_the_clause_of_a_verb_is_said_by_its_subject_not_by_a_party_in_the_clause(language, text):
    assert set(statements(text, language)["speaker_names"].list.first()) == {"Jens Stoltenberg"}


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("es", "«Necesitamos munición ahora», reclamó Volodímir Zelenski.", "Volodymyr Zelensky"),
        ("de", "Aleksandar Vučić warf der Regierung in Pristina am Dienstag vor, die Minderheit zu unterdrücken.",
         "Aleksandar Vučić"),
        ("fr", "Nikol Pachinian a de son côté annoncé mercredi que l'Arménie avait gelé sa participation.",
         "Nikol Pashinyan"),
        ("fr", "Washington s'est dit mardi « profondément préoccupé » par ce rapprochement.", "United States"),
        ("es", "El ministro israelí de Exteriores, Israel Katz, acusó el miércoles a ambos gobiernos de premiar el "
               "terrorismo.", "Israel Katz"),
        ("fr", "« Il faut des munitions maintenant », a réclamé Volodymyr Zelensky.", "Volodymyr Zelensky"),
        ("tr", "Hakan Fidan, “Kalıcı ateşkes şart” vurgusu yaptı.", "Hakan Fidan"),
        ("de", "Die Grenze bleibt offen, teilte Verteidigungsminister Władysław Kosiniak-Kamysz am Dienstag mit.",
         "Władysław Kosiniak-Kamysz"),
        ("de", "„Das wird nicht passieren“, sagte ein Sprecher des Weißen Hauses.", "White House"),
        ("fr", "Les frontières resteront ouvertes jusqu'en mai, selon le département d'État.", "State Department"),
        ("es", "Las tropas estadounidenses seguirán desplegadas en Siria durante meses, recordó un portavoz "
               "del Departamento de Defensa.", "Pentagon"),
        ("es", "Fuentes de la Moncloa indicaron que el presupuesto se aprobará en mayo.", "Moncloa"),
        ("es", "Según el ministro de Exteriores ruso, Serguéi Lavrov, las relaciones están en su peor momento.",
         "Sergei Lavrov"),
        ("de", "Die Armee hat nach Angaben aus Kiew die Stadt am Morgen verlassen.", "Ukraine"),
        ("de", "Estland will nach den Worten von Regierungschefin Kaja Kallas die Grenze schließen.", "Kaja Kallas"),
        ("en", "According to Pentagon spokesman Major General Pat Ryder, the strikes hit three launchers.",
         "Pat Ryder"),
        ("en", "Saudi Foreign Minister Prince Faisal bin Farhan said the kingdom would not normalise ties.",
         "Faisal bin Farhan"),
        ("en", "India's External Affairs Minister S. Jaishankar said the border talks would go on.",
         "Subrahmanyam Jaishankar"),
        ("en", "Sergei Lavrov on Monday accused the West of trying to inflict a strategic defeat on Russia.",
         "Sergei Lavrov"),
        ("en", "The Philippine coast guard said on Tuesday that Chinese vessels had fired water cannon.",
         "Philippine Coast Guard"),
        ("en", "The Pakistani foreign office said the talks had been productive.", "Pakistani Foreign Ministry"),
        ("fr", "Selon le renseignement sud-coréen, la Corée du Nord a livré des obus à la Russie.",
         "South Korean Intelligence"),
        ("tr", "Güney Kore istihbaratı, Kuzey Kore'nin Rusya'ya mühimmat gönderdiğini açıkladı.",
         "South Korean Intelligence"),
        ("de", "Die philippinische Küstenwache teilte mit, chinesische Schiffe hätten Wasserwerfer eingesetzt.",
         "Philippine Coast Guard"),
    ],
)
def test_more_verbs_and_speakers(language, text, speaker):
    assert rows(statements(text, language), "speaker_names") == [([speaker],)]


@pytest.mark.parametrize(
    "text",
    [
        "“NATO'nun güçlü bir müttefiki olmaya devam edeceğiz” diyen Yaşar Güler, ittifaka bağlılığını vurguladı.",
        "“Türkiye, NATO'nun güçlü bir müttefiki olmaya devam edecek” diyen Yaşar Güler, ittifaka bağlılığını "
        "vurguladı.",
    ],
)
def test_a_quote_before_a_participle_of_saying_is_a_statement_and_no_party_in_it_speaks(text):
    found = statements(text, "tr")
    assert "direct_quote" in found["statement_kind"].to_list()
    assert set(found["speaker_names"].list.first()) == {"Yaşar Güler"}


def test_pledging_troops_is_no_statement_but_pledging_to_send_them_is():
    assert statements("Kenya pledged 1,000 troops to Haiti.").is_empty()
    assert rows(statements("Kenya pledged to send 1,000 troops to Haiti."), "speaker_names") == [(["Kenya"],)]


def test_a_party_inside_the_attribution_speaks():
    found = statements("Beim Thema Handel sprach Lawrow nach US-Angaben offen von neuen Zöllen.", "de")
    assert rows(found, "speaker_names") == [(["United States"],)]
    assert found["text"].to_list()[0].startswith("Beim Thema Handel")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "According to the Kremlin, Hakan Fidan and Sergei Lavrov spoke by phone."),
        ("fr", "Selon le Kremlin, Hakan Fidan et Sergueï Lavrov se sont parlé."),
        ("es", "Según el Kremlin, Hakan Fidan y Serguéi Lavrov hablaron por teléfono."),
        ("de", "Nach Angaben des Kremls haben Hakan Fidan und Sergej Lawrow telefoniert."),
        ("tr", "Kremlin'e göre, Hakan Fidan ve Sergey Lavrov telefonda görüştü."),
    ],
)
def test_an_attribution_before_its_clause_speaks_not_the_people_in_the_clause(language, text):
    # people the gazetteer knows, who would otherwise outrank a body as speakers
    assert rows(statements(text, language), "speaker_names") == [(["Kremlin"],)]


def test_a_speaker_in_apposition_to_an_attribution_speaks_and_is_no_part_of_the_statement():
    text = "D'après le porte-parole du gouvernement, Claire Morin, les négociations reprendront lundi."
    assert rows(statements(text, "fr"), "speaker_names", "text") == [
        (["Claire Morin"], "les négociations reprendront lundi.")
    ]


@pytest.mark.parametrize(
    ("language", "text", "quote"),
    [
        ("tr", "Hakan Fidan, “Bu saldırılar karşısında sessiz kalmayacağız” ifadelerini kullandı.",
         "Bu saldırılar karşısında sessiz kalmayacağız"),
        ("es", "“No guardaremos silencio ante estos ataques”, afirmó Hakan Fidan.", "No guardaremos silencio ante estos ataques"),
    ],
)
def test_a_silence_inside_a_quote_is_what_is_said(language, text, quote):
    assert rows(statements(text, language), "speaker_names", "statement_kind", "text") == [
        (["Hakan Fidan"], "direct_quote", quote)
    ]


@pytest.mark.parametrize(
    ("language", "text", "said"),
    [
        ("en", "Hakan Fidan wrote on X that the border would reopen.", "the border would reopen."),
        ("en", "Hakan Fidan said in a video address that the border would reopen.", "the border would reopen."),
        ("fr", "Hakan Fidan a écrit sur X que la frontière rouvrirait.", "la frontière rouvrirait."),
        ("es", "Hakan Fidan afirmó en su cuenta de Telegram que la frontera reabriría.", "la frontera reabriría."),
        ("tr", "Dışişleri Bakanı Hakan Fidan, Ankara'da düzenlenen basın toplantısında yaptığı açıklamada, "
               "sınır kapısının yeniden açılacağını söyledi.", "sınır kapısının yeniden açılacağını"),
        ("tr", "Hakan Fidan, gazetecilerin sorularını yanıtlarken, sınır kapısının açılacağını belirtti.",
         "sınır kapısının açılacağını"),
        # a phrase of place, time or occasion before the complementiser
        ("en", "Hakan Fidan said in his weekly address that the border would reopen.", "the border would reopen."),
        ("en", "Hakan Fidan said during a joint news conference with his Greek counterpart that the border would reopen.",
         "the border would reopen."),
        ("fr", "Hakan Fidan a affirmé lors d'une conférence de presse que la frontière rouvrirait.", "la frontière rouvrirait."),
        ("es", "Hakan Fidan dijo durante una rueda de prensa que la frontera reabriría.", "la frontera reabriría."),
        # whom it was said to
        ("en", "Hakan Fidan told Reuters that the border would reopen.", "the border would reopen."),
        ("en", "Hakan Fidan warned European leaders in Brussels that the border would reopen.", "the border would reopen."),
        ("fr", "Hakan Fidan a assuré aux dirigeants européens que la frontière rouvrirait.", "la frontière rouvrirait."),
        ("es", "Hakan Fidan aseguró a los líderes europeos que la frontera reabriría.", "la frontera reabriría."),
    ],
)
def test_where_how_and_to_whom_it_was_said_is_no_part_of_the_statement(language, text, said):
    assert rows(statements(text, language), "speaker_names", "text") == [(["Hakan Fidan"], said)]


@pytest.mark.parametrize(
    ("language", "text", "said"),
    [
        ("en", "Hakan Fidan recalled that the border had reopened in May.", "the border had reopened in May."),
        ("en", "Hakan Fidan recalled the ambassador on Friday.", None),
        ("es", "Hakan Fidan defendió el martes que la frontera reabriría.", "la frontera reabriría."),
        ("es", "Hakan Fidan defendió su gestión ante el Parlamento.", None),
        ("fr", "Hakan Fidan a raconté que la réunion avait été tendue.", "la réunion avait été tendue."),
        ("tr", "Hakan Fidan, sınır kapısının yeniden açılacağını belirtmiştir.", "sınır kapısının yeniden açılacağını"),
    ],
)
def test_verbs_that_also_take_an_object_report_only_a_clause(language, text, said):
    expected = [(["Hakan Fidan"], said)] if said else []
    assert rows(statements(text, language), "speaker_names", "text") == expected


@pytest.mark.parametrize(
    ("language", "text", "said"),
    [
        ("en", "Hakan Fidan, speaking to reporters in Ankara, said Turkey would not send troops.", "Turkey would not send troops."),
        ("fr", "Hakan Fidan, s'exprimant devant la presse à Ankara, a déclaré que la Turquie n'enverrait pas de troupes.",
         "la Turquie n'enverrait pas de troupes."),
        ("es", "Hakan Fidan, hablando ante la prensa en Ankara, dijo que Turquía no enviará tropas.", "Turquía no enviará tropas."),
    ],
)
def test_a_scene_between_the_speaker_and_the_verb_is_no_part_of_the_statement(language, text, said):
    assert rows(statements(text, language), "speaker_names", "text") == [(["Hakan Fidan"], said)]


@pytest.mark.parametrize(
    ("language", "text", "speaker", "said"),
    [
        ("en", "The Polish president, Andrzej Duda, said the border would remain closed.", "Andrzej Duda", "the border would remain closed."),
        ("en", "Mark Rutte, NATO's secretary general, said the alliance would respond.", "Mark Rutte", "the alliance would respond."),
        ("en", "The Kenyan president, William Ruto, said the talks would resume.", "William Ruto", "the talks would resume."),
        ("de", "Jörg Brandt, der Verteidigungsminister, versicherte, es werde keinen Rückzug geben.", "Jörg Brandt", "es werde keinen Rückzug geben."),
    ],
)
def test_a_subject_and_its_apposition_before_the_verb_leave_it_the_clause_after(language, text, speaker, said):
    assert rows(statements(text, language), "speaker_names", "text") == [([speaker], said)]


def test_content_before_a_subject_in_apposition_is_what_is_said():
    text = "The border will remain closed until further notice, Andrzej Duda, the Polish president, said."
    assert rows(statements(text), "speaker_names", "text") == [(["Andrzej Duda"], "The border will remain closed until further notice")]


@pytest.mark.parametrize(
    ("language", "text", "said"),
    [
        ("en", "Hakan Fidan rejected the plan, saying it would not bring peace.", "it would not bring peace."),
        ("fr", "Hakan Fidan a rejeté le plan, estimant que celui-ci n'apporterait pas la paix.", "celui-ci n'apporterait pas la paix."),
        ("es", "Hakan Fidan rechazó el plan, señalando que no traerá la paz.", "no traerá la paz."),
    ],
)
def test_a_participle_after_a_comma_reports_what_follows_it(language, text, said):
    assert rows(statements(text, language), "speaker_names", "text") == [(["Hakan Fidan"], said)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Officials in Kyiv said the drones had been shot down."),
        ("de", "Beamte in Kiew sagten, die Drohnen seien abgeschossen worden."),
        ("fr", "Des responsables à Kiev ont déclaré que les drones avaient été abattus."),
        ("es", "Funcionarios en Kiev dijeron que los drones fueron derribados."),
    ],
)
def test_officials_in_a_capital_speak_for_its_state(language, text):
    assert rows(statements(text, language), "speaker_names") == [(["Ukraine"],)]


@pytest.mark.parametrize(
    ("language", "text", "speakers"),
    [
        (
            "en",
            "Defence Minister Jana Novak said on Monday that Norway would send more troops. "
            "Prime Minister Ivo Marek welcomed the decision in Oslo. He said the move showed unity.",
            [["Jana Novak"], ["Ivo Marek"]],
        ),
        (
            "fr",
            "La ministre Jana Novak a déclaré que la Norvège enverrait des troupes. "
            "Le Premier ministre Ivo Marek doit ensuite se rendre à Bergen. Il a affirmé vouloir renforcer la coopération.",
            [["Jana Novak"], ["Ivo Marek"]],
        ),
    ],
)
def test_a_pronoun_goes_on_with_the_person_who_opens_the_sentence_before(language, text, speakers):
    assert [names for (names,) in rows(statements(text, language), "speaker_names")] == speakers


def test_both_ministers_speak_jointly_but_not_when_they_are_what_is_said():
    met = "Defence Minister Jana Novak met Foreign Minister Ivo Marek in Oslo. "
    joint = statements(met + "Both ministers said the talks had been productive.")
    assert sorted(joint["speaker_names"].to_list()[0]) == ["Ivo Marek", "Jana Novak"]
    alone = statements(met + "Jana Novak said the two ministers had agreed on a plan.")
    assert rows(alone, "speaker_names") == [(["Jana Novak"],)]


@pytest.mark.parametrize(
    ("language", "text", "said"),
    [
        ("en", "Hakan Fidan and Sergei Lavrov said the talks were productive.", "the talks were productive."),
        ("fr", "Hakan Fidan et Sergueï Lavrov ont déclaré que les discussions avaient été utiles.", "les discussions avaient été utiles."),
        ("tr", "Hakan Fidan ve Sergey Lavrov, görüşmelerin verimli geçtiğini söyledi.", "görüşmelerin verimli geçtiğini"),
    ],
)
def test_parties_joined_by_a_conjunction_speak_together(language, text, said):
    assert rows(statements(text, language), "speaker_names", "speaker_role", "text") == [
        (["Hakan Fidan", "Sergei Lavrov"], "joint statement", said)
    ]


@pytest.mark.parametrize(
    ("language", "text", "third"),
    [
        ("fr", "Hakan Fidan, Sergueï Lavrov et Jana Novak ont affirmé lundi que les discussions avaient été utiles.", "Jana Novak"),
        ("es", "Hakan Fidan, Serguéi Lavrov y Jana Novak afirmaron el lunes que las conversaciones fueron útiles.", "Jana Novak"),
        ("de", "Hakan Fidan, Sergej Lawrow und Antony Blinken erklärten am Montag, die Gespräche seien nützlich gewesen.", "Antony Blinken"),
        ("tr", "Hakan Fidan, Sergey Lavrov ve Antony Blinken, görüşmelerin verimli geçtiğini söyledi.", "Antony Blinken"),
        ("en", "Hakan Fidan, Sergei Lavrov and Antony Blinken said on Monday that the talks had been useful.", "Antony Blinken"),
    ],
)
def test_parties_listed_with_commas_before_a_conjunction_speak_together(language, text, third):
    assert rows(statements(text, language), "speaker_names", "speaker_role") == [
        (["Hakan Fidan", "Sergei Lavrov", third], "joint statement")
    ]


def test_parties_listed_with_commas_but_no_conjunction_are_no_joint_speakers():
    text = "After meeting Hakan Fidan, Sergei Lavrov said on Monday that the talks had been useful."
    assert rows(statements(text), "speaker_names") == [(["Sergei Lavrov"],)]


def test_a_turkish_speaker_after_the_scene_of_a_joint_press_conference_speaks_alone():
    text = (
        "Hakan Fidan, Ankara'da Sergey Lavrov ile bir araya geldi. Görüşmenin ardından düzenlenen ortak basın "
        "toplantısında konuşan Fidan, iki ülke arasındaki ticaretin artması gerektiğini vurguladı."
    )
    assert rows(statements(text, "tr"), "speaker_names", "text") == [
        (["Hakan Fidan"], "iki ülke arasındaki ticaretin artması gerektiğini")
    ]


@pytest.mark.parametrize(
    ("language", "text", "said"),
    [
        ("es", "Hakan Fidan pidió a la UE que acelere la ayuda.", "acelere la ayuda."),
        ("fr", "Hakan Fidan a appelé à un cessez-le-feu immédiat.", "un cessez-le-feu immédiat."),
    ],
)
def test_calls_on_others_are_statements(language, text, said):
    assert rows(statements(text, language), "speaker_names", "text") == [(["Hakan Fidan"], said)]


@pytest.mark.parametrize(
    ("language", "text", "said"),
    [
        ("de", "Nach Ansicht von Außenminister Hakan Fidan muss Europa mehr tun.", "muss Europa mehr tun."),
        ("de", "Laut Außenminister Hakan Fidan verliefen die Gespräche gut.", "verliefen die Gespräche gut."),
        ("es", "A juicio del canciller Hakan Fidan, Europa debe hacer más.", "Europa debe hacer más."),
        ("tr", "Bakan Hakan Fidan'ın açıklamasına göre, görüşmeler yarın başlayacak.", "görüşmeler yarın başlayacak."),
        ("de", "„Wir werden nicht nachlassen“, versprach Hakan Fidan am Abend.", "Wir werden nicht nachlassen"),
        ("fr", "Hakan Fidan a jugé « inacceptables » les frappes.", "« inacceptables » les frappes."),
    ],
)
def test_attributions_with_a_role_before_the_speaker_and_other_reports(language, text, said):
    assert rows(statements(text, language), "speaker_names", "text") == [(["Hakan Fidan"], said)]


def test_a_sentence_going_on_by_its_mood_goes_on_with_a_statement_not_with_a_subject():
    text = (
        "Außenminister Jonas Brenner telefonierte vergangene Woche mit seinem Amtskollegen. "
        "Die Opposition forderte eine Debatte im Parlament. "
        "Katar dementierte Berichte, wonach etwa 150 Soldaten nach Estland geschickt worden seien."
    )
    assert "Jonas Brenner" not in {name for names in statements(text, "de")["speaker_names"].to_list() for name in names}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Pedro Sánchez visitó Kiev el lunes. «Estamos con Ucrania», afirmó tras reunirse con Volodímir Zelenski."),
        ("en", "Pedro Sánchez visited Kyiv on Monday. “We stand with Ukraine,” he said after talks with Volodymyr Zelensky."),
        ("fr", "Pedro Sánchez s'est rendu à Kiev lundi. « Nous sommes avec l'Ukraine », a-t-il déclaré après un entretien avec Volodymyr Zelensky."),
    ],
)
def test_the_speakers_company_does_not_speak(language, text):
    assert rows(statements(text, language), "speaker_names") == [(["Pedro Sánchez"],)]


@pytest.mark.parametrize(
    ("language", "text", "quote"),
    [
        ("en", "“We are ready,” Sergei Lavrov said after meeting Hakan Fidan in Antalya.", "We are ready,"),
        ("en", "“We are ready,” Sergei Lavrov told reporters after talks with Hakan Fidan.", "We are ready,"),
        ("fr", "« Nous sommes prêts », a déclaré Sergueï Lavrov après sa rencontre avec Hakan Fidan.", "Nous sommes prêts"),
        ("es", "«Estamos listos», dijo Serguéi Lavrov tras reunirse con Hakan Fidan.", "Estamos listos"),
        ("de", "„Wir sind bereit“, sagte Sergej Lawrow nach dem Treffen mit Hakan Fidan.", "Wir sind bereit"),
    ],
)
def test_what_follows_the_verb_of_an_opening_quote_is_when_it_was_said(language, text, quote):
    assert rows(statements(text, language), "statement_kind", "text") == [("direct_quote", quote)]


def test_a_clause_after_the_verb_of_an_opening_quote_is_still_reported():
    found = statements("“We are ready,” Sergei Lavrov said, adding that the talks would go on.")
    assert ("reported", "adding that the talks would go on.") in rows(found, "statement_kind", "text")


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        ("Türkiye, KFOR kapsamında Kosova'ya yaklaşık 500 asker daha gönderecek, Milli Savunma Bakanlığı perşembe günü açıkladı.",
         ["Turkish Defense Ministry"], "Türkiye, KFOR kapsamında Kosova'ya yaklaşık 500 asker daha gönderecek"),
        ("Ateşkes görüşmeleri yarın Kahire'de yeniden başlayacak, Mısır Dışişleri Bakanlığı açıkladı.",
         ["Egyptian Foreign Ministry"], "Ateşkes görüşmeleri yarın Kahire'de yeniden başlayacak"),
        # a reported clause of its own after the comma: the subject opens the sentence
        ("Hakan Fidan, Brüksel'de Antony Blinken ile görüştü, savaşın bir an önce bitmesi gerektiğini söyledi.",
         ["Hakan Fidan"], "Brüksel'de Antony Blinken ile görüştü, savaşın bir an önce bitmesi gerektiğini"),
    ],
)
def test_a_turkish_speaker_named_after_what_is_said(text, speaker, said):
    assert rows(statements(text, "tr"), "speaker_names", "text") == [(speaker, said)]


def test_a_turkish_statement_with_an_unknown_speaker_after_it_is_no_partys_in_it():
    text = "Recep Tayyip Erdoğan, Vladimir Putin ile telefonda görüştü, İletişim Başkanlığı yaptığı açıklamada bildirdi."
    assert statements(text, "tr").is_empty()


@pytest.mark.parametrize(
    "text",
    [
        "Olaf Scholz hat in Brüssel mit Viktor Orbán gesprochen, wie ein Regierungssprecher mitteilte.",
        "Olaf Scholz und Emmanuel Macron vereinbarten eine engere Zusammenarbeit, wie ein Regierungssprecher mitteilte.",
    ],
)
def test_an_unnamed_official_after_the_clause_leaves_its_parties_silent(text):
    assert statements(text, "de").is_empty()


def test_a_known_source_of_an_attribution_after_the_clause_speaks():
    text = "Die Gespräche über die Waffenruhe sollen am Montag fortgesetzt werden, wie Olaf Scholz mitteilte."
    assert rows(statements(text, "de"), "speaker_names") == [(["Olaf Scholz"],)]


def test_a_turkish_topic_particle_after_the_speaker_is_no_part_of_the_statement():
    text = "Kremlin Sözcüsü Dmitriy Peskov ise cumartesi günü, Rusya'nın görüşmelere hazır olduğunu söyledi."
    found = statements(text, "tr")
    assert rows(found, "speaker_names", "text", "statement_date") == [
        (["Dmitry Peskov"], "Rusya'nın görüşmelere hazır olduğunu", dt.date(2025, 3, 8))
    ]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("es", "Margarita Robles visitó el lunes a las tropas en Eslovaquia. La ministra dijo que el contingente "
               "se reforzará con otros 100 soldados.", "Margarita Robles"),
        ("fr", "Sébastien Lecornu a visité lundi la base de Tapa. Le ministre a ajouté que la France resterait "
               "en Estonie.", "Sébastien Lecornu"),
        ("de", "Boris Pistorius besuchte am Montag die Truppe in Litauen. Die Brigade werde 2027 einsatzbereit "
               "sein, sagte der Minister.", "Boris Pistorius"),
        # a role followed by the name names its own speaker
        ("fr", "Emmanuel Macron a visité lundi la base de Tapa. Les attaques contre la force de paix doivent "
               "cesser, a déclaré le secrétaire général de l'OTAN, Jens Stoltenberg.", "Jens Stoltenberg"),
    ],
)
def test_a_role_named_alone_goes_on_with_the_person_just_named(language, text, speaker):
    found = statements(text, language)
    assert found["speaker_names"].to_list()[-1] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "said"),
    [
        # the occasion of the saying after its date ("in the statement he made on Monday")
        ("tr", "Hakan Fidan, pazartesi günü yaptığı açıklamada görüşmelerin verimli geçtiğini söyledi.",
         "görüşmelerin verimli geçtiğini"),
        ("tr", "Hakan Fidan, dün sosyal medya hesabından yaptığı paylaşımda ateşkesin korunması gerektiğini belirtti.",
         "ateşkesin korunması gerektiğini"),
        # a joint communiqué after the date of saying
        ("es", "Pedro Sánchez y Emmanuel Macron afirmaron el lunes en un comunicado conjunto que las conversaciones fueron útiles.",
         "las conversaciones fueron útiles."),
        ("fr", "Emmanuel Macron et Pedro Sánchez ont affirmé lundi dans un communiqué commun que les discussions avaient été utiles.",
         "les discussions avaient été utiles."),
        # an event of that date is what is said
        ("tr", "Hakan Fidan, pazartesi günü yapılan saldırının kabul edilemez olduğunu söyledi.",
         "pazartesi günü yapılan saldırının kabul edilemez olduğunu"),
    ],
)
def test_the_occasion_of_a_saying_after_its_date_is_no_part_of_what_is_said(language, text, said):
    assert rows(statements(text, language), "text") == [(said,)]


@pytest.mark.parametrize(
    ("language", "text", "said"),
    [
        ("en", "Keir Starmer said in a joint statement with Emmanuel Macron that the talks had been useful.",
         "the talks had been useful."),
        ("es", "Pedro Sánchez afirmó en una declaración conjunta con Emmanuel Macron que las conversaciones fueron útiles.",
         "las conversaciones fueron útiles."),
        ("fr", "Emmanuel Macron a affirmé dans une déclaration commune avec Keir Starmer que les discussions avaient été utiles.",
         "les discussions avaient été utiles."),
        ("de", "Olaf Scholz sagte in einer gemeinsamen Erklärung mit Emmanuel Macron, die Gespräche seien nützlich gewesen.",
         "die Gespräche seien nützlich gewesen."),
    ],
)
def test_the_party_a_joint_statement_is_made_with_speaks_too(language, text, said):
    [(speakers, role, statement)] = rows(statements(text, language), "speaker_names", "speaker_role", "text")
    assert (len(speakers), role, statement) == (2, "joint statement", said)


def test_the_company_of_a_speaker_at_a_news_conference_does_not_speak():
    text = "Keir Starmer said at a news conference with Emmanuel Macron that the talks had been useful."
    assert rows(statements(text), "speaker_names") == [(["Keir Starmer"],)]


def test_a_turkish_sentence_with_two_parties_reports_two_statements():
    text = (
        "Hakan Fidan görüşmelerin verimli geçtiğini söyledi, Sergey Lavrov ise ateşkesin korunması "
        "gerektiğini belirtti."
    )
    assert rows(statements(text, "tr"), "speaker_names", "text") == [
        (["Hakan Fidan"], "görüşmelerin verimli geçtiğini"),
        (["Sergei Lavrov"], "ateşkesin korunması gerektiğini"),
    ]


def test_a_turkish_speaker_who_goes_on_after_a_comma_makes_one_statement():
    text = "Hakan Fidan, görüşmelerin verimli geçtiğini söyledi, ateşkesin korunması gerektiğini ekledi."
    assert rows(statements(text, "tr"), "speaker_names") == [(["Hakan Fidan"],)]
