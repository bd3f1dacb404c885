with

source as (

    select * from {{ source('raw', 'articles') }}

),

renamed as (

    select
        cast(article_id as varchar) as article_id,
        cast(url as varchar) as url,
        cast(title as varchar) as title,
        cast(language as varchar) as input_language,
        cast(published_date as date) as published_date,
        cast(published_date_source as varchar) as published_date_source,
        cast(outlet as varchar) as outlet,
        cast(text as varchar) as article_text,
        cast(content_hash as varchar) as content_hash,
        cast(partition_date as date) as partition_date,
        cast(ingested_at as timestamp) as ingested_at

    from source

)

select * from renamed
