{{
    config(
        materialized='incremental',
        incremental_strategy='replace_window',
        unique_key='meeting_id',
        window_span=['first_reported_date', 'last_reported_date'],
        on_schema_change='fail',
    )
}}

-- One row per meeting, merged from every article that reports it (rules in fct_meetings.yml).
with

meeting_mentions as (

    select * from {{ ref('int_meeting_mentions') }}

),

{{ mentions_of_touched_events('meeting_mentions', 'meeting_id') }}

ranked as (

    select
        *,
        {{ most_specific_date_rank() }} as date_rank

    from mentions

),

-- The location and the mode that most reports give (ties: earliest report, then name).
location_votes as (

    select
        event_id,
        location_name,
        row_number() over (
            partition by event_id
            order by count(*) desc, min(partition_date), location_name
        ) as location_rank

    from mentions
    where location_name is not null
    group by event_id, location_name

),

mode_votes as (

    select
        event_id,
        mode,
        row_number() over (
            partition by event_id
            order by
                count(*) desc,
                case mode when 'in_person' then 1 when 'video' then 2 else 3 end
        ) as mode_rank

    from mentions
    where mode is not null
    group by event_id, mode

),

events as (

    select
        event_id,
        any_value(participant_names) as participant_names,
        list_sort(list_distinct(flatten(list(participant_ids)))) as participant_ids,
        -- a meeting that any report says took place is held, not planned
        case when bool_or(status = 'held') then 'held' else 'planned' end as status,
        count(distinct article_id) as source_article_count,
        count(*) as mention_count,
        list_sort(list_distinct(list(language))) as languages,
        bool_and(date_resolution = 'undated') as is_undated,
        min(partition_date) as first_reported_date,
        max(partition_date) as last_reported_date

    from mentions
    group by event_id

),

final as (

    select
        events.event_id as meeting_id,
        ranked.event_date as meeting_date,
        coalesce(ranked.meeting_date_end, ranked.event_date) as meeting_date_end,
        case
            when ranked.event_date is null then 'unknown'
            else coalesce(ranked.date_precision, 'unknown')
        end as date_precision,
        location_votes.location_name,
        events.participant_names,
        events.participant_ids,
        coalesce(mode_votes.mode, 'in_person') as mode,
        events.status,
        events.source_article_count,
        events.mention_count,
        events.languages,
        events.first_reported_date,
        events.last_reported_date

    from events
    inner join ranked
        on events.event_id = ranked.event_id and ranked.date_rank = 1
    left join location_votes
        on events.event_id = location_votes.event_id and location_votes.location_rank = 1
    left join mode_votes
        on events.event_id = mode_votes.event_id and mode_votes.mode_rank = 1

)

select * from final
