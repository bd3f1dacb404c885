-- Every input record that could not become an article, and why.
with

quarantined as (

    select * from {{ ref('stg_quarantined_inputs') }}

),

final as (

    select
        quarantine_id,
        source_uri,
        record_locator,
        source_format,
        reason,
        detail,
        first_bytes,
        ingested_at

    from quarantined

)

select * from final
