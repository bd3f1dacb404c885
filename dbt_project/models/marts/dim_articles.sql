{{
    config(
        materialized='incremental',
        incremental_strategy='replace_window',
        window_span='partition_date',
        on_schema_change='fail',
    )
}}

-- One row per article, with the text every evidence offset points into and all its sources.
with

articles as (

    select * from {{ ref('stg_articles') }}
    {{ where_in_run_window() }}

),

article_languages as (

    select * from {{ ref('int_article_languages') }}
    {{ where_in_run_window() }}

),

article_sources as (

    select * from {{ ref('stg_article_sources') }}
    {{ where_in_run_window() }}

),

sources as (

    select
        article_id,
        count(*) as source_count,
        list_sort(list_distinct(list(source_uri))) as source_uris,
        list_sort(list_distinct(list(source_format))) as source_formats

    from article_sources
    group by article_id

),

final as (

    select
        articles.article_id,
        articles.url,
        articles.title,
        article_languages.language,
        article_languages.language_source,
        articles.published_date,
        articles.published_date_source,
        articles.outlet,
        articles.article_text as text,
        length(articles.article_text) as text_length,
        coalesce(sources.source_count, 0) as source_count,
        sources.source_uris,
        sources.source_formats,
        articles.ingested_at,
        articles.partition_date

    from articles
    left join article_languages
        on
            articles.partition_date = article_languages.partition_date
            and articles.article_id = article_languages.article_id
    left join sources
        on articles.article_id = sources.article_id

)

select * from final
