"""Dagster's SQLite event log, with one pooled engine per database file.

Dagster's `SqliteEventLogStorage` creates an engine and opens and closes a connection for every
event it writes (twice for an asset event: the run's file and the index). A range run writes
two events per day and partitioned asset (planned, then materialised), so on the bundled sample
those writes took about a third of `newsevents run` (3m42 against 2m32 with pooled engines,
measured back to back). This storage keeps an engine per file, so writes reuse open
connections; the files, their schema and what Dagster reads from them are unchanged.
dagster_home/dagster.yaml selects it.
"""

import os
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import dagster as dg
from dagster._core.storage.event_log import SqliteEventLogStorage
from dagster._core.storage.event_log.sqlite.sqlite_event_log import SQLITE_BUSY_TIMEOUT_SECONDS
from dagster._serdes import ConfigurableClassData
from sqlalchemy import Connection, Engine, create_engine

# Files kept open at once: a run writes its own file and the index; the webserver reads many
# runs' files, the least recently used is closed.
MAX_OPEN_FILES = 8


class PooledSqliteEventLogStorage(SqliteEventLogStorage):
    """The event log in `$DAGSTER_HOME/history/runs` (where Dagster keeps it by default), one
    SQLite file per run and an index, written through pooled engines."""

    def __init__(self, dagster_home: str, inst_data: ConfigurableClassData | None = None):
        self._engines: OrderedDict[str, Engine] = OrderedDict()
        super().__init__(os.path.join(dagster_home, "history", "runs"), inst_data)

    @classmethod
    def config_type(cls) -> dict[str, Any]:
        return {"dagster_home": dg.StringSource}

    @classmethod
    def from_config_value(
        cls, inst_data: ConfigurableClassData, config_value: Mapping[str, Any]
    ) -> "PooledSqliteEventLogStorage":
        return cls(inst_data=inst_data, **config_value)

    @contextmanager
    def _connect(self, shard: str) -> Iterator[Connection]:
        # as Dagster's: one connection at a time in the process, each file set up on first use
        with self._db_lock:
            engine = self._engine(shard)
            if shard not in self._initialized_dbs:
                self._initdb(engine)
                self._initialized_dbs.add(shard)
            with engine.connect() as conn, conn.begin():
                yield conn

    def _engine(self, shard: str) -> Engine:
        """The engine of `shard`'s file, created on first use; beyond `MAX_OPEN_FILES` engines,
        the least recently used is closed."""
        if shard in self._engines:
            self._engines.move_to_end(shard)
            return self._engines[shard]
        engine = create_engine(
            self.conn_string_for_shard(shard),
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_SECONDS},
        )
        self._engines[shard] = engine
        if len(self._engines) > MAX_OPEN_FILES:
            _, oldest = self._engines.popitem(last=False)
            oldest.dispose()
        return engine

    def _close_files(self) -> None:
        with self._db_lock:
            while self._engines:
                self._engines.popitem()[1].dispose()

    def wipe(self) -> None:
        self._close_files()  # before the run files are deleted
        super().wipe()

    def dispose(self) -> None:
        self._close_files()
        super().dispose()
