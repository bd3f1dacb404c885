"""Statements: quotation styles, reported speech, speakers, joint statements, silences, dates."""

import datetime as dt

import polars as pl
import pytest

from extract.schemas import STATEMENTS
from extract.statements import extract_statements
from extract.statements.verbs import _with_word_of
from tests.extract.event_frames import PUBLISHED, Article, day

PEOPLE = {
    "Mariela Lund": ("Mariela Lund", "person"),
    "Lund": ("Mariela Lund", "person"),
    "Tomas Reyk": ("Tomas Reyk", "person"),
    "Reyk": ("Tomas Reyk", "person"),
    "Norway": ("Norway", "country"),
    "Chile": ("Chile", "country"),
}

COUNCIL = {
    "Fisheries Council": ("Fisheries Council", "organization"),
    "Council": ("Fisheries Council", "organization"),
}


def run(article: Article) -> pl.DataFrame:
    statements = extract_statements(*article.frames())
    text = article.text
    for row in statements.iter_rows(named=True):
        assert text[row["char_start"] : row["char_end"]] == row["text"]
        assert row["speaker_names"], row
    return statements


def only(statements: pl.DataFrame, kind: str | None = None) -> dict:
    rows = statements if kind is None else statements.filter(pl.col("statement_kind") == kind)
    assert rows.height == 1, rows
    return rows.row(0, named=True)


def test_the_result_has_the_contract_schema_also_without_statements():
    statements = run(Article("en", ["The weather was mild in the capital."], PEOPLE))
    assert statements.schema == STATEMENTS
    assert statements.is_empty()


@pytest.mark.parametrize(
    ("language", "sentence", "quote"),
    [
        ("en", "“We will keep the border open for trade,” Lund said.", "We will keep the border open for trade,"),
        ("en", 'Lund said: "The border stays open for trade."', "The border stays open for trade."),
        ("tr", "Lund, 'Sınır kapıları ticarete açık kalacak' dedi.", "Sınır kapıları ticarete açık kalacak"),
        ("tr", "Lund, “Norway'nin kararı bizi şaşırtmadı” diye konuştu.", "Norway'nin kararı bizi şaşırtmadı"),
        ("de", "„Die Grenze bleibt für den Handel offen“, sagte Lund.", "Die Grenze bleibt für den Handel offen"),
        ("de", "Lund sagte: »Die Grenze bleibt für den Handel offen.«", "Die Grenze bleibt für den Handel offen."),
        ("de", "Lund sprach von einem ‚sehr guten Ergebnis‘ der Gespräche.", "sehr guten Ergebnis"),
        ("fr", "« La frontière restera ouverte au commerce », a déclaré Lund.", "La frontière restera ouverte au commerce"),
        ("es", "«La frontera seguirá abierta al comercio», afirmó Lund.", "La frontera seguirá abierta al comercio"),
        ("es", "“La frontera seguirá abierta al comercio”, dijo Lund.", "La frontera seguirá abierta al comercio"),
    ],
)
def test_direct_quotes_in_every_quotation_style(language, sentence, quote):
    statement = only(run(Article(language, [sentence], PEOPLE)), "direct_quote")
    assert statement["text"] == quote
    assert statement["speaker_names"] == ["Mariela Lund"]


def test_a_quote_that_runs_over_two_sentences_is_one_statement():
    article = Article(
        "en",
        ["Lund told the assembly: “The harbour will reopen next month.", "Nobody will be left behind.”"],
        PEOPLE,
    )
    statement = only(run(article), "direct_quote")
    assert statement["text"] == "The harbour will reopen next month. Nobody will be left behind."
    assert statement["sentence_index"] == 0


def test_apostrophes_inside_words_do_not_open_or_close_a_quote():
    article = Article("tr", ["Lund'un ofisi Reyk'in mektubunu Chile'ye iletti."], PEOPLE)
    assert run(article).filter(pl.col("statement_kind") == "direct_quote").is_empty()


def test_a_single_word_in_quotes_is_no_statement():
    article = Article("en", ["Reyk called the plan “reckless” during a visit to Chile."], PEOPLE)
    assert run(article).filter(pl.col("statement_kind") == "direct_quote").is_empty()


