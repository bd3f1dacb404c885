-- What a given speaker said over time: every quote and reported claim whose speakers include a
-- name containing $speaker (case- and accent-insensitive: 'erdogan' finds 'Recep Tayyip
-- Erdoğan'), oldest first, with the article it comes from.
--
-- Parameters: $speaker (VARCHAR, part of the canonical English name).
--   .venv/bin/newsevents sql --file queries/speaker_timeline.sql --param speaker=Starmer
with

statements as (
    select * from main.fct_statements
    where len(list_filter(
        speaker_names,
        name -> strip_accents(lower(name)) like '%' || strip_accents(lower($speaker)) || '%'
    )) > 0
),

final as (
    select
        statements.statement_date,
        statements.date_precision,
        array_to_string(statements.speaker_names, ', ') as speakers,
        statements.speaker_role,
        statements.statement_kind,
        statements.text,
        statements.language,
        article.title,
        article.published_date,
        coalesce(article.url, article.source_uris[1]) as source_link,
        statements.article_id,
        statements.statement_id,
    from statements
    inner join main.dim_articles as article on statements.article_id = article.article_id
)

select * from final
order by statement_date nulls last, published_date, article_id, statement_id
