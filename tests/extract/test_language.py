"""Language identification: input language first, detection otherwise."""

import polars as pl
import pytest

from extract import language
from extract.language import DETECTION_CHARS, MIN_PROBABILITY, detect_languages, identify_languages
from extract.schemas import ARTICLE_LANGUAGES

TEXTS = {
    "en": "The foreign ministers met in the capital on Thursday and agreed to keep talking about trade.",
    "tr": "Dışişleri bakanları perşembe günü başkentte bir araya geldi ve ticaret konusunda görüşmeye devam etme kararı aldı.",
    "de": "Die Außenminister trafen sich am Donnerstag in der Hauptstadt und vereinbarten weitere Gespräche über den Handel.",
    "fr": "Les ministres des affaires étrangères se sont réunis jeudi dans la capitale et ont convenu de poursuivre les discussions.",
    "es": "Los ministros de Asuntos Exteriores se reunieron el jueves en la capital y acordaron seguir negociando sobre el comercio.",
}
SHORT_TEXTS = {
    "en": "Troops arrived yesterday.",
    "tr": "Askerler dün geldi.",
    "de": "Die Soldaten kamen gestern.",
    "fr": "Les soldats sont arrivés hier.",
    "es": "Los soldados llegaron ayer.",
}


def _articles(texts: list[str | None], languages: list[str | None] | None = None) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "article_id": [f"a{index}" for index in range(len(texts))],
            "title": [None] * len(texts),
            "text": texts,
            "language": languages or [None] * len(texts),
        },
        schema={"article_id": pl.String, "title": pl.String, "text": pl.String, "language": pl.String},
    )


@pytest.mark.parametrize("texts", [TEXTS, SHORT_TEXTS], ids=["sentences", "short"])
def test_detects_each_language(texts: dict[str, str]) -> None:
    result = identify_languages(_articles(list(texts.values())))
    assert result.schema == ARTICLE_LANGUAGES
    assert result["language"].to_list() == list(texts)
    assert set(result["language_source"]) == {"detected"}


def test_input_language_takes_precedence_and_is_normalised() -> None:
    articles = _articles([TEXTS["de"], TEXTS["en"], TEXTS["fr"]], ["EN-us", None, " tr "])
    result = identify_languages(articles)
    assert result["language"].to_list() == ["en", "en", "tr"]
    assert result["language_source"].to_list() == ["input", "detected", "input"]


def test_title_helps_and_empty_text_gives_null() -> None:
    articles = _articles(["", None, "12:30 — 4,000"])
    articles = articles.with_columns(
        pl.Series("title", ["Bakanlar yarın Ankara'da görüşecek", None, None])
    )
    result = identify_languages(articles)
    assert result["language"].to_list() == ["tr", None, None]


def test_a_text_without_letters_before_the_others_gives_null() -> None:
    texts = ["12:30 +++ 4711", "", TEXTS["de"], "12:30 — 4,000", TEXTS["tr"]]
    assert identify_languages(_articles(texts))["language"].to_list() == [None, None, "de", None, "tr"]


def test_keeps_article_order_and_empty_frame() -> None:
    articles = _articles(list(TEXTS.values()))[::-1]
    assert identify_languages(articles)["article_id"].to_list() == articles["article_id"].to_list()
    assert identify_languages(_articles([])).schema == ARTICLE_LANGUAGES


# Texts py3langid sees differently: other languages, capitals, mixed scripts, no letters, long.
MODEL_TEXTS = [
    *TEXTS.values(),
    *SHORT_TEXTS.values(),
    "Il ministro degli Esteri ha incontrato ieri il suo omologo a Roma.",
    "Министр иностранных дел встретился вчера со своим коллегой.",
    "التقى وزير الخارجية أمس بنظيره في العاصمة.",
    "Minister spraw zagranicznych spotkał się wczoraj ze swoim odpowiednikiem.",
    "BAKANLAR İSTANBUL'DA GÖRÜŞTÜ",
    "DIE MINISTER TRAFEN SICH IN BERLIN",
    "NATO 🙂 ok",
    "Ankara — Berlin — Paris",
    "e\u0301te\u0301",  # decomposed accents: NFC first
    "a",
    "",
    "12:30 — 4,000",
    TEXTS["fr"] * 5,  # beyond DETECTION_CHARS
]


def test_detect_languages_is_py3langid_classify_on_every_text() -> None:
    identifier = language._identifier()
    expected = []
    for text in MODEL_TEXTS:
        sample = text[:DETECTION_CHARS]
        code, probability = identifier.classify(sample)
        has_letter = any(character.isalpha() for character in sample)
        expected.append(code if has_letter and probability >= MIN_PROBABILITY else None)
    assert detect_languages(pl.Series(MODEL_TEXTS)).to_list() == expected


def test_probabilities_are_those_of_classify_across_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    in_one_block = detect_languages(pl.Series(MODEL_TEXTS)).to_list()
    monkeypatch.setattr(language, "BLOCK_TEXTS", 4)
    identifier = language._identifier()
    model = language._model()
    samples = pl.Series(MODEL_TEXTS).str.slice(0, DETECTION_CHARS)
    probabilities = language._probabilities(*language._model_bytes(samples), model)
    for text, row in zip(samples.to_list(), probabilities, strict=True):
        code, probability = identifier.classify(text)
        assert model.languages[row.argmax()] == code
        assert row.max() == pytest.approx(probability, rel=1e-4)
    assert detect_languages(pl.Series(MODEL_TEXTS)).to_list() == in_one_block
