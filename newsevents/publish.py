"""Publishing the warehouse as a read-only snapshot that analysts open while runs write.

DuckDB lets one process write a database file, and a process that writes locks out every other
one (even readers), just as a reader holding the file open makes a writer fail. So analysts
never open the warehouse that runs write: at the end of every run the pipeline checkpoints it
and copies its file into a new file beside the published one, then renames that file over the
published one (`os.replace`, atomic within a file system). A reader that holds the published
file open keeps reading the snapshot it opened (its open file is unchanged by the rename) and
never blocks the next publication; reconnecting opens the newest snapshot.
"""

import os
import shutil
from pathlib import Path

import duckdb

PUBLISHED_SUFFIX = ".published.duckdb"


def published_path(warehouse: Path) -> Path:
    """Where the snapshot of `warehouse` is published: `data/warehouse.published.duckdb`."""
    override = os.environ.get("NEWSEVENTS_PUBLISHED_WAREHOUSE")
    if override:
        return Path(override)
    return warehouse.with_name(warehouse.stem + PUBLISHED_SUFFIX)


def publish_warehouse(con: duckdb.DuckDBPyConnection, target: Path) -> int:
    """Copy the database open in `con` into `target` atomically; return the size in bytes.

    A checkpoint folds the write-ahead log into the database file, which is then copied byte for
    byte: about eight times as fast as `COPY FROM DATABASE`, which rewrites every row (a 2 GB
    warehouse: 4.7 s against 39.8 s). Nothing writes the warehouse meanwhile: runs take its one
    writer's slot (`WAREHOUSE_POOL`) and so does publishing. The copy goes to a temporary file
    in the target's folder (the rename must not cross file systems) and is only renamed over
    `target` once complete: a reader never sees a half-written file, and a failed publication
    leaves the previous snapshot in place.
    """
    source = _database_file(con)
    con.execute("checkpoint")
    wal = source.with_name(source.name + ".wal")
    if wal.exists() and wal.stat().st_size:
        raise RuntimeError(
            f"{source} keeps a write-ahead log after a checkpoint: is another connection writing it?"
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        shutil.copyfile(source, staging)
    except BaseException:
        staging.unlink(missing_ok=True)
        raise
    os.replace(staging, target)
    return target.stat().st_size


def _database_file(con: duckdb.DuckDBPyConnection) -> Path:
    """The file of the database `con` uses (an in-memory database has none to publish)."""
    (path,) = con.execute(
        "select path from duckdb_databases() where database_name = current_database()"
    ).fetchone()
    if not path:
        raise ValueError("an in-memory database cannot be published: give the warehouse a file")
    return Path(path)
