"""Quotes and their attribution: a quote broken by it, short quotes that are still speech (a
sentence of their own, announced by a colon, followed by a participle of saying), and the
clause that only announces a quote."""

import datetime as dt

import pytest

from tests.extract.pipeline_frames import extract, rows


def statements(text: str, language: str = "en", published: dt.date | None = dt.date(2025, 3, 12)):
    return extract(text, language, published)["statements"]


@pytest.mark.parametrize(
    ("language", "text", "speaker", "first", "last"),
    [
        ("en", "“The harbour,” Ayla Demir said on Monday, “will reopen within a week.”", "Ayla Demir", "The harbour", "within a week."),
        ("en", 'Mark Rutte spoke in Vilnius. "Our defence plans are ready," he said, "and they are funded."', "Mark Rutte", "Our defence", "funded."),
        ("de", "„Die Gespräche sind schwierig“, sagte Olaf Scholz am Montag, „aber nicht gescheitert.“", "Olaf Scholz", "Die Gespräche", "gescheitert."),
        ("es", "«El acuerdo está cerca», afirmó Pedro Sánchez el lunes, «pero no está cerrado».", "Pedro Sánchez", "El acuerdo", "cerrado"),
        ("fr", "« Le dialogue reste ouvert, a déclaré Stéphane Séjourné lundi, mais nos exigences demeurent. »", "Stéphane Séjourné", "Le dialogue", "demeurent."),
        ("tr", "“Müzakereler sürüyor,” dedi Hakan Fidan, “ama henüz bir sonuç yok.”", "Hakan Fidan", "Müzakereler", "sonuç yok."),
    ],
)
def test_a_quote_broken_by_its_attribution_is_one_statement_of_the_speaker_named_there(
    language, text, speaker, first, last
):
    found = statements(text, language)
    assert rows(found, "speaker_names", "statement_kind") == [([speaker], "direct_quote")]
    said = found["text"].item()
    assert said.startswith(first) and said.endswith(last)


def test_the_date_in_the_attribution_inside_a_quote_dates_it():
    found = statements("“The harbour,” Ayla Demir said on Monday, “will reopen within a week.”")
    assert rows(found, "statement_date", "date_text") == [(dt.date(2025, 3, 10), "on Monday")]


@pytest.mark.parametrize(
    "text",
    [
        'Protesters carried banners reading "peace," "bread," and "work" through the capital, police said.',
        "Ayla Demir called the plan “reckless,” and the opposition walked out.",
    ],
)
def test_quoted_words_in_a_list_or_a_clause_are_not_joined_into_a_quote(text):
    found = statements(text)
    assert "direct_quote" not in found["statement_kind"].to_list()


@pytest.mark.parametrize(
    ("language", "text", "speaker", "short"),
    [
        ("en", '"We will hold the line," Volodymyr Zelensky said. "Not one step back."', "Volodymyr Zelensky", "Not one step back."),
        ("de", "„Die Lage ist ernst“, sagte Boris Pistorius. „Wir handeln jetzt.“", "Boris Pistorius", "Wir handeln jetzt."),
        ("fr", "« La situation est grave », a affirmé Gabriel Attal. « Agissons vite. »", "Gabriel Attal", "Agissons vite."),
        ("es", "«La situación es grave», dijo José Manuel Albares. «Seguimos trabajando.»", "José Manuel Albares", "Seguimos trabajando."),
    ],
)
def test_a_short_quote_that_is_its_whole_sentence_goes_on_with_the_speaker(language, text, speaker, short):
    found = statements(text, language)
    assert (speaker, short) in [(names[0], said) for names, said in rows(found, "speaker_names", "text")]


@pytest.mark.parametrize(
    ("language", "text", "speaker", "quote"),
    [
        ("tr", "Hakan Fidan, görüşmenin ardından şöyle konuştu: “Ateşkes şart.”", "Hakan Fidan", "Ateşkes şart."),
        ("tr", "Cumhurbaşkanı Erdoğan, kabine toplantısının ardından şunları söyledi: “Mücadeleyi sürdüreceğiz.”", "Recep Tayyip Erdoğan", "Mücadeleyi sürdüreceğiz."),
        ("en", "Mark Rutte put it plainly: “No more delays.”", "Mark Rutte", "No more delays."),
    ],
)
def test_a_short_quote_announced_by_a_colon_is_the_statement(language, text, speaker, quote):
    found = statements(text, language)
    assert rows(found, "speaker_names", "text", "statement_kind") == [([speaker], quote, "direct_quote")]


@pytest.mark.parametrize(
    "text",
    [
        "“Sınırda geçit yok” diyen Yaşar Güler, operasyonların süreceğini söyledi.",
        "“Sınırda geçit yok” ifadelerini kullanan Yaşar Güler, operasyonların süreceğini söyledi.",
        "“Sınırda geçit yok” diyen Yaşar Güler, tatbikatı izledi.",
    ],
)
def test_a_short_quote_before_its_participle_of_saying_is_the_speakers(text):
    found = statements(text, "tr")
    assert (["Yaşar Güler"], "Sınırda geçit yok", "direct_quote") in rows(found, "speaker_names", "text", "statement_kind")
