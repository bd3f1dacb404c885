"""Jobs: landing the inputs, and building the partitions they touched."""

import dagster as dg

from orchestration.partitions import daily_partitions

INGEST_ASSETS = dg.AssetSelection.assets(
    "raw_articles", "raw_article_sources", "raw_quarantined_inputs", "actors"
)

ingest_job = dg.define_asset_job(
    "ingest_job",
    selection=INGEST_ASSETS,
    description="Read the input files into raw.articles and refresh the actor gazetteer.",
)

daily_job = dg.define_asset_job(
    "daily_job",
    selection=dg.AssetSelection.all() - INGEST_ASSETS,
    partitions_def=daily_partitions,
    description="Extract, build the marts and validate them for a range of publication days.",
)
