-- Facts reported by at least $min_sources distinct articles or in at least $min_languages
-- languages: meetings and deployments with a one-line summary and their sources, best
-- corroborated first. To filter on one criterion only, set the other one high (e.g. 99).
--
-- Parameters: $min_sources (INTEGER), $min_languages (INTEGER).
--   .venv/bin/newsevents sql --file queries/corroborated_facts.sql \
--       --param min_sources=2 --param min_languages=2
with

facts as (
    select
        'meeting' as fact_type,
        meeting_id as fact_id,
        array_to_string(participant_names, ' + ')
        || case when status = 'planned' then ' to meet' else ' met' end
        || coalesce(' in ' || location_name, '') as summary,
        meeting_date as fact_date,
        status,
        source_article_count,
        languages,
    from main.fct_meetings
    union all by name
    select
        'deployment' as fact_type,
        deployment_id as fact_id,
        coalesce(actor_name, '?') || ' → ' || coalesce(destination_name, '?')
        || coalesce(': ' || troop_count || ' troops', '') as summary,
        deployment_date as fact_date,
        status,
        source_article_count,
        languages,
    from main.fct_deployments
),

corroborated as (
    select * from facts
    where source_article_count >= $min_sources::integer
        or len(list_distinct(languages)) >= $min_languages::integer
),

sources as (
    select
        mention.event_id as fact_id,
        list(distinct article.title order by article.title) as source_titles,
        list(distinct article.link order by article.link) as source_links,
    from main.fct_event_mentions as mention
    inner join (
        select *, coalesce(url, source_uris[1]) as link from main.dim_articles
    ) as article on mention.article_id = article.article_id
    group by all
),

final as (
    select
        corroborated.*,
        len(list_distinct(corroborated.languages)) as language_count,
        sources.source_titles,
        sources.source_links,
    from corroborated
    left join sources on corroborated.fact_id = sources.fact_id
)

select * from final
order by source_article_count desc, language_count desc, fact_date, summary
