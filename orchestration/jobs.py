"""Jobs: landing the inputs, building the partitions they touched, and publishing."""

import dagster as dg

from orchestration.partitions import daily_partitions

INGEST_ASSETS = dg.AssetSelection.assets(
    "raw_articles", "raw_article_sources", "raw_quarantined_inputs", "actors"
)
# What analysts open: built over the whole warehouse, so once after a batch of daily runs
# rather than in every partition run (their cost grows with the history, not with the day).
ANALYST_ASSETS = dg.AssetSelection.assets("search_index", "published_warehouse")
DAILY_ASSETS = dg.AssetSelection.all() - INGEST_ASSETS - ANALYST_ASSETS

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
    selection=DAILY_ASSETS,
    partitions_def=daily_partitions,
    description="Extract, build the marts and validate them for a range of publication days.",
    executor_def=dg.in_process_executor,
)

publish_job = dg.define_asset_job(
    "publish_job",
    selection=ANALYST_ASSETS,
    description="Refresh the full-text search index and publish the analysts' snapshot.",
    executor_def=dg.in_process_executor,
)
