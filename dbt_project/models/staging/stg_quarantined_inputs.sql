with

source as (

    select * from {{ source('raw', 'quarantined_inputs') }}

),

renamed as (

    select
        cast(quarantine_id as varchar) as quarantine_id,
        cast(source_uri as varchar) as source_uri,
        cast(record_locator as varchar) as record_locator,
        cast(source_format as varchar) as source_format,
        cast(reason as varchar) as reason,
        cast(detail as varchar) as detail,
        cast(first_bytes as varchar) as first_bytes,
        cast(ingested_at as timestamp) as ingested_at

    from source

)

select * from renamed
