"""The `newsevents` command line."""

import argparse
import os
import sys
from pathlib import Path


def _default_warehouse() -> Path:
    return Path(os.environ.get("NEWSEVENTS_WAREHOUSE", "data/warehouse.duckdb"))


def _run(args: argparse.Namespace) -> int:
    from newsevents.runner import print_summary, run_pipeline

    missing = [path for path in args.input if not path.exists()]
    if missing:
        print(f"error: input not found: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    try:
        outcome = run_pipeline(args.input, args.warehouse, full_refresh=args.full_refresh)
    except KeyboardInterrupt:  # Ctrl-C, or SIGTERM once Dagster has routed it to the same handler
        print("\nerror: interrupted (the same command again completes the run)", file=sys.stderr)
        return 130
    print_summary(outcome)
    if not outcome.success:
        reason = (
            f"blocking checks failed ({', '.join(outcome.checks_failed)}); "
            "the marts downstream were not built"
            if outcome.checks_failed
            else "a step failed"
        )
        print(f"error: run failed: {reason}", file=sys.stderr)
        return 1
    from newsevents.publish import published_path

    published = published_path(args.warehouse.resolve())
    if published.exists():
        print(f"  published:    {published} (newsevents sql opens it)")
    return 0


def _published(args: argparse.Namespace) -> Path:
    from newsevents.publish import published_path

    return args.published or published_path(args.warehouse.resolve())


def _sql(args: argparse.Namespace) -> int:
    import duckdb

    from newsevents.sql import (
        NoPublishedWarehouse, connect_published, parse_params, python_command, repl, run_statements,
    )

    path = _published(args)
    if args.print_command:
        print(python_command(path))
        return 0
    try:
        params = parse_params(args.param)
        con = connect_published(path)
    except (NoPublishedWarehouse, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    with con:
        if args.command_text is None and args.file is None:
            repl(con, path, sys.stdin, sys.stdout)
            return 0
        script = args.command_text if args.file is None else args.file.read_text(encoding="utf-8")
        try:
            run_statements(con, script, params, sys.stdout)
        except (ValueError, duckdb.Error) as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
    return 0


def _report(args: argparse.Namespace) -> int:
    from newsevents.report import write_report
    from newsevents.sql import NoPublishedWarehouse

    try:
        path = write_report(_published(args), args.output)
    except NoPublishedWarehouse as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"report: {path}")
    return 0


def _bench(args: argparse.Namespace) -> int:
    from dataclasses import fields

    from newsevents.bench.measure import BenchOptions, run_bench
    from newsevents.bench.report import failed_runs, table, write_json

    # the options given; BenchOptions holds the defaults (the parser leaves the others out)
    given = {option.name: getattr(args, option.name) for option in fields(BenchOptions)
             if hasattr(args, option.name)}
    options = BenchOptions(**given)
    figures = run_bench(options, progress=lambda line: print(line, flush=True))
    result = options.output / "results.json"
    write_json(figures, result)
    print()
    print(table(figures))
    print(f"\nfigures: {result}")
    failed = failed_runs(figures)
    for run in failed:
        print(f"error: pipeline run failed, its times are not comparable: {run}", file=sys.stderr)
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(
        prog="newsevents", description="News articles in, a DuckDB warehouse of facts out."
    )
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="materialise every asset on the given inputs")
    run.add_argument("--input", nargs="+", type=Path, required=True, help="files and folders")
    run.add_argument("--warehouse", type=Path, default=_default_warehouse())
    run.add_argument(
        "--full-refresh", action="store_true", help="rebuild the incremental dbt models"
    )
    run.set_defaults(handler=_run)

    sql = commands.add_parser(
        "sql", help="a read-only SQL session on the published warehouse (search, ready queries)"
    )
    sql.add_argument("-c", dest="command_text", metavar="SQL", help="run these statements, exit")
    sql.add_argument("--file", type=Path, help="run the statements of a file (e.g. queries/*.sql)")
    sql.add_argument(
        "--param", action="append", default=[], metavar="NAME=VALUE",
        help="a named parameter ($NAME) of the statements; repeat for several",
    )
    sql.add_argument(
        "--print-command", action="store_true",
        help="print the Python command that opens the same session, and exit",
    )
    report = commands.add_parser(
        "report", help="write one self-contained HTML page of the facts in the warehouse"
    )
    report.add_argument("--output", type=Path, default=Path("data/report.html"))
    for command in (sql, report):
        command.add_argument(
            "--warehouse", type=Path, default=_default_warehouse(),
            help="the warehouse whose published snapshot to read",
        )
        command.add_argument(
            "--published", type=Path, default=None,
            help="the published snapshot to read (default: beside the warehouse)",
        )
    sql.set_defaults(handler=_sql)
    report.set_defaults(handler=_report)

    # an option left out keeps BenchOptions' default (newsevents/bench/measure.py), which is not
    # imported here: every command builds this parser
    bench = commands.add_parser(
        "bench", help="measure throughput and memory on a synthetic corpus against the targets",
        argument_default=argparse.SUPPRESS,
    )
    bench.add_argument("--articles", type=int, help="corpus size N")
    bench.add_argument("--seed", type=int)
    bench.add_argument("--ingest-megabytes", type=int, help="size of the ingest memory test (0: skip)")
    bench.add_argument("--peer-sample", type=int, help="articles given to dateparser")
    bench.add_argument(
        "--partition-repeats", type=int,
        help="new days measured on each warehouse; the figure is their median",
    )
    bench.add_argument(
        "--history-days", type=int,
        help="days of publication of the N articles, the history a new day is run against",
    )
    bench.add_argument("--output", type=Path)
    bench.add_argument("--profile", action="store_true", help="write pyinstrument profiles")
    bench.set_defaults(handler=_bench)

    commands.add_parser(
        "evaluate", help="score a warehouse against gold annotations", add_help=False
    )

    if argv[:1] == ["evaluate"]:
        from newsevents.evaluate import main as evaluate_main

        return evaluate_main(argv[1:])
    args = parser.parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
