"""Column schemas of the frames that the extraction hands to the warehouse (docs/architecture.md).

Every extraction function returns a frame with exactly these columns, in this order, even when
it found nothing, so that the warehouse tables keep one shape.
"""

import polars as pl

EVIDENCE = {
    "article_id": pl.String,
    "sentence_index": pl.Int32,
    "char_start": pl.Int32,
    "char_end": pl.Int32,
}
NAMES = pl.List(pl.String)

ARTICLE_LANGUAGES = pl.Schema(
    {"article_id": pl.String, "language": pl.String, "language_source": pl.String}
)

SENTENCES = pl.Schema({**EVIDENCE, "text": pl.String})

DATE_MENTIONS = pl.Schema(
    {
        **EVIDENCE,
        "text": pl.String,
        "date_start": pl.Date,
        "date_end": pl.Date,
        "precision": pl.String,
        "is_future": pl.Boolean,
    }
)

ACTOR_MENTIONS = pl.Schema(
    {
        **EVIDENCE,
        "text": pl.String,
        "actor_id": pl.String,
        "canonical_name": pl.String,
        "actor_type": pl.String,
        "role": pl.String,
    }
)

MEETING_MENTIONS = pl.Schema(
    {
        **EVIDENCE,
        "participant_names": NAMES,
        "participant_ids": NAMES,
        "location_name": pl.String,
        "meeting_date": pl.Date,
        "date_end": pl.Date,
        "date_precision": pl.String,
        "date_text": pl.String,
        "mode": pl.String,
        "status": pl.String,
    }
)

DEPLOYMENT_MENTIONS = pl.Schema(
    {
        **EVIDENCE,
        "actor_name": pl.String,
        "actor_id": pl.String,
        "destination_name": pl.String,
        "troop_count": pl.Int64,
        "count_qualifier": pl.String,
        "unit_text": pl.String,
        "deployment_date": pl.Date,
        "date_end": pl.Date,
        "date_precision": pl.String,
        "date_text": pl.String,
        "status": pl.String,
    }
)

STATEMENTS = pl.Schema(
    {
        "article_id": pl.String,
        "statement_index": pl.Int32,
        "sentence_index": pl.Int32,
        "char_start": pl.Int32,
        "char_end": pl.Int32,
        "text": pl.String,
        "speaker_names": NAMES,
        "speaker_ids": NAMES,
        "speaker_role": pl.String,
        "statement_kind": pl.String,
        "statement_date": pl.Date,
        "date_precision": pl.String,
        "date_text": pl.String,
    }
)

ACTORS = pl.Schema(
    {
        "actor_id": pl.String,
        "canonical_name": pl.String,
        "actor_type": pl.String,
        "country_code": pl.String,
    }
)

DATE_PRECISIONS = ("day", "month", "year", "range", "unknown")
STATEMENT_KINDS = ("direct_quote", "reported")
COUNT_QUALIFIERS = ("exact", "more_than", "about", "up_to")
DEPLOYMENT_STATUSES = ("planned", "claimed", "reported", "confirmed", "denied")
MEETING_MODES = ("in_person", "phone", "video")
MEETING_STATUSES = ("held", "planned")


def conform(frame: pl.DataFrame, schema: pl.Schema) -> pl.DataFrame:
    """The frame's contract columns, in order and cast to the contract types."""
    return frame.select([pl.col(name).cast(dtype) for name, dtype in schema.items()])


def empty(schema: pl.Schema) -> pl.DataFrame:
    """An empty frame of the given contract schema."""
    return pl.DataFrame(schema=schema)