@pytest.mark.parametrize(
    ("language", "sentence", "content"),
    [
        ("en", "Lund said that the fishing quotas would be cut by a third.", "the fishing quotas would be cut by a third."),
        ("en", "The fishing quotas will be cut by a third, Lund told reporters.", "The fishing quotas will be cut by a third"),
        ("en", "According to Lund, the fishing quotas will be cut by a third.", "the fishing quotas will be cut by a third."),
        ("tr", "Lund, balıkçılık kotalarının üçte bir oranında azaltılacağını açıkladı.", "Lund, balıkçılık kotalarının üçte bir oranında azaltılacağını"),
        ("tr", "Lund, kotaların azaltılacağını belirtti.", "Lund, kotaların azaltılacağını"),
        ("de", "Lund sagte, die Fangquoten würden um ein Drittel gekürzt.", "die Fangquoten würden um ein Drittel gekürzt."),
        ("de", "Laut Lund werden die Fangquoten um ein Drittel gekürzt.", "werden die Fangquoten um ein Drittel gekürzt."),
        # the clause's verb right after the attribution: what is said is not cut at its comma
        ("de", "Laut Lund gibt es keine Pläne, die Fangquoten zu kürzen.", "gibt es keine Pläne, die Fangquoten zu kürzen."),
        ("de", "Wie Lund mitteilte, werden die Fangquoten gekürzt.", "werden die Fangquoten gekürzt."),
        ("fr", "Lund a déclaré que les quotas de pêche seraient réduits d'un tiers.", "les quotas de pêche seraient réduits d'un tiers."),
        ("fr", "Selon Lund, les quotas de pêche seront réduits d'un tiers.", "les quotas de pêche seront réduits d'un tiers."),
        ("es", "Lund afirmó que las cuotas de pesca se reducirán en un tercio.", "las cuotas de pesca se reducirán en un tercio."),
        ("es", "Según Lund, las cuotas de pesca se reducirán en un tercio.", "las cuotas de pesca se reducirán en un tercio."),
        ("en", "Lund mentioned that the fishing quotas would be cut by a third.", "the fishing quotas would be cut by a third."),
        ("tr", "Lund, kotaların azaltılacağını açıklamıştı.", "Lund, kotaların azaltılacağını"),
        ("de", "Lund hob am Montag hervor, die Fangquoten würden um ein Drittel gekürzt.", "die Fangquoten würden um ein Drittel gekürzt."),
        ("fr", "Lund a mentionné que les quotas de pêche seraient réduits d'un tiers.", "les quotas de pêche seraient réduits d'un tiers."),
        ("es", "Lund aclaró que las cuotas de pesca se reducirán en un tercio.", "las cuotas de pesca se reducirán en un tercio."),
        ("es", "La presidenta del consejo, Mariela Lund, advirtió de que las cuotas de pesca se reducirán.",
         "las cuotas de pesca se reducirán."),
    ],
)
def test_reported_speech_in_every_language(language, sentence, content):
    statement = only(run(Article(language, [sentence], PEOPLE)), "reported")
    assert statement["speaker_names"] == ["Mariela Lund"]
    assert content in statement["text"] or statement["text"] in content
    assert len(statement["text"]) >= 0.6 * len(content)


@pytest.mark.parametrize(
    ("language", "sentence", "content"),
    [
        ("en", "Lund warned that Norway responds.", "Norway responds."),
        ("de", "Lund sagte, Norwegen reagiere.", "Norwegen reagiere."),
        ("fr", "Lund a averti que Oslo répondra.", "Oslo répondra."),
        ("es", "Lund advirtió que Noruega responderá.", "Noruega responderá."),
    ],
)
def test_a_clause_of_two_words_after_that_or_a_comma_is_reported(language, sentence, content):
    statement = only(run(Article(language, [sentence], PEOPLE)), "reported")
    assert (statement["speaker_names"], statement["text"]) == (["Mariela Lund"], content)


@pytest.mark.parametrize("sentence", ["Lund spoke on Tuesday.", "Lund said on Tuesday."])
def test_two_words_after_the_verb_without_that_say_when_not_what(sentence):
    assert run(Article("en", [sentence], PEOPLE)).is_empty()


def test_the_speaker_is_the_actor_nearest_the_verb_not_the_one_spoken_about():
    article = Article("en", ["Reyk said Lund had agreed to lower the tariffs on salmon."], PEOPLE)
    assert only(run(article), "reported")["speaker_names"] == ["Tomas Reyk"]


