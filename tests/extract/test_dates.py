"""Date extraction: pattern families in five languages, resolution, false positives."""

import datetime as dt

import polars as pl
import pytest

from extract.dates import calendar_names, extract_dates
from extract.schemas import DATE_MENTIONS
from extract.sentences import split_sentences

WEDNESDAY = dt.date(2024, 10, 30)  # publication date used by most cases: a Wednesday
D = dt.date


def _articles(texts: list[str], language: str, published: dt.date | None) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "article_id": [f"{language}{index}" for index in range(len(texts))],
            "text": texts,
            "language": [language] * len(texts),
            "published_date": [published] * len(texts),
        },
        schema={"article_id": pl.String, "text": pl.String, "language": pl.String, "published_date": pl.Date},
    )


def _dates(text: str, language: str, published: dt.date | None = WEDNESDAY) -> list[dict]:
    articles = _articles([text], language, published)
    mentions = extract_dates(split_sentences(articles), articles)
    assert mentions.schema == DATE_MENTIONS
    for row in mentions.iter_rows(named=True):
        assert text[row["char_start"] : row["char_end"]] == row["text"]
    return mentions.to_dicts()


def _only(text: str, language: str, published: dt.date | None = WEDNESDAY) -> dict:
    mentions = _dates(text, language, published)
    assert len(mentions) == 1, mentions
    return mentions[0]


