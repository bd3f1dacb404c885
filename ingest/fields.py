"""Small normalisations of the fields that inputs give."""

import re

LANGUAGE_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*$")


def normalise_language(value: object) -> str | None:
    """ISO 639-1 code of a language tag (`en`, `tr-TR`, `deu`) or name (`German`), else None."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    match = LANGUAGE_TAG.match(text)
    if match and len(match.group(1)) == 2:
        return match.group(1).lower()
    import pycountry  # only for three-letter codes and names

    try:
        language = pycountry.languages.lookup(match.group(1) if match else text)
    except LookupError:
        return None
    return getattr(language, "alpha_2", None)


def clean_string(value: object, limit: int = 2000) -> str | None:
    """A stripped non-empty string (capped), else None."""
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text[:limit] or None
