"""Deployments: counts in digits and words, qualifiers, sender, destination, status, date."""

import datetime as dt

import polars as pl
import pytest

from extract.deployments import extract_deployments
from extract.numbers import parse_numbers
from extract.schemas import DEPLOYMENT_MENTIONS
from tests.extract.event_frames import Article, day

ACTORS = {
    "Norway": ("Norway", "country"),
    "Norwegian": ("Norway", "country"),
    "Norveç": ("Norway", "country"),
    "norwegischen": ("Norway", "country"),
    "Norvège": ("Norway", "country"),
    "norvégiens": ("Norway", "country"),
    "Noruega": ("Norway", "country"),
    "noruegos": ("Norway", "country"),
    "Estonia": ("Estonia", "country"),
    "Estonya": ("Estonia", "country"),
    "Estland": ("Estonia", "country"),
    "Estonie": ("Estonia", "country"),
    "Latvia": ("Latvia", "country"),
    "Tallinn": ("Tallinn", "place"),
    "Mariela Lund": ("Mariela Lund", "person"),
}


def run(article: Article) -> pl.DataFrame:
    return extract_deployments(*article.frames())


def only(deployments: pl.DataFrame) -> dict:
    assert deployments.height == 1, deployments
    return deployments.row(0, named=True)


def test_the_result_has_the_contract_schema_also_without_deployments():
    deployments = run(Article("en", ["Norway and Estonia signed a fishing treaty."], ACTORS))
    assert deployments.schema == DEPLOYMENT_MENTIONS
    assert deployments.is_empty()


@pytest.mark.parametrize(
    ("language", "written", "value"),
    [
        ("en", "12,000", 12000), ("en", "seven hundred", 700), ("en", "three hundred and fifty", 350),
        ("en", "a thousand", 1000), ("en", "a", None),
        ("tr", "12 bin", 12000), ("tr", "üç bin", 3000), ("tr", "üç binden", 3000), ("tr", "12.000", 12000),
        ("tr", "iki yüz elli", 250), ("tr", "bir", None), ("tr", "4 bin 800", 4800),
        # Turkish capitals of i and ı: İ and I
        ("tr", "İki bin", 2000), ("tr", "İKİ BİN", 2000), ("tr", "ALTI yüz", 600),
        ("de", "dreitausend", 3000), ("de", "zweihundertfünfzig", 250), ("de", "50.000", 50000),
        ("fr", "trois mille", 3000), ("fr", "12 000", 12000), ("fr", "deux cents", 200), ("fr", "quatre-vingt-dix", 90),
        ("es", "tres mil", 3000), ("es", "doscientos", 200), ("es", "ciento veinte mil", 120000), ("es", "700", 700),
        ("fr", "une centaine", 100), ("fr", "Un millier", 1000), ("es", "un centenar", 100), ("es", "una veintena", 20),
    ],
)
def test_numbers_in_digits_and_words(language, written, value):
    parsed = parse_numbers(pl.DataFrame({"number": [written]}), "number", language, "value")
    assert parsed["value"].to_list() == [value]


@pytest.mark.parametrize(
    ("language", "sentence", "count", "qualifier", "unit_text"),
    [
        ("en", "Norway will send more than 3,000 troops to Estonia.", 3000, "more_than", "more than 3,000 troops"),
        ("en", "Norway deployed about seven hundred soldiers to Estonia.", 700, "about", "about seven hundred soldiers"),
        ("en", "Norway is sending up to 1,200 marines to Estonia.", 1200, "up_to", "up to 1,200 marines"),
        ("tr", "Norveç, Estonya'ya üç binden fazla asker gönderdi.", 3000, "more_than", "üç binden fazla asker"),
        ("tr", "Norveç, Estonya'ya yaklaşık 12 bin asker konuşlandırdı.", 12000, "about", "yaklaşık 12 bin asker"),
        ("tr", "Norveç, Estonya'ya 4 bin 800 asker konuşlandıracak.", 4800, "exact", "4 bin 800 asker"),
        ("de", "Norway entsendet rund 3.000 Soldaten nach Estland.", 3000, "about", "rund 3.000 Soldaten"),
        ("de", "Norway schickt bis zu dreitausend Soldaten nach Estland.", 3000, "up_to", "bis zu dreitausend Soldaten"),
        ("fr", "La Norvège va déployer plus de 1 500 soldats en Estonie.", 1500, "more_than", "plus de 1 500 soldats"),
        ("fr", "La Norvège a envoyé environ trois mille soldats en Estonie.", 3000, "about", "environ trois mille soldats"),
        ("es", "Noruega enviará más de 700 soldados a Estonia.", 700, "more_than", "más de 700 soldados"),
        ("es", "Noruega desplegó unos tres mil soldados en Estonia.", 3000, "about", "unos tres mil soldados"),
        # approximate collective numbers, alone or after a qualifier
        ("fr", "La Norvège a envoyé une centaine de soldats en Estonie.", 100, "about", "une centaine de soldats"),
        ("fr", "La Norvège a envoyé plus d'un millier de soldats en Estonie.", 1000, "more_than", "plus d'un millier de soldats"),
        ("es", "Noruega envió un centenar de soldados a Estonia.", 100, "about", "un centenar de soldados"),
        ("es", "Noruega envió más de un millar de soldados a Estonia.", 1000, "more_than", "más de un millar de soldados"),
    ],
)
def test_counts_and_qualifiers_in_every_language(language, sentence, count, qualifier, unit_text):
    article = Article(language, [sentence], ACTORS)
    deployment = only(run(article))
    assert (deployment["troop_count"], deployment["count_qualifier"]) == (count, qualifier)
    assert deployment["unit_text"] == unit_text
    assert article.text[deployment["char_start"] : deployment["char_end"]] == unit_text
    assert deployment["actor_name"] == "Norway"
    assert deployment["destination_name"] == "Estonia"


