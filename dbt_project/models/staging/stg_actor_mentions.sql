with

source as (

    select * from {{ source('raw', 'actor_mentions') }}

),

renamed as (

    select
        cast(article_id as varchar) as article_id,
        cast(sentence_index as integer) as sentence_index,
        cast(char_start as integer) as char_start,
        cast(char_end as integer) as char_end,
        cast(text as varchar) as mention_text,
        cast(actor_id as varchar) as actor_id,
        cast(canonical_name as varchar) as canonical_name,
        cast(actor_type as varchar) as actor_type,
        cast(role as varchar) as actor_role,
        cast(partition_date as date) as partition_date

    from source

)

select * from renamed
