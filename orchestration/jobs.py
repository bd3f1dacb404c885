"""Jobs: landing the inputs, and building the partitions they touched."""

import dagster as dg

from orchestration.partitions import daily_partitions

INGEST_ASSETS = dg.AssetSelection.assets(
    "raw_articles", "raw_article_sources", "raw_quarantined_inputs", "actors"
)

# Every step of these jobs writes or reads the one DuckDB file, so they run one at a time
# anyway (pool `duckdb_warehouse`, limit 1): running them in the run's own process saves the
# start-up of a Python process per step (about 10 s each, mostly imports). Assets materialised
# ad hoc from the UI use the default multiprocess executor, serialised by the same pool.
ingest_job = dg.define_asset_job(
    "ingest_job",
    selection=INGEST_ASSETS,
    description="Read the input files into raw.articles and refresh the actor gazetteer.",
    executor_def=dg.in_process_executor,
)

daily_job = dg.define_asset_job(
    "daily_job",
    selection=dg.AssetSelection.all() - INGEST_ASSETS,
    partitions_def=daily_partitions,
    description="Extract, build the marts and validate them for a range of publication days.",
    executor_def=dg.in_process_executor,
)
