with

source as (

    select * from {{ source('raw', 'statements') }}

),

renamed as (

    select
        cast(article_id as varchar) as article_id,
        cast(statement_index as integer) as statement_index,
        cast(sentence_index as integer) as sentence_index,
        cast(char_start as integer) as char_start,
        cast(char_end as integer) as char_end,
        cast(text as varchar) as statement_text,
        cast(speaker_names as varchar[]) as speaker_names,
        cast(speaker_ids as varchar[]) as speaker_ids,
        cast(speaker_role as varchar) as speaker_role,
        cast(statement_kind as varchar) as statement_kind,
        cast(statement_date as date) as statement_date,
        cast(date_precision as varchar) as date_precision,
        cast(date_text as varchar) as date_text,
        cast(partition_date as date) as partition_date

    from source

)

select * from renamed
