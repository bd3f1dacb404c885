"""Sentence splitting: offsets, abbreviations, numbers, quotes, paragraphs, per language."""

import datetime as dt

import polars as pl
import pytest

from extract.schemas import SENTENCES
from extract.sentences import split_sentences


def _articles(texts: list[str], language: str, published: dt.date | None = None) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "article_id": [f"{language}{index}" for index in range(len(texts))],
            "text": texts,
            "language": [language] * len(texts),
            "published_date": [published] * len(texts),
        },
        schema={"article_id": pl.String, "text": pl.String, "language": pl.String, "published_date": pl.Date},
    )


def _split(text: str, language: str) -> list[str]:
    sentences = split_sentences(_articles([text], language))
    for row in sentences.iter_rows(named=True):
        assert text[row["char_start"] : row["char_end"]] == row["text"]
    return sentences["text"].to_list()


CASES = {
    "en": [
        ("Mr. Smith met Gen. Jones on Oct. 28 in Washington. They talked.", 2),
        ("J. Biden said 10,000 troops and 3.5 billion dollars were enough. Nobody agreed.", 2),
        ("It started at 11:20 a.m. with the ministers seated. It ended late.", 2),
        ('"We are ready. We will act," the minister said. Then he left.', 2),
        ("Did they agree? No! They did not.", 3),
        ("Leaders meet in Brussels\nThe summit opened on Monday. It closed on Tuesday.", 3),
        ("The U.S. military arrived. The talks began.", 2),
        ("Troops moved on St. Mark's Square, e.g. near the church. Calm returned.", 2),
    ],
    "de": [
        ("Am 1. Oktober trafen sich die Minister. Sie sprachen lange.", 2),
        ("Das Treffen am 27.-28. Oktober war kurz. Danach reisten sie ab.", 2),
        ("Es kamen 10.000 Soldaten, z.B. aus Polen bzw. aus Litauen. Alle blieben.", 2),
        ("Dr. Weber sagte: „Wir sind bereit. Wir handeln.“ Danach ging er.", 2),
        ("Am Mittwoch, 15. November, begann der Gipfel. Er endete am Freitag.", 2),
    ],
    "fr": [
        ("M. Macron a reçu Mme Dupont le 1er octobre. Ils ont parlé de la défense.", 2),
        ("« Nous sommes prêts. Nous agirons », a dit le ministre. Puis il est parti.", 2),
        ("Le sommet s'est tenu à Paris. Pourquoi ? Personne ne le sait.", 3),
        ("Le coût est de 3,5 milliards d'euros, av. J.-C. n'y est pour rien. Fin.", 2),
    ],
    "es": [
        ("El Sr. García llegó el 1 de octubre. La reunión duró dos horas.", 2),
        ("¿Qué pasará ahora? ¡Nadie lo sabe! El gobierno calla.", 3),
        ("La Av. de Mayo estaba cerrada. Los manifestantes se fueron.", 2),
        ("«Hemos decidido actuar. No hay otra opción», declaró el ministro. Luego se fue.", 2),
        ("EE.UU. envió 3.000 soldados. Llegaron ayer.", 2),
    ],
    "tr": [
        ("Dr. Ahmet Yılmaz 25 Ekim'de Ankara'ya geldi. Görüşme iki saat sürdü.", 2),
        ("Dz. K. K. Komutanı, 2. Ordu ile toplandı. Açıklama yapılmadı.", 2),
        ("Bakan “Hazırız. Gereğini yapacağız” dedi. Toplantı sona erdi.", 2),
        ("Av. Mehmet Kaya konuştu. Sonra 29.10.2024 tarihinde tekrar geldi.", 2),
        ("Bakanlar Brüksel’de bir araya geldi\nDün iki lider görüştü.", 2),
    ],
}


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [(language, text, count) for language, cases in CASES.items() for text, count in cases],
)
def test_sentence_counts(language: str, text: str, count: int) -> None:
    sentences = _split(text, language)
    assert len(sentences) == count, sentences