# (language, sentence, mention text, start, end, precision)
CASES = [
    # absolute days, with and without a year
    ("en", "Rutte took office on October 1.", "on October 1", D(2024, 10, 1), D(2024, 10, 1), "day"),
    ("en", "The deal was signed Oct. 1 in Ankara.", "Oct. 1", D(2024, 10, 1), D(2024, 10, 1), "day"),
    ("en", "The law passed on July 17, 2023, after a vote.", "on July 17, 2023", D(2023, 7, 17), D(2023, 7, 17), "day"),
    ("en", "Elections were held on 3 March 2021.", "on 3 March 2021", D(2021, 3, 3), D(2021, 3, 3), "day"),
    ("en", "The report is dated 2024-10-29.", "2024-10-29", D(2024, 10, 29), D(2024, 10, 29), "day"),
    ("tr", "Anlaşma 1 Ekim'de imzalandı.", "1 Ekim'de", D(2024, 10, 1), D(2024, 10, 1), "day"),
    ("tr", "Açıklama 25 Ekim’de geldi.", "25 Ekim’de", D(2024, 10, 25), D(2024, 10, 25), "day"),
    ("tr", "Tören 29.10.2023 tarihinde yapıldı.", "29.10.2023 tarihinde", D(2023, 10, 29), D(2023, 10, 29), "day"),
    ("de", "Er trat am 1. Oktober sein Amt an.", "am 1. Oktober", D(2024, 10, 1), D(2024, 10, 1), "day"),
    ("de", "Der Vertrag vom 29.10.2024 gilt.", "vom 29.10.2024", D(2024, 10, 29), D(2024, 10, 29), "day"),
    ("fr", "Il a pris ses fonctions le 1er octobre.", "le 1er octobre", D(2024, 10, 1), D(2024, 10, 1), "day"),
    ("fr", "Le texte a été adopté le 29/10/2024.", "le 29/10/2024", D(2024, 10, 29), D(2024, 10, 29), "day"),
    ("es", "Asumió el cargo el 1 de octubre.", "el 1 de octubre", D(2024, 10, 1), D(2024, 10, 1), "day"),
    ("es", "Se firmó el 5 de mayo de 2022 en Madrid.", "el 5 de mayo de 2022", D(2022, 5, 5), D(2022, 5, 5), "day"),
    # a yearless day after publication belongs to the year before
    ("en", "The first contact came on December 3.", "on December 3", D(2023, 12, 3), D(2023, 12, 3), "day"),
    # weekday with a date
    ("en", "They met Wednesday, Nov. 15, in the city.", "Wednesday, Nov. 15", D(2023, 11, 15), D(2023, 11, 15), "day"),
    ("de", "Sie trafen sich am Mittwoch, 15. November.", "am Mittwoch, 15. November", D(2023, 11, 15), D(2023, 11, 15), "day"),
    ("fr", "Ils se sont vus mercredi 13 septembre.", "mercredi 13 septembre", D(2023, 9, 13), D(2023, 9, 13), "day"),
    ("es", "Se reunieron el lunes 28 de octubre.", "el lunes 28 de octubre", D(2024, 10, 28), D(2024, 10, 28), "day"),
    ("de", "Er sprach am Dienstag (29. Oktober) vor dem Parlament.", "am Dienstag (29. Oktober)", D(2024, 10, 29), D(2024, 10, 29), "day"),
    # weekdays alone: the latest such day on or before publication
    ("en", "On Tuesday, the ministers met.", "On Tuesday", D(2024, 10, 29), D(2024, 10, 29), "day"),
    ("en", "The ministers met Wednesday morning.", "Wednesday morning", WEDNESDAY, WEDNESDAY, "day"),
    ("en", "The ministers met Thursday in Rome.", "Thursday", D(2024, 10, 24), D(2024, 10, 24), "day"),
    ("tr", "Bakanlar Salı günü bir araya geldi.", "Salı günü", D(2024, 10, 29), D(2024, 10, 29), "day"),
    ("tr", "Bakanlar salı Ankara'da buluştu.", "salı", D(2024, 10, 29), D(2024, 10, 29), "day"),
    ("de", "Die Minister trafen sich am Dienstag.", "am Dienstag", D(2024, 10, 29), D(2024, 10, 29), "day"),
    ("fr", "Les ministres se sont réunis mardi à Paris.", "mardi", D(2024, 10, 29), D(2024, 10, 29), "day"),
    ("es", "Los ministros se reunieron el martes.", "el martes", D(2024, 10, 29), D(2024, 10, 29), "day"),
    ("es", "Los ministros hablaron este miércoles.", "este miércoles", WEDNESDAY, WEDNESDAY, "day"),
    # weekdays marked as past or future
    ("en", "They met last Tuesday.", "last Tuesday", D(2024, 10, 29), D(2024, 10, 29), "day"),
    ("en", "They met last Wednesday.", "last Wednesday", D(2024, 10, 23), D(2024, 10, 23), "day"),
    ("en", "They meet next Tuesday.", "next Tuesday", D(2024, 11, 5), D(2024, 11, 5), "day"),
    ("en", "The president will travel to Rome on Friday.", "on Friday", D(2024, 11, 1), D(2024, 11, 1), "day"),
    ("tr", "Bakan gelecek salı Roma'ya gidecek.", "gelecek salı", D(2024, 11, 5), D(2024, 11, 5), "day"),
    ("tr", "Cumhurbaşkanı pazartesi günü Soçi'de Putin ile görüşecek.", "pazartesi günü", D(2024, 11, 4), D(2024, 11, 4), "day"),
    ("de", "Der Minister reist am kommenden Dienstag nach Rom.", "am kommenden Dienstag", D(2024, 11, 5), D(2024, 11, 5), "day"),
    ("de", "Er reist nächsten Freitag ab.", "nächsten Freitag", D(2024, 11, 1), D(2024, 11, 1), "day"),
    ("fr", "Le ministre se rendra à Rome mardi prochain.", "mardi prochain", D(2024, 11, 5), D(2024, 11, 5), "day"),
    ("es", "El ministro viajará a Roma el próximo martes.", "el próximo martes", D(2024, 11, 5), D(2024, 11, 5), "day"),
    # yesterday, today, tomorrow
    ("en", "Yesterday the talks ended.", "Yesterday", D(2024, 10, 29), D(2024, 10, 29), "day"),
    ("en", "The talks end today.", "today", WEDNESDAY, WEDNESDAY, "day"),
    ("en", "The talks resume tomorrow.", "tomorrow", D(2024, 10, 31), D(2024, 10, 31), "day"),
    ("tr", "Dün iki lider görüştü.", "Dün", D(2024, 10, 29), D(2024, 10, 29), "day"),
    ("tr", "Bugün Ankara'da toplantı var.", "Bugün", WEDNESDAY, WEDNESDAY, "day"),
    ("tr", "Heyet yarın Ankara'ya gelecek.", "yarın", D(2024, 10, 31), D(2024, 10, 31), "day"),
    ("de", "Gestern trafen sich die Minister.", "Gestern", D(2024, 10, 29), D(2024, 10, 29), "day"),
    ("de", "Die Minister treffen sich heute in Berlin.", "heute", WEDNESDAY, WEDNESDAY, "day"),
    ("de", "Die Minister treffen sich morgen in Berlin.", "morgen", D(2024, 10, 31), D(2024, 10, 31), "day"),
    ("de", "Heute Morgen landete der Kanzler.", "Heute Morgen", WEDNESDAY, WEDNESDAY, "day"),
    ("fr", "Hier, les ministres se sont réunis.", "Hier", D(2024, 10, 29), D(2024, 10, 29), "day"),
    ("fr", "Aujourd’hui, le sommet commence.", "Aujourd’hui", WEDNESDAY, WEDNESDAY, "day"),
    ("fr", "Le sommet commence demain.", "demain", D(2024, 10, 31), D(2024, 10, 31), "day"),
    ("es", "Ayer se reunieron los ministros.", "Ayer", D(2024, 10, 29), D(2024, 10, 29), "day"),
    ("es", "Hoy comienza la cumbre.", "Hoy", WEDNESDAY, WEDNESDAY, "day"),
    ("es", "La cumbre comienza mañana.", "mañana", D(2024, 10, 31), D(2024, 10, 31), "day"),
    # weeks (Monday to Sunday ranges), months and years relative to publication
    ("en", "Last week the army moved north.", "Last week", D(2024, 10, 21), D(2024, 10, 27), "range"),
    ("tr", "Geçen hafta ordu kuzeye ilerledi.", "Geçen hafta", D(2024, 10, 21), D(2024, 10, 27), "range"),
    ("de", "Vergangene Woche rückte die Armee vor.", "Vergangene Woche", D(2024, 10, 21), D(2024, 10, 27), "range"),
    ("fr", "La semaine dernière, l'armée a avancé.", "La semaine dernière", D(2024, 10, 21), D(2024, 10, 27), "range"),
    ("es", "La semana pasada el ejército avanzó.", "La semana pasada", D(2024, 10, 21), D(2024, 10, 27), "range"),
    ("en", "Earlier this month the army moved.", "Earlier this month", D(2024, 10, 1), D(2024, 10, 31), "month"),
    ("en", "This year the budget grew.", "This year", D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("tr", "Bu yıl bütçe büyüdü.", "Bu yıl", D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("de", "Dieses Jahr wuchs der Etat.", "Dieses Jahr", D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("fr", "L'année dernière, le budget a augmenté.", "L'année dernière", D(2023, 1, 1), D(2023, 12, 31), "year"),
    ("es", "El año pasado creció el presupuesto.", "El año pasado", D(2023, 1, 1), D(2023, 12, 31), "year"),
    # months alone, months with a year, years alone
    ("en", "The visit took place in June.", "in June", D(2024, 6, 1), D(2024, 6, 30), "month"),
    ("en", "The visit took place in December.", "in December", D(2023, 12, 1), D(2023, 12, 31), "month"),
    ("tr", "Putin haziranda Pyongyang'ı ziyaret etti.", "haziranda", D(2024, 6, 1), D(2024, 6, 30), "month"),
    ("tr", "Putin Haziran'da Pyongyang'ı ziyaret etti.", "Haziran'da", D(2024, 6, 1), D(2024, 6, 30), "month"),
    ("tr", "Seçimler Ekim ayında yapıldı.", "Ekim ayında", D(2024, 10, 1), D(2024, 10, 31), "month"),
    ("de", "Der Besuch fand im Juni statt.", "im Juni", D(2024, 6, 1), D(2024, 6, 30), "month"),
    ("fr", "La visite a eu lieu en juin.", "en juin", D(2024, 6, 1), D(2024, 6, 30), "month"),
    ("es", "La visita tuvo lugar en junio.", "en junio", D(2024, 6, 1), D(2024, 6, 30), "month"),
    ("en", "The war began in February 2022.", "in February 2022", D(2022, 2, 1), D(2022, 2, 28), "month"),
    ("tr", "Savaş Şubat 2022'de başladı.", "Şubat 2022'de", D(2022, 2, 1), D(2022, 2, 28), "month"),
    ("de", "Der Krieg begann im Februar 2022.", "im Februar 2022", D(2022, 2, 1), D(2022, 2, 28), "month"),
    ("fr", "La guerre a commencé en février 2022.", "en février 2022", D(2022, 2, 1), D(2022, 2, 28), "month"),
    ("es", "La guerra empezó en febrero de 2022.", "en febrero de 2022", D(2022, 2, 1), D(2022, 2, 28), "month"),
    ("en", "The base has been open since 2017.", "since 2017", D(2017, 1, 1), D(2017, 12, 31), "year"),
    ("tr", "Üs 2017 yılında açıldı.", "2017 yılında", D(2017, 1, 1), D(2017, 12, 31), "year"),
    ("de", "Die Basis besteht seit 2017.", "seit 2017", D(2017, 1, 1), D(2017, 12, 31), "year"),
    ("fr", "La base existe depuis 2017.", "depuis 2017", D(2017, 1, 1), D(2017, 12, 31), "year"),
    ("es", "La base funciona desde 2017.", "desde 2017", D(2017, 1, 1), D(2017, 12, 31), "year"),
    # ranges
    ("tr", "Birlikler 27-28 Ekim'de konuşlandı.", "27-28 Ekim'de", D(2024, 10, 27), D(2024, 10, 28), "range"),
    ("tr", "Zirve 4-5 Haziran 2023 tarihlerinde yapıldı.", "4-5 Haziran 2023 tarihlerinde", D(2023, 6, 4), D(2023, 6, 5), "range"),
    ("tr", "Bakanlar 27 ve 28 Ekim'de görüştü.", "27 ve 28 Ekim'de", D(2024, 10, 27), D(2024, 10, 28), "range"),
    ("de", "Der Gipfel fand am 27.-28. Oktober statt.", "am 27.-28. Oktober", D(2024, 10, 27), D(2024, 10, 28), "range"),
    ("fr", "Le sommet s'est tenu du 27 au 28 octobre.", "du 27 au 28 octobre", D(2024, 10, 27), D(2024, 10, 28), "range"),
    ("es", "La cumbre se celebró del 27 al 28 de octubre.", "del 27 al 28 de octubre", D(2024, 10, 27), D(2024, 10, 28), "range"),
    ("en", "The summit ran October 27-28 in Rome.", "October 27-28", D(2024, 10, 27), D(2024, 10, 28), "range"),
    ("en", "The summit ran between 27 and 28 October.", "between 27 and 28 October", D(2024, 10, 27), D(2024, 10, 28), "range"),
    ("en", "The summit ran from Monday to Tuesday.", "from Monday to Tuesday", D(2024, 10, 28), D(2024, 10, 29), "range"),
    ("de", "Am 15. und 16. November tagte der Rat.", "Am 15. und 16. November", D(2023, 11, 15), D(2023, 11, 16), "range"),
    # "N days ago" in each language; weeks ago are that week's Monday-Sunday range
    ("en", "The convoy left two days ago.", "two days ago", D(2024, 10, 28), D(2024, 10, 28), "day"),
    ("en", "The convoy left three weeks ago.", "three weeks ago", D(2024, 10, 7), D(2024, 10, 13), "range"),
    ("tr", "Konvoy iki gün önce yola çıktı.", "iki gün önce", D(2024, 10, 28), D(2024, 10, 28), "day"),
    ("de", "Der Konvoi brach vor zwei Tagen auf.", "vor zwei Tagen", D(2024, 10, 28), D(2024, 10, 28), "day"),
    ("fr", "Le convoi est parti il y a deux jours.", "il y a deux jours", D(2024, 10, 28), D(2024, 10, 28), "day"),
    ("es", "El convoy salió hace tres meses.", "hace tres meses", D(2024, 7, 1), D(2024, 7, 31), "month"),
    # compounds and suffixed forms
    ("de", "Die Minister trafen sich am Dienstagabend.", "am Dienstagabend", D(2024, 10, 29), D(2024, 10, 29), "day"),
    ("tr", "Geçen ayın sonunda anlaşma imzalandı.", "Geçen ayın sonunda", D(2024, 9, 1), D(2024, 9, 30), "month"),
    ("tr", "Seçim Mart ayı sonunda yapıldı.", "Mart ayı sonunda", D(2024, 3, 1), D(2024, 3, 31), "month"),
    ("es", "El pasado 7 de octubre hubo un ataque.", "El pasado 7 de octubre", D(2024, 10, 7), D(2024, 10, 7), "day"),
    # the month, year or day from which something holds
    ("es", "Las patrullas comenzaron a partir de junio.", "a partir de junio", D(2024, 6, 1), D(2024, 6, 30), "month"),
    ("es", "El contingente creció a partir de 2022.", "a partir de 2022", D(2022, 1, 1), D(2022, 12, 31), "year"),
    ("fr", "Les patrouilles ont repris à partir de juin.", "à partir de juin", D(2024, 6, 1), D(2024, 6, 30), "month"),
    ("fr", "Les patrouilles ont repris à compter du 3 juin.", "à compter du 3 juin", D(2024, 6, 3), D(2024, 6, 3), "day"),
    # a year before or after publication, named after "del" ("a principios del año próximo")
    ("es", "Las tropas llegarán a principios del año próximo.", "del año próximo", D(2025, 1, 1), D(2025, 12, 31), "year"),
    ("es", "Las tropas llegaron a mediados del año pasado.", "del año pasado", D(2023, 1, 1), D(2023, 12, 31), "year"),
]


@pytest.mark.parametrize(
    ("language", "sentence", "mention", "start", "end", "precision"),
    CASES,
    ids=[f"{case[0]}-{case[2]}" for case in CASES],
)
def test_pattern_families(
    language: str, sentence: str, mention: str, start: dt.date, end: dt.date, precision: str
) -> None:
    found = _only(sentence, language)
    assert (found["text"], found["date_start"], found["date_end"], found["precision"]) == (
        mention, start, end, precision
    )
    assert found["is_future"] == (start > WEDNESDAY)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The meeting began shortly after 11:20 a.m. with 12 ministers."),
        ("en", "You may say that 2,500 soldiers march better than 300."),
        ("en", "Troops will march south, officials may decide."),
        ("de", "Am Morgen kamen 10.000 Soldaten an."),
        ("de", "Jeden Morgen um 7:30 Uhr beginnt der Dienst."),
        ("en", "The hier archy of the army was clear."),
        ("tr", "Ekim Bey toplantıya katıldı."),
        ("tr", "Pazar payı yüzde 12 arttı."),
        ("es", "Llegó a Santo Domingo por la mañana."),
        ("fr", "Les soldats, au nombre de 3 500, sont partis."),
        # a number before troops or units counts them, even one that could be a year
        ("en", "Israel has sent 2000 soldiers to the border."),
        ("de", "Israel hat 2000 Soldaten an die Grenze geschickt."),
        ("fr", "Israël a envoyé 2000 soldats à la frontière."),
        ("es", "Israel envió 2000 soldados a la frontera."),
        ("tr", "İsrail sınıra 2000 asker gönderdi."),
        ("en", "The navy moved 2010 marines and 2020 vessels."),
        ("en", "About 2000 people were evacuated."),
        ("tr", "Yaklaşık 2000 kişi tahliye edildi."),
    ],
)
def test_no_false_positives(language: str, sentence: str) -> None:
    assert _dates(sentence, language) == []


def test_a_year_before_other_words_is_still_a_year() -> None:
    assert _only("The 2000 elections were close.", "en")["precision"] == "year"


def test_hier_is_only_french() -> None:
    assert _dates("Hier ist die Lage ruhig.", "de") == []
    assert _only("Hier, le ministre a parlé.", "fr")["date_start"] == D(2024, 10, 29)


def test_without_publication_date_relative_dates_are_unknown() -> None:
    text = "On Tuesday and yesterday they met. In June, on 5 March and on 5 March 2021 too."
    found = {row["text"]: row for row in _dates(text, "en", None)}
    for relative in ("On Tuesday", "yesterday", "In June", "on 5 March"):
        assert found[relative]["precision"] == "unknown"
        assert found[relative]["date_start"] is None and found[relative]["date_end"] is None
    assert found["on 5 March 2021"]["date_start"] == D(2021, 3, 5)
    assert found["on 5 March 2021"]["precision"] == "day"


def test_without_publication_date_future_words_still_mark_future() -> None:
    found = {row["text"]: row["is_future"] for row in _dates("Tomorrow and next Monday.", "en", None)}
    assert found == {"Tomorrow": True, "next Monday": True}


def test_future_tense_moves_yearless_day_forward() -> None:
    found = _only("The leaders will meet on January 15.", "en")
    assert found["date_start"] == D(2025, 1, 15) and found["is_future"]


def test_future_tense_of_another_clause_does_not_count() -> None:
    found = _only("The fleet will join the group, which arrived on Monday.", "en")
    assert found["date_start"] == D(2024, 10, 28)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "A second round of talks is planned for mid-February."),
        ("en", "The ministers hope to meet again in February."),
        ("de", "Die Minister wollen sich Mitte Februar erneut treffen."),
        ("de", "Ein weiteres Treffen ist im Februar vorgesehen."),
        # the future seen from a past report, and what is due or expected to happen
        ("en", "Her office said the minister would travel to Oslo in February."),
        ("en", "The summit was to take place in February."),
        ("fr", "Les deux ministres doivent se rencontrer début février."),
        ("fr", "La ministre devrait se rendre à Oslo en février."),
        ("es", "Los ministros deben reunirse en febrero."),
        ("de", "Der Sprecher sagte, die Ministerin werde im Februar nach Oslo reisen."),
    ],
)
def test_plans_and_intentions_move_a_yearless_month_forward(language, sentence) -> None:
    assert _only(sentence, language)["date_start"] == D(2025, 2, 1)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Norway will send 1,500 troops to Latvia in February."),
        ("es", "Noruega enviará 1,500 soldados a Letonia en febrero."),
    ],
)
def test_the_comma_of_a_number_does_not_end_the_clause_of_its_tense(language, sentence) -> None:
    assert _only(sentence, language)["date_start"] == D(2025, 2, 1)


