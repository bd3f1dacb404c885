"""Publication dates given by the inputs."""

import re
from datetime import date, datetime

from ingest.records import RecordError

ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Placeholders that inputs use for "no date": the date is absent, not malformed.
ABSENT = {"", "unknown", "n/a", "na", "none", "null", "nil", "-", "?"}


def parse_published(value: object) -> date | None:
    """A `published` value (YYYY-MM-DD or ISO 8601 datetime) as a date; None when absent.

    Raises `RecordError('bad_published_date')` when a value is given but is not a date.
    """
    if value is None or (isinstance(value, str) and value.strip().lower() in ABSENT):
        return None
    if not isinstance(value, str):
        raise RecordError("bad_published_date", f"published is not a string: {value!r}"[:200])
    text = value.strip()
    try:
        if ISO_DAY.match(text):
            return date.fromisoformat(text)
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        raise RecordError(
            "bad_published_date", f"unparseable published date {text!r}"[:200]
        ) from None