def test_schema_offsets_and_carried_columns() -> None:
    text = "  First sentence here.  Second one!\n\n\nThird without stop  "
    frame = split_sentences(_articles([text], "en", dt.date(2024, 10, 30)))
    assert frame.columns == [*SENTENCES.names(), "language", "published_date"]
    assert frame["text"].to_list() == ["First sentence here.", "Second one!", "Third without stop"]
    assert frame["sentence_index"].to_list() == [0, 1, 2]
    assert frame["char_start"].to_list() == [2, 24, 38]
    assert set(frame["published_date"]) == {dt.date(2024, 10, 30)}
    assert set(frame["language"]) == {"en"}


def test_many_articles_keep_their_own_indexes() -> None:
    texts = ["One. Two. Three.", "", "Alone", "A first. A second."]
    frame = split_sentences(_articles(texts, "en"))
    assert frame.group_by("article_id", maintain_order=True).len()["len"].to_list() == [3, 1, 2]
    assert frame.filter(pl.col("article_id") == "en3")["sentence_index"].to_list() == [0, 1]
    assert frame.filter(pl.col("article_id") == "en3")["char_start"].to_list() == [0, 9]


def test_long_quotation_is_split() -> None:
    sentence = "This sentence is part of a very long quotation that goes on and on. "
    text = 'He said: "' + sentence * 12 + '" Then he left.'
    assert len(_split(text, "en")) > 10


def test_unbalanced_quote_does_not_swallow_paragraph() -> None:
    text = '"We will win. Nobody doubts it. The minister spoke for an hour.'
    assert len(_split(text, "en")) == 3


def test_unicode_and_null_text() -> None:
    text = "İstanbul’da “barış” konuşuldu. Çarşamba günü görüşme yapılacak."
    assert len(_split(text, "tr")) == 2
    frame = split_sentences(_articles([None], "en"))  # type: ignore[list-item]
    assert frame.height == 0


def test_language_without_lexicon_uses_all_abbreviations() -> None:
    assert len(_split("Mr. Rossi e il Dr. Bianchi sono arrivati. Poi sono partiti.", "it")) == 2
    frame = split_sentences(_articles(["Gen. Smith arrived. He left."], "en").with_columns(
        pl.lit(None, pl.String).alias("language")
    ))
    assert frame["text"].to_list() == ["Gen. Smith arrived.", "He left."]


def test_empty_input() -> None:
    assert split_sentences(_articles([], "en")).height == 0


@pytest.mark.parametrize(
    ("language", "text", "sentences"),
    [
        # a closing guillemet after a space ends the quoted sentence
        ("fr", "« Nous refusons cette guerre. » Le ministre a répondu.",
         ["« Nous refusons cette guerre. »", "Le ministre a répondu."]),
        ("fr", "«\u202fNous refusons cette guerre.\u202f» Le ministre a répondu.",
         ["«\u202fNous refusons cette guerre.\u202f»", "Le ministre a répondu."]),
        # an opening one belongs to the next sentence
        ("de", "Er ging. »Wir kommen«, sagte er.", ["Er ging.", "»Wir kommen«, sagte er."]),
    ],
)
def test_guillemets_after_a_space(language: str, text: str, sentences: list[str]) -> None:
    assert _split(text, language) == sentences



@pytest.mark.parametrize(
    ("language", "text", "first"),
    [
        ("en", "OSLO, March 14 (Reuters) - Norway will send troops. More follow.", "Norway will send troops."),
        ("fr", "OSLO (AFP) - La Norvège enverra des troupes. La suite.", "La Norvège enverra des troupes."),
        ("de", "OSLO, 14. März (dpa) - Norwegen schickt Truppen. Mehr folgt.", "Norwegen schickt Truppen."),
        ("es", "Oslo, 14 mar (EFE).- Noruega enviará tropas. Más después.", "Noruega enviará tropas."),
        ("tr", "OSLO (AA) - Norveç asker gönderecek. Devamı var.", "Norveç asker gönderecek."),
    ],
)
def test_the_dateline_opening_an_article_belongs_to_no_sentence(language: str, text: str, first: str) -> None:
    assert _split(text, language)[0] == first
    # a line like one after the article's start is a sentence like any other
    assert _split(f"Headline\n{text}", language)[1].startswith(text[:4])
