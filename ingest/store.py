"""The landing tables in DuckDB: their DDL and the writes of one batch, in one transaction."""

from dataclasses import dataclass, field

import duckdb
import numpy as np
import pyarrow as pa

LANDING_DDL = """
create schema if not exists raw;
create table if not exists raw.articles (
    article_id varchar, url varchar, title varchar, language varchar,
    published_date date, published_date_source varchar, outlet varchar, text varchar,
    content_hash varchar, partition_date date, ingested_at timestamp
);
create table if not exists raw.article_sources (
    article_id varchar, source_uri varchar, record_locator varchar, source_format varchar,
    encoding varchar, content_hash varchar, url varchar, partition_date date, ingested_at timestamp
);
create table if not exists raw.quarantined_inputs (
    quarantine_id varchar, source_uri varchar, record_locator varchar, source_format varchar,
    reason varchar, detail varchar, first_bytes varchar, ingested_at timestamp
);
create table if not exists raw.article_signatures (article_id varchar, minhash uinteger[]);
create table if not exists raw.article_lsh_bands (band_hash ubigint, article_id varchar);
create table if not exists raw.article_revisions (
    article_id varchar, url varchar, revision integer, supersedes_article_id varchar,
    ingested_at timestamp
);
"""

ARTICLES = pa.schema(
    [
        ("article_id", pa.string()),
        ("url", pa.string()),
        ("title", pa.string()),
        ("language", pa.string()),
        ("published_date", pa.date32()),
        ("published_date_source", pa.string()),
        ("outlet", pa.string()),
        ("text", pa.string()),
        ("content_hash", pa.string()),
        ("partition_date", pa.date32()),
        ("ingested_at", pa.timestamp("us")),
    ]
)
SOURCES = pa.schema(
    [
        ("article_id", pa.string()),
        ("source_uri", pa.string()),
        ("record_locator", pa.string()),
        ("source_format", pa.string()),
        ("encoding", pa.string()),
        ("content_hash", pa.string()),
        ("url", pa.string()),
        ("partition_date", pa.date32()),
        ("ingested_at", pa.timestamp("us")),
    ]
)
QUARANTINE = pa.schema(
    [
        ("quarantine_id", pa.string()),
        ("source_uri", pa.string()),
        ("record_locator", pa.string()),
        ("source_format", pa.string()),
        ("reason", pa.string()),
        ("detail", pa.string()),
        ("first_bytes", pa.string()),
        ("ingested_at", pa.timestamp("us")),
    ]
)
SIGNATURES = pa.schema([("article_id", pa.string()), ("minhash", pa.list_(pa.uint32()))])
BANDS = pa.schema([("band_hash", pa.uint64()), ("article_id", pa.string())])
REVISIONS = pa.schema(
    [
        ("article_id", pa.string()),
        ("url", pa.string()),
        ("revision", pa.int32()),
        ("supersedes_article_id", pa.string()),
        ("ingested_at", pa.timestamp("us")),
    ]
)
UPDATED_COLUMNS = [
    "url",
    "title",
    "language",
    "published_date",
    "published_date_source",
    "outlet",
    "partition_date",
]


def ensure_landing_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Create schema `raw` and the landing tables when they do not exist."""
    con.execute(LANDING_DDL)


@dataclass
class BatchWrites:
    """Rows one batch adds or changes; written by `write_batch` in one transaction."""

    new_articles: list[dict] = field(default_factory=list)
    updated_articles: list[dict] = field(default_factory=list)
    sources: list[dict] = field(default_factory=list)
    quarantined: list[dict] = field(default_factory=list)
    signatures: dict[str, np.ndarray] = field(default_factory=dict)  # article_id -> MinHash
    bands: dict[str, list[int]] = field(default_factory=dict)  # article_id -> LSH band keys
    revisions: list[dict] = field(default_factory=list)


def _signature_table(signatures: dict[str, np.ndarray]) -> pa.Table:
    """One row per article with its MinHash list, built from one array (no list per row)."""
    lengths = [len(values) for values in signatures.values()]
    values = np.concatenate([*signatures.values(), np.empty(0, np.uint32)])
    minhash = pa.ListArray.from_arrays(
        pa.array(np.concatenate([[0], np.cumsum(lengths, dtype=np.int32)]), pa.int32()),
        pa.array(values.astype(np.uint32), pa.uint32()),
    )
    article_ids = pa.array(list(signatures), pa.string())
    return pa.Table.from_arrays([article_ids, minhash], schema=SIGNATURES)


def _band_table(bands: dict[str, list[int]]) -> pa.Table:
    """One row per (band key, article), built from arrays (no dict per row)."""
    article_ids = pa.array(list(bands), pa.string())
    positions = np.repeat(np.arange(len(bands)), [len(keys) for keys in bands.values()])
    keys = np.array([key for article_keys in bands.values() for key in article_keys], np.uint64)
    return pa.Table.from_arrays(
        [pa.array(keys, pa.uint64()), article_ids.take(pa.array(positions, pa.int64()))],
        schema=BANDS,
    )


def write_batch(con: duckdb.DuckDBPyConnection, writes: BatchWrites) -> None:
    """Insert and update the batch's rows: idempotent (anti-joins on the natural keys)."""
    tables = {
        "batch_new_articles": pa.Table.from_pylist(writes.new_articles, ARTICLES),
        "batch_updated_articles": pa.Table.from_pylist(writes.updated_articles, ARTICLES),
        "batch_sources": pa.Table.from_pylist(writes.sources, SOURCES),
        "batch_quarantined": pa.Table.from_pylist(writes.quarantined, QUARANTINE),
        "batch_signatures": _signature_table(writes.signatures),
        "batch_bands": _band_table(writes.bands),
        "batch_revisions": pa.Table.from_pylist(writes.revisions, REVISIONS),
    }
    for name, table in tables.items():
        con.register(name, table)
    assignments = ", ".join(f"{column} = updated.{column}" for column in UPDATED_COLUMNS)
    try:
        con.execute("begin transaction")
        con.execute("""
            insert into raw.articles by name
            select * from batch_new_articles as new
            where not exists (
                select 1 from raw.articles as old where old.article_id = new.article_id
            )
        """)
        con.execute(f"""
            update raw.articles set {assignments}
            from batch_updated_articles as updated
            where raw.articles.article_id = updated.article_id
        """)
        con.execute("""
            update raw.article_sources set partition_date = updated.partition_date
            from batch_updated_articles as updated
            where raw.article_sources.article_id = updated.article_id
        """)
        con.execute("""
            delete from raw.article_sources as old using batch_sources as new
            where old.source_uri = new.source_uri and old.record_locator = new.record_locator
        """)
        con.execute("insert into raw.article_sources by name select * from batch_sources")
        con.execute("""
            delete from raw.quarantined_inputs
            where quarantine_id in (
                select sha256(source_uri || chr(0) || record_locator)[:16] from batch_sources
            )
        """)
        con.execute("""
            insert into raw.quarantined_inputs by name
            select * from batch_quarantined as new
            where not exists (
                select 1 from raw.quarantined_inputs as old
                where old.quarantine_id = new.quarantine_id
            )
        """)
        con.execute("insert into raw.article_signatures by name select * from batch_signatures")
        con.execute("insert into raw.article_lsh_bands by name select * from batch_bands")
        con.execute("insert into raw.article_revisions by name select * from batch_revisions")
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
    finally:
        for name in tables:
            con.unregister(name)
