with

source as (

    select * from {{ source('raw', 'deployment_mentions') }}

),

renamed as (

    select
        cast(article_id as varchar) as article_id,
        cast(sentence_index as integer) as sentence_index,
        cast(char_start as integer) as char_start,
        cast(char_end as integer) as char_end,
        cast(actor_name as varchar) as actor_name,
        cast(actor_id as varchar) as actor_id,
        cast(destination_name as varchar) as destination_name,
        cast(troop_count as bigint) as troop_count,
        cast(count_qualifier as varchar) as count_qualifier,
        cast(unit_text as varchar) as unit_text,
        cast(deployment_date as date) as deployment_date,
        cast(date_end as date) as deployment_date_end,
        cast(date_precision as varchar) as date_precision,
        cast(date_text as varchar) as date_text,
        cast(status as varchar) as status,
        cast(partition_date as date) as partition_date

    from source

)

select * from renamed
