"""Per-language lexicons: one TOML file per language in extract/lexicons/."""

import tomllib
from functools import cache
from pathlib import Path

LEXICON_DIR = Path(__file__).parent / "lexicons"


@cache
def languages() -> tuple[str, ...]:
    """The ISO 639-1 codes that have a lexicon file."""
    return tuple(sorted(path.stem for path in LEXICON_DIR.glob("*.toml")))


@cache
def load_lexicon(language: str) -> dict:
    """The lexicon of one language, as nested dicts (sections are TOML tables)."""
    with (LEXICON_DIR / f"{language}.toml").open("rb") as handle:
        return tomllib.load(handle)


def section(language: str, name: str) -> dict:
    """One section of a language's lexicon (empty when the language or section is missing)."""
    if language not in languages():
        return {}
    return load_lexicon(language).get(name, {})
