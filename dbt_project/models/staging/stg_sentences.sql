with

source as (

    select * from {{ source('raw', 'sentences') }}

),

renamed as (

    select
        cast(article_id as varchar) as article_id,
        cast(sentence_index as integer) as sentence_index,
        cast(char_start as integer) as char_start,
        cast(char_end as integer) as char_end,
        cast(text as varchar) as sentence_text,
        cast(partition_date as date) as partition_date

    from source

)

select * from renamed
