{{
    config(
        materialized='incremental',
        incremental_strategy='replace_window',
        window_span='partition_date',
        on_schema_change='fail',
    )
}}

-- One row per direct quote or reported claim, with its speakers and evidence offsets.
with

statements as (

    select * from {{ ref('stg_statements') }}
    {{ where_in_run_window() }}

),

article_languages as (

    select * from {{ ref('int_article_languages') }}
    {{ where_in_run_window() }}

),

final as (

    select
        md5(statements.article_id || '|' || statements.statement_index) as statement_id,
        statements.article_id,
        statements.statement_index,
        statements.sentence_index,
        statements.speaker_names,
        statements.speaker_ids,
        statements.speaker_role,
        statements.statement_text as text,
        statements.statement_kind,
        statements.statement_date,
        coalesce(statements.date_precision, 'unknown') as date_precision,
        statements.date_text,
        statements.char_start,
        statements.char_end,
        article_languages.language,
        statements.partition_date

    from statements
    left join article_languages
        on
            statements.partition_date = article_languages.partition_date
            and statements.article_id = article_languages.article_id

)

select * from final