def test_verb_final_languages_take_the_subject_at_the_start():
    article = Article("tr", ["Reyk, Lund ile yaptığı görüşmede gümrük vergilerinin düşürüleceğini söyledi."], PEOPLE)
    assert only(run(article), "reported")["speaker_names"] == ["Tomas Reyk"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Reyk, gümrük vergilerinin mayısta düşürüleceğini söyledi.", "Tomas Reyk"),
        ("Fisheries Council (FC), gümrük vergilerinin mayısta düşürüleceğini duyurdu.", "Fisheries Council"),
        # the subject without a comma, and where or how it was said after it
        ("Reyk gümrük vergilerinin mayısta düşürüleceğini söyledi.", "Tomas Reyk"),
        ("Fisheries Council (FC) gümrük vergilerinin mayısta düşürüleceğini duyurdu.", "Fisheries Council"),
        ("Reyk Oslo'da yaptığı açıklamada gümrük vergilerinin mayısta düşürüleceğini söyledi.", "Tomas Reyk"),
        ("Reyk dün gazetecilerin sorularını yanıtlarken gümrük vergilerinin mayısta düşürüleceğini söyledi.", "Tomas Reyk"),
    ],
)
def test_in_verb_final_languages_the_statement_leaves_out_its_speaker_at_the_start(sentence, speaker):
    statement = only(run(Article("tr", [sentence], {**PEOPLE, **COUNCIL})), "reported")
    assert statement["speaker_names"] == [speaker]
    assert statement["text"] == "gümrük vergilerinin mayısta düşürüleceğini"


def test_a_word_that_only_ends_like_a_setting_stays_in_the_statement():
    statement = only(run(Article("tr", ["Reyk seçimlerin erken yapılacağını söyledi."], PEOPLE)), "reported")
    assert statement["text"] == "seçimlerin erken yapılacağını"


@pytest.mark.parametrize(
    ("language", "follow_up"),
    [
        ("en", "He added that the talks would continue in spring."),
        ("en", "“Talks will continue in spring,” she said."),
        ("de", "„Die Gespräche gehen im Frühjahr weiter“, fügte sie hinzu."),
        ("fr", "« Les discussions reprendront au printemps », a-t-elle ajouté."),
        ("es", "«Las conversaciones seguirán en primavera», añadió."),
        ("tr", "'Görüşmeler baharda devam edecek' diye ekledi."),
        # an attribution to a pronoun
        ("en", "According to her, the talks would continue in spring."),
        ("de", "Ihr zufolge gehen die Gespräche im Frühjahr weiter."),
        ("de", "Nach ihren Worten gehen die Gespräche im Frühjahr weiter."),
        ("fr", "Selon elle, les discussions reprendront au printemps."),
        ("es", "Según ella, las conversaciones seguirán en primavera."),
        ("tr", "Ona göre görüşmeler baharda devam edecek."),
    ],
)
def test_pronoun_subjects_and_continuations_take_the_last_named_speaker(language, follow_up):
    opening = {
        "en": "Lund said that the tariffs on salmon would fall.",
        "de": "Lund sagte, die Zölle auf Lachs würden sinken.",
        "fr": "Lund a déclaré que les droits de douane sur le saumon baisseraient.",
        "es": "Lund afirmó que los aranceles al salmón bajarán.",
        "tr": "Lund, somon üzerindeki gümrük vergilerinin düşeceğini söyledi.",
    }[language]
    statements = run(Article(language, [opening, follow_up], PEOPLE))
    assert statements.height == 2
    assert statements["speaker_names"].to_list() == [["Mariela Lund"], ["Mariela Lund"]]
    # an attribution to a pronoun is not what is said
    assert not statements["text"][1].lower().startswith(("according", "ihr ", "nach ", "selon", "según", "ona "))


def test_a_pronoun_does_not_take_the_actor_named_after_it():
    article = Article(
        "en",
        ["Lund said that the tariffs on salmon would fall.", "She said Reyk had asked for the cut in January."],
        PEOPLE,
    )
    assert run(article)["speaker_names"].to_list() == [["Mariela Lund"], ["Mariela Lund"]]


