with

source as (

    select * from {{ source('raw', 'article_languages') }}

),

renamed as (

    select
        cast(article_id as varchar) as article_id,
        cast(language as varchar) as language,
        cast(language_source as varchar) as language_source,
        cast(partition_date as date) as partition_date

    from source

)

select * from renamed
