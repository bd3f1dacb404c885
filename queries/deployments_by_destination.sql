-- Deployments by destination: for every place troops are sent to, how many deployments, who
-- sends them, how many troops in all (where reports give a count), the status of each
-- deployment, and the articles that report them. Most deployments first.
--
-- Parameters: none.
--   .venv/bin/newsevents sql --file queries/deployments_by_destination.sql
with

deployments as (
    select * from main.fct_deployments
),

deployment_sources as (
    select
        deployments.destination_name,
        article.article_id,
        article.title,
        article.language,
    from deployments
    inner join main.fct_event_mentions as mention
        on mention.event_type = 'deployment' and mention.event_id = deployments.deployment_id
    inner join main.dim_articles as article on mention.article_id = article.article_id
),

sources_by_destination as (
    select
        destination_name,
        count(distinct article_id) as source_article_count,
        list(distinct language order by language) as languages,
        list(distinct title order by title) as source_titles,
    from deployment_sources
    group by destination_name
),

by_destination as (
    select
        destination_name,
        count(*) as deployment_count,
        list(distinct actor_name order by actor_name) as senders,
        sum(troop_count) as reported_troops,
        list(
            actor_name || ': ' || status || coalesce(' (' || troop_count || ' troops)', '')
            order by actor_name, status
        ) as deployments,
        histogram(status) as status_counts,
    from deployments
    group by destination_name
),

final as (
    select
        by_destination.*,
        sources_by_destination.source_article_count,
        sources_by_destination.languages,
        sources_by_destination.source_titles,
    from by_destination
    left join sources_by_destination
        on by_destination.destination_name
        is not distinct from sources_by_destination.destination_name
)

select * from final
order by deployment_count desc, destination_name