def test_what_would_have_happened_stays_in_the_past() -> None:
    assert _only("He would have turned 80 in February.", "en")["date_start"] == D(2024, 2, 1)


@pytest.mark.parametrize(
    "sentence",
    ["Le président recevra son homologue le 3 novembre.", "Les ministres se verront le 3 novembre.",
     "Le chef de l'État prendra la parole le 3 novembre."],
)
def test_irregular_french_futures_move_a_yearless_day_forward(sentence) -> None:
    assert _only(sentence, "fr")["date_start"] == D(2024, 11, 3)


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("en", "The minister said on Friday that the troops will leave.", D(2024, 10, 25)),
        ("es", "El ministro afirmó el viernes que las tropas saldrán.", D(2024, 10, 25)),
        ("fr", "Le ministre a déclaré vendredi qu'elles partiront bientôt.", D(2024, 10, 25)),
        ("en", "The minister said that the troops will leave on Friday.", D(2024, 11, 1)),
        ("es", "El ministro afirmó que las tropas saldrán el viernes.", D(2024, 11, 1)),
        ("fr", "Le ministre a déclaré que les troupes partiront vendredi.", D(2024, 11, 1)),
    ],
)
def test_a_complementiser_ends_the_clause_whose_tense_dates_a_weekday(language, sentence, expected) -> None:
    assert _only(sentence, language)["date_start"] == expected


