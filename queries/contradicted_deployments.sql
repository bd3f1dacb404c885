-- Statements that contradict a deployment's status: a deployment's status is that of its latest
-- report, and a statement contradicts it when the statement is made in a sentence that reports
-- the same deployment the other way round: a denial of a deployment whose status asserts it
-- (planned, claimed, reported or confirmed), or a claim, report or confirmation of a deployment
-- whose status is `denied`. Each row: the deployment, the statement, and where it was said.
--
-- Parameters: none.
--   .venv/bin/newsevents sql --file queries/contradicted_deployments.sql
with

deployments as (
    select * from main.fct_deployments
),

-- every report of a deployment, with the status that this report gives it
reports as (
    select
        mention.event_id as deployment_id,
        mention.article_id,
        mention.sentence_index,
        mention.char_start as sentence_start,
        mention.char_end as sentence_end,
        reported.status as reported_status,
    from main.fct_event_mentions as mention
    inner join main.fct_deployments as deployment
        on mention.event_type = 'deployment' and mention.event_id = deployment.deployment_id
    inner join raw.deployment_mentions as reported
        on reported.article_id = mention.article_id
        and reported.sentence_index = mention.sentence_index
        and reported.actor_name is not distinct from deployment.actor_name
),

contradicting_reports as (
    select
        reports.*,
        deployments.status as deployment_status,
    from reports
    inner join deployments on reports.deployment_id = deployments.deployment_id
    where (reports.reported_status = 'denied') != (deployments.status = 'denied')
),

final as (
    select distinct
        deployments.actor_name,
        deployments.destination_name,
        deployments.troop_count,
        deployments.status as deployment_status,
        contradicting_reports.reported_status as statement_says,
        array_to_string(statement.speaker_names, ', ') as speakers,
        statement.statement_kind,
        statement.text as statement_text,
        statement.statement_date,
        statement.language,
        article.title,
        article.published_date,
        deployments.deployment_id,
        statement.statement_id,
    from contradicting_reports
    inner join deployments on contradicting_reports.deployment_id = deployments.deployment_id
    inner join main.fct_statements as statement
        on statement.article_id = contradicting_reports.article_id
        and statement.char_start < contradicting_reports.sentence_end
        and statement.char_end > contradicting_reports.sentence_start
    inner join main.dim_articles as article on statement.article_id = article.article_id
)

select * from final
order by destination_name, actor_name, statement_date, statement_id
