"""Letter case the regex engine does not know: Turkish dotted and dotless i.

Turkish pairs i with İ and ı with I. The regex engine's case folding (Unicode simple folding)
pairs i with I only, so under (?i) a lexicon's "iki" misses "İki" at the start of a sentence,
and polars' `str.to_lowercase` makes "İki" "i̇ki" (i and a combining dot). A lexicon declares
`[sentences] dotted_i = true` for such a language.
"""

import re
from functools import cache

import polars as pl

from extract.lexicon import section

_BOTH_CASES = {"i": "iİ", "İ": "iİ", "ı": "ıI"}


@cache
def pairs_dotted_i(language: str) -> bool:
    """Whether the language pairs i with İ and ı with I (`[sentences] dotted_i`)."""
    return bool(section(language, "sentences").get("dotted_i", False))


def dotted_i_insensitive(fragment: str, language: str) -> str:
    """`fragment` with each literal i, İ and ı also matching its other case in `language`
    ("iki" -> "[iİ]ki" in Turkish; unchanged in a language that does not pair them).

    Escapes (`\\p{Ll}`), group flags and names (`(?i)`, `(?P<name>`) and POSIX class names
    (`[[:digit:]]`) are copied as they are; in a bracket class the other case joins it.
    """
    if not pairs_dotted_i(language):
        return fragment
    out, index, class_depth = [], 0, 0
    while index < len(fragment):
        character = fragment[index]
        if character == "\\":
            end = index + 2
            if fragment[index + 1 : index + 3] in ("p{", "P{", "x{"):
                end = fragment.index("}", index) + 1
            out.append(fragment[index:end])
            index = end
            continue
        if fragment.startswith("(?", index) or (class_depth and fragment.startswith("[:", index)):
            closers = ":)>" if character == "(" else "]"
            ends = [found for closer in closers if (found := fragment.find(closer, index + 2)) >= 0]
            end = min(ends, default=len(fragment) - 1)
            out.append(fragment[index : end + 1])
            index = end + 1
            continue
        if character == "[":
            # a `]` first in a class ("[]a]", "[^]a]") is one of its characters
            opening = re.match(r"\[\^?\]?", fragment[index:]).group()
            class_depth += 1
            out.append(opening)
            index += len(opening)
            continue
        if character == "]" and class_depth:
            class_depth -= 1
        cases = _BOTH_CASES.get(character)
        out.append(character if cases is None else cases if class_depth else f"[{cases}]")
        index += 1
    return "".join(out)


def lowercase(text: pl.Expr, language: str) -> pl.Expr:
    """`text` in lower case; in a language that pairs them, İ as i and I as ı ("ALTI" is "altı")."""
    if pairs_dotted_i(language):
        text = text.str.replace_many(["İ", "I"], ["i", "ı"])
    return text.str.to_lowercase()