def test_a_ministry_speaks_through_its_role():
    actors = {**PEOPLE, "Ministry of Fisheries": ("Norwegian Ministry of Fisheries", "government_body")}
    article = Article("en", ["The Ministry of Fisheries said the quotas would be published on Friday."], actors)
    statement = only(run(article))
    assert statement["speaker_names"] == ["Norwegian Ministry of Fisheries"]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "“The quotas will not change this year,” Fisheries Council spokeswoman Mariela Lund told reporters."),
        ("en", "“The quotas will not change this year,” Norway's Foreign Minister Mariela Lund said."),
        ("en", "“The quotas will not change this year,” Council spokesperson Rear Adm. Mariela Lund said."),
        ("de", "„Die Fangquoten bleiben in diesem Jahr gleich“, sagte Fisheries-Council-Sprecherin Mariela Lund."),
        ("tr", "“Kotalar bu yıl değişmeyecek” dedi Fisheries Council Sözcüsü Mariela Lund."),
    ],
)
def test_a_body_or_state_that_begins_a_persons_title_does_not_speak_for_the_person(language, sentence):
    actors = {**PEOPLE, **COUNCIL}
    statement = only(run(Article(language, [sentence], actors)), "direct_quote")
    assert statement["speaker_names"] == ["Mariela Lund"]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "« Les quotas ne changeront pas cette année », a déclaré la porte-parole du Fisheries Council, Mariela Lund."),
        ("es", "«Las cuotas no cambiarán este año», dijo la portavoz del Fisheries Council, Mariela Lund."),
        ("en", "“The quotas will not change this year,” said the spokeswoman of the Fisheries Council, Mariela Lund."),
    ],
)
def test_a_body_in_a_title_before_the_persons_name_does_not_speak_for_the_person(language, sentence):
    statement = only(run(Article(language, [sentence], {**PEOPLE, **COUNCIL})), "direct_quote")
    assert statement["speaker_names"] == ["Mariela Lund"]


@pytest.mark.parametrize(
    ("language", "sentence", "quote"),
    [
        ("en", "“The quotas will stay as they are,” Mariela Lund, the long-serving minister of fisheries, said.", "The quotas will stay as they are,"),
        ("en", "“The quotas will stay as they are,” Mariela Lund, a spokeswoman for the coast guard, told reporters.", "The quotas will stay as they are,"),
    ],
)
def test_a_quote_before_its_speaker_and_an_apposition_is_the_statement(language, sentence, quote):
    statement = only(run(Article(language, [sentence], PEOPLE)))
    assert statement["statement_kind"] == "direct_quote"
    assert statement["text"] == quote
    assert statement["speaker_names"] == ["Mariela Lund"]


@pytest.mark.parametrize(
    ("language", "sentence", "content"),
    [
        ("en", "Mariela Lund, who led the talks for three long days in the capital, said that the quotas would stay.",
         "the quotas would stay."),
        ("fr", "Mariela Lund, qui a mené les discussions pendant trois jours, a assuré qu'il n'y aurait aucun changement.",
         "il n'y aurait aucun changement."),
    ],
)
def test_a_verb_followed_by_that_reports_the_clause_after_it_wherever_it_stands(language, sentence, content):
    statement = only(run(Article(language, [sentence], PEOPLE)), "reported")
    assert statement["text"] == content
    assert statement["speaker_names"] == ["Mariela Lund"]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "About 300 troops will be sent to Chile, according to the defence ministry."),
        ("es", "El Gobierno enviará 250 militares adicionales a Chile, según anunció el Ministerio de Defensa."),
        ("fr", "Environ 300 soldats seront envoyés au Chile, selon le ministère de la Défense."),
        ("de", "Rund 300 Soldaten sollen nach Chile verlegt werden, wie das Verteidigungsministerium mitteilte."),
    ],
)
def test_a_state_inside_an_attributed_clause_is_not_its_speaker(language, sentence):
    assert run(Article(language, [sentence], PEOPLE)).is_empty()


@pytest.mark.parametrize(
    "verb", ["ankündigte", "bekanntgab", "hervorhob", "bestätigte", "einräumte", "erläuterte", "klarstellte"]
)
def test_a_german_attribution_that_ends_the_sentence_reports_the_clause_before_it(verb):
    sentence = f"Die Häfen im Norden bleiben bis zum Sommer geschlossen, wie Lund am Montag in Oslo {verb}."
    statement = only(run(Article("de", [sentence], PEOPLE, {"am Montag": day("2025-03-10")})), "reported")
    assert statement["text"] == "Die Häfen im Norden bleiben bis zum Sommer geschlossen"
    assert statement["speaker_names"] == ["Mariela Lund"]
    assert statement["statement_date"] == dt.date(2025, 3, 10)


def test_the_subject_of_an_attributed_clause_may_be_the_one_the_attribution_names():
    sentence = "Lund also plans to visit the northern ports, according to the minister’s statement."
    assert only(run(Article("en", [sentence], PEOPLE)), "reported")["speaker_names"] == ["Mariela Lund"]


