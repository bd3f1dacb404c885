"""`newsevents sql`: a read-only SQL session on the published warehouse.

The duckdb command-line program is not needed: this runs statements with the Python duckdb
module, with the fts extension loaded so that `search_sentences(...)` and
`search_statements(...)` work. It opens the published snapshot (never the warehouse that runs
write), read-only, so it never blocks a run.
"""

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

import duckdb
import polars as pl

from newsevents.search import load_fts

PROMPT, CONTINUATION = "newsevents> ", "       ...> "


class NoPublishedWarehouse(FileNotFoundError):
    """The published warehouse does not exist yet."""


def connect_published(path: Path) -> duckdb.DuckDBPyConnection:
    """Open the published warehouse read-only, with the fts extension loaded."""
    if not path.exists():
        raise NoPublishedWarehouse(
            f"no published warehouse at {path}: a successful `newsevents run` (or `make run`) "
            "publishes one"
        )
    con = duckdb.connect(str(path), read_only=True)
    load_fts(con)
    return con


def python_command(path: Path) -> str:
    """The exact command that opens the same session in an interactive Python."""
    setup = (
        "import duckdb; from newsevents.search import load_fts; "
        f"con = duckdb.connect({str(path)!r}, read_only=True); load_fts(con); "
        "print('con: read-only DuckDB connection; try con.sql(\\\"from dim_articles\\\").show()')"
    )
    return f'{Path(sys.executable)} -i -c "{setup}"'


def parse_params(pairs: Iterable[str]) -> dict[str, str]:
    """`name=value` pairs into the named parameters of a prepared statement (`$name`)."""
    params = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise ValueError(f"--param expects name=value, got {pair!r}")
        params[name.strip()] = value
    return params


def run_statements(
    con: duckdb.DuckDBPyConnection, script: str, params: dict[str, str], out: TextIO
) -> None:
    """Run every statement of `script` and print the rows of those that return some."""
    statements = con.extract_statements(script)
    for statement in statements:
        used = {name: params[name] for name in statement.named_parameters if name in params}
        missing = set(statement.named_parameters) - set(used)
        if missing:
            names = ", ".join(sorted(missing))
            raise ValueError(f"missing parameters: {names} (--param name=value)")
        result = con.execute(statement.query, used or None)
        if result.description:
            with pl.Config(tbl_rows=200, tbl_cols=-1, fmt_str_lengths=80, tbl_width_chars=200):
                print(result.pl(), file=out)


def repl(con: duckdb.DuckDBPyConnection, path: Path, stdin: TextIO, out: TextIO) -> None:
    """Read statements ending with `;` and print their results, until `.quit` or end of input."""
    interactive = stdin.isatty()
    if interactive:
        print(f"read-only session on {path}; statements end with ';', .quit to leave", file=out)
        print("try: select * from search_sentences('troops Kursk') limit 5;", file=out)
    buffer: list[str] = []
    while True:
        if interactive:
            print(CONTINUATION if buffer else PROMPT, end="", file=out, flush=True)
        line = stdin.readline()
        if not line or (not buffer and line.strip() in {".quit", ".exit"}):
            break
        buffer.append(line)
        if line.rstrip().endswith(";"):
            try:
                run_statements(con, "".join(buffer), {}, out)
            except (duckdb.Error, ValueError) as error:
                print(f"error: {error}", file=out)
            buffer = []
    if "".join(buffer).strip():
        run_statements(con, "".join(buffer), {}, out)
