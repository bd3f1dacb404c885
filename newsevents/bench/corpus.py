"""A deterministic synthetic corpus for the benchmark: JSON Lines of 3-5 KB news articles.

Each language gets a pool of sentences filled from its templates (`templates.py`) by a seeded
RNG; an article is a headline and paragraphs drawn from its language's pool, so generating
100,000 articles is string joins, not template work per article.
"""

import json
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from newsevents.bench.templates import FUNCTION_WORDS, KIND_WEIGHTS, LANGUAGES, PEOPLE, SYLLABLES

LANGUAGE_MIX = {"en": 0.30, "tr": 0.20, "de": 0.20, "fr": 0.15, "es": 0.15}
QUOTE_MARKS = {"en": ("“", "”"), "de": ("„", "“"), "fr": ("« ", " »"), "es": ("«", "»"), "tr": ("“", "”")}
# Bumped when the generator changes, so that a cached corpus file is not reused.
CORPUS_VERSION = 5
POOL_SENTENCES = 20_000
VOCABULARY_SIZE = 30_000
MIN_BYTES, MAX_BYTES = 3_000, 5_000
# The share of records that carry no language: the pipeline identifies theirs.
UNLABELLED_SHARE = 0.2
LAST_DAY = date(2026, 11, 20)


@dataclass(frozen=True)
class CorpusSpec:
    """What to generate: `articles` spread over `days` publication days ending `last_day`."""

    articles: int
    days: int = 1
    seed: int = 42
    last_day: date = LAST_DAY

    def file_name(self) -> str:
        return f"corpus-v{CORPUS_VERSION}-n{self.articles}-d{self.days}-s{self.seed}-{self.last_day.isoformat()}.jsonl"


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _date_expression(rng: random.Random, lexicon: dict, when: str) -> str:
    """A date expression of the language, before (`past`) or after (`future`) publication:
    relative (60 %) or absolute with a year on that side of the corpus's publication days."""
    day = rng.randint(1, 25)
    if rng.random() < 0.4:
        pattern = rng.choice([pattern for pattern in lexicon["absolute"] if "{Y}" in pattern])
    else:
        pattern = rng.choice(lexicon[when])
    return pattern.format(
        D=day,
        D2=day + rng.randint(1, 3),
        M=rng.choice(lexicon["months"]),
        Y=LAST_DAY.year - 1 if when == "past" else LAST_DAY.year + 1,
        W=rng.choice(lexicon["weekdays"]),
    )


def _slots(rng: random.Random, language: str) -> dict[str, str]:
    lexicon = LANGUAGES[language]
    person, person2 = rng.sample(PEOPLE, 2)
    speaker = lexicon["speaker"].format(role=rng.choice(lexicon["roles"]), person=person)
    (country, country_in, country_to), (country2, _, _) = rng.sample(lexicon["countries"], 2)
    place = rng.choice(lexicon["cities"] + lexicon["countries"])
    count = rng.choice(lexicon["counts"]).format(N=rng.choice((150, 300, 500, 800, 1200, 2500, 4000)))
    open_mark, close_mark = QUOTE_MARKS[language]
    return {
        "speaker": speaker,
        "speaker_cap": _capitalised(speaker),
        "person": person,
        "person2": person2,
        "country": country,
        "country_nom": country,
        "country_cap": _capitalised(country),
        "country2": country2,
        "place_in": place[1],
        "place_to": place[2],
        "count": count,
        "past": _date_expression(rng, lexicon, "past"),
        "future": _date_expression(rng, lexicon, "future"),
        "quote": rng.choice(lexicon["quotes"]),
        "quote_open": open_mark,
        "quote_close": close_mark,
        "topic": rng.choice(lexicon["topics"]),
    }


def _vocabulary(rng: random.Random, language: str) -> list[str]:
    """Made-up words of two to four syllables of the language: the long tail of news words."""
    syllables = SYLLABLES[language]
    return ["".join(rng.choices(syllables, k=rng.randint(2, 4))) for _ in range(VOCABULARY_SIZE)]


