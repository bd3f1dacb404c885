{#-
    The partition window of the run (inclusive), from the environment variables
    NEWSEVENTS_WINDOW_START/NEWSEVENTS_WINDOW_END that the `warehouse_models` asset sets; without
    them, every date. They are read only when a model runs (`execute`), never while dbt parses:
    nothing in the parsed project depends on the window, so dbt's saved parse serves every
    partition (with `--vars` instead, each new window made dbt parse the whole project again).
-#}
{% macro window_day(variable, every_date) -%}
    {{ env_var(variable, every_date) if execute else every_date }}
{%- endmacro %}

{% macro window_start() -%}
    cast('{{ window_day("NEWSEVENTS_WINDOW_START", "1900-01-01") }}' as date)
{%- endmacro %}

{% macro window_end() -%}
    cast('{{ window_day("NEWSEVENTS_WINDOW_END", "2999-12-31") }}' as date)
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
