"""Publishing the warehouse as a read-only snapshot that analysts open while runs write.

DuckDB lets one process write a database file, and a process that writes locks out every other
one (even readers), just as a reader holding the file open makes a writer fail. So analysts
never open the warehouse that runs write: at the end of every run the pipeline copies it, in
one consistent transaction, into a new file beside the published one, then renames that file
over the published one (`os.replace`, atomic within a file system). A reader that holds the
published file open keeps reading the snapshot it opened (its open file is unchanged by the
rename) and never blocks the next publication; reconnecting opens the newest snapshot.
"""

import os
from pathlib import Path

import duckdb

PUBLISHED_SUFFIX = ".published.duckdb"
SNAPSHOT_ALIAS = "published_snapshot"


def published_path(warehouse: Path) -> Path:
    """Where the snapshot of `warehouse` is published: `data/warehouse.published.duckdb`."""
    override = os.environ.get("NEWSEVENTS_PUBLISHED_WAREHOUSE")
    if override:
        return Path(override)
    return warehouse.with_name(warehouse.stem + PUBLISHED_SUFFIX)


def _quoted(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def publish_warehouse(con: duckdb.DuckDBPyConnection, target: Path) -> int:
    """Copy the database open in `con` into `target` atomically; return the size in bytes.

    The copy is written to a temporary file in the target's folder (the rename must not cross
    file systems) and only renamed over `target` once complete and closed: a reader never sees
    a half-written file, and a failed publication leaves the previous snapshot in place.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    staging_wal = staging.with_name(staging.name + ".wal")
    for leftover in (staging, staging_wal):
        leftover.unlink(missing_ok=True)
    source = con.execute("select current_database()").fetchone()[0]
    literal = str(staging).replace("'", "''")
    con.execute(f"attach '{literal}' as {SNAPSHOT_ALIAS}")
    try:
        con.execute(f"copy from database {_quoted(source)} to {SNAPSHOT_ALIAS}")
    except BaseException:
        con.execute(f"detach {SNAPSHOT_ALIAS}")
        staging.unlink(missing_ok=True)
        staging_wal.unlink(missing_ok=True)
        raise
    # detaching checkpoints and closes the copy: everything is in the one file
    con.execute(f"detach {SNAPSHOT_ALIAS}")
    os.replace(staging, target)
    return target.stat().st_size