def test_publication_weekday_counts_as_that_day() -> None:
    assert _only("The ministers met on Wednesday.", "en")["date_start"] == WEDNESDAY


def test_several_mentions_with_offsets_across_sentences() -> None:
    text = "Dün Ankara'da görüştüler.\nBakan 25 Ekim'de açıklama yaptı, dün de konuştu."
    found = _dates(text, "tr")
    assert [row["text"] for row in found] == ["Dün", "25 Ekim'de", "dün"]
    assert [row["sentence_index"] for row in found] == [0, 1, 1]


def test_month_and_weekday_names_come_from_cldr() -> None:
    names = calendar_names("tr")
    assert names["wide"]["Ekim"] == 10 and names["weekdays"]["Salı"] == 2
    assert calendar_names("en")["abbreviated"]["Sept"] == 9  # en_GB and others
    assert calendar_names("de")["wide"]["Jänner"] == 1  # de_AT


def test_unaccented_and_uppercase_names() -> None:
    assert _only("Il est arrivé le 3 fevrier.", "fr")["date_start"] == D(2024, 2, 3)
    assert _only("Toplantı CARSAMBA GÜNÜ yapıldı.", "tr")["date_start"] == WEDNESDAY
    assert _only("Bakan 10 Ağustos'ta geldi.", "tr")["date_start"] == D(2024, 8, 10)