def test_german_konjunktiv_goes_on_reporting_the_statement_before_it():
    article = Article(
        "de",
        [
            "Die Regierung sei bereit, sagte Lund am Montag.",
            "Ohne neue Gespräche könne es keine Einigung geben.",
            "Mit Reyk habe sie eine weitere Runde vereinbart.",
            "Am Abend reiste die Delegation weiter.",
            "Dort sei das Wetter schlecht.",
        ],
        PEOPLE,
    )
    statements = run(article).sort("char_start")
    assert statements["sentence_index"].to_list() == [0, 1, 2]
    assert statements["statement_kind"].to_list() == ["reported"] * 3
    assert statements["text"].to_list()[1:] == article.sentences[1:3]
    assert statements["speaker_names"].to_list() == [["Mariela Lund"]] * 3


def test_a_konjunktiv_sentence_without_a_statement_before_it_is_none():
    article = Article("de", ["Ohne neue Gespräche könne es keine Einigung geben.", "Lund reiste ab."], PEOPLE)
    assert run(article).is_empty()


def test_a_short_preface_before_the_subject_is_not_what_the_verb_reports():
    sentence = "In a statement, the Fisheries Council said it was following the talks closely."
    statement = only(run(Article("en", [sentence], {**PEOPLE, **COUNCIL})), "reported")
    assert statement["speaker_names"] == ["Fisheries Council"]
    assert statement["text"] == "it was following the talks closely."


def test_a_body_named_before_a_person_without_a_title_between_them_still_speaks():
    actors = {**PEOPLE, **COUNCIL}
    sentence = "“The quotas will not change this year,” the Fisheries Council said after meeting Mariela Lund."
    statement = only(run(Article("en", [sentence], actors)), "direct_quote")
    assert statement["speaker_names"] == ["Fisheries Council"]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "In a joint statement, Lund and Reyk said the treaty would be signed in May."),
        ("tr", "Lund ve Reyk ortak açıklamada anlaşmanın mayısta imzalanacağını duyurdu."),
        ("de", "In einer gemeinsamen Erklärung sagten Lund und Reyk, der Vertrag werde im Mai unterzeichnet."),
        ("fr", "Dans une déclaration commune, Lund et Reyk ont annoncé que le traité serait signé en mai."),
        ("es", "En una declaración conjunta, Lund y Reyk anunciaron que el tratado se firmará en mayo."),
    ],
)
def test_joint_statements_have_every_party_as_speaker(language, sentence):
    if language == "es":
        sentence = sentence.replace("anunciaron", "afirmó")
    statement = only(run(Article(language, [sentence], PEOPLE)))
    assert sorted(statement["speaker_names"]) == ["Mariela Lund", "Tomas Reyk"]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Lund's office declined to comment on the report."),
        ("en", "Asked about the tariffs, Reyk remained silent and did not respond to questions."),
        ("tr", "Lund konuyla ilgili soruları yanıtsız bırakarak sessiz kaldı ve yorum yapmadı."),
        ("de", "Lund wollte sich zu dem Bericht nicht äußern."),
        ("fr", "Lund n'a pas souhaité commenter ces informations, a indiqué son entourage."),
        ("es", "Lund no quiso comentar la información y guardó silencio, señaló su oficina."),
    ],
)
def test_silences_are_not_statements(language, sentence):
    assert run(Article(language, [sentence], PEOPLE)).is_empty()


def test_media_attributions_are_not_statements_of_a_party():
    article = Article("en", ["Lund arrived in Chile on Monday, according to the state news agency."], PEOPLE)
    assert run(article).is_empty()


def test_statements_without_a_speaker_are_dropped():
    article = Article("en", ["“Nothing is decided yet,” an official said on condition of anonymity."], PEOPLE)
    assert run(article).is_empty()


def test_the_date_comes_from_the_sentence_else_the_lead_else_the_publication():
    # The lead's day (the event the article reports) dates the statements that name none;
    # a day after publication ("next Friday") never dates a statement.
    article = Article(
        "en",
        [
            "Lund said on Tuesday that the quotas would fall.",
            "She added that a review would follow.",
            "Reyk said the decision would be taken next Friday.",
        ],
        PEOPLE,
        dates={"on Tuesday": day("2025-03-11"), "next Friday": day("2025-03-21")},
    )
    statements = run(article)
    assert statements["statement_date"].to_list() == [dt.date(2025, 3, 11)] * 3
    assert statements["statement_index"].to_list() == [0, 1, 2]
    assert statements["date_text"].to_list() == ["on Tuesday"] * 3


