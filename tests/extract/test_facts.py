"""Helpers shared by the extractors: one-regex lookups and case-sensitive Unicode classes."""

import polars as pl
import pytest

from extract.facts import regex_lookup, unfolded_classes


def test_regex_lookup_takes_the_first_key_that_matches_the_whole_text():
    values = {"defen[cs]e minister": "Defence Minister", "minister": "Minister", "prime minister": "Prime Minister"}
    found = pl.DataFrame({"role": ["Defense Minister", "minister", "prime minister", "envoy"]}).select(
        regex_lookup(pl.col("role"), values, flags="(?i)").alias("english")
    )
    assert found["english"].to_list() == ["Defence Minister", "Minister", "Prime Minister", None]


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        (r"deploy\w*", r"deploy(?-i:\w)*"),
        (r"\p{L}+'e göre", r"(?-i:\p{L})+'e göre"),
        (r"[\w-]+ said", r"(?-i:[\w-])+ said"),
        (r"n[ıiuü]n", r"n[ıiuü]n"),
        (r"n\.", r"n\."),
    ],
)
def test_unicode_classes_and_brackets_without_letters_are_made_case_sensitive(fragment, expected):
    assert unfolded_classes(fragment) == expected
