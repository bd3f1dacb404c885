"""Turkish dotted and dotless i in case-insensitive patterns and in lower case."""

import polars as pl
import pytest

from extract.casing import dotted_i_insensitive, lowercase, pairs_dotted_i


def matches(regex: str, texts: list[str]) -> list[bool]:
    return pl.Series(texts).str.contains(regex).to_list()


def test_only_a_language_whose_lexicon_says_so_pairs_dotted_and_dotless_i():
    assert pairs_dotted_i("tr")
    assert not any(pairs_dotted_i(language) for language in ("en", "de", "fr", "es", "xx"))
    assert dotted_i_insensitive("iki", "en") == "iki"


def test_a_case_insensitive_fragment_matches_both_turkish_capitals():
    texts = ["İki bin", "iki bin", "İKİ BİN", "ALTI yüz", "altı yüz", "Altı yüz"]
    plain = [f"(?i)^(?:{fragment})" for fragment in ("iki bin", "altı yüz")]
    paired = [f"(?i)^(?:{dotted_i_insensitive(fragment, 'tr')})" for fragment in ("iki bin", "altı yüz")]
    # the regex engine's own case folding pairs i with I only
    assert matches(plain[0], texts[:3]) == [False, True, False]
    assert matches(plain[1], texts[3:]) == [False, True, True]
    assert matches(paired[0], texts[:3]) == [True, True, True]
    assert matches(paired[1], texts[3:]) == [True, True, True]


@pytest.mark.parametrize(
    ("fragment", "paired"),
    [
        ("iki", "[iİ]k[iİ]"),
        ("altı", "alt[ıI]"),
        ("[iı]ste", "[iİıI]ste"),
        ("(?i:ilk)|(?P<ileri>ileri)", "(?i:[iİ]lk)|(?P<ileri>[iİ]ler[iİ])"),
        (r"\p{Lu}\w*i\x{69}", r"\p{Lu}\w*[iİ]\x{69}"),
        ("[[:digit:]i]+", "[[:digit:]iİ]+"),
        ("[]i]x", "[]iİ]x"),
    ],
)
def test_escapes_group_flags_names_and_class_names_are_kept(fragment, paired):
    assert dotted_i_insensitive(fragment, "tr") == paired
    pl.Series(["x"]).str.contains(paired)  # still a valid regex


def test_lower_case_of_turkish_capitals():
    frame = pl.DataFrame({"text": ["İKİ BİN", "ALTI", "Irak", "İran"]})
    assert frame.select(lowercase(pl.col("text"), "tr")).to_series().to_list() == ["iki bin", "altı", "ırak", "iran"]
    assert frame.select(lowercase(pl.col("text"), "en")).to_series().to_list()[1:3] == ["alti", "irak"]
