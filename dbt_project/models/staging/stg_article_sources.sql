with

source as (

    select * from {{ source('raw', 'article_sources') }}

),

renamed as (

    select
        cast(article_id as varchar) as article_id,
        cast(source_uri as varchar) as source_uri,
        cast(record_locator as varchar) as record_locator,
        cast(source_format as varchar) as source_format,
        cast(encoding as varchar) as encoding,
        cast(content_hash as varchar) as content_hash,
        cast(url as varchar) as url,
        cast(partition_date as date) as partition_date,
        cast(ingested_at as timestamp) as ingested_at

    from source

)

select * from renamed
