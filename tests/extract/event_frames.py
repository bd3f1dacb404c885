"""Hand-built input frames for the event extractors' tests (sentences, date and actor mentions).

An article is a list of sentences joined by single spaces; actors and dates are found by their
surface text, so the tests read like the articles they test.
"""

import datetime as dt
from dataclasses import dataclass, field

import polars as pl

from extract.schemas import ACTOR_MENTIONS, DATE_MENTIONS

PUBLISHED = dt.date(2025, 3, 12)  # a Wednesday


@dataclass
class Article:
    """One test article: its sentences, the actors and dates they mention, its language."""

    language: str
    sentences: list[str]
    actors: dict[str, tuple[str, str]] = field(default_factory=dict)  # surface -> (name, type)
    dates: dict[str, tuple[dt.date, dt.date, str]] = field(default_factory=dict)  # surface -> date
    article_id: str = "a1"
    published: dt.date = PUBLISHED
    roles: dict[str, str] = field(default_factory=dict)  # surface -> role

    @property
    def text(self) -> str:
        """The article text: the sentences joined by single spaces."""
        return " ".join(self.sentences)

    def frames(self) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
        """sentences (with language, published_date, gap_after), date mentions, actor mentions."""
        rows, dates, actors = [], [], []
        position = 0
        for index, sentence in enumerate(self.sentences):
            last = index + 1 == len(self.sentences)
            rows.append(
                {
                    "article_id": self.article_id,
                    "sentence_index": index,
                    "char_start": position,
                    "char_end": position + len(sentence),
                    "text": sentence,
                    "language": self.language,
                    "published_date": self.published,
                    "gap_after": None if last else " ",
                }
            )
            for surface, (start, end, precision) in self.dates.items():
                for offset in _occurrences(sentence, surface):
                    dates.append(
                        {
                            "article_id": self.article_id,
                            "sentence_index": index,
                            "char_start": position + offset,
                            "char_end": position + offset + len(surface),
                            "text": surface,
                            "date_start": start,
                            "date_end": end,
                            "precision": precision,
                            "is_future": start > self.published,
                        }
                    )
            taken: list[tuple[int, int]] = []
            for surface, (name, actor_type) in sorted(self.actors.items(), key=lambda item: -len(item[0])):
                for offset in _occurrences(sentence, surface):
                    span = (offset, offset + len(surface))
                    if any(span[0] < end and start < span[1] for start, end in taken):
                        continue
                    taken.append(span)
                    actors.append(
                        {
                            "article_id": self.article_id,
                            "sentence_index": index,
                            "char_start": position + span[0],
                            "char_end": position + span[1],
                            "text": surface,
                            "actor_id": f"{actor_type}:{name}".lower().replace(" ", "_"),
                            "canonical_name": name,
                            "actor_type": actor_type,
                            "role": self.roles.get(surface),
                        }
                    )
            position += len(sentence) + 1
        sentences = pl.DataFrame(
            rows,
            schema={
                "article_id": pl.String,
                "sentence_index": pl.Int32,
                "char_start": pl.Int32,
                "char_end": pl.Int32,
                "text": pl.String,
                "language": pl.String,
                "published_date": pl.Date,
                "gap_after": pl.String,
            },
        )
        return sentences, pl.DataFrame(dates, schema=DATE_MENTIONS), pl.DataFrame(actors, schema=ACTOR_MENTIONS)


def _occurrences(text: str, surface: str):
    start = text.find(surface)
    while start >= 0:
        yield start
        start = text.find(surface, start + 1)


def day(text: str) -> tuple[dt.date, dt.date, str]:
    """A day-precision date mention value from an ISO date."""
    value = dt.date.fromisoformat(text)
    return value, value, "day"