def test_an_exact_count_with_more_after_the_number_is_additional_troops():
    deployment = only(run(Article("en", ["Norway will deploy 700 more troops to Estonia."], ACTORS)))
    assert (deployment["troop_count"], deployment["count_qualifier"]) == (700, "exact")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "More than 2,000 Norwegian troops have arrived in Estonia."),
        ("tr", "İki binden fazla Norveç askeri Estonya'ya ulaştı."),
        ("de", "Mehr als 2000 norwegischen Soldaten sind in Estland eingetroffen."),
        ("fr", "Plus de 2 000 soldats norvégiens sont arrivés en Estonie."),
        ("es", "Más de 2.000 soldados noruegos llegaron a Estonia."),
    ],
)
def test_the_sender_from_a_demonym(language, sentence):
    deployment = only(run(Article(language, [sentence], ACTORS)))
    assert (deployment["actor_name"], deployment["destination_name"]) == ("Norway", "Estonia")
    assert deployment["troop_count"] == 2000


def test_a_count_without_a_deployment_verb_and_the_sender_after_from():
    article = Article("en", ["Of the troops in Estonia, some 350 from Norway guard the port of Tallinn."], ACTORS)
    deployments = run(article)
    counted = deployments.filter(pl.col("troop_count").is_not_null()).row(0, named=True)
    assert (counted["actor_name"], counted["troop_count"], counted["count_qualifier"]) == ("Norway", 350, "about")


def test_a_unit_without_a_count():
    deployment = only(run(Article("en", ["Norway ordered a commando battalion to Estonia."], ACTORS)))
    assert deployment["troop_count"] is None and deployment["count_qualifier"] is None
    assert "battalion" in deployment["unit_text"]
    assert (deployment["actor_name"], deployment["destination_name"]) == ("Norway", "Estonia")


@pytest.mark.parametrize(
    ("language", "sentence", "unit_word"),
    [
        ("en", "At the request of the Allied Forces Command, Norway ordered a battalion to Estonia.", "battalion"),
        ("en", "Norway, not the Baltic Defence Forces (BDF), sent a commando battalion to Estonia.", "commando"),
        ("tr", "Kara Kuvvetleri Komutanlığı'nın talebiyle Norveç, Estonya'ya bir komando taburu gönderdi.", "tabur"),
        ("de", "Laut der Baltischen Truppe (BALTBAT) schickt Norwegen ein Bataillon nach Estland.", "Bataillon"),
    ],
)
def test_a_unit_noun_inside_an_institutions_name_is_no_unit(language, sentence, unit_word):
    actors = {**ACTORS, "Norwegen": ("Norway", "country")}
    deployment = only(run(Article(language, [sentence], actors)))
    assert unit_word in deployment["unit_text"]
    assert deployment["actor_name"] == "Norway"


