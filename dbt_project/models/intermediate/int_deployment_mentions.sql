{{
    config(
        materialized='incremental',
        incremental_strategy='replace_window',
        window_span='partition_date',
        on_schema_change='fail',
    )
}}

-- One row per deployment mention, keyed to the event it reports (see _intermediate.yml).
with

deployment_mentions as (

    select * from {{ ref('stg_deployment_mentions') }}
    {{ where_in_run_window() }}

),

article_languages as (

    select * from {{ ref('int_article_languages') }}
    {{ where_in_run_window() }}

),

keyed as (

    select
        *,
        coalesce(actor_id, lower(trim(actor_name)), '') as actor_key,
        coalesce(lower(trim(destination_name)), '') as destination_key,
        coalesce(cast(troop_count as varchar), '') as count_key

    from deployment_mentions

),

-- The dated deployments of each article, per actor and destination, and the counts they give.
article_dates as (

    select
        partition_date,
        article_id,
        actor_key,
        destination_key,
        count(distinct deployment_date) as dated_event_count,
        min(deployment_date) as only_date,
        list_distinct(list(troop_count)) as dated_counts

    from keyed
    where deployment_date is not null
    group by partition_date, article_id, actor_key, destination_key

),

-- An undated report takes the only date of its article unless it names a date of its own
-- (one left unresolved) or gives another count.
inheriting as (

    select
        keyed.*,
        keyed.deployment_date is null
        and keyed.date_text is null
        and article_dates.dated_event_count = 1
        and (
            keyed.troop_count is null
            or len(article_dates.dated_counts) = 0
            or list_contains(article_dates.dated_counts, keyed.troop_count)
        ) as takes_article_date,
        article_dates.only_date

    from keyed
    left join article_dates
        on
            keyed.partition_date = article_dates.partition_date
            and keyed.article_id = article_dates.article_id
            and keyed.actor_key = article_dates.actor_key
            and keyed.destination_key = article_dates.destination_key

),

resolved as (

    select
        * exclude (takes_article_date, only_date),
        case
            when deployment_date is not null then deployment_date
            when takes_article_date then only_date
        end as event_date,
        case
            when deployment_date is not null then 'stated'
            when takes_article_date then 'same_article'
            else 'undated'
        end as date_resolution

    from inheriting

),

final as (

    select
        md5(
            'deployment|'
            || resolved.actor_key
            || '|'
            || resolved.destination_key
            || '|'
            || resolved.count_key
            || '|'
            || coalesce(
                strftime(resolved.event_date, '%Y-%m-%d'),
                'undated:' || resolved.article_id || ':' || resolved.char_start
            )
        ) as event_id,
        resolved.article_id,
        resolved.sentence_index,
        resolved.char_start,
        resolved.char_end,
        resolved.actor_name,
        resolved.actor_id,
        resolved.destination_name,
        resolved.troop_count,
        resolved.count_qualifier,
        resolved.unit_text,
        resolved.event_date,
        resolved.date_resolution,
        resolved.deployment_date,
        resolved.deployment_date_end,
        resolved.date_precision,
        resolved.date_text,
        resolved.status,
        article_languages.language,
        resolved.partition_date

    from resolved
    left join article_languages
        on
            resolved.partition_date = article_languages.partition_date
            and resolved.article_id = article_languages.article_id

)

select * from final