def test_unknown_language_finds_iso_dates_only() -> None:
    found = _dates("Il vertice del 2024-10-29 a Roma, martedì.", "it")
    assert [(row["text"], row["date_start"]) for row in found] == [("2024-10-29", D(2024, 10, 29))]


def test_empty_input() -> None:
    articles = _articles([], "en", None)
    assert extract_dates(split_sentences(articles), articles).schema == DATE_MENTIONS


@pytest.mark.parametrize(
    ("language", "sentence", "expression", "month"),
    [
        ("en", "The ministers met at the end of last month in the capital.", "at the end of last month", D(2024, 9, 1)),
        ("es", "Los ministros se reunieron a principios de mes en la capital.", "a principios de mes", D(2024, 10, 1)),
        ("fr", "Les ministres se sont réunis en début de mois dans la capitale.", "en début de mois", D(2024, 10, 1)),
        ("de", "Die Minister trafen sich Ende vergangenen Monats in der Hauptstadt.", "Ende vergangenen Monats", D(2024, 9, 1)),
        ("tr", "Bakanlar geçen ayın sonunda başkentte görüştü.", "geçen ayın sonunda", D(2024, 9, 1)),
        ("en", "The agreement was reached at the beginning of the month.", "at the beginning of the month", D(2024, 10, 1)),
        ("tr", "Askerler ay sonunda çekilecek.", "ay sonunda", D(2024, 10, 1)),
    ],
)
def test_the_start_or_end_of_a_month_is_that_month(language, sentence, expression, month) -> None:
    found = {row["text"]: row for row in _dates(sentence, language)}
    assert (found[expression]["date_start"], found[expression]["precision"]) == (month, "month")


