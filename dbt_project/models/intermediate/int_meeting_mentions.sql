{{
    config(
        materialized='incremental',
        incremental_strategy='replace_window',
        window_span='partition_date',
        on_schema_change='fail',
    )
}}

-- One row per meeting mention, keyed to the event it reports (see _intermediate.yml).
with

meeting_mentions as (

    select * from {{ ref('stg_meeting_mentions') }}
    {{ where_in_run_window() }}

),

article_languages as (

    select * from {{ ref('int_article_languages') }}
    {{ where_in_run_window() }}

),

keyed as (

    select
        *,
        list_sort(list_distinct(participant_names)) as participant_key

    from meeting_mentions

),

-- The dated meetings of each article, per set of participants.
article_dates as (

    select
        partition_date,
        article_id,
        participant_key,
        count(distinct meeting_date) as dated_event_count,
        min(meeting_date) as only_date

    from keyed
    where meeting_date is not null
    group by partition_date, article_id, participant_key

),

-- An undated report takes the only date of its article unless it names a date of its own
-- (one left unresolved, as a weekday without a publication date).
inheriting as (

    select
        keyed.*,
        keyed.meeting_date is null
        and keyed.date_text is null
        and article_dates.dated_event_count = 1 as takes_article_date,
        article_dates.only_date

    from keyed
    left join article_dates
        on
            keyed.partition_date = article_dates.partition_date
            and keyed.article_id = article_dates.article_id
            and keyed.participant_key = article_dates.participant_key

),

resolved as (

    select
        * exclude (takes_article_date, only_date),
        case
            when meeting_date is not null then meeting_date
            when takes_article_date then only_date
        end as event_date,
        case
            when meeting_date is not null then 'stated'
            when takes_article_date then 'same_article'
            else 'undated'
        end as date_resolution

    from inheriting

),

final as (

    select
        md5(
            'meeting|'
            || array_to_string(resolved.participant_key, ';')
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
        resolved.participant_key as participant_names,
        resolved.participant_ids,
        resolved.location_name,
        resolved.event_date,
        resolved.date_resolution,
        resolved.meeting_date,
        resolved.meeting_date_end,
        resolved.date_precision,
        resolved.date_text,
        resolved.mode,
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
