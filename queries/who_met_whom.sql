-- Who met whom between two dates: one row per meeting (held or planned) whose dates overlap
-- [$start_date, $end_date], with its participants, place, and the articles that report it.
--
-- Parameters: $start_date, $end_date (DATE, inclusive).
--   .venv/bin/newsevents sql --file queries/who_met_whom.sql \
--       --param start_date=2025-07-01 --param end_date=2025-07-31
with

meetings as (
    select * from main.fct_meetings
    where meeting_date <= $end_date::date
        and coalesce(meeting_date_end, meeting_date) >= $start_date::date
),

sources as (
    select
        mention.event_id as meeting_id,
        list(distinct article.title order by article.title) as source_titles,
        list(distinct article.link order by article.link) as source_links,
    from main.fct_event_mentions as mention
    inner join (
        select *, coalesce(url, source_uris[1]) as link from main.dim_articles
    ) as article on mention.article_id = article.article_id
    where mention.event_type = 'meeting'
    group by all
),

final as (
    select
        meetings.meeting_date,
        meetings.meeting_date_end,
        meetings.date_precision,
        array_to_string(meetings.participant_names, ' + ') as participants,
        meetings.participant_names,
        meetings.location_name,
        meetings.mode,
        meetings.status,
        meetings.source_article_count,
        meetings.languages,
        sources.source_titles,
        sources.source_links,
        meetings.meeting_id,
    from meetings
    left join sources on meetings.meeting_id = sources.meeting_id
)

select * from final
order by meeting_date, participants