@pytest.mark.parametrize(
    ("language", "sentence", "expression"),
    [
        ("en", "The talks took place a fortnight ago.", "a fortnight ago"),
        ("fr", "Les dirigeants se sont rencontrés il y a quinze jours.", "il y a quinze jours"),
        ("es", "Los líderes se reunieron hace quince días.", "hace quince días"),
        ("de", "Die Minister trafen sich vor vierzehn Tagen.", "vor vierzehn Tagen"),
    ],
)
def test_a_fortnight_ago_is_the_week_two_weeks_back(language, sentence, expression) -> None:
    row = {row["text"]: row for row in _dates(sentence, language)}[expression]
    assert (row["date_start"], row["date_end"], row["precision"]) == (D(2024, 10, 14), D(2024, 10, 20), "range")


@pytest.mark.parametrize(
    ("language", "sentence", "expression", "start", "precision"),
    [
        ("en", "The troops arrived at the end of the year 2022.", "at the end of the year 2022", D(2022, 1, 1), "year"),
        ("de", "Die Soldaten kamen Ende des Jahres 2022 an.", "Ende des Jahres 2022", D(2022, 1, 1), "year"),
        ("es", "Las tropas llegaron a finales de año 2022.", "a finales de año 2022", D(2022, 1, 1), "year"),
        ("fr", "Le traité sera signé d'ici la fin de l'année 2025.", "d'ici la fin de l'année 2025", D(2025, 1, 1), "year"),
        ("fr", "Le sommet a eu lieu fin du mois de janvier 2023.", "fin du mois de janvier 2023", D(2023, 1, 1), "month"),
    ],
)
def test_a_named_year_or_month_outweighs_the_phrase_before_it(language, sentence, expression, start, precision) -> None:
    """One mention, dated by the year or month it names, not by publication ("the end of the year")."""
    assert [(row["text"], row["date_start"], row["precision"]) for row in _dates(sentence, language)] == [
        (expression, start, precision)
    ]


