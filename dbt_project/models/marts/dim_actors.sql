-- The actor gazetteer: one row per canonical actor, named in English.
with

actors as (

    select * from {{ ref('stg_actors') }}

),

final as (

    select
        actor_id,
        canonical_name,
        actor_type,
        country_code

    from actors

)

select * from final
