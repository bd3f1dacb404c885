with

source as (

    select * from {{ source('raw', 'date_mentions') }}

),

renamed as (

    select
        cast(article_id as varchar) as article_id,
        cast(sentence_index as integer) as sentence_index,
        cast(char_start as integer) as char_start,
        cast(char_end as integer) as char_end,
        cast(text as varchar) as date_text,
        cast(date_start as date) as date_start,
        cast(date_end as date) as date_end,
        cast(precision as varchar) as date_precision,
        cast(is_future as boolean) as is_future,
        cast(partition_date as date) as partition_date

    from source

)

select * from renamed