def test_without_a_day_in_the_lead_statements_take_the_publication_date():
    lead = ["The fishing council gathered in the harbour town.", "Boats stayed in port.", "Nets dried on the quay."]
    article = Article(
        "en",
        [*lead, "Lund said the quotas would fall.", "Reyk said on Monday that a review would follow."],
        PEOPLE,
        dates={"on Monday": day("2025-03-10")},
    )
    statements = run(article)
    assert statements["statement_date"].to_list() == [PUBLISHED, dt.date(2025, 3, 10)]


def test_a_state_named_as_a_place_does_not_speak():
    sentence = "Speaking in Chile, a senior official said the ports would close for two weeks."
    assert run(Article("en", [sentence], PEOPLE)).is_empty()


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The ports will close for two weeks, officials in Chile said on Monday."),
        ("tr", "Chile'deki yetkililer limanların iki hafta kapalı kalacağını açıkladı."),
    ],
)
def test_officials_named_before_a_place_speak_for_it(language, sentence):
    assert only(run(Article(language, [sentence], PEOPLE)))["speaker_names"] == ["Chile"]


@pytest.mark.parametrize(
    ("language", "sentence", "content"),
    [
        ("tr", "Chile'de yaşanan olaylar nedeniyle Fisheries Council, limanların iki hafta kapalı kalacağını açıkladı.",
         "limanların iki hafta kapalı kalacağını"),
        ("de", "In Chile sagte der Fisheries Council, die Häfen würden zwei Wochen geschlossen.",
         "die Häfen würden zwei Wochen geschlossen."),
    ],
)
def test_the_speaker_is_not_the_state_where_it_speaks(language, sentence, content):
    statement = only(run(Article(language, [sentence], {**PEOPLE, **COUNCIL})))
    assert statement["speaker_names"] == ["Fisheries Council"]
    assert statement["text"] == content


@pytest.mark.parametrize(
    "sentence",
    [
        "Am Montag sagte Lund vor Journalisten in Santiago, die Häfen würden zwei Wochen geschlossen.",
        "Lund sagte am Montag, dass die Häfen zwei Wochen geschlossen würden.",
    ],
)
def test_in_german_the_reported_clause_opens_after_the_comma_behind_the_verb(sentence):
    statement = only(run(Article("de", [sentence], PEOPLE)))
    assert statement["speaker_names"] == ["Mariela Lund"]
    assert statement["text"].startswith("die Häfen")


@pytest.mark.parametrize(
    ("language", "sentence", "when", "content"),
    [
        ("en", "Lund told the council on Tuesday that the quotas would fall.", "on Tuesday", "the quotas would fall."),
        ("fr", "Lund a déclaré mardi que les quotas baisseraient.", "mardi", "les quotas baisseraient."),
        ("es", "Lund dijo el martes que las cuotas bajarán.", "el martes", "las cuotas bajarán."),
        ("en", "Lund said earlier this month that the quotas would fall.", "earlier this month",
         "the quotas would fall."),
    ],
)
def test_the_date_of_saying_before_that_is_no_part_of_what_is_said(language, sentence, when, content):
    statement = only(run(Article(language, [sentence], PEOPLE, dates={when: day("2025-03-11")})))
    assert statement["text"] == content
    assert statement["statement_date"] == dt.date(2025, 3, 11)


LEAD_WITHOUT_A_DAY = ["The fishing council gathered in the harbour town.", "Boats stayed in port.", "Nets dried."]


@pytest.mark.parametrize(
    ("language", "sentence", "when", "content"),
    [
        ("en", "Lund warned last week of a fall in the quotas.", "last week", "of a fall in the quotas."),
        ("de", "Lund warnte vergangene Woche vor sinkenden Quoten.", "vergangene Woche", "vor sinkenden Quoten."),
        ("fr", "Lund a mis en garde la semaine dernière contre une baisse des quotas.", "la semaine dernière",
         "contre une baisse des quotas."),
        ("es", "Lund advirtió la semana pasada de una caída de las cuotas.", "la semana pasada",
         "de una caída de las cuotas."),
        ("tr", "Lund, geçen hafta kotaların düşeceğini söyledi.", "geçen hafta", "kotaların düşeceğini"),
    ],
)
def test_a_date_opening_what_is_said_is_the_date_of_saying(language, sentence, when, content):
    article = Article(language, [*LEAD_WITHOUT_A_DAY, sentence], PEOPLE, dates={when: day("2025-03-03")})
    statement = only(run(article))
    assert statement["text"] == content
    assert statement["statement_date"] == dt.date(2025, 3, 3)


