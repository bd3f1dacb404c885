with

source as (

    select * from {{ source('raw', 'meeting_mentions') }}

),

renamed as (

    select
        cast(article_id as varchar) as article_id,
        cast(sentence_index as integer) as sentence_index,
        cast(char_start as integer) as char_start,
        cast(char_end as integer) as char_end,
        cast(participant_names as varchar[]) as participant_names,
        cast(participant_ids as varchar[]) as participant_ids,
        cast(location_name as varchar) as location_name,
        cast(meeting_date as date) as meeting_date,
        cast(date_end as date) as meeting_date_end,
        cast(date_precision as varchar) as date_precision,
        cast(date_text as varchar) as date_text,
        cast(mode as varchar) as mode,
        cast(status as varchar) as status,
        cast(partition_date as date) as partition_date

    from source

)

select * from renamed
