{#- The partition window of the run, from the vars `min_date`/`max_date` (inclusive). -#}
{% macro window_start() -%}
    cast('{{ var("min_date") }}' as date)
{%- endmacro %}

{% macro window_end() -%}
    cast('{{ var("max_date") }}' as date)
{%- endmacro %}

{#- A predicate: `column` lies in the partition window of the run. -#}
{% macro in_partition_window(column) -%}
    {{ column }} between {{ window_start() }} and {{ window_end() }}
{%- endmacro %}

{#-
    Keep only the rows of the partition window. A first build reads the same window as later
    runs, so that days whose extraction has not run yet never reach the marts; a full refresh
    passes the window of every date.
-#}
{% macro where_in_run_window(column='partition_date') -%}
    where {{ in_partition_window(column) }}
{%- endmacro %}

{#- The `incremental_predicates` of a per-article table: its rows in the partition window. -#}
{% macro partition_window_predicates() -%}
    {{ return(["partition_date between cast('" ~ var('min_date') ~ "' as date) and cast('" ~ var('max_date') ~ "' as date)"]) }}
{%- endmacro %}

{#- The `incremental_predicates` of an event fact: events reported in the window before this run. -#}
{% macro reported_in_window_predicates() -%}
    {{ return(["first_reported_date <= cast('" ~ var('max_date') ~ "' as date) and last_reported_date >= cast('" ~ var('min_date') ~ "' as date)"]) }}
{%- endmacro %}

{#-
    The CTE `mentions`: the reports of every event to recompute. A full build takes all of
    `mentions_cte`; an incremental run takes the events reported in the window now, and those
    whose reports in the fact table (`key`) touched the window before, so moved reports leave.
-#}
{% macro mentions_of_touched_events(mentions_cte, key) -%}
{% if is_incremental() %}
touched_events as (

    select event_id from {{ mentions_cte }}
    where {{ in_partition_window('partition_date') }}

    union

    select {{ key }} as event_id from {{ this }}
    where
        first_reported_date <= {{ window_end() }}
        and last_reported_date >= {{ window_start() }}

),

mentions as (

    select * from {{ mentions_cte }}
    where event_id in (select touched_events.event_id from touched_events)

),
{% else %}
mentions as (

    select * from {{ mentions_cte }}

),
{% endif %}
{%- endmacro %}
