{{
    config(
        materialized='incremental',
        incremental_strategy='replace_window',
        window_span='partition_date',
        on_schema_change='fail',
    )
}}

-- Every report of a meeting or deployment: which article, where in its text.
with

meeting_mentions as (

    select * from {{ ref('int_meeting_mentions') }}
    {{ where_in_run_window() }}

),

deployment_mentions as (

    select * from {{ ref('int_deployment_mentions') }}
    {{ where_in_run_window() }}

),

mentions as (

    select
        'meeting' as event_type,
        event_id,
        article_id,
        sentence_index,
        char_start,
        char_end,
        date_text,
        language,
        partition_date

    from meeting_mentions

    union all

    select
        'deployment' as event_type,
        event_id,
        article_id,
        sentence_index,
        char_start,
        char_end,
        date_text,
        language,
        partition_date

    from deployment_mentions

),

final as (

    select
        md5(event_type || '|' || article_id || '|' || char_start || '|' || event_id) as mention_id,
        *

    from mentions

)

select * from final