PAST_WEEKEND, COMING_WEEKEND = (D(2024, 10, 26), D(2024, 10, 27)), (D(2024, 11, 2), D(2024, 11, 3))


@pytest.mark.parametrize(
    ("language", "sentence", "expression", "weekend"),
    [
        ("en", "The ministers met at the weekend in the capital.", "at the weekend", PAST_WEEKEND),
        ("en", "The ministers will meet at the weekend in the capital.", "at the weekend", COMING_WEEKEND),
        ("en", "The ministers will meet next weekend.", "next weekend", COMING_WEEKEND),
        ("de", "Die Minister trafen sich am vergangenen Wochenende in der Hauptstadt.", "am vergangenen Wochenende", PAST_WEEKEND),
        ("fr", "Les ministres se réuniront le week-end prochain dans la capitale.", "le week-end prochain", COMING_WEEKEND),
        ("es", "Los ministros se reunieron el fin de semana en la capital.", "el fin de semana", PAST_WEEKEND),
        ("tr", "Bakanlar geçen hafta sonu başkentte görüştü.", "geçen hafta sonu", PAST_WEEKEND),
    ],
)
def test_a_weekend_is_its_saturday_and_sunday(language, sentence, expression, weekend) -> None:
    found = {row["text"]: row for row in _dates(sentence, language)}
    row = found[expression]
    assert (row["date_start"], row["date_end"], row["precision"]) == (*weekend, "range")


