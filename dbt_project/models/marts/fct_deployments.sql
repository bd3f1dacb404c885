{{
    config(
        materialized='incremental',
        incremental_strategy='replace_window',
        unique_key='deployment_id',
        window_span=['first_reported_date', 'last_reported_date'],
        on_schema_change='fail',
    )
}}

-- One row per deployment, merged from every article that reports it (rules in _marts.yml).
with

deployment_mentions as (

    select * from {{ ref('int_deployment_mentions') }}

),

{{ mentions_of_touched_events('deployment_mentions', 'deployment_id') }}

ranked as (

    select
        *,
        {{ most_specific_date_rank() }} as date_rank,
        -- the most precise count: exact before about before bounds, then the latest report
        row_number() over (
            partition by event_id
            order by
                troop_count is null,
                case count_qualifier
                    when 'exact' then 1
                    when 'about' then 2
                    when 'more_than' then 3
                    when 'up_to' then 4
                    else 5
                end,
                partition_date desc,
                article_id asc,
                char_start asc
        ) as count_rank

    from mentions

),

-- The status of the latest report wins: a denial or confirmation updates earlier claims.
status_votes as (

    select
        event_id,
        status,
        row_number() over (
            partition by event_id
            order by
                max(partition_date) desc,
                case status
                    when 'confirmed' then 1
                    when 'denied' then 2
                    when 'reported' then 3
                    when 'claimed' then 4
                    else 5
                end
        ) as status_rank

    from mentions
    where status is not null
    group by event_id, status

),

events as (

    select
        event_id,
        count(distinct article_id) as source_article_count,
        count(*) as mention_count,
        list_sort(list_distinct(list(language))) as languages,
        min(partition_date) as first_reported_date,
        max(partition_date) as last_reported_date

    from mentions
    group by event_id

),

final as (

    select
        events.event_id as deployment_id,
        by_date.actor_name,
        by_date.actor_id,
        by_date.destination_name,
        by_count.troop_count,
        by_count.count_qualifier,
        by_count.unit_text,
        by_date.event_date as deployment_date,
        coalesce(by_date.deployment_date_end, by_date.event_date) as deployment_date_end,
        case
            when by_date.event_date is null then 'unknown'
            else coalesce(by_date.date_precision, 'unknown')
        end as date_precision,
        coalesce(status_votes.status, 'reported') as status,
        events.source_article_count,
        events.mention_count,
        events.languages,
        events.first_reported_date,
        events.last_reported_date

    from events
    inner join ranked as by_date
        on events.event_id = by_date.event_id and by_date.date_rank = 1
    inner join ranked as by_count
        on events.event_id = by_count.event_id and by_count.count_rank = 1
    left join status_votes
        on events.event_id = status_votes.event_id and status_votes.status_rank = 1

)

select * from final
