"""Helpers shared by the extractors: one-regex lookups, case-sensitive Unicode classes and
alternations searched in parts."""

import polars as pl
import pytest

from extract.facts import MAX_FRAGMENTS_PER_SEARCH, alternation_parts, has_any, regex_lookup, unfolded_classes


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


def test_alternation_parts_keep_the_longest_first_and_find_what_one_alternation_finds():
    fragments = [f"word{number}" for number in range(2 * MAX_FRAGMENTS_PER_SEARCH + 5)] + [r"said (?:\w+ ){0,3}?today"]
    parts = alternation_parts(fragments)
    assert len(parts) == 3
    assert parts[0].startswith(r"(?:(?:said (?:(?-i:\w)+ ){0,3}?today)|(?:word10)|")
    texts = ["She said on Monday today.", "Word17 came", "A word170 and word1700", "swords99", "nothing", None]
    found = pl.DataFrame({"text": texts}).select(has_any("text", parts).alias("found"))["found"]
    assert found.to_list() == [True, True, False, False, False, None]
    assert alternation_parts([]) == ()
    assert pl.select(has_any("text", []).alias("found")).item() is False