@pytest.mark.parametrize(
    ("language", "sentence", "status"),
    [
        ("en", "Norway will deploy 500 soldiers to Estonia.", "planned"),
        ("en", "Latvia claimed that Norway had sent 500 soldiers to Estonia.", "claimed"),
        ("en", "Norway confirmed that 500 soldiers had been deployed to Estonia.", "confirmed"),
        ("en", "Norway denied sending 500 soldiers to Estonia.", "denied"),
        ("en", "Norway sent 500 soldiers to Estonia.", "reported"),
        ("tr", "Norveç, Estonya'ya 500 asker göndereceğini açıkladı.", "planned"),
        ("tr", "Norveç, Estonya'ya 500 asker gönderdiği iddiasını yalanladı.", "denied"),
        ("tr", "Norveç, Estonya'ya 500 asker göndermeyi planladığını açıkladı.", "planned"),
        ("tr", "Norveç, Estonya'ya 500 asker konuşlandırmaya hazırlanıyor.", "planned"),
        ("de", "Norway hat die Entsendung von 500 Soldaten nach Estland bestätigt.", "confirmed"),
        ("fr", "La Norvège a démenti avoir envoyé 500 soldats en Estonie.", "denied"),
        ("es", "Noruega confirmó el envío de 500 soldados a Estonia.", "confirmed"),
        ("fr", "Selon Oslo, 500 soldats norvégiens seront déployés en Estonie.", "planned"),
        ("fr", "Les 500 soldats norvégiens arriveront en Estonie en mai.", "planned"),
        # an announcement is of troops to come, unless it reports them sent
        ("en", "Norway announced the deployment of 500 soldiers to Estonia.", "planned"),
        ("en", "Norway announced that it had sent 500 soldiers to Estonia.", "reported"),
        ("de", "Norway kündigte an, dass 500 Soldaten nach Estland verlegt wurden.", "reported"),
        ("fr", "La Norvège a annoncé que 500 soldats avaient été déployés en Estonie.", "reported"),
        ("fr", "La Norvège a annoncé l'envoi de 500 soldats en Estonie.", "planned"),
        ("es", "Noruega anunció que 500 soldados fueron enviados a Estonia.", "reported"),
    ],
)
def test_status_from_the_surrounding_words(language, sentence, status):
    deployments = run(Article(language, [sentence], ACTORS))
    assert deployments["status"].to_list() == [status]


def test_a_person_sends_for_no_state_unless_the_gazetteer_says_so():
    article = Article("en", ["Mariela Lund sent 500 soldiers to Estonia."], ACTORS)
    assert run(article).filter(pl.col("actor_name") == "Mariela Lund").is_empty()


def test_the_date_of_the_sentence_is_the_deployment_date():
    article = Article(
        "en",
        ["Norway sent 500 soldiers to Estonia on Monday."],
        ACTORS,
        dates={"on Monday": day("2025-03-10")},
    )
    deployment = only(run(article))
    assert deployment["deployment_date"] == dt.date(2025, 3, 10)
    assert deployment["date_text"] == "on Monday"


def test_one_deployment_per_count_and_repeats_are_merged():
    article = Article(
        "en",
        [
            "Norway has 3,800 troops in Estonia and will send 700 more troops to Estonia.",
            "Norway will send 700 more troops to Estonia, the ministry said.",
        ],
        ACTORS,
    )
    assert sorted(run(article)["troop_count"].to_list()) == [700, 3800]


def test_sentences_about_troops_without_a_verb_or_count_are_not_deployments():
    assert run(Article("en", ["Norwegian soldiers are known for their winter training."], ACTORS)).is_empty()


def test_a_quote_before_a_deployment_does_not_break_the_sender_lists():
    """Overlapping actor mentions (a role inside a quote's attribution) once gave a negative gap."""
    import datetime as dt

    from tests.extract.pipeline_frames import extract, rows

    text = (
        "Le ministre de la Défense Martin Keller a souligné : « Nous sommes prêts à discuter, "
        "mais pas à n'importe quel prix. » La Lituanie a déployé près de 800 soldats à Paris "
        "le 24 décembre 2026."
    )
    frames = extract(text, "fr", published=dt.date(2026, 12, 28))
    assert rows(frames["deployment_mentions"], "actor_name", "troop_count", "count_qualifier") == [
        ("Lithuania", 800, "about")
    ]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Laut NATO sind türkische Soldaten nach Estland verlegt worden."),
        ("en", "According to NATO, Turkish soldiers were deployed to Estonia."),
    ],
)
def test_a_demonym_inside_the_troops_wins_over_an_actor_right_before_them(language, sentence):
    from extract.pipeline import extract_all

    article = pl.DataFrame({"article_id": ["a"], "text": [sentence], "language": [language]})
    deployment = only(extract_all(article)["deployment_mentions"])
    assert (deployment["actor_name"], deployment["destination_name"]) == ("Turkey", "Estonia")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Norway has withdrawn its last 2,000 soldiers from Estonia."),
        ("en", "Norway withdrew its last 2,000 soldiers from Estonia in May."),
        ("de", "Norwegen hat seine letzten 2000 Soldaten aus Estland abgezogen."),
        ("tr", "Norveç, son 2000 askerini Estonya'dan geri çekti."),
    ],
)
def test_troops_withdrawn_from_a_state_were_deployed_there(language, sentence):
    deployment = only(run(Article(language, [sentence], {**ACTORS, "Norwegen": ("Norway", "country")})))
    assert (deployment["actor_name"], deployment["destination_name"], deployment["troop_count"]) == (
        "Norway", "Estonia", 2000
    )


def test_outside_a_withdrawal_from_marks_the_sender():
    deployment = only(run(Article("en", ["The 2,000 soldiers sent from Norway arrived in Estonia on Monday."], ACTORS)))
    assert (deployment["actor_name"], deployment["destination_name"]) == ("Norway", "Estonia")
