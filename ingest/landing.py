"""`land_inputs`: input files into `raw.articles`, `raw.article_sources`, `raw.quarantined_inputs`.

Records are read as a stream and landed in batches (one transaction each), so memory stays
bounded whatever the input size. Every record ends up as a source of exactly one article or as
one quarantined row; a rerun on the same inputs changes nothing.
"""

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa

from ingest import identity
from ingest.files import walk_inputs
from ingest.reading import read_file
from ingest.records import ArticleRecord, Quarantined, Skipped, preview
from ingest.store import BatchWrites, ensure_landing_tables, write_batch

__all__ = ["LandingReport", "ensure_landing_tables", "land_inputs"]

BATCH_SIZE = 5000
DATE_SOURCE_RANK = {"header": 0, "input": 0, "html_meta": 0, "feed": 0, "warc": 1, "ingested": 2}


@dataclass
class LandingReport:
    """What one `land_inputs` call did."""

    files: int = 0
    article_records: int = 0
    quarantined: int = 0
    article_records_by_format: dict[str, int] = field(default_factory=dict)
    quarantined_by_reason: dict[str, int] = field(default_factory=dict)
    articles_new: int = 0
    articles_updated: int = 0
    articles_unchanged: int = 0
    duplicate_records: int = 0
    revisions: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    partition_dates: list[str] = field(default_factory=list)
    changed_partition_dates: list[str] = field(default_factory=list)
    articles_total: int = 0

    def metadata(self) -> dict:
        """Plain values for Dagster metadata (dicts and lists become JSON metadata)."""
        return {**asdict(self), "dagster/row_count": self.articles_total}


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def quarantine_id(source_uri: str, record_locator: str) -> str:
    return hashlib.sha256(f"{source_uri}\0{record_locator}".encode()).hexdigest()[:16]


def new_article_id(text_hash: str) -> str:
    return hashlib.sha256(f"article\0{text_hash}".encode()).hexdigest()[:16]


def validate(
    record: ArticleRecord, *, ingest_day: date, max_bytes: int
) -> ArticleRecord | Quarantined:
    """Checks shared by every format: some text, not too large, not published in the future."""

    def reject(reason: str, detail: str) -> Quarantined:
        return Quarantined(
            record.source_uri, record.record_locator, record.source_format, reason, detail,
            preview(record.text),
        )  # fmt: skip

    try:
        for value in (record.text, record.title, record.url, record.outlet, record.language):
            (value or "").encode("utf-8")
    except UnicodeEncodeError as error:
        return reject("invalid_text", f"not valid Unicode text: {error}"[:300])
    if not record.text.strip():
        return reject("missing_text", "the record has no text")
    size = len(record.text.encode("utf-8"))
    if size > max_bytes:
        return reject("too_large", f"text of {size} bytes exceeds max_bytes={max_bytes}")
    if record.published_date and record.published_date > ingest_day:
        return reject(
            "future_published_date",
            f"published {record.published_date} is after the ingest day {ingest_day}",
        )
    if record.published_date is None:
        record.published_date_source = "ingested"
    return record


class _Landing:
    """The state of one `land_inputs` call across its batches."""

    def __init__(self, con: duckdb.DuckDBPyConnection, ingested_at: datetime) -> None:
        self.con = con
        self.ingested_at = ingested_at
        self.ingest_day = ingested_at.date()
        self.report = LandingReport()
        self.formats: Counter[str] = Counter()
        self.reasons: Counter[str] = Counter()
        self.new_ids: set[str] = set()
        self.updated_ids: set[str] = set()
        self.unchanged_ids: set[str] = set()
        self.partitions: set[date] = set()
        self.changed_partitions: set[date] = set()

    def land(self, items: list[ArticleRecord | Quarantined]) -> None:
        writes = BatchWrites()
        records = [item for item in items if isinstance(item, ArticleRecord)]
        for item in items:
            if isinstance(item, Quarantined):
                self._quarantine(item, writes)
        if records:
            _BatchIdentity(self, records, writes).resolve()
        write_batch(self.con, writes)

    def _quarantine(self, item: Quarantined, writes: BatchWrites) -> None:
        self.reasons[item.reason] += 1
        writes.quarantined.append(
            {
                "quarantine_id": quarantine_id(item.source_uri, item.record_locator),
                "source_uri": item.source_uri,
                "record_locator": item.record_locator,
                "source_format": item.source_format,
                "reason": item.reason,
                "detail": item.detail,
                "first_bytes": item.first_bytes,
                "ingested_at": self.ingested_at,
            }
        )

    def finish(self) -> LandingReport:
        report = self.report
        report.article_records = sum(self.formats.values())
        report.quarantined = sum(self.reasons.values())
        report.article_records_by_format = dict(sorted(self.formats.items()))
        report.quarantined_by_reason = dict(sorted(self.reasons.items()))
        report.articles_new = len(self.new_ids)
        report.articles_updated = len(self.updated_ids - self.new_ids)
        report.articles_unchanged = len(self.unchanged_ids - self.updated_ids - self.new_ids)
        report.partition_dates = sorted(day.isoformat() for day in self.partitions)
        report.changed_partition_dates = sorted(day.isoformat() for day in self.changed_partitions)
        return report