@pytest.mark.parametrize(
    ("language", "sentence", "when", "resolved"),
    [
        ("en", "Lund said Tuesday's vote on the quotas would hold.", "Tuesday", "2025-03-11"),
        ("en", "Lund said 2024 was a hard year for the boats.", "2024", "2024-01-01"),
        ("en", "Lund announced next week a review of the quotas.", "next week", "2025-03-17"),
        ("en", "According to Lund, on Tuesday the boats left the harbour.", "on Tuesday", "2025-03-11"),
        ("en", "On Tuesday, the boats left the harbour, Lund said.", "On Tuesday", "2025-03-11"),
        ("tr", "Lund, dün yapılan oylamanın geçerli olduğunu söyledi.", "dün", "2025-03-11"),
        ("tr", "Lund, geçen hafta konseyle yaptığı görüşmenin verimli geçtiğini söyledi.", "geçen hafta", "2025-03-03"),
    ],
)
def test_a_date_opening_what_is_said_but_belonging_to_it_stays_in_it(language, sentence, when, resolved):
    article = Article(language, [*LEAD_WITHOUT_A_DAY, sentence], PEOPLE, dates={when: day(resolved)})
    statement = only(run(article))
    assert statement["text"].startswith(when)
    assert statement["statement_date"] == PUBLISHED


def test_a_date_inside_what_is_said_does_not_date_the_statement():
    lead = ["The fishing council gathered in the harbour town.", "Boats stayed in port.", "Nets dried on the quay."]
    article = Article(
        "en", [*lead, "Lund said the deal signed last week would hold."], PEOPLE, dates={"last week": day("2025-03-05")}
    )
    assert only(run(article))["statement_date"] == PUBLISHED


@pytest.mark.parametrize(
    ("language", "sentence", "content"),
    [
        ("en", "Speaking to reporters in the old harbour, Lund said the quotas would fall again.",
         "the quotas would fall again."),
        ("en", "In a statement released late on Monday evening, Lund said the quotas would fall again.",
         "the quotas would fall again."),
        ("fr", "S'exprimant devant la presse au port, Lund a déclaré que les quotas baisseraient encore.",
         "les quotas baisseraient encore."),
        ("es", "Durante una rueda de prensa en el puerto, Lund aseguró que las cuotas bajarán otra vez.",
         "las cuotas bajarán otra vez."),
    ],
)
def test_a_preface_that_sets_the_scene_is_not_what_is_said(language, sentence, content):
    statement = only(run(Article(language, [sentence], PEOPLE)))
    assert statement["speaker_names"] == ["Mariela Lund"]
    assert statement["text"] == content


@pytest.mark.parametrize(
    ("language", "sentence", "content"),
    [
        ("en", "Lund said to reporters that the quotas would fall again.", "the quotas would fall again."),
        ("fr", "Lund a déclaré à la presse que les quotas baisseraient encore.", "les quotas baisseraient encore."),
        ("fr", "Lund a indiqué mardi aux journalistes que les quotas baisseraient.", "les quotas baisseraient."),
        ("es", "Lund dijo a los periodistas que las cuotas bajarán otra vez.", "las cuotas bajarán otra vez."),
        ("es", "Lund dijo el martes ante la prensa que las cuotas bajarán.", "las cuotas bajarán."),
        ("en", "Lund said in a statement on Tuesday that the quotas would fall.", "the quotas would fall."),
        ("en", "Lund said earlier in Bergen that the quotas would fall.", "the quotas would fall."),
        ("fr", "Lund a indiqué dans un communiqué que les quotas baisseraient.", "les quotas baisseraient."),
        ("en", "Lund said in a joint statement with Anders Berg that the quotas would fall.", "the quotas would fall."),
        ("es", "Lund afirmó en una declaración conjunta que las cuotas bajarán.", "las cuotas bajarán."),
        ("es", "Lund afirmó en Bergen que las cuotas bajarán.", "las cuotas bajarán."),
        ("de", "Lund sagte der Zeitung „Morgenpost“, die Quoten würden sinken.", "die Quoten würden sinken."),
    ],
)
def test_whom_it_was_said_to_is_not_what_is_said(language, sentence, content):
    dates = {"mardi": day("2025-03-11"), "el martes": day("2025-03-11"), "on Tuesday": day("2025-03-11")}
    assert only(run(Article(language, [sentence], PEOPLE, dates=dates)))["text"] == content