@pytest.mark.parametrize(
    ("language", "sentence", "expression", "start", "precision"),
    [
        ("en", "The talks will resume in two weeks' time.", "in two weeks' time", D(2024, 11, 11), "range"),
        ("en", "The army will withdraw within three days.", "within three days", D(2024, 11, 2), "day"),
        ("de", "Die Gespräche sollen in zwei Wochen fortgesetzt werden.", "in zwei Wochen", D(2024, 11, 11), "range"),
        ("fr", "Les discussions reprendront dans deux semaines.", "dans deux semaines", D(2024, 11, 11), "range"),
        ("es", "Las conversaciones se reanudarán dentro de dos semanas.", "dentro de dos semanas", D(2024, 11, 11), "range"),
        ("tr", "Görüşmeler iki hafta sonra yeniden başlayacak.", "iki hafta sonra", D(2024, 11, 11), "range"),
    ],
)
def test_a_time_ahead_in_a_clause_about_the_future(language, sentence, expression, start, precision) -> None:
    found = {row["text"]: row for row in _dates(sentence, language)}
    assert (found[expression]["date_start"], found[expression]["precision"]) == (start, precision)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The army lost 300 soldiers in two weeks of fighting."),
        ("fr", "L'armée a perdu 300 soldats dans deux semaines de combats."),
        ("es", "El ejército perdió 300 soldados en dos semanas de combates."),
    ],
)
def test_a_time_span_in_the_past_is_no_date(language, sentence) -> None:
    assert _dates(sentence, language) == []


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "Le président a reçu mardi la ministre Alessandra Neri."),
        ("es", "El presidente recibió el martes al ministro Jaume Ferrá."),
    ],
)
def test_a_name_ending_like_a_future_leaves_the_clause_in_the_past(language, sentence) -> None:
    assert _only(sentence, language)["date_start"] == D(2024, 10, 29)


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        # the date stands before the embedded clause: it is when it was said
        ("Bakan, salı günü Türkiye'nin Irak'a asker göndermeyeceğini söyledi.", D(2024, 10, 29)),
        ("Bakan salı günü yaptığı açıklamada Rusya'nın karşılık vereceğini belirtti.", D(2024, 10, 29)),
        # inside it: it is when the embedded clause's future happens
        ("Bakan, Türkiye'nin salı günü Irak'a asker göndereceğini söyledi.", D(2024, 11, 5)),
        ("Bakan, salı günü asker gönderileceğini söyledi.", D(2024, 11, 5)),
    ],
)
def test_a_turkish_embedded_clause_keeps_its_tense_to_itself(sentence, start) -> None:
    assert _only(sentence, "tr")["date_start"] == start


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        # right after the reporting verb: the day of the saying
        ("Hamdan said on Thursday the group would not accept a truce.", D(2024, 10, 24)),
        # inside what is reported: the day of the future event
        ("Her office said the minister would travel to Oslo on Thursday.", D(2024, 10, 31)),
    ],
)
def test_a_day_right_after_a_reporting_verb_is_not_in_the_tense_of_what_is_reported(sentence, start) -> None:
    assert _only(sentence, "en")["date_start"] == start


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("CAIRO, October 30 (Reuters) - The talks began on Monday.", "en"),
        ("Berlin, 30. Oktober (dpa) - Die Gespräche begannen am Montag.", "de"),
        ("PARIS, 30 octobre (AFP) - Les discussions ont commencé lundi.", "fr"),
    ],
)
def test_the_date_of_a_dateline_is_no_date_mention(text, language) -> None:
    assert _only(text, language)["date_start"] == D(2024, 10, 28)
