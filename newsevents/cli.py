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
    outcome = run_pipeline(args.input, args.warehouse, full_refresh=args.full_refresh)
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
    return 0


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