@pytest.mark.parametrize(
    ("language", "sentence", "quote"),
    [
        ("en", "“The quotas stay,” said Mariela Lund, who chairs the council.", "The quotas stay,"),
        ("de", "„Die Quoten bleiben“, sagte Mariela Lund am Montag vor Journalisten in Oslo.", "Die Quoten bleiben"),
    ],
)
def test_a_short_quote_before_the_verb_and_its_speaker_is_the_statement(language, sentence, quote):
    statement = only(run(Article(language, [sentence], PEOPLE)))
    assert (statement["statement_kind"], statement["text"], statement["speaker_names"]) == (
        "direct_quote", quote, ["Mariela Lund"]
    )


def test_a_quote_inside_the_subject_is_not_what_the_verb_reports():
    sentence = "A report from the talks, citing a “senior official,” said Lund had rejected the new quotas."
    statement = only(run(Article("en", [sentence], PEOPLE)))
    assert statement["statement_kind"] == "reported"


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile'nin kuzeyindeki olayların ardından Fisheries Council, limanların iki hafta kapalı kalacağını açıkladı.",
        "Chile Deniz Kuvvetleri'nin talebi üzerine Fisheries Council, limanların iki hafta kapalı kalacağını açıkladı.",
        "Fisheries Council, Chile'ye bir heyet gönderdiğini açıklamış ve “Limanlar iki hafta boyunca kapalı kalacak” ifadelerini kullanmıştı.",
    ],
)
def test_a_state_in_the_genitive_or_dative_does_not_speak(sentence):
    statement = only(run(Article("tr", [sentence], {**PEOPLE, **COUNCIL})))
    assert statement["speaker_names"] == ["Fisheries Council"]


@pytest.mark.parametrize(
    "sentence",
    [
        # the genitive marks the subject of the reported clause, not the one who reports it
        "Council, Reyk'in görüşmeye hazır olduğunu açıkladı.",
        "Council, Reyk'e limanların iki hafta kapalı kalacağını bildirdi.",
    ],
)
def test_a_person_in_the_genitive_or_dative_does_not_speak(sentence):
    statement = only(run(Article("tr", [sentence], {**PEOPLE, **COUNCIL})))
    assert statement["speaker_names"] == ["Fisheries Council"]


def test_a_state_in_the_dative_of_an_attribution_speaks():
    sentence = "Chile'ye göre limanlar iki hafta boyunca kapalı kalacak ve balıkçılar bekleyecek."
    assert only(run(Article("tr", [sentence], PEOPLE)))["speaker_names"] == ["Chile"]


@pytest.mark.parametrize(
    ("language", "sentence", "content"),
    [
        ("de", "Laut Lund werden die Fangquoten im nächsten Jahr gekürzt.", "werden die Fangquoten im nächsten Jahr gekürzt."),
        ("en", "According to Lund the fishing quotas will be cut next year.", "the fishing quotas will be cut next year."),
    ],
)
def test_an_attribution_without_a_comma_is_no_part_of_what_is_said(language, sentence, content):
    statement = only(run(Article(language, [sentence], PEOPLE)))
    assert (statement["speaker_names"], statement["text"]) == (["Mariela Lund"], content)


def test_a_reported_clause_whose_subject_is_no_actor_does_not_go_on_with_the_last_speaker():
    article = Article(
        "en",
        ["Lund said the quotas would fall.", "Industry sources said the fleet would be cut by a third."],
        PEOPLE,
    )
    assert run(article)["text"].to_list() == ["the quotas would fall."]


def test_a_quote_without_a_speaker_of_its_own_goes_on_with_the_last_one():
    article = Article(
        "en",
        ["Lund said the quotas would fall.", "“The fleet will be cut by a third and the ports will close.”"],
        PEOPLE,
    )
    assert run(article)["speaker_names"].to_list() == [["Mariela Lund"]] * 2


def test_in_german_a_verb_right_after_a_comma_reports_what_precedes_it():
    sentence = "Die Quoten würden sinken, erklärte Lund am Montag in ihrer wöchentlichen Pressekonferenz."
    assert only(run(Article("de", [sentence], PEOPLE)))["text"] == "Die Quoten würden sinken"


@pytest.mark.parametrize("last", [False, True])
def test_a_verb_searched_in_parts_is_found_as_one_alternation_would_find_it(last):
    # "said today" (the earlier part) and "said" start together: the earlier part wins, as the
    # longer fragment does in one alternation; "told" comes before or after them
    parts = ("(?:said today)", "(?:said|told)")
    frame = pl.DataFrame({"text": ["Ana told Ben and Cem said today that", "Cem said today that Ana told Ben", "no verb"]})
    found = _with_word_of(frame, parts, "_match", last=last)["_match"].struct.field("2").to_list()
    assert found == (["said today", "told", None] if last else ["told", "said today", None])