class _BatchIdentity:
    """Assigns each record of a batch to an article: its source's, an exact or near copy, or new."""

    def __init__(
        self, landing: _Landing, records: list[ArticleRecord], writes: BatchWrites
    ) -> None:
        self.landing = landing
        self.con = landing.con
        self.records = records
        self.writes = writes
        self.hashes = [content_hash(record.text) for record in records]
        self.batch_articles: dict[str, dict] = {}  # article rows created by this batch
        self.existing_articles: dict[str, dict] = {}  # rows of earlier articles this batch touched
        self.changed_existing: set[str] = set()
        self.by_hash: dict[str, str] = {}
        self.band_index: dict[int, list[str]] = {}
        self.signatures: dict[str, np.ndarray] = {}
        self.url_revisions: dict[str, tuple[str, int]] = {}

    def resolve(self) -> None:
        keys = pa.table(
            {
                "idx": list(range(len(self.records))),
                "source_uri": [record.source_uri for record in self.records],
                "record_locator": [record.record_locator for record in self.records],
                "content_hash": self.hashes,
                "url": [record.url for record in self.records],
            }
        )
        self.con.register("batch_keys", keys)
        try:
            landed = self._landed_sources()
            exact = self._exact_matches()
            pending = [
                idx for idx in range(len(self.records)) if idx not in landed or not landed[idx][1]
            ]
            pending = [idx for idx in pending if idx not in exact]
            signatures = identity.signatures([self.records[idx].text for idx in pending])
            record_signatures = dict(zip(pending, signatures, strict=True))
            band_keys = identity.band_hashes(signatures)
            record_bands = dict(zip(pending, band_keys.tolist(), strict=True))
            # only a record sharing a band with another of the batch can be a near copy of it
            sharing = set(np.asarray(pending)[identity.shares_a_band(band_keys)].tolist())
            candidates = self._near_candidates(record_bands, record_signatures)
            self._load_url_revisions()
        finally:
            self.con.unregister("batch_keys")
        self._load_existing_articles(
            {article for article, _ in landed.values()}
            | set(exact.values())
            | {article for found in candidates.values() for article, _ in found}
        )
        for idx, record in enumerate(self.records):
            self.landing.formats[record.source_format] += 1
            if idx in landed and landed[idx][1]:
                self._unchanged(landed[idx][0])
                continue
            article_id = self.by_hash.get(self.hashes[idx]) or exact.get(idx)
            if article_id is None and (idx in candidates or idx in sharing):
                article_id = self._near_match(
                    record_signatures[idx], record_bands[idx], candidates.get(idx, [])
                )
            if article_id is None:
                article_id = self._new_article(
                    record,
                    self.hashes[idx],
                    record_signatures[idx],
                    record_bands[idx],
                    findable=idx in sharing,
                )
            else:
                self._merge(article_id, record)
            self.by_hash.setdefault(self.hashes[idx], article_id)
            self._source(record, self.hashes[idx], article_id)
        self._finish_rows()

    def _landed_sources(self) -> dict[int, tuple[str, bool]]:
        rows = self.con.execute("""
            select keys.idx, sources.article_id, sources.content_hash = keys.content_hash
            from batch_keys as keys
            join raw.article_sources as sources using (source_uri, record_locator)
        """).fetchall()
        return {idx: (article_id, same) for idx, article_id, same in rows}

    def _exact_matches(self) -> dict[int, str]:
        rows = self.con.execute("""
            select keys.idx, min(sources.article_id)
            from batch_keys as keys
            join raw.article_sources as sources using (content_hash)
            group by keys.idx
        """).fetchall()
        return dict(rows)

    def _near_candidates(
        self, record_bands: dict[int, list[int]], record_signatures: dict[int, np.ndarray]
    ) -> dict[int, list[tuple[str, np.ndarray]]]:
        """Earlier articles sharing a band with a record and similar enough to be the same.

        Sharing a band is not enough (unrelated articles do by chance: about 3 per record of a
        bench day against its 100-day history): candidates are kept only at
        `identity.THRESHOLD` or above, so that the rows of the others are never loaded.
        """
        if not record_bands:
            return {}
        bands = pa.table(
            {
                "idx": [idx for idx, hashes in record_bands.items() for _ in hashes],
                "band_hash": pa.array(
                    [value for hashes in record_bands.values() for value in hashes], pa.uint64()
                ),
            }
        )
        self.con.register("batch_record_bands", bands)
        try:
            rows = self.con.execute("""
                with pairs as (
                    select distinct record.idx, band.article_id
                    from batch_record_bands as record
                    join raw.article_lsh_bands as band using (band_hash)
                )
                select pairs.idx, pairs.article_id, signature.minhash
                from pairs join raw.article_signatures as signature using (article_id)
                order by pairs.idx, pairs.article_id
            """).fetch_arrow_table()
        finally:
            self.con.unregister("batch_record_bands")
        if rows.num_rows == 0:
            return {}
        # The signatures as one matrix (a row per candidate), not a Python list per candidate.
        minhashes = rows.column("minhash").combine_chunks()
        matrix = minhashes.flatten().to_numpy().astype(np.uint32).reshape(len(minhashes), -1)
        record_ids = rows.column("idx").to_pylist()
        own = np.stack([record_signatures[idx] for idx in record_ids])
        similar = identity.similarity(matrix, own) >= identity.THRESHOLD
        found: dict[int, list[tuple[str, np.ndarray]]] = {}
        for row in np.flatnonzero(similar).tolist():
            found.setdefault(record_ids[row], []).append(
                (rows.column("article_id")[row].as_py(), matrix[row])
            )
        return found

    def _load_url_revisions(self) -> None:
        rows = self.con.execute("""
            select article.url, article.article_id, coalesce(revision.revision, 1) as revision
            from raw.articles as article
            left join raw.article_revisions as revision using (article_id)
            where article.url in (select url from batch_keys where url is not null)
            order by article.url, revision, article.ingested_at, article.article_id
        """).fetchall()
        for url, article_id, revision in rows:
            self.url_revisions[url] = (article_id, revision)

    def _load_existing_articles(self, article_ids: set[str]) -> None:
        if not article_ids:
            return
        self.con.register("batch_article_ids", pa.table({"article_id": sorted(article_ids)}))
        try:
            cursor = self.con.execute(
                "select * from raw.articles"
                " where article_id in (select article_id from batch_article_ids)"
            )
            columns = [column[0] for column in cursor.description]
            for row in cursor.fetchall():
                self.existing_articles[row[0]] = dict(zip(columns, row, strict=True))
        finally:
            self.con.unregister("batch_article_ids")

    def _near_match(
        self, values: np.ndarray, bands: list[int], found: list[tuple[str, np.ndarray]]
    ) -> str | None:
        scored = [(identity.similarity(values, other), article_id) for article_id, other in found]
        batch_candidates = {
            article_id for band in bands for article_id in self.band_index.get(band, [])
        }
        scored += [
            (identity.similarity(values, self.signatures[article_id]), article_id)
            for article_id in sorted(batch_candidates)
        ]
        scored = [
            (score, article_id) for score, article_id in scored if score >= identity.THRESHOLD
        ]
        if not scored:
            return None
        best = max(score for score, _ in scored)
        return min(article_id for score, article_id in scored if score == best)

    def _new_article(
        self,
        record: ArticleRecord,
        text_hash: str,
        values: np.ndarray,
        bands: list[int],
        *,
        findable: bool,
    ) -> str:
        """A new article from `record`, in the batch's band index if `findable` (another record
        of the batch shares a band with it: a later one may be its near copy)."""
        article_id = new_article_id(text_hash)
        partition = record.published_date or self.landing.ingest_day
        self.batch_articles[article_id] = {
            "article_id": article_id,
            "url": record.url,
            "title": record.title,
            "language": record.language,
            "published_date": record.published_date,
            "published_date_source": record.published_date_source,
            "outlet": record.outlet,
            "text": record.text,
            "content_hash": text_hash,
            "partition_date": partition,
            "ingested_at": self.landing.ingested_at,
        }
        if findable:
            self.signatures[article_id] = values
            for band in bands:
                self.band_index.setdefault(band, []).append(article_id)
        self.writes.signatures[article_id] = values
        self.writes.bands[article_id] = bands
        if record.url:
            previous = self.url_revisions.get(record.url)
            if previous:
                revision = previous[1] + 1
                self.writes.revisions.append(
                    {
                        "article_id": article_id,
                        "url": record.url,
                        "revision": revision,
                        "supersedes_article_id": previous[0],
                        "ingested_at": self.landing.ingested_at,
                    }
                )
                self.landing.report.revisions += 1
            self.url_revisions[record.url] = (article_id, previous[1] + 1 if previous else 1)
        self.landing.new_ids.add(article_id)
        return article_id

    def _merge(self, article_id: str, record: ArticleRecord) -> None:
        """A further source of a known article: fill its missing fields, improve its date."""
        self.landing.report.duplicate_records += 1
        row = self.batch_articles.get(article_id) or self.existing_articles[article_id]
        before = dict(row)
        for column in ("url", "title", "language", "outlet"):
            if row[column] is None and getattr(record, column) is not None:
                row[column] = getattr(record, column)
        if (
            record.published_date
            and DATE_SOURCE_RANK[record.published_date_source]
            < DATE_SOURCE_RANK[row["published_date_source"]]
        ):
            self.landing.partitions.add(row["partition_date"])
            self.landing.changed_partitions.add(row["partition_date"])
            row["published_date"] = record.published_date
            row["published_date_source"] = record.published_date_source
            row["partition_date"] = record.published_date
        if article_id not in self.batch_articles:
            self.landing.updated_ids.add(article_id)
            if row != before:
                self.changed_existing.add(article_id)

    def _unchanged(self, article_id: str) -> None:
        self.landing.unchanged_ids.add(article_id)
        row = self.existing_articles.get(article_id)
        if row:
            self.landing.partitions.add(row["partition_date"])

    def _source(self, record: ArticleRecord, text_hash: str, article_id: str) -> None:
        self.writes.sources.append(
            {
                "article_id": article_id,
                "source_uri": record.source_uri,
                "record_locator": record.record_locator,
                "source_format": record.source_format,
                "encoding": record.encoding,
                "content_hash": text_hash,
                "url": record.url,
                "partition_date": None,
                "ingested_at": self.landing.ingested_at,
            }
        )
        if article_id not in self.batch_articles:
            self.landing.updated_ids.add(article_id)

    def _finish_rows(self) -> None:
        rows = {**self.existing_articles, **self.batch_articles}
        for source in self.writes.sources:
            source["partition_date"] = rows[source["article_id"]]["partition_date"]
        for article_id in {
            source["article_id"] for source in self.writes.sources
        } | self.changed_existing:
            self.landing.partitions.add(rows[article_id]["partition_date"])
            self.landing.changed_partitions.add(rows[article_id]["partition_date"])
        self.writes.new_articles.extend(self.batch_articles.values())
        self.writes.updated_articles.extend(
            self.existing_articles[article_id] for article_id in sorted(self.changed_existing)
        )


def _batches(items: Iterable, size: int) -> Iterable[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def land_inputs(
    paths: Sequence[Path],
    con: duckdb.DuckDBPyConnection,
    *,
    ingested_at: datetime,
    max_bytes: int = 2_000_000,
    batch_size: int = BATCH_SIZE,
) -> LandingReport:
    """Read files and folders into the landing tables, idempotently, in batches; report on it."""
    ensure_landing_tables(con)
    walk = walk_inputs(paths)
    landing = _Landing(con, ingested_at)
    landing.report.files = len(walk.files)
    skipped = landing.report.skipped = dict(walk.skipped)

    def records():
        for path in walk.files:
            for item in read_file(path, max_bytes=max_bytes):
                if isinstance(item, Skipped):
                    skipped[item.why] = skipped.get(item.why, 0) + 1
                    continue
                if isinstance(item, ArticleRecord):
                    item = validate(item, ingest_day=landing.ingest_day, max_bytes=max_bytes)
                yield item

    for batch in _batches(records(), batch_size):
        landing.land(batch)
    landing.report.skipped = dict(sorted(skipped.items()))
    landing.report.articles_total = con.execute("select count(*) from raw.articles").fetchone()[0]
    return landing.finish()