def _prose(rng: random.Random, language: str, vocabulary: list[str]) -> str:
    """A sentence of function words and made-up words (some capitalised, as names are)."""
    words = [
        rng.choice(FUNCTION_WORDS[language]) if rng.random() < 0.45
        else _capitalised(rng.choice(vocabulary)) if rng.random() < 0.15
        else rng.choice(vocabulary)
        for _ in range(rng.randint(10, 24))
    ]
    return _capitalised(" ".join(words)) + "."


def sentence_pool(language: str, seed: int, size: int = POOL_SENTENCES) -> list[str]:
    """`size` sentences of `language`: templates filled, and prose, in the kinds' proportions."""
    rng = random.Random(f"{seed}-{language}")
    lexicon = LANGUAGES[language]
    vocabulary = _vocabulary(rng, language)
    kinds = rng.choices(list(KIND_WEIGHTS), list(KIND_WEIGHTS.values()), k=size)
    pool = []
    for kind in kinds:
        if kind == "prose":
            pool.append(_prose(rng, language, vocabulary))
            continue
        template = rng.choice(lexicon["templates"][kind])
        pool.append(_capitalised(template.format(**_slots(rng, language))))
    return pool


def _titles(language: str, seed: int, size: int = 200) -> list[str]:
    rng = random.Random(f"{seed}-{language}-titles")
    return [
        _capitalised(rng.choice(LANGUAGES[language]["titles"]).format(**_slots(rng, language)))
        for _ in range(size)
    ]


def _article_text(rng: random.Random, title: str, pool: list[str]) -> str:
    """The headline, then paragraphs of two to four sentences, up to 3-5 KB of UTF-8."""
    budget = rng.randint(MIN_BYTES, MAX_BYTES)
    paragraphs, size = [title], len(title.encode())
    while size < budget:
        paragraph = " ".join(rng.choices(pool, k=rng.randint(2, 4)))
        paragraph_size = len(paragraph.encode()) + 2
        if size + paragraph_size > MAX_BYTES:
            if size >= MIN_BYTES:
                break
            paragraph = rng.choice(pool)
            paragraph_size = len(paragraph.encode()) + 2
        paragraphs.append(paragraph)
        size += paragraph_size
    return "\n\n".join(paragraphs)


def generate_records(spec: CorpusSpec):
    """The corpus records, in order: dicts with url, title, published, outlet, language, text."""
    rng = random.Random(spec.seed)
    languages = list(LANGUAGE_MIX)
    # A small corpus needs no big pool (and a test no long wait); the pool size is part of the spec.
    pool_size = min(POOL_SENTENCES, max(1_000, spec.articles * 20))
    pools = {language: sentence_pool(language, spec.seed, pool_size) for language in languages}
    titles = {language: _titles(language, spec.seed) for language in languages}
    first_day = spec.last_day - timedelta(days=spec.days - 1)
    chosen = rng.choices(languages, weights=list(LANGUAGE_MIX.values()), k=spec.articles)
    for index, language in enumerate(chosen):
        title = rng.choice(titles[language])
        yield {
            "url": f"https://bench.example/{spec.seed}/{language}/{index}",
            "title": title,
            "published": (first_day + timedelta(days=index % spec.days)).isoformat(),
            "outlet": f"Bench {language.upper()} {index % 7}",
            "language": None if rng.random() < UNLABELLED_SHARE else language,
            "text": _article_text(rng, title, pools[language]),
        }


def write_corpus(spec: CorpusSpec, folder: Path) -> Path:
    """The corpus as JSON Lines in `folder` (reused when a file of the same spec exists)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / spec.file_name()
    if path.exists():
        return path
    partial = path.with_suffix(".partial")
    with partial.open("w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(record, ensure_ascii=False) + "\n" for record in generate_records(spec))
    partial.rename(path)
    return path
