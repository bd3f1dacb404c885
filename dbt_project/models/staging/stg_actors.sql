with

source as (

    select * from {{ source('raw', 'actors') }}

),

renamed as (

    select
        cast(actor_id as varchar) as actor_id,
        cast(canonical_name as varchar) as canonical_name,
        cast(actor_type as varchar) as actor_type,
        cast(country_code as varchar) as country_code

    from source

)

select * from renamed
